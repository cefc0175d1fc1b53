// dockside-cli for supervisors: queue filters, resolve, regrade and history, against a real
// station file and the real binary.
#include "TestSupport.h"

#include "services/Station.h"
#include "services/Users.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace dockside;
using namespace dockside::test;
using namespace Qt::StringLiterals;

namespace {

const QString kPin = u"2468"_s;

QJsonObject run(const QString& db, const QStringList& args, int exitCode = 0) {
    const CliRun r = runCli(QStringList{u"--db"_s, db, u"--json"_s} + args);
    INFO(args.join(u' ').toStdString() << "\nexit " << r.exitCode << "\n"
                                       << r.out.toStdString() << "\n"
                                       << r.err.toStdString());
    REQUIRE(r.exitCode == exitCode);
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QStringList lpns(const QJsonObject& queue) {
    QStringList list;
    for (const QJsonValue& v : queue.value(u"items"_s).toArray())
        list.append(v.toObject().value(u"lpn"_s).toString());
    return list;
}

} // namespace

TEST_CASE("dockside-cli: queue filters and resolve and regrade and history", "[cli][supervisor]") {
    TempFolder folder;
    const QString db = folder.dbPath();
    {
        auto created = Station::init(db, u"TST-D01"_s, u"Test dock"_s);
        REQUIRE(created.ok());
        REQUIRE((*created)->setSetting(setting::PinIterations, u"1000"_s).ok());
        REQUIRE((*created)->setSetting(setting::RegradeSharePercent, u"100"_s).ok());
        seedCatalog(**created, nowMillis());
        Users users(**created);
        REQUIRE(users.add(nullptr, u"U-1001"_s, u"Wanda Worker"_s, Role::Worker, kPin).ok());
        REQUIRE(users.add(nullptr, u"U-1002"_s, u"Sam Supervisor"_s, Role::Supervisor, kPin).ok());
        REQUIRE(users.add(nullptr, u"U-1004"_s, u"Olga Other"_s, Role::Worker, kPin).ok());
    }
    const QStringList worker{u"--user"_s, u"U-1001"_s, u"--pin"_s, kPin};
    const QStringList supervisor{u"--user"_s, u"U-1002"_s, u"--pin"_s, kPin};
    const QStringList other{u"--user"_s, u"U-1004"_s, u"--pin"_s, kPin};
    const QJsonObject laptop =
        run(db, QStringList{u"receive"_s, u"--parcel"_s, u"RMA-2026-000126"_s, u"--item"_s,
                            u"(01)09506000134352(21)LPT-0001"_s, u"--grade"_s, u"A"_s} +
                    worker);
    const QString laptopLpn = laptop.value(u"items"_s).toArray()[0].toObject().value(u"lpn"_s).toString();
    const QJsonObject blind = run(db, QStringList{u"receive"_s, u"--parcel"_s, u"UNKNOWN-LABEL-7"_s,
                                                  u"--item"_s, u"4006381333931"_s, u"--grade"_s, u"B"_s} +
                                          worker);
    const QString blindLpn = blind.value(u"items"_s).toArray()[0].toObject().value(u"lpn"_s).toString();

    CHECK(lpns(run(db, {u"queue"_s, u"--grade"_s, u"b"_s})) == QStringList{blindLpn});
    CHECK(lpns(run(db, {u"queue"_s, u"--category"_s, u"electronics"_s})) == QStringList{laptopLpn});
    CHECK(lpns(run(db, {u"queue"_s, u"--min-value"_s, u"1000"_s})) == QStringList{laptopLpn});
    CHECK(lpns(run(db, {u"queue"_s, u"--worker"_s, u"U-1001"_s, u"--sort"_s, u"value"_s, u"--desc"_s})) ==
          (QStringList{laptopLpn, blindLpn}));
    CHECK(run(db, {u"queue"_s, u"--older-than"_s, u"1"_s}).value(u"total"_s).toInt() == 0);
    CHECK(run(db, {u"queue"_s, u"--newer-than"_s, u"1"_s}).value(u"total"_s).toInt() == 2);
    run(db, {u"queue"_s, u"--sort"_s, u"colour"_s}, 2);
    run(db, {u"queue"_s, u"--min-value"_s, u"lots"_s}, 2);
    run(db, {u"queue"_s, u"--grade"_s, u"Q"_s}, 2);

    // Blind re-grades: the other worker sees both items (share 100 %), the first worker none.
    CHECK(run(db, QStringList{u"regrade"_s, u"list"_s} + worker).value(u"regrades"_s).toArray().isEmpty());
    CHECK(run(db, QStringList{u"regrade"_s, u"list"_s} + other).value(u"regrades"_s).toArray().size() == 2);
    run(db, QStringList{u"regrade"_s, u"submit"_s, blindLpn, u"--grade"_s, u"B"_s} + worker, 4);
    run(db, QStringList{u"regrade"_s, u"submit"_s, blindLpn, u"--grade"_s, u"C"_s} + other);
    run(db, QStringList{u"regrade"_s, u"submit"_s, laptopLpn, u"--grade"_s, u"A"_s} + other);
    const QJsonObject agreement = run(db, {u"regrade"_s, u"agreement"_s});
    CHECK(agreement.value(u"overall"_s).toObject().value(u"compared"_s).toInt() == 2);
    CHECK(agreement.value(u"overall"_s).toObject().value(u"agreed"_s).toInt() == 1);
    run(db, QStringList{u"regrade"_s, u"request"_s, laptopLpn} + worker, 4);
    run(db, QStringList{u"regrade"_s, u"request"_s, laptopLpn, u"--to"_s, u"U-1004"_s} + supervisor);

    // Resolve the blind receipt: find the RMA, then link it; a worker is refused.
    const QJsonArray found =
        run(db, {u"resolve"_s, u"--find"_s, u"1Z999AA10123456784"_s}).value(u"rmas"_s).toArray();
    REQUIRE(found.size() == 1);
    CHECK(found[0].toObject().value(u"rma"_s).toString() == u"RMA-2026-000123"_s);
    run(db, QStringList{u"resolve"_s, blindLpn, u"--decision"_s, u"unmatched"_s} + worker, 4);
    run(db, QStringList{u"resolve"_s, blindLpn, u"--decision"_s, u"maybe"_s} + supervisor, 2);
    const QJsonObject resolved = run(db, QStringList{u"resolve"_s, blindLpn, u"--decision"_s, u"link_rma"_s,
                                                     u"--rma"_s, u"RMA-2026-000123"_s} +
                                             supervisor);
    CHECK(resolved.value(u"status"_s).toString() == u"approved"_s);
    CHECK(lpns(run(db, {u"queue"_s})) == QStringList{laptopLpn});

    // The history of the blind receipt, by its LPN and by the RMA it now belongs to.
    const QJsonObject history = run(db, {u"history"_s, blindLpn});
    QStringList types;
    for (const QJsonValue& e : history.value(u"events"_s).toArray()) {
        types.append(e.toObject().value(u"type"_s).toString());
        CHECK(e.toObject().value(u"station"_s).toString() == u"TST-D01"_s);
        CHECK_FALSE(e.toObject().value(u"delivered"_s).toBool());
    }
    CHECK(types.first() == u"parcel.received"_s);
    CHECK(types.contains(u"item.regraded"_s));
    CHECK(types.contains(u"exception.resolved"_s));
    CHECK(run(db, {u"history"_s, u"RMA-2026-000123"_s}).value(u"lpns"_s).toArray().size() == 1);
    run(db, {u"history"_s, u"NOTHING-7"_s}, 1);
}
