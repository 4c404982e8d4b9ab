// CSV schedules: bill of materials, cable schedule with installer labels, power, racks, rack elevations.
#include "report/csv_export.h"

#include "analysis/bill_of_materials.h"
#include "checks/checks.h"
#include "layout/layout_checks.h"
#include "network/cages.h"
#include "report/catalog_sources.h"
#include "report/csv_writer.h"
#include "report/installer_labels.h"
#include "store/atomic_file.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <unordered_map>

namespace hallwright {

namespace {

void header(CsvWriter &w, std::initializer_list<const char *> columns)
{
    w.text("design");
    for (const char *c : columns)
        w.text(c);
    w.endRow();
}

template <typename T>
std::unordered_map<std::int64_t, const T *> byId(const std::vector<T> &items)
{
    std::unordered_map<std::int64_t, const T *> m;
    m.reserve(items.size());
    for (const T &i : items)
        m[i.id.value()] = &i;
    return m;
}

} // namespace

std::string designName(const Design &design)
{
    return design.hall.name.empty() ? std::string("Untitled") : design.hall.name;
}

const std::vector<std::string> &csvFileNames()
{
    static const std::vector<std::string> names{"bom.csv", "cables.csv", "power.csv", "racks.csv", "elevations.csv"};
    return names;
}

std::string bomCsv(const Design &design, const Catalog &catalog, const Results &results)
{
    const std::string name = designName(design);
    CsvWriter w;
    header(w, {"category", "part", "description", "length_m", "quantity", "unit_price_cny", "total_cny",
               "price_basis", "source"});
    for (const BomItem &b : designBom(design, catalog, results.network)) {
        const Provenance *p = catalogProvenance(catalog, b.catalogId);
        w.text(name).text(b.category).text(b.catalogId).text(b.description);
        b.lengthM > 0 ? w.number(b.lengthM, 1) : w.empty();
        w.integer(b.quantity);
        b.unitPriceCny ? w.number(*b.unitPriceCny, 2) : w.empty();
        b.totalCny() ? w.number(*b.totalCny(), 2) : w.empty();
        w.text(!b.unitPriceCny ? "no price" : b.priceEstimated ? "estimate" : "sourced");
        w.text(p ? p->source : std::string());
        w.endRow();
    }
    return w.take();
}

std::string cablesCsv(const Design &design, const Catalog &catalog)
{
    const PortNamer ports(design, catalog);
    // Each device's location once: row, rack, floor grid.
    struct Where
    {
        const std::string *row = nullptr, *rack = nullptr, *grid = nullptr;
    };
    const auto racks = byId(design.racks);
    const auto rows = byId(design.rows);
    std::unordered_map<std::int64_t, std::string> grids;
    grids.reserve(design.racks.size());
    for (const Rack &r : design.racks)
        grids[r.id.value()] = rackGrid(r);
    std::vector<Where> where(design.devices.size());
    for (std::size_t i = 0; i < design.devices.size(); ++i) {
        const auto r = racks.find(design.devices[i].rack.value());
        if (r == racks.end())
            continue;
        where[i].rack = &r->second->name;
        where[i].grid = &grids[r->second->id.value()];
        if (const auto row = rows.find(r->second->row.value()); row != rows.end())
            where[i].row = &row->second->name;
    }
    std::unordered_map<std::string, std::string> mediumNames;

    CsvWriter w;
    w.reserve(design.links.size() * 220 + 4096);
    header(w, {"cable", "link_id", "fabric", "tier", "a_row", "a_rack", "a_grid", "a_u", "a_device", "a_port",
               "b_row", "b_rack", "b_grid", "b_u", "b_device", "b_port", "medium", "medium_description", "length_m",
               "gbps"});
    const std::string name = designName(design);
    auto text = [&](const std::string *s) { s ? w.text(*s) : w.empty(); };
    // One row per physical cable: the second port of a twin-port DAC or ACC rides on the
    // cable of the first, so its link and ports join that row ("4097; 4098", "OSFP17/1; OSFP17/2").
    const std::vector<long long> owner = network::cableOwners(design, network::LinkEnds(design, catalog));
    std::unordered_map<long long, std::vector<std::size_t>> riders;
    for (std::size_t i = 0; i < owner.size(); ++i)
        if (owner[i] >= 0 && owner[i] != static_cast<long long>(i))
            riders[owner[i]].push_back(i);
    const std::vector<std::size_t> none;
    auto end = [&](const Link &l, const PortRef &p, const std::vector<std::size_t> &more, bool sideA) {
        std::string port = ports.name(l, p);
        for (std::size_t j : more) {
            const Link &r = design.links[j];
            // The rider's end in the same device as this end (a link may run either way).
            const PortRef &q = r.a.device == p.device ? r.a : r.b.device == p.device ? r.b : (sideA ? r.a : r.b);
            port += "; " + ports.name(r, q);
        }
        const int i = ports.deviceIndex(p.device);
        if (i < 0) {
            w.empty().empty().empty().empty().text("#" + std::to_string(p.device.value())).text(port);
            return;
        }
        const Device &dev = design.devices[std::size_t(i)];
        const Where &at = where[std::size_t(i)];
        text(at.row);
        text(at.rack);
        text(at.grid);
        dev.uPosition > 0 ? w.integer(dev.uPosition) : w.empty();
        w.text(dev.name).text(port);
    };
    for (std::size_t li = 0; li < design.links.size(); ++li) {
        if (owner[li] >= 0 && owner[li] != static_cast<long long>(li))
            continue; // listed on its cable's row
        const Link &l = design.links[li];
        const auto it = riders.find(static_cast<long long>(li));
        const std::vector<std::size_t> &more = it == riders.end() ? none : it->second;
        w.text(name).text(l.label);
        if (more.empty()) {
            w.integer(l.id.value());
        } else {
            std::string ids = std::to_string(l.id.value());
            for (std::size_t j : more)
                ids += "; " + std::to_string(design.links[j].id.value());
            w.text(ids);
        }
        w.text(toString(l.fabric)).text(toString(l.tier));
        end(l, l.a, more, true);
        end(l, l.b, more, false);
        w.text(l.mediumId);
        if (l.mediumId.empty()) {
            w.empty();
        } else {
            auto [known, inserted] = mediumNames.try_emplace(l.mediumId);
            if (inserted) {
                const MediumSpec *m = catalog.medium(l.mediumId);
                known->second = m ? m->name : "not in the catalog";
            }
            w.text(known->second);
        }
        l.lengthM > 0 ? w.number(l.lengthM, 1) : w.empty();
        w.number(l.gbps, 0);
        w.endRow();
    }
    return w.take();
}

std::string powerCsv(const Design &design, const Results &results)
{
    CsvWriter w;
    header(w, {"rack", "row", "feed", "pdu", "pdu_part", "busway", "ups", "transformer", "rack_max_kw",
               "rack_design_kw", "feed_kw", "pdu_continuous_kw", "load"});
    for (const PowerScheduleRow &p : results.powerSchedule) {
        w.text(designName(design)).text(p.rack).text(p.row).text(p.feed).text(p.pdu).text(p.pduCatalogId)
            .text(p.busway).text(p.ups).text(p.transformer);
        w.number(p.rackKw, 2).number(p.rackDesignKw, 2).number(p.feedKw, 2).number(p.pduContinuousKw, 2);
        w.text(p.load);
        w.endRow();
    }
    return w.take();
}

std::string racksCsv(const Design &design, const Catalog &catalog)
{
    CsvWriter w;
    header(w, {"rack", "row", "grid", "role", "su", "x_m", "y_m", "width_m", "depth_m", "facing", "height_u",
               "used_u", "devices", "accelerators", "max_kw", "power_limit_kw", "weight_kg", "weight_limit_kg"});
    const auto rows = byId(design.rows);
    struct Fill
    {
        long long usedU = 0, devices = 0, accelerators = 0; // sums of values from the file: no int overflow
        double kw = 0.0;
    };
    std::unordered_map<std::int64_t, Fill> fill;
    std::unordered_map<std::int64_t, std::vector<const Device *>> inRack;
    for (const Device &d : design.devices) {
        inRack[d.rack.value()].push_back(&d);
        Fill &f = fill[d.rack.value()];
        f.usedU += d.uHeight;
        ++f.devices;
        f.kw += deviceMaxKw(d, catalog);
        if (const NodeSpec *n = catalog.node(d.catalogId))
            f.accelerators += n->acceleratorsPerNode;
    }
    // The checks' weight rule, given only the rack's own devices (it scans every device it is given).
    Design one;
    for (const Rack &r : design.racks) {
        const Fill &f = fill[r.id.value()];
        one.devices.clear();
        for (const Device *d : inRack[r.id.value()])
            one.devices.push_back(*d);
        const auto row = rows.find(r.row.value());
        w.text(designName(design)).text(r.name).text(row == rows.end() ? std::string() : row->second->name)
            .text(rackGrid(r)).text(toString(r.role));
        r.su >= 0 ? w.integer(r.su + 1) : w.text("central");
        w.number(r.footprint.x, 3).number(r.footprint.y, 3).number(r.footprint.width, 3)
            .number(r.footprint.depth, 3).text(toString(r.facing)).integer(r.heightU).integer(f.usedU)
            .integer(f.devices).integer(f.accelerators).number(f.kw, 2).number(r.powerLimitKw, 2)
            .number(rackWeightKg(one, catalog, r), 0).number(r.weightLimitKg, 0);
        w.endRow();
    }
    return w.take();
}

std::string elevationsCsv(const Design &design, const Catalog &catalog)
{
    const auto rows = byId(design.rows);
    std::unordered_map<std::int64_t, std::vector<const Device *>> inRack;
    for (const Device &d : design.devices)
        inRack[d.rack.value()].push_back(&d);
    std::unordered_map<std::string, std::string> names;
    auto describe = [&](const std::string &id) -> const std::string & {
        auto [it, inserted] = names.try_emplace(id);
        if (inserted)
            it->second = catalogItemName(catalog, id);
        return it->second;
    };

    CsvWriter w;
    w.reserve(design.devices.size() * 160 + design.racks.size() * 100 + 4096);
    header(w, {"row", "rack", "grid", "u_top", "u_bottom", "height_u", "device", "kind", "part", "description",
               "role", "max_kw"});
    for (const Rack &r : design.racks) {
        std::vector<const Device *> devs = inRack[r.id.value()];
        std::stable_sort(devs.begin(), devs.end(), [](const Device *a, const Device *b) {
            if ((a->uHeight == 0) != (b->uHeight == 0))
                return b->uHeight == 0;                 // zero-U devices last
            return a->uPosition > b->uPosition;         // top U first
        });
        const auto row = rows.find(r.row.value());
        const std::string rowName = row == rows.end() ? std::string() : row->second->name;
        const std::string grid = rackGrid(r);
        const std::string name = designName(design);
    auto start = [&] { w.text(name).text(rowName).text(r.name).text(grid); };
        auto gap = [&](int top, int bottom) {
            if (top < bottom)
                return;
            start();
            w.integer(top).integer(bottom).integer(top - bottom + 1).empty().text("empty").empty().text("blank panel")
                .empty().empty();
            w.endRow();
        };
        int nextFree = r.heightU; // highest unit not yet listed
        for (const Device *d : devs) {
            if (d->uHeight == 0) {
                if (nextFree >= 1) {
                    gap(nextFree, 1);
                    nextFree = 0;
                }
                start();
                w.text("0U").text("0U").integer(0);
            } else {
                const int top = d->uPosition + d->uHeight - 1;
                gap(nextFree, top + 1);
                nextFree = std::min(nextFree, d->uPosition - 1);
                start();
                w.integer(top).integer(d->uPosition).integer(d->uHeight);
            }
            w.text(d->name).text(toString(d->kind)).text(d->catalogId).text(describe(d->catalogId)).text(d->role)
                .number(deviceMaxKw(*d, catalog), 2);
            w.endRow();
        }
        if (nextFree >= 1)
            gap(nextFree, 1);
    }
    return w.take();
}

std::vector<std::string> exportCsv(const Design &design, const Catalog &catalog, const Results &results,
                                   const std::string &directory)
{
    std::error_code ec;
    std::filesystem::create_directories(directory, ec);
    if (ec || !std::filesystem::is_directory(directory))
        throw std::runtime_error("cannot create the directory: " + (ec ? ec.message() : "a file is in the way"));
    const std::vector<std::string> &names = csvFileNames();
    std::vector<std::unique_ptr<store::AtomicFile>> files;
    std::vector<std::string> written;
    for (std::size_t i = 0; i < names.size(); ++i) {
        const std::string path = (std::filesystem::path(directory) / names[i]).string();
        try {
            if (std::filesystem::is_directory(path))
                throw std::runtime_error("a directory is in the way");
            std::string text;
            switch (i) {
            case 0: text = bomCsv(design, catalog, results); break;
            case 1: text = cablesCsv(design, catalog); break;
            case 2: text = powerCsv(design, results); break;
            case 3: text = racksCsv(design, catalog); break;
            default: text = elevationsCsv(design, catalog); break;
            }
            auto file = std::make_unique<store::AtomicFile>(path);
            std::ofstream out(file->path(), std::ios::binary | std::ios::trunc);
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
