#include "services/InspectionQueue.h"
#include "util/Json.h"

#include "services/EventLog.h"
#include "services/Totes.h"
#include "services/Users.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace dockside {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(InspectionQueue)
};

} // namespace

QJsonObject QueueEntry::toJson() const {
    return {{QStringLiteral("lpn"), lpn},
            {QStringLiteral("cause"), cause},
            {QStringLiteral("causes"), QJsonArray::fromStringList(causes)},
            {QStringLiteral("status"), status},
            {QStringLiteral("queued_at"), toRfc3339(createdAt)},
            {QStringLiteral("sku"), orNull(sku)},
            {QStringLiteral("serial"), orNull(serial)},
            {QStringLiteral("tracking"), tracking},
            {QStringLiteral("rma"), orNull(rma)},
            {QStringLiteral("authorization"), authorization},
            {QStringLiteral("grade"), orNull(grade)},
            {QStringLiteral("suggested"), orNull(suggested)},
            {QStringLiteral("disposition"), orNull(disposition)},
            {QStringLiteral("value"), value.toJson()},
            {QStringLiteral("worker"), worker},
            {QStringLiteral("fraud_flags"), QJsonArray::fromStringList(fraudFlags)}};
}

QJsonObject QueueDecision::toJson() const {
    QJsonObject json{
        {QStringLiteral("lpn"), lpn}, {QStringLiteral("ok"), ok}, {QStringLiteral("status"), status}};
    if (!message.isEmpty())
        json.insert(QStringLiteral("message"), message);
    if (!tote.isEmpty())
        json.insert(QStringLiteral("tote"), tote);
    return json;
}

Result<QueuePage> InspectionQueue::list(const QueueFilter& filter) {
    if (filter.limit < 1 || filter.limit > 10000 || filter.offset < 0)
        return Error::invalid(QStringLiteral("invalid_limit"),
                              Tr::tr("The limit must be between 1 and 10000."));
    // Conditions are fixed SQL with bound values; nothing from the filter is pasted into the text.
    std::string where = " WHERE 1 = 1";
    const bool searching = !filter.search.trimmed().isEmpty();
    QStringList binds;
    if (!filter.status.isEmpty()) {
        // With a search the few matching items drive the query (queue_item index); "+" keeps the
        // planner from scanning every open entry by status instead.
        where += searching ? " AND +q.status = ?" : " AND q.status = ?";
        binds.append(filter.status);
    }
    if (!filter.cause.isEmpty()) {
        where += searching ? " AND +q.cause = ?" : " AND q.cause = ?";
        binds.append(filter.cause);
    }
    if (!filter.search.trimmed().isEmpty()) {
        // One indexed look-up per key, joined by UNION ALL: an OR over the keys would scan items.
        QString term = filter.search.trimmed().toUpper();
        const bool prefix = term.endsWith(QLatin1Char('*'));
        if (prefix)
            term.chop(1);
        const QString upper = term + QChar(0xFFFF); // prefix: key >= term AND key < term + U+FFFF
        auto key = [&](const char* column) {
            binds << term;
            if (!prefix)
                return std::string(column) + " = ?";
            binds << upper;
            return std::string(column) + " >= ? AND " + column + " < ?";
        };
        where += " AND q.item_id IN (SELECT id FROM items WHERE " + key("lpn") +
                 " UNION ALL SELECT id FROM items WHERE " + key("serial") +
                 " UNION ALL SELECT id FROM items WHERE " + key("sku") +
                 " UNION ALL SELECT id FROM items WHERE " + key("rma") +
                 " UNION ALL SELECT i.id FROM parcels p JOIN items i ON i.parcel_id = p.id WHERE " +
                 key("p.tracking") + ")";
    }
    auto bindFilter = [&](Statement& s) {
        for (int i = 0; i < binds.size(); ++i)
            s.bind(i + 1, binds[i]);
    };
    try {
        Database& db = m_station.db();
        QueuePage page;
        Statement count = db.prepare("SELECT count(*) FROM queue q" + where);
        bindFilter(count);
        page.total = count.step() ? count.int64(0) : 0;
        // The page's queue ids come from the index alone; only those rows are joined, so a deep
        // offset skips index entries, not joined rows.
        Statement rows =
            db.prepare("SELECT q.id, i.lpn, q.cause, q.causes, q.status, q.created_at, coalesce(i.sku, ''), "
                       "coalesce(i.serial, ''), p.tracking, coalesce(i.rma, ''), i.authorization, "
                       "coalesce(i.grade, ''), "
                       "coalesce(i.suggested, ''), coalesce(i.disposition, ''), coalesce(i.unit_value, 0), "
                       "coalesce(i.currency, ''), u.badge, coalesce(i.fraud_flags, '[]') FROM (SELECT q.id "
                       "FROM queue q" +
                       where + " ORDER BY q.created_at, q.id LIMIT " + std::to_string(filter.limit) +
                       " OFFSET " + std::to_string(filter.offset) +
                       ") page JOIN queue q ON q.id = page.id JOIN items i ON i.id = q.item_id "
                       "JOIN parcels p ON p.id = i.parcel_id JOIN users u ON u.id = i.received_by ORDER BY "
                       "q.created_at, q.id");
        bindFilter(rows);
        while (rows.step()) {
            QueueEntry e;
            e.id = rows.int64(0);
            e.lpn = rows.text(1);
            e.cause = rows.text(2);
            e.causes = rows.text(3).split(QLatin1Char(','), Qt::SkipEmptyParts);
            e.status = rows.text(4);
            e.createdAt = rows.int64(5);
            e.sku = rows.text(6);
            e.serial = rows.text(7);
            e.tracking = rows.text(8);
            e.rma = rows.text(9);
            e.authorization = rows.text(10);
            e.grade = rows.text(11);
            e.suggested = rows.text(12);
            e.disposition = rows.text(13);
            e.value = {rows.int64(14), rows.text(15)};
            e.worker = rows.text(16);
            for (const QJsonValue& v : QJsonDocument::fromJson(rows.blob(17)).array())
                e.fraudFlags.append(v.toString());
            page.items.append(e);
        }
        return page;
    } catch (const StoreError& e) {
        return toError(e);
    }
}

QMap<QString, qint64> InspectionQueue::countsByCause(const QString& status) {
    QMap<QString, qint64> counts;
    Statement s = m_station.db().prepare("SELECT cause, count(*) FROM queue WHERE status = ? GROUP BY cause");
    s.bind(1, status);
    while (s.step())
        counts.insert(s.text(0), s.int64(1));
    return counts;
}

Result<QList<QueueDecision>> InspectionQueue::approve(const User& supervisor, const QStringList& lpns,
                                                      std::optional<Disposition> disposition,
                                                      const QString& comment) {
    return resolve(supervisor, lpns, true, disposition, comment);
}

Result<QList<QueueDecision>> InspectionQueue::reject(const User& supervisor, const QStringList& lpns,
                                                     std::optional<Disposition> disposition,
                                                     const QString& comment) {
    if (comment.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("reason_required"), Tr::tr("A rejection needs a reason."));
    return resolve(supervisor, lpns, false, disposition.value_or(Disposition::Quarantine), comment);
}

Result<QList<QueueDecision>> InspectionQueue::resolve(const User& supervisor, const QStringList& lpns,
                                                      bool approve, std::optional<Disposition> disposition,
                                                      const QString& comment) {
    if (Status allowed = Users::requireRole(supervisor, Role::Supervisor); !allowed)
        return allowed.error();
    if (lpns.isEmpty())
        return Error::invalid(QStringLiteral("no_items"), Tr::tr("Name at least one item (LPN)."));
    Database& db = m_station.db();
    try {
        Transaction tx(db);
        QList<QueueDecision> results;
        bool allOk = true;
        const Millis now = m_station.now();
        EventLog events(db);
        Totes totes(m_station);
        for (const QString& raw : lpns) {
            QueueDecision d;
            d.lpn = raw.trimmed().toUpper();
            Statement& s = db.cached(
                "SELECT q.id, i.id, coalesce(i.disposition, 'quarantine'), i.authorization, "
                "coalesce(i.weight_g, p.weight_g, 0) FROM items i LEFT JOIN products p ON p.sku = i.sku "
                "LEFT JOIN queue q ON q.item_id = i.id AND q.status = 'open' WHERE i.lpn = ?");
            s.bind(1, d.lpn);
            if (!s.step()) {
                d.status = QStringLiteral("unknown_lpn");
                d.message = Tr::tr("There is no item %1.").arg(d.lpn);
            } else if (s.isNull(0)) {
                d.status = QStringLiteral("not_in_queue");
                d.message = Tr::tr("Item %1 is not waiting in the inspection queue.").arg(d.lpn);
            } else {
                const qint64 queueId = s.int64(0);
                const qint64 itemId = s.int64(1);
                const QString finalDisposition = disposition ? dispositionName(*disposition) : s.text(2);
                const QString authorizationCode = s.text(3);
                const qint64 weight = s.int64(4);
                s.reset();
                db.cached("UPDATE queue SET status = ?, resolved_at = ?, resolved_by = ?, comment = ? WHERE "
                          "id = ?")
                    .bindAll(approve ? QStringLiteral("approved") : QStringLiteral("rejected"), now,
                             supervisor.id, comment.trimmed(), queueId)
                    .run();
                db.cached("UPDATE items SET status = ?, disposition = ? WHERE id = ?")
                    .bindAll(approve ? QStringLiteral("approved") : QStringLiteral("rejected"),
                             finalDisposition, itemId)
                    .run();
                const QJsonObject data{{QStringLiteral("by"), supervisor.badge},
                                       {QStringLiteral("comment"), comment.trimmed()},
                                       {QStringLiteral("disposition"), finalDisposition}};
                events.append(approve ? event::ItemApproved : event::ItemRejected, QStringLiteral("item"),
                              d.lpn, supervisor.badge, data, now);
                if (!approve) {
                    db.cached("UPDATE items SET refund_decision = 'deny', restocking_fee = 0 WHERE id = ?")
                        .bindAll(itemId)
                        .run();
                    events.append(event::ItemRefundDecided, QStringLiteral("item"), d.lpn, supervisor.badge,
                                  {{QStringLiteral("decision"), QStringLiteral("deny")},
                                   {QStringLiteral("restocking_fee"),
                                    Money{0, m_station.policy().approvalThreshold().currency}.toJson()},
                                   {QStringLiteral("reason"), comment.trimmed()}},
                                  now);
                }
                if (authorizationCode != authorization::Authorized)
                    events.append(event::ExceptionResolved, QStringLiteral("item"), d.lpn, supervisor.badge,
                                  {{QStringLiteral("code"), authorizationCode},
                                   {QStringLiteral("details"), comment.trimmed()}},
                                  now);
                const ToteInfo tote = totes.toteFor(finalDisposition);
                totes.moveItem(itemId, d.lpn, tote, weight, supervisor.badge, now, /*fromTote=*/true);
                d.ok = true;
                d.status = approve ? QStringLiteral("approved") : QStringLiteral("rejected");
                d.tote = tote.code;
            }
            allOk = allOk && d.ok;
            results.append(d);
        }
        if (!allOk)
            return results; // the transaction rolls back: all or nothing
        tx.commit();
        return results;
    } catch (const StoreError& e) {
        return toError(e);
    }
}

} // namespace dockside
