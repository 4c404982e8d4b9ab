// Fabric sizing rules (docs/engineering-reference.md §1): rail-optimised leaves per SU, evenly spread spines, pods and cores.
#include "network/fabric_plan.h"

#include <fmt/format.h>

#include <cmath>

namespace hallwright::network {

namespace {

long long ceilDiv(long long a, long long b)
{
    return (a + b - 1) / b;
}

/// Smallest divisor s of n with fits(s); n itself when none smaller fits.
template<typename Fits>
int smallestDivisor(int n, Fits fits)
{
    for (int s = 1; s < n; ++s)
        if (n % s == 0 && fits(s))
            return s;
    return n;
}

void require(bool ok, const std::string &message)
{
    if (!ok)
        throw FabricError(message);
}

} // namespace

ClosPlan planClos(int leaves, int downlinks, int radix, double oversubscription, int tiers,
                  int leavesPerSu, const char *what)
{
    require(leaves >= 1 && downlinks >= 1 && leavesPerSu >= 1,
            fmt::format("{}: nothing to connect", what));
    require(radix >= 4 && radix <= 100'000, fmt::format("{}: switch radix {} is out of range (4 to 100000)", what, radix));
    require(oversubscription > 0 && std::isfinite(oversubscription),
            fmt::format("{}: oversubscription must be positive", what));
    require(tiers == 0 || tiers == 2 || tiers == 3,
            fmt::format("{}: tiers must be 2 or 3 (or 0 for automatic), got {}", what, tiers));

    ClosPlan p;
    p.leaves = leaves;
    p.leafDownlinks = downlinks;
    // 1e-9: 32 / 1.0 must stay 32, not become 33 through rounding.
    p.leafUplinks = static_cast<int>(std::ceil(downlinks / oversubscription - 1e-9));
    const int maxDown = static_cast<int>(std::floor(radix * oversubscription / (1 + oversubscription) + 1e-9));
    require(downlinks + p.leafUplinks <= radix,
            fmt::format("{}: SU wider than a leaf: {} endpoint ports + {} uplinks exceed the {} ports of a "
                        "leaf (at oversubscription {} a leaf takes at most {} endpoints)",
                        what, downlinks, p.leafUplinks, radix, oversubscription, maxDown));

    const int u = p.leafUplinks;
    // 2 tiers: each leaf reaches every spine, so a spine sees every leaf at least once.
    const bool twoFits = leaves <= radix;
    if (tiers == 2)
        require(twoFits, fmt::format("{}: {} leaves exceed what 2 tiers of radix {} connect ({} leaves, "
                                     "R²/2 = {} endpoints non-blocking); use 3 tiers",
                                     what, leaves, radix, radix, radix * radix / 2));
    p.tiers = tiers != 0 ? tiers : (twoFits ? 2 : 3);

    if (p.tiers == 2) {
        // Fewest spines such that the spines a leaf reaches divide its uplinks
        // and no spine needs more than its radix (H100 SuperPOD: 3 SUs → 16 spines).
        p.spines = smallestDivisor(u, [&](int s) { return static_cast<long long>(leaves) * (u / s) <= radix; });
        p.spinesPerPod = p.spines;
        p.pods = 1;
        p.leavesPerPod = leaves;
        p.linksPerLeafSpine = u / p.spines;
        p.leafSpineLinks = static_cast<long long>(leaves) * u;
        return p;
    }

    // 3 tiers: pod spines use half their ports down, half up (non-blocking above
    // the leaf). A pod holds whole SUs, at most R/2 leaves.
    const int half = radix / 2;
    require(leavesPerSu <= half,
            fmt::format("{}: an SU's {} leaves exceed a pod of {} leaves at radix {}; use a smaller "
                        "fabric.nodes_per_su or a switch with more ports",
                        what, leavesPerSu, half, radix));
    p.leavesPerPod = std::min(leaves, (half / leavesPerSu) * leavesPerSu);
    p.pods = static_cast<int>(ceilDiv(leaves, p.leavesPerPod));
    require(p.pods <= radix,
            fmt::format("{}: {} leaves need {} pods of {}, more than a core of radix {} reaches; 3 tiers serve at "
                        "most R³/4 = {} endpoints non-blocking; choose a switch with more ports (e.g. fabric.switch "
                        "\"sn5600\", 128 ports at 400G) or a smaller hall",
                        what, leaves, p.pods, p.leavesPerPod, radix,
                        static_cast<long long>(radix) * radix * radix / 4));
    const int lp = p.leavesPerPod;
    // The non-blocking minimum (docs/engineering-reference.md §1: 2N/R spines, N/R cores): as few pod
    // spines as take the pod's uplinks on their R/2 downlinks, and as few cores per
    // group as take the group's spine uplinks. Where the counts do not divide, a
    // leaf's uplinks (and a spine's) spread as evenly as they can: per pair the
    // parallel links differ by at most one, and every switch port is used at most
    // once (wiring.cpp). With 8-leaf SUs of 64-port switches at 10,240 GPUs this
    // gives 160 cores where an exact divisor spread would need 256.
    p.spinesPerPod = static_cast<int>(ceilDiv(static_cast<long long>(lp) * u, half));
    p.spines = p.pods * p.spinesPerPod;
    p.linksPerLeafSpine = static_cast<int>(ceilDiv(u, p.spinesPerPod));
    // Every pod spine gets the uplinks of a full pod, even in a partial last pod,
    // so the core wiring is uniform and the pod can be filled later.
    p.spineUplinks = static_cast<int>(ceilDiv(static_cast<long long>(lp) * u, p.spinesPerPod));
    const int su = p.spineUplinks;
    p.coresPerGroup = static_cast<int>(ceilDiv(static_cast<long long>(p.pods) * su, radix));
    p.coreGroups = p.spinesPerPod;
    p.cores = p.coreGroups * p.coresPerGroup;
    p.linksPerSpineCore = static_cast<int>(ceilDiv(su, p.coresPerGroup));
    p.leafSpineLinks = static_cast<long long>(leaves) * u;
    p.spineCoreLinks = static_cast<long long>(p.spines) * su;
    return p;
}

int FabricPlan::switchesPerSu() const
{
    return leavesPerSu + storageLeavesPerSu + inbandSwitchesPerSu + oobSwitchesPerSu;
}

int FabricPlan::centralSwitches() const
{
    return compute.spines + compute.cores + storage.spines + storage.cores + inbandAggregation
           + oobCentralSwitches;
}

int FabricPlan::totalSwitches() const
{
    return sus * switchesPerSu() + centralSwitches();
}

long long FabricPlan::trunkFibresPerSu() const
{
    const long long inbandUp = sus > 0 ? inbandUplinks / sus : 0;
    const long long oobUp = sus > 0 ? oobUplinks / sus : 0;
    return static_cast<long long>(leavesPerSu) * compute.leafUplinks
           + static_cast<long long>(storageLeavesPerSu) * storage.leafUplinks + inbandUp + oobUp;
}

void groupRackScaleRails(FabricInputs &in)
{
    if (in.nicsPerRail != 1 || in.railsPerNode < 1 || !(in.linkGbps > 0) || !(in.nicGbps > 0)
        || !(in.oversubscription > 0))
        return;
    const int nics = in.railsPerNode;
    const long long linksPerNic = static_cast<long long>(std::ceil(in.nicGbps / in.linkGbps - 1e-9));
    const double o = in.oversubscription;
    const long long maxDown = static_cast<long long>(std::floor(in.switchRadix * o / (1 + o) + 1e-9));
    for (int r = 1; r <= nics; ++r) {
        if (nics % r != 0)
            continue;
        if (static_cast<long long>(in.nodesPerSu) * (nics / r) * linksPerNic <= maxDown) {
            in.railsPerNode = r;
            in.nicsPerRail = nics / r;
            return;
        }
    }
}

FabricPlan planFabric(const FabricInputs &in)
{
    require(in.nodes >= 1 && in.nodes <= 100'000'000, fmt::format("fabric: nodes must be 1 to 100000000, got {}", in.nodes));
    require(in.railsPerNode >= 1, fmt::format("fabric: railsPerNode must be at least 1, got {}", in.railsPerNode));
    require(in.nicsPerRail >= 1, fmt::format("fabric: nicsPerRail must be at least 1, got {}", in.nicsPerRail));
    require(in.acceleratorsPerNode >= 1,
            fmt::format("fabric: acceleratorsPerNode must be at least 1, got {}", in.acceleratorsPerNode));
    require(in.nodesPerSu >= 1, fmt::format("fabric: nodesPerSu must be at least 1, got {}", in.nodesPerSu));
    require(in.nicGbps > 0 && std::isfinite(in.nicGbps), "fabric: nicGbps must be positive");
    require(in.linkGbps > 0 && std::isfinite(in.linkGbps), "fabric: linkGbps must be positive");
    require(in.switchRadix >= 4, fmt::format("fabric: switchRadix {} is too small", in.switchRadix));
    require(in.railsPerNode <= 4096 && in.nicsPerRail <= 4096, "fabric: too many NICs per node");

    FabricPlan p;
    p.nodes = in.nodes;
    p.nodesPerSu = in.nodesPerSu;
    p.linksPerNic = static_cast<int>(std::ceil(in.nicGbps / in.linkGbps - 1e-9));
    p.linkGbps = std::min(in.nicGbps, in.linkGbps);
    require(p.linksPerNic <= 64, fmt::format("fabric: a {} Gb/s NIC needs {} links of {} Gb/s", in.nicGbps,
                                             p.linksPerNic, in.linkGbps));
    const long long sus = ceilDiv(in.nodes, in.nodesPerSu);
    require(sus <= 1'000'000, fmt::format("fabric: {} nodes make too many SUs", in.nodes));
    p.sus = static_cast<int>(sus);
    // A partial last SU keeps a full set of leaves with idle downlink ports and
    // all its uplinks cabled, as NVIDIA's 31-node SU does (256 leaf-spine
    // cables for 1 SU); it can be filled later without touching the spines.
    p.lastSuNodes = static_cast<int>(in.nodes - (sus - 1) * in.nodesPerSu);
    p.nicsPerRail = in.nicsPerRail;
    p.railsPerNode = in.railsPerNode;
    const int portsPerRail = p.linksPerNic * in.nicsPerRail;
    require(static_cast<long long>(in.nodesPerSu) * portsPerRail <= 1'000'000, "fabric: too many ports per SU");
    int downlinks = 0;
    if (in.railOptimized) {
        p.leavesPerSu = in.railsPerNode;
        p.nodesPerLeaf = in.nodesPerSu;
        downlinks = in.nodesPerSu * portsPerRail;
    } else {
        // Top-of-rack style: all of a node's NICs go to one leaf.
        const int portsPerNode = in.railsPerNode * portsPerRail;
        const double o = in.oversubscription;
        const int maxDown = static_cast<int>(std::floor(in.switchRadix * o / (1 + o) + 1e-9));
        require(portsPerNode <= maxDown,
                fmt::format("fabric: a node's {} compute ports exceed a leaf's {} endpoint ports", portsPerNode, maxDown));
        p.nodesPerLeaf = std::min(in.nodesPerSu, maxDown / portsPerNode);
        p.leavesPerSu = static_cast<int>(ceilDiv(in.nodesPerSu, p.nodesPerLeaf));
        downlinks = p.nodesPerLeaf * portsPerNode;
    }
    p.endpoints = in.nodes * in.railsPerNode * portsPerRail;
    p.nodeLeafLinks = p.endpoints;
    require(sus * p.leavesPerSu <= 100'000'000, "fabric: too many leaves");
    p.compute = planClos(static_cast<int>(sus * p.leavesPerSu), downlinks, in.switchRadix, in.oversubscription,
                         in.tiers, p.leavesPerSu, "compute fabric");
    p.maxEndpoints = p.compute.tiers == 2
        ? static_cast<long long>(in.switchRadix) * downlinks
        : static_cast<long long>(in.switchRadix) * p.compute.leavesPerPod * downlinks;

    if (in.storagePortsPerNode > 0) {
        require(in.storageSwitchRadix >= 4, "fabric: storageSwitchRadix is too small");
        const double o = in.storageOversubscription;
        require(o > 0 && std::isfinite(o), "fabric: storageOversubscription must be positive");
        const long long ports = static_cast<long long>(in.nodesPerSu) * in.storagePortsPerNode;
        const int maxDown = static_cast<int>(std::floor(in.storageSwitchRadix * o / (1 + o) + 1e-9));
        require(maxDown >= 1, "fabric: storage switch has no endpoint ports");
        require(ports <= 1'000'000, "fabric: too many storage ports per SU");
        p.storageLeavesPerSu = static_cast<int>(ceilDiv(ports, maxDown));
        const int down = static_cast<int>(ceilDiv(ports, p.storageLeavesPerSu));
        p.storage = planClos(p.sus * p.storageLeavesPerSu, down, in.storageSwitchRadix, o, 0,
                             p.storageLeavesPerSu, "storage fabric");
        p.storageNodeLinks = in.nodes * in.storagePortsPerNode;
    }

    if (in.inbandPortsPerNode > 0) {
        require(in.inbandSwitchRadix >= 4, "fabric: inbandSwitchRadix is too small");
        // Access switch: radix - 2 node ports (all of them with dedicated uplink ports),
        // one uplink to each of an aggregation pair.
        const long long ports = static_cast<long long>(in.nodesPerSu) * in.inbandPortsPerNode;
        p.inbandDownlinks = in.inbandDedicatedUplinks ? in.inbandSwitchRadix : in.inbandSwitchRadix - 2;
        p.inbandSwitchesPerSu = static_cast<int>(ceilDiv(ports, p.inbandDownlinks));
        const long long access = sus * p.inbandSwitchesPerSu;
        p.inbandAggregation = static_cast<int>(2 * ceilDiv(access, in.inbandSwitchRadix));
        p.inbandNodeLinks = in.nodes * in.inbandPortsPerNode;
        p.inbandUplinks = 2 * access;
    }

    if (in.oobPortsPerNode > 0) {
        require(in.oobSwitchRadix >= 4, "fabric: oobSwitchRadix is too small");
        // Per-SU OOB switch: node BMCs plus the management port of every other
        // switch in the SU's network racks; one uplink to the central OOB switches.
        const long long ports = static_cast<long long>(in.nodesPerSu) * in.oobPortsPerNode + p.leavesPerSu
                                + p.storageLeavesPerSu + p.inbandSwitchesPerSu;
        p.oobDownlinks = in.oobDedicatedUplinks ? in.oobSwitchRadix : in.oobSwitchRadix - 1;
        p.oobSwitchRadix = in.oobSwitchRadix;
        p.oobSwitchesPerSu = static_cast<int>(ceilDiv(ports, p.oobDownlinks));
        p.oobUplinks = sus * p.oobSwitchesPerSu;
        const long long centralMgmt = p.compute.spines + p.compute.cores + p.storage.spines + p.storage.cores
                                      + p.inbandAggregation;
        p.oobCentralSwitches = static_cast<int>(ceilDiv(centralMgmt + p.oobUplinks, in.oobSwitchRadix));
        p.oobLinks = in.nodes * in.oobPortsPerNode
                     + sus * (p.leavesPerSu + p.storageLeavesPerSu + p.inbandSwitchesPerSu) + centralMgmt;
    }
    return p;
}

} // namespace hallwright::network
