// Running every design rule on a design and counting the findings.
#include "checks/checks.h"

#include "layout/layout_checks.h"
#include "power/facility.h"

#include <nlohmann/json.hpp>

namespace hallwright {

CheckList facilityChecks(const FacilityAnalysis &facility, const SweepResult &sweep, Redundancy redundancy)
{
    CheckList out = checkPower(facility, sweep, redundancy);
    for (CheckList part : {checkCooling(facility.cooling(), facility.coolingRules()),
                           checkPlant(facility.design(), facility.catalog()),
                           checkFloorLoad(facility.design(), facility.catalog())})
        out.insert(out.end(), part.begin(), part.end());
    return out;
}

CheckList runChecks(const Design &design, const Catalog &catalog, const Brief &brief,
                    const std::vector<CheckProvider> &extra, SwitchImpactFn switchImpact)
{
    CheckList out = checkLayout(design, catalog);
    const FacilityAnalysis facility(design, catalog, brief.power, brief.cooling.mode);
    const SweepResult sweep = facility.failures(std::move(switchImpact)).sweep(sweepOptionsFor(brief.power.redundancy));
    const CheckList part = facilityChecks(facility, sweep, brief.power.redundancy);
    out.insert(out.end(), part.begin(), part.end());
    for (const CheckProvider &provider : extra)
        if (provider)
            provider(design, catalog, brief, out);
    return out;
}

CheckCounts countChecks(const CheckList &checks)
{
    CheckCounts c;
    for (const Check &k : checks)
        (k.severity == Severity::Error ? c.errors : c.warnings) += 1;
    return c;
}

nlohmann::ordered_json checksSummaryJson(const CheckList &checks)
{
    const CheckCounts c = countChecks(checks);
    return nlohmann::ordered_json{{"errors", c.errors}, {"warnings", c.warnings}};
}

} // namespace hallwright
