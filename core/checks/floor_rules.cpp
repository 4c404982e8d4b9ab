// Floor design rules: rack weight against the rack's rating and the floor's load rating.
#include "checks/checks.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace hallwright {

namespace {

const RackSpec *rackSpecFor(const Catalog &catalog, const Rack &rack)
{
    const RackSpec *sameFootprint = nullptr;
    for (const auto &[id, s] : catalog.racks()) {
        const bool fits = (std::abs(s.widthM - rack.footprint.width) < 0.01 && std::abs(s.depthM - rack.footprint.depth) < 0.01)
                          || (std::abs(s.widthM - rack.footprint.depth) < 0.01
                              && std::abs(s.depthM - rack.footprint.width) < 0.01);
        if (!fits)
            continue;
        if (s.heightU == rack.heightU)
            return &s;
        if (!sameFootprint)
            sameFootprint = &s;
    }
    return sameFootprint;
}

double weightOf(const Catalog &catalog, const Rack &rack, const std::vector<const Device *> &devices)
{
    double kg = 0.0;
    bool rackScale = false;
    for (const Device *d : devices) {
        if (const NodeSpec *n = catalog.node(d->catalogId)) {
            kg += n->weightKg;
            rackScale = rackScale || n->rackScale;
        } else if (const SwitchSpec *s = catalog.switchSpec(d->catalogId)) {
            kg += s->weightKg;
        }
    }
    // A rack-scale system ships in its own rack; its weight already includes it.
    if (!rackScale)
        if (const RackSpec *spec = rackSpecFor(catalog, rack))
            kg += spec->emptyWeightKg;
    return kg;
}

/// Half the clear aisle on each long side of a row (capped), from its neighbours.
struct AisleShare
{
    double low = kFloorAisleShareM;   ///< south
    double high = kFloorAisleShareM;  ///< north
};

AisleShare aisleShare(const Row &row, const std::vector<Row> &rows)
{
    // Racks face north or south (Facing), so every row runs along x and its aisles lie north and south.
    double gapLow = std::numeric_limits<double>::infinity(), gapHigh = gapLow;
    for (const Row &o : rows) {
        if (o.id == row.id || o.area.x >= row.area.right() - kCheckTolerance || row.area.x >= o.area.right() - kCheckTolerance)
            continue;
        if (o.area.y >= row.area.top() - kCheckTolerance)
            gapHigh = std::min(gapHigh, o.area.y - row.area.top());
        else if (o.area.top() <= row.area.y + kCheckTolerance)
            gapLow = std::min(gapLow, row.area.y - o.area.top());
    }
    return {std::clamp(gapLow / 2, 0.0, kFloorAisleShareM), std::clamp(gapHigh / 2, 0.0, kFloorAisleShareM)};
}

} // namespace

double rackWeightKg(const Design &design, const Catalog &catalog, const Rack &rack)
{
    std::vector<const Device *> devices;
    for (const Device &d : design.devices)
        if (d.rack == rack.id)
            devices.push_back(&d);
    return weightOf(catalog, rack, devices);
}

CheckList checkFloorLoad(const Design &design, const Catalog &catalog)
{
    CheckList out;
    std::unordered_map<std::int64_t, std::vector<const Device *>> byRack;
    for (const Device &d : design.devices)
        byRack[d.rack.value()].push_back(&d);
    std::unordered_map<std::int64_t, AisleShare> shares;
    std::unordered_map<std::int64_t, const Row *> rows;
    for (const Row &row : design.rows) {
        shares[row.id.value()] = aisleShare(row, design.rows);
        rows[row.id.value()] = &row;
    }
    const double rating = design.hall.floorLoadKgPerM2;
    for (const Rack &rack : design.racks) {
        const auto it = byRack.find(rack.id.value());
        const double kg = weightOf(catalog, rack, it == byRack.end() ? std::vector<const Device *>{} : it->second);
        if (rack.weightLimitKg > 0.0 && kg > rack.weightLimitKg + kCheckTolerance)
            out.push_back(finding(Severity::Error, "rack-overweight",
                                  phrase(QT_TRANSLATE_NOOP("Finding", "rack %1 weighs %2 kg, above its %3 kg static "
                                                                      "load rating"),
                                         rack.name, number(kg, 0), number(rack.weightLimitKg, 0)),
                                  rack.name));
        if (rating <= 0.0 || kg <= 0.0)
            continue;
        const auto row = rows.find(rack.row.value());
        const AisleShare share = row != rows.end() ? shares[rack.row.value()] : AisleShare{};
        const double area = rack.footprint.width * (rack.footprint.depth + share.low + share.high);
        if (area <= 0.0)
            continue;
        const double load = kg / area;
        if (load > rating + kCheckTolerance)
            out.push_back(finding(Severity::Error, "floor-load",
                                  phrase(QT_TRANSLATE_NOOP("Finding", "rack %1 puts %2 kg on %3 m² (rack and half its "
                                                                      "aisles): %4 kg/m², above the floor's %5 kg/m²"),
                                         rack.name, number(kg, 0), number(area, 2), number(load, 0),
                                         number(rating, 0)),
                                  rack.name));
    }
    return out;
}

} // namespace hallwright
