// Collective and point-to-point communication times on a cluster's scale-up domain and fabric.
#pragma once

#include "perf/cluster_spec.h"

namespace hallwright::perf {

/// Time of one collective or transfer and how it travelled.
struct CollectiveEstimate
{
    double seconds = 0.0;
    long long ranks = 0;
    int ranksPerDomain = 1;          ///< members sharing one NVLink domain (reduced there first)
    long long domainsSpanned = 1;    ///< NVLink domains the group spans
    long long nodesSpanned = 1;
    int switchesTraversed = 0;       ///< on the inter-node path; 0 inside one domain
    bool crossesLeafUplinks = false; ///< the group reaches beyond one leaf group
    double uplinkSlowdown = 1.0;     ///< >= 1: leaf uplinks loaded beyond their share
    double fabricGBsPerRank = 0.0;   ///< effective inter-node bandwidth per rank, GB/s
};

/// Ring all-reduce of `bytes` per rank over `ranks` accelerators whose global
/// ranks are `stride` apart (ranks are packed node by node). Hierarchical when
/// several members share a domain: reduce-scatter and all-gather inside the
/// domain (2(k-1)/k x bytes over NVLink), then k parallel rings across domains,
/// one per NIC, each carrying bytes/k (2(g-1)/g x bytes/k). Rings are ordered
/// by leaf group, so each ring sends one flow out of every group it spans;
/// with every rank in such a ring, a group's uplinks carry 1/k_leaf of its
/// NIC traffic (k_leaf = ring members per leaf group) and the ring slows by
/// max(1, oversubscription / (k_leaf x uplinkEfficiency)), uplinkEfficiency being
/// the share of uplink capacity ECMP hashing delivers. Latency: 2(g-1) steps of NIC latency
/// plus the switches crossed. Throws PerfError on bad arguments.
CollectiveEstimate allReduce(const ClusterSpec &cluster, long long ranks, double bytes,
                             long long stride = 1);

/// Point-to-point transfer of `bytes` between pipeline stages `distance`
/// global ranks apart, in a pipeline covering `extent` consecutive ranks.
/// NVLink when the whole pipeline sits in one domain, else the NIC. When the
/// pipeline spans more than one leaf group, with every stage sending at once a
/// share min(1, distance / leaf-group size) of the flows leaves a leaf group,
/// slowing them by max(1, oversubscription x share / uplinkEfficiency).
CollectiveEstimate sendRecv(const ClusterSpec &cluster, double bytes, long long distance,
                            long long extent);

/// Switches a message crosses between two nodes: 1 inside a leaf group,
/// 2 x tiers - 1 when it must climb to the top tier.
int switchesBetween(const ClusterSpec &cluster, bool crossesLeafGroup);

} // namespace hallwright::perf
