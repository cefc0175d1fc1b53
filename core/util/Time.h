#pragma once

#include <QString>

#include <optional>

namespace dockside {

// Core time is UTC milliseconds since the epoch; RFC 3339 with milliseconds on the wire.
using Millis = qint64;

Millis nowMillis();
QString toRfc3339(Millis utcMillis);
std::optional<Millis> fromRfc3339(QStringView text); // accepts Z or an offset, with or without ms

constexpr Millis kMillisPerDay = 24LL * 60 * 60 * 1000;

} // namespace dockside
