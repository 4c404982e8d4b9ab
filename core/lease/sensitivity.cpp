// Tornado and sweep evaluation of the lease model.
#include "lease/sensitivity.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace hallwright::lease {

const char *toString(Driver driver)
{
    switch (driver) {
    case Driver::Price: return "price";
    case Driver::Utilization: return "utilization";
    case Driver::Capex: return "capex";
    case Driver::ElectricityPrice: return "electricity_price";
    case Driver::PriceChange: return "price_change_per_year";
    case Driver::TaxRefund: return "tax_refund";
    case Driver::ColocationRent: return "colocation_rent";
    }
    return "price";
}

const std::vector<Driver> &allDrivers()
{
    static const std::vector<Driver> drivers = {Driver::Price,       Driver::Utilization, Driver::Capex,
                                                Driver::ElectricityPrice, Driver::PriceChange, Driver::TaxRefund,
                                                Driver::ColocationRent};
    return drivers;
}

std::vector<Driver> driversFor(const LeaseInputs &in)
{
    std::vector<Driver> out;
    bool refund = false;
    for (int k = 1; k <= in.terms.years; ++k)
        refund = refund || in.terms.taxRefundInYear(k) > 0.0;
    for (Driver d : allDrivers()) {
        if (d == Driver::ColocationRent && in.terms.facility != FacilityMode::Colocation)
            continue;
        if (d == Driver::TaxRefund && !refund)
            continue;
        out.push_back(d);
    }
    return out;
}

double driverValue(const LeaseInputs &in, Driver driver)
{
    switch (driver) {
    case Driver::Price:
        if (in.terms.pricePerNodeMonth)
            return *in.terms.pricePerNodeMonth;
        return in.terms.pricePerAcceleratorHour.value_or(0.0);
    case Driver::Utilization: return in.terms.utilizationInYear(1);
    case Driver::Capex: return in.capexTotal();
    case Driver::ElectricityPrice: return in.electricityPricePerKwh;
    case Driver::PriceChange: return in.terms.priceChangePerYear;
    case Driver::TaxRefund: return in.terms.taxRefundInYear(1);
    case Driver::ColocationRent: return in.terms.colocationPricePerKwMonth.value_or(0.0);
    }
    return 0.0;
}

namespace {

/// Scales a constant-or-list input so that year 1 becomes `value`.
void scalePerYear(double &constant, std::vector<double> &byYear, double value, double hi)
{
    const double base = constant;
    constant = std::clamp(value, 0.0, hi);
    for (double &v : byYear)
        v = base > 0.0 ? std::clamp(v * value / base, 0.0, hi) : constant;
}

} // namespace

LeaseInputs withDriver(const LeaseInputs &in, Driver driver, double value)
{
    LeaseInputs out = in;
    LeaseBrief &t = out.terms;
    switch (driver) {
    case Driver::Price:
        if (t.pricePerNodeMonth)
            t.pricePerNodeMonth = value;
        else
            t.pricePerAcceleratorHour = value;
        break;
    case Driver::Utilization:
        t.utilization = t.utilizationInYear(1);
        scalePerYear(t.utilization, t.utilizationByYear, value, 1.0);
        break;
    case Driver::Capex: {
        const double total = in.capexTotal();
        const double scale = total > 0.0 ? value / total : 0.0;
        out.capexIt = total > 0.0 ? in.capexIt * scale : value;
        out.capexFacility = in.capexFacility * scale;
        break;
    }
    case Driver::ElectricityPrice: out.electricityPricePerKwh = value; break;
    case Driver::PriceChange: t.priceChangePerYear = std::max(value, -0.99); break;
    case Driver::TaxRefund:
        t.taxRefundPerYear = t.taxRefundInYear(1);
        scalePerYear(t.taxRefundPerYear, t.taxRefundByYear, value, HUGE_VAL);
        break;
    case Driver::ColocationRent: t.colocationPricePerKwMonth = std::max(0.0, value); break;
    }
    return out;
}

Tornado tornado(const LeaseInputs &inputs, double delta)
{
    if (!std::isfinite(delta) || delta <= 0.0 || delta >= 1.0) {
        std::ostringstream msg;
        msg << "sensitivity.delta: must be in (0, 1), got " << delta;
        throw LeaseError(msg.str());
    }
    Tornado t;
    t.delta = delta;
    const LeaseResult base = evaluateCashFlows(inputs);
    t.baseNpv = base.npv;
    t.baseIrr = base.irr;
    for (Driver d : driversFor(inputs)) {
        TornadoBar bar;
        bar.driver = d;
        bar.baseValue = driverValue(inputs, d);
        const bool absolute = d == Driver::PriceChange;
        const LeaseInputs lo = withDriver(inputs, d, absolute ? bar.baseValue - delta / 2 : bar.baseValue * (1.0 - delta));
        const LeaseInputs hi = withDriver(inputs, d, absolute ? bar.baseValue + delta / 2 : bar.baseValue * (1.0 + delta));
        bar.lowValue = driverValue(lo, d);
        bar.highValue = driverValue(hi, d);
        const LeaseResult rLo = evaluateCashFlows(lo);
        const LeaseResult rHi = evaluateCashFlows(hi);
        bar.npvLow = rLo.npv;
        bar.npvHigh = rHi.npv;
        bar.irrLow = rLo.irr;
        bar.irrHigh = rHi.irr;
        t.bars.push_back(bar);
    }
    std::stable_sort(t.bars.begin(), t.bars.end(), [](const TornadoBar &a, const TornadoBar &b) {
        return std::fabs(a.npvSwing()) > std::fabs(b.npvSwing());
    });
    return t;
}

std::vector<SweepPoint> sweep(const LeaseInputs &inputs, Driver driver, double from, double to,
                              int points)
{
    if (points < 1)
        throw LeaseError("sweep.points: must be >= 1, got " + std::to_string(points));
    if (!std::isfinite(from) || !std::isfinite(to))
        throw LeaseError(phrase(QT_TRANSLATE_NOOP("Finding", "sweep.range: must be finite")));
    std::vector<SweepPoint> out;
    out.reserve(points);
    for (int i = 0; i < points; ++i) {
        const double value = points == 1 ? from : from + (to - from) * i / (points - 1);
        const LeaseResult r = evaluateCashFlows(withDriver(inputs, driver, value));
        out.push_back({value, r.npv, r.irr});
    }
    return out;
}

} // namespace hallwright::lease
