// Tray loads (cables and cross-section per tray segment), kept up to date as racks move.
#pragma once

#include "model/design.h"
#include "network/cabling.h"

#include <memory>
#include <vector>

namespace hallwright {
class Catalog;
}

namespace hallwright::network {

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
