#include "store/ReportFacts.h"

namespace dockside::reportfacts {

void rebuild(Database& db) {
    db.exec("DELETE FROM report_facts; INSERT INTO report_facts (day, figure, key, n, amount) SELECT "
            "received_at / 86400000, figure, key, sum(n), sum(amount) FROM report_item_facts WHERE key IS "
            "NOT NULL GROUP BY 1, 2, 3;");
}

void pause(Database& db) {
    if (paused(db))
        return;
    db.exec("INSERT INTO paused_triggers (name, sql) SELECT name, sql FROM sqlite_schema "
            "WHERE type = 'trigger' AND name LIKE 'report\\_facts\\_%' ESCAPE '\\'");
    Statement names = db.prepare("SELECT name FROM paused_triggers");
    std::vector<QString> toDrop;
    while (names.step())
        toDrop.push_back(names.text(0));
    for (const QString& name : toDrop)
        db.exec("DROP TRIGGER \"" + name.toStdString() + '"');
}

void resume(Database& db) {
    if (!paused(db))
        return;
    rebuild(db);
    Statement triggers = db.prepare("SELECT sql FROM paused_triggers ORDER BY name");
    std::vector<std::string> sql;
    while (triggers.step())
        sql.push_back(triggers.text(0).toStdString());
    for (const std::string& create : sql)
        db.exec(create);
    db.exec("DELETE FROM paused_triggers");
}

bool paused(Database& db) {
    return db.scalar("SELECT count(*) FROM paused_triggers") > 0;
}

void resumeIfPaused(Database& db) {
    if (db.readOnly() || !paused(db))
        return;
    Transaction tx(db);
    resume(db);
    tx.commit();
}

} // namespace dockside::reportfacts
