#include "services/EventLog.h"

#include <QJsonDocument>

namespace dockside {

QJsonObject EventRecord::toJson() const {
    return {
        {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("seq"), seq},
        {QStringLiteral("type"), type},
        {QStringLiteral("occurred_at"), toRfc3339(occurredAt)},
        {QStringLiteral("user"), user.isNull() ? QJsonValue() : QJsonValue(user)},
        {QStringLiteral("entity"), QJsonObject{{QStringLiteral("kind"), entityKind}, {QStringLiteral("id"), entityId}}},
        {QStringLiteral("data"), data},
    };
}

qint64 EventLog::append(const QString& type, const QString& entityKind, const QString& entityId,
                        const QString& user, const QJsonObject& data, Millis occurredAt) {
    Q_ASSERT(m_db.inTransaction());
    const QByteArray id = QUuid::createUuid().toRfc4122();
    Statement& stmt = m_db.cached("INSERT INTO events (id, type, occurred_at, user, entity_kind, entity_id, data) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)");
    stmt.bindAll(id, type, occurredAt, user, entityKind, entityId,
                 QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    stmt.run();
    return m_db.lastInsertRowId();
}

EventRecord EventLog::read(const Statement& row) {
    EventRecord e;
    e.seq = row.int64(0);
    e.id = QUuid::fromRfc4122(row.blob(1));
    e.type = row.text(2);
    e.occurredAt = row.int64(3);
    e.user = row.text(4);
    e.entityKind = row.text(5);
    e.entityId = row.text(6);
    e.data = QJsonDocument::fromJson(row.blob(7)).object();
    e.deliveredAt = row.optionalInt64(8);
    e.deadCode = row.text(9);
    e.deadMessage = row.text(10);
    return e;
}

QList<EventRecord> EventLog::forEntity(const QString& entityId) {
    QList<EventRecord> events;
    Statement stmt = m_db.prepare(std::string("SELECT ") + kSelectColumns
                                  + " FROM events WHERE entity_id = ? ORDER BY seq");
    stmt.bind(1, entityId);
    while (stmt.step())
        events.append(read(stmt));
    return events;
}

qint64 EventLog::pendingCount() {
    return m_db.scalar("SELECT count(*) FROM events WHERE delivered_at IS NULL AND dead_code IS NULL");
}

} // namespace dockside
