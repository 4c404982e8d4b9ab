// Design-rule checks of a whole design: layout, power, cooling and floor, plus pluggable providers.
#pragma once

#include "brief/brief.h"
#include "catalog/catalog.h"
#include "checks/check.h"
#include "cooling/cooling_analysis.h"
#include "model/design.h"
#include "power/failure_impact.h"

#include <nlohmann/json_fwd.hpp>

#include <functional>
#include <vector>

namespace hallwright {

class FacilityAnalysis;

/// Slack in the rules' comparisons of sizes and loads: a value this close to its
/// limit passes, so that rounding in sums never raises a finding.
inline constexpr double kCheckTolerance = 1e-6;

/// Adds its findings to the list (the network engine's tray fill, for example).
using CheckProvider = std::function<void(const Design &, const Catalog &, const Brief &, CheckList &)>;

/// Failures whose after-failure loads must stay within continuous ratings:
/// PDU, busway and RPP always (every feed carries the whole load when the
/// other fails), UPS modules for N+1 and 2N, transformers for 2N.
SweepOptions sweepOptionsFor(Redundancy redundancy);

/// Power rules. Codes: overloaded-feed (an element above its continuous rating
/// normally or after a feed fails; generators short of the facility load),
/// redundancy-not-met (a failure the redundancy level must survive darkens
/// racks or overloads a UPS system / transformer), single-feed (a PDU or
/// busway failure darkens racks in an N / N+1 design), power-chain,
/// rack-unpowered, unknown-item, single-point-of-failure (one component's
/// loss cuts off more than kSinglePointShare of the accelerators, N+1 and 2N).
/// Nodes a feed failure leaves on too few supplies are reported by the sweep
/// (FailureImpact::acceleratorsDegraded), not as a finding: they throttle, they run.
CheckList checkPower(const FacilityAnalysis &facility, const SweepResult &sweep, Redundancy redundancy);

/// Cooling rules. Codes: cooling-shortfall (a zone's units short of its heat
/// or airflow / coolant flow, heat with no zone), redundancy-not-met (not
/// N+1), air-cooling-limit (a rack's air share above what air can cool:
/// error above CoolingRules::airRackLimitKw, warning above airRackWarnKw),
/// rack-cooling-limit (above the rack's own limit), unknown-item.
CheckList checkCooling(const CoolingResults &cooling, const CoolingRules &rules = {});

/// Plant rules. Codes: load-unfed (a fan, pump, chiller, dry cooler or CDU
/// whose chain reaches no transformer), overloaded-feed (an MCC above 80 % of
/// its rating, a mechanical UPS or transformer above its rating),
/// generator-paralleling (more sets on one bus than maxGeneratorsPerBus, the
/// paralleling limit), generator-rating (a standby-rated set, ISO 8528-1).
inline constexpr int kMaxGeneratorsPerBus = 32;
CheckList checkPlant(const Design &design, const Catalog &catalog, int maxGeneratorsPerBus = kMaxGeneratorsPerBus);

/// Share of the accelerators one component's loss may cut off (dark or off
/// the fabric); more is a single point of failure (single-point-of-failure).
/// 60 %: an N+1 design of two blocks loses about half its racks with a
/// transformer (N+1 covers UPS modules, not transformers); more than that
/// means one component carries what should be spread (all the spine and core
/// racks on one block, say), and 2N must lose nothing at all.
inline constexpr double kSinglePointShare = 0.6;

/// Floor rules. Codes: rack-overweight (above Rack::weightLimitKg), floor-load
/// (rack weight over its footprint plus half the aisle on each side, at most
/// kFloorAisleShareM per side, above Hall::floorLoadKgPerM2).
CheckList checkFloorLoad(const Design &design, const Catalog &catalog);
inline constexpr double kFloorAisleShareM = 0.6;

/// Weight of a rack: its devices' catalog weights plus the empty rack (the
/// catalog rack type of the same footprint and height), except where a
/// rack-scale node is the rack. kg.
double rackWeightKg(const Design &design, const Catalog &catalog, const Rack &rack);

/// Power (on the given single-failure sweep), cooling and floor rules of an
/// analysed facility: the part of runChecks that reuses an analysis already made.
CheckList facilityChecks(const FacilityAnalysis &facility, const SweepResult &sweep, Redundancy redundancy);

/// Every design rule: checkLayout, then power (with the single-failure sweep),
/// cooling and floor, then the extra providers.
CheckList runChecks(const Design &design, const Catalog &catalog, const Brief &brief,
                    const std::vector<CheckProvider> &extra = {}, SwitchImpactFn switchImpact = {});

struct CheckCounts
{
    int errors = 0;
    int warnings = 0;
};
CheckCounts countChecks(const CheckList &checks);

/// The summary's `checks` object: errors, warnings.
nlohmann::ordered_json checksSummaryJson(const CheckList &checks);

} // namespace hallwright
