#include "services/EventLog.h"

#include "store/EventCodec.h"

namespace dockside {

QJsonObject EventRecord::toJson() const {
    return {
        {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("seq"), seq},
        {QStringLiteral("type"), type},
        {QStringLiteral("occurred_at"), toRfc3339(occurredAt)},
        {QStringLiteral("user"), user.isNull() ? QJsonValue() : QJsonValue(user)},
        {QStringLiteral("entity"),
         QJsonObject{{QStringLiteral("kind"), entityKind}, {QStringLiteral("id"), entityId}}},
        {QStringLiteral("data"), data},
    };
}

qint64 EventLog::append(const QString& type, const QString& entityKind, const QString& entityId,
                        const QString& user, const QJsonObject& data, Millis occurredAt) {
    return insert(type, entityKind, entityId, user, encodeData(data), occurredAt);
}

qint64 EventLog::append(const QString& type, const QString& entityKind, const QString& entityId,
                        const QString& user, std::initializer_list<eventcodec::Field> data,
                        Millis occurredAt) {
    return insert(type, entityKind, entityId, user, eventcodec::encode(data, interner()), occurredAt);
}

qint64 EventLog::insert(const QString& type, const QString& entityKind, const QString& entityId,
                        const QString& user, const QByteArray& data, Millis occurredAt) {
    Q_ASSERT(m_db.inTransaction());
    Statement& stmt =
        m_db.cached("INSERT INTO events (type, occurred_at, user, entity_kind, entity_id, data) "
                    "VALUES (?, ?, ?, ?, ?, ?)");
    const int code = eventcodec::typeCode(type);
    Q_ASSERT_X(code > 0, "EventLog::append", "every event type needs its code in EventCodec and event_types");
    stmt.bindAll(code, occurredAt, user, entityKind, entityId, data);
    stmt.run();
    return m_db.lastInsertRowId();
}

EventRecord EventLog::read(const Statement& row) {
    EventRecord e;
    e.seq = row.int64(0);
    e.id = idFor(e.seq);
    e.type = eventcodec::typeName(row.integer(1));
    e.occurredAt = row.int64(2);
    e.user = row.text(3);
    e.entityKind = row.text(4);
    e.entityId = row.text(5);
    e.data = decodeData(row.blob(6));
    e.deliveredAt = row.optionalInt64(7);
    e.deadCode = row.text(8);
    e.deadMessage = row.text(9);
    return e;
}

QByteArray EventLog::encodeData(const QJsonObject& data) {
    return eventcodec::encode(data, interner());
}

eventcodec::TextInterner EventLog::interner() {
    return [this](const QString& text) {
        // A batch of events repeats a few texts: remembered for the rest of the transaction.
        QHash<QString, qint64>* memo = m_db.transactionMemo("event_texts");
        if (memo)
            if (const auto known = memo->constFind(text); known != memo->cend())
                return *known;
        Statement& find = m_db.cached("SELECT id FROM event_texts WHERE text = ?");
        find.bind(1, text);
        qint64 id = 0;
        if (find.step()) {
            id = find.int64(0);
            find.reset();
        } else {
            find.reset();
            Statement& insert = m_db.cached("INSERT INTO event_texts (text) VALUES (?)");
            insert.bind(1, text);
            insert.run();
            id = m_db.lastInsertRowId();
        }
        if (memo)
            memo->insert(text, id);
        return id;
    };
}

QJsonObject EventLog::decodeData(const QByteArray& stored) {
    // No cache: an id seen inside a transaction that was rolled back may later name another text.
    return eventcodec::decode(stored, [this](qint64 id) -> std::optional<QString> {
        Statement& find = m_db.cached("SELECT text FROM event_texts WHERE id = ?");
        find.bind(1, id);
        std::optional<QString> text;
        if (find.step())
            text = find.text(0);
        find.reset();
        return text;
    });
}

QUuid EventLog::makeId(const QByteArray& salt, qint64 seq) {
    QByteArray bytes = salt.left(8).leftJustified(8, '\0');
    for (int shift = 56; shift >= 0; shift -= 8)
        bytes.append(static_cast<char>((static_cast<quint64>(seq) >> shift) & 0xff));
    bytes[6] = static_cast<char>((bytes[6] & 0x0f) | 0x80); // version 8: custom layout
    bytes[8] = static_cast<char>((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant; seq stays below 2^56
    return QUuid::fromRfc4122(bytes);
}

QUuid EventLog::idFor(qint64 seq) {
    if (m_epochs.isEmpty()) {
        Statement s = m_db.prepare("SELECT first_seq, salt FROM event_epochs ORDER BY first_seq");
        while (s.step())
            m_epochs.append({s.int64(0), s.blob(1)});
    }
    QByteArray salt;
    for (const auto& [firstSeq, epochSalt] : std::as_const(m_epochs))
        if (firstSeq <= seq)
            salt = epochSalt;
    return makeId(salt, seq);
}

QList<EventRecord> EventLog::forEntity(const QString& entityId) {
    QList<EventRecord> events;
    Statement stmt = m_db.prepare(std::string("SELECT ") + kSelectColumns +
                                  " FROM events WHERE entity_id = ? ORDER BY seq");
    stmt.bind(1, entityId);
    while (stmt.step())
        events.append(read(stmt));
    return events;
}

qint64 EventLog::pendingCount() {
    // O(1): schema migration 4 keeps the settled count in counters (see Schema.cpp).
    return m_db.scalar("SELECT coalesce((SELECT max(seq) FROM events), 0) - "
                       "coalesce((SELECT value FROM counters WHERE name = 'events_settled'), 0)");
}

} // namespace dockside
