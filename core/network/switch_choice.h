// What a compute fabric costs with a given switch: the figure the brief's default switch choice compares.
#pragma once

#include <optional>

namespace hallwright {
struct Brief;
class Catalog;
} // namespace hallwright

namespace hallwright::network {

/// Run length the media estimate assumes for every link (a typical in-hall run:
/// beyond copper, within multimode reach). Not a sourced figure.
inline constexpr double kNominalRunM = 30.0;

struct FabricCost
{
    int switches = 0;            ///< compute leaves + spines + cores
    double switchesCny = 0.0;    ///< switches × catalog price
    double mediaCny = 0.0;       ///< every compute link at kNominalRunM on its cheapest medium, modules included
    double totalCny() const { return switchesCny + mediaCny; }
};

/// The compute fabric of a resolved brief (its fabric.switch, radix, link speed
/// and SU size set) priced from the catalog: the planned switches (planFabric)
/// and, per tier, every link on the cheapest catalog medium that plugs into
/// both ends at kNominalRunM (cables with fixed ends left out: they are for short
/// runs). Empty when the fabric cannot be planned at that size or some tier has
/// no medium that fits its ends (a NIC whose cages take no module this switch's
/// cages pair with).
std::optional<FabricCost> computeFabricCost(const Brief &brief, const Catalog &catalog);

} // namespace hallwright::network
