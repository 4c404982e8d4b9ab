// Port-level wiring of the planned fabrics between placed devices (internal to the synthesizer).
#pragma once

#include "model/design.h"
#include "network/fabric_plan.h"
#include "network/synthesis.h"

#include <cstdint>
#include <vector>

namespace hallwright::network {

/// Indices into the new device list of every placed switch, in plan order:
/// leaves SU-major (su × leavesPerSu + rail), spines pod-major, cores group-major.
struct PlacedSwitches
{
    std::vector<int> leaves, spines, cores;
    std::vector<int> storageLeaves, storageSpines, storageCores;
    std::vector<int> inbandAccess, inbandAggregation;
    std::vector<int> oobAccess, oobCentral;
    /// Central switches whose management ports go to the central OOB switches,
    /// in placement order (empty: spines, cores, storage spines and cores, in-band aggregation).
    std::vector<int> centralManaged;
};

struct WiringInput
{
    const FabricInputs &inputs;
    const FabricPlan &plan;
    const std::vector<Device> &devices;
    const std::vector<std::vector<int>> &nodesBySu; ///< device indices of the nodes of each SU, in order
    NodePorts nodePorts;
    double storageGbps = 0, inbandGbps = 0, oobGbps = 0;
    int computeRadix = 0, storageRadix = 0, inbandRadix = 0, oobRadix = 0; ///< switch data ports (= mgmt port index)
    std::int64_t firstLinkId = 1;
};

/// Appends every link of every fabric to `links`.
void wireNetwork(const WiringInput &in, const PlacedSwitches &placed, std::vector<Link> &links);

} // namespace hallwright::network
