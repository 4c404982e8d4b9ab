// Electrical arithmetic of the power chain: three-phase capacity, continuous derating, device loads.
#pragma once

#include "catalog/catalog.h"
#include "checks/phrase.h"
#include "model/design.h"

#include <optional>
#include <stdexcept>
#include <string>

namespace hallwright {

/// Thrown when the power chain cannot be built or analysed (no suitable
/// catalog item, equipment that does not fit its room …). what() is one line
/// naming the item or zone, e.g. "power: no UPS in the catalog".
class PowerError : public PhrasedException<std::runtime_error>
{
public:
    using PhrasedException::PhrasedException;
};

/// The power plant does not fit the electrical room(s); equipmentAreaM2 is
/// the footprint of the units to place, so a layout can grow its room.
class PowerRoomTooSmall : public PowerError
{
public:
    PowerRoomTooSmall(const std::string &what, double equipmentAreaM2)
        : PowerError(what), m_equipmentAreaM2(equipmentAreaM2)
    {
    }
    double equipmentAreaM2() const { return m_equipmentAreaM2; }

private:
    double m_equipmentAreaM2;
};

/// Continuous load on breaker-protected distribution (PDU, busway, RPP) is
/// limited to 80 % of its rating (NEC 210.19/215.2 practice, docs/engineering-reference.md §3).
inline constexpr double kContinuousDerating = 0.8;

/// Slack in the synthesis' comparisons of loads with ratings (kW), so that a load
/// equal to a rating up to rounding fits it.
inline constexpr double kPowerTolerance = 1e-9;

/// P = √3 × V(line-line) × I × PF, in kW.
double threePhaseKw(double lineVoltageV, double currentA, double powerFactor);
/// P = V × I × PF, in kW.
double singlePhaseKw(double voltageV, double currentA, double powerFactor);

/// True for the kinds whose rating is a breaker's and therefore derated.
bool isDerated(PowerKind kind);

/// The rating at which an element trips, kW. Breaker-rated kinds (PDU,
/// busway, RPP) use their voltage, current, phases and power factor when the
/// catalog gives them, else ratedKw; UPS, transformer and generator use ratedKw.
double nameplateKw(const PowerSpec &spec);

/// The load an element may carry continuously: nameplate × 0.8 for breaker-rated
/// kinds, the nameplate for UPS, transformer and generator (rated for continuous output).
double continuousKw(const PowerSpec &spec);

/// Maximum electrical draw of a placed device from its catalog item, kW:
/// compute and storage nodes NodeSpec::maxKw, switches SwitchSpec::maxW / 1000,
/// PDUs and patch panels 0. std::nullopt when the catalog item is unknown.
std::optional<double> deviceLoadKw(const Device &device, const Catalog &catalog);

/// Accelerators in a placed device (0 for anything but a compute node).
int deviceAccelerators(const Device &device, const Catalog &catalog);

/// Share of a device's heat removed by liquid (NodeSpec::liquidFraction; 0 otherwise).
double deviceLiquidFraction(const Device &device, const Catalog &catalog);

/// The PowerKind an equipment kind is catalogued under; nullopt for cooling kinds.
std::optional<PowerKind> powerKindOf(EquipmentKind kind);

} // namespace hallwright
