#pragma once

#include "util/Result.h"
#include "util/Time.h"

#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace dockside {

class Station;

namespace setting {
// Minutes after nightly_sync_time within which each station picks its own random start, so a
// fleet of stations does not reach HQ in the same second.
inline const QString NightlySyncSpreadMinutes = QStringLiteral("nightly_sync_spread_minutes");
} // namespace setting

// The in-app nightly sync: settings nightly_sync_time ("HH:MM" local time, "off" for none;
// default 02:00) and nightly_sync_spread_minutes (default 30, 0..720).
struct NightlySchedule {
    static constexpr int kDefaultSpreadMinutes = 30;
    static constexpr int kMaxSpreadMinutes = 12 * 60;

    std::optional<QTime> time; // unset: no nightly sync
    int spreadMinutes = kDefaultSpreadMinutes;

    // Reads the station's settings; a malformed value is a clear error naming the setting.
    static Result<NightlySchedule> fromStation(Station& station);
    static Result<NightlySchedule> parse(const QString& time, const QString& spreadMinutes);

    // When the next nightly run should start. Each night's window starts at `time` in `zone` and
    // lasts `spreadMinutes`; the run starts `spreadFraction` (0..1, random per station) into it.
    // A window that is open now and saw no sync attempt since it began (`lastAttempt`; the app
    // was started inside it) is still due, never before `now`. A window with an attempt is done:
    // retries after a failure follow the sync backoff instead. Unset when there is no schedule.
    std::optional<Millis> nextRun(Millis now, Millis lastAttempt, double spreadFraction,
                                  const QTimeZone& zone = QTimeZone::systemTimeZone()) const;
};

} // namespace dockside
