// ClusterSpec validation, construction from catalog items, and peak throughput.
#include "perf/cluster_spec.h"

#include "brief/brief.h"
#include "catalog/catalog.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace hallwright::perf {

void failOutOfRange(const std::string &field, const std::string &rule, double got)
{
    std::ostringstream msg;
    msg << field << ": must be " << rule << ", got " << got;
    throw PerfError(msg.str());
}

namespace {

[[noreturn]] void failCluster(const std::string &field, const std::string &rule, double got)
{
    failOutOfRange("cluster." + field, rule, got);
}

void requireClusterPositive(const std::string &field, double value)
{
    if (!std::isfinite(value) || value <= 0.0)
        failCluster(field, "> 0", value);
}

void requireClusterNonNegative(const std::string &field, double value)
{
    if (!std::isfinite(value) || value < 0.0)
        failCluster(field, ">= 0", value);
}

void requireClusterShare(const std::string &field, double value)
{
    if (!std::isfinite(value) || value <= 0.0 || value > 1.0)
        failCluster(field, "in (0, 1]", value);
}

} // namespace

void validate(const ClusterSpec &c)
{
    if (c.accelerators < 1 || c.accelerators > 100'000'000)
        failCluster("accelerators", "in [1, 1e8]", double(c.accelerators));
    if (c.acceleratorsPerNode < 1)
        failCluster("acceleratorsPerNode", ">= 1", c.acceleratorsPerNode);
    if (c.nvlinkDomain < 1)
        failCluster("nvlinkDomain", ">= 1", c.nvlinkDomain);
    if (c.nvlinkDomain > c.acceleratorsPerNode && c.nvlinkDomain % c.acceleratorsPerNode != 0)
        failCluster("nvlinkDomain", "a multiple of acceleratorsPerNode when larger", c.nvlinkDomain);
    requireClusterPositive("peakBf16Tflops", c.peakBf16Tflops);
    if (c.peakFp8Tflops)
        requireClusterPositive("peakFp8Tflops", *c.peakFp8Tflops);
    requireClusterPositive("memoryGb", c.memoryGb);
    requireClusterPositive("memoryBandwidthTBs", c.memoryBandwidthTBs);
    if (c.gemmEfficiency != 0.0)
        requireClusterShare("gemmEfficiency", c.gemmEfficiency);
    // A single-accelerator domain has no scale-up links; bandwidth is then unused.
    if (c.nvlinkDomain > 1)
        requireClusterPositive("scaleUpGBs", c.scaleUpGBs);
    else
        requireClusterNonNegative("scaleUpGBs", c.scaleUpGBs);
    if (c.accelerators > c.nvlinkDomain)
        requireClusterPositive("nicGbpsPerAccelerator", c.nicGbpsPerAccelerator);
    else
        requireClusterNonNegative("nicGbpsPerAccelerator", c.nicGbpsPerAccelerator);
    if (!std::isfinite(c.oversubscription) || c.oversubscription < 1.0)
        failCluster("oversubscription", ">= 1", c.oversubscription);
    if (c.fabricTiers < 1 || c.fabricTiers > 3)
        failCluster("fabricTiers", "1, 2 or 3", c.fabricTiers);
    if (c.nodesPerLeafGroup < 1)
        failCluster("nodesPerLeafGroup", ">= 1", c.nodesPerLeafGroup);
    requireClusterShare("nicEfficiency", c.nicEfficiency);
    requireClusterShare("scaleUpEfficiency", c.scaleUpEfficiency);
    requireClusterShare("uplinkEfficiency", c.uplinkEfficiency);
    requireClusterNonNegative("nicLatencyUs", c.nicLatencyUs);
    requireClusterNonNegative("switchLatencyUs", c.switchLatencyUs);
    requireClusterNonNegative("scaleUpLatencyUs", c.scaleUpLatencyUs);
}

ClusterSpec clusterSpecFromCatalog(const AcceleratorSpec &accelerator, const NodeSpec &node,
                                   long long accelerators, const FabricBrief &fabric,
                                   int fabricTiers, std::optional<int> nodesPerLeafGroup)
{
    ClusterSpec c;
    c.accelerators = accelerators;
    c.acceleratorsPerNode = node.acceleratorsPerNode;
    // A catalog entry without a domain size means the whole node is one domain.
    c.nvlinkDomain = node.nvlinkDomain > 0 ? node.nvlinkDomain : node.acceleratorsPerNode;
    c.peakBf16Tflops = accelerator.bf16DenseTflops;
    c.peakFp8Tflops = accelerator.fp8DenseTflops;
    c.memoryGb = accelerator.memoryGb;
    c.memoryBandwidthTBs = accelerator.memoryBandwidthTBs;
    c.gemmEfficiency = accelerator.gemmEfficiency.value_or(0.0);
    c.gemmEfficiencySource = accelerator.gemmEfficiencySource;
    c.scaleUpGBs = accelerator.scaleUpGBs;
    if (node.acceleratorsPerNode > 0)
        c.nicGbpsPerAccelerator = node.computeNics * node.computeNicGbps / node.acceleratorsPerNode;
    c.oversubscription = fabric.oversubscription;
    c.fabricTiers = fabricTiers;
    c.railOptimized = fabric.railOptimized;
    c.nodesPerLeafGroup = nodesPerLeafGroup.value_or(fabric.railOptimized ? fabric.nodesPerSu : 1);
    validate(c);
    return c;
}

double peakPflopsBf16(const ClusterSpec &cluster)
{
    return double(cluster.accelerators) * cluster.peakBf16Tflops / 1000.0;
}

std::optional<double> peakPflopsFp8(const ClusterSpec &cluster)
{
    if (!cluster.peakFp8Tflops)
        return std::nullopt;
    return double(cluster.accelerators) * *cluster.peakFp8Tflops / 1000.0;
}

long long nodeCount(const ClusterSpec &cluster)
{
    const long long per = std::max(1, cluster.acceleratorsPerNode);
    return (cluster.accelerators + per - 1) / per;
}

} // namespace hallwright::perf
