// The GUI's side of backups: the daily backup runs off the GUI thread and records its time; a
// damaged database at start-up is not worked on, and the newest backup is offered.

#include "BackupScheduler.h"
#include "Dialogs.h"
#include "StartupCheck.h"

#include "services/Backup.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace dockside;
using namespace Qt::StringLiterals;

TEST_CASE("The daily backup runs in the background and records its time", "[ui][backup]") {
    test::StationFixture f;
    BackupScheduler scheduler(*f.station);
    QSignalSpy done(&scheduler, &BackupScheduler::finished);
    REQUIRE(scheduler.runIfDue());
    REQUIRE(done.wait(20000));
    CHECK(done.first().at(1).toBool() == false);
    const QList<BackupInfo> backups = Backups(*f.station).list();
    REQUIRE(backups.size() == 1);
    CHECK(done.first().at(0).toString().contains(backups.first().file));
    CHECK_FALSE(Backups(*f.station).isDue());
    CHECK_FALSE(scheduler.runIfDue()); // not due again for a day
}

TEST_CASE("A damaged database at start-up offers the newest backup", "[ui][backup]") {
    Dialogs::clearAnswers();
    test::TempFolder folder;
    const QString db = folder.dbPath();
    test::prepareCliStation(db);
    {
        auto station = Station::open(db);
        REQUIRE(station.ok());
        REQUIRE(Backups(**station).runRotated().ok());
    }
    SECTION("a healthy database opens without a question") {
        auto opened = openCheckedStation(nullptr, db);
        CHECK(opened.ok());
        CHECK(Dialogs::queuedAnswers() == 0);
    }
    SECTION("declined: the error says how to restore, nothing is replaced") {
        test::damageItemsTable(db);
        Dialogs::queueAnswer(false);
        auto opened = openCheckedStation(nullptr, db);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == u"corrupt"_s);
        CHECK(opened.error().message.contains(u"dockside-cli restore"_s));
        CHECK(Dialogs::queuedAnswers() == 0);
    }
    SECTION("accepted: the backup is restored and the station opens") {
        test::damageItemsTable(db);
        Dialogs::queueAnswer(true);
        auto opened = openCheckedStation(nullptr, db);
        REQUIRE(opened.ok());
        CHECK(quickCheck((*opened)->db()).ok());
        CHECK((*opened)->code() == u"TST-D01"_s);
        CHECK((*opened)->db().scalar("SELECT count(*) FROM event_log WHERE type = 'station.restored'") == 1);
    }
    Dialogs::clearAnswers();
}
