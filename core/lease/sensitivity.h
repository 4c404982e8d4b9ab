// Sensitivity of NPV and IRR to the lease's main drivers: tornado bars and sweeps.
#pragma once

#include "lease/lease_model.h"

#include <optional>
#include <string>
#include <vector>

namespace hallwright::lease {

/// The inputs a tornado varies.
enum class Driver { Price, Utilization, Capex, ElectricityPrice };

const char *toString(Driver driver);               ///< "price", "utilization", "capex", "electricity_price"
const std::vector<Driver> &allDrivers();

/// The driver's current value: the active price (per node-month when that is
/// set, else per accelerator-hour), utilization, capex or electricity price.
double driverValue(const LeaseInputs &inputs, Driver driver);

/// A copy of the inputs with the driver set to `value` (utilization clamped to [0, 1]).
LeaseInputs withDriver(const LeaseInputs &inputs, Driver driver, double value);

struct TornadoBar
{
    Driver driver = Driver::Price;
    double baseValue = 0.0;
    double lowValue = 0.0;                ///< base x (1 - delta)
    double highValue = 0.0;               ///< base x (1 + delta), utilization at most 1
    double npvLow = 0.0, npvHigh = 0.0;   ///< NPV at the low and high input
    std::optional<double> irrLow, irrHigh;
    double npvSwing() const { return npvHigh - npvLow; }
};

struct Tornado
{
    double delta = 0.10;
    double baseNpv = 0.0;
    std::optional<double> baseIrr;
    std::vector<TornadoBar> bars;         ///< widest NPV swing first
};

/// Each driver moved by -delta and +delta (relative) with the others at base.
/// Throws LeaseError for delta outside (0, 1) or invalid inputs.
Tornado tornado(const LeaseInputs &inputs, double delta = 0.10);

struct SweepPoint
{
    double value = 0.0;
    double npv = 0.0;
    std::optional<double> irr;
};

/// NPV and IRR at `points` evenly spaced driver values from `from` to `to`.
std::vector<SweepPoint> sweep(const LeaseInputs &inputs, Driver driver, double from, double to,
                              int points);

} // namespace hallwright::lease
