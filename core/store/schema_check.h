// Whether an untrusted project database has exactly the current schema, and row counts within the limits.
#pragma once

#include <optional>
#include <string>

namespace SQLite {
class Database;
}

namespace hallwright::store {

/// Describes how the schema of db differs from currentSchemaSql(), or
/// std::nullopt. The objects (tables and their automatic indexes) must be
/// exactly ours: no trigger, view, index or extra table; each table STRICT,
/// with our columns in order, of our types, NOT NULL and primary key as ours,
/// and no generated (computed) or hidden column. Examples:
/// "table 'trays' is missing", "unexpected trigger 'evil' in the schema",
/// "table racks, column name: a generated column (computed from the file's own expression)".
std::optional<std::string> findSchemaProblem(SQLite::Database &db);

/// Describes the first table of db with more rows than store/limits.h allows, or std::nullopt.
std::optional<std::string> findRowCountProblem(SQLite::Database &db);

} // namespace hallwright::store
