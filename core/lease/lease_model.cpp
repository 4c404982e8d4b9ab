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

/// "field: must be RULE, got V"; the rule is marked for translation where it is written.
[[noreturn]] void fail(const std::string &field, const char *rule, double got)
{
    std::ostringstream value;
    value << got;
    throw LeaseError(
        phrase(QT_TRANSLATE_NOOP("Finding", "%1: must be %2, got %3"), field, untranslated(rule), value.str()));
}

void requireRange(const std::string &field, double v, double lo, double hi, const char *rule)
{
    if (!std::isfinite(v) || v < lo || v > hi)
        fail(field, rule, v);
}

void requireNonNegative(const std::string &field, double v)
{
    requireRange(field, v, 0.0, HUGE_VAL, QT_TRANSLATE_NOOP("Finding", ">= 0"));
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
        fail("lease.years", QT_TRANSLATE_NOOP("Finding", "in [1, 100]"), t.years);
    if (!t.pricePerAcceleratorHour && !t.pricePerNodeMonth)
        throw LeaseError(phrase(QT_TRANSLATE_NOOP("Finding", "lease.price_per_accelerator_hour: no price given (nor price_per_node_month)")));
    if (t.pricePerAcceleratorHour)
        requireNonNegative("lease.price_per_accelerator_hour", *t.pricePerAcceleratorHour);
    if (t.pricePerNodeMonth)
        requireNonNegative("lease.price_per_node_month", *t.pricePerNodeMonth);
    if (!(t.priceChangePerYear > -1.0 && t.priceChangePerYear <= 10.0))
        fail("lease.price_change_per_year", QT_TRANSLATE_NOOP("Finding", "in (-1, 10]"), t.priceChangePerYear);
    requireRange("lease.utilization", t.utilization, 0.0, 1.0, QT_TRANSLATE_NOOP("Finding", "in [0, 1]"));
    if (!t.utilizationByYear.empty() && t.utilizationByYear.size() != std::size_t(t.years))
        fail("lease.utilization", QT_TRANSLATE_NOOP("Finding", "a list of lease.years numbers"), double(t.utilizationByYear.size()));
    for (double u : t.utilizationByYear)
        requireRange("lease.utilization[]", u, 0.0, 1.0, QT_TRANSLATE_NOOP("Finding", "in [0, 1]"));
    requireNonNegative("lease.tax_refund_per_year", t.taxRefundPerYear);
    if (!t.taxRefundByYear.empty() && t.taxRefundByYear.size() != std::size_t(t.years))
        fail("lease.tax_refund_per_year", QT_TRANSLATE_NOOP("Finding", "a list of lease.years numbers"), double(t.taxRefundByYear.size()));
    for (double r : t.taxRefundByYear)
        requireNonNegative("lease.tax_refund_per_year[]", r);
    if (t.facility == FacilityMode::Colocation) {
        if (!t.colocationPricePerKwMonth)
            throw LeaseError(phrase(QT_TRANSLATE_NOOP("Finding", "lease.colocation_price_per_kw_month: required when lease.facility is \"colocation\"")));
        requireNonNegative("lease.colocation_price_per_kw_month", *t.colocationPricePerKwMonth);
    }
    requireNonNegative("lease.om_fraction_per_year", t.omFractionPerYear);
    requireNonNegative("lease.extra_opex_per_year", t.extraOpexPerYear);
    requireRange("lease.debt_fraction", t.debtFraction, 0.0, 1.0, QT_TRANSLATE_NOOP("Finding", "in [0, 1]"));
    requireRange("lease.interest_rate", t.interestRate, 0.0, 10.0, QT_TRANSLATE_NOOP("Finding", "in [0, 10]"));
    if (t.debtFraction > 0.0 && (t.loanYears < 1 || t.loanYears > 100))
        fail("lease.loan_years", QT_TRANSLATE_NOOP("Finding", "in [1, 100]"), t.loanYears);
    requireRange("lease.tax_rate", t.taxRate, 0.0, 1.0, QT_TRANSLATE_NOOP("Finding", "in [0, 1]"));
    if (t.depreciationYears < 1 || t.depreciationYears > 100)
        fail("lease.depreciation_years", QT_TRANSLATE_NOOP("Finding", "in [1, 100]"), t.depreciationYears);
    if (t.facilityDepreciationYears < 1 || t.facilityDepreciationYears > 100)
        fail("lease.facility_depreciation_years", QT_TRANSLATE_NOOP("Finding", "in [1, 100]"), t.facilityDepreciationYears);
    requireNonNegative("lease.residual_fraction", t.residualFraction);
    if (!(t.discountRate > -1.0 && t.discountRate <= 10.0))
        fail("lease.discount_rate", QT_TRANSLATE_NOOP("Finding", "in (-1, 10]"), t.discountRate);
    requireNonNegative("lease.capex_it", in.capexIt);
    requireNonNegative("lease.capex_facility", in.capexFacility);
    requireNonNegative("lease.it_kw", in.itKw);
    requireRange("power.pue", in.pue, 1.0, 10.0, QT_TRANSLATE_NOOP("Finding", "in [1, 10]"));
    requireRange("power.load_factor", in.loadFactor, 0.0, 1.0, QT_TRANSLATE_NOOP("Finding", "in [0, 1]"));
    requireNonNegative("power.electricity_price_per_kwh", in.electricityPricePerKwh);
    if (in.accelerators < 0)
        fail("lease.accelerators", QT_TRANSLATE_NOOP("Finding", ">= 0"), double(in.accelerators));
    if (in.nodes < 0)
        fail("lease.nodes", QT_TRANSLATE_NOOP("Finding", ">= 0"), double(in.nodes));
}

double annualRevenue(const LeaseInputs &in, int year)
{
    const LeaseBrief &t = in.terms;
    const double u = t.utilizationInYear(year);
    const double change = std::pow(1.0 + t.priceChangePerYear, year - 1);
    // A node-month price is the more specific of the two, so it wins when both are present.
    if (t.pricePerNodeMonth)
        return *t.pricePerNodeMonth * change * double(in.nodes) * 12.0 * u;
    if (t.pricePerAcceleratorHour)
        return *t.pricePerAcceleratorHour * change * double(in.accelerators) * kHoursPerYear * u;
    throw LeaseError(phrase(QT_TRANSLATE_NOOP("Finding", "lease.price_per_accelerator_hour: no price given (nor price_per_node_month)")));
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

/// Straight-line depreciation of `capex` over `life` years, booked in year k.
double straightLine(double capex, int life, int k)
{
    return k <= life ? capex / life : 0.0;
}

/// Losses of earlier years still usable, oldest first (a loss of year y offsets years y+1 … y+5).
struct LossPool
{
    std::vector<std::pair<int, double>> losses;   ///< (year, amount still unused)

    /// Offsets `income` (> 0) of year k with usable losses; returns the amount used.
    double use(int k, double income)
    {
        double used = 0.0;
        for (auto &[year, left] : losses) {
            if (k - year > kLossCarryForwardYears || left <= 0.0)
                continue;
            const double take = std::min(left, income - used);
            left -= take;
            used += take;
            if (used >= income)
                break;
        }
        return used;
    }

    /// What is left that a year after k could still use.
    double usableAfter(int k) const
    {
        double sum = 0.0;
        for (const auto &[year, left] : losses)
            if (k + 1 - year <= kLossCarryForwardYears)
                sum += left;
        return sum;
    }
};

// Year-by-year flows without NPV, IRR or payback (the break-even search needs only NPV).
LeaseResult computeFlows(const LeaseInputs &in)
{
    const LeaseBrief &t = in.terms;
    const int n = t.years;
    LeaseResult r;
    r.years = n;
    r.capexIt = in.capexIt;
    r.capexFacility = in.capexFacility;
    r.capex = in.capexTotal();
    for (auto *v : {&r.revenue, &r.utilization, &r.opex, &r.electricity, &r.colocationRent, &r.ebitda,
                    &r.depreciation, &r.depreciationIt, &r.depreciationFacility, &r.interest, &r.principal,
                    &r.ebt, &r.lossUsed, &r.taxableIncome, &r.tax, &r.netProfit, &r.taxRefund})
        v->assign(n, 0.0);
    r.equityCashFlows.assign(n + 1, 0.0);

    if (t.pricePerNodeMonth)
        r.pricePerAcceleratorHour = in.accelerators > 0
            ? *t.pricePerNodeMonth * double(in.nodes) * 12.0 / (double(in.accelerators) * kHoursPerYear)
            : 0.0;
    else
        r.pricePerAcceleratorHour = t.pricePerAcceleratorHour.value_or(0.0);

    r.loan = r.capex * t.debtFraction;
    r.equityOutlay = r.capex - r.loan;
    r.annuityPayment = annuityPayment(r.loan, t.interestRate, t.loanYears);
    r.residualValue = in.capexIt * t.residualFraction;
    r.equityCashFlows[0] = -r.equityOutlay;

    const double rent = t.facility == FacilityMode::Colocation
        ? t.colocationPricePerKwMonth.value_or(0.0) * in.itKw * 12.0
        : 0.0;
    LossPool pool;
    double balance = r.loan;
    double itBooked = 0.0;
    double facilityBooked = 0.0;
    for (int k = 1; k <= n; ++k) {
        const int i = k - 1;
        const double u = t.utilizationInYear(k);
        r.utilization[i] = u;
        r.revenue[i] = annualRevenue(in, k);
        r.electricity[i] = t.electricityPaidBy == ElectricityPayer::Lessor
            ? in.itKw * in.loadFactor * u * in.pue * kHoursPerYear * in.electricityPricePerKwh
            : 0.0;
        r.colocationRent[i] = rent;
        r.opex[i] = t.omFractionPerYear * r.capex + t.extraOpexPerYear + r.electricity[i] + rent;
        r.ebitda[i] = r.revenue[i] - r.opex[i];
        // Only the depreciation years that fall inside the lease are booked.
        r.depreciationIt[i] = straightLine(in.capexIt, t.depreciationYears, k);
        r.depreciationFacility[i] = straightLine(in.capexFacility, t.facilityDepreciationYears, k);
        r.depreciation[i] = r.depreciationIt[i] + r.depreciationFacility[i];
        itBooked += r.depreciationIt[i];
        facilityBooked += r.depreciationFacility[i];
        if (balance > 0.0) {
            r.interest[i] = balance * t.interestRate;
            // The last instalment clears the balance exactly; a loan that outlives
            // the lease is repaid in full in the lease's last year.
            if (k >= t.loanYears || k == n) {
                if (k < t.loanYears)
                    r.loanBalanceRepaidAtEnd = balance;
                r.principal[i] = balance;
            } else {
                r.principal[i] = std::min(balance, r.annuityPayment - r.interest[i]);
            }
            balance -= r.principal[i];
        }
        r.ebt[i] = r.ebitda[i] - r.depreciation[i] - r.interest[i];
        if (k == n) {
            r.itBookValueAtEnd = std::max(0.0, in.capexIt - itBooked);
            r.facilityBookValueAtEnd = std::max(0.0, in.capexFacility - facilityBooked);
            r.resaleGain = r.residualValue - r.itBookValueAtEnd;
            r.ebt[i] += r.resaleGain;
        }
        if (r.ebt[i] < 0.0) {
            pool.losses.emplace_back(k, -r.ebt[i]);
            r.taxableIncome[i] = r.ebt[i];
        } else {
            r.lossUsed[i] = pool.use(k, r.ebt[i]);
            r.taxableIncome[i] = r.ebt[i] - r.lossUsed[i];
        }
        r.tax[i] = std::max(0.0, r.taxableIncome[i]) * t.taxRate;
        r.netProfit[i] = r.ebt[i] - r.tax[i];
        r.taxRefund[i] = t.taxRefundInYear(k);
        r.equityCashFlows[k] = r.netProfit[i] + r.depreciation[i] - r.principal[i] + r.taxRefund[i];
    }
    // The resale arrives after its tax (net profit holds the gain); the facility is kept at book value.
    r.equityCashFlows[n] += r.itBookValueAtEnd + r.facilityBookValueAtEnd;
    r.lossCarriedForwardAtEnd = pool.usableAfter(n);
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
    double hours = 0.0;
    for (int k = 1; k <= in.terms.years; ++k)
        hours += in.terms.utilizationInYear(k);
    if (in.accelerators < 1 || hours <= 0.0)
        return r;   // no accelerator-hours to price

    // Price every accelerator-hour at p in year 1 (later years follow the price
    // change); NPV(p) is continuous and non-decreasing (tax, after carried-forward
    // losses, takes at most tax_rate of each extra unit), so a bracket finds the root.
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
    // cent are both covered. Flows with several sign changes can have several
    // roots: report the one nearest the customary 10 % guess (what a
    // spreadsheet's IRR() converges to from its default start).
    constexpr double xLo = -9.210340371976182;   // ln(1e-4): r = -99.99 %
    constexpr double xHi = 6.90875477931522;     // ln(1001): r = 100,000 %
    constexpr int steps = 600;
    constexpr double guess = 0.10;
    auto f = [&](double r) { return npv(flows, r); };
    std::optional<double> best;
    auto keep = [&](double root) {
        if (!best || std::fabs(root - guess) < std::fabs(*best - guess))
            best = root;
    };
    double rPrev = std::expm1(xLo);
    double fPrev = f(rPrev);
    if (fPrev == 0.0)
        keep(rPrev);
    for (int i = 1; i <= steps; ++i) {
        const double r = std::expm1(xLo + (xHi - xLo) * i / steps);
        const double fr = f(r);
        if (fr == 0.0)
            keep(r);
        else if (fPrev != 0.0 && (fr < 0.0) != (fPrev < 0.0))
            keep(solveBracketed(f, rPrev, r, fPrev, fr));
        rPrev = r;
        fPrev = fr;
    }
    return best;
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
            fail("lease.nodes", QT_TRANSLATE_NOOP("Finding", ">= 0"), double(nodes));
        return *terms.capexPerNode * double(nodes);
    }
    if (estimate) {
        requireNonNegative("lease.capex estimate", *estimate);
        return *estimate;
    }
    throw LeaseError(phrase(QT_TRANSLATE_NOOP("Finding", "lease.capex_total: not given, and no capex_per_node or catalog estimate to use")));
}

double resolveFacilityCapex(const LeaseBrief &terms, std::optional<double> estimate)
{
    if (terms.facility == FacilityMode::Colocation)
        return 0.0;
    if (terms.facilityCapexTotal) {
        requireNonNegative("lease.facility_capex_total", *terms.facilityCapexTotal);
        return *terms.facilityCapexTotal;
    }
    // A capex the brief gives for the IT class says nothing about the building.
    if (terms.capexTotal || terms.capexPerNode || !estimate)
        return 0.0;
    requireNonNegative("lease.facility capex estimate", *estimate);
    return *estimate;
}

} // namespace hallwright::lease
