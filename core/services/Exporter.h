#pragma once

#include "services/Station.h"

#include <QIODevice>

#include <optional>

namespace dockside {

enum class ExportKind { Events, Items, Parcels };
enum class ExportFormat { Csv, Jsonl };

std::optional<ExportKind> exportKindFromName(QStringView name);
std::optional<ExportFormat> exportFormatFromName(QStringView name);

// Streams rows (never loading a table) to `out`; returns the number of rows written. Times are
// RFC 3339 UTC, money decimal strings, as on the wire.
Result<qint64> exportRows(Station& station, ExportKind kind, std::optional<Millis> since, ExportFormat format,
                          QIODevice& out);

} // namespace dockside
