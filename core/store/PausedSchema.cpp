#include "store/PausedSchema.h"

#include <string>
#include <vector>

namespace dockside::pausedschema {

namespace {

constexpr std::string_view kPausedIndexes = "paused_indexes";

std::string concat(std::initializer_list<std::string_view> parts) {
    std::string s;
    for (std::string_view p : parts)
        s += p;
    return s;
}

} // namespace

void park(Database& db, std::string_view table, std::string_view type, std::string_view nameCondition) {
    Transaction tx(db);
    db.exec(concat({"INSERT INTO ", table, " (name, sql) SELECT name, sql FROM sqlite_schema WHERE type = '",
                    type, "' AND (", nameCondition, ")"}));
    Statement names = db.prepare(concat({"SELECT name FROM ", table}));
    std::vector<std::string> toDrop;
    while (names.step())
        toDrop.push_back(names.text(0).toStdString());
    names.reset();
    for (const std::string& name : toDrop)
        db.exec(concat({"DROP ", type, " IF EXISTS \"", name, "\""}));
    tx.commit();
}

void restore(Database& db, std::string_view table) {
    Statement parked = db.prepare(concat({"SELECT sql FROM ", table, " ORDER BY name"}));
    std::vector<std::string> sql;
    while (parked.step())
        sql.push_back(parked.text(0).toStdString());
    parked.reset();
    for (const std::string& create : sql)
        db.exec(create);
    db.exec(concat({"DELETE FROM ", table}));
}

bool any(Database& db, std::string_view table) {
    return db.scalar(concat({"SELECT EXISTS (SELECT 1 FROM ", table, ")"})) != 0;
}

void pauseIndexes(Database& db, std::initializer_list<std::string_view> names) {
    std::string list;
    for (std::string_view name : names)
        list += concat({list.empty() ? "'" : ", '", name, "'"});
    park(db, kPausedIndexes, "index", concat({"name IN (", list, ")"}));
}

void resumeIndexes(Database& db) {
    Transaction tx(db);
    restore(db, kPausedIndexes);
    tx.commit();
}

bool indexesPaused(Database& db) {
    return any(db, kPausedIndexes);
}

void resumeIndexesIfPaused(Database& db) {
    if (!db.readOnly() && indexesPaused(db))
        resumeIndexes(db);
}

} // namespace dockside::pausedschema
