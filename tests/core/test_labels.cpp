#include "labels/Labels.h"

#include "scan/BarcodeDecoder.h"
#include "services/Receiving.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace dockside;

namespace {

LpnLabelData sampleLabel() {
    LpnLabelData label;
    label.lpn = QStringLiteral("AMS-D03-0000412-K");
    label.sku = QStringLiteral("HP-XM5-BLK");
    label.description = QStringLiteral("Wireless headphones, black");
    label.grade = QStringLiteral("B");
    label.disposition = QStringLiteral("Open-box resale");
    label.tote = QStringLiteral("TOTE-0007");
    label.station = QStringLiteral("AMS-D03");
    label.date = 1795751842123;
    return label;
}

// Renders page 1 of a PDF at `dpi` with poppler's pdftoppm, as a printer driver would rasterize it.
QImage rasterize(const QString& pdf, int dpi) {
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    REQUIRE_FALSE(pdftoppm.isEmpty()); // scripts/install-deps installs poppler-utils
    const QString prefix = pdf + QStringLiteral("-page");
    QProcess process;
    process.start(pdftoppm,
                  {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"),
                   QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf, prefix});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    const QStringList pages = QDir(QFileInfo(pdf).absolutePath())
                                  .entryList({QFileInfo(prefix).fileName() + QStringLiteral("*.png")});
    REQUIRE_FALSE(pages.isEmpty());
    return QImage(QFileInfo(pdf).absoluteDir().filePath(pages.first()));
}

} // namespace

TEST_CASE("LPN labels decode back to their LPN in both sizes", "[labels]") {
    const LpnLabelData label = sampleLabel();
    for (LabelSize size : {LabelSize::Large4x6, LabelSize::Small2x1}) {
        DYNAMIC_SECTION(labelSizeName(size).toStdString()) {
            const QImage image = LabelRenderer::renderLpnLabel(label, size);
            CHECK(image.size() == LabelRenderer::pageDots(size));
            const auto found = BarcodeDecoder::decode(image);
            REQUIRE(found.size() >= 1);
            CHECK(found[0].format == QLatin1String("Code128"));
            CHECK(found[0].text == label.lpn);
            CHECK(found[0].scan.kind == ScanKind::Lpn);
            image.save(QStringLiteral("label-%1.png").arg(labelSizeName(size)));
        }
    }
}

TEST_CASE("Label and manifest PDFs print and scan", "[labels]") {
    test::TempFolder folder;
    const QString pdf = folder.path(QStringLiteral("label.pdf"));
    REQUIRE(LabelRenderer::writeLpnLabelPdf(pdf, sampleLabel(), LabelSize::Large4x6).ok());
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    const auto found = BarcodeDecoder::decode(rasterize(pdf, 203));
    REQUIRE_FALSE(found.isEmpty());
    CHECK(found[0].text == QLatin1String("AMS-D03-0000412-K"));

    ToteInfo tote;
    tote.code = QStringLiteral("TOTE-0042");
    tote.disposition = QStringLiteral("recycle");
    tote.weightG = 12345;
    tote.partner = QStringLiteral("GreenCycle GmbH");
    tote.certificateRef = QStringLiteral("GC-118");
    QList<ManifestLine> lines;
    for (int i = 0; i < 120; ++i) // several pages
        lines.append({QStringLiteral("AMS-D03-%1-X").arg(i, 7, 10, QLatin1Char('0')),
                      QStringLiteral("SKU-%1").arg(i), QStringLiteral("Product %1").arg(i),
                      QStringLiteral("C"), Money{1999, QStringLiteral("EUR")}, 250});
    const QString manifest = folder.path(QStringLiteral("manifest.pdf"));
    REQUIRE(LabelRenderer::writeManifestPdf(manifest, QStringLiteral("AMS-D03"), tote, lines).ok());
    const auto qr = BarcodeDecoder::decode(rasterize(manifest, 150));
    CHECK(std::any_of(qr.cbegin(), qr.cend(), [](const DecodedBarcode& b) {
        return b.format == QLatin1String("QRCode") && b.text == QLatin1String("TOTE-0042");
    }));
}

TEST_CASE("A label is made from the stored item, and writing to a bad path fails clearly", "[labels]") {
    test::StationFixture f;
    Receiving receiving(*f.station, f.worker);
    auto parcel = receiving.openParcel(QStringLiteral("1Z999AA10123456784"));
    Inspection in;
    in.grade = Grade::A;
    auto item = receiving.receiveItem(parcel->id, QStringLiteral("4006381333931"), in);
    REQUIRE(item.ok());
    auto data = lpnLabelData(*f.station, item->lpn);
    REQUIRE(data.ok());
    CHECK(data->sku == QLatin1String("TSHIRT-M"));
    CHECK(data->tote == item->tote);
    CHECK(data->station == QLatin1String("TST-D01"));
    CHECK(lpnLabelData(*f.station, QStringLiteral("TST-D01-0000999-X")).error().code ==
          QLatin1String("unknown_lpn"));
    const Status bad = LabelRenderer::writeLpnLabelPdf(f.folder.path(QStringLiteral("no/such/folder/x.pdf")),
                                                       *data, LabelSize::Small2x1);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == QLatin1String("write_failed"));
}
