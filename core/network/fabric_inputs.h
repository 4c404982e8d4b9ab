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
/// brief, the storage, in-band and OOB switches from SwitchIds' defaults.
SwitchIds switchIdsFor(const Brief &brief);

} // namespace hallwright::network
