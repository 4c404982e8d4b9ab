// The schema of an untrusted file compared, object by object and column by column, with ours.
#include "schema_check.h"

#include "limits.h"
#include "schema.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace hallwright::store {

namespace {

struct Column
{
    std::string name, type;
    int notNull = 0, pk = 0, hidden = 0;
    bool hasDefault = false;
    bool operator==(const Column &) const = default;
};

struct TableShape
{
    bool strict = false;
    bool withoutRowid = false;
    std::vector<Column> columns;
};

struct SchemaShape
{
    std::set<std::pair<std::string, std::string>> objects; // (type, name)
    std::map<std::string, TableShape> tables;
};

// A quoted identifier for PRAGMA arguments; only our own table names get here.
std::string quotedName(const std::string &name)
{
    std::string out = "\"";
    for (char c : name)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

SchemaShape shapeOf(SQLite::Database &db, bool onlyOurTables)
{
    SchemaShape shape;
    SQLite::Statement objects(db, "SELECT type, name, tbl_name FROM sqlite_schema");
    while (objects.executeStep())
        shape.objects.emplace(objects.getColumn(0).getString(), objects.getColumn(1).getString());
    SQLite::Statement list(db, "SELECT name, strict, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table'");
    while (list.executeStep()) {
        const std::string name = list.getColumn(0).getString();
        if (name.rfind("sqlite_", 0) == 0)
            continue;
        TableShape &t = shape.tables[name];
        t.strict = list.getColumn(1).getInt() != 0;
        t.withoutRowid = list.getColumn(2).getInt() != 0;
    }
    for (auto &[name, table] : shape.tables) {
        if (onlyOurTables && std::find(kTables.begin(), kTables.end(), name) == kTables.end())
            continue;
        SQLite::Statement info(db, "PRAGMA table_xinfo(" + quotedName(name) + ")");
        while (info.executeStep()) {
            Column c;
            c.name = info.getColumn(1).getString();
            c.type = info.getColumn(2).getString();
            c.notNull = info.getColumn(3).getInt();
            c.hasDefault = !info.getColumn(4).isNull();
            c.pk = info.getColumn(5).getInt();
            c.hidden = info.getColumn(6).getInt();
            table.columns.push_back(c);
        }
    }
    return shape;
}

const SchemaShape &ours()
{
    static const SchemaShape shape = [] {
        SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec(currentSchemaSql());
        return shapeOf(db, false);
    }();
    return shape;
}

std::optional<std::string> compareTable(const std::string &name, const TableShape &want, const TableShape &got)
{
    if (!got.strict)
        return fmt::format("table {} is not STRICT (its columns could hold values of any type)", name);
    if (got.withoutRowid != want.withoutRowid)
        return fmt::format("table {} is declared {}", name, got.withoutRowid ? "WITHOUT ROWID" : "with a rowid");
    for (const Column &c : got.columns)
        if (c.hidden != 0)
            return fmt::format("table {}, column {}: a {} column (computed from the file's own expression)", name,
                               c.name, c.hidden == 1 ? "hidden" : "generated");
    if (got.columns.size() != want.columns.size())
        return fmt::format("table {} has {} columns instead of {}", name, got.columns.size(), want.columns.size());
    for (std::size_t i = 0; i < want.columns.size(); ++i) {
        const Column &w = want.columns[i], &g = got.columns[i];
        if (g.name != w.name)
            return fmt::format("table {}: column {} is '{}' instead of '{}'", name, i + 1, g.name, w.name);
        if (!(g == w))
            return fmt::format("table {}, column {}: declared differently from this program's schema", name, g.name);
    }
    return std::nullopt;
}

std::string shortened(std::string s)
{
    for (char &c : s)
        if (static_cast<unsigned char>(c) < 0x20)
            c = '?';
    return s.size() > 40 ? s.substr(0, 40) + "…" : s;
}

} // namespace

std::optional<std::string> findSchemaProblem(SQLite::Database &db)
{
    const SchemaShape &want = ours();
    // Objects first: a missing table is the most useful thing to say.
    SchemaShape got;
    {
        SQLite::Statement objects(db, "SELECT type, name FROM sqlite_schema");
        while (objects.executeStep())
            got.objects.emplace(objects.getColumn(0).getString(), objects.getColumn(1).getString());
    }
    for (const char *table : kTables)
        if (!got.objects.count({"table", table}))
            return fmt::format("table '{}' is missing", table);
    for (const auto &object : got.objects)
        if (!want.objects.count(object))
            return fmt::format("unexpected {} '{}' in the schema", shortened(object.first), shortened(object.second));
    for (const auto &object : want.objects)
        if (!got.objects.count(object))
            return fmt::format("{} '{}' is missing from the schema", object.first, object.second);
    got = shapeOf(db, true);
    for (const auto &[name, table] : want.tables) {
        const auto it = got.tables.find(name);
        if (it == got.tables.end())
            return fmt::format("table '{}' is missing", name);
        if (auto problem = compareTable(name, table, it->second))
            return problem;
    }
    return std::nullopt;
}

std::optional<std::string> findRowCountProblem(SQLite::Database &db)
{
    namespace L = limits;
    const std::pair<const char *, std::int64_t> tables[] = {
        {"meta", L::kMaxMetaEntries}, {"hall", 1},           {"obstacles", L::kMaxObstacles},
        {"zones", L::kMaxZones},      {"rows", L::kMaxRows}, {"racks", L::kMaxRacks},
        {"equipment", L::kMaxEquipment}, {"devices", L::kMaxDevices}, {"links", L::kMaxLinks},
        {"trays", L::kMaxTrays}};
    for (const auto &[table, max] : tables) {
        // Counting stops one past the limit, so a huge table costs no more than a full one.
        const std::int64_t n =
            db.execAndGet(fmt::format("SELECT count(*) FROM (SELECT 1 FROM {} LIMIT {})", table, max + 1)).getInt64();
        if (n > max)
            return fmt::format("table {} has more than {} rows; a project holds at most {}", table, max, max);
    }
    return std::nullopt;
}

} // namespace hallwright::store
