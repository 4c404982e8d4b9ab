// saveProject: writes every table of the schema into a temporary database, then swaps it in.
#include "project_store.h"
#include "project_store_testing.h"

#include "atomic_file.h"
#include "design_check.h"
#include "schema.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

#include <cstdint>
#include <optional>
#include <utility>

namespace hallwright {

namespace {

testing::SaveHook g_saveHook;

void notify(testing::SaveStage stage, std::int64_t rowsWritten)
{
    if (g_saveHook)
        g_saveHook(stage, rowsWritten);
}

// Inserts the rows of one design; each table uses one prepared statement reused for all its rows.
class TableWriter
{
public:
    explicit TableWriter(SQLite::Database &db) : m_db(db) {}

    void write(const Design &d)
    {
        writeMeta(d);
        writeHall(d.hall);
        writeZones(d);
        writeRacks(d);
        writeEquipment(d);
        writeDevices(d);
        writeLinks(d);
        writeTrays(d);
    }

    std::int64_t rowsWritten() const { return m_rows; }

private:
    static void bindRect(SQLite::Statement &s, int first, const Rect &r)
    {
        s.bind(first, r.x);
        s.bind(first + 1, r.y);
        s.bind(first + 2, r.width);
        s.bind(first + 3, r.depth);
    }

    // Id 0 means "no object" and is stored as NULL.
    template <typename Tag>
    static void bindRef(SQLite::Statement &s, int index, Id<Tag> id)
    {
        if (id.value() == 0)
            s.bind(index);
        else
            s.bind(index, id.value());
    }

    void step(SQLite::Statement &s, const char *table, std::int64_t id)
    {
        try {
            s.exec();
            s.reset();
        } catch (const SQLite::Exception &e) {
            throw std::runtime_error(fmt::format("table {}, id {}: {}", table, id, e.what()));
        }
        notify(testing::SaveStage::RowWritten, ++m_rows);
    }

    void writeMeta(const Design &d)
    {
        SQLite::Statement s(m_db, "INSERT INTO meta (key, value) VALUES (?, ?)");
        const std::string writtenBy = "Hallwright " HALLWRIGHT_VERSION;
        const std::pair<const char *, const std::string *> entries[] = {
            {store::metaKey::briefJson, &d.briefJson},
            {store::metaKey::userCatalogJson, &d.userCatalogJson},
            {store::metaKey::writtenBy, &writtenBy}};
        for (const auto &[key, value] : entries) {
            s.bindNoCopy(1, key);
            s.bindNoCopy(2, *value);
            step(s, "meta", 0);
        }
        if (!d.hall.rearDoor.empty()) {
            s.bindNoCopy(1, store::metaKey::rearDoor);
            s.bindNoCopy(2, d.hall.rearDoor);
            step(s, "meta", 0);
        }
    }

    void writeHall(const Hall &h)
    {
        SQLite::Statement s(m_db, "INSERT INTO hall (id, name, width_m, depth_m, ceiling_m, floor_load_kg_per_m2) "
                                  "VALUES (1, ?, ?, ?, ?, ?)");
        s.bindNoCopy(1, h.name);
        s.bind(2, h.widthM);
        s.bind(3, h.depthM);
        s.bind(4, h.ceilingM);
        s.bind(5, h.floorLoadKgPerM2);
        step(s, "hall", 1);

        SQLite::Statement o(m_db, "INSERT INTO obstacles (id, name, x, y, width, depth) VALUES (?, ?, ?, ?, ?, ?)");
        for (const Obstacle &ob : h.obstacles) {
            o.bind(1, ob.id.value());
            o.bindNoCopy(2, ob.name);
            bindRect(o, 3, ob.area);
            step(o, "obstacles", ob.id.value());
        }
    }

    void writeZones(const Design &d)
    {
        SQLite::Statement z(m_db, "INSERT INTO zones (id, name, kind, x, y, width, depth) VALUES (?, ?, ?, ?, ?, ?, ?)");
        for (const Zone &zone : d.zones) {
            z.bind(1, zone.id.value());
            z.bindNoCopy(2, zone.name);
            z.bindNoCopy(3, toString(zone.kind));
            bindRect(z, 4, zone.area);
            step(z, "zones", zone.id.value());
        }
        SQLite::Statement r(m_db, "INSERT INTO rows (id, zone_id, name, x, y, width, depth, facing) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        for (const Row &row : d.rows) {
            r.bind(1, row.id.value());
            bindRef(r, 2, row.zone);
            r.bindNoCopy(3, row.name);
            bindRect(r, 4, row.area);
            r.bindNoCopy(8, toString(row.facing));
            step(r, "rows", row.id.value());
        }
    }

    void writeRacks(const Design &d)
    {
        SQLite::Statement r(m_db, "INSERT INTO racks (id, row_id, name, role, x, y, width, depth, facing, height_u, "
                                  "power_limit_kw, cooling_limit_kw, weight_limit_kg, su) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (const Rack &rack : d.racks) {
            r.bind(1, rack.id.value());
            bindRef(r, 2, rack.row);
            r.bindNoCopy(3, rack.name);
            r.bindNoCopy(4, toString(rack.role));
            bindRect(r, 5, rack.footprint);
            r.bindNoCopy(9, toString(rack.facing));
            r.bind(10, rack.heightU);
            r.bind(11, rack.powerLimitKw);
            r.bind(12, rack.coolingLimitKw);
            r.bind(13, rack.weightLimitKg);
            r.bind(14, rack.su);
            step(r, "racks", rack.id.value());
        }
    }

    void writeDevices(const Design &d)
    {
        SQLite::Statement s(m_db, "INSERT INTO devices (id, rack_id, catalog_id, kind, name, u_position, u_height, "
                                  "role, su, rail, power_feed_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (const Device &dev : d.devices) {
            s.bind(1, dev.id.value());
            bindRef(s, 2, dev.rack);
            s.bindNoCopy(3, dev.catalogId);
            s.bindNoCopy(4, toString(dev.kind));
            s.bindNoCopy(5, dev.name);
            s.bind(6, dev.uPosition);
            s.bind(7, dev.uHeight);
            s.bindNoCopy(8, dev.role);
            s.bind(9, dev.su);
            s.bind(10, dev.rail);
            bindRef(s, 11, dev.powerFeed);
            step(s, "devices", dev.id.value());
        }
    }

    void writeLinks(const Design &d)
    {
        SQLite::Statement s(m_db, "INSERT INTO links (id, fabric, tier, a_device_id, a_port, b_device_id, b_port, "
                                  "gbps, medium_id, length_m, label) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (const Link &link : d.links) {
            s.bind(1, link.id.value());
            s.bindNoCopy(2, toString(link.fabric));
            s.bindNoCopy(3, toString(link.tier));
            s.bind(4, link.a.device.value());
            s.bind(5, link.a.port);
            s.bind(6, link.b.device.value());
            s.bind(7, link.b.port);
            s.bind(8, link.gbps);
            s.bindNoCopy(9, link.mediumId);
            s.bind(10, link.lengthM);
            s.bindNoCopy(11, link.label);
            step(s, "links", link.id.value());
        }
    }

    void writeEquipment(const Design &d)
    {
        SQLite::Statement e(m_db, "INSERT INTO equipment (id, zone_id, catalog_id, kind, name, x, y, width, depth, "
                                  "feed, upstream_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (const Equipment &eq : d.equipment) {
            e.bind(1, eq.id.value());
            bindRef(e, 2, eq.zone);
            e.bindNoCopy(3, eq.catalogId);
            e.bindNoCopy(4, toString(eq.kind));
            e.bindNoCopy(5, eq.name);
            bindRect(e, 6, eq.footprint);
            e.bindNoCopy(10, eq.feed);
            bindRef(e, 11, eq.upstream);
            step(e, "equipment", eq.id.value());
        }
    }

    void writeTrays(const Design &d)
    {
        SQLite::Statement t(m_db, "INSERT INTO trays (id, ax, ay, bx, by, height_m, width_mm, depth_mm, kind, levels) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (const TraySegment &tray : d.trays) {
            t.bind(1, tray.id.value());
            t.bind(2, tray.a.x);
            t.bind(3, tray.a.y);
            t.bind(4, tray.b.x);
            t.bind(5, tray.b.y);
            t.bind(6, tray.heightM);
            t.bind(7, tray.widthMm);
            t.bind(8, tray.depthMm);
            t.bindNoCopy(9, tray.kind);
            t.bind(10, tray.levels);
            step(t, "trays", tray.id.value());
        }
    }

    SQLite::Database &m_db;
    std::int64_t m_rows = 0;
};

// Fills the empty temporary database and closes it; returns the number of rows written.
std::int64_t writeDatabase(const std::string &file, const Design &design)
{
    SQLite::Database db(file, SQLite::OPEN_READWRITE);
    // No journal and no syncing: the file is a private temporary that is
    // fsync'ed explicitly before it is renamed into place.
    db.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE;"
            "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536;");
    SQLite::Transaction transaction(db);
    // PRAGMAs take no bound parameters; both values are compile-time constants.
    db.exec(fmt::format("PRAGMA application_id = {}; PRAGMA user_version = {};", kProjectApplicationId,
                        store::kSchemaVersion));
    db.exec(store::currentSchemaSql());
    TableWriter writer(db);
    writer.write(design);
    transaction.commit();
    return writer.rowsWritten();
}

} // namespace

namespace testing {

void setSaveHook(SaveHook hook)
{
    g_saveHook = std::move(hook);
}

} // namespace testing

void saveProject(const Design &design, const std::string &path, const std::function<void()> &beforeReplace)
{
    using Kind = ProjectFileError::Kind;
    // Never write a file that loadProject would refuse.
    if (auto problem = store::findStorageProblem(design))
        throw ProjectFileError(Kind::WriteFailed, path, phrase(QT_TRANSLATE_NOOP("Finding", "cannot save: %1"),
                                                               *problem));
    std::optional<store::AtomicFile> file;
    try {
        file.emplace(path, store::AtomicFile::Links::Follow);
        const std::int64_t rows = writeDatabase(file->path(), design);
        notify(testing::SaveStage::Committed, rows);
        file->sync();
        notify(testing::SaveStage::FileSynced, rows);
    } catch (const std::exception &e) {
        throw ProjectFileError(Kind::WriteFailed, path, phrase(QT_TRANSLATE_NOOP("Finding", "cannot save: %1"),
                                                               e.what()));
    }
    if (beforeReplace)
        beforeReplace(); // its exception is the caller's; the temporary file goes with `file`
    try {
        file->replaceTarget();
    } catch (const std::exception &e) {
        throw ProjectFileError(Kind::WriteFailed, path, phrase(QT_TRANSLATE_NOOP("Finding", "cannot save: %1"),
                                                               e.what()));
    }
}

void saveProject(const Design &design, const std::string &path)
{
    saveProject(design, path, {});
}

} // namespace hallwright
