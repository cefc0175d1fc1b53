// The station's secrets at the command line: the HQ token never shows in any output, export or
// debug log, the database holding it is readable by its owner only, and privileged commands
// refuse a worker.

#include "TestSupport.h"

#include "store/Database.h"

#include <catch2/catch.hpp>

#include <QFileInfo>

using namespace dockside;
using namespace dockside::test;
using namespace Qt::StringLiterals;

namespace {

const QString kToken = u"tok-Sup3rSecret-4711"_s;

QStringList as(const QString& badge, QStringList args) {
    return args << u"--user"_s << badge << u"--pin"_s << u"2468"_s;
}

} // namespace

TEST_CASE("dockside-cli never shows the HQ token", "[cli][security]") {
    TempFolder folder;
    const QString db = folder.dbPath();
    prepareCliStation(db);
    {
        auto station = Station::open(db);
        REQUIRE(station.ok());
        REQUIRE((*station)->setSetting(setting::HqToken, kToken).ok());
        REQUIRE((*station)->setSetting(setting::HqUrl, u"http://127.0.0.1:9/"_s).ok());
    }
    REQUIRE(runCli(as(u"U-1001"_s, {u"--db"_s, db, u"receive"_s, u"--parcel"_s, u"NOLABEL-1"_s, u"--item"_s,
                                    u"4006381333931"_s, u"--grade"_s, u"A"_s}))
                .exitCode == 0);
    QProcessEnvironment debug;
    debug.insert(u"DOCKSIDE_DEBUG"_s, u"1"_s);
    const QList<QStringList> commands{
        {u"export"_s, u"events"_s, u"--format"_s, u"jsonl"_s},
        {u"export"_s, u"items"_s, u"--format"_s, u"csv"_s},
        {u"export"_s, u"parcels"_s},
        {u"--json"_s, u"sync"_s, u"--force"_s},
        {u"sync"_s, u"--force"_s, u"--hq"_s, u"http://user:"_s + kToken + u"@127.0.0.1:9"_s},
        {u"--json"_s, u"check"_s},
        {u"--json"_s, u"report"_s},
        {u"--json"_s, u"backup"_s},
    };
    for (const QStringList& command : commands) {
        const CliRun run = runCli(QStringList{u"--db"_s, db} + command, debug);
        INFO(command.join(u' ').toStdString() << " -> exit " << run.exitCode << "\n"
                                              << run.out.toStdString() << run.err.toStdString());
        CHECK_FALSE(run.out.contains(kToken));
        CHECK_FALSE(run.err.contains(kToken));
    }
    // The database with the token, its WAL and its backups: owner only.
    for (const QString& file : {db, db + u"-wal"_s})
        if (QFileInfo::exists(file))
            CHECK((QFileInfo(file).permissions() & (QFile::ReadGroup | QFile::ReadOther)) == 0);
}

TEST_CASE("Privileged commands refuse a worker with exit 4 and change nothing", "[cli][security]") {
    TempFolder folder;
    const QString db = folder.dbPath();
    prepareCliStation(db);
    const QList<QStringList> commands{
        {u"user"_s, u"reset-pin"_s, u"--badge"_s, u"U-1002"_s, u"--new-pin"_s, u"1111"_s},
        {u"user"_s, u"unlock"_s, u"--badge"_s, u"U-1002"_s},
        {u"approve"_s, u"TST-D01-0000001-X"_s},
        {u"reject"_s, u"TST-D01-0000001-X"_s, u"--comment"_s, u"no"_s},
        {u"sync"_s, u"--release"_s, u"1"_s},
    };
    auto countEvents = [&] {
        auto opened = Database::open(db, Database::Mode::ReadOnly);
        REQUIRE(opened.ok());
        return (*opened)->scalar("SELECT count(*) FROM events");
    };
    const qint64 before = countEvents();
    for (const QStringList& command : commands) {
        const CliRun run = runCli(as(u"U-1001"_s, QStringList{u"--db"_s, db} + command));
        INFO(command.join(u' ').toStdString() << "\n" << run.err.toStdString());
        CHECK(run.exitCode == 4);
    }
    CHECK(countEvents() == before);
    // The admin may: the reset is an event naming the admin.
    const CliRun reset = runCli(as(u"U-1003"_s, {u"--db"_s, db, u"user"_s, u"reset-pin"_s, u"--badge"_s,
                                                 u"U-1002"_s, u"--new-pin"_s, u"1111"_s}));
    INFO(reset.err.toStdString());
    CHECK(reset.exitCode == 0);
    auto opened = Database::open(db, Database::Mode::ReadOnly);
    REQUIRE(opened.ok());
    CHECK((*opened)->scalar(
              "SELECT count(*) FROM event_log WHERE type = 'user.pin_reset' AND user = 'U-1003'") == 1);
}
