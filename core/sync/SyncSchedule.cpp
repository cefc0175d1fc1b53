#include "sync/SyncSchedule.h"

#include "services/Station.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace dockside {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SyncSchedule)
};

const QTime kDefaultTime(2, 0);
} // namespace

Result<NightlySchedule> NightlySchedule::fromStation(Station& station) {
    try {
        return parse(station.setting(setting::NightlySyncTime),
                     station.setting(setting::NightlySyncSpreadMinutes));
    } catch (const StoreError& e) {
        return toError(e);
    }
}

Result<NightlySchedule> NightlySchedule::parse(const QString& timeText, const QString& spreadText) {
    NightlySchedule schedule;
    const QString time = timeText.trimmed();
    if (time.isEmpty()) {
        schedule.time = kDefaultTime;
    } else if (time.compare(QLatin1String("off"), Qt::CaseInsensitive) != 0) {
        const QTime parsed = QTime::fromString(time, QStringLiteral("H:mm"));
        if (!parsed.isValid())
            return Error::invalid(QStringLiteral("invalid_setting"),
                                  Tr::tr("The setting %1 is \"%2\"; use a time like 02:00, or off.")
                                      .arg(setting::NightlySyncTime, timeText));
        schedule.time = parsed;
    }
    const QString spread = spreadText.trimmed();
    if (!spread.isEmpty()) {
        bool ok = false;
        const int minutes = spread.toInt(&ok);
        if (!ok || minutes < 0 || minutes > kMaxSpreadMinutes)
            return Error::invalid(QStringLiteral("invalid_setting"),
                                  Tr::tr("The setting %1 is \"%2\"; use a number of minutes from 0 to %3.")
                                      .arg(setting::NightlySyncSpreadMinutes, spreadText)
                                      .arg(kMaxSpreadMinutes));
        schedule.spreadMinutes = minutes;
    }
    return schedule;
}

std::optional<Millis> NightlySchedule::nextRun(Millis now, Millis lastAttempt, double spreadFraction,
                                               const QTimeZone& zone) const {
    if (!time)
        return std::nullopt;
    const qint64 spreadMs = qint64(spreadMinutes) * 60 * 1000;
    const qint64 offset = static_cast<qint64>(std::clamp(spreadFraction, 0.0, 1.0) * double(spreadMs));
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, zone).date();
    // Yesterday's window may still be open just after midnight (a 23:50 time with spread).
    for (int day = -1; day <= 2; ++day) {
        QDateTime start(today.addDays(day), *time, zone);
        if (!start.isValid()) // inside a daylight-saving gap: the first valid minute after it
            start = QDateTime(today.addDays(day), time->addSecs(3600), zone);
        const Millis begin = start.toMSecsSinceEpoch();
        if (begin + std::max<qint64>(spreadMs, 1) <= now || lastAttempt >= begin)
            continue; // this window is over, or a sync already ran inside it
        return std::max(begin + offset, now);
    }
    return std::nullopt; // unreachable with a valid time
}

} // namespace dockside
