// Comparison table of design variants with deltas against the baseline.
#include "lease/scenario.h"

#include "lease/lease_json.h"

#include <algorithm>

namespace hallwright::lease {

namespace {

std::optional<double> delta(const std::optional<double> &a, const std::optional<double> &b)
{
    if (!a || !b)
        return std::nullopt;
    return *a - *b;
}

} // namespace

std::vector<ScenarioRow> compareScenarios(const std::vector<ScenarioResult> &results)
{
    if (results.empty())
        throw LeaseError(phrase(QT_TRANSLATE_NOOP("Finding", "scenarios: at least one variant is needed")));
    std::vector<ScenarioRow> rows;
    rows.reserve(results.size());
    for (const ScenarioResult &r : results) {
        ScenarioRow row;
        row.name = r.name;
        row.accelerators = r.accelerators;
        row.nodes = r.nodes;
        row.itKw = r.itKw;
        row.peakPflopsBf16 = r.training.peakPflopsBf16;
        row.mfu = r.training.mfu;
        row.trainingDays = r.training.days;
        row.capex = r.lease.capex;
        if (r.accelerators > 0)
            row.capexPerAccelerator = r.lease.capex / double(r.accelerators);
        if (r.training.peakPflopsBf16 > 0.0)
            row.capexPerPeakPflops = r.lease.capex / r.training.peakPflopsBf16;
        row.revenuePerYear = r.lease.revenue.empty() ? 0.0 : r.lease.revenue.front();
        row.npv = r.lease.npv;
        row.irr = r.lease.irr;
        row.paybackYears = r.lease.paybackYears;
        row.breakEvenPricePerAcceleratorHour = r.lease.breakEvenPricePerAcceleratorHour;
        rows.push_back(row);
    }

    ScenarioRow &base = rows.front();
    base.baseline = true;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        rows[i].npvDelta = rows[i].npv - base.npv;
        rows[i].capexDelta = rows[i].capex - base.capex;
        rows[i].trainingDaysDelta = delta(rows[i].trainingDays, base.trainingDays);
    }

    auto bestNpv = std::max_element(rows.begin(), rows.end(),
                                    [](const auto &a, const auto &b) { return a.npv < b.npv; });
    bestNpv->bestNpv = true;
    std::optional<std::size_t> fastest;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].trainingDays && (!fastest || *rows[i].trainingDays < *rows[*fastest].trainingDays))
            fastest = i;
    }
    if (fastest)
        rows[*fastest].fastestTraining = true;
    return rows;
}

nlohmann::json scenariosJson(const std::vector<ScenarioRow> &rows)
{
    nlohmann::json out = nlohmann::json::array();
    for (const ScenarioRow &r : rows) {
        out.push_back({
            {"name", r.name},
            {"baseline", r.baseline},
            {"accelerators", r.accelerators},
            {"nodes", r.nodes},
            {"it_kw", r.itKw},
            {"peak_pflops_bf16", r.peakPflopsBf16},
            {"mfu", orNull(r.mfu)},
            {"training_days", orNull(r.trainingDays)},
            {"capex", r.capex},
            {"capex_per_accelerator", orNull(r.capexPerAccelerator)},
            {"capex_per_peak_pflops", orNull(r.capexPerPeakPflops)},
            {"revenue_per_year", r.revenuePerYear},
            {"npv", r.npv},
            {"irr", orNull(r.irr)},
            {"payback_years", orNull(r.paybackYears)},
            {"break_even_price_per_accelerator_hour", orNull(r.breakEvenPricePerAcceleratorHour)},
            {"npv_delta", orNull(r.npvDelta)},
            {"capex_delta", orNull(r.capexDelta)},
            {"training_days_delta", orNull(r.trainingDaysDelta)},
            {"best_npv", r.bestNpv},
            {"fastest_training", r.fastestTraining},
        });
    }
    return out;
}

} // namespace hallwright::lease
