#include "util/Time.h"

#include <QDateTime>
#include <QTimeZone>

namespace dockside {

Millis nowMillis() {
    return QDateTime::currentMSecsSinceEpoch();
}

QString toRfc3339(Millis utcMillis) {
    return QDateTime::fromMSecsSinceEpoch(utcMillis, Qt::UTC).toString(Qt::ISODateWithMs);
}

std::optional<Millis> fromRfc3339(QStringView text) {
    const QDateTime parsed = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime)
        return std::nullopt; // a timestamp without zone is ambiguous on a station in another zone
    return parsed.toMSecsSinceEpoch();
}

} // namespace dockside
