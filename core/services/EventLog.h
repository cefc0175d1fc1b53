#pragma once

#include "store/EventCodec.h"

#include "store/Database.h"
#include "util/Time.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUuid>

namespace dockside {

// Event type names of hq-api.md, plus the station-local ones that HQ may ignore.
namespace event {
inline const QString ParcelReceived = QStringLiteral("parcel.received");
inline const QString ItemReceived = QStringLiteral("item.received");
inline const QString ItemGraded = QStringLiteral("item.graded");
inline const QString ItemDispositionSet = QStringLiteral("item.disposition_set");
inline const QString ItemRefundDecided = QStringLiteral("item.refund_decided");
inline const QString ItemReviewRequested = QStringLiteral("item.review_requested");
inline const QString ItemApproved = QStringLiteral("item.approved");
inline const QString ItemRejected = QStringLiteral("item.rejected");
inline const QString ItemMovedToTote = QStringLiteral("item.moved_to_tote");
inline const QString ToteClosed = QStringLiteral("tote.closed");
inline const QString ExceptionRaised = QStringLiteral("exception.raised");
inline const QString ExceptionResolved = QStringLiteral("exception.resolved");
inline const QString UserAdded = QStringLiteral("user.added");
inline const QString UserLockedOut = QStringLiteral("user.locked_out");
inline const QString ItemRegradeRequested = QStringLiteral("item.regrade_requested");
inline const QString ItemRegraded = QStringLiteral("item.regraded");
inline const QString UserUpdated = QStringLiteral("user.updated");
inline const QString UserUnlocked = QStringLiteral("user.unlocked");
inline const QString UserPinReset = QStringLiteral("user.pin_reset");
inline const QString OutboxRequeued = QStringLiteral("outbox.requeued");
inline const QString OutboxReleased = QStringLiteral("outbox.released");
inline const QString StationRestored = QStringLiteral("station.restored");
} // namespace event

struct EventRecord {
    qint64 seq = 0;
    QUuid id;
    QString type;
    Millis occurredAt = 0;
    QString user;
    QString entityKind;
    QString entityId;
    QJsonObject data;
    std::optional<Millis> deliveredAt;
    QString deadCode;
    QString deadMessage;

    // The event as hq-api.md's POST /events shape.
    QJsonObject toJson() const;
};

// The transactional outbox: every state change appends its event through here, inside the
// same transaction as the change (the caller's Transaction must be open).
class EventLog {
public:
    explicit EventLog(Database& db)
        : m_db(db) {}

    qint64 append(const QString& type, const QString& entityKind, const QString& entityId,
                  const QString& user, const QJsonObject& data, Millis occurredAt);
    // The same for data written in place, {{key, value}, ...}: no QJsonObject is built, which
    // took a tenth of the time of receiving an item.
    qint64 append(const QString& type, const QString& entityKind, const QString& entityId,
                  const QString& user, std::initializer_list<eventcodec::Field> data, Millis occurredAt);

    // An entity's story, oldest first.
    QList<EventRecord> forEntity(const QString& entityId);
    qint64 pendingCount();

    EventRecord read(const Statement& row); // columns as kSelectColumns
    static constexpr const char* kSelectColumns =
        "seq, type, occurred_at, user, entity_kind, entity_id, data, delivered_at, dead_code, dead_message";

    // The event's UUID (version 8): the 8-byte salt of its epoch, then its seq.
    QUuid idFor(qint64 seq);
    static QUuid makeId(const QByteArray& salt, qint64 seq);

    // Event data as stored (see EventCodec): long recurring texts live once in event_texts.
    QByteArray encodeData(const QJsonObject& data);
    QJsonObject decodeData(const QByteArray& stored);

private:
    qint64 insert(const QString& type, const QString& entityKind, const QString& entityId,
                  const QString& user, const QByteArray& data, Millis occurredAt);
    eventcodec::TextInterner interner();

    Database& m_db;
    QList<QPair<qint64, QByteArray>> m_epochs; // (first_seq, salt), loaded on first use
};

} // namespace dockside
