// The in-app nightly sync schedule (core/sync/SyncSchedule.h): settings, the spread window, a
// window the app was started inside, days without the time (daylight saving), the station clock.

#include "TestSupport.h"

#include "sync/SyncSchedule.h"
#include "util/Time.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QTimeZone>

using namespace dockside;
using namespace Qt::StringLiterals;

namespace {
Millis utc(const char* iso) {
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    REQUIRE(t.isValid());
    return t.toMSecsSinceEpoch();
}
const QTimeZone kUtc(QByteArrayLiteral("UTC"));
} // namespace

TEST_CASE("Nightly schedule settings: defaults, off, clear errors", "[sync][schedule]") {
    auto defaults = NightlySchedule::parse({}, {});
    REQUIRE(defaults.ok());
    CHECK(defaults->time == QTime(2, 0));
    CHECK(defaults->spreadMinutes == 30);

    auto custom = NightlySchedule::parse(u" 3:45 "_s, u"0"_s);
    REQUIRE(custom.ok());
    CHECK(custom->time == QTime(3, 45));
    CHECK(custom->spreadMinutes == 0);
    CHECK(NightlySchedule::parse(u"23:05"_s, {})->time == QTime(23, 5));

    auto off = NightlySchedule::parse(u"OFF"_s, {});
    REQUIRE(off.ok());
    CHECK_FALSE(off->time.has_value());
    CHECK_FALSE(off->nextRun(utc("2026-11-27T10:00:00Z"), 0, 0.5, kUtc).has_value());

    auto badTime = NightlySchedule::parse(u"25:00"_s, {});
    REQUIRE_FALSE(badTime.ok());
    CHECK(badTime.error().message.contains(u"nightly_sync_time"_s));
    auto badSpread = NightlySchedule::parse(u"02:00"_s, u"-5"_s);
    REQUIRE_FALSE(badSpread.ok());
    CHECK(badSpread.error().message.contains(u"nightly_sync_spread_minutes"_s));
    CHECK_FALSE(NightlySchedule::parse(u"02:00"_s, u"soon"_s).ok());
    CHECK_FALSE(NightlySchedule::parse(u"02:00"_s, u"721"_s).ok());
}

TEST_CASE("Nightly schedule: the next start inside the spread window", "[sync][schedule]") {
    NightlySchedule s = *NightlySchedule::parse(u"02:00"_s, u"30"_s);
    // Daytime: tomorrow night, `fraction` into the 30-minute window.
    CHECK(s.nextRun(utc("2026-11-27T10:00:00Z"), 0, 0.0, kUtc) == utc("2026-11-28T02:00:00Z"));
    CHECK(s.nextRun(utc("2026-11-27T10:00:00Z"), 0, 0.5, kUtc) == utc("2026-11-28T02:15:00Z"));
    CHECK(s.nextRun(utc("2026-11-27T10:00:00Z"), 0, 1.0, kUtc) == utc("2026-11-28T02:30:00Z"));
    // Before the window on the same day: tonight.
    CHECK(s.nextRun(utc("2026-11-27T01:00:00Z"), 0, 0.5, kUtc) == utc("2026-11-27T02:15:00Z"));
    // Started inside the window with no attempt since it opened: due now (or at its own point).
    CHECK(s.nextRun(utc("2026-11-27T02:10:00Z"), utc("2026-11-26T02:12:00Z"), 0.0, kUtc) ==
          utc("2026-11-27T02:10:00Z"));
    CHECK(s.nextRun(utc("2026-11-27T02:10:00Z"), 0, 0.9, kUtc) == utc("2026-11-27T02:27:00Z"));
    // A run already happened in this window (success or not): tomorrow; failures retry by backoff.
    CHECK(s.nextRun(utc("2026-11-27T02:10:00Z"), utc("2026-11-27T02:05:00Z"), 0.5, kUtc) ==
          utc("2026-11-28T02:15:00Z"));
    // The window has closed: tomorrow.
    CHECK(s.nextRun(utc("2026-11-27T02:30:00Z"), 0, 0.5, kUtc) == utc("2026-11-28T02:15:00Z"));

    // A window that crosses midnight is still open just after it.
    NightlySchedule late = *NightlySchedule::parse(u"23:50"_s, u"30"_s);
    CHECK(late.nextRun(utc("2026-11-28T00:10:00Z"), 0, 0.0, kUtc) == utc("2026-11-28T00:10:00Z"));
    CHECK(late.nextRun(utc("2026-11-28T00:10:00Z"), utc("2026-11-27T23:55:00Z"), 0.0, kUtc) ==
          utc("2026-11-28T23:50:00Z"));
}

TEST_CASE("Nightly schedule follows local time across daylight saving", "[sync][schedule]") {
    const QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));
    REQUIRE(amsterdam.isValid());
    NightlySchedule s = *NightlySchedule::parse(u"02:30"_s, u"0"_s);
    // Winter: 02:30 CET is 01:30 UTC.
    CHECK(s.nextRun(utc("2026-11-27T12:00:00Z"), 0, 0.0, amsterdam) == utc("2026-11-28T01:30:00Z"));
    // 29 March 2026 has no 02:30 in Amsterdam (clocks jump from 02:00 to 03:00): a run still
    // happens that night, in the first hour after the jump, and the next night is normal again.
    const auto gapNight = s.nextRun(utc("2026-03-28T12:00:00Z"), 0, 0.0, amsterdam);
    REQUIRE(gapNight.has_value());
    CHECK(*gapNight >= utc("2026-03-29T01:00:00Z"));
    CHECK(*gapNight <= utc("2026-03-29T02:00:00Z"));
    CHECK(s.nextRun(*gapNight + 1, *gapNight, 0.0, amsterdam) == utc("2026-03-30T00:30:00Z"));
}

TEST_CASE("Nightly schedule from the station's settings and clock", "[sync][schedule]") {
    test::StationFixture f;
    Station& station = *f.station;
    station.setClock(utc("2026-11-27T14:00:00Z"));
    REQUIRE(station.setSetting(setting::NightlySyncTime, u"04:00"_s).ok());
    REQUIRE(station.setSetting(setting::NightlySyncSpreadMinutes, u"60"_s).ok());
    auto schedule = NightlySchedule::fromStation(station);
    REQUIRE(schedule.ok());
    CHECK(schedule->nextRun(station.now(), 0, 0.25, kUtc) == utc("2026-11-28T04:15:00Z"));
    REQUIRE(station.setSetting(setting::NightlySyncTime, u"4 o'clock"_s).ok());
    CHECK_FALSE(NightlySchedule::fromStation(station).ok());
}
