#pragma once

#include "domain/Types.h"
#include "services/Regrade.h"
#include "services/Station.h"

#include <QJsonObject>

namespace dockside {

struct ChecklistAnswer {
    QString key;
    QString label; // the policy's words for the check; the key when the policy no longer has it
    bool passed = false;
};

// Everything a supervisor needs to decide one item: what the worker found, what the engine
// suggested and why, the RMA and the customer's reason, fraud flags, the queue entry and any
// second grade.
struct ItemDetail {
    QString lpn;
    QString status;
    QString sku;
    QString description;
    QString category;
    QString serial;
    QString tracking;
    QString authorization; // authorized, or the exception code
    QString rma;
    QString rmaStatus;
    QString customerRef;
    QString reasonCode; // the customer's stated reason
    QString grade;
    QString observedReason;
    QString notes;
    QList<ChecklistAnswer> checklist; // answers of the latest grading, in policy order
    QStringList photos;               // absolute file paths, newest grading's photos
    QString suggested;
    QString disposition;
    QString overrideReason; // the worker's reason when the disposition differs from the suggestion
    QString explanation;    // the engine's explanation of its suggestion, in the reader's language
    QList<Disposition> allowed;
    Money value;
    Money estimatedRecovery;
    QString refundDecision;
    QStringList fraudFlags;
    QString worker; // badge
    QString workerName;
    Millis receivedAt = 0;
    // The queue entry (latest), if any.
    QString queueStatus;
    QString cause;
    QStringList causes;
    Millis queuedAt = 0;
    QString resolvedBy;
    QString comment;
    std::optional<RegradeInfo> regrade;
    QJsonObject toJson() const;
};

Result<ItemDetail> itemDetail(Station& station, const QString& lpn);

} // namespace dockside
