// Cooling design rules: zone capacity and flows, N+1 units, rack air limits.
#include "checks/checks.h"

#include <fmt/format.h>

#include <algorithm>

namespace hallwright {

namespace {

constexpr double kEps = 1e-6;

/// Checks one medium (air or liquid) of a zone: capacity, flow, then N+1.
void checkMedium(CheckList &out, const CoolingZoneLoad &z, const char *medium, const char *units, double load,
                 double capacity, double largest, double flow, double flowCapacity, double largestFlow,
                 const char *flowUnit, std::size_t count)
{
    if (load <= kEps)
        return;
    // Flow is judged only when the units publish it.
    const bool flowKnown = flowCapacity > 0.0;
    if (capacity + kEps < load) {
        out.push_back({Severity::Error, "cooling-shortfall",
                       fmt::format("{}: {} heat {:.0f} kW exceeds the {:.0f} kW of its {} {}", z.name, medium, load,
                                   capacity, count, units),
                       z.name});
        return;
    }
    if (flowKnown && flowCapacity + kEps < flow) {
        out.push_back({Severity::Error, "cooling-shortfall",
                       fmt::format("{}: {} {} needed, its {} {} move {:.1f} {}", z.name,
                                   fmt::format("{:.1f} {}", flow, flowUnit), medium, count, units, flowCapacity,
                                   flowUnit),
                       z.name});
        return;
    }
    const bool capShort = capacity - largest + kEps < load;
    const bool flowShort = flowKnown && flowCapacity - largestFlow + kEps < flow;
    if (capShort || flowShort)
        out.push_back({Severity::Error, "redundancy-not-met",
                       fmt::format("{}: without its largest {} unit the {} {} leave {:.0f} kW / {:.1f} {} for "
                                   "{:.0f} kW / {:.1f} {}; cooling units must be N+1",
                                   z.name, medium, count, units, capacity - largest, flowCapacity - largestFlow,
                                   flowUnit, load, flow, flowUnit),
                       z.name});
}

/// Air reaches the white space only from units against the opening, and
/// only as fast as the opening lets it through (docs/engineering-reference.md §4). Judged for
/// galleries that open onto a compute zone.
void checkDelivery(CheckList &out, const CoolingZoneLoad &z, const CoolingRules &rules)
{
    if (z.airKw <= kEps || z.openingLengthM <= 0.0)
        return;
    const double usable = z.facingAirCapacityKw - z.facingLargestAirUnitKw;
    const bool flowKnown = z.facingAirflowCapacityM3s > 0.0;
    const double usableFlow = z.facingAirflowCapacityM3s - z.facingLargestAirUnitM3s;
    const int behind = static_cast<int>(z.airUnits.size()) - z.facingAirUnits;
    if (usable + kEps < z.airKw || (flowKnown && usableFlow + kEps < z.airflowM3s)) {
        out.push_back({Severity::Error, "cooling-undeliverable",
                       fmt::format("{}: {} of its {} air units face the white space over {:.1f} m of wall; "
                                   "without the largest they deliver {:.0f} kW / {:.1f} m³/s for {:.0f} kW / "
                                   "{:.1f} m³/s of air heat{} (add units on more walls, in-row units, or cool "
                                   "with liquid)",
                                   z.name, z.facingAirUnits, z.airUnits.size(), z.openingLengthM,
                                   std::max(0.0, usable), std::max(0.0, usableFlow), z.airKw, z.airflowM3s,
                                   behind > 0 ? fmt::format("; {} stand behind them and move no air into the room",
                                                            behind)
                                              : std::string()),
                       z.name});
    }
    if (z.faceVelocityMs > rules.faceVelocityLimitMs + kEps)
        out.push_back({Severity::Error, "airflow-velocity",
                       fmt::format("{}: {:.1f} m³/s through a {:.1f} × {:.1f} m opening is {:.2f} m/s, above the "
                                   "{:.1f} m/s limit",
                                   z.name, z.airflowM3s, z.openingLengthM, rules.openingHeightM, z.faceVelocityMs,
                                   rules.faceVelocityLimitMs),
                       z.name});
    else if (z.faceVelocityMs > rules.faceVelocityWarnMs + kEps)
        out.push_back({Severity::Warning, "airflow-velocity",
                       fmt::format("{}: {:.1f} m³/s through a {:.1f} × {:.1f} m opening is {:.2f} m/s, above the "
                                   "{:.1f} m/s coil face velocity",
                                   z.name, z.airflowM3s, z.openingLengthM, rules.openingHeightM, z.faceVelocityMs,
                                   rules.faceVelocityWarnMs),
                       z.name});
}

} // namespace

CheckList checkCooling(const CoolingResults &c, const CoolingRules &rules)
{
    CheckList out;
    for (const auto &[location, message] : c.problems)
        out.push_back({Severity::Error, "unknown-item", message, location});
    if (c.unassignedKw > kEps)
        out.push_back({Severity::Error, "cooling-shortfall",
                       fmt::format("{:.0f} kW of heat has no cooling zone to go to", c.unassignedKw), ""});
    for (const CoolingZoneLoad &z : c.zones) {
        checkMedium(out, z, "air", "air units", z.airKw, z.airCapacityKw, z.largestAirUnitKw, z.airflowM3s,
                    z.airflowCapacityM3s, z.largestAirUnitM3s, "m³/s", z.airUnits.size());
        checkMedium(out, z, "liquid", "CDUs", z.liquidKw, z.cduCapacityKw, z.largestCduKw, z.coolantLps,
                    z.coolantCapacityLps, z.largestCduLps, "L/s", z.cdus.size());
    }
    for (const CoolingZoneLoad &z : c.zones)
        checkDelivery(out, z, rules);
    for (const RackHeat &r : c.racks) {
        if (r.airKw > rules.airRackLimitKw + kEps)
            out.push_back({Severity::Error, "air-cooling-limit",
                           fmt::format("rack {} sends {:.1f} kW to air, above the {:.0f} kW air can cool in one rack",
                                       r.name, r.airKw, rules.airRackLimitKw),
                           r.name});
        else if (r.airKw > rules.airRackWarnKw + kEps)
            out.push_back({Severity::Warning, "air-cooling-limit",
                           fmt::format("rack {} sends {:.1f} kW to air, above {:.0f} kW: it needs aisle containment",
                                       r.name, r.airKw, rules.airRackWarnKw),
                           r.name});
        if (r.coolingLimitKw > 0.0 && r.heatKw > r.coolingLimitKw + kEps)
            out.push_back({Severity::Error, "rack-cooling-limit",
                           fmt::format("rack {} produces {:.1f} kW of heat, above its {:.1f} kW cooling limit",
                                       r.name, r.heatKw, r.coolingLimitKw),
                           r.name});
    }
    return out;
}

} // namespace hallwright
