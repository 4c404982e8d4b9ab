// CSV schedules: bill of materials, cable schedule with installer labels, power, racks, rack elevations.
#include "report/csv_export.h"

#include "analysis/bill_of_materials.h"
#include "checks/checks.h"
#include "checks/phrase.h"
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

// The engine's words that the schedules write in a cell (BOM category, fabric, tier, rack role,
// facing, device kind and role, the kind of a power load), marked so that the translation
// holds them; a cell is translated by its text, so a word missing here stays English.
[[maybe_unused]] constexpr const char *kCellWords[] = {
    QT_TRANSLATE_NOOP("Csv", "cable"), QT_TRANSLATE_NOOP("Csv", "compute-node"),
    QT_TRANSLATE_NOOP("Csv", "cooling"), QT_TRANSLATE_NOOP("Csv", "facility"),
    QT_TRANSLATE_NOOP("Csv", "patch-panel"), QT_TRANSLATE_NOOP("Csv", "pdu"),
    QT_TRANSLATE_NOOP("Csv", "power"), QT_TRANSLATE_NOOP("Csv", "rack"), QT_TRANSLATE_NOOP("Csv", "switch"),
    QT_TRANSLATE_NOOP("Csv", "transceiver"), QT_TRANSLATE_NOOP("Csv", "storage"),
    QT_TRANSLATE_NOOP("Csv", "other"), QT_TRANSLATE_NOOP("Csv", "compute"),
    QT_TRANSLATE_NOOP("Csv", "inband-mgmt"), QT_TRANSLATE_NOOP("Csv", "oob-mgmt"),
    QT_TRANSLATE_NOOP("Csv", "nvlink"), QT_TRANSLATE_NOOP("Csv", "node-leaf"),
    QT_TRANSLATE_NOOP("Csv", "leaf-spine"), QT_TRANSLATE_NOOP("Csv", "spine-core"),
    QT_TRANSLATE_NOOP("Csv", "busway"), QT_TRANSLATE_NOOP("Csv", "rpp"), QT_TRANSLATE_NOOP("Csv", "ups"),
    QT_TRANSLATE_NOOP("Csv", "transformer"), QT_TRANSLATE_NOOP("Csv", "generator"),
    QT_TRANSLATE_NOOP("Csv", "crah"), QT_TRANSLATE_NOOP("Csv", "cdu"), QT_TRANSLATE_NOOP("Csv", "chiller"),
    QT_TRANSLATE_NOOP("Csv", "switchgear"), QT_TRANSLATE_NOOP("Csv", "mcc"),
    QT_TRANSLATE_NOOP("Csv", "battery"), QT_TRANSLATE_NOOP("Csv", "dry-cooler"),
    QT_TRANSLATE_NOOP("Csv", "pump"), QT_TRANSLATE_NOOP("Csv", "rear-door"), QT_TRANSLATE_NOOP("Csv", "leaf"), QT_TRANSLATE_NOOP("Csv", "spine"),
    QT_TRANSLATE_NOOP("Csv", "core"), QT_TRANSLATE_NOOP("Csv", "management"),
    QT_TRANSLATE_NOOP("Csv", "north"), QT_TRANSLATE_NOOP("Csv", "south"),
    QT_TRANSLATE_NOOP("Csv", "unknown"), QT_TRANSLATE_NOOP("Csv", "storage-leaf"),
    QT_TRANSLATE_NOOP("Csv", "storage-spine"), QT_TRANSLATE_NOOP("Csv", "storage-core"),
    QT_TRANSLATE_NOOP("Csv", "inband"), QT_TRANSLATE_NOOP("Csv", "oob"),
};

/// A row's name as a schedule writes it: the layout's "Row A" … "Row AB" keep their letters and
/// take the schedules' word for a row ("机柜行 A"); a name of the user's stays as it is.
std::string rowLabel(const std::string &name, const ReportWords &words)
{
    if (!words.label || name.size() < 5 || name.size() > 7 || name.compare(0, 4, "Row ") != 0)
        return name;
    const std::string letters = name.substr(4);
    if (!std::all_of(letters.begin(), letters.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
        return name;
    return fillSlots(words(QT_TRANSLATE_NOOP("Csv", "Row %1")), {letters});
}

// The column names (context "Csv"): a script reads the English ones, so a translation is only
// written when the reader asks for a language; units stay in the name ("长度（m）").
void header(CsvWriter &w, const ReportWords &words, std::initializer_list<const char *> columns)
{
    w.text(words(QT_TRANSLATE_NOOP("Csv", "design")));
    for (const char *c : columns)
        w.text(words(c));
    w.endRow();
}

/// A catalog item's name in the reader's language: its Chinese name where the catalog gives one.
std::string localItemName(const Catalog &catalog, const std::string &id, const ReportWords &words)
{
    if (words.chineseItems)
        if (std::string zh = catalogItemNameZh(catalog, id); !zh.empty())
            return zh;
    return catalogItemName(catalog, id);
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

std::string bomCsv(const Design &design, const Catalog &catalog, const Results &results, const ReportWords &words)
{
    const std::string name = designName(design);
    CsvWriter w;
    header(w, words, {QT_TRANSLATE_NOOP("Csv", "category"), QT_TRANSLATE_NOOP("Csv", "part"),
                      QT_TRANSLATE_NOOP("Csv", "description"), QT_TRANSLATE_NOOP("Csv", "length_m"),
                      QT_TRANSLATE_NOOP("Csv", "quantity"), QT_TRANSLATE_NOOP("Csv", "unit_price_cny"),
                      QT_TRANSLATE_NOOP("Csv", "total_cny"), QT_TRANSLATE_NOOP("Csv", "price_basis"),
                      QT_TRANSLATE_NOOP("Csv", "source")});
    for (const BomItem &b : designBom(design, catalog, results.network)) {
        const Provenance *p = catalogProvenance(catalog, b.catalogId);
        w.text(name).text(words(b.category)).text(b.catalogId)
            .text(words.chineseItems && !b.descriptionZh.empty() ? b.descriptionZh : b.description);
        b.lengthM > 0 ? w.number(b.lengthM, 1) : w.empty();
        w.integer(b.quantity);
        b.unitPriceCny ? w.number(*b.unitPriceCny, 2) : w.empty();
        b.totalCny() ? w.number(*b.totalCny(), 2) : w.empty();
        w.text(words(!b.unitPriceCny ? QT_TRANSLATE_NOOP("Csv", "no price")
                     : b.priceEstimated ? QT_TRANSLATE_NOOP("Csv", "estimate") : QT_TRANSLATE_NOOP("Csv", "sourced")));
        w.text(p ? p->source : std::string());
        w.endRow();
    }
    return w.take();
}

std::string cablesCsv(const Design &design, const Catalog &catalog, const ReportWords &words)
{
    const PortNamer ports(design, catalog);
    // Each device's location once: row, rack, floor grid.
    struct Where
    {
        const std::string *row = nullptr, *rack = nullptr, *grid = nullptr;
    };
    const auto racks = byId(design.racks);
    std::unordered_map<std::int64_t, std::string> grids, rowNames;
    grids.reserve(design.racks.size());
    for (const Row &r : design.rows)
        rowNames[r.id.value()] = rowLabel(r.name, words);
    for (const Rack &r : design.racks)
        grids[r.id.value()] = rackGrid(r);
    std::vector<Where> where(design.devices.size());
    for (std::size_t i = 0; i < design.devices.size(); ++i) {
        const auto r = racks.find(design.devices[i].rack.value());
        if (r == racks.end())
            continue;
        where[i].rack = &r->second->name;
        where[i].grid = &grids[r->second->id.value()];
        if (const auto row = rowNames.find(r->second->row.value()); row != rowNames.end())
            where[i].row = &row->second;
    }
    std::unordered_map<std::string, std::string> mediumNames;

    CsvWriter w;
    w.reserve(design.links.size() * 220 + 4096);
    header(w, words, {QT_TRANSLATE_NOOP("Csv", "cable"), QT_TRANSLATE_NOOP("Csv", "link_id"),
                      QT_TRANSLATE_NOOP("Csv", "fabric"), QT_TRANSLATE_NOOP("Csv", "tier"),
                      QT_TRANSLATE_NOOP("Csv", "a_row"), QT_TRANSLATE_NOOP("Csv", "a_rack"),
                      QT_TRANSLATE_NOOP("Csv", "a_grid"), QT_TRANSLATE_NOOP("Csv", "a_u"),
                      QT_TRANSLATE_NOOP("Csv", "a_device"), QT_TRANSLATE_NOOP("Csv", "a_port"),
                      QT_TRANSLATE_NOOP("Csv", "b_row"), QT_TRANSLATE_NOOP("Csv", "b_rack"),
                      QT_TRANSLATE_NOOP("Csv", "b_grid"), QT_TRANSLATE_NOOP("Csv", "b_u"),
                      QT_TRANSLATE_NOOP("Csv", "b_device"), QT_TRANSLATE_NOOP("Csv", "b_port"),
                      QT_TRANSLATE_NOOP("Csv", "medium"), QT_TRANSLATE_NOOP("Csv", "medium_description"),
                      QT_TRANSLATE_NOOP("Csv", "length_m"), QT_TRANSLATE_NOOP("Csv", "gbps")});
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
        w.text(words(toString(l.fabric))).text(words(toString(l.tier)));
        end(l, l.a, more, true);
        end(l, l.b, more, false);
        w.text(l.mediumId);
        if (l.mediumId.empty()) {
            w.empty();
        } else {
            auto [known, inserted] = mediumNames.try_emplace(l.mediumId);
            if (inserted) {
                const MediumSpec *m = catalog.medium(l.mediumId);
                known->second = m ? localItemName(catalog, l.mediumId, words) : words(QT_TRANSLATE_NOOP("Csv", "not in the catalog"));
            }
            w.text(known->second);
        }
        l.lengthM > 0 ? w.number(l.lengthM, 1) : w.empty();
        w.number(l.gbps, 0);
        w.endRow();
    }
    return w.take();
}

std::string powerCsv(const Design &design, const Results &results, const ReportWords &words)
{
    CsvWriter w;
    header(w, words, {QT_TRANSLATE_NOOP("Csv", "rack"), QT_TRANSLATE_NOOP("Csv", "row"),
                      QT_TRANSLATE_NOOP("Csv", "feed"), QT_TRANSLATE_NOOP("Csv", "pdu"),
                      QT_TRANSLATE_NOOP("Csv", "pdu_part"), QT_TRANSLATE_NOOP("Csv", "busway"),
                      QT_TRANSLATE_NOOP("Csv", "ups"), QT_TRANSLATE_NOOP("Csv", "transformer"),
                      QT_TRANSLATE_NOOP("Csv", "rack_max_kw"), QT_TRANSLATE_NOOP("Csv", "rack_design_kw"),
                      QT_TRANSLATE_NOOP("Csv", "feed_kw"), QT_TRANSLATE_NOOP("Csv", "pdu_continuous_kw"),
                      QT_TRANSLATE_NOOP("Csv", "load")});
    for (const PowerScheduleRow &p : results.powerSchedule) {
        w.text(designName(design)).text(p.rack).text(rowLabel(p.row, words)).text(p.feed).text(p.pdu).text(p.pduCatalogId)
            .text(p.busway).text(p.ups).text(p.transformer);
        w.number(p.rackKw, 2).number(p.rackDesignKw, 2).number(p.feedKw, 2);
        if (p.pdu.empty()) // a plant load hangs on an MCC, not a PDU: no PDU rating to give
            w.empty();
        else
            w.number(p.pduContinuousKw, 2);
        w.text(words(p.load));
        w.endRow();
    }
    return w.take();
}

std::string racksCsv(const Design &design, const Catalog &catalog, const ReportWords &words)
{
    CsvWriter w;
    header(w, words, {QT_TRANSLATE_NOOP("Csv", "rack"), QT_TRANSLATE_NOOP("Csv", "row"),
                      QT_TRANSLATE_NOOP("Csv", "grid"), QT_TRANSLATE_NOOP("Csv", "role"),
                      QT_TRANSLATE_NOOP("Csv", "su"), QT_TRANSLATE_NOOP("Csv", "x_m"),
                      QT_TRANSLATE_NOOP("Csv", "y_m"), QT_TRANSLATE_NOOP("Csv", "width_m"),
                      QT_TRANSLATE_NOOP("Csv", "depth_m"), QT_TRANSLATE_NOOP("Csv", "facing"),
                      QT_TRANSLATE_NOOP("Csv", "height_u"), QT_TRANSLATE_NOOP("Csv", "used_u"),
                      QT_TRANSLATE_NOOP("Csv", "devices"), QT_TRANSLATE_NOOP("Csv", "accelerators"),
                      QT_TRANSLATE_NOOP("Csv", "max_kw"), QT_TRANSLATE_NOOP("Csv", "power_limit_kw"),
                      QT_TRANSLATE_NOOP("Csv", "weight_kg"), QT_TRANSLATE_NOOP("Csv", "weight_limit_kg")});
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
        w.text(designName(design)).text(r.name).text(row == rows.end() ? std::string() : rowLabel(row->second->name, words))
            .text(rackGrid(r)).text(words(toString(r.role)));
        r.su >= 0 ? w.integer(r.su + 1) : w.text(words(QT_TRANSLATE_NOOP("Csv", "central")));
        w.number(r.footprint.x, 3).number(r.footprint.y, 3).number(r.footprint.width, 3)
            .number(r.footprint.depth, 3).text(words(toString(r.facing))).integer(r.heightU).integer(f.usedU)
            .integer(f.devices).integer(f.accelerators).number(f.kw, 2).number(r.powerLimitKw, 2)
            .number(rackWeightKg(one, catalog, r), 0).number(r.weightLimitKg, 0);
        w.endRow();
    }
    return w.take();
}

std::string elevationsCsv(const Design &design, const Catalog &catalog, const ReportWords &words)
{
    const auto rows = byId(design.rows);
    std::unordered_map<std::int64_t, std::vector<const Device *>> inRack;
    for (const Device &d : design.devices)
        inRack[d.rack.value()].push_back(&d);
    std::unordered_map<std::string, std::string> names;
    auto describe = [&](const std::string &id) -> const std::string & {
        auto [it, inserted] = names.try_emplace(id);
        if (inserted)
            it->second = localItemName(catalog, id, words);
        return it->second;
    };

    CsvWriter w;
    w.reserve(design.devices.size() * 160 + design.racks.size() * 100 + 4096);
    header(w, words, {QT_TRANSLATE_NOOP("Csv", "row"), QT_TRANSLATE_NOOP("Csv", "rack"),
                      QT_TRANSLATE_NOOP("Csv", "grid"), QT_TRANSLATE_NOOP("Csv", "u_top"),
                      QT_TRANSLATE_NOOP("Csv", "u_bottom"), QT_TRANSLATE_NOOP("Csv", "height_u"),
                      QT_TRANSLATE_NOOP("Csv", "device"), QT_TRANSLATE_NOOP("Csv", "kind"),
                      QT_TRANSLATE_NOOP("Csv", "part"), QT_TRANSLATE_NOOP("Csv", "description"),
                      QT_TRANSLATE_NOOP("Csv", "role"), QT_TRANSLATE_NOOP("Csv", "max_kw")});
    for (const Rack &r : design.racks) {
        std::vector<const Device *> devs = inRack[r.id.value()];
        std::stable_sort(devs.begin(), devs.end(), [](const Device *a, const Device *b) {
            if ((a->uHeight == 0) != (b->uHeight == 0))
                return b->uHeight == 0;                 // zero-U devices last
            return a->uPosition > b->uPosition;         // top U first
        });
        const auto row = rows.find(r.row.value());
        const std::string rowName = row == rows.end() ? std::string() : rowLabel(row->second->name, words);
        const std::string grid = rackGrid(r);
        const std::string name = designName(design);
    auto start = [&] { w.text(name).text(rowName).text(r.name).text(grid); };
        auto gap = [&](int top, int bottom) {
            if (top < bottom)
                return;
            start();
            w.integer(top).integer(bottom).integer(top - bottom + 1).empty().text(words(QT_TRANSLATE_NOOP("Csv", "empty"))).empty()
                .text(words(QT_TRANSLATE_NOOP("Csv", "blank panel")))
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
            w.text(d->name).text(words(toString(d->kind))).text(d->catalogId).text(describe(d->catalogId)).text(words(d->role))
                .number(deviceMaxKw(*d, catalog), 2);
            w.endRow();
        }
        if (nextFree >= 1)
            gap(nextFree, 1);
    }
    return w.take();
}

std::vector<std::string> exportCsv(const Design &design, const Catalog &catalog, const Results &results,
                                   const std::string &directory, const ReportWords &words)
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
            case 0: text = bomCsv(design, catalog, results, words); break;
            case 1: text = cablesCsv(design, catalog, words); break;
            case 2: text = powerCsv(design, results, words); break;
            case 3: text = racksCsv(design, catalog, words); break;
            default: text = elevationsCsv(design, catalog, words); break;
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
