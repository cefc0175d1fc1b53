#pragma once

#include "services/EventLog.h"
#include "services/Station.h"

#include <QJsonObject>

namespace dockside {

// One line of an item's story.
struct TimelineEvent {
    qint64 seq = 0;
    QString type;
    Millis occurredAt = 0;
    QString user; // badge
    QString userName;
    QString station; // the station code that wrote it
    QString entityKind;
    QString entityId;
    QJsonObject data;
    bool delivered = false; // reached HQ
    QString deadCode;       // HQ refused it (final)
    QString summary;        // the data in a few words
    QJsonObject toJson() const;
};

struct Timeline {
    QString code;
    QString kind; // item, parcel or rma: what the code was found as
    QStringList lpns;
    QStringList parcels; // tracking numbers
    QList<TimelineEvent> events;
    QJsonObject toJson() const;
};

// The timeline of an LPN, tracking number, RMA or serial: every event of the items and parcels
// it names, oldest first. Index look-ups only.
Result<Timeline> itemHistory(Station& station, const QString& code);

// The data of an event in a few readable words, e.g. "grade B" or "approved: restock".
QString summarizeEvent(const QString& type, const QJsonObject& data);
// An event type in words ("item.moved_to_tote" -> "Put in a tote"); the type itself when unknown.
QString eventTypeLabel(const QString& type);

} // namespace dockside
