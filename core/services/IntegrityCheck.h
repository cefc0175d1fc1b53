#pragma once

#include "services/Station.h"

#include <QJsonObject>
#include <QStringList>

namespace dockside {

struct CheckReport {
    QStringList problems; // translated, one per finding
    bool ok() const { return problems.isEmpty(); }
    QJsonObject toJson() const;
};

// SQLite's own check plus Dockside's invariants: every item and parcel has its events, the outbox
// is consistent, queue and item states agree.
CheckReport checkIntegrity(Station& station, bool full = false);

} // namespace dockside
