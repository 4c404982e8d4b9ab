// CSV schedules: RFC 4180 text and the four installer/procurement tables.
#include "report/csv_export.h"

#include "analysis/bill_of_materials.h"
#include "checks/checks.h"
#include "layout/layout_checks.h"
#include "store/atomic_file.h"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <map>
#include <stdexcept>

namespace hallwright {

namespace {

std::string quoted(const std::string &field)
{
    if (field.find_first_of(",\"\r\n") == std::string::npos)
        return field;
    std::string out = "\"";
    for (char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

std::string num(double v, int decimals = 2)
{
    return fmt::format("{:.{}f}", v, decimals);
}

std::string optNum(const std::optional<double> &v, int decimals = 2)
{
    return v ? num(*v, decimals) : std::string();
}

} // namespace

std::string CsvTable::text() const
{
    std::string out = "\xEF\xBB\xBF";
    auto line = [&](const std::vector<std::string> &fields) {
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (i)
                out += ',';
            out += quoted(fields[i]);
        }
        out += "\r\n";
    };
    line(header);
    for (const auto &r : rows)
        line(r);
    return out;
}

CsvTable bomCsv(const Design &design, const Catalog &catalog, const Results &results)
{
    CsvTable t{{"category", "catalog_id", "description", "length_m", "quantity", "unit_price_cny", "total_cny",
                "price_estimated"},
               {}};
    for (const BomItem &b : designBom(design, catalog, results.network))
        t.rows.push_back({b.category, b.catalogId, b.description, b.lengthM > 0 ? num(b.lengthM, 1) : "",
                          std::to_string(b.quantity), optNum(b.unitPriceCny), optNum(b.totalCny()),
                          b.priceEstimated ? "yes" : "no"});
    return t;
}

CsvTable cablesCsv(const Design &design)
{
    CsvTable t{{"cable_id", "label", "fabric", "tier", "from_rack", "from_device", "from_u", "from_port", "to_rack",
                "to_device", "to_u", "to_port", "medium", "length_m", "gbps"},
               {}};
    for (const network::CableRow &c : network::cableSchedule(design))
        t.rows.push_back({std::to_string(c.link.value()), c.label, c.fabric, c.tier, c.fromRack, c.fromDevice,
                          std::to_string(c.fromU), std::to_string(c.fromPort), c.toRack, c.toDevice,
                          std::to_string(c.toU), std::to_string(c.toPort), c.medium,
                          c.lengthM > 0 ? num(c.lengthM, 1) : "", num(c.gbps, 0)});
    return t;
}

CsvTable powerCsv(const Design &, const Catalog &, const Results &results)
{
    CsvTable t{{"rack", "row", "feed", "pdu", "pdu_catalog_id", "busway", "ups", "transformer", "rack_max_kw",
                "rack_design_kw", "feed_kw", "pdu_continuous_kw", "load"},
               {}};
    for (const PowerScheduleRow &p : results.powerSchedule)
        t.rows.push_back({p.rack, p.row, p.feed, p.pdu, p.pduCatalogId, p.busway, p.ups, p.transformer,
                          num(p.rackKw), num(p.rackDesignKw), num(p.feedKw), num(p.pduContinuousKw), p.load});
    return t;
}

CsvTable racksCsv(const Design &design, const Catalog &catalog)
{
    CsvTable t{{"rack", "row", "role", "su", "x_m", "y_m", "width_m", "depth_m", "facing", "height_u", "used_u",
                "devices", "accelerators", "max_kw", "power_limit_kw", "weight_kg", "weight_limit_kg"},
               {}};
    std::map<std::int64_t, std::string> rowNames;
    for (const Row &r : design.rows)
        rowNames[r.id.value()] = r.name;
    struct Fill
    {
        int usedU = 0, devices = 0, accelerators = 0;
        double kw = 0.0;
    };
    std::map<std::int64_t, Fill> fill;
    for (const Device &d : design.devices) {
        Fill &f = fill[d.rack.value()];
        f.usedU += d.uHeight;
        ++f.devices;
        f.kw += deviceMaxKw(d, catalog);
        if (const NodeSpec *n = catalog.node(d.catalogId))
            f.accelerators += n->acceleratorsPerNode;
    }
    for (const Rack &r : design.racks) {
        const Fill &f = fill[r.id.value()];
        t.rows.push_back({r.name, rowNames[r.row.value()], toString(r.role), r.su >= 0 ? std::to_string(r.su + 1) : "",
                          num(r.footprint.x, 3), num(r.footprint.y, 3), num(r.footprint.width, 3),
                          num(r.footprint.depth, 3), toString(r.facing), std::to_string(r.heightU),
                          std::to_string(f.usedU), std::to_string(f.devices), std::to_string(f.accelerators),
                          num(f.kw), num(r.powerLimitKw), num(rackWeightKg(design, catalog, r), 0),
                          num(r.weightLimitKg, 0)});
    }
    return t;
}

std::vector<std::string> exportCsv(const Design &design, const Catalog &catalog, const Results &results,
                                   const std::string &directory)
{
    std::error_code ec;
    std::filesystem::create_directories(directory, ec);
    if (ec || !std::filesystem::is_directory(directory))
        throw std::runtime_error("cannot create the directory: " + (ec ? ec.message() : "a file is in the way"));
    const std::pair<const char *, CsvTable> tables[] = {
        {"bom.csv", bomCsv(design, catalog, results)},
        {"cables.csv", cablesCsv(design)},
        {"power.csv", powerCsv(design, catalog, results)},
        {"racks.csv", racksCsv(design, catalog)},
    };
    // All four are written and synced under temporary names first; only then
    // are they renamed over the old files, so a failure leaves the old set.
    std::vector<std::unique_ptr<store::AtomicFile>> files;
    std::vector<std::string> written;
    for (const auto &[name, table] : tables) {
        const std::string path = (std::filesystem::path(directory) / name).string();
        try {
            if (std::filesystem::is_directory(path))
                throw std::runtime_error("a directory is in the way");
            auto file = std::make_unique<store::AtomicFile>(path);
            std::ofstream out(file->path(), std::ios::binary | std::ios::trunc);
            const std::string text = table.text();
            out.write(text.data(), static_cast<std::streamsize>(text.size()));
            out.close();
            if (!out)
                throw std::runtime_error("cannot write the data");
            file->sync();
            files.push_back(std::move(file));
        } catch (const std::exception &e) {
            throw std::runtime_error(path + ": " + e.what());
        }
        written.push_back(path);
    }
    for (std::size_t i = 0; i < files.size(); ++i) {
        try {
            files[i]->replaceTarget();
        } catch (const std::exception &e) {
            throw std::runtime_error(written[i] + ": " + e.what());
        }
    }
    return written;
}

} // namespace hallwright
