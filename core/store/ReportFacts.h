#pragma once

#include "store/Database.h"

// report_facts (schema migration 7) is the analytics summary, kept by triggers on every change of
// an item, queue row, RMA or product. A bulk load pauses those triggers and rebuilds the table
// once at the end: per row they would double the time of a million-item demo.
namespace dockside::reportfacts {

// Recomputes the whole table from the items. Run inside the caller's transaction.
void rebuild(Database& db);

// Drops the triggers and keeps their SQL in paused_triggers, in a transaction of its own (a
// savepoint in the caller's).
void pause(Database& db);

// Rebuilds the table and puts the paused triggers back, in a transaction of its own (a savepoint
// in the caller's). Called outside a transaction, it reads the items in parallel first.
void resume(Database& db);

bool paused(Database& db);

// A test hook: the fewest items worth a reader connection of their own (default 50,000).
void setMinItemsPerReader(qint64 items);

// After a bulk load that was killed half-way: resume, unless read-only.
void resumeIfPaused(Database& db);

} // namespace dockside::reportfacts
