#pragma once

#include "services/Station.h"

#include <QJsonObject>

#include <functional>

namespace dockside {

struct DemoOptions {
    qint64 items = 200; // items processed through the whole workflow
    qint64 rmas = -1;   // RMAs to create; -1: as many as the items need (plus a few unreceived)
    quint32 seed = 1;
    Millis end = 0; // the demo's "now"; 0: the current time
    int days = 90;  // the items' receipts spread over this many days before `end`
};

struct DemoCounts {
    qint64 users = 0;
    qint64 products = 0;
    qint64 rmas = 0;
    qint64 parcels = 0;
    qint64 items = 0;
    qint64 queued = 0;
    qint64 resolved = 0;
    qint64 totesClosed = 0;
    QJsonObject toJson() const;
};

// The PIN of every demo user (see README).
inline const QString kDemoPin = QStringLiteral("1234");

// Fills an empty station with a realistic, deterministic (per seed) catalog, RMAs and users, and
// processes `items` returned items through the real Receiving, InspectionQueue and Totes code.
Result<DemoCounts> loadDemoData(Station& station, const DemoOptions& options,
                                const std::function<void(qint64 done, qint64 total)>& progress = {});

} // namespace dockside
