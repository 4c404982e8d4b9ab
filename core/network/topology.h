// Topology analysis of the compute fabric as it stands: bisection (max-flow), hop counts, path diversity.
#pragma once

#include "model/design.h"

#include <memory>
#include <optional>
#include <vector>

namespace hallwright {
class Catalog;
}

namespace hallwright::network {

/// Switch hops between endpoints (NICs) on different nodes, counted as the
/// switches a packet crosses (1 = same leaf, 3 = leaf-spine-leaf, 5 = via a core).
struct HopStats
{
    int maxSwitchHops = 0;
    double meanSwitchHops = 0.0;     ///< weighted by endpoints per leaf
    long long minShortestPaths = 0;  ///< fewest equal-cost switch paths between two distinct leaves
    bool sampled = false;            ///< true when only some source leaves were searched (large fabrics)
};

/// The compute fabric (Fabric::Compute links) of a design as a graph.
/// Nodes are ordered by SU, rack, then unit; "the two halves" are the first
/// and second half of the accelerators in that order.
class FabricGraph
{
public:
    FabricGraph(const Design &design, const Catalog &catalog);
    ~FabricGraph();

    long long accelerators() const;
    /// Bisection bandwidth in Gb/s: max-flow from the first half of the
    /// accelerators' nodes to the second half. Devices and links flagged in
    /// `failedDevices` / `failedLinks` (indexed like Design::devices / links)
    /// are left out. nullopt with fewer than two nodes.
    std::optional<double> bisectionGbps(const std::vector<char> *failedDevices = nullptr,
                                        const std::vector<char> *failedLinks = nullptr) const;
    /// Hop counts and path diversity; at most `maxSources` source leaves are searched.
    HopStats hops(int maxSources = 64) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace hallwright::network
