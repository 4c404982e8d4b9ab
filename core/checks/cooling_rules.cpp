// Cooling design rules: zone capacity and flows, N+1 units, rack air limits, rear doors.
#include "checks/checks.h"

#include <algorithm>

namespace hallwright {

namespace {

/// The words of one cooling medium in the findings.
struct Medium
{
    Phrase name;      ///< "air", "liquid"
    Phrase units;     ///< "air units", "CDUs"
    const char *flowUnit;
};

/// Checks one medium (air or liquid) of a zone: capacity, flow, then N+1.
void checkMedium(CheckList &out, const CoolingZoneLoad &z, const Medium &m, double load, double capacity,
                 double largest, double flow, double flowCapacity, double largestFlow, std::size_t count)
{
    if (load <= kCheckTolerance)
        return;
    // Flow is judged only when the units publish it.
    const bool flowKnown = flowCapacity > 0.0;
    if (capacity + kCheckTolerance < load) {
        out.push_back(finding(Severity::Error, "cooling-shortfall",
                              phrase(QT_TRANSLATE_NOOP("Finding", "%1: %2 heat %3 kW exceeds the %4 kW of its %5 %6"),
                                     z.name, m.name, number(load, 0), number(capacity, 0), count, m.units),
                              z.name));
        return;
    }
    if (flowKnown && flowCapacity + kCheckTolerance < flow) {
        out.push_back(finding(Severity::Error, "cooling-shortfall",
                              phrase(QT_TRANSLATE_NOOP("Finding", "%1: %2 %3 %4 needed, its %5 %6 move %7 %3"), z.name,
                                     number(flow, 1), m.flowUnit, m.name, count, m.units, number(flowCapacity, 1)),
                              z.name));
        return;
    }
    const bool capShort = capacity - largest + kCheckTolerance < load;
    const bool flowShort = flowKnown && flowCapacity - largestFlow + kCheckTolerance < flow;
    if (capShort || flowShort)
        out.push_back(finding(Severity::Error, "redundancy-not-met",
                              phrase(QT_TRANSLATE_NOOP("Finding", "%1: without its largest %2 unit the %3 %4 leave %5 "
                                                                  "kW / %6 %7 for %8 kW / %9 %7; cooling units must "
                                                                  "be N+1"),
                                     z.name, m.name, count, m.units, number(capacity - largest, 0),
                                     number(flowCapacity - largestFlow, 1), m.flowUnit, number(load, 0),
                                     number(flow, 1)),
                              z.name));
}

/// Air reaches the white space only from units against the opening, and
/// only as fast as the opening lets it through (docs/engineering-reference.md §4). Judged for
/// galleries that open onto a compute zone.
void checkDelivery(CheckList &out, const CoolingZoneLoad &z, const CoolingRules &rules)
{
    if (z.airKw <= kCheckTolerance || z.openingLengthM <= 0.0)
        return;
    const double usable = z.facingAirCapacityKw - z.facingLargestAirUnitKw;
    const bool flowKnown = z.facingAirflowCapacityM3s > 0.0;
    const double usableFlow = z.facingAirflowCapacityM3s - z.facingLargestAirUnitM3s;
    const int behind = static_cast<int>(z.airUnits.size()) - z.facingAirUnits;
    if (usable + kCheckTolerance < z.airKw || (flowKnown && usableFlow + kCheckTolerance < z.airflowM3s)) {
        const Phrase facing = phrase(QT_TRANSLATE_NOOP("Finding", "%1: %2 of its %3 air units face the white space "
                                                                  "over %4 m of wall; without the largest they "
                                                                  "deliver %5 kW / %6 m³/s for %7 kW / %8 m³/s of air "
                                                                  "heat"),
                                     z.name, z.facingAirUnits, z.airUnits.size(), number(z.openingLengthM, 1),
                                     number(std::max(0.0, usable), 0), number(std::max(0.0, usableFlow), 1),
                                     number(z.airKw, 0), number(z.airflowM3s, 1));
        out.push_back(finding(
            Severity::Error, "cooling-undeliverable",
            behind > 0 ? phrase(QT_TRANSLATE_NOOP("Finding", "%1; %2 stand behind them and move no air into the room "
                                                             "(add units on more walls, in-row units, or cool with "
                                                             "liquid)"),
                                facing, behind)
                       : phrase(QT_TRANSLATE_NOOP("Finding", "%1 (add units on more walls, in-row units, or cool with "
                                                             "liquid)"),
                                facing),
            z.name));
    }
    // Above the limit an error, above the coil face velocity a warning; the same figures either way.
    const bool overLimit = z.faceVelocityMs > rules.faceVelocityLimitMs + kCheckTolerance;
    if (!overLimit && z.faceVelocityMs <= rules.faceVelocityWarnMs + kCheckTolerance)
        return;
    const char *pattern = overLimit ? QT_TRANSLATE_NOOP("Finding", "%1: %2 m³/s through a %3 × %4 m opening is %5 m/s, "
                                                                   "above the %6 m/s limit")
                                    : QT_TRANSLATE_NOOP("Finding", "%1: %2 m³/s through a %3 × %4 m opening is %5 m/s, "
                                                                   "above the %6 m/s coil face velocity");
    out.push_back(finding(overLimit ? Severity::Error : Severity::Warning, "airflow-velocity",
                          phrase(pattern, z.name, number(z.airflowM3s, 1), number(z.openingLengthM, 1),
                                 number(rules.openingHeightM, 1), number(z.faceVelocityMs, 2),
                                 number(overLimit ? rules.faceVelocityLimitMs : rules.faceVelocityWarnMs, 1)),
                          z.name));
}

} // namespace

CheckList checkCooling(const CoolingResults &c, const CoolingRules &rules)
{
    CheckList out;
    for (const auto &[location, text] : c.problems)
        out.push_back(finding(Severity::Error, "unknown-item", text, location));
    if (c.unassignedKw > kCheckTolerance)
        out.push_back(finding(Severity::Error, "cooling-shortfall",
                              phrase(QT_TRANSLATE_NOOP("Finding", "%1 kW of heat has no cooling zone to go to"),
                                     number(c.unassignedKw, 0)),
                              ""));
    const Medium air{phrase(QT_TRANSLATE_NOOP("Finding", "air")), phrase(QT_TRANSLATE_NOOP("Finding", "air units")),
                     "m³/s"};
    const Medium liquid{phrase(QT_TRANSLATE_NOOP("Finding", "liquid")), phrase(QT_TRANSLATE_NOOP("Finding", "CDUs")),
                        "L/s"};
    for (const CoolingZoneLoad &z : c.zones) {
        checkMedium(out, z, air, z.airKw, z.airCapacityKw, z.largestAirUnitKw, z.airflowM3s, z.airflowCapacityM3s,
                    z.largestAirUnitM3s, z.airUnits.size());
        checkMedium(out, z, liquid, z.cduLoadKw, z.cduCapacityKw, z.largestCduKw, z.coolantLps, z.coolantCapacityLps,
                    z.largestCduLps, z.cdus.size());
    }
    for (const CoolingZoneLoad &z : c.zones) {
        checkDelivery(out, z, rules);
        // A failed rear door sends its rack's exhaust into the room: the gallery
        // must take it on top of the residual air heat (all units running).
        if (z.largestRearDoorKw > 0.0 && z.airCapacityKw + kCheckTolerance < z.airKw + z.largestRearDoorKw)
            out.push_back(finding(Severity::Warning, "rear-door-failure",
                                  phrase(QT_TRANSLATE_NOOP("Finding", "%1: if one rack's rear door fails, %2 kW of "
                                                                      "air heat reach the room, more than the %3 kW "
                                                                      "of its air units"),
                                         z.name, number(z.airKw + z.largestRearDoorKw, 0),
                                         number(z.airCapacityKw, 0)),
                                  z.name));
    }
    for (const RackHeat &r : c.racks) {
        if (r.airKw > rules.airRackLimitKw + kCheckTolerance)
            out.push_back(finding(Severity::Error, "air-cooling-limit",
                                  phrase(QT_TRANSLATE_NOOP("Finding", "rack %1 sends %2 kW to air, above the %3 kW air "
                                                                      "can cool in one rack"),
                                         r.name, number(r.airKw, 1), number(rules.airRackLimitKw, 0)),
                                  r.name));
        else if (r.airKw > rules.airRackWarnKw + kCheckTolerance)
            out.push_back(finding(Severity::Warning, "air-cooling-limit",
                                  phrase(QT_TRANSLATE_NOOP("Finding", "rack %1 sends %2 kW to air, above %3 kW: it "
                                                                      "needs aisle containment"),
                                         r.name, number(r.airKw, 1), number(rules.airRackWarnKw, 0)),
                                  r.name));
        // A door takes no more than its capacity; the rest of the exhaust heat
        // reaches the room, which the galleries may not have been sized for.
        if (r.rearDoorKw > 0.0 && r.airKw > r.rearDoorKw + kCheckTolerance)
            out.push_back(finding(Severity::Warning, "rear-door-capacity",
                                  phrase(QT_TRANSLATE_NOOP("Finding", "rack %1 sends %2 kW to air, above the %3 kW of "
                                                                      "its rear door: %4 kW reaches the room"),
                                         r.name, number(r.airKw, 1), number(c.rearDoorCapacityKw, 0),
                                         number(r.airKw - r.rearDoorKw, 1)),
                                  r.name));
        if (r.coolingLimitKw > 0.0 && r.heatKw > r.coolingLimitKw + kCheckTolerance)
            out.push_back(finding(Severity::Error, "rack-cooling-limit",
                                  phrase(QT_TRANSLATE_NOOP("Finding", "rack %1 produces %2 kW of heat, above its %3 kW "
                                                                      "cooling limit"),
                                         r.name, number(r.heatKw, 1), number(r.coolingLimitKw, 1)),
                                  r.name));
    }
    return out;
}

} // namespace hallwright
