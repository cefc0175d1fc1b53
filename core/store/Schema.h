#pragma once

#include "store/Database.h"

namespace dockside {

// The station database schema, versioned by PRAGMA user_version. Each migration runs in its own
// transaction, so a crash mid-upgrade leaves the previous version intact.
namespace schema {

// "DOCK" as a 32-bit integer: lets Dockside refuse SQLite files that belong to other programs.
constexpr int kApplicationId = 0x444f434b;

int latestVersion();
int currentVersion(Database& db);

// Brings the database to `target` (latest by default). Refuses files of other programs and files
// written by a newer Dockside.
Status migrate(Database& db, int target = -1);

} // namespace schema
} // namespace dockside
