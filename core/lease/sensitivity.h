// Sensitivity of NPV and IRR to the lease's main drivers: tornado bars and sweeps.
#pragma once

#include "lease/lease_model.h"

#include <optional>
#include <string>
#include <vector>

namespace hallwright::lease {

/// The inputs a tornado varies.
enum class Driver { Price, Utilization, Capex, ElectricityPrice, PriceChange, TaxRefund, ColocationRent };

/// "price", "utilization", "capex", "electricity_price", "price_change_per_year",
/// "tax_refund", "colocation_rent"
const char *toString(Driver driver);
const std::vector<Driver> &allDrivers();

/// The drivers that apply to these inputs: all but colocation rent when the hall
/// is built, and but the tax refund when there is none.
std::vector<Driver> driversFor(const LeaseInputs &inputs);

/// The driver's current value: the active price (per node-month when that is
/// set, else per accelerator-hour), year 1's utilization, total capex,
/// electricity price, price change per year, year 1's tax refund or the
/// colocation price per kW-month.
double driverValue(const LeaseInputs &inputs, Driver driver);

/// A copy of the inputs with the driver set to `value`. A utilization ramp or
/// refund list is scaled by value / year 1's value (utilization clamped to
/// [0, 1]); capex scales both classes in proportion.
LeaseInputs withDriver(const LeaseInputs &inputs, Driver driver, double value);

struct TornadoBar
{
    Driver driver = Driver::Price;
    double baseValue = 0.0;
    double lowValue = 0.0;                ///< base x (1 - delta); price change: base - delta / 2
    double highValue = 0.0;               ///< base x (1 + delta), utilization at most 1; price change: base + delta / 2
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

/// Each driver of driversFor() moved by -delta and +delta (relative; the price
/// change per year by -delta/2 and +delta/2 absolute, as it is a rate that is
/// often 0) with the others at base.
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
