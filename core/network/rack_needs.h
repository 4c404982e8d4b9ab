// Network rack sizing: how many per-SU and central racks the fabric's switches and patch panels need.
#pragma once

#include "network/fabric_plan.h"
#include "network/synthesis.h"

namespace hallwright {
class Catalog;
struct RackSpec;
} // namespace hallwright

namespace hallwright::network {

/// Network racks the layout must create so that synthesizeNetwork can place
/// every switch and patch panel within each rack's height and power limit.
struct NetworkRackNeeds
{
    int racksPerSu = 0;        ///< Leaf racks of each SU (every SU gets the same equipment)
    int centralRacks = 0;      ///< central Spine racks (0 when the fabric has no central switches)
    int unitsPerSu = 0;        ///< rack units of one SU's equipment
    double kwPerSu = 0.0;      ///< maximum draw of one SU's equipment
    long long centralUnits = 0;
    double centralKw = 0.0;
};

/// Racks needed for `plan` with racks of `rack`'s height, `rackLimitKw` each
/// (≤ 0: no power limit) and `reservedU` top units kept free. Computed with
/// the packing rule of the synthesizer's placement (rack_packing.h: items in
/// placement order, each into the first open rack from the previous item's
/// rack on that takes it within the usable height and the power limit, else a
/// new rack), so racks created in these numbers, all of this type and limit,
/// always hold the equipment.
/// `options` gives the patch panels (on/off, catalog item, ports per panel);
/// use the same options for synthesizeNetwork. Throws FabricError when a
/// switch is not in the catalog or one item alone exceeds an empty rack.
NetworkRackNeeds networkRackNeeds(const FabricPlan &plan, const SwitchIds &switches, const Catalog &catalog,
                                  const RackSpec &rack, double rackLimitKw, int reservedU,
                                  const SynthesisOptions &options = {});

} // namespace hallwright::network
