// Equity cash flows of a lease (docs/cli.md "The lease model") and their NPV, IRR and payback.
#include "lease/lease_model.h"

#include <boost/math/tools/toms748_solve.hpp>

#include <algorithm>
#include <cmath>
#include <sstream>
#include <string>

namespace hallwright::lease {

namespace {

constexpr double kHoursPerYear = 8760.0;

[[noreturn]] void fail(const std::string &field, const std::string &rule, double got)
{
    std::ostringstream msg;
    msg << field << ": must be " << rule << ", got " << got;
    throw LeaseError(msg.str());
}

void requireRange(const std::string &field, double v, double lo, double hi, const std::string &rule)
{
    if (!std::isfinite(v) || v < lo || v > hi)
        fail(field, rule, v);
}

void requireNonNegative(const std::string &field, double v)
{
    requireRange(field, v, 0.0, HUGE_VAL, ">= 0");
}

// Stops TOMS 748 when the bracket is narrower than ~1e-12 relative.
struct Tolerance
{
    bool operator()(double a, double b) const
    {
        return std::fabs(b - a) <= 1e-12 * std::max(1.0, std::fabs(a));
    }
};

template <typename F>
double solveBracketed(F f, double lo, double hi, double fLo, double fHi)
{
    boost::uintmax_t iterations = 200;
    const auto [a, b] = boost::math::tools::toms748_solve(f, lo, hi, fLo, fHi, Tolerance{}, iterations);
    return 0.5 * (a + b);
}

} // namespace

void validate(const LeaseInputs &in)
{
    const LeaseBrief &t = in.terms;
    if (t.years < 1 || t.years > 100)
        fail("lease.years", "in [1, 100]", t.years);
    if (!t.pricePerAcceleratorHour && !t.pricePerNodeMonth)
        throw LeaseError("lease.price_per_accelerator_hour: no price given (nor price_per_node_month)");
    if (t.pricePerAcceleratorHour)
        requireNonNegative("lease.price_per_accelerator_hour", *t.pricePerAcceleratorHour);
    if (t.pricePerNodeMonth)
        requireNonNegative("lease.price_per_node_month", *t.pricePerNodeMonth);
    requireRange("lease.utilization", t.utilization, 0.0, 1.0, "in [0, 1]");
    requireNonNegative("lease.om_fraction_per_year", t.omFractionPerYear);
    requireNonNegative("lease.extra_opex_per_year", t.extraOpexPerYear);
    requireRange("lease.debt_fraction", t.debtFraction, 0.0, 1.0, "in [0, 1]");
    requireRange("lease.interest_rate", t.interestRate, 0.0, 10.0, "in [0, 10]");
    if (t.debtFraction > 0.0 && (t.loanYears < 1 || t.loanYears > 100))
        fail("lease.loan_years", "in [1, 100]", t.loanYears);
    requireRange("lease.tax_rate", t.taxRate, 0.0, 1.0, "in [0, 1]");
    if (t.depreciationYears < 1 || t.depreciationYears > 100)
        fail("lease.depreciation_years", "in [1, 100]", t.depreciationYears);
    requireNonNegative("lease.residual_fraction", t.residualFraction);
    if (!(t.discountRate > -1.0 && t.discountRate <= 10.0))
        fail("lease.discount_rate", "in (-1, 10]", t.discountRate);
    requireNonNegative("lease.capex", in.capex);
    requireNonNegative("lease.it_kw", in.itKw);
    requireRange("power.pue", in.pue, 1.0, 10.0, "in [1, 10]");
    requireRange("power.load_factor", in.loadFactor, 0.0, 1.0, "in [0, 1]");
    requireNonNegative("power.electricity_price_per_kwh", in.electricityPricePerKwh);
    if (in.accelerators < 0)
        fail("lease.accelerators", ">= 0", double(in.accelerators));
    if (in.nodes < 0)
        fail("lease.nodes", ">= 0", double(in.nodes));
}

double annualRevenue(const LeaseInputs &in)
{
    const LeaseBrief &t = in.terms;
    // A node-month price is the more specific of the two (the accelerator-hour
    // price has a default), so it wins when both are present.
    if (t.pricePerNodeMonth)
        return *t.pricePerNodeMonth * double(in.nodes) * 12.0 * t.utilization;
    if (t.pricePerAcceleratorHour)
        return *t.pricePerAcceleratorHour * double(in.accelerators) * kHoursPerYear * t.utilization;
    throw LeaseError("lease.price_per_accelerator_hour: no price given (nor price_per_node_month)");
}

double annuityPayment(double principal, double rate, int years)
{
    if (years < 1 || principal == 0.0)
        return 0.0;
    if (rate == 0.0)
        return principal / years;
    return principal * rate / (1.0 - std::pow(1.0 + rate, -years));
}

namespace {

// Year-by-year flows without NPV, IRR or payback (the break-even search needs only NPV).
LeaseResult computeFlows(const LeaseInputs &in)
{
    const LeaseBrief &t = in.terms;
    const int n = t.years;
    LeaseResult r;
    r.years = n;
    r.capex = in.capex;
    for (auto *v : {&r.revenue, &r.opex, &r.electricity, &r.ebitda, &r.depreciation, &r.interest,
                    &r.principal, &r.ebt, &r.tax, &r.netProfit})
        v->assign(n, 0.0);
    r.equityCashFlows.assign(n + 1, 0.0);

    r.loan = in.capex * t.debtFraction;
    r.equityOutlay = in.capex - r.loan;
    r.annuityPayment = annuityPayment(r.loan, t.interestRate, t.loanYears);
    r.residualValue = in.capex * t.residualFraction;
    r.equityCashFlows[0] = -r.equityOutlay;

    const double revenue = annualRevenue(in);
    const double electricity = t.electricityPaidBy == ElectricityPayer::Lessor
        ? in.itKw * in.loadFactor * t.utilization * in.pue * kHoursPerYear * in.electricityPricePerKwh
        : 0.0;
    const double opex = t.omFractionPerYear * in.capex + t.extraOpexPerYear + electricity;
    const double depreciation = in.capex / t.depreciationYears;

    double balance = r.loan;
    for (int k = 1; k <= n; ++k) {
        const int i = k - 1;
        r.revenue[i] = revenue;
        r.electricity[i] = electricity;
        r.opex[i] = opex;
        r.ebitda[i] = revenue - opex;
        // Only the depreciation years that fall inside the lease are booked.
        r.depreciation[i] = k <= t.depreciationYears ? depreciation : 0.0;
        if (balance > 0.0) {
            r.interest[i] = balance * t.interestRate;
            // The last instalment clears the balance exactly; a loan that outlives
            // the lease is repaid in full in the lease's last year.
            if (k >= t.loanYears || k == n)
                r.principal[i] = balance;
            else
                r.principal[i] = std::min(balance, r.annuityPayment - r.interest[i]);
            balance -= r.principal[i];
        }
        r.ebt[i] = r.ebitda[i] - r.depreciation[i] - r.interest[i];
        r.tax[i] = std::max(0.0, r.ebt[i]) * t.taxRate;
        r.netProfit[i] = r.ebt[i] - r.tax[i];
        r.equityCashFlows[k] = r.netProfit[i] + r.depreciation[i] - r.principal[i];
    }
    r.equityCashFlows[n] += r.residualValue;
    return r;
}

} // namespace

LeaseResult evaluateCashFlows(const LeaseInputs &in)
{
    validate(in);
    LeaseResult r = computeFlows(in);
    r.npv = npv(r.equityCashFlows, in.terms.discountRate);
    r.irr = irr(r.equityCashFlows);
    r.paybackYears = paybackYears(r.equityCashFlows);
    return r;
}

LeaseResult evaluate(const LeaseInputs &in)
{
    LeaseResult r = evaluateCashFlows(in);
    if (in.accelerators < 1 || in.terms.utilization <= 0.0)
        return r;   // no accelerator-hours to price

    // Price every accelerator-hour at p; NPV(p) is continuous and non-decreasing
    // (tax takes at most tax_rate of each extra unit), so a bracket finds the root.
    LeaseInputs priced = in;
    priced.terms.pricePerNodeMonth.reset();
    auto npvAt = [&](double price) {
        priced.terms.pricePerAcceleratorHour = price;
        return npv(computeFlows(priced).equityCashFlows, priced.terms.discountRate);
    };
    const double f0 = npvAt(0.0);
    if (f0 >= 0.0) {
        r.breakEvenPricePerAcceleratorHour = 0.0;
        return r;
    }
    double hi = 1.0;
    double fHi = npvAt(hi);
    while (fHi < 0.0 && hi < 1e12) {
        hi *= 4.0;
        fHi = npvAt(hi);
    }
    if (fHi < 0.0)
        return r;
    r.breakEvenPricePerAcceleratorHour = solveBracketed(npvAt, 0.0, hi, f0, fHi);
    return r;
}

double npv(const std::vector<double> &flows, double rate)
{
    const double factor = 1.0 / (1.0 + rate);
    double discount = 1.0;
    double sum = 0.0;
    for (double f : flows) {
        sum += f * discount;
        discount *= factor;
    }
    return sum;
}

std::optional<double> irr(const std::vector<double> &flows)
{
    // Without both an outflow and an inflow NPV keeps one sign (or is 0 everywhere).
    const bool anyIn = std::any_of(flows.begin(), flows.end(), [](double f) { return f > 0.0; });
    const bool anyOut = std::any_of(flows.begin(), flows.end(), [](double f) { return f < 0.0; });
    if (flows.size() < 2 || !anyIn || !anyOut)
        return std::nullopt;
    // Scan x = ln(1 + r) so that rates near -100 % and in the hundreds of per
    // cent are both covered; take the first sign change.
    constexpr double xLo = -9.210340371976182;   // ln(1e-4): r = -99.99 %
    constexpr double xHi = 6.90875477931522;     // ln(1001): r = 100,000 %
    constexpr int steps = 600;
    auto f = [&](double r) { return npv(flows, r); };
    double rPrev = std::expm1(xLo);
    double fPrev = f(rPrev);
    if (fPrev == 0.0)
        return rPrev;
    for (int i = 1; i <= steps; ++i) {
        const double r = std::expm1(xLo + (xHi - xLo) * i / steps);
        const double fr = f(r);
        if (fr == 0.0)
            return r;
        if ((fr < 0.0) != (fPrev < 0.0))
            return solveBracketed(f, rPrev, r, fPrev, fr);
        rPrev = r;
        fPrev = fr;
    }
    return std::nullopt;
}

std::optional<double> paybackYears(const std::vector<double> &flows)
{
    if (flows.empty())
        return std::nullopt;
    double cumulative = flows[0];
    if (cumulative >= 0.0)
        return 0.0;
    for (std::size_t k = 1; k < flows.size(); ++k) {
        const double before = cumulative;
        cumulative += flows[k];
        if (cumulative >= 0.0)
            return double(k - 1) + (-before) / flows[k];
    }
    return std::nullopt;
}

double resolveCapex(const LeaseBrief &terms, long long nodes, std::optional<double> estimate)
{
    if (terms.capexTotal) {
        requireNonNegative("lease.capex_total", *terms.capexTotal);
        return *terms.capexTotal;
    }
    if (terms.capexPerNode) {
        requireNonNegative("lease.capex_per_node", *terms.capexPerNode);
        if (nodes < 0)
            fail("lease.nodes", ">= 0", double(nodes));
        return *terms.capexPerNode * double(nodes);
    }
    if (estimate) {
        requireNonNegative("lease.capex estimate", *estimate);
        return *estimate;
    }
    throw LeaseError("lease.capex_total: not given, and no capex_per_node or catalog estimate to use");
}

} // namespace hallwright::lease
