// Ring and hierarchical all-reduce and point-to-point time estimates (alpha-beta model).
#include "perf/collective.h"

#include "perf/parallel_layout.h" // ceilDiv

#include <algorithm>
#include <cmath>
#include <string>

namespace hallwright::perf {

namespace {

double nicGBs(const ClusterSpec &c)
{
    if (!(c.nicGbpsPerAccelerator > 0.0))
        throw PerfError(phrase(QT_TRANSLATE_NOOP("Finding", "cluster.nicGbpsPerAccelerator: must be > 0 for traffic between NVLink domains")));
    return c.nicGbpsPerAccelerator / 8.0 * c.nicEfficiency;
}

double scaleUpBytesPerSecond(const ClusterSpec &c)
{
    if (!(c.scaleUpGBs > 0.0))
        throw PerfError(phrase(QT_TRANSLATE_NOOP("Finding", "cluster.scaleUpGBs: must be > 0 for traffic inside an NVLink domain")));
    return c.scaleUpGBs * c.scaleUpEfficiency * 1e9;
}

double stepLatencySeconds(const ClusterSpec &c, int switches)
{
    return (c.nicLatencyUs + c.switchLatencyUs * switches) * 1e-6;
}

long long leafGroupAccelerators(const ClusterSpec &c)
{
    return (long long)c.nodesPerLeafGroup * c.acceleratorsPerNode;
}

void checkBytes(const char *what, double bytes)
{
    if (!std::isfinite(bytes) || bytes < 0.0)
        throw PerfError(std::string(what) + ".bytes: must be >= 0, got " + std::to_string(bytes));
}

} // namespace

int switchesBetween(const ClusterSpec &cluster, bool crossesLeafGroup)
{
    return crossesLeafGroup ? 2 * cluster.fabricTiers - 1 : 1;
}

CollectiveEstimate allReduce(const ClusterSpec &c, long long ranks, double bytes, long long stride)
{
    if (ranks < 1)
        throw PerfError("allReduce.ranks: must be >= 1, got " + std::to_string(ranks));
    if (stride < 1)
        throw PerfError("allReduce.stride: must be >= 1, got " + std::to_string(stride));
    checkBytes("allReduce", bytes);

    CollectiveEstimate e;
    e.ranks = ranks;
    if (ranks == 1)
        return e;

    // A group with stride s < domain puts domain / s of its ranks in each domain.
    const long long perDomain = stride < c.nvlinkDomain ? c.nvlinkDomain / stride : 1;
    const long long k = std::max<long long>(1, std::min(ranks, perDomain));
    const long long g = ceilDiv(ranks, k);
    e.ranksPerDomain = int(k);
    e.domainsSpanned = g;
    const long long extent = (ranks - 1) * stride + 1;
    e.nodesSpanned = ceilDiv(extent, c.acceleratorsPerNode);

    double seconds = 0.0;
    if (k > 1) {
        seconds += 2.0 * double(k - 1) / double(k) * bytes / scaleUpBytesPerSecond(c)
                 + 2.0 * double(k - 1) * c.scaleUpLatencyUs * 1e-6;
    }
    if (g > 1) {
        e.crossesLeafUplinks = extent > leafGroupAccelerators(c);
        e.switchesTraversed = switchesBetween(c, e.crossesLeafUplinks);
        if (e.crossesLeafUplinks) {
            // Members of one cross-domain ring are max(stride, domain) ranks apart.
            const long long spacing = std::max<long long>(stride, c.nvlinkDomain);
            const double perLeafGroup = std::max<long long>(1, leafGroupAccelerators(c) / spacing);
            e.uplinkSlowdown = std::max(1.0, c.oversubscription / (perLeafGroup * c.uplinkEfficiency));
        }
        e.fabricGBsPerRank = nicGBs(c) / e.uplinkSlowdown;
        const double shard = bytes / double(k);
        seconds += 2.0 * double(g - 1) / double(g) * shard / (e.fabricGBsPerRank * 1e9)
                 + 2.0 * double(g - 1) * stepLatencySeconds(c, e.switchesTraversed);
    }
    e.seconds = seconds;
    return e;
}

CollectiveEstimate sendRecv(const ClusterSpec &c, double bytes, long long distance, long long extent)
{
    if (distance < 1)
        throw PerfError("sendRecv.distance: must be >= 1, got " + std::to_string(distance));
    if (extent <= distance)
        throw PerfError("sendRecv.extent: must be > distance, got " + std::to_string(extent));
    checkBytes("sendRecv", bytes);

    CollectiveEstimate e;
    e.ranks = 2;
    if (extent <= c.nvlinkDomain) {
        e.ranksPerDomain = 2;
        e.seconds = bytes / scaleUpBytesPerSecond(c) + c.scaleUpLatencyUs * 1e-6;
        return e;
    }
    e.domainsSpanned = 2;
    e.nodesSpanned = ceilDiv(extent, c.acceleratorsPerNode);
    e.crossesLeafUplinks = extent > leafGroupAccelerators(c);
    e.switchesTraversed = switchesBetween(c, e.crossesLeafUplinks);
    if (e.crossesLeafUplinks) {
        const double share = std::min(1.0, double(distance) / double(leafGroupAccelerators(c)));
        e.uplinkSlowdown = std::max(1.0, c.oversubscription * share / c.uplinkEfficiency);
    }
    e.fabricGBsPerRank = nicGBs(c) / e.uplinkSlowdown;
    e.seconds = bytes / (e.fabricGBsPerRank * 1e9) + stepLatencySeconds(c, e.switchesTraversed);
    return e;
}

} // namespace hallwright::perf
