#include "services/Reports.h"

#include "services/DemoData.h"
#include "services/Exporter.h"
#include "services/InspectionQueue.h"
#include "services/Receiving.h"
#include "services/ReportPdf.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>

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

namespace {

constexpr Millis kMinute = 60 * 1000;

// The small data set whose figures are worked out by hand below. Times from the parcel's receipt T:
//   T+1  receive shirt 1,  T+4  grade A, no fault found            -> settled, 3 min dock-to-stock
//   T+5  receive shirt 2,  T+15 grade C, defect confirmed          -> settled, 10 min
//   T+16 headphones grade B, no fault found, worker overrides      -> queued; T+76 supervisor
//        rejects (quarantine): a changed decision, 60 min dock-to-stock, 76 min to the refund decision
//   T+20 a second parcel (RMA 126, "changed_mind"): a not-returnable toothbrush -> queued, still open
struct SmallDock {
    explicit SmallDock(test::StationFixture& f) {
        const Millis t = test::StationFixture::kNow;
        Receiving receiving(*f.station, f.worker);
        auto parcel = receiving.openParcel(QStringLiteral("1Z999AA10123456784"));
        REQUIRE(parcel.ok());
        auto receiveAt = [&](Millis at, const QString& code) {
            f.station->setClock(at);
            auto item = receiving.receiveItem(parcel->id, code);
            REQUIRE(item.ok());
            return item->lpn;
        };
        auto inspectAt = [&](Millis at, const QString& lpn, const Inspection& in) {
            f.station->setClock(at);
            auto outcome = receiving.inspectItem(lpn, in);
            REQUIRE(outcome.ok());
            return *outcome;
        };
        Inspection shirt1;
        shirt1.grade = Grade::A;
        shirt1.observedReason = observed::NoFaultFound;
        const QString lpn1 = receiveAt(t + kMinute, QStringLiteral("4006381333931"));
        outcomes.append(inspectAt(t + 4 * kMinute, lpn1, shirt1));
        Inspection shirt2;
        shirt2.grade = Grade::C;
        shirt2.observedReason = observed::DefectConfirmed;
        const QString lpn2 = receiveAt(t + 5 * kMinute, QStringLiteral("4006381333931"));
        outcomes.append(inspectAt(t + 15 * kMinute, lpn2, shirt2));

        const QString lpn3 = receiveAt(t + 16 * kMinute, QStringLiteral("(01)04548736132610(21)S01-4471123"));
        Inspection phones;
        phones.grade = Grade::B;
        phones.observedReason = observed::NoFaultFound;
        phones.checks = {};
        auto preview = receiving.previewItem(lpn3, phones);
        REQUIRE(preview.ok());
        for (const Disposition d : preview->allowed)
            if (d != *preview->suggested && d != Disposition::Quarantine) {
                phones.disposition = d;
                break;
            }
        REQUIRE(phones.disposition.has_value());
        phones.overrideReason = QStringLiteral("Sealed, sell as open box");
        outcomes.append(inspectAt(t + 16 * kMinute, lpn3, phones));
        REQUIRE(outcomes.last().queueCauses.contains(cause::Override));
        f.station->setClock(t + 76 * kMinute);
        auto rejected = InspectionQueue(*f.station)
                            .reject(f.supervisor, {lpn3}, std::nullopt, QStringLiteral("Customer damage"));
        REQUIRE(rejected.ok());
        REQUIRE(rejected->first().ok);

        f.station->setClock(t + 20 * kMinute);
        auto second = receiving.openParcel(QStringLiteral("RMA-2026-000126"));
        REQUIRE(second.ok());
        Inspection brush;
        brush.grade = Grade::A;
        auto item4 = receiving.receiveItem(second->id, QStringLiteral("4012345000016"), brush);
        REQUIRE(item4.ok());
        REQUIRE(item4->authorization == authorization::NotReturnable);
        outcomes.append(*item4);
        f.station->setClock(t + 120 * kMinute); // the report runs two hours after the first parcel
    }
    QList<ItemOutcome> outcomes;
};

QString outcomeOf(Disposition d) {
    switch (d) {
    case Disposition::Restock:
    case Disposition::OpenBox:
    case Disposition::Liquidate:
        return QStringLiteral("resold");
    case Disposition::Refurbish:
        return QStringLiteral("refurbished");
    case Disposition::ReturnToVendor:
        return QStringLiteral("returned_to_vendor");
    case Disposition::Donate:
        return QStringLiteral("donated");
    case Disposition::Recycle:
        return QStringLiteral("recycled");
    case Disposition::Destroy:
        return QStringLiteral("destroyed");
    case Disposition::Quarantine:
        break;
    }
    return QStringLiteral("held");
}

QJsonObject obj(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toObject();
}

} // namespace

TEST_CASE("Every analytics figure matches the hand-computed small dock", "[reports]") {
    test::StationFixture f;
    SmallDock dock(f);
    const Millis t = test::StationFixture::kNow;
    ReportOptions options;
    options.minReturnsForRate = 1;
    // Whole UTC days come from the summary table, a period inside one day from the day's summary
    // minus the items outside the period (here none): both must give the same figures. Periods
    // that read their partial days from the items are checked on the demo station below.
    auto fromSummary = buildReport(*f.station, t - kMillisPerDay, t + kMillisPerDay, options);
    auto fromItems = buildReport(*f.station, t - 60 * kMinute, t + 180 * kMinute, options);
    REQUIRE(fromSummary.ok());
    REQUIRE(fromItems.ok());
    for (const QString& key : fromSummary->figures.keys())
        if (key != QLatin1String("period") && key != QLatin1String("received_per_day"))
            CHECK(fromSummary->figures.value(key) == fromItems->figures.value(key));
    CHECK(*rebuildReportFacts(*f.station)); // the triggers kept the summary exact

    const QJsonObject r = fromSummary->figures;
    CHECK(r.value(QStringLiteral("received")).toInt() == 4);
    CHECK(r.value(QStringLiteral("decided")).toInt() == 4);
    CHECK(obj(r, "received_per_day") == QJsonObject{{QStringLiteral("2026-11-17"), 0},
                                                    {QStringLiteral("2026-11-18"), 4},
                                                    {QStringLiteral("2026-11-19"), 0}});
    CHECK(obj(r, "grade_mix") ==
          QJsonObject{{QStringLiteral("A"), 2}, {QStringLiteral("B"), 1}, {QStringLiteral("C"), 1}});
    CHECK(obj(r, "stated_reasons") ==
          QJsonObject{{QStringLiteral("defective"), 3}, {QStringLiteral("changed_mind"), 1}});
    CHECK(obj(r, "status_mix") == QJsonObject{{QStringLiteral("decided"), 2},
                                              {QStringLiteral("rejected"), 1},
                                              {QStringLiteral("in_review"), 1}});
    CHECK(obj(r, "exceptions") == QJsonObject{{QStringLiteral("not_returnable"), 1}});

    // Disposition mix and recovery, from what each item was decided (the rejected one: quarantine).
    QJsonObject mix;
    qint64 recovery = 0;
    std::map<QString, qint64> recoveryBy;
    QList<Disposition> finals{*dock.outcomes[0].disposition, *dock.outcomes[1].disposition,
                              Disposition::Quarantine, *dock.outcomes[3].disposition};
    for (int i = 0; i < 4; ++i) {
        const QString d = dispositionName(finals[i]);
        mix.insert(d, mix.value(d).toInt() + 1);
        recovery += dock.outcomes[i].estimatedRecovery.minor;
        recoveryBy[d] += dock.outcomes[i].estimatedRecovery.minor;
    }
    CHECK(obj(r, "disposition_mix") == mix);
    CHECK(Money::fromJson(r.value(QStringLiteral("recovery_total"))) ==
          Money{recovery, QStringLiteral("EUR")});
    for (const auto& [d, minor] : recoveryBy)
        CHECK(Money::fromJson(obj(r, "recovery_by_disposition").value(d)) ==
              Money{minor, QStringLiteral("EUR")});

    // Top lists: reasons and SKUs by returns, the defect rate (1 of 2 shirts), no fault found.
    const QJsonArray reasons = r.value(QStringLiteral("top_return_reasons")).toArray();
    REQUIRE(reasons.size() == 2);
    CHECK(reasons[0].toObject().value(QStringLiteral("reason")).toString() == QLatin1String("defective"));
    CHECK(reasons[0].toObject().value(QStringLiteral("share")).toDouble() == Approx(0.75));
    const QJsonArray skus = r.value(QStringLiteral("top_skus_by_returns")).toArray();
    REQUIRE(skus.size() == 3);
    CHECK(skus[0].toObject().value(QStringLiteral("sku")).toString() == QLatin1String("TSHIRT-M"));
    CHECK(skus[0].toObject().value(QStringLiteral("returns")).toInt() == 2);
    CHECK(skus[0].toObject().value(QStringLiteral("description")).toString() ==
          QLatin1String("Test product TSHIRT-M"));
    const QJsonArray defects = r.value(QStringLiteral("top_skus_by_defect_rate")).toArray();
    REQUIRE(defects.size() == 1); // the SKUs without a confirmed defect are not listed
    CHECK(defects[0].toObject().value(QStringLiteral("sku")).toString() == QLatin1String("TSHIRT-M"));
    CHECK(defects[0].toObject().value(QStringLiteral("graded")).toInt() == 2);
    CHECK(defects[0].toObject().value(QStringLiteral("defects")).toInt() == 1);
    CHECK(defects[0].toObject().value(QStringLiteral("rate")).toDouble() == Approx(0.5));
    const QJsonObject nff = obj(r, "no_fault_found");
    CHECK(nff.value(QStringLiteral("stated_defective")).toInt() == 3);
    CHECK(nff.value(QStringLiteral("no_fault_found")).toInt() == 2);
    CHECK(nff.value(QStringLiteral("rate")).toDouble() == Approx(0.667));
    const QJsonArray nffBySku = nff.value(QStringLiteral("by_sku")).toArray();
    REQUIRE(nffBySku.size() == 2);
    CHECK(nffBySku[0].toObject().value(QStringLiteral("sku")).toString() == QLatin1String("HP-XM5-BLK"));
    CHECK(nffBySku[0].toObject().value(QStringLiteral("rate")).toDouble() == Approx(1.0));
    CHECK(nffBySku[1].toObject().value(QStringLiteral("rate")).toDouble() == Approx(0.5));
    CHECK(obj(r, "stated_vs_observed") ==
          QJsonObject{{QStringLiteral("defective"), QJsonObject{{QStringLiteral("no_fault_found"), 2},
                                                                {QStringLiteral("defect_confirmed"), 1}}}});

    // Times: dock to stock 3, 10 and 60 min; receipt to refund decision 4, 15 and 76 min (the open
    // toothbrush has neither). Durations are kept to the minute under an hour and to 15 minutes
    // under a day, so the median and p90 are exact to that resolution.
    const QJsonObject dockToStock = obj(r, "dock_to_stock_minutes");
    CHECK(dockToStock.value(QStringLiteral("items")).toInt() == 3);
    CHECK(dockToStock.value(QStringLiteral("median")).toDouble() == Approx(10).margin(1));
    CHECK(dockToStock.value(QStringLiteral("p90")).toDouble() == Approx(60).margin(15));
    const QJsonObject refund = obj(r, "refund_decision_minutes");
    CHECK(refund.value(QStringLiteral("items")).toInt() == 3);
    CHECK(refund.value(QStringLiteral("median")).toDouble() == Approx(15).margin(1));
    CHECK(refund.value(QStringLiteral("p90")).toDouble() == Approx(76).margin(15));

    // One worker, four items within one clock hour; one reviewed decision, changed by the supervisor.
    CHECK(obj(r, "units_per_hour") ==
          QJsonObject{{QStringLiteral("U-1001"), QJsonObject{{QStringLiteral("units"), 4},
                                                             {QStringLiteral("active_hours"), 1},
                                                             {QStringLiteral("per_hour"), 4.0}}}});
    CHECK(obj(r, "grader_consistency") ==
          QJsonObject{{QStringLiteral("U-1001"), QJsonObject{{QStringLiteral("reviewed"), 1},
                                                             {QStringLiteral("changed"), 1},
                                                             {QStringLiteral("rate"), 1.0}}}});

    // The queue now (T+120): the toothbrush, queued at T+20, has waited 100 minutes.
    const QJsonObject age = obj(r, "queue_age");
    CHECK(age.value(QStringLiteral("open")).toInt() == 1);
    CHECK(age.value(QStringLiteral("oldest_minutes")).toDouble() == Approx(100));
    CHECK(obj(age, "buckets").value(QStringLiteral("1h_4h")).toInt() == 1);
    CHECK(obj(r, "queue_open") == QJsonObject{{QStringLiteral("exception"), 1}});

    // Ledger: final outcomes only, by catalog weight: two 180 g shirts, 250 g headphones held in
    // quarantine; the toothbrush still waits for its supervisor.
    std::map<QString, double> kg;
    kg[outcomeOf(finals[0])] += 0.18;
    kg[outcomeOf(finals[1])] += 0.18;
    kg[QStringLiteral("held")] += 0.25;
    const QJsonObject ledger = obj(r, "sustainability_kg");
    CHECK(ledger.size() == static_cast<qsizetype>(kg.size()));
    for (const auto& [outcome, value] : kg)
        CHECK(ledger.value(outcome).toDouble() == Approx(value));
    const double destroyed = kg.count(QStringLiteral("destroyed")) ? kg[QStringLiteral("destroyed")] : 0.0;
    CHECK(r.value(QStringLiteral("kept_from_landfill_share")).toDouble() ==
          Approx((0.36 - destroyed) / 0.36).margin(0.001));

    // A catalog weight change after the fact flows into the summary like any other change.
    f.station->db().exec("UPDATE products SET weight_g = 200 WHERE sku = 'TSHIRT-M'");
    CHECK(*rebuildReportFacts(*f.station));
    f.station->db().exec("UPDATE rmas SET reason_code = 'changed_mind' WHERE rma = 'RMA-2026-000123'");
    CHECK(*rebuildReportFacts(*f.station));
    auto after = buildReport(*f.station, t - kMillisPerDay, t + kMillisPerDay, options);
    CHECK(obj(after->figures, "stated_reasons") == QJsonObject{{QStringLiteral("changed_mind"), 4}});
    // A summary that drifted (here: tampered with) is found and rebuilt.
    f.station->db().exec("UPDATE report_facts SET n = n + 5 WHERE figure = 'received'");
    CHECK_FALSE(*rebuildReportFacts(*f.station));
    CHECK(*rebuildReportFacts(*f.station));
}

namespace {

// The report's figures for [from, to) worked out the straightforward way: every item of the
// period, no summary. Counts and amounts per key through the view that defines them; the rest
// straight from the items.
void checkAgainstItems(Station& station, const Report& report) {
    Database& db = station.db();
    const std::string period =
        "received_at >= " + std::to_string(report.from) + " AND received_at < " + std::to_string(report.to);
    const QJsonObject& r = report.figures;
    INFO("period " << report.from << " to " << report.to);
    auto keyed = [&](const std::string& figure, bool amounts) {
        QJsonObject json;
        Statement s = db.prepare("SELECT key, sum(n), sum(amount) FROM report_item_facts WHERE " + period +
                                 " AND figure = '" + figure + "' AND key IS NOT NULL GROUP BY key");
        while (s.step())
            if (s.int64(1) != 0)
                json.insert(s.text(0), amounts ? QJsonValue(Money{s.int64(2), QStringLiteral("EUR")}.toJson())
                                               : QJsonValue(s.int64(1)));
        return json;
    };
    const std::pair<const char*, const char*> counts[] = {
        {"status_mix", "status"},         {"grade_mix", "grade"},     {"disposition_mix", "disposition"},
        {"overrides", "override"},        {"refund_mix", "refund"},   {"stated_reasons", "stated"},
        {"observed_reasons", "observed"}, {"exceptions", "exception"}};
    for (const auto& [name, figure] : counts) {
        INFO(name);
        CHECK(r.value(QLatin1String(name)).toObject() == keyed(figure, false));
    }
    CHECK(r.value(QStringLiteral("recovery_by_disposition")).toObject() == keyed("disposition", true));
    CHECK(r.value(QStringLiteral("value_by_disposition")).toObject() == keyed("disposition_value", true));

    CHECK(r.value(QStringLiteral("received")).toInteger() ==
          db.scalar("SELECT count(*) FROM items WHERE " + period));
    CHECK(r.value(QStringLiteral("decided")).toInteger() ==
          db.scalar("SELECT count(*) FROM items WHERE grade IS NOT NULL AND " + period));
    CHECK(Money::fromJson(r.value(QStringLiteral("recovery_total")))->minor ==
          db.scalar("SELECT coalesce(sum(estimated_recovery), 0) FROM items WHERE grade IS NOT NULL AND " +
                    period));
    qint64 perDaySum = 0;
    const QJsonObject perDay = r.value(QStringLiteral("received_per_day")).toObject();
    for (auto it = perDay.begin(); it != perDay.end(); ++it) {
        const Millis day =
            QDateTime(QDate::fromString(it.key(), Qt::ISODate), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        INFO(it.key().toStdString());
        CHECK(it.value().toInteger() ==
              db.scalar("SELECT count(*) FROM items WHERE received_at >= max(" + std::to_string(day) + ", " +
                        std::to_string(report.from) + ") AND received_at < min(" +
                        std::to_string(day + kMillisPerDay) + ", " + std::to_string(report.to) + ")"));
        perDaySum += it.value().toInteger();
    }
    CHECK(perDaySum == r.value(QStringLiteral("received")).toInteger());
    // Units per hour: the hours of the clock in which the worker received anything.
    Statement workers = db.prepare("SELECT u.badge, count(*), count(DISTINCT i.received_at / 3600000) FROM "
                                   "items i JOIN users u ON u.id = i.received_by WHERE i." +
                                   period + " GROUP BY u.badge");
    qint64 workerCount = 0;
    while (workers.step()) {
        const QJsonObject w =
            r.value(QStringLiteral("units_per_hour")).toObject().value(workers.text(0)).toObject();
        INFO(workers.text(0).toStdString());
        CHECK(w.value(QStringLiteral("units")).toInteger() == workers.int64(1));
        CHECK(w.value(QStringLiteral("active_hours")).toInteger() == workers.int64(2));
        ++workerCount;
    }
    CHECK(r.value(QStringLiteral("units_per_hour")).toObject().size() == workerCount);
    // The ledger weighs settled items only: decided, and not waiting in the queue.
    double kg = 0;
    for (const QJsonValue v : r.value(QStringLiteral("sustainability_kg")).toObject())
        kg += v.toDouble();
    CHECK(kg * 1000 ==
          Approx(double(db.scalar(
              "SELECT coalesce(sum(coalesce(nullif(p.weight_g, 0), i.weight_g, 0)), 0) FROM items i LEFT "
              "JOIN products p ON p.sku = i.sku WHERE i.decided_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
              "queue q WHERE q.item_id = i.id AND q.status = 'open') AND i." +
              period))));
}

} // namespace

TEST_CASE("A rolling period with partial days at both ends equals a straight count over its items",
          "[reports]") {
    test::TempFolder folder;
    auto created = Station::init(folder.path(QStringLiteral("rolling.db")), QStringLiteral("ROL-D01"),
                                 QStringLiteral("Rolling"));
    REQUIRE(created.ok());
    Station& station = **created;
    (void)station.setSetting(setting::PinIterations, QStringLiteral("1000"));
    DemoOptions demo;
    demo.items = 1500; // ~250 a day, around the clock
    demo.seed = 11;
    demo.days = 6;
    demo.end = test::StationFixture::kNow;
    REQUIRE(loadDemoData(station, demo).ok());
    station.setClock(demo.end);
    REQUIRE(*rebuildReportFacts(station)); // the summary is exact to begin with

    const Millis now = demo.end;
    const Millis today = now / kMillisPerDay * kMillisPerDay;
    const Millis hour = 3600 * 1000;
    // Each partial day is read the cheaper way: its own items (when they are fewer) or the day's
    // summary minus the items outside the period. These periods take each way at each end.
    const std::pair<const char*, std::pair<Millis, Millis>> periods[] = {
        {"rolling 3 days up to now", {now + 1 - 3 * kMillisPerDay, now + 1}},
        {"1 h into the first day, 1 h short of the last",
         {today - 4 * kMillisPerDay + hour, today - kMillisPerDay - hour}},
        {"23 h into the first day, 1 h into the last",
         {today - 4 * kMillisPerDay + 23 * hour, today - 2 * kMillisPerDay + hour}},
        {"whole days", {today - 4 * kMillisPerDay, today - kMillisPerDay}},
        {"most of one day", {today - 2 * kMillisPerDay + 2 * hour, today - 2 * kMillisPerDay + 20 * hour}},
        {"an hour of one day",
         {today - 2 * kMillisPerDay + 10 * hour, today - 2 * kMillisPerDay + 11 * hour}},
        {"across one midnight, no whole day",
         {today - 3 * kMillisPerDay + 20 * hour, today - 2 * kMillisPerDay + 3 * hour}},
        {"odd milliseconds", {today - 5 * kMillisPerDay + 12345678, now - 7654321}},
        {"nothing received", {now + kMillisPerDay, now + 2 * kMillisPerDay}},
    };
    for (const auto& [name, period] : periods) {
        auto report = buildReport(station, period.first, period.second);
        REQUIRE(report.ok());
        INFO(name);
        if (period.first < now)
            CHECK(report->figures.value(QStringLiteral("received")).toInteger() > 0);
        checkAgainstItems(station, *report);
    }
}

TEST_CASE("Each chart's data exports as CSV", "[reports]") {
    test::StationFixture f;
    SmallDock dock(f);
    auto report = buildReport(*f.station, test::StationFixture::kNow - kMillisPerDay,
                              test::StationFixture::kNow + kMillisPerDay);
    REQUIRE(report.ok());
    const QList<ReportChart> charts = report->charts();
    QStringList ids;
    for (const ReportChart& c : charts)
        ids << c.id;
    CHECK(ids == QStringList{QStringLiteral("received_per_day"), QStringLiteral("grade_mix"),
                             QStringLiteral("disposition_mix"), QStringLiteral("recovery_by_disposition"),
                             QStringLiteral("top_return_reasons"), QStringLiteral("top_skus_by_returns"),
                             QStringLiteral("top_skus_by_defect_rate"),
                             QStringLiteral("no_fault_found_by_sku"), QStringLiteral("stated_vs_observed"),
                             QStringLiteral("times"), QStringLiteral("units_per_hour"),
                             QStringLiteral("grader_consistency"), QStringLiteral("queue_age"),
                             QStringLiteral("sustainability_kg")});
    const ReportChart& grades = charts[1];
    CHECK(grades.toCsv() == "category,Items (items)\r\nA,2\r\nB,1\r\nC,1\r\n");
    const ReportChart& times = charts[9];
    CHECK(times.toCsv().startsWith("category,Median (hours),90th percentile (hours)\r\nDock to stock,0.1"));
    // Category names with commas are quoted.
    ReportChart quoted;
    quoted.categories = {QStringLiteral("Shirt, red \"XL\"")};
    quoted.series = {{QStringLiteral("Items"), {3}}};
    CHECK(quoted.toCsv() == "category,Items\r\n\"Shirt, red \"\"XL\"\"\",3\r\n");
    // The flat CSV of all figures keeps its shape and flattens lists with dotted keys.
    const QByteArray all = report->toCsv();
    CHECK(all.contains("top_skus_by_returns,0.sku,TSHIRT-M\r\n"));
    CHECK(all.contains("grader_consistency,U-1001.changed,1\r\n"));
}

TEST_CASE("The PDF report has the headline page and every chart", "[reports][pdf]") {
    test::StationFixture f;
    SmallDock dock(f);
    auto report = buildReport(*f.station, test::StationFixture::kNow - 7 * kMillisPerDay,
                              test::StationFixture::kNow + kMillisPerDay);
    REQUIRE(report.ok());
    const QString pdf = f.folder.path(QStringLiteral("report.pdf"));
    REQUIRE(writeReportPdf(*report, f.station->name(), pdf).ok());
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");

    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(info.waitForFinished(20000));
    CHECK(QString::fromUtf8(info.readAllStandardOutput())
              .contains(QRegularExpression(QStringLiteral("Pages:\\s+8\\b"))));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(20000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(words.contains(QStringLiteral("Returns report")));
    CHECK(words.contains(QStringLiteral("Test dock")));
    for (const ReportChart& chart : report->charts())
        CHECK(words.contains(chart.title.left(20)));
    CHECK(words.contains(QStringLiteral("TSHIRT-M")));

    // Page 2 rasterized: the grade mix chart's bars are really drawn (blue pixels).
    QProcess raster;
    raster.start(QStringLiteral("pdftoppm"),
                 {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-f"),
                  QStringLiteral("2"), QStringLiteral("-l"), QStringLiteral("2"), pdf,
                  f.folder.path(QStringLiteral("page"))});
    REQUIRE(raster.waitForFinished(20000));
    QImage page(f.folder.path(QStringLiteral("page-2.png")));
    if (page.isNull())
        page = QImage(f.folder.path(QStringLiteral("page-02.png")));
    REQUIRE_FALSE(page.isNull());
    int blue = 0;
    for (int y = 0; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x) {
            const QColor c = page.pixelColor(x, y);
            if (c.blue() > 150 && c.red() < 60)
                ++blue;
        }
    CHECK(blue > 500);
    if (qEnvironmentVariableIsSet("DOCKSIDE_SCREENSHOTS"))
        page.save(QStringLiteral("screenshot-report-page-2.png"));
}
