// Decoding benchmark: 1920x1080 frames with the station's formats (the camera path), the
// trade-off between ZXing hint sets, and detection rate and time against zbarimg on the same
// generated images.
//
//   bench_decode [--out DIR] [--images N]
//
// Writes the generated images to DIR (default: a temporary folder) so zbarimg can read them.
#include "labels/Labels.h"
#include "scan/BarcodeDecoder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace dockside;

namespace {

struct Sample {
    QString file;
    QString format;
    QString text;
    QImage image;
};

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// One label-like frame: a barcode at a random place, size and angle, with blur and sensor noise.
QImage frame(QRandomGenerator& rng, const QString& format, const QString& text) {
    QImage canvas(1920, 1080, QImage::Format_Grayscale8);
    canvas.fill(235);
    const QImage modules = barcodeModules(format, text);
    const int scale = 2 + static_cast<int>(rng.bounded(3));
    QImage code(modules.width() * scale + 40, (modules.height() == 1 ? 110 : modules.height() * scale) + 40,
                QImage::Format_Grayscale8);
    code.fill(255);
    {
        QPainter p(&code);
        paintModules(p, modules, QPoint(20, 20), scale, 110);
    }
    QPainter p(&canvas);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.translate(400 + rng.bounded(1100), 250 + rng.bounded(550));
    p.rotate(static_cast<double>(rng.bounded(40)) - 20.0 + (rng.bounded(4) == 0 ? 180.0 : 0.0));
    p.drawImage(-code.width() / 2, -code.height() / 2, code);
    p.end();
    const double blur = 1.0 + rng.bounded(60) / 100.0;
    QImage out = canvas.scaled(canvas.size() / blur, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                     .scaled(canvas.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                     .convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < out.height(); ++y) {
        uchar* line = out.scanLine(y);
        for (int x = 0; x < out.width(); ++x)
            line[x] = static_cast<uchar>(std::clamp(int(line[x]) + int(rng.bounded(25)) - 12, 0, 255));
    }
    return out;
}

QString sampleText(QRandomGenerator& rng, const QString& format, int i) {
    if (format == QLatin1String("EAN13"))
        return QStringLiteral("4006381333931");
    if (format == QLatin1String("ITF"))
        return QStringLiteral("%1").arg(10000000000000LL + i * 7919LL, 14, 10, QLatin1Char('0')).left(14);
    if (format == QLatin1String("Code39"))
        return QStringLiteral("TOTE-%1").arg(i, 4, 10, QLatin1Char('0'));
    if (format == QLatin1String("QRCode"))
        return QStringLiteral("RMA-2026-%1").arg(100000 + i);
    if (format == QLatin1String("DataMatrix"))
        return QStringLiteral("SN%1").arg(rng.generate64() % 10000000000ULL);
    return QStringLiteral("AMS-D03-%1-K").arg(i, 7, 10, QLatin1Char('0'));
}

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype outAt = args.indexOf(QStringLiteral("--out"));
    const qsizetype countAt = args.indexOf(QStringLiteral("--images"));
    const int count = countAt > 0 ? args.value(countAt + 1).toInt() : 120;
    QTemporaryDir temp;
    const QString folder = outAt > 0 ? args.value(outAt + 1) : temp.path();
    QDir().mkpath(folder);

    const QStringList formats{QStringLiteral("Code128"), QStringLiteral("EAN13"),
                              QStringLiteral("QRCode"),  QStringLiteral("Code39"),
                              QStringLiteral("ITF"),     QStringLiteral("DataMatrix")};
    QRandomGenerator rng(2026);
    std::vector<Sample> samples;
    for (int i = 0; i < count; ++i) {
        Sample s;
        s.format = formats[i % formats.size()];
        s.text = sampleText(rng, s.format, i);
        s.image = frame(rng, s.format, s.text);
        s.file = QDir(folder).filePath(
            QStringLiteral("frame-%1-%2.png").arg(i, 3, 10, QLatin1Char('0')).arg(s.format));
        s.image.save(s.file);
        samples.push_back(s);
    }
    std::printf("%d generated 1920x1080 frames (%s), in %s\n\n", count,
                qPrintable(formats.join(QStringLiteral(", "))), qPrintable(folder));

    struct HintSet {
        const char* name;
        DecodeOptions options;
    };
    DecodeOptions station = DecodeOptions::camera({});
    station.tryHarder = false;
    station.tryRotate = false;
    station.formats = {QStringLiteral("Code128"), QStringLiteral("DataMatrix"), QStringLiteral("QRCode"),
                       QStringLiteral("EAN13"),   QStringLiteral("Code39"),     QStringLiteral("ITF")};
    DecodeOptions stationRotate = station;
    stationRotate.tryRotate = true;
    DecodeOptions stationHarder = stationRotate;
    stationHarder.tryHarder = true;
    DecodeOptions all = DecodeOptions::thorough();
    all.scanTiles = false;
    const std::vector<HintSet> sets{
        {"station formats, fast", station},
        {"station formats + tryRotate", stationRotate},
        {"station formats + tryRotate + tryHarder (camera)", stationHarder},
        {"all formats, thorough, no tiles", all},
        {"all formats, thorough + tiles (files)", DecodeOptions::thorough()},
    };
    std::printf("%-42s %8s %10s %10s\n", "hints", "found", "median ms", "p90 ms");
    for (const HintSet& set : sets) {
        std::vector<double> ms;
        int found = 0;
        for (const Sample& s : samples) {
            QElapsedTimer t;
            t.start();
            const auto result = BarcodeDecoder::decode(s.image, set.options);
            ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            found += std::any_of(result.cbegin(), result.cend(),
                                 [&](const DecodedBarcode& b) { return b.text == s.text; });
        }
        std::vector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        std::printf("%-42s %4d/%-3d %10.1f %10.1f\n", set.name, found, count, median(ms),
                    sorted[sorted.size() * 9 / 10]);
    }

    const QString zbar = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    if (zbar.isEmpty()) {
        std::printf("\nzbarimg not found (apt-get install zbar-tools) - no comparison\n");
        return 0;
    }
    // zbarimg: one process per image, timed as a whole (its decode dominates for 1080p frames).
    std::vector<double> ms;
    int found = 0, comparable = 0, foundComparable = 0;
    for (const Sample& s : samples) {
        QElapsedTimer t;
        t.start();
        QProcess process;
        process.start(zbar, {QStringLiteral("--quiet"), QStringLiteral("--raw"), s.file});
        process.waitForFinished(60000);
        ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        const bool ok =
            QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n')).contains(s.text);
        found += ok;
        if (s.format != QLatin1String("DataMatrix")) {
            ++comparable;
            foundComparable += ok;
        }
    }
    std::printf("%-42s %4d/%-3d %10.1f   (process per image; %d/%d on the formats zbar supports)\n",
                "zbarimg 0.23 (all its formats)", found, count, median(ms), foundComparable, comparable);
    // Our decoder on the same files through the same kind of process boundary: load + decode.
    std::vector<double> ours;
    for (const Sample& s : samples) {
        QElapsedTimer t;
        t.start();
        auto image = BarcodeDecoder::loadImage(s.file);
        if (image)
            (void)BarcodeDecoder::decode(*image, DecodeOptions::thorough());
        ours.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    std::printf("%-42s %10s %10.1f   (load PNG + decode, in process)\n", "Dockside thorough, from the files",
                "", median(ours));
    return 0;
}
