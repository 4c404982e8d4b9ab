// Forward-only schema migrations, applied to an in-memory copy of an older project file.
#pragma once

#include <span>

namespace SQLite {
class Database;
}

namespace hallwright::store {

/// One step that upgrades a database from fromVersion to fromVersion + 1.
struct Migration
{
    int fromVersion;
    void (*apply)(SQLite::Database &db);
};

/// The steps of this build, in order; the last one ends at kSchemaVersion.
std::span<const Migration> migrations();

/// Applies steps from version `from` up to `to` in one transaction, setting
/// PRAGMA user_version as it goes. Throws std::runtime_error (and changes
/// nothing) when a step is missing or fails.
void migrate(SQLite::Database &db, int from, int to, std::span<const Migration> steps);

} // namespace hallwright::store
