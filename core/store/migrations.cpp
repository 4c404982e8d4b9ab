// The migration table and its runner.
#include "migrations.h"

#include "schema.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

#include <array>
#include <stdexcept>
#include <string>

namespace hallwright::store {

namespace {

// To add schema v2: write `void migrateV1ToV2(SQLite::Database &db)` here,
// add `{1, migrateV1ToV2}` to kSteps, bump kSchemaVersion in schema.h and
// update currentSchemaSql() and the reader/writer. v1 is the first schema,
// so there is nothing to migrate yet.
constexpr std::array<Migration, 0> kSteps{};

} // namespace

std::span<const Migration> migrations()
{
    return kSteps;
}

void migrate(SQLite::Database &db, int from, int to, std::span<const Migration> steps)
{
    SQLite::Transaction transaction(db);
    for (int version = from; version < to; ++version) {
        const Migration *step = nullptr;
        for (const Migration &m : steps)
            if (m.fromVersion == version)
                step = &m;
        if (!step)
            throw std::runtime_error("no migration from schema " + std::to_string(version) + " to "
                                     + std::to_string(version + 1));
        step->apply(db);
        // PRAGMA takes no bound parameters; the value is an int we produced.
        db.exec("PRAGMA user_version = " + std::to_string(version + 1));
    }
    transaction.commit();
}

} // namespace hallwright::store
