#pragma once

#include "services/Station.h"

#include <QJsonObject>

namespace dockside {

// What a scanned code refers to in this station: a parcel (by tracking), an RMA (by code or by
// tracking), an item (by LPN or serial), or an RMA line expecting a serial. Index look-ups only.
struct ScanLookup {
    QString code;
    qint64 parcelId = 0; // a parcel received with this tracking or RMA code
    QString rma;         // the RMA with this code, tracking number or expected serial
    QString lpn;         // the item with this LPN or serial
    bool found() const { return parcelId != 0 || !rma.isEmpty() || !lpn.isEmpty(); }
    QJsonObject toJson() const;
};

Result<ScanLookup> lookupScan(Station& station, const QString& code);

} // namespace dockside
