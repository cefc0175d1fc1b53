#pragma once

#include "store/Database.h"

#include <initializer_list>
#include <string_view>

// A bulk load (the demo) sets aside schema objects that cost more kept up row by row than made once
// at the end: the analytics triggers (ReportFacts.h) and the indexes the load never reads. Their
// SQL is parked in a table of its own in the same transaction as the DROP, so a load killed half-way
// is healed the next time the station opens.
namespace dockside::pausedschema {

// The objects of `type` ('trigger' or 'index') whose name satisfies `nameCondition` (SQL over the
// column `name`): their SQL goes into `table`, then they are dropped. In a transaction of its own (a
// savepoint in the caller's).
void park(Database& db, std::string_view table, std::string_view type, std::string_view nameCondition);

// Creates the objects parked in `table` again, in name order, and empties it. Inside the caller's
// transaction.
void restore(Database& db, std::string_view table);

bool any(Database& db, std::string_view table);

// The indexes a bulk load does not read (filters of screens, reports): built once at the end, by one
// sort each, instead of grown with every row.
void pauseIndexes(Database& db, std::initializer_list<std::string_view> names);
void resumeIndexes(Database& db); // in a transaction of its own (a savepoint in the caller's)
bool indexesPaused(Database& db);
// After a bulk load that was killed or failed half-way: resume, unless read-only.
void resumeIndexesIfPaused(Database& db);

} // namespace dockside::pausedschema
