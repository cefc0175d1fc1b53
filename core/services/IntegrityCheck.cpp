#include "services/IntegrityCheck.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dockside {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)
};

// Runs a query that lists offending keys and reports them (at most a few, plus the count).
void expectNone(Database& db, const char* sql, const QString& what, QStringList& problems) {
    Statement s = db.prepare(sql);
    QStringList keys;
    qint64 count = 0;
    while (s.step()) {
        if (keys.size() < 5)
            keys.append(s.text(0));
        ++count;
    }
    if (count > 0)
        problems.append(Tr::tr("%1: %2 (%3 in all)").arg(what, keys.join(QStringLiteral(", "))).arg(count));
}

} // namespace

QJsonObject CheckReport::toJson() const {
    return {{QStringLiteral("ok"), ok()}, {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
}

CheckReport checkIntegrity(Station& station, bool full) {
    CheckReport report;
    Database& db = station.db();
    try {
        Statement check = db.prepare(full ? "PRAGMA integrity_check" : "PRAGMA quick_check");
        while (check.step())
            if (check.text(0) != QLatin1String("ok"))
                report.problems.append(Tr::tr("SQLite: %1").arg(check.text(0)));
        expectNone(db, "SELECT \"table\" || ' row ' || rowid FROM pragma_foreign_key_check",
                   Tr::tr("Broken references"), report.problems);
        expectNone(
            db,
            "SELECT p.tracking FROM parcels p WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.entity_id = "
            "p.tracking AND e.type = (SELECT code FROM event_types WHERE name = 'parcel.received'))",
            Tr::tr("Parcels without a parcel.received event"), report.problems);
        expectNone(db,
                   "SELECT i.lpn FROM items i WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.entity_id = "
                   "i.lpn AND "
                   "e.type = (SELECT code FROM event_types WHERE name = 'item.received'))",
                   Tr::tr("Items without an item.received event"), report.problems);
        expectNone(db,
                   "SELECT i.lpn FROM items i WHERE i.grade IS NOT NULL AND NOT EXISTS (SELECT 1 FROM events "
                   "e WHERE "
                   "e.entity_id = i.lpn AND e.type = (SELECT code FROM event_types WHERE name = "
                   "'item.disposition_set'))",
                   Tr::tr("Decided items without an item.disposition_set event"), report.problems);
        expectNone(db,
                   "SELECT e.entity_id FROM events e WHERE e.entity_kind = 'item' AND NOT EXISTS (SELECT 1 "
                   "FROM items i "
                   "WHERE i.lpn = e.entity_id)",
                   Tr::tr("Events of items that do not exist"), report.problems);
        expectNone(db, "SELECT seq FROM events WHERE delivered_at IS NOT NULL AND dead_code IS NOT NULL",
                   Tr::tr("Events both delivered and dead-lettered"), report.problems);
        expectNone(db, "SELECT seq FROM events WHERE typeof(data) <> 'blob' OR length(data) = 0",
                   Tr::tr("Events with damaged data"), report.problems);
        expectNone(
            db,
            "SELECT i.lpn FROM items i WHERE i.status = 'in_review' AND NOT EXISTS (SELECT 1 FROM queue q "
            "WHERE q.item_id = i.id AND q.status = 'open')",
            Tr::tr("Items in review that are not in the queue"), report.problems);
        expectNone(
            db,
            "SELECT i.lpn FROM queue q JOIN items i ON i.id = q.item_id WHERE q.status = 'open' AND i.status "
            "<> 'in_review'",
            Tr::tr("Queue entries whose item is not in review"), report.problems);
        // The queue's copies of its items' fields (schema migrations 6 and 10, kept by triggers):
        // one that drifted would hide an item from the supervisor's filters and searches.
        expectNone(db,
                   "SELECT i.lpn FROM queue q JOIN items i ON i.id = q.item_id LEFT JOIN products p ON "
                   "p.sku = i.sku WHERE q.sku IS NOT i.sku OR q.grade IS NOT i.grade OR q.disposition IS NOT "
                   "i.disposition OR q.category IS NOT p.category OR q.received_by IS NOT i.received_by OR "
                   "q.unit_value IS NOT coalesce(i.unit_value, 0)",
                   Tr::tr("Queue entries whose copies of the item's fields are out of date"),
                   report.problems);
        expectNone(db,
                   "SELECT i.lpn FROM items i JOIN totes t ON t.id = i.tote_id WHERE t.status = 'closed' AND "
                   "i.status "
                   "<> 'shipped'",
                   Tr::tr("Items in closed totes that are not shipped"), report.problems);
        expectNone(
            db,
            "SELECT i.lpn FROM items i WHERE i.status IN ('decided', 'approved', 'rejected', 'shipped') AND "
            "i.tote_id IS NULL",
            Tr::tr("Decided items without a tote"), report.problems);
        expectNone(
            db, "SELECT name FROM counters c WHERE c.name = 'lpn' AND c.value < (SELECT count(*) FROM items)",
            Tr::tr("LPN counter behind the items"), report.problems);
    } catch (const StoreError& e) {
        report.problems.append(toError(e).message);
    }
    return report;
}

} // namespace dockside
