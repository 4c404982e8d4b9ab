// The cluster as the performance model sees it: accelerators, scale-up domain and fabric.
#pragma once

#include "checks/phrase.h"

#include <optional>
#include <stdexcept>
#include <string>

namespace hallwright {
struct AcceleratorSpec;
struct NodeSpec;
struct FabricBrief;
}

namespace hallwright::perf {

/// Thrown for inputs the performance model cannot accept; what() is one line
/// naming the field, e.g. "cluster.nvlinkDomain: must be >= 1, got 0".
class PerfError : public PhrasedException<std::invalid_argument>
{
public:
    using PhrasedException::PhrasedException;
};

/// Throws PerfError "<field>: must be <rule>, got <got>" for a number out of its range.
[[noreturn]] void failOutOfRange(const std::string &field, const std::string &rule, double got);

/// Plain description of a training cluster; independent of the hall layout.
/// Bandwidths are per accelerator and per direction.
struct ClusterSpec
{
    long long accelerators = 0;
    int acceleratorsPerNode = 8;
    int nvlinkDomain = 8;                  ///< accelerators sharing one NVLink/HCCS domain
    double peakBf16Tflops = 0.0;           ///< dense BF16 per accelerator
    std::optional<double> peakFp8Tflops;   ///< dense FP8 where the part has it
    double memoryGb = 0.0;                 ///< HBM per accelerator
    double memoryBandwidthTBs = 0.0;       ///< HBM bandwidth per accelerator, TB/s (memory-bound kernels)
    double gemmEfficiency = 0.0;           ///< share of peak large GEMMs reach (catalog default per accelerator)
    std::string gemmEfficiencySource;      ///< where that figure comes from ("estimate: …" when not measured)
    double scaleUpGBs = 0.0;               ///< NVLink/HCCS per accelerator, GB/s, one direction
    double nicGbpsPerAccelerator = 0.0;    ///< back-end NIC bandwidth per accelerator, Gb/s
    double oversubscription = 1.0;         ///< leaf downlink : uplink bandwidth
    int fabricTiers = 2;                   ///< switch tiers of the compute fabric (1..3)
    int nodesPerLeafGroup = 32;            ///< nodes reachable without crossing an (oversubscribed) leaf uplink
    bool railOptimized = true;             ///< NIC i of every node of a leaf group on leaf i (else a node's NICs share a leaf)

    // Link-level constants (see docs/performance-model.md for their sources).
    double nicEfficiency = 0.85;           ///< achievable share of NIC line rate for large collectives
    double scaleUpEfficiency = 0.80;       ///< achievable share of NVLink bandwidth
    double nicLatencyUs = 3.0;             ///< per message step, NIC + software
    double switchLatencyUs = 0.5;          ///< per switch traversed
    double scaleUpLatencyUs = 1.0;         ///< per message step inside the scale-up domain
    double uplinkEfficiency = 0.80;        ///< achievable share of leaf-uplink capacity under ECMP hashing
};

/// Throws PerfError naming the first field that is missing, negative or non-finite.
void validate(const ClusterSpec &cluster);

/// Fill a ClusterSpec from catalog items and the brief's fabric section.
/// `fabricTiers` is the resolved tier count (the brief may say "auto").
/// `nodesPerLeafGroup` defaults to the scalable unit when the fabric is
/// rail-optimised and to one node otherwise; pass the fabric plan's
/// nodes-per-leaf when it is known. A non-rail-optimised fabric puts all of a
/// node's NICs on one leaf, so a leaf group is the nodes one leaf serves.
ClusterSpec clusterSpecFromCatalog(const AcceleratorSpec &accelerator, const NodeSpec &node,
                                   long long accelerators, const FabricBrief &fabric,
                                   int fabricTiers,
                                   std::optional<int> nodesPerLeafGroup = std::nullopt);

/// Aggregate dense BF16 peak of the cluster, PFLOP/s.
double peakPflopsBf16(const ClusterSpec &cluster);

/// Aggregate dense FP8 peak, PFLOP/s; nullopt when the part has no FP8.
std::optional<double> peakPflopsFp8(const ClusterSpec &cluster);

/// Number of nodes the accelerators occupy (the last one may be partly filled).
long long nodeCount(const ClusterSpec &cluster);

} // namespace hallwright::perf
