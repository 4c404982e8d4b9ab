// Reads the tables of a current-schema project database into a Design, checking every value.
#pragma once

#include "model/design.h"

#include <stdexcept>

namespace SQLite {
class Database;
}

namespace hallwright::store {

/// The content of a project database is damaged or inconsistent; what() names
/// the table, row and column, e.g. "table racks, id 12: column role has unknown value 'blade'".
class CorruptContent : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// Reads all tables (which must exist with the current schema's columns).
/// Throws CorruptContent for a value of the wrong type, out of range, NULL
/// where not allowed, or an unknown enum name; SQLite::Exception for SQLite
/// errors. References are not checked here (see findStorageProblem).
Design readDesign(SQLite::Database &db);

} // namespace hallwright::store
