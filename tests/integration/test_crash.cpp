// Power-loss and crash safety: the real dockside-cli is killed with SIGKILL at random points of
// `receive` and `sync` (against the real dockside-hq on 127.0.0.1). Whatever a command reported
// as done must still be there, `check` must pass, and HQ must hold every event exactly once.
// DOCKSIDE_KILL_CYCLES and DOCKSIDE_KILL_SEED make the run longer or repeatable
// (scripts/kill-test); the summary line "kill-harness: ..." is what tests/bench/README.md quotes.

#include "TestSupport.h"

#include "store/Database.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>

#include <cstdio>
#include <memory>

using namespace dockside;
using namespace dockside::test;
using namespace Qt::StringLiterals;

namespace dockside::test {
QProcess* startHq(const QString& dbPath, const QStringList& extraArgs, quint16* port);
void stopHq(QProcess* process);
} // namespace dockside::test

namespace {

const QString kShirt = u"4006381333931"_s;

QStringList receiveArgs(const QString& db, const QString& parcel) {
    return {u"--db"_s,   db,         u"--json"_s,  u"receive"_s,  u"--user"_s,
            u"U-1001"_s, u"--pin"_s, u"2468"_s,    u"--parcel"_s, parcel,
            u"--item"_s, kShirt,     u"--grade"_s, u"A"_s};
}

// The LPNs a receive printed, even when it was killed right after printing.
QStringList printedLpns(const QByteArray& out) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    QStringList lpns;
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return lpns;
    for (const QJsonValue& item : doc.object().value(u"items"_s).toArray())
        lpns.append(item.toObject().value(u"lpn"_s).toString());
    return lpns;
}

int envInt(const char* name, int fallback) {
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

TEST_CASE("SIGKILL at random points of receive and sync loses nothing and duplicates nothing",
          "[crash][cli][sync]") {
    TempFolder folder;
    const QString db = folder.dbPath();
    prepareCliStation(db);
    const QString hqDb = folder.path(u"hq.db"_s);
    quint16 port = 0;
    std::unique_ptr<QProcess, void (*)(QProcess*)> hq(
        startHq(hqDb, {u"--token"_s, u"TST-D01=secret"_s}, &port), stopHq);
    REQUIRE(port != 0);
    const QStringList syncArgs{
        u"--db"_s,    db,          u"sync"_s,   u"--hq"_s, u"http://127.0.0.1:%1"_s.arg(port),
        u"--token"_s, u"secret"_s, u"--force"_s};

    // How long one receive takes here: kills are spread over that span, so they land before,
    // inside and after its transaction.
    QElapsedTimer timer;
    timer.start();
    CliRun first = runCli(receiveArgs(db, u"NOLABEL-CAL"_s));
    REQUIRE(first.exitCode == 0);
    const qint64 span = std::max<qint64>(20, timer.elapsed());

    const int cycles = envInt("DOCKSIDE_KILL_CYCLES", 120);
    const quint32 seed = static_cast<quint32>(
        envInt("DOCKSIDE_KILL_SEED", static_cast<int>(QRandomGenerator::global()->bounded(1, 1 << 30))));
    QRandomGenerator random(seed);
    INFO("DOCKSIDE_KILL_SEED=" << seed);

    QSet<QString> confirmed;
    int killedReceives = 0;
    int killedSyncs = 0;
    int syncs = 0;
    for (int cycle = 0; cycle < cycles; ++cycle) {
        QProcess receive;
        receive.start(cliPath(), receiveArgs(db, u"NOLABEL-%1"_s.arg(cycle)));
        // Every 8th cycle a sync runs at the same time and is killed too.
        std::unique_ptr<QProcess> sync;
        if (cycle % 8 == 0) {
            sync = std::make_unique<QProcess>();
            sync->start(cliPath(), syncArgs);
            ++syncs;
        }
        REQUIRE(receive.waitForStarted(5000));
        const int delay = static_cast<int>(random.bounded(static_cast<quint32>(span * 13 / 10)));
        if (!receive.waitForFinished(delay)) {
            receive.kill();
            receive.waitForFinished(5000);
            ++killedReceives;
        }
        const QByteArray out = receive.readAllStandardOutput();
        if (receive.exitStatus() == QProcess::NormalExit && receive.exitCode() != 0)
            FAIL("receive failed: " << receive.readAllStandardError().toStdString());
        for (const QString& lpn : printedLpns(out))
            confirmed.insert(lpn);
        if (sync) {
            if (!sync->waitForFinished(static_cast<int>(random.bounded(static_cast<quint32>(span * 2))))) {
                sync->kill();
                ++killedSyncs;
            }
            sync->waitForFinished(5000);
        }
    }

    // Every receive that printed its LPN still has it, with its parcel, exactly once.
    {
        auto opened = Database::open(db, Database::Mode::ReadOnly);
        REQUIRE(opened.ok());
        Database& d = **opened;
        int lost = 0;
        for (const QString& lpn : confirmed) {
            Statement item = d.prepare("SELECT count(*) FROM items WHERE lpn = ?");
            item.bind(1, lpn);
            item.step();
            if (item.int64(0) != 1)
                ++lost;
        }
        CHECK(lost == 0);
        CHECK(d.scalar("SELECT count(*) FROM (SELECT tracking FROM parcels GROUP BY tracking HAVING count(*) "
                       "> 1)") == 0);
        std::printf("kill-harness: cycles=%d receives_killed=%d receives_confirmed=%lld syncs=%d "
                    "syncs_killed=%d actions_lost=%d seed=%u\n",
                    cycles, killedReceives, static_cast<long long>(confirmed.size()), syncs, killedSyncs,
                    lost, seed);
        std::fflush(stdout);
    }
    CHECK(killedReceives > 0);

    const CliRun check = runCli({u"--db"_s, db, u"--json"_s, u"check"_s});
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == 0);

    // A sync to the end: HQ then has every local event exactly once.
    const CliRun finalSync = runCli(syncArgs);
    INFO(finalSync.err.toStdString());
    REQUIRE(finalSync.exitCode == 0);
    auto station = Station::open(db);
    REQUIRE(station.ok());
    checkExactlyOnce(**station, hqDb);
}
