// In-app sync against the real dockside-hq on 127.0.0.1 (port 0): the "Sync now" button and F9,
// progress and outcome in the status bar, a dock that keeps working during the run, errors in
// plain words, and the nightly schedule starting a run by itself.

#include "MainWindow.h"
#include "SyncController.h"
#include "SyncPanel.h"

#include "services/EventLog.h"
#include "services/Receiving.h"
#include "store/Database.h"
#include "sync/SyncSchedule.h"

#include "TestSupport.h"
#include "UiSupport.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace dockside;
using namespace Qt::StringLiterals;

namespace {

struct Hq {
    test::TempFolder folder;
    QProcess* process = nullptr;
    quint16 port = 0;
    Hq() {
        process = test::startHq(folder.path(u"hq.db"_s), {u"--token"_s, u"TST-D01=secret"_s}, &port);
        REQUIRE(port != 0);
    }
    ~Hq() { test::stopHq(process); }
    QString url() const { return u"http://127.0.0.1:%1"_s.arg(port); }
    qint64 events() const {
        auto db = Database::open(folder.path(u"hq.db"_s), Database::Mode::ReadOnly);
        REQUIRE(db.ok());
        return (*db)->scalar("SELECT count(*) FROM events");
    }
};

// Blind receipts through the real workflow: two events each.
void receiveParcels(test::StationFixture& f, int count, int first = 1) {
    Receiving receiving(*f.station, f.worker);
    for (int i = first; i < first + count; ++i)
        REQUIRE(receiving.openParcel(u"NOLABEL-%1"_s.arg(100000 + i)).ok());
}

void configure(Station& station, const QString& url, const QString& token = u"secret"_s) {
    REQUIRE(station.setSetting(setting::HqUrl, url).ok());
    REQUIRE(station.setSetting(setting::HqToken, token).ok());
}

QString pendingText(MainWindow& window) {
    auto* label = window.findChild<QLabel*>(u"pendingEvents"_s);
    REQUIRE(label);
    return label->text();
}

} // namespace

TEST_CASE("Sync now runs on its own thread, the dock keeps working, the status bar shows the outcome",
          "[ui][sync]") {
    test::StationFixture f;
    receiveParcels(f, 400);
    Hq hq;
    configure(*f.station, hq.url());
    const qint64 before = EventLog(f.station->db()).pendingCount();
    REQUIRE(before >= 800);

    MainWindow window(*f.station);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    SyncController* sync = window.syncController();
    SyncPanel* panel = window.syncPanel();
    CHECK(panel->statusText().contains(u"Never synced"_s));
    CHECK(panel->statusText().contains(u"next "_s)); // the nightly default, 02:00
    CHECK(pendingText(window).startsWith(QString::number(before)));

    // The GUI thread must keep its pace: a 10 ms timer notes its longest gap during the run.
    qint64 longestGap = 0;
    QElapsedTimer sinceTick;
    QTimer heartbeat;
    heartbeat.setInterval(10);
    QObject::connect(&heartbeat, &QTimer::timeout,
                     [&] { longestGap = std::max(longestGap, sinceTick.restart()); });
    QSignalSpy progress(sync, &SyncController::progress);
    QSignalSpy finished(sync, &SyncController::finished);
    sinceTick.start();
    heartbeat.start();
    QTest::mouseClick(panel->syncButton(), Qt::LeftButton);
    CHECK(sync->isRunning());
    CHECK_FALSE(panel->syncButton()->isEnabled());
    CHECK_FALSE(sync->syncNow()); // one run at a time

    // A worker receives a parcel while the sync thread writes through its own connection.
    receiveParcels(f, 1, 9000);
    REQUIRE(finished.wait(60000));
    heartbeat.stop();
    CHECK(finished.first().first().toBool());
    CHECK(progress.size() >= 2);
    CHECK(longestGap < 1000);
    test::saveScreenshot(&window, u"screenshot-sync-done.png"_s);

    // The parcel received mid-run may have missed the push: F9 sends whatever is left.
    finished.clear();
    QTest::keyClick(&window, Qt::Key_F9);
    REQUIRE(finished.wait(60000));
    CHECK(finished.first().first().toBool());
    CHECK(EventLog(f.station->db()).pendingCount() == 0);
    CHECK(pendingText(window).startsWith(u"0 "_s));
    CHECK(panel->statusText().contains(u"Synced"_s));
    CHECK(panel->syncButton()->isEnabled());
    CHECK(hq.events() == before + 2);
    CHECK(sync->lastSummary()->pending == 0);
}

TEST_CASE("A failing HQ shows its error in plain words and loses nothing", "[ui][sync]") {
    test::StationFixture f;
    receiveParcels(f, 3);
    const qint64 before = EventLog(f.station->db()).pendingCount();

    SECTION("unreachable") {
        QTcpServer closed;
        REQUIRE(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close(); // nobody listens there any more: connection refused
        configure(*f.station, u"http://127.0.0.1:%1"_s.arg(port));
        MainWindow window(*f.station);
        QSignalSpy finished(window.syncController(), &SyncController::finished);
        QTest::mouseClick(window.syncPanel()->syncButton(), Qt::LeftButton);
        REQUIRE(finished.wait(30000));
        CHECK_FALSE(finished.first().first().toBool());
        const QString status = window.syncPanel()->statusText();
        CHECK(status.contains(u"Sync failed"_s));
        CHECK(status.contains(u"HQ cannot be reached"_s));
        CHECK(EventLog(f.station->db()).pendingCount() == before);
        test::saveScreenshot(&window, u"screenshot-sync-failed.png"_s);
    }
    SECTION("wrong token") {
        Hq hq;
        configure(*f.station, hq.url(), u"not-the-token"_s);
        MainWindow window(*f.station);
        QSignalSpy finished(window.syncController(), &SyncController::finished);
        QTest::mouseClick(window.syncPanel()->syncButton(), Qt::LeftButton);
        REQUIRE(finished.wait(30000));
        CHECK_FALSE(finished.first().first().toBool());
        CHECK(window.syncPanel()->statusText().contains(u"refused the station's token"_s));
        CHECK_FALSE(window.syncPanel()->statusText().contains(u"not-the-token"_s));
        CHECK(hq.events() == 0);
    }
    SECTION("not set up") {
        MainWindow window(*f.station);
        CHECK(window.syncPanel()->statusText().contains(u"Sync not set up"_s));
        CHECK_FALSE(window.syncController()->nextScheduledRun().has_value());
    }
}

TEST_CASE("The nightly schedule starts a sync by itself while the app is open", "[ui][sync]") {
    test::StationFixture f;
    receiveParcels(f, 5);
    Hq hq;
    configure(*f.station, hq.url());
    // The station's clock stands a minute into tonight's window.
    const Millis now = nowMillis();
    f.station->setClock(now);
    const QString windowStart =
        QDateTime::fromMSecsSinceEpoch(now - 60 * 1000).toLocalTime().toString(u"HH:mm"_s);
    REQUIRE(f.station->setSetting(setting::NightlySyncTime, windowStart).ok());
    REQUIRE(f.station->setSetting(setting::NightlySyncSpreadMinutes, u"10"_s).ok());

    MainWindow window(*f.station);
    SyncController* sync = window.syncController();
    sync->setSpreadFraction(0);
    REQUIRE(sync->nextScheduledRun().has_value());
    CHECK(*sync->nextScheduledRun() == now); // due at once: nothing ran in this window yet
    QSignalSpy started(sync, &SyncController::started);
    QSignalSpy finished(sync, &SyncController::finished);
    sync->setTickInterval(20);
    REQUIRE(finished.wait(30000));
    REQUIRE(started.size() == 1);
    CHECK(started.first().first().toBool()); // scheduled, not manual
    CHECK(finished.first().first().toBool());
    CHECK(EventLog(f.station->db()).pendingCount() == 0);
    // Tonight is done: the next run is tomorrow's window.
    REQUIRE(sync->nextScheduledRun().has_value());
    CHECK(*sync->nextScheduledRun() > now + 12 * 3600 * 1000LL);
    CHECK(window.syncPanel()->statusText().contains(u"next "_s));

    // A malformed schedule setting is named, not ignored.
    REQUIRE(f.station->setSetting(setting::NightlySyncTime, u"later"_s).ok());
    sync->reschedule();
    CHECK_FALSE(sync->nextScheduledRun().has_value());
    CHECK(sync->scheduleProblem().contains(u"nightly_sync_time"_s));
}
