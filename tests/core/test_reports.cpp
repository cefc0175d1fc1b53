#include "services/Reports.h"

#include "services/Exporter.h"
#include "services/Receiving.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QJsonDocument>

using namespace dockside;

TEST_CASE("Report figures match a hand-counted day", "[reports]") {
    test::StationFixture f;
    Receiving receiving(*f.station, f.worker);
    auto parcel = receiving.openParcel(QStringLiteral("1Z999AA10123456784"));
    Inspection a;
    a.grade = Grade::A;
    Inspection c;
    c.grade = Grade::C;
    c.observedReason = observed::UsedOrWorn;
    auto first = receiving.receiveItem(parcel->id, QStringLiteral("4006381333931"), a);
    auto second = receiving.receiveItem(parcel->id, QStringLiteral("4006381333931"), c);
    auto third =
        receiving.receiveItem(parcel->id, QStringLiteral("(01)04548736132610(21)S01-4471123")); // not decided
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    REQUIRE(third.ok());

    auto report = buildReport(*f.station, test::StationFixture::kNow - kMillisPerDay,
                              test::StationFixture::kNow + kMillisPerDay);
    REQUIRE(report.ok());
    const QJsonObject figures = report->figures;
    CHECK(figures.value(QStringLiteral("received")).toInt() == 3);
    CHECK(figures.value(QStringLiteral("decided")).toInt() == 2);
    CHECK(figures.value(QStringLiteral("grade_mix")).toObject() ==
          QJsonObject{{QStringLiteral("A"), 1}, {QStringLiteral("C"), 1}});
    CHECK(figures.value(QStringLiteral("stated_reasons"))
              .toObject()
              .value(QStringLiteral("defective"))
              .toInt() == 3);
    CHECK(figures.value(QStringLiteral("observed_reasons")).toObject().value(observed::UsedOrWorn).toInt() ==
          1);
    const Money expected{first->estimatedRecovery.minor + second->estimatedRecovery.minor,
                         QStringLiteral("EUR")};
    CHECK(Money::fromJson(figures.value(QStringLiteral("recovery_total"))) == expected);
    QJsonObject mix;
    mix.insert(dispositionName(*first->disposition), 1);
    if (first->disposition == second->disposition)
        mix.insert(dispositionName(*second->disposition), 2);
    else
        mix.insert(dispositionName(*second->disposition), 1);
    CHECK(figures.value(QStringLiteral("disposition_mix")).toObject() == mix);
    // 180 g shirts by their ledger outcome
    double kg = 0;
    for (const QJsonValue v : figures.value(QStringLiteral("sustainability_kg")).toObject())
        kg += v.toDouble();
    CHECK(kg == Approx(0.36));
    const QByteArray csv = report->toCsv();
    CHECK(csv.startsWith("figure,key,value\r\n"));
    CHECK(csv.contains("grade_mix,A,1\r\n"));
    // Outside the period: nothing.
    auto empty = buildReport(*f.station, 0, 1000);
    CHECK(empty->figures.value(QStringLiteral("received")).toInt() == 0);
}

TEST_CASE("Exports stream every row as CSV or JSON lines", "[reports]") {
    test::StationFixture f;
    Receiving receiving(*f.station, f.worker);
    auto parcel = receiving.openParcel(QStringLiteral("1Z999AA10123456784"));
    Inspection in;
    in.grade = Grade::B;
    in.notes = QStringLiteral("Box dented, \"as new\" inside, fine");
    REQUIRE(receiving.receiveItem(parcel->id, QStringLiteral("4006381333931"), in).ok());

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    auto rows = exportRows(*f.station, ExportKind::Items, std::nullopt, ExportFormat::Csv, csv);
    REQUIRE(rows.ok());
    CHECK(*rows == 1);
    const QList<QByteArray> lines = csv.data().split('\n');
    CHECK(lines[0].startsWith("lpn,tracking,rma,"));

    QBuffer jsonl;
    jsonl.open(QIODevice::WriteOnly);
    auto events = exportRows(*f.station, ExportKind::Events, std::nullopt, ExportFormat::Jsonl, jsonl);
    REQUIRE(events.ok());
    int graded = 0;
    for (const QByteArray& line : jsonl.data().split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject e = QJsonDocument::fromJson(line).object();
        REQUIRE_FALSE(e.isEmpty());
        if (e.value(QStringLiteral("type")).toString() == QLatin1String("item.graded")) {
            ++graded;
            CHECK(e.value(QStringLiteral("data")).toObject().value(QStringLiteral("notes")).toString() ==
                  in.notes);
            CHECK(e.value(QStringLiteral("id")).toString().size() == 36);
        }
    }
    CHECK(graded == 1);
    // A later --since leaves the older rows out.
    QBuffer none;
    none.open(QIODevice::WriteOnly);
    CHECK(*exportRows(*f.station, ExportKind::Parcels, test::StationFixture::kNow + 1, ExportFormat::Csv,
                      none) == 0);
}
