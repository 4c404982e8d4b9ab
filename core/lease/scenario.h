// Side-by-side comparison of several variants of one design (performance and economics).
#pragma once

#include "lease/lease_model.h"
#include "perf/training.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace hallwright::lease {

/// What one variant produced; the caller runs the engines per variant.
struct ScenarioResult
{
    std::string name;
    long long accelerators = 0;
    long long nodes = 0;
    double itKw = 0.0;
    perf::TrainingEstimate training;
    LeaseResult lease;                      ///< lease.capex is the variant's capex
};

/// One row of the comparison table. Deltas are against the first variant (the
/// baseline) and are nullopt for it or where either side is unknown.
struct ScenarioRow
{
    std::string name;
    bool baseline = false;
    long long accelerators = 0;
    long long nodes = 0;
    double itKw = 0.0;
    double peakPflopsBf16 = 0.0;
    std::optional<double> mfu;
    std::optional<double> trainingDays;
    double capex = 0.0;
    std::optional<double> capexPerAccelerator;
    std::optional<double> capexPerPeakPflops;
    double revenuePerYear = 0.0;            ///< first year
    double npv = 0.0;
    std::optional<double> irr;
    std::optional<double> paybackYears;
    std::optional<double> breakEvenPricePerAcceleratorHour;
    std::optional<double> npvDelta;
    std::optional<double> capexDelta;
    std::optional<double> trainingDaysDelta;
    bool bestNpv = false;                   ///< highest NPV of the table
    bool fastestTraining = false;           ///< fewest training days of the table
};

/// Build the table in the given order. Throws LeaseError when results is empty.
std::vector<ScenarioRow> compareScenarios(const std::vector<ScenarioResult> &results);

/// The table as a JSON array of objects (snake_case fields, null for unknowns).
nlohmann::json scenariosJson(const std::vector<ScenarioRow> &rows);

} // namespace hallwright::lease
