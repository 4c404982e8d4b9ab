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
    }
    return "price";
}

const std::vector<Driver> &allDrivers()
{
    static const std::vector<Driver> drivers = {Driver::Price, Driver::Utilization, Driver::Capex,
                                                Driver::ElectricityPrice};
    return drivers;
}

double driverValue(const LeaseInputs &in, Driver driver)
{
    switch (driver) {
    case Driver::Price:
        if (in.terms.pricePerNodeMonth)
            return *in.terms.pricePerNodeMonth;
        return in.terms.pricePerAcceleratorHour.value_or(0.0);
    case Driver::Utilization: return in.terms.utilization;
    case Driver::Capex: return in.capex;
    case Driver::ElectricityPrice: return in.electricityPricePerKwh;
    }
    return 0.0;
}

LeaseInputs withDriver(const LeaseInputs &in, Driver driver, double value)
{
    LeaseInputs out = in;
    switch (driver) {
    case Driver::Price:
        if (out.terms.pricePerNodeMonth)
            out.terms.pricePerNodeMonth = value;
        else
            out.terms.pricePerAcceleratorHour = value;
        break;
    case Driver::Utilization: out.terms.utilization = std::clamp(value, 0.0, 1.0); break;
    case Driver::Capex: out.capex = value; break;
    case Driver::ElectricityPrice: out.electricityPricePerKwh = value; break;
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
    for (Driver d : allDrivers()) {
        TornadoBar bar;
        bar.driver = d;
        bar.baseValue = driverValue(inputs, d);
        const LeaseInputs lo = withDriver(inputs, d, bar.baseValue * (1.0 - delta));
        const LeaseInputs hi = withDriver(inputs, d, bar.baseValue * (1.0 + delta));
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
        throw LeaseError("sweep.range: must be finite");
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
