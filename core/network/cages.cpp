// Fixed-end cables and cages: one physical cable per cage pair, and the rule that such a cable cannot split.
#include "network/cages.h"

#include "catalog/catalog.h"
#include "network/cabling.h"
#include "network/media.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>

namespace hallwright::network {

namespace {

/// A link end as a key: device and cage, or device and port where the port shares no cage.
std::uint64_t endKey(int dev, const EndClass &end, int port)
{
    const int cage = cageOf(end, port);
    const std::uint64_t where = cage >= 0 ? static_cast<std::uint64_t>(cage)
                                          : (std::uint64_t(1) << 31) | (static_cast<std::uint64_t>(port) & 0x7fffffffULL);
    return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(dev)) << 32) | where;
}

} // namespace

LinkEnds::LinkEnds(const Design &design, const Catalog &catalog) : media(catalog)
{
    const DeviceIndex deviceOf(design.devices);
    std::vector<const NodeSpec *> nodes(design.devices.size(), nullptr);
    std::vector<const SwitchSpec *> switches(design.devices.size(), nullptr);
    for (std::size_t i = 0; i < design.devices.size(); ++i) {
        const Device &d = design.devices[i];
        if (d.kind == DeviceKind::ComputeNode)
            nodes[i] = catalog.node(d.catalogId);
        else if (d.kind == DeviceKind::Switch)
            switches[i] = catalog.switchSpec(d.catalogId);
    }
    for (const MediumInfo &m : media.media())
        m_byId[m.spec->id] = &m;
    const auto &mediumById = m_byId;
    const std::size_t n = design.links.size();
    devA.assign(n, -1);
    devB.assign(n, -1);
    classA.assign(n, 0);
    classB.assign(n, 0);
    medium.assign(n, nullptr);
    // Ports and fabrics read with the rest in one pass over the links (a large design's links do
    // not fit in cache: the rules and counts that follow read these compact arrays instead).
    portA.resize(n);
    portB.resize(n);
    fabric.resize(n);
    std::size_t hintA = 0, hintB = 0;
    const std::string *lastId = nullptr; // links come in runs of one medium
    const MediumInfo *lastMedium = nullptr;
    for (std::size_t i = 0; i < n; ++i) {
        const Link &l = design.links[i];
        if (!lastId || l.mediumId != *lastId) {
            const auto m = mediumById.find(l.mediumId);
            lastMedium = m != mediumById.end() ? m->second : nullptr;
            lastId = &l.mediumId;
        }
        medium[i] = lastMedium;
        portA[i] = l.a.port;
        portB[i] = l.b.port;
        fabric[i] = l.fabric;
        auto resolve = [&](const PortRef &p, int &dev, EndClassifier::Index &cls, std::size_t &hint) {
            dev = deviceOf(p.device);
            if (dev < 0)
                return;
            const auto d = static_cast<std::size_t>(dev);
            cls = classes.classify(&design.devices[d], nodes[d], switches[d], l, hint);
        };
        resolve(l.a, devA[i], classA[i], hintA);
        resolve(l.b, devB[i], classB[i], hintB);
    }
    m_cageBase.assign(design.devices.size() + 1, 0);
    for (std::size_t i = 0; i < n; ++i)
        for (const auto &[dev, cls, port] : {std::tuple{devA[i], classA[i], portA[i]}, std::tuple{devB[i], classB[i], portB[i]}})
            if (const int c = cageOf(classes[cls], port); dev >= 0 && c >= 0)
                m_cageBase[static_cast<std::size_t>(dev) + 1] =
                    std::max(m_cageBase[static_cast<std::size_t>(dev) + 1], static_cast<std::size_t>(c) + 1);
    for (std::size_t d = 1; d < m_cageBase.size(); ++d)
        m_cageBase[d] += m_cageBase[d - 1];
    if (denseTableAffordable(m_cageBase.back(), n))
        return;
    m_sparse = true;
    for (std::size_t i = 0; i < n; ++i)
        for (const auto &[dev, cls, port] : {std::tuple{devA[i], classA[i], portA[i]}, std::tuple{devB[i], classB[i], portB[i]}})
            if (const int c = cageOf(classes[cls], port); dev >= 0 && c >= 0) {
                const std::uint64_t key = (static_cast<std::uint64_t>(static_cast<std::uint32_t>(dev)) << 32)
                                          | static_cast<std::uint32_t>(c);
                if (m_slotOf.try_emplace(key, m_slotCage.size()).second)
                    m_slotCage.emplace_back(dev, c);
            }
}

std::size_t LinkEnds::slot(int device, int cage) const
{
    if (!m_sparse)
        return m_cageBase[static_cast<std::size_t>(device)] + static_cast<std::size_t>(cage);
    return m_slotOf.at((static_cast<std::uint64_t>(static_cast<std::uint32_t>(device)) << 32)
                       | static_cast<std::uint32_t>(cage));
}

std::pair<int, int> LinkEnds::slotCage(std::size_t slot) const
{
    if (m_sparse)
        return m_slotCage[slot];
    const auto it = std::upper_bound(m_cageBase.begin(), m_cageBase.end(), slot);
    const auto dev = static_cast<std::size_t>(it - m_cageBase.begin()) - 1;
    return {static_cast<int>(dev), static_cast<int>(slot - m_cageBase[dev])};
}

void LinkEnds::recable(const Design &design, std::size_t i)
{
    if (i >= medium.size() || i >= design.links.size())
        return;
    const auto m = m_byId.find(design.links[i].mediumId);
    medium[i] = m == m_byId.end() ? nullptr : m->second;
}

std::vector<char> cableStarts(const Design &design, const Catalog &catalog)
{
    return cableStarts(design, LinkEnds(design, catalog));
}

std::vector<char> cableStarts(const Design &design, const LinkEnds &ends)
{
    const std::vector<long long> owners = cableOwners(design, ends);
    std::vector<char> starts(owners.size(), 0);
    for (std::size_t i = 0; i < owners.size(); ++i)
        starts[i] = owners[i] == static_cast<long long>(i) ? 1 : 0;
    return starts;
}

std::vector<long long> cableOwners(const Design &design, const LinkEnds &ends)
{
    std::vector<long long> owner(design.links.size(), -1);
    // A fixed-end cable whose ends both sit in shared cages carries every link
    // between those two cages: (medium, cage pair) → the link that starts it.
    // Each cage has one slot (its first cable: medium, far cage, first link); a cage
    // that holds cables to several cages (a split, which checkCageSplitCables
    // reports) keeps the others in a map.
    struct Cable
    {
        const MediumInfo *m = nullptr;
        std::uint64_t far = 0;
        long long first = -1;
    };
    std::vector<Cable> first(ends.slotCount());
    struct PairKey
    {
        const MediumInfo *m;
        std::uint64_t lo, hi;
        bool operator==(const PairKey &) const = default;
    };
    struct PairHash
    {
        std::size_t operator()(const PairKey &k) const
        {
            return std::hash<std::uint64_t>()(k.lo * 0x9e3779b97f4a7c15ULL ^ k.hi)
                   ^ std::hash<const void *>()(k.m);
        }
    };
    std::unordered_map<PairKey, long long, PairHash> others;
    for (std::size_t i = 0; i < design.links.size(); ++i) {
        const auto self = static_cast<long long>(i);
        const MediumInfo *m = ends.medium[i];
        if (!m) {
            owner[i] = design.links[i].mediumId.empty() ? -1 : self; // a medium the catalog lacks: one cable
            continue;
        }
        const int portA = ends.portA[i], portB = ends.portB[i];
        const int cageA = cageOf(ends.endA(i), portA), cageB = cageOf(ends.endB(i), portB);
        const bool shared = isFixedEnd(*m) && m->spec->portsPerEnd > 1 && ends.devA[i] >= 0 && ends.devB[i] >= 0
                            && cageA >= 0 && cageB >= 0;
        if (!shared) {
            owner[i] = self;
            continue;
        }
        std::uint64_t a = endKey(ends.devA[i], ends.endA(i), portA);
        std::uint64_t b = endKey(ends.devB[i], ends.endB(i), portB);
        int dev = ends.devA[i], cage = cageA;
        if (a > b) {
            std::swap(a, b);
            dev = ends.devB[i];
            cage = cageB;
        }
        Cable &slot = first[ends.slot(dev, cage)];
        if (!slot.m) {
            slot = {m, b, self};
            owner[i] = self;
        } else if (slot.m == m && slot.far == b) {
            owner[i] = slot.first;
        } else {
            owner[i] = others.try_emplace(PairKey{m, a, b}, self).first->second;
        }
    }
    return owner;
}

CheckList checkCageSplitCables(const Design &design, const Catalog &catalog)
{
    return checkCageSplitCables(design, LinkEnds(design, catalog));
}

CheckList checkCageSplitCables(const Design &design, const LinkEnds &ends)
{
    const MediaTable &media = ends.media;
    // Per cage (device and cage index): the far end and medium of its first link.
    struct Cage
    {
        std::uint64_t far = 0;
        const MediumInfo *medium = nullptr;
        bool fixed = false, split = false;
        std::size_t firstLink = 0;
    };
    std::vector<Cage> cages(ends.slotCount());
    std::vector<char> used(cages.size(), 0);
    long long misfits = 0;
    std::string firstMisfit;
    for (std::size_t i = 0; i < design.links.size(); ++i) {
        const MediumInfo *m = ends.medium[i];
        if (!m)
            continue;
        const bool fixed = isFixedEnd(*m);
        const std::uint64_t ka = endKey(ends.devA[i], ends.endA(i), ends.portA[i]);
        const std::uint64_t kb = endKey(ends.devB[i], ends.endB(i), ends.portB[i]);
        for (int side = 0; side < 2; ++side) {
            const int dev = side == 0 ? ends.devA[i] : ends.devB[i];
            const EndClass &end = side == 0 ? ends.endA(i) : ends.endB(i);
            const int port = side == 0 ? ends.portA[i] : ends.portB[i];
            if (dev < 0)
                continue;
            if (fixed && !media.fits(*m, end)) {
                if (misfits++ == 0)
                    firstMisfit = fmt::format("{} port {}", design.devices[static_cast<std::size_t>(dev)].name, port + 1);
            }
            const int cage = cageOf(end, port);
            if (cage < 0)
                continue;
            const std::uint64_t far = side == 0 ? kb : ka;
            const std::size_t slot = ends.slot(dev, cage);
            if (!used[slot]) {
                used[slot] = 1;
                cages[slot] = Cage{far, m, fixed, false, i};
                continue;
            }
            Cage &c = cages[slot];
            c.fixed = c.fixed || fixed;
            if (c.far != far || c.medium != m)
                c.split = true;
        }
    }
    CheckList out;
    long long split = 0;
    std::string firstSplit;
    std::size_t firstLink = design.links.size();
    for (std::size_t slot = 0; slot < cages.size(); ++slot) {
        const Cage &c = cages[slot];
        if (!used[slot] || !c.fixed || !c.split)
            continue;
        ++split;
        if (c.firstLink < firstLink) { // deterministic: the cage of the lowest link
            firstLink = c.firstLink;
            const auto [dev, cage] = ends.slotCage(slot);
            firstSplit = fmt::format("{} cage {}", design.devices[static_cast<std::size_t>(dev)].name, cage + 1);
        }
    }
    if (split > 0)
        out.push_back(finding(Severity::Error, "cage-split-cable",
                              phrase(QT_TRANSLATE_NOOP("Finding", "%1 cage(s) hold a fixed-end cable (DAC, ACC or AOC) "
                                                                  "while their ports go to different devices or cages; "
                                                                  "a cable cannot split: such a cage takes a twin-port "
                                                                  "transceiver and one fibre per port (first: %2)"),
                                     split, firstSplit),
                              firstSplit));
    if (misfits > 0)
        out.push_back(finding(Severity::Error, "cage-split-cable",
                              phrase(QT_TRANSLATE_NOOP("Finding", "%1 end(s) of fixed-end cables do not match their "
                                                                  "cage (a single-port cable in a twin-port cage, or "
                                                                  "the reverse); the cage needs a cable or module that "
                                                                  "fills it (first: %2)"),
                                     misfits, firstMisfit),
                              firstMisfit));
    return out;
}

} // namespace hallwright::network
