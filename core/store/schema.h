// The current SQL schema of a project file and the constants that identify it.
#pragma once

#include <array>

namespace hallwright::store {

/// Schema version written by this build; bump it with each new migration step.
constexpr int kSchemaVersion = 1;

/// Statements that create the current schema in an empty database.
const char *currentSchemaSql();

/// Every table of the current schema, in the order their rows are written
/// (parents before children).
constexpr std::array<const char *, 10> kTables{"meta",  "hall",      "obstacles", "zones", "rows",
                                               "racks", "equipment", "devices",   "links", "trays"};

/// Keys of the meta table.
namespace metaKey {
constexpr const char *briefJson = "brief_json";
constexpr const char *userCatalogJson = "user_catalog_json";
constexpr const char *writtenBy = "written_by";
/// Hall::rearDoor; absent when the hall has no rear doors (every file before it).
constexpr const char *rearDoor = "rear_door";
} // namespace metaKey

} // namespace hallwright::store
