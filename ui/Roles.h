#pragma once

#include <Qt>

namespace dockside {

// Item data roles of Dockside's models, one list so views, delegates and tests agree.
namespace roles {
enum : int {
    Code = Qt::UserRole + 1, // the row's key: SKU of a parcel line, code of a tote (QString)
    Complete,                // bool: every expected unit of the line received
    Received,                // int: units received so far
    Expected,                // int: units expected (0: not on the RMA)
    Disposition,             // QString: disposition wire name, or "review"
    ItemCount,               // int
    WeightG,                 // qint64
    NeedsChainOfCustody,     // bool: closing asks for partner and certificate
    SlaState,                // int: queue age against the SLA: 0 within, 1 nearly due (75 %), 2 overdue
    QueuedAt,                // qint64: UTC ms the item entered the queue
    Delivered,               // bool: the event reached head office
};
} // namespace roles

} // namespace dockside
