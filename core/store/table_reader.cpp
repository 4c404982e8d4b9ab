// Row-by-row reading of the project tables with type, range and enum-name checks.
#include "table_reader.h"

#include "limits.h"
#include "schema.h"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <climits>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace hallwright::store {

namespace {

// A value from the file, fit for a one-line message: quoted, shortened, no control characters.
std::string quoted(const std::string &text)
{
    constexpr std::size_t kMax = 40;
    std::string out = "'";
    for (std::size_t i = 0; i < text.size() && i < kMax; ++i)
        out += static_cast<unsigned char>(text[i]) < 0x20 ? '?' : text[i];
    out += text.size() > kMax ? "…'" : "'";
    return out;
}

// Typed access to the current row of a statement. Values from the file are
// untrusted: each accessor checks the storage class before converting.
class RowReader
{
public:
    RowReader(const SQLite::Statement &stmt, const char *table) : m_stmt(stmt), m_table(table) {}

    std::int64_t integer(int col) const
    {
        const SQLite::Column c = m_stmt.getColumn(col);
        if (!c.isInteger())
            fail(col, "is not an integer");
        return c.getInt64();
    }

    int int32(int col) const
    {
        const std::int64_t v = integer(col);
        if (v < INT_MIN || v > INT_MAX)
            fail(col, fmt::format("is out of range ({})", v));
        return static_cast<int>(v);
    }

    // Finiteness is checked with the whole design (findStorageProblem); NaN cannot be stored anyway.
    double real(int col) const
    {
        const SQLite::Column c = m_stmt.getColumn(col);
        if (!c.isFloat() && !c.isInteger())
            fail(col, "is not a number");
        return c.getDouble();
    }

    // Length first, so that an absurd value is refused before it is copied.
    std::string text(int col, std::int64_t maxBytes = limits::kMaxNameBytes) const
    {
        const SQLite::Column c = m_stmt.getColumn(col);
        if (!c.isText())
            fail(col, "is not text");
        if (c.getBytes() > maxBytes)
            fail(col, fmt::format("is {} bytes long; the limit is {}", c.getBytes(), maxBytes));
        return c.getString();
    }

    Rect rect(int first) const { return Rect{real(first), real(first + 1), real(first + 2), real(first + 3)}; }

    template <typename IdT>
    IdT id(int col) const
    {
        return IdT(integer(col));
    }

    // NULL is "no object" (id 0).
    template <typename IdT>
    IdT reference(int col) const
    {
        if (m_stmt.isColumnNull(col))
            return IdT();
        const std::int64_t v = integer(col);
        if (v == 0)
            fail(col, "is 0, but \"none\" must be stored as NULL");
        return IdT(v);
    }

    template <typename E>
    E enumeration(int col, std::optional<E> (*parse)(const std::string &)) const
    {
        const std::string name = text(col);
        if (std::optional<E> value = parse(name))
            return *value;
        fail(col, "has an unknown value " + quoted(name));
    }

    [[noreturn]] void fail(int col, const std::string &problem) const
    {
        // Column 0 is the key of every table; it names the row in the message.
        const SQLite::Column key = m_stmt.getColumn(0);
        const std::string keyText = key.isNull() ? std::string("NULL") : quoted(key.getString());
        throw CorruptContent(
            fmt::format("table {}, id {}: column {} {}", m_table, keyText, m_stmt.getColumnName(col), problem));
    }

private:
    const SQLite::Statement &m_stmt;
    const char *m_table;
};

SQLite::Statement prepare(SQLite::Database &db, const char *table, const char *sql)
{
    try {
        return SQLite::Statement(db, sql);
    } catch (const SQLite::Exception &e) {
        // Typically "no such column": the table does not have the schema's shape.
        throw CorruptContent(fmt::format("table {}: {}", table, e.what()));
    }
}

template <typename T, typename Parse>
std::vector<T> readAll(SQLite::Database &db, const char *table, const char *sql, Parse parse)
{
    SQLite::Statement stmt = prepare(db, table, sql);
    const RowReader row(stmt, table);
    std::vector<T> out;
    while (stmt.executeStep())
        out.push_back(parse(row));
    return out;
}

void readMeta(SQLite::Database &db, Design &d)
{
    SQLite::Statement stmt = prepare(db, "meta", "SELECT key, value FROM meta");
    const RowReader row(stmt, "meta");
    bool haveBrief = false, haveCatalog = false;
    std::set<std::string> keys;
    while (stmt.executeStep()) {
        const std::string key = row.text(0);
        // The primary key makes keys unique, unless the file was made by hand.
        if (!keys.insert(key).second)
            row.fail(0, "appears twice (which value is meant is unclear)");
        if (key == metaKey::briefJson) {
            d.briefJson = row.text(1, limits::kMaxJsonBytes);
            haveBrief = true;
        } else if (key == metaKey::userCatalogJson) {
            d.userCatalogJson = row.text(1, limits::kMaxJsonBytes);
            haveCatalog = true;
        } else if (key == metaKey::rearDoor) {
            d.hall.rearDoor = row.text(1, limits::kMaxNameBytes);
            if (d.hall.rearDoor.empty())
                row.fail(1, "is empty (a hall without rear doors has no rear_door key)");
        }
    }
    if (!haveBrief || !haveCatalog)
        throw CorruptContent(
            fmt::format("table meta: key {} is missing", haveBrief ? metaKey::userCatalogJson : metaKey::briefJson));
}

void readHall(SQLite::Database &db, Design &d)
{
    const std::vector<Hall> halls = readAll<Hall>(
        db, "hall", "SELECT id, name, width_m, depth_m, ceiling_m, floor_load_kg_per_m2 FROM hall",
        [](const RowReader &r) {
            if (r.integer(0) != 1)
                r.fail(0, "must be 1");
            Hall h;
            h.name = r.text(1);
            h.widthM = r.real(2);
            h.depthM = r.real(3);
            h.ceilingM = r.real(4);
            h.floorLoadKgPerM2 = r.real(5);
            return h;
        });
    if (halls.size() != 1)
        throw CorruptContent(fmt::format("table hall: has {} rows instead of 1", halls.size()));
    const std::string rearDoor = std::move(d.hall.rearDoor); // from the meta table, read first
    d.hall = halls.front();
    d.hall.rearDoor = rearDoor;
    d.hall.obstacles = readAll<Obstacle>(db, "obstacles", "SELECT id, name, x, y, width, depth FROM obstacles ORDER BY id",
                                         [](const RowReader &r) {
                                             Obstacle o;
                                             o.id = r.id<ObstacleId>(0);
                                             o.name = r.text(1);
                                             o.area = r.rect(2);
                                             return o;
                                         });
}

void readZonesAndRows(SQLite::Database &db, Design &d)
{
    d.zones = readAll<Zone>(db, "zones", "SELECT id, name, kind, x, y, width, depth FROM zones ORDER BY id",
                            [](const RowReader &r) {
                                Zone z;
                                z.id = r.id<ZoneId>(0);
                                z.name = r.text(1);
                                z.kind = r.enumeration(2, zoneKindFromString);
                                z.area = r.rect(3);
                                return z;
                            });
    d.rows = readAll<Row>(db, "rows", "SELECT id, zone_id, name, x, y, width, depth, facing FROM rows ORDER BY id",
                          [](const RowReader &r) {
                              Row row;
                              row.id = r.id<RowId>(0);
                              row.zone = r.reference<ZoneId>(1);
                              row.name = r.text(2);
                              row.area = r.rect(3);
                              row.facing = r.enumeration(7, facingFromString);
                              return row;
                          });
}

void readRacksAndDevices(SQLite::Database &db, Design &d)
{
    d.racks = readAll<Rack>(db, "racks",
                            "SELECT id, row_id, name, role, x, y, width, depth, facing, height_u, power_limit_kw, "
                            "cooling_limit_kw, weight_limit_kg, su FROM racks ORDER BY id",
                            [](const RowReader &r) {
                                Rack k;
                                k.id = r.id<RackId>(0);
                                k.row = r.reference<RowId>(1);
                                k.name = r.text(2);
                                k.role = r.enumeration(3, rackRoleFromString);
                                k.footprint = r.rect(4);
                                k.facing = r.enumeration(8, facingFromString);
                                k.heightU = r.int32(9);
                                k.powerLimitKw = r.real(10);
                                k.coolingLimitKw = r.real(11);
                                k.weightLimitKg = r.real(12);
                                k.su = r.int32(13);
                                return k;
                            });
    d.devices = readAll<Device>(db, "devices",
                                "SELECT id, rack_id, catalog_id, kind, name, u_position, u_height, role, su, rail, "
                                "power_feed_id FROM devices ORDER BY id",
                                [](const RowReader &r) {
                                    Device v;
                                    v.id = r.id<DeviceId>(0);
                                    v.rack = r.reference<RackId>(1);
                                    v.catalogId = r.text(2);
                                    v.kind = r.enumeration(3, deviceKindFromString);
                                    v.name = r.text(4);
                                    v.uPosition = r.int32(5);
                                    v.uHeight = r.int32(6);
                                    v.role = r.text(7);
                                    v.su = r.int32(8);
                                    v.rail = r.int32(9);
                                    v.powerFeed = r.reference<EquipmentId>(10);
                                    return v;
                                });
}

void readLinks(SQLite::Database &db, Design &d)
{
    d.links = readAll<Link>(db, "links",
                            "SELECT id, fabric, tier, a_device_id, a_port, b_device_id, b_port, gbps, medium_id, "
                            "length_m, label FROM links ORDER BY id",
                            [](const RowReader &r) {
                                Link l;
                                l.id = r.id<LinkId>(0);
                                l.fabric = r.enumeration(1, fabricFromString);
                                l.tier = r.enumeration(2, linkTierFromString);
                                l.a = PortRef{r.id<DeviceId>(3), r.int32(4)};
                                l.b = PortRef{r.id<DeviceId>(5), r.int32(6)};
                                l.gbps = r.real(7);
                                l.mediumId = r.text(8);
                                l.lengthM = r.real(9);
                                l.label = r.text(10);
                                return l;
                            });
}

void readFacility(SQLite::Database &db, Design &d)
{
    d.equipment = readAll<Equipment>(db, "equipment",
                                     "SELECT id, zone_id, catalog_id, kind, name, x, y, width, depth, feed, "
                                     "upstream_id FROM equipment ORDER BY id",
                                     [](const RowReader &r) {
                                         Equipment e;
                                         e.id = r.id<EquipmentId>(0);
                                         e.zone = r.reference<ZoneId>(1);
                                         e.catalogId = r.text(2);
                                         e.kind = r.enumeration(3, equipmentKindFromString);
                                         e.name = r.text(4);
                                         e.footprint = r.rect(5);
                                         e.feed = r.text(9);
                                         e.upstream = r.reference<EquipmentId>(10);
                                         return e;
                                     });
    d.trays = readAll<TraySegment>(db, "trays",
                                   "SELECT id, ax, ay, bx, by, height_m, width_mm, depth_mm, kind, levels FROM trays ORDER BY id",
                                   [](const RowReader &r) {
                                       TraySegment t;
                                       t.id = r.id<TrayId>(0);
                                       t.a = Point2{r.real(1), r.real(2)};
                                       t.b = Point2{r.real(3), r.real(4)};
                                       t.heightM = r.real(5);
                                       t.widthMm = r.real(6);
                                       t.depthMm = r.real(7);
                                       t.kind = r.text(8);
                                       t.levels = r.int32(9);
                                       return t;
                                   });
}

} // namespace

Design readDesign(SQLite::Database &db)
{
    Design d;
    readMeta(db, d);
    readHall(db, d);
    readZonesAndRows(db, d);
    readRacksAndDevices(db, d);
    readLinks(db, d);
    readFacility(db, d);
    return d;
}

} // namespace hallwright::store
