// The engine's entry points: synthesize a design from a brief, analyze a design.
#pragma once

#include "brief/brief.h"
#include "catalog/catalog.h"
#include "checks/check.h"
#include "model/design.h"
#include "perf/training.h"

#include <optional>
#include <string>

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
    ComputeResults compute;
    std::optional<perf::TrainingEstimate> training; ///< needs a brief and a known accelerator
    CheckList checks;
    std::optional<Brief> brief; ///< the brief stored in the design, when it has one

    int errors() const;
    int warnings() const;
};

/// The catalog a design is analysed with: built-in items overridden and
/// extended by the items stored in the project. Throws CatalogError.
Catalog catalogFor(const Design &design);

/// Generate a complete design from a brief: layout, then the engines' synthesis.
/// Throws BriefError, LayoutError or network::FabricError with the reason.
Design synthesize(const Brief &brief, const Catalog &catalog);

/// Analyse a design as it stands (a pure function of the design).
Results analyze(const Design &design, const Catalog &catalog);

ComputeResults analyzeCompute(const Design &design, const Catalog &catalog);

} // namespace hallwright
