// The leasing cash-flow model of docs/cli.md: revenue, opex, loan, depreciation, tax, NPV, IRR, payback.
#pragma once

#include "brief/brief.h"

#include <optional>
#include <stdexcept>
#include <vector>

namespace hallwright::lease {

/// Thrown for lease inputs that cannot be evaluated; what() is one line naming
/// the field, e.g. "lease.years: must be >= 1, got 0".
class LeaseError : public std::invalid_argument
{
public:
    using std::invalid_argument::invalid_argument;
};

/// Everything the model needs: the brief's lease terms plus the design's figures.
struct LeaseInputs
{
    LeaseBrief terms;                     ///< years, prices, rates, fractions (capex fields ignored here)
    double capex = 0.0;                   ///< resolved capex (see resolveCapex)
    double itKw = 0.0;                    ///< IT load at nameplate
    double pue = 1.25;
    double loadFactor = 0.8;              ///< average IT draw / nameplate
    double electricityPricePerKwh = 0.5;
    long long accelerators = 0;
    long long nodes = 0;
};

/// Year-by-year results. Per-year vectors have `years` entries (year 1 first);
/// equityCashFlows has years + 1 (year 0 first).
struct LeaseResult
{
    int years = 0;
    double capex = 0.0;
    std::vector<double> revenue, opex, electricity, ebitda, depreciation, interest, principal,
        ebt, tax, netProfit, equityCashFlows;
    double equityOutlay = 0.0;            ///< capex x (1 - debt fraction)
    double loan = 0.0;                    ///< capex x debt fraction
    double annuityPayment = 0.0;          ///< per year over loan_years
    double residualValue = 0.0;           ///< capex x residual fraction, in the last year
    double npv = 0.0;                     ///< of equity cash flows at the discount rate
    std::optional<double> irr;            ///< nullopt when the flows have no IRR
    std::optional<double> paybackYears;   ///< nullopt when cumulative flow never reaches zero
    std::optional<double> breakEvenPricePerAcceleratorHour; ///< price with NPV = 0; nullopt if none
};

/// Throws LeaseError naming the first invalid field.
void validate(const LeaseInputs &inputs);

/// Revenue of one year: price per accelerator-hour x accelerators x 8,760 x
/// utilization, or, when price_per_node_month is set, that x nodes x 12 x utilization.
double annualRevenue(const LeaseInputs &inputs);

/// The full model, including the break-even price (root of NPV(price) with TOMS 748).
LeaseResult evaluate(const LeaseInputs &inputs);

/// The model without the break-even search (what sweeps and the root finder call).
LeaseResult evaluateCashFlows(const LeaseInputs &inputs);

/// Net present value of flows[0..n] at `rate` (flows[0] undiscounted).
double npv(const std::vector<double> &flows, double rate);

/// Internal rate of return: the lowest rate in (-0.99, 1000) where NPV crosses
/// zero, bracketed on a grid of ln(1 + r) and refined with Boost.Math TOMS 748.
/// nullopt when NPV never changes sign there (e.g. all flows of one sign).
std::optional<double> irr(const std::vector<double> &flows);

/// First time the cumulative flow reaches zero, interpolated linearly inside
/// the year; 0 when flows[0] >= 0; nullopt when it never does.
std::optional<double> paybackYears(const std::vector<double> &flows);

/// Equal annual instalment repaying `principal` over `years` at `rate`.
double annuityPayment(double principal, double rate, int years);

/// Capex per docs/cli.md: capex_total, else capex_per_node x nodes, else the
/// estimate; throws LeaseError when none is available.
double resolveCapex(const LeaseBrief &terms, long long nodes, std::optional<double> estimate);

} // namespace hallwright::lease
