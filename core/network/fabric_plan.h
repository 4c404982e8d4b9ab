// Fabric sizing: switch and link counts of the compute, storage, in-band and OOB fabrics.
#pragma once

#include "checks/phrase.h"

#include <stdexcept>

namespace hallwright::network {

/// Thrown when a fabric cannot be built as asked; what() gives the reason.
class FabricError : public PhrasedException<std::runtime_error>
{
public:
    using PhrasedException::PhrasedException;
};

/// What the fabric planner needs from the brief and catalog.
/// Radixes are counted in ports at the link speed (QM9700: 64 at 400G).
struct FabricInputs
{
    long long nodes = 0;
    int acceleratorsPerNode = 8;
    int railsPerNode = 8;            ///< leaves a node reaches in its SU (compute NICs per node / nicsPerRail)
    int nicsPerRail = 1;             ///< NICs of one node on each rail's leaf (>1 for rack-scale nodes: 72 NICs on 18 rails → 4)
    double nicGbps = 400;
    int switchRadix = 64;            ///< compute switch ports at linkGbps
    double linkGbps = 400;
    int tiers = 0;                   ///< 0 = auto, 2 or 3 = forced
    double oversubscription = 1.0;   ///< leaf downlink bw / uplink bw
    int nodesPerSu = 32;
    bool railOptimized = true;

    int storagePortsPerNode = 0;     ///< 0 = no storage fabric
    double storageGbps = 0;
    int storageSwitchRadix = 64;
    double storageOversubscription = 1.0;

    int inbandPortsPerNode = 0;      ///< 0 = no in-band management fabric
    int inbandSwitchRadix = 64;
    bool inbandDedicatedUplinks = false; ///< uplinks on extra ports, all radix ports face nodes
    int oobPortsPerNode = 0;         ///< 0 = no out-of-band fabric
    int oobSwitchRadix = 48;
    bool oobDedicatedUplinks = false;
};

/// A leaf/spine(/core) Clos plane. Leaves are numbered SU-major; a 3-tier
/// fabric groups whole SUs into pods, each pod with its own spines, and the
/// spine with index j in every pod connects to core group j. Two tiers follow
/// NVIDIA's even spread (the spines a leaf reaches divide its uplinks); three
/// tiers take the non-blocking minimum: ceil(pod leaves × uplinks / (R/2))
/// spines per pod and ceil(pods × spine uplinks / R) cores per group.
struct ClosPlan
{
    int tiers = 0;              ///< 2 or 3 (0 = plane absent)
    int leaves = 0;
    int leafDownlinks = 0;      ///< ports reserved per leaf for endpoints
    int leafUplinks = 0;        ///< links from each leaf to the spines
    int pods = 1;               ///< 1 for 2 tiers
    int leavesPerPod = 0;
    int spinesPerPod = 0;       ///< == spines for 2 tiers
    int spines = 0;
    int linksPerLeafSpine = 0;  ///< parallel links between a leaf and a spine it reaches (at most; 3 tiers spread a remainder)
    int spineUplinks = 0;       ///< links from each spine to the cores (3 tiers)
    int coreGroups = 0;         ///< == spinesPerPod for 3 tiers
    int coresPerGroup = 0;
    int linksPerSpineCore = 0;  ///< parallel links between a spine and a core of its group (at most)
    int cores = 0;
    long long leafSpineLinks = 0;
    long long spineCoreLinks = 0;
    int switches() const { return leaves + spines + cores; }
};

/// The full plan. Counts "PerSu" are those of every SU's network racks; the
/// rest (spines, cores, aggregation) sit in the central network row.
struct FabricPlan
{
    // compute (back-end) fabric
    long long nodes = 0;
    int sus = 0;
    int nodesPerSu = 0;
    int lastSuNodes = 0;             ///< nodes in the last SU (== nodesPerSu if full)
    int linksPerNic = 1;             ///< ceil(nicGbps / linkGbps)
    int nicsPerRail = 1;
    int railsPerNode = 0;
    double linkGbps = 0;             ///< speed of one compute link (min of NIC and port)
    int leavesPerSu = 0;
    int nodesPerLeaf = 0;            ///< nodes behind a leaf (== nodesPerSu when rail-optimised)
    long long endpoints = 0;         ///< node-facing compute links
    long long maxEndpoints = 0;      ///< capacity of the chosen tier count at this SU shape
    long long nodeLeafLinks = 0;
    ClosPlan compute;

    // storage (front-end) fabric
    int storageLeavesPerSu = 0;
    long long storageNodeLinks = 0;
    ClosPlan storage;

    // in-band management: per-SU access switches, two uplinks each to a central pair
    int inbandDownlinks = 0;         ///< node-facing ports per access switch
    int inbandSwitchesPerSu = 0;
    int inbandAggregation = 0;
    long long inbandNodeLinks = 0;
    long long inbandUplinks = 0;

    // out-of-band (1 GbE): per-SU switches take node BMCs and the SU's switch
    // management ports; central OOB switches take the central switches' ports
    int oobDownlinks = 0;            ///< device-facing ports per SU OOB switch
    int oobSwitchRadix = 0;          ///< ports of a central OOB switch, every one facing a device
    int oobSwitchesPerSu = 0;
    int oobCentralSwitches = 0;
    long long oobLinks = 0;          ///< every OOB access link (nodes + switch mgmt ports)
    long long oobUplinks = 0;        ///< per-SU OOB switch to central OOB switch

    /// Switch counts of one SU's network racks and of the central row.
    int switchesPerSu() const;
    int centralSwitches() const;
    int totalSwitches() const;
    /// Fibre positions (patch-panel ports) needed per SU for the links that
    /// leave the SU's network racks towards the central row.
    long long trunkFibresPerSu() const;
};

/// Sizes all fabrics. Throws FabricError with the reason when the fabric
/// cannot be built (an SU wider than a leaf, too big even for 3 tiers, bad input).
FabricPlan planFabric(const FabricInputs &in);

/// For a rack-scale node (GB200 NVL72: 72 NICs in one "node"), groups the
/// NICs into the fewest rails whose leaf still takes all the SU's NICs on
/// that rail: railsPerNode = smallest divisor r of the NIC count with
/// nodesPerSu × (NICs / r) × linksPerNic ≤ the leaf's endpoint ports.
/// Expects railsPerNode = NICs per node and nicsPerRail = 1; otherwise unchanged.
void groupRackScaleRails(FabricInputs &in);

/// Sizes one Clos plane of `leaves` leaves with `downlinks` endpoint ports
/// each; `leavesPerSu` keeps whole SUs in a pod. Throws FabricError.
ClosPlan planClos(int leaves, int downlinks, int radix, double oversubscription, int tiers,
                  int leavesPerSu, const char *what);

} // namespace hallwright::network
