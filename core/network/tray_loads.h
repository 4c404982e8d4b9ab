// Tray loads (cables and cross-section per tray segment), kept up to date as racks move.
#pragma once

#include "model/design.h"
#include "network/cabling.h"
#include "network/tray_graph.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace hallwright {
class Catalog;
}

namespace hallwright::network {

class TrayGraph;

/// Tray paths a router already searched, by rack pair ((lower rack index << 32) | higher):
/// per search the rack it started from and the tree of its paths, per pair its search and its
/// target there. Add a search's tree, then its pairs in target order; call finish() once all
/// are added.
class KnownTrayPaths
{
public:
    struct Path
    {
        std::uint64_t pair;
        int source;
        std::uint32_t tree;   ///< index into trees()
        std::uint32_t target; ///< the pair's target in that tree
    };

    void clear()
    {
        m_paths.clear();
        m_trees.clear();
        m_sources.clear();
    }
    /// The paths of a search from rack `source`; add its pairs next.
    void addTree(int source, TrayPathTree tree)
    {
        m_sources.push_back(source);
        m_trees.push_back(std::move(tree));
    }
    /// The last tree's next target is the path of `pair`.
    void addPair(std::uint64_t pair)
    {
        const auto tree = static_cast<std::uint32_t>(m_trees.size() - 1);
        const auto target = m_paths.empty() || m_paths.back().tree != tree ? 0 : m_paths.back().target + 1;
        m_paths.push_back({pair, m_sources.back(), tree, target});
    }
    /// Orders the paths for find().
    void finish();
    /// The path of `pair`, null when there is none.
    const Path *find(std::uint64_t pair) const;
    const std::vector<TrayPathTree> &trees() const { return m_trees; }

private:
    std::vector<Path> m_paths;
    std::vector<TrayPathTree> m_trees;
    std::vector<int> m_sources;
};

/// The cables on each tray segment. Every cabled link runs on the shortest tray
/// path between its racks' attach points, searched from the rack of the pair
/// with more partner racks (a spine rack serves every leaf rack). Areas are
/// summed in whole 10⁻⁹ mm², so the loads do not depend on the order in which
/// links were added: after update() they equal a new index of the edited design
/// exactly (an editor relies on it).
class TrayLoadIndex
{
public:
    TrayLoadIndex(const Design &design, const Catalog &catalog, const CablingRules &rules = {});
    /// The same, taking the path of a pair from `known` instead of searching when it was
    /// searched from the rack this index searches it from (so it is the path the search would
    /// find). `known` must come from the same trays and rack positions; it is read only here.
    /// `graph`, when given, is the tray graph of the design's trays (a router's), shared
    /// instead of built again.
    /// `use` OneShot keeps no per-pair paths: loads() only, update() throws std::logic_error.
    enum class Use { Updates, OneShot };
    TrayLoadIndex(const Design &design, const Catalog &catalog, const CablingRules &rules, const KnownTrayPaths *known,
                  std::shared_ptr<const TrayGraph> graph = nullptr, Use use = Use::Updates);
    ~TrayLoadIndex();
    TrayLoadIndex(const TrayLoadIndex &) = delete;
    TrayLoadIndex &operator=(const TrayLoadIndex &) = delete;

    /// After `movedRacks` changed footprint and `recabledLinks` (indices) changed medium
    /// or length; racks, devices, links and trays otherwise as when built (same lists).
    void update(const Design &design, const std::vector<RackId> &movedRacks,
                const std::vector<std::size_t> &recabledLinks);

    /// Per tray segment, in Design::trays order.
    std::vector<TrayLoad> loads(const Design &design) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace hallwright::network
