// Cages and fixed-end cables: which links share one physical cable, and the cage-split-cable rule.
#pragma once

#include "checks/check.h"
#include "model/design.h"
#include "network/media.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace hallwright {
class Catalog;
}

namespace hallwright::network {

/// Each link end of a design resolved once: its device index (-1 when the link
/// names no device of the design), how its port sits in a cage, and the link's
/// catalog medium. Built once and shared by the rules and counts that need it.
/// Whether a table of `slots` entries indexed by port or cage number is affordable for a design
/// of `links` links (a hand-made file may number ports far apart, up to the loader's limits).
inline bool denseTableAffordable(std::size_t slots, std::size_t links)
{
    return slots <= 8 * links + 4096;
}

struct LinkEnds
{
    LinkEnds(const Design &design, const Catalog &catalog);
    LinkEnds(const LinkEnds &) = delete; // medium points into media
    LinkEnds &operator=(const LinkEnds &) = delete;

    /// After link i changed medium (a re-cabled link): its medium resolved again.
    void recable(const Design &design, std::size_t i);

    MediaTable media;
    std::vector<int> devA, devB;
    /// The class of link i's end at a and at b (held once per distinct class).
    const EndClass &endA(std::size_t i) const { return classes[classA[i]]; }
    const EndClass &endB(std::size_t i) const { return classes[classB[i]]; }
    EndClassifier classes;
    std::vector<EndClassifier::Index> classA, classB;
    std::vector<int> portA, portB;          ///< link i's ports (design.links[i].a.port, .b.port)
    std::vector<Fabric> fabric;             ///< link i's fabric
    std::vector<const MediumInfo *> medium; ///< null when the link has no catalog medium
    /// One slot per (device, cage) some link uses: slot(d, c) in [0, slotCount()).
    std::size_t slot(int device, int cage) const;
    std::size_t slotCount() const { return m_sparse ? m_slotCage.size() : m_cageBase.back(); }
    /// The device and cage of a slot (for messages).
    std::pair<int, int> slotCage(std::size_t slot) const;

private:
    /// Dense: device d's cage c is slot m_cageBase[d] + c. A file whose ports are numbered far
    /// apart (up to the loader's limits) would make that table huge; it is then sparse: a map.
    std::vector<std::size_t> m_cageBase;
    bool m_sparse = false;
    std::unordered_map<std::uint64_t, std::size_t> m_slotOf;
    std::vector<std::pair<int, int>> m_slotCage;
    std::unordered_map<std::string, const MediumInfo *> m_byId;
};

/// Per link: 1 when the link starts a physical cable, 0 when it rides on the
/// cable of an earlier link (the second port of a twin-port DAC or ACC: one
/// cable joins the two cages, carrying both links) or has no known medium.
/// A fibre cord carries one link, so every optical link starts its own cable.
std::vector<char> cableStarts(const Design &design, const Catalog &catalog);
std::vector<char> cableStarts(const Design &design, const LinkEnds &ends);

/// Per link: the index of the link whose physical cable carries it (its own index when it
/// starts one, the first link of the cage pair for the second port of a twin-port DAC or
/// ACC), or -1 when the link has no medium. What cables.csv lists one row per cable by.
std::vector<long long> cableOwners(const Design &design, const LinkEnds &ends);

/// Rule cage-split-cable: a cable with fixed ends (DAC, ACC, AOC) cannot split.
/// It fails where such a cable sits in a cage whose ports go to different far
/// devices or cages (or carry different media), and where its end does not
/// match the cage it plugs into (a single-port AOC in a twin-port OSFP cage).
/// Such a cage takes a twin-port transceiver and one fibre per port.
/// One finding per kind, with the count and the first cage.
CheckList checkCageSplitCables(const Design &design, const Catalog &catalog);
CheckList checkCageSplitCables(const Design &design, const LinkEnds &ends);

} // namespace hallwright::network
