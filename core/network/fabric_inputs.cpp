// Resolves the fabric planner's inputs from a brief and the catalog.
#include "network/fabric_inputs.h"

#include "brief/brief.h"
#include "catalog/catalog.h"

#include <cmath>

namespace hallwright::network {

namespace {
/// Storage ports at or below this speed go to 25GbE SFP28 leaves, not 800G cages.
constexpr double kSlowStorageGbps = 25.0;
constexpr const char *kSlowStorageSwitch = "sn3420";
} // namespace

SwitchIds switchIdsFor(const Brief &brief, const Catalog &catalog)
{
    SwitchIds ids;
    if (!brief.fabric.switchId.empty())
        ids.compute = brief.fabric.switchId;
    const NodeSpec *node = catalog.node(brief.compute.platform);
    if (node && node->storageNics > 0 && node->storageNicGbps > 0 && node->storageNicGbps <= kSlowStorageGbps + 1e-9
        && catalog.switchSpec(kSlowStorageSwitch))
        ids.storage = kSlowStorageSwitch;
    return ids;
}

FabricInputs fabricInputsFor(const Brief &brief, const Catalog &catalog)
{
    const NodeSpec *node = catalog.node(brief.compute.platform);
    if (!node)
        throw FabricError("compute.platform: unknown platform '" + brief.compute.platform + "'");
    const SwitchSpec *sw = catalog.switchSpec(brief.fabric.switchId);
    if (!sw)
        throw FabricError("fabric.switch: unknown switch '" + brief.fabric.switchId + "'");

    FabricInputs in;
    in.nodes = (brief.compute.accelerators + node->acceleratorsPerNode - 1) / node->acceleratorsPerNode;
    in.acceleratorsPerNode = node->acceleratorsPerNode;
    in.railsPerNode = node->computeNics;
    in.nicGbps = node->computeNicGbps;
    in.linkGbps = brief.fabric.linkGbps.value_or(node->computeNicGbps);
    in.switchRadix = brief.fabric.switchRadix.value_or(sw->portsAt(in.linkGbps));
    in.tiers = brief.fabric.tiers;
    in.oversubscription = brief.fabric.oversubscription;
    in.nodesPerSu = brief.fabric.nodesPerSu;
    in.railOptimized = brief.fabric.railOptimized;

    const SwitchIds ids = switchIdsFor(brief, catalog);
    if (node->storageNics > 0) {
        const SwitchSpec *storage = catalog.switchSpec(ids.storage);
        if (!storage)
            throw FabricError("catalog: storage switch '" + ids.storage + "' is missing");
        in.storagePortsPerNode = node->storageNics;
        in.storageGbps = node->storageNicGbps;
        in.storageSwitchRadix = storage->portsAt(node->storageNicGbps);
    }
    if (node->mgmtPorts > 0) {
        const SwitchSpec *inband = catalog.switchSpec(ids.inband);
        if (!inband)
            throw FabricError("catalog: in-band switch '" + ids.inband + "' is missing");
        in.inbandPortsPerNode = node->mgmtPorts;
        in.inbandSwitchRadix = inband->portsAt(inband->portGbps);
    }
    if (node->oobPorts > 0) {
        const SwitchSpec *oob = catalog.switchSpec(ids.oob);
        if (!oob)
            throw FabricError("catalog: OOB switch '" + ids.oob + "' is missing");
        in.oobPortsPerNode = node->oobPorts;
        in.oobSwitchRadix = oob->portsAt(oob->portGbps);
    }
    if (node->rackScale)
        groupRackScaleRails(in);
    return in;
}

} // namespace hallwright::network
