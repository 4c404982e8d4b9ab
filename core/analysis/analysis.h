// The engine's entry points: synthesize a design from a brief, analyze a design.
#pragma once

#include "brief/brief.h"
#include "catalog/catalog.h"
#include "checks/check.h"
#include "cooling/cooling_analysis.h"
#include "lease/capex.h"
#include "lease/lease_model.h"
#include "lease/sensitivity.h"
#include "model/design.h"
#include "network/network_analysis.h"
#include "perf/training.h"
#include "power/failure_impact.h"
#include "power/power_analysis.h"

#include <optional>
#include <string>
#include <vector>

namespace hallwright {

/// Compute capacity of the design as placed (not as briefed).
struct ComputeResults
{
    long long accelerators = 0;
    long long nodes = 0;
    int racks = 0;              ///< all racks in the hall
    int computeRacks = 0;
    int networkRacks = 0;
    double peakPflopsBf16 = 0.0;
    std::optional<double> peakPflopsFp8; ///< null when a placed accelerator has no FP8
    std::string platform;       ///< catalog id of the compute node, "mixed" if several
};

/// Everything the engines derive from a design. Sections whose engine cannot
/// compute them are empty (and reported as null in the summary).
struct Results
{
    std::string name;            ///< the design's name (its hall's name, else its brief's)
    std::optional<Brief> brief;  ///< the brief stored in the design, when it has one and it validates
    ComputeResults compute;
    std::optional<network::NetworkResults> network; ///< empty when the design has no compute fabric
    std::optional<PowerResults> power;              ///< empty when the design has no racks
    std::optional<CoolingResults> cooling;
    std::vector<FailureImpact> worstFailures;       ///< the worst single failure of each component kind
    std::vector<PowerScheduleRow> powerSchedule;    ///< every rack feed: PDU, busway, UPS, transformer, kW
    std::optional<perf::TrainingEstimate> training; ///< needs a brief and a known accelerator
    std::optional<lease::CapexEstimate> capexEstimate; ///< from catalog prices (shown even when the brief gives capex)
    std::optional<lease::LeaseResult> lease;        ///< needs a brief, IT load and a PUE
    std::optional<lease::Tornado> tornado;          ///< NPV/IRR sensitivity to price, utilization, capex, electricity
    std::vector<std::string> unpricedItems;         ///< placed items the capex estimate could not price
    CheckList checks;

    int errors() const;
    int warnings() const;
};

/// The catalog a design is analysed with: built-in items overridden and
/// extended by the items stored in the project. Throws CatalogError.
Catalog catalogFor(const Design &design);

/// Generate a complete design from a brief: layout, network, power, cooling.
/// Throws BriefError, LayoutError, network::FabricError or PowerError with the reason.
Design synthesize(const Brief &brief, const Catalog &catalog);

/// Analyse a design as it stands (a pure function of the design).
Results analyze(const Design &design, const Catalog &catalog);

ComputeResults analyzeCompute(const Design &design, const Catalog &catalog);

} // namespace hallwright
