// Heat per rack and cooling zone, the air / liquid split, flows, units and their electrical draw.
#include "cooling/cooling_analysis.h"

#include "cooling/facing_wall.h"
#include "power/power_math.h"
#include "power/power_network.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>
#include <unordered_set>

namespace hallwright {

namespace {

double distanceToRect(Point2 p, const Rect &r)
{
    const double dx = std::max({r.x - p.x, 0.0, p.x - r.right()});
    const double dy = std::max({r.y - p.y, 0.0, p.y - r.top()});
    return std::hypot(dx, dy);
}

/// Index of the cooling zone nearest to p (ties go to the first), -1 without zones.
int nearestZone(Point2 p, const std::vector<const Zone *> &zones)
{
    int best = -1;
    double bestD = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < zones.size(); ++i) {
        const double d = distanceToRect(p, zones[i]->area);
        if (d < bestD - 1e-12) {
            bestD = d;
            best = static_cast<int>(i);
        }
    }
    return best;
}

bool isAirUnit(const CoolingSpec &s)
{
    return s.kind == CoolingKind::Crah || s.kind == CoolingKind::FanWall;
}

} // namespace

double requiredAirflowM3s(double kw, double deltaTK, const CoolingRules &rules)
{
    return deltaTK > 0.0 ? kw * 1000.0 / (rules.airDensity * rules.airCp * deltaTK) : 0.0;
}

double requiredCoolantLps(double kw, double deltaTK, const CoolingRules &rules)
{
    return deltaTK > 0.0 ? kw * 1000.0 / (rules.waterCp * deltaTK) : 0.0;
}

int unitsNPlus1(double loadKw, double unitKw, double flow, double unitFlow)
{
    if (loadKw <= 0.0)
        return 0;
    long long n = unitKw > 0.0 ? static_cast<long long>(std::ceil(loadKw / unitKw - 1e-9)) : 0;
    if (flow > 0.0 && unitFlow > 0.0)
        n = std::max(n, static_cast<long long>(std::ceil(flow / unitFlow - 1e-9)));
    return static_cast<int>(std::max(1LL, n) + 1);
}

CoolingResults analyzeCooling(const Design &design, const Catalog &catalog, CoolingMode mode, const CoolingRules &rules)
{
    const PowerNetwork network(design, catalog);
    return analyzeCooling(design, catalog, mode, network, rules);
}

CoolingResults analyzeCooling(const Design &design, const Catalog &catalog, CoolingMode mode,
                              const PowerNetwork &network, const CoolingRules &rules)
{
    CoolingResults res;
    std::vector<const Zone *> zones;
    for (const Zone &z : design.zones) {
        if (z.kind != ZoneKind::Cooling)
            continue;
        zones.push_back(&z);
        CoolingZoneLoad zl;
        zl.zone = z.id;
        zl.name = z.name;
        res.zones.push_back(zl);
    }
    std::unordered_map<std::int64_t, int> zoneIndex;
    for (std::size_t i = 0; i < zones.size(); ++i)
        zoneIndex[zones[i]->id.value()] = static_cast<int>(i);

    auto addAir = [&](Point2 p, double kw) {
        const int z = nearestZone(p, zones);
        if (z < 0)
            res.unassignedKw += kw;
        else
            res.zones[z].airKw += kw;
    };

    // Racks: IT heat split by each node's liquid fraction.
    std::unordered_map<std::int64_t, int> rackIndex;
    for (const Rack &r : design.racks) {
        rackIndex[r.id.value()] = static_cast<int>(res.racks.size());
        RackHeat h;
        h.rack = r.id;
        h.name = r.name;
        h.coolingLimitKw = r.coolingLimitKw;
        h.su = r.su;
        res.racks.push_back(h);
    }
    for (const Device &d : design.devices) {
        const auto it = rackIndex.find(d.rack.value());
        if (it == rackIndex.end())
            continue;
        RackHeat &h = res.racks[it->second];
        const double kw = deviceLoadKw(d, catalog).value_or(0.0);
        const double liquid = kw * deviceLiquidFraction(d, catalog);
        h.heatKw += kw;
        h.liquidKw += liquid;
        h.airKw += kw - liquid;
        h.accelerators += deviceAccelerators(d, catalog);
    }
    // Rear doors: every rack with air heat has the hall's door, which takes up
    // to its capacity of the exhaust heat; its fans run in proportion.
    const CoolingSpec *door = nullptr;
    if (!design.hall.rearDoor.empty()) {
        door = catalog.cooling(design.hall.rearDoor);
        if (!door || door->kind != CoolingKind::RearDoor || door->capacityKw <= 0.0) {
            res.problems.emplace_back(
                design.hall.name,
                door ? phrase(QT_TRANSLATE_NOOP("Finding", "rear doors: catalog item '%1' is a %2, not a rear door"),
                              design.hall.rearDoor, toString(door->kind))
                     : phrase(QT_TRANSLATE_NOOP("Finding", "rear doors: unknown cooling catalog item '%1'"),
                              design.hall.rearDoor));
            door = nullptr;
        } else {
            res.rearDoorId = door->id;
            res.rearDoorCapacityKw = door->capacityKw;
        }
    }
    double doorFanKw = 0.0;
    for (std::size_t i = 0; i < design.racks.size(); ++i) {
        RackHeat &h = res.racks[i];
        const Point2 c = design.racks[i].footprint.center();
        h.zone = nearestZone(c, zones);
        if (door && h.airKw > 0.0) {
            h.rearDoorKw = std::min(h.airKw, door->capacityKw);
            ++res.rearDoors;
            doorFanKw += door->powerKw * std::min(1.0, h.airKw / door->capacityKw);
        }
        res.itKw += h.heatKw;
        res.airKw += h.airKw - h.rearDoorKw;
        res.liquidKw += h.liquidKw;
        res.rearDoorKw += h.rearDoorKw;
        if (h.zone < 0) {
            res.unassignedKw += h.heatKw;
            continue;
        }
        CoolingZoneLoad &z = res.zones[h.zone];
        z.airKw += h.airKw - h.rearDoorKw;
        z.liquidKw += h.liquidKw;
        z.rearDoorKw += h.rearDoorKw;
        z.largestRearDoorKw = std::max(z.largestRearDoorKw, h.rearDoorKw);
        z.racks.push_back(static_cast<int>(i));
    }
    res.rearDoorFanKw = doorFanKw;

    // Distribution losses become heat where the equipment stands.
    std::unordered_map<std::int64_t, const Equipment *> equipment;
    for (const Equipment &e : design.equipment)
        equipment[e.id.value()] = &e;
    std::unordered_set<std::int64_t> roomZones; // electrical rooms and yards
    for (const Zone &z : design.zones)
        if (z.kind == ZoneKind::Power || z.kind == ZoneKind::Yard)
            roomZones.insert(z.id.value());
    for (const PowerElement &el : network.elements()) {
        if (el.kind == PowerElementKind::GeneratorSet || el.efficiency <= 0.0)
            continue;
        const double loss = std::max(0.0, el.loadKw) * (1.0 / el.efficiency - 1.0);
        if (loss <= 0.0)
            continue;
        res.lossKw += loss;
        res.airKw += loss;
        if (el.kind == PowerElementKind::Pdu) {
            const auto it = rackIndex.find(el.rack.value());
            addAir(it == rackIndex.end() ? Point2{} : design.racks[it->second].footprint.center(), loss);
            continue;
        }
        for (std::size_t u = 0; u < el.units.size(); ++u) {
            const auto it = equipment.find(el.units[u].value());
            const double share = el.ratingKw > 0.0 ? el.unitKw[u] / el.ratingKw : 1.0 / el.units.size();
            // Losses belong to the room where they occur: an electrical room is
            // cooled by its own units, not by the white space's galleries.
            if (it != equipment.end() && roomZones.count(it->second->zone.value())) {
                res.roomLossKw += loss * share;
                continue;
            }
            addAir(it == equipment.end() ? Point2{} : it->second->footprint.center(), loss * share);
        }
    }
    res.heatKw = res.itKw + res.lossKw;

    // Walls each gallery shares with the white space.
    std::vector<std::vector<FacingWall>> walls(zones.size());
    for (std::size_t i = 0; i < zones.size(); ++i) {
        walls[i] = facingWalls(design, *zones[i]);
        for (const FacingWall &w : walls[i])
            res.zones[i].openingLengthM += w.lengthM();
    }

    // Installed units, in their own cooling zone or else the nearest one.
    double chillerKw = 0.0, chillerPowerKw = 0.0;
    for (const Equipment &e : design.equipment) {
        if (e.kind != EquipmentKind::Crah && e.kind != EquipmentKind::Cdu && e.kind != EquipmentKind::Chiller)
            continue;
        const CoolingSpec *spec = catalog.cooling(e.catalogId);
        const bool kindOk = spec
                            && (e.kind == EquipmentKind::Crah      ? isAirUnit(*spec)
                                : e.kind == EquipmentKind::Cdu     ? spec->kind == CoolingKind::Cdu
                                                                   : spec->kind == CoolingKind::Chiller);
        if (!kindOk) {
            res.problems.emplace_back(
                e.name, spec ? phrase(QT_TRANSLATE_NOOP("Finding", "%1: catalog item '%2' is a %3, not a %4"), e.name,
                                      e.catalogId, toString(spec->kind), toString(e.kind))
                             : phrase(QT_TRANSLATE_NOOP("Finding", "%1: unknown cooling catalog item '%2'"), e.name,
                                      e.catalogId));
            continue;
        }
        if (e.kind == EquipmentKind::Chiller) {
            ++res.chillers;
            chillerKw += spec->capacityKw;
            chillerPowerKw += spec->powerKw;
            continue;
        }
        const auto zi = zoneIndex.find(e.zone.value());
        const int z = zi != zoneIndex.end() ? zi->second : nearestZone(e.footprint.center(), zones);
        if (z < 0)
            continue;
        CoolingZoneLoad &zl = res.zones[z];
        if (e.kind == EquipmentKind::Crah) {
            ++res.crahUnits;
            zl.airUnits.push_back(e.id);
            zl.airCapacityKw += spec->capacityKw;
            zl.airflowCapacityM3s += spec->airflowM3s;
            zl.largestAirUnitKw = std::max(zl.largestAirUnitKw, spec->capacityKw);
            zl.largestAirUnitM3s = std::max(zl.largestAirUnitM3s, spec->airflowM3s);
            const bool facing = std::any_of(walls[z].begin(), walls[z].end(), [&](const FacingWall &w) {
                return facesWall(e.footprint, w, rules.facingToleranceM);
            });
            if (facing) {
                ++zl.facingAirUnits;
                zl.facingAirCapacityKw += spec->capacityKw;
                zl.facingAirflowCapacityM3s += spec->airflowM3s;
                zl.facingLargestAirUnitKw = std::max(zl.facingLargestAirUnitKw, spec->capacityKw);
                zl.facingLargestAirUnitM3s = std::max(zl.facingLargestAirUnitM3s, spec->airflowM3s);
            }
        } else {
            ++res.cduUnits;
            zl.cdus.push_back(e.id);
            zl.cduCapacityKw += spec->capacityKw;
            zl.coolantCapacityLps += spec->coolantFlowLps;
            zl.largestCduKw = std::max(zl.largestCduKw, spec->capacityKw);
            zl.largestCduLps = std::max(zl.largestCduLps, spec->coolantFlowLps);
        }
    }
    for (std::size_t z = 0; z < res.zones.size(); ++z) {
        CoolingZoneLoad &zl = res.zones[z];
        zl.cduLoadKw = zl.liquidKw + zl.rearDoorKw;
        zl.airflowM3s = requiredAirflowM3s(zl.airKw, rules.airDeltaTK, rules);
        zl.coolantLps = requiredCoolantLps(zl.cduLoadKw, rules.liquidDeltaTK, rules);
        if (zl.openingLengthM > 0.0 && rules.openingHeightM > 0.0)
            zl.faceVelocityMs = zl.airflowM3s / (zl.openingLengthM * rules.openingHeightM);
        res.airflowM3s += zl.airflowM3s;
        res.coolantLps += zl.coolantLps;
        auto required = [](double load, const std::vector<EquipmentId> &units, double cap, double flow,
                           double flowCap) -> std::optional<int> {
            if (load <= 0.0)
                return 0;
            if (units.empty())
                return std::nullopt;
            const double n = static_cast<double>(units.size());
            return unitsNPlus1(load, cap / n, flow, flowCap / n);
        };
        zl.airUnitsRequired = required(zl.airKw, zl.airUnits, zl.airCapacityKw, zl.airflowM3s, zl.airflowCapacityM3s);
        zl.cdusRequired = required(zl.cduLoadKw, zl.cdus, zl.cduCapacityKw, zl.coolantLps, zl.coolantCapacityLps);
    }
    res.airflowM3s += requiredAirflowM3s(res.unassignedKw, rules.airDeltaTK, rules);

    double fanKw = 0.0, pumpKw = 0.0;
    // Electrical draw of the in-hall units: units of a zone share its load
    // evenly, and each draws its catalogued power in proportion.
    for (const Equipment &e : design.equipment) {
        if (e.kind != EquipmentKind::Crah && e.kind != EquipmentKind::Cdu)
            continue;
        const CoolingSpec *spec = catalog.cooling(e.catalogId);
        if (!spec || spec->kind == CoolingKind::Chiller)
            continue;
        const auto zi = zoneIndex.find(e.zone.value());
        const int z = zi != zoneIndex.end() ? zi->second : nearestZone(e.footprint.center(), zones);
        if (z < 0)
            continue;
        CoolingZoneLoad &zl = res.zones[z];
        const bool air = e.kind == EquipmentKind::Crah;
        const double load = air ? zl.airKw : zl.cduLoadKw;
        const double capacity = air ? zl.airCapacityKw : zl.cduCapacityKw;
        if (capacity > 0.0) {
            const double kw = spec->powerKw * std::min(1.0, load / capacity);
            zl.unitPowerKw += kw;
            (air ? fanKw : pumpKw) += kw;
        }
    }
    for (CoolingZoneLoad &zl : res.zones) {
        // A zone without units still needs fans and pumps: estimate them.
        if (zl.airUnits.empty()) {
            zl.unitPowerKw += zl.airKw * rules.defaultFanKwPerKw;
            fanKw += zl.airKw * rules.defaultFanKwPerKw;
        }
        if (zl.cdus.empty()) {
            zl.unitPowerKw += zl.cduLoadKw * rules.defaultPumpKwPerKw;
            pumpKw += zl.cduLoadKw * rules.defaultPumpKwPerKw;
        }
        res.inHallUnitKw += zl.unitPowerKw;
    }
    res.inHallUnitKw += res.unassignedKw * rules.defaultFanKwPerKw;
    fanKw += res.unassignedKw * rules.defaultFanKwPerKw;
    // The electrical rooms' own units cool their losses (estimated fans).
    res.inHallUnitKw += res.roomLossKw * rules.defaultFanKwPerKw;
    fanKw += res.roomLossKw * rules.defaultFanKwPerKw;
    // The door fans' heat is in the exhaust that their coils cool.
    res.inHallUnitKw += doorFanKw;
    fanKw += doorFanKw;

    res.mode = mode != CoolingMode::Auto ? mode : (res.liquidKw > 0.0 ? CoolingMode::Liquid : CoolingMode::Air);
    // The in-hall fans' and pumps' power becomes heat in the loop they serve.
    const bool airMode = res.mode == CoolingMode::Air;
    // Rear doors run on chilled water (kept above the dew point) in either
    // mode: a warm-water loop cannot cool the exhaust to room temperature.
    const double cduKw = res.liquidKw + res.rearDoorKw;
    const double doorPumpKw = cduKw > 0.0 ? pumpKw * res.rearDoorKw / cduKw : 0.0;
    res.chilledWaterKw = res.airKw + fanKw + res.rearDoorKw + doorPumpKw
                         + (airMode ? res.liquidKw + pumpKw - doorPumpKw : 0.0);
    res.warmWaterKw = airMode ? 0.0 : res.liquidKw + pumpKw - doorPumpKw;
    const double chilledRatio = chillerKw > 0.0 ? chillerPowerKw / chillerKw : rules.chilledWaterKwPerKw;
    // Placed dry coolers and pumps (the plant synthesis) draw their catalogued
    // power in proportion to the heat they serve; without them, the estimates.
    double dryKw = 0.0, dryPowerKw = 0.0, pumpCapKw = 0.0, pumpPowerKw = 0.0;
    for (const Equipment &e : design.equipment) {
        const CoolingSpec *spec = catalog.cooling(e.catalogId);
        if (!spec)
            continue;
        if (e.kind == EquipmentKind::DryCooler && spec->kind == CoolingKind::DryCooler)
            dryKw += spec->capacityKw, dryPowerKw += spec->powerKw;
        else if (e.kind == EquipmentKind::Pump && spec->kind == CoolingKind::Pump)
            pumpCapKw += spec->capacityKw, pumpPowerKw += spec->powerKw;
    }
    const double warmRatio = dryKw > 0.0 ? dryPowerKw / dryKw : rules.warmWaterKwPerKw;
    res.heatRejectionKw = res.chilledWaterKw * chilledRatio + res.warmWaterKw * warmRatio;
    if (pumpCapKw > 0.0)
        res.heatRejectionKw += pumpPowerKw * std::min(1.0, (res.chilledWaterKw + res.warmWaterKw) / pumpCapKw);
    res.mechanicalKw = res.inHallUnitKw + res.heatRejectionKw;
    return res;
}

nlohmann::ordered_json coolingSummaryJson(const CoolingResults &r)
{
    return nlohmann::ordered_json{{"heat_kw", r.heatKw},
                          {"air_kw", r.airKw},
                          {"liquid_kw", r.liquidKw},
                          {"crah_units", r.crahUnits},
                          {"cdu_units", r.cduUnits},
                          {"rear_doors", r.rearDoors},
                          {"rear_door_kw", r.rearDoorKw}};
}

} // namespace hallwright
