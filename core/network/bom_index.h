// The network bill of materials as counts that follow re-cabled links exactly.
#pragma once

#include "model/design.h"
#include "network/network_analysis.h"

#include <memory>
#include <vector>

namespace hallwright {
class Catalog;
}

namespace hallwright::network {

/// Counts of the network bill of materials: switches and patch panels by catalog
/// id, cables by medium and stock length, modules per (device, cage, module)
/// (a twin-port module counts once, for the fabric of its lowest-index link).
/// Every count is an integer, so after update() the bill equals a new index of
/// the edited design exactly. networkBomByFabric() is a new index's bom().
class NetworkBomIndex
{
public:
    /// Updates: keeps what update() needs (each link's counted medium, each cage's links);
    /// OneBill: counts for bom() only, and update() throws std::logic_error.
    enum class Use { Updates, OneBill };
    NetworkBomIndex(const Design &design, const Catalog &catalog, Use use = Use::Updates);
    ~NetworkBomIndex();
    NetworkBomIndex(const NetworkBomIndex &) = delete;
    NetworkBomIndex &operator=(const NetworkBomIndex &) = delete;

    /// After links `recabled` (indices) changed medium or length; devices and links otherwise as built.
    void update(const Design &design, const std::vector<std::size_t> &recabled);

    NetworkBom bom() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace hallwright::network
