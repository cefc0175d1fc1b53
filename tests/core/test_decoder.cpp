#include "scan/BarcodeDecoder.h"

#include "labels/Labels.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QPainter>
#include <QRandomGenerator>
#include <QTransform>

using namespace dockside;

namespace {

const QString kGs = QString(QChar(0x1D));
const QString kFnc1 = QString(QChar(0xF1)); // ZXing's Code 128 writer: FNC1

// A barcode drawn at `scale` pixels per module onto a white canvas, at `at` (top-left).
QImage canvasWith(const QList<std::tuple<QString, QString, QPoint>>& codes, QSize canvas = {1920, 1080},
                  int scale = 3) {
    QImage image(canvas, QImage::Format_Grayscale8);
    image.fill(255);
    QPainter p(&image);
    for (const auto& [format, text, at] : codes) {
        const QImage modules = barcodeModules(format, text);
        REQUIRE_FALSE(modules.isNull());
        paintModules(p, modules, at, scale, modules.height() == 1 ? 120 : 0);
    }
    return image;
}

QImage transformed(const QImage& image, double degrees) {
    QImage out(image.size(), QImage::Format_Grayscale8);
    out.fill(255);
    QPainter p(&out);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.translate(out.width() / 2.0, out.height() / 2.0);
    p.rotate(degrees);
    p.translate(-image.width() / 2.0, -image.height() / 2.0);
    p.drawImage(0, 0, image);
    return out;
}

QImage blurredNoisy(const QImage& image, double blur, int noise) {
    QImage small = image.scaled(image.size() / blur, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QImage out = small.scaled(image.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                     .convertToFormat(QImage::Format_Grayscale8);
    QRandomGenerator rng(7);
    for (int y = 0; y < out.height(); ++y) {
        uchar* line = out.scanLine(y);
        for (int x = 0; x < out.width(); ++x)
            line[x] = static_cast<uchar>(
                std::clamp(int(line[x]) + int(rng.bounded(2 * noise + 1)) - noise, 0, 255));
    }
    return out;
}

bool contains(const QList<DecodedBarcode>& found, const QString& format, const QString& text) {
    return std::any_of(found.cbegin(), found.cend(),
                       [&](const DecodedBarcode& b) { return b.format == format && b.text == text; });
}

} // namespace

TEST_CASE("Every dock format decodes from a generated image", "[scan][decode]") {
    const QList<std::pair<QString, QString>> codes{
        {QStringLiteral("Code128"), QStringLiteral("AMS-D03-0000412-K")},
        {QStringLiteral("Code39"), QStringLiteral("TOTE-0042")},
        {QStringLiteral("ITF"), QStringLiteral("12345678901231")},
        {QStringLiteral("EAN13"), QStringLiteral("4006381333931")},
        {QStringLiteral("EAN8"), QStringLiteral("96385074")},
        {QStringLiteral("UPCA"), QStringLiteral("012345678905")},
        {QStringLiteral("QRCode"), QStringLiteral("RMA-2026-000123")},
        {QStringLiteral("DataMatrix"), QStringLiteral("S01-4471123")},
        {QStringLiteral("PDF417"), QStringLiteral("1Z999AA10123456784")},
        {QStringLiteral("Aztec"), QStringLiteral("U-0017")},
    };
    for (const auto& [format, text] : codes) {
        DYNAMIC_SECTION(format.toStdString()) {
            const QImage image = canvasWith({{format, text, QPoint(700, 400)}}, {1920, 1080}, 3);
            const auto found = BarcodeDecoder::decode(image);
            CHECK(contains(found, format, text));
        }
    }
}

TEST_CASE("GS1-128 and GS1 DataMatrix carry their AIs into the scan", "[scan][decode]") {
    const QImage image = canvasWith(
        {{QStringLiteral("Code128"), kFnc1 + QStringLiteral("0109506000134352") + QStringLiteral("21ABC123"),
          QPoint(500, 300)}});
    const auto found = BarcodeDecoder::decode(image);
    REQUIRE(found.size() == 1);
    CHECK(found[0].symbology == QLatin1String("]C1"));
    CHECK(found[0].scan.kind == ScanKind::Gs1);
    CHECK(found[0].scan.gtin() == QLatin1String("09506000134352"));
    CHECK(found[0].scan.serial() == QLatin1String("ABC123"));
    CHECK(found[0].position.size() == 4);
}

TEST_CASE("Two GS1-128 codes in one 1080p frame do not abort the process", "[scan][decode]") {
    // Debian's ZXing 1.4 asserts when its downscaling finds the same 1D code twice; the decoder
    // never lets it downscale.
    const QString a = kFnc1 + QStringLiteral("0104006381333931") + QStringLiteral("21SER1");
    const QString b = kFnc1 + QStringLiteral("00340123450000000016");
    const QImage image = canvasWith(
        {{QStringLiteral("Code128"), a, QPoint(200, 150)}, {QStringLiteral("Code128"), b, QPoint(200, 650)}});
    const auto found = BarcodeDecoder::decode(image);
    CHECK(found.size() == 2);
    // The camera path reads one code per frame at least, and must not abort either.
    const auto fast = BarcodeDecoder::decode(image, DecodeOptions::camera({}));
    CHECK(fast.size() >= 1);
}

TEST_CASE("Rotated, upside-down, skewed, blurred and noisy labels decode", "[scan][decode]") {
    const QString lpn = QStringLiteral("AMS-D03-0000412-K");
    const QImage base =
        canvasWith({{QStringLiteral("Code128"), lpn, QPoint(600, 450)},
                    {QStringLiteral("DataMatrix"), QStringLiteral("SN2H5D5SYFPW"), QPoint(1500, 460)}},
                   {1920, 1080}, 4);
    for (double degrees : {90.0, 180.0, 270.0, 12.0, -20.0}) {
        DYNAMIC_SECTION("rotated " << degrees) {
            const auto found = BarcodeDecoder::decode(transformed(base, degrees));
            CHECK(contains(found, QStringLiteral("Code128"), lpn));
        }
    }
    SECTION("blur and noise") {
        const auto found = BarcodeDecoder::decode(blurredNoisy(base, 1.6, 30));
        CHECK(contains(found, QStringLiteral("Code128"), lpn));
        CHECK(contains(found, QStringLiteral("DataMatrix"), QStringLiteral("SN2H5D5SYFPW")));
    }
    SECTION("small and large module sizes") {
        for (int scale : {2, 3, 6}) {
            const auto found = BarcodeDecoder::decode(
                canvasWith({{QStringLiteral("Code128"), lpn, QPoint(100, 100)}}, {1920, 1080}, scale));
            CHECK(contains(found, QStringLiteral("Code128"), lpn));
        }
    }
}

TEST_CASE("A DataMatrix far from the centre line is found", "[scan][decode]") {
    const QImage image =
        canvasWith({{QStringLiteral("DataMatrix"), QStringLiteral("(01)09506000134352"), QPoint(80, 60)}},
                   {1920, 1080}, 5);
    CHECK(contains(BarcodeDecoder::decode(image), QStringLiteral("DataMatrix"),
                   QStringLiteral("(01)09506000134352")));
}

TEST_CASE("Files that are not readable images give clear errors", "[scan][decode]") {
    test::TempFolder folder;
    auto write = [&](const QString& name, const QByteArray& bytes) {
        QFile f(folder.path(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    };
    CHECK(BarcodeDecoder::loadImage(folder.path(QStringLiteral("missing.png"))).error().code ==
          QLatin1String("no_file"));
    CHECK(BarcodeDecoder::loadImage(write(QStringLiteral("empty.png"), {})).error().code ==
          QLatin1String("not_an_image"));
    CHECK(BarcodeDecoder::loadImage(write(QStringLiteral("text.jpg"), "hello, not a photo")).error().code ==
          QLatin1String("not_an_image"));
    // A truncated PNG: the header is fine, the pixels are missing.
    QImage image(200, 200, QImage::Format_RGB32);
    image.fill(Qt::white);
    const QString full = folder.path(QStringLiteral("full.png"));
    REQUIRE(image.save(full));
    QFile source(full);
    REQUIRE(source.open(QIODevice::ReadOnly));
    const QByteArray bytes = source.readAll();
    auto truncated =
        BarcodeDecoder::loadImage(write(QStringLiteral("truncated.png"), bytes.left(bytes.size() / 3)));
    CHECK_FALSE(truncated.ok());
    // A BMP header that claims 30000 x 30000 pixels: refused before any allocation.
    QByteArray bmp(54, '\0');
    bmp[0] = 'B';
    bmp[1] = 'M';
    auto put32 = [&](int at, quint32 v) {
        for (int i = 0; i < 4; ++i)
            bmp[at + i] = static_cast<char>((v >> (8 * i)) & 0xff);
    };
    put32(2, 54 + 30000u * 30000u * 3);
    put32(10, 54);
    put32(14, 40);
    put32(18, 30000);
    put32(22, 30000);
    bmp[26] = 1;
    bmp[28] = 24;
    auto huge = BarcodeDecoder::loadImage(write(QStringLiteral("huge.bmp"), bmp));
    REQUIRE_FALSE(huge.ok());
    CHECK(huge.error().code == QLatin1String("image_too_large"));
    CHECK(BarcodeDecoder::decode(QImage()).isEmpty());
}
