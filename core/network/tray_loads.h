// Tray loads (cables and cross-section per tray segment), kept up to date as racks move.
#pragma once

#include "model/design.h"
#include "network/cabling.h"

#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

namespace hallwright {
class Catalog;
}

namespace hallwright::network {

/// A tray path a router already searched for a rack pair: the rack its search started from
/// and the segments TrayPaths::forEachSegment gave, in that order.
struct KnownTrayPath
{
    int source = -1;
    std::vector<std::int32_t> segments;
};
/// Known paths by rack pair: (lower rack index << 32) | higher rack index.
using KnownTrayPaths = std::unordered_map<std::uint64_t, KnownTrayPath>;

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
    TrayLoadIndex(const Design &design, const Catalog &catalog, const CablingRules &rules, const KnownTrayPaths *known);
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
