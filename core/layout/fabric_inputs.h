// The fabric planner's inputs resolved from a brief and the catalog.
#pragma once

#include "network/fabric_plan.h"

namespace hallwright {

struct Brief;
class Catalog;

/// Fabric inputs for a brief: node NICs and counts from the platform, radix
/// and link speed from the brief's fabric section (defaults resolved by
/// parseBrief), storage / in-band / OOB switch radixes from the catalog's
/// storage and management switches. Throws LayoutError on unknown ids.
network::FabricInputs fabricInputsFor(const Brief &brief, const Catalog &catalog);

/// Catalog ids of the switches used for the storage, in-band and OOB fabrics.
struct AuxiliarySwitchIds
{
    const char *storage = "sn5600";
    const char *inband = "sn4700";
    const char *oob = "sn2201";
};

} // namespace hallwright
