#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

namespace dockside {

// Optional wire fields: an empty text or a missing number is JSON null, as hq-api.md shows them.
inline QJsonValue orNull(const QString& s) {
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}
inline QJsonValue orNull(std::optional<int> v) {
    return v ? QJsonValue(*v) : QJsonValue();
}

} // namespace dockside
