// The fabric planner's inputs and switch choice resolved from a brief and the catalog.
#pragma once

#include "network/fabric_plan.h"
#include "network/synthesis.h"

namespace hallwright {
struct Brief;
class Catalog;
} // namespace hallwright

namespace hallwright::network {

/// Fabric inputs for a brief: node NICs and counts from the platform, radix
/// and link speed from the brief's fabric section (defaults resolved by
/// parseBrief), storage / in-band / OOB switch radixes from the catalog's
/// switches named by switchIdsFor; rack-scale nodes have their NICs grouped
/// into rails (groupRackScaleRails). Throws FabricError on unknown ids.
FabricInputs fabricInputsFor(const Brief &brief, const Catalog &catalog);

/// Catalog ids of the switches of every fabric: the compute switch from the
/// brief, the in-band and OOB switches from SwitchIds' defaults, the storage
/// switch by the storage NICs' speed: SwitchIds' default, or the 25GbE SFP28
/// sn3420 for storage ports of 25 Gb/s and below (when the catalog has it).
SwitchIds switchIdsFor(const Brief &brief, const Catalog &catalog);

} // namespace hallwright::network
