// The leasing cash-flow model of docs/cli.md: revenue, opex, loan, depreciation, tax, NPV, IRR, payback.
#pragma once

#include "brief/brief.h"
#include "checks/phrase.h"

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace hallwright::lease {

/// Thrown for lease inputs that cannot be evaluated; what() is one line naming
/// the field, e.g. "lease.years: must be >= 1, got 0".
class LeaseError : public PhrasedException<std::invalid_argument>
{
public:
    using PhrasedException::PhrasedException;
};

/// Everything the model needs: the brief's lease terms plus the design's figures.
/// Money is in the lease's currency (the caller converts catalog CNY figures).
struct LeaseInputs
{
    LeaseBrief terms;                     ///< years, prices, ramps, rates (capex fields are resolved by the caller)
    double capexIt = 0.0;                 ///< IT class: nodes, network, racks, PDUs (see resolveCapex)
    double capexFacility = 0.0;           ///< facility class: power and cooling plant, fit-out (0 when colocated)
    double itKw = 0.0;                    ///< IT load at nameplate
    double pue = 1.25;
    double loadFactor = 0.8;              ///< average IT draw / nameplate
    double electricityPricePerKwh = 0.5;
    long long accelerators = 0;
    long long nodes = 0;

    double capexTotal() const { return capexIt + capexFacility; }
};

/// Year-by-year results. Per-year vectors have `years` entries (year 1 first);
/// equityCashFlows has years + 1 (year 0 first).
struct LeaseResult
{
    int years = 0;
    double capex = 0.0;                   ///< total: IT + facility
    double capexIt = 0.0;
    double capexFacility = 0.0;
    double pricePerAcceleratorHour = 0.0; ///< year 1's price (the node-month price converted when that is given)
    std::string priceSource;              ///< "brief", or the catalog's source of the platform's market price
    bool priceEstimated = false;          ///< the default price is a catalog estimate
    std::vector<double> revenue, utilization, opex, electricity, colocationRent, ebitda, depreciation,
        depreciationIt, depreciationFacility, interest, principal, ebt, lossUsed, taxableIncome, tax,
        netProfit, taxRefund, equityCashFlows;
    double equityOutlay = 0.0;            ///< capex x (1 - debt fraction)
    double loan = 0.0;                    ///< capex x debt fraction
    double annuityPayment = 0.0;          ///< per year over loan_years
    double residualValue = 0.0;           ///< resale of the IT class: IT capex x residual fraction, last year
    double itBookValueAtEnd = 0.0;        ///< IT capex less the IT depreciation booked in the lease
    double facilityBookValueAtEnd = 0.0;  ///< terminal value of the facility class
    double resaleGain = 0.0;              ///< residual value - IT book value (taxed in the last year)
    double loanBalanceRepaidAtEnd = 0.0;  ///< a loan longer than the lease: what the last year repays early
    double lossCarriedForwardAtEnd = 0.0; ///< losses still usable after the last year
    double npv = 0.0;                     ///< of equity cash flows at the discount rate
    std::optional<double> irr;            ///< nullopt when the flows have no IRR
    std::optional<double> paybackYears;   ///< nullopt when cumulative flow never reaches zero
    std::optional<double> breakEvenPricePerAcceleratorHour; ///< year-1 price with NPV = 0; nullopt if none
};

/// Years a tax loss can be carried forward (PRC Enterprise Income Tax Law, art. 18).
inline constexpr int kLossCarryForwardYears = 5;

/// Throws LeaseError naming the first invalid field.
void validate(const LeaseInputs &inputs);

/// Revenue of year y (1-based): price per accelerator-hour x (1 + price change)^(y-1)
/// x accelerators x 8,760 x utilization_y, or, when price_per_node_month is set,
/// that price x (1 + change)^(y-1) x nodes x 12 x utilization_y.
double annualRevenue(const LeaseInputs &inputs, int year = 1);

/// The full model, including the break-even price (root of NPV(price) with TOMS 748).
LeaseResult evaluate(const LeaseInputs &inputs);

/// The model without the break-even search (what sweeps and the root finder call).
LeaseResult evaluateCashFlows(const LeaseInputs &inputs);

/// Net present value of flows[0..n] at `rate` (flows[0] undiscounted).
double npv(const std::vector<double> &flows, double rate);

/// Internal rate of return: a rate in (-0.9999, 1000) where NPV crosses zero,
/// bracketed on a grid of ln(1 + r) and refined with Boost.Math TOMS 748; of
/// several (flows with several sign changes) the one nearest 10 %. nullopt when
/// NPV never changes sign there (e.g. all flows of one sign).
std::optional<double> irr(const std::vector<double> &flows);

/// First time the cumulative flow reaches zero, interpolated linearly inside
/// the year; 0 when flows[0] >= 0; nullopt when it never does.
std::optional<double> paybackYears(const std::vector<double> &flows);

/// Equal annual instalment repaying `principal` over `years` at `rate`.
double annuityPayment(double principal, double rate, int years);

/// IT capex per docs/cli.md: capex_total, else capex_per_node x nodes, else the
/// estimate; throws LeaseError when none is available.
double resolveCapex(const LeaseBrief &terms, long long nodes, std::optional<double> estimate);

/// Facility capex per docs/cli.md: 0 when colocated; facility_capex_total when
/// given; else the engine's estimate when the IT capex is the estimate too (the
/// brief gave neither capex_total nor capex_per_node); else 0.
double resolveFacilityCapex(const LeaseBrief &terms, std::optional<double> estimate);

} // namespace hallwright::lease
