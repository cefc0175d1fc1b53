// dockside-cli's scanning and printing commands through the real binary: classify, decode
// and label, with the files a user would give them.
#include "TestSupport.h"

#include "labels/Labels.h"
#include "services/Receiving.h"
#include "services/Users.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>

using namespace dockside;
using namespace dockside::test;

namespace {

QJsonObject parse(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString writeCodeImage(const TempFolder& folder, const QString& name, const QString& format,
                       const QString& text) {
    QImage image(1200, 700, QImage::Format_Grayscale8);
    image.fill(255);
    QPainter p(&image);
    const QImage modules = barcodeModules(format, text);
    paintModules(p, modules, QPoint(200, 250), 4, 140);
    p.end();
    const QString path = folder.path(name);
    REQUIRE(image.save(path));
    return path;
}

} // namespace

TEST_CASE("dockside-cli classify and decode describe scans as DESIGN.md says", "[cli]") {
    TempFolder folder;
    const CliRun ups =
        runCli({QStringLiteral("--json"), QStringLiteral("classify"), QStringLiteral("1Z999AA10123456784")});
    CHECK(ups.exitCode == 0);
    const QJsonObject upsJson = parse(ups.out);
    CHECK(upsJson.value(QStringLiteral("kind")).toString() == QLatin1String("tracking"));
    CHECK(upsJson.value(QStringLiteral("carrier")).toString() == QLatin1String("ups"));
    CHECK(upsJson.value(QStringLiteral("valid")).toBool());

    const QString lpnImage = writeCodeImage(folder, QStringLiteral("lpn.png"), QStringLiteral("Code128"),
                                            QStringLiteral("AMS-D03-0000412-K"));
    const QString notImage = folder.path(QStringLiteral("notes.txt"));
    {
        QFile f(notImage);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not an image");
    }
    const CliRun decoded = runCli({QStringLiteral("--json"), QStringLiteral("decode"), lpnImage, notImage});
    CHECK(decoded.exitCode == 1); // one of the files could not be read
    const QStringList lines = decoded.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    const QJsonObject first = parse(lines[0]);
    CHECK(first.value(QStringLiteral("file")).toString() == lpnImage);
    CHECK(first.value(QStringLiteral("ms")).isDouble());
    const QJsonObject barcode = first.value(QStringLiteral("barcodes")).toArray().first().toObject();
    CHECK(barcode.value(QStringLiteral("format")).toString() == QLatin1String("Code128"));
    CHECK(barcode.value(QStringLiteral("text")).toString() == QLatin1String("AMS-D03-0000412-K"));
    CHECK(barcode.value(QStringLiteral("position")).toArray().size() == 4);
    CHECK(barcode.value(QStringLiteral("scan")).toObject().value(QStringLiteral("kind")).toString() ==
          QLatin1String("lpn"));
    CHECK(
        parse(lines[1]).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() ==
        QLatin1String("not_an_image"));
    CHECK(decoded.err.contains(QLatin1String("notes.txt")));

    CHECK(runCli({QStringLiteral("decode")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("decode"), QStringLiteral("--formats"), QStringLiteral("Nope"), lpnImage})
              .exitCode == 2);
}

TEST_CASE("dockside-cli label writes a PDF label of a received item", "[cli]") {
    TempFolder folder;
    QString lpn;
    {
        auto station = Station::init(folder.dbPath(), QStringLiteral("TST-D01"), QStringLiteral("Test"));
        REQUIRE(station.ok());
        REQUIRE((*station)->setSetting(setting::PinIterations, QStringLiteral("1000")).ok());
        seedCatalog(**station, nowMillis());
        auto worker = Users(**station).add(nullptr, QStringLiteral("U-1001"), QStringLiteral("W"),
                                           Role::Worker, QStringLiteral("2468"));
        REQUIRE(worker.ok());
        Receiving receiving(**station, *worker);
        auto parcel = receiving.openParcel(QStringLiteral("1Z999AA10123456784"));
        Inspection in;
        in.grade = Grade::A;
        auto item = receiving.receiveItem(parcel->id, QStringLiteral("4006381333931"), in);
        REQUIRE(item.ok());
        lpn = item->lpn;
    }
    const QString pdf = folder.path(QStringLiteral("label.pdf"));
    const CliRun made =
        runCli({QStringLiteral("--db"), folder.dbPath(), QStringLiteral("--json"), QStringLiteral("label"),
                lpn, QStringLiteral("--out"), pdf, QStringLiteral("--size"), QStringLiteral("2x1")});
    CHECK(made.exitCode == 0);
    CHECK(made.err.isEmpty()); // no Qt noise on stderr
    CHECK(parse(made.out).value(QStringLiteral("lpn")).toString() == lpn);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");

    const CliRun unknown = runCli({QStringLiteral("--db"), folder.dbPath(), QStringLiteral("label"),
                                   QStringLiteral("TST-D01-0009999-X"), QStringLiteral("--out"), pdf});
    CHECK(unknown.exitCode == 1);
    CHECK(runCli({QStringLiteral("--db"), folder.dbPath(), QStringLiteral("label"), lpn}).exitCode == 2);
    CHECK(runCli({QStringLiteral("--db"), folder.dbPath(), QStringLiteral("label"), lpn,
                  QStringLiteral("--out"), pdf, QStringLiteral("--size"), QStringLiteral("3x3")})
              .exitCode == 2);
}
