// Tray loads (cables and cross-section per tray segment), kept up to date as racks move.
#pragma once

#include "model/design.h"
#include "network/cabling.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace hallwright {
class Catalog;
}

namespace hallwright::network {

class TrayGraph;

/// Tray paths a router already searched, by rack pair ((lower rack index << 32) | higher):
/// the rack each search started from and the segments TrayPaths::forEachSegment gave, in
/// that order. Paths are stored end to end; call finish() once all are added.
class KnownTrayPaths
{
public:
    struct Path
    {
        std::uint64_t pair;
        int source;
        std::uint32_t begin, end; ///< range in segments()
    };

    void clear()
    {
        m_paths.clear();
        m_segments.clear();
    }
    /// Starts the path of `pair` searched from rack `source`; add its segments next.
    void start(std::uint64_t pair, int source)
    {
        const auto at = static_cast<std::uint32_t>(m_segments.size());
        m_paths.push_back({pair, source, at, at});
    }
    void addSegment(std::int32_t segment)
    {
        m_segments.push_back(segment);
        m_paths.back().end = static_cast<std::uint32_t>(m_segments.size());
    }
    /// Orders the paths for find().
    void finish();
    /// The path of `pair`, null when there is none.
    const Path *find(std::uint64_t pair) const;
    const std::vector<std::int32_t> &segments() const { return m_segments; }

private:
    std::vector<Path> m_paths;
    std::vector<std::int32_t> m_segments;
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
