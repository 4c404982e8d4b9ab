// Cable routing: per rack pair shortest tray paths, drops and slack, media chosen per twin-port group.
#include "network/cabling.h"

#include "catalog/catalog.h"
#include "network/cages.h"
#include "network/media.h"
#include "network/tray_graph.h"
#include "network/tray_loads.h"
#include "network/tray_sizing.h"

#include <fmt/format.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <numbers>
#include <numeric>
#include <span>
#include <unordered_map>

namespace hallwright::network {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Union-find over link indices, for links that share a twin-port module.
struct Groups
{
    std::vector<int> parent;
    explicit Groups(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
    int find(int x)
    {
        while (parent[static_cast<std::size_t>(x)] != x) {
            parent[static_cast<std::size_t>(x)] = parent[static_cast<std::size_t>(parent[static_cast<std::size_t>(x)])];
            x = parent[static_cast<std::size_t>(x)];
        }
        return x;
    }
    void unite(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            parent[static_cast<std::size_t>(std::max(a, b))] = std::min(a, b);
    }
};

} // namespace

struct CableRouter::Impl
{
    struct DevInfo
    {
        int rack = -1;
        double heightM = 0.0;
        const NodeSpec *node = nullptr;
        const SwitchSpec *sw = nullptr;
    };

    const Catalog &catalog;
    CablingRules rules;
    MediaTable media;
    std::shared_ptr<const TrayGraph> graph; // shared with the tray loads it hands out
    const TrayGraph &trays;

    std::unordered_map<std::int64_t, int> rackIndex;
    DeviceIndex devOf;                               // device id → index in Design::devices
    std::vector<DevInfo> devs;
    std::vector<std::optional<TrayAttach>> attach;  // per rack
    std::vector<int> linkDevA, linkDevB;             // per link, -1 when the device is unknown
    EndClassifier classes;                            // the distinct end classes of the links
    std::vector<EndClassifier::Index> classA, classB; // per link: its ends' classes
    std::vector<double> required;                    // per link, NaN when unroutable
    std::vector<int> groupOf;                        // per link: representative link
    std::vector<int> groupStart, groupMembers;       // CSR by representative
    std::vector<int> groupSlot;                      // representative → index into groupStart
    std::vector<char> groupPointToPoint;             // per group slot: every link joins the same two cages
    std::vector<int> rackLinkStart, rackLinks;       // CSR: links with an end in each rack
    std::size_t indexedLinks = 0;
    // The tray paths of the last routeAll and the rack centres they were found for, so that
    // trayLoads need not search them again (cleared when a rack is re-routed).
    KnownTrayPaths knownPaths;
    std::vector<Point2> knownCentres;
    bool recordPaths = false;

    /// A medium's fit for one kind of link (speed and both end classes), with the parts of
    /// its cost that do not depend on length: what MediaTable::compatible and cost compute.
    struct Option
    {
        bool compatible = false;
        bool fixedEnd = false;
        int divisor = 1;                 ///< a twin-port fixed-end cable serves this many links
        bool hasModuleA = false, hasModuleB = false;
        double moduleA = 0.0, moduleB = 0.0; ///< module price per link at each end
    };
    struct LinkKind
    {
        std::vector<Option> byMedium;    ///< per media() index
        std::vector<int> compatible;     ///< media() indices that fit, in media() order
    };
    std::vector<LinkKind> kinds;
    std::vector<int> linkKind;           ///< per link: index into kinds

    Impl(const Design &design, const Catalog &cat, const CablingRules &r)
        : catalog(cat), rules(r), media(cat), graph(std::make_shared<const TrayGraph>(design.trays)), trays(*graph)
    {
    }

    double portHeight(const Device &dev, const Rack &rack) const
    {
        if (dev.uPosition <= 0)
            return rack.heightU * rules.uPitchM / 2.0;
        return (dev.uPosition - 1 + dev.uHeight / 2.0) * rules.uPitchM;
    }

    void index(const Design &design)
    {
        rackIndex.clear();
        rackIndex.reserve(design.racks.size());
        for (std::size_t i = 0; i < design.racks.size(); ++i)
            rackIndex[design.racks[i].id.value()] = static_cast<int>(i);
        attach.assign(design.racks.size(), std::nullopt);
        for (std::size_t i = 0; i < design.racks.size(); ++i)
            attach[i] = trays.attach(design.racks[i].footprint.center());

        devOf = DeviceIndex(design.devices);
        devs.assign(design.devices.size(), DevInfo{});
        for (std::size_t i = 0; i < design.devices.size(); ++i) {
            const Device &dev = design.devices[i];
            DevInfo &info = devs[i];
            const auto r = rackIndex.find(dev.rack.value());
            if (r != rackIndex.end()) {
                info.rack = r->second;
                info.heightM = portHeight(dev, design.racks[static_cast<std::size_t>(r->second)]);
            }
            if (dev.kind == DeviceKind::ComputeNode)
                info.node = catalog.node(dev.catalogId);
            else if (dev.kind == DeviceKind::Switch)
                info.sw = catalog.switchSpec(dev.catalogId);
        }

        const std::size_t n = design.links.size();
        indexedLinks = n;
        linkDevA.assign(n, -1);
        linkDevB.assign(n, -1);
        classes = EndClassifier();
        classA.resize(n);
        classB.resize(n);
        required.assign(n, kNaN);
        // The ports and speeds, read with the devices in one pass over the links (a large
        // design's links do not fit in cache; the passes below read these compact arrays).
        std::vector<int> portA(n), portB(n);
        std::vector<double> gbps(n);
        auto classify = [&](int d, const Link &l, std::size_t &hint) -> EndClassifier::Index {
            if (d < 0)
                return 0;
            const auto &info = devs[static_cast<std::size_t>(d)];
            return classes.classify(&design.devices[static_cast<std::size_t>(d)], info.node, info.sw, l, hint);
        };
        std::size_t hintA = 0, hintB = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const Link &l = design.links[i];
            linkDevA[i] = devOf(l.a.device);
            linkDevB[i] = devOf(l.b.device);
            classA[i] = classify(linkDevA[i], l, hintA);
            classB[i] = classify(linkDevB[i], l, hintB);
            portA[i] = l.a.port;
            portB[i] = l.b.port;
            gbps[i] = l.gbps;
        }
        indexKinds(gbps);

        // Links that share a module (a twin-port cage at either end) take one medium.
        // Cage slots are dense per device (base offset + cage index), so the owner
        // of a cage is a vector lookup rather than a hash map probe.
        Groups g(n);
        std::vector<std::size_t> cageBase(devs.size() + 1, 0);
        for (std::size_t i = 0; i < n; ++i)
            for (const auto &[dev, port] : {std::pair{linkDevA[i], portA[i]}, std::pair{linkDevB[i], portB[i]}})
                if (dev >= 0 && port >= 0 && port < (1 << 20))
                    cageBase[static_cast<std::size_t>(dev) + 1] =
                        std::max(cageBase[static_cast<std::size_t>(dev) + 1], static_cast<std::size_t>(port) + 1);
        std::partial_sum(cageBase.begin(), cageBase.end(), cageBase.begin());
        // Ports numbered far apart (a hand-made file) make the dense table too big: a map then.
        const bool denseCages = denseTableAffordable(cageBase.back(), 2 * n);
        std::vector<int> cageOwner(denseCages ? cageBase.back() : 0, -1);
        std::unordered_map<std::uint64_t, int> sparseOwner;
        auto joinCage = [&](std::size_t i, int dev, const EndClass &e, int port) {
            const int cage = cageOf(e, port);
            if (dev < 0 || cage < 0 || port >= (1 << 20))
                return;
            int &owner = denseCages
                             ? cageOwner[cageBase[static_cast<std::size_t>(dev)] + static_cast<std::size_t>(cage)]
                             : sparseOwner.try_emplace((static_cast<std::uint64_t>(dev) << 32)
                                                           | static_cast<std::uint32_t>(cage),
                                                       -1)
                                   .first->second;
            if (owner < 0)
                owner = static_cast<int>(i);
            else
                g.unite(owner, static_cast<int>(i));
        };
        for (std::size_t i = 0; i < n; ++i) {
            joinCage(i, linkDevA[i], classes[classA[i]], portA[i]);
            joinCage(i, linkDevB[i], classes[classB[i]], portB[i]);
        }
        groupOf.resize(n);
        groupSlot.assign(n, -1);
        std::vector<int> counts;
        for (std::size_t i = 0; i < n; ++i) {
            const int rep = g.find(static_cast<int>(i));
            groupOf[i] = rep;
            if (groupSlot[static_cast<std::size_t>(rep)] < 0) {
                groupSlot[static_cast<std::size_t>(rep)] = static_cast<int>(counts.size());
                counts.push_back(0);
            }
            ++counts[static_cast<std::size_t>(groupSlot[static_cast<std::size_t>(rep)])];
        }
        groupStart.assign(counts.size() + 1, 0);
        for (std::size_t k = 0; k < counts.size(); ++k)
            groupStart[k + 1] = groupStart[k] + counts[k];
        groupMembers.assign(n, 0);
        std::vector<int> fill(groupStart.begin(), groupStart.end() - 1);
        for (std::size_t i = 0; i < n; ++i)
            groupMembers[static_cast<std::size_t>(fill[static_cast<std::size_t>(groupSlot[static_cast<std::size_t>(groupOf[i])])]++)] = static_cast<int>(i);

        // A cable with fixed ends joins one cage to one cage: it can serve a group
        // only when every link of the group has the same two ends (device and
        // cage, or device and port where the end has no shared cage).
        groupPointToPoint.assign(counts.size(), 1);
        {
            auto endKey = [&](int dev, const EndClass &e, int port) {
                const int cage = cageOf(e, port);
                const std::uint64_t where = cage >= 0 ? static_cast<std::uint64_t>(cage)
                                                      : (std::uint64_t(1) << 23) | (static_cast<std::uint64_t>(port) & 0x7fffffULL);
                return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(dev)) << 24) | where;
            };
            std::vector<std::pair<std::uint64_t, std::uint64_t>> firstEnds(counts.size(), {0, 0});
            std::vector<char> seen(counts.size(), 0);
            for (std::size_t i = 0; i < n; ++i) {
                const auto slot = static_cast<std::size_t>(groupSlot[static_cast<std::size_t>(groupOf[i])]);
                std::uint64_t ka = endKey(linkDevA[i], classes[classA[i]], portA[i]);
                std::uint64_t kb = endKey(linkDevB[i], classes[classB[i]], portB[i]);
                if (ka > kb)
                    std::swap(ka, kb);
                if (!seen[slot]) {
                    seen[slot] = 1;
                    firstEnds[slot] = {ka, kb};
                } else if (firstEnds[slot] != std::pair{ka, kb}) {
                    groupPointToPoint[slot] = 0;
                }
            }
        }

        // Links by rack, for re-routing one rack.
        std::vector<int> rc(design.racks.size() + 1, 0);
        auto rackOfDev = [&](int d) { return d < 0 ? -1 : devs[static_cast<std::size_t>(d)].rack; };
        for (std::size_t i = 0; i < n; ++i) {
            const int ra = rackOfDev(linkDevA[i]), rb = rackOfDev(linkDevB[i]);
            if (ra >= 0)
                ++rc[static_cast<std::size_t>(ra) + 1];
            if (rb >= 0 && rb != ra)
                ++rc[static_cast<std::size_t>(rb) + 1];
        }
        std::partial_sum(rc.begin(), rc.end(), rc.begin());
        rackLinkStart = rc;
        rackLinks.assign(static_cast<std::size_t>(rc.back()), 0);
        std::vector<int> pos(rc.begin(), rc.end() - 1);
        for (std::size_t i = 0; i < n; ++i) {
            const int ra = rackOfDev(linkDevA[i]), rb = rackOfDev(linkDevB[i]);
            if (ra >= 0)
                rackLinks[static_cast<std::size_t>(pos[static_cast<std::size_t>(ra)]++)] = static_cast<int>(i);
            if (rb >= 0 && rb != ra)
                rackLinks[static_cast<std::size_t>(pos[static_cast<std::size_t>(rb)]++)] = static_cast<int>(i);
        }
    }

    /// Links of one speed with the same two end classes choose among the same media: the
    /// fit and the fixed parts of the cost are worked out once per such kind.
    void indexKinds(const std::vector<double> &gbps)
    {
        struct Key
        {
            std::uint64_t gbpsBits;
            EndClassifier::Index a, b;
            bool operator==(const Key &) const = default;
        };
        struct KeyHash
        {
            std::size_t operator()(const Key &k) const
            {
                return std::hash<std::uint64_t>()(k.gbpsBits) ^ (std::size_t(k.a) * 0x9e3779b97f4a7c15ULL)
                       ^ (std::size_t(k.b) << 1);
            }
        };
        std::unordered_map<Key, int, KeyHash> kindOf;
        kinds.clear();
        linkKind.resize(gbps.size());
        const auto &all = media.media();
        Key last{};
        int lastKind = -1;
        for (std::size_t i = 0; i < gbps.size(); ++i) {
            const Key key{std::bit_cast<std::uint64_t>(gbps[i]), classA[i], classB[i]};
            if (lastKind >= 0 && key == last) { // links come in runs of one kind
                linkKind[i] = lastKind;
                continue;
            }
            const auto [it, added] = kindOf.try_emplace(key, static_cast<int>(kinds.size()));
            linkKind[i] = lastKind = it->second;
            last = key;
            if (!added)
                continue;
            const double keyGbps = gbps[i];
            const EndClass &keyA = classes[key.a], &keyB = classes[key.b];
            LinkKind k;
            k.byMedium.resize(all.size());
            for (std::size_t m = 0; m < all.size(); ++m) {
                Option &o = k.byMedium[m];
                o.compatible = media.compatible(all[m], keyGbps, keyA, keyB);
                if (!o.compatible)
                    continue;
                o.fixedEnd = isFixedEnd(all[m]);
                o.divisor = std::max(1, all[m].spec->portsPerEnd);
                if (const TransceiverSpec *t = media.moduleAt(all[m], keyA)) {
                    o.hasModuleA = true;
                    o.moduleA = t->priceCny / std::max(1, t->linksPerModule);
                }
                if (const TransceiverSpec *t = media.moduleAt(all[m], keyB)) {
                    o.hasModuleB = true;
                    o.moduleB = t->priceCny / std::max(1, t->linksPerModule);
                }
                k.compatible.push_back(static_cast<int>(m));
            }
            kinds.push_back(std::move(k));
        }
    }

    /// MediaTable::cost of medium m for a link of kind k, in the same order of operations.
    double costOf(const MediumInfo &m, const Option &o, double lengthM) const
    {
        double c = m.spec->priceCnyFixed + m.spec->priceCnyPerM * lengthM;
        if (o.fixedEnd)
            c /= o.divisor;
        if (o.hasModuleA)
            c += o.moduleA;
        if (o.hasModuleB)
            c += o.moduleB;
        return c;
    }

    int rackOfLinkEnd(std::size_t i, bool a) const
    {
        const int d = a ? linkDevA[i] : linkDevB[i];
        return d < 0 ? -1 : devs[static_cast<std::size_t>(d)].rack;
    }

    /// Length before rounding, given the tray distance between the two racks.
    double lengthFor(std::size_t i, int ra, int rb, double trayM) const
    {
        const double ha = devs[static_cast<std::size_t>(linkDevA[i])].heightM;
        const double hb = devs[static_cast<std::size_t>(linkDevB[i])].heightM;
        double raw = 0.0;
        if (ra == rb) {
            raw = std::abs(ha - hb) + rules.inRackRunM;
        } else {
            const TrayAttach &pa = *attach[static_cast<std::size_t>(ra)];
            const TrayAttach &pb = *attach[static_cast<std::size_t>(rb)];
            raw = std::abs(pa.heightM - ha) + pa.offsetM + trayM + std::abs(pb.heightM - hb) + pb.offsetM;
        }
        return raw * (1.0 + rules.slackFraction) + rules.serviceLoopM;
    }

    /// Runs `visit(links, ra, rb, paths)` once per rack pair of `links`; paths is null
    /// for same-rack pairs and for racks without an attach point. After each search, before
    /// the visits of its pairs, `searched(source rack, paths, targets)`.
    template<typename Visit, typename Searched>
    void forEachPair(const std::vector<int> &links, Visit visit, Searched searched) const
    {
        // The links by (lower rack, higher rack, link): two stable counting passes over the
        // racks (higher, then lower) of the links in ascending order. Only link indices move
        // (a large hall has half a million links): the racks are looked up again in each pass.
        std::vector<int> sortedLinks;
        const std::vector<int> *in = &links;
        if (!std::is_sorted(links.begin(), links.end())) {
            sortedLinks = links;
            std::sort(sortedLinks.begin(), sortedLinks.end());
            in = &sortedLinks;
        }
        auto racksOf = [&](int i) {
            const int ra = rackOfLinkEnd(static_cast<std::size_t>(i), true);
            const int rb = rackOfLinkEnd(static_cast<std::size_t>(i), false);
            return std::pair{std::min(ra, rb), std::max(ra, rb)};
        };
        const std::size_t racks = attach.size();
        std::vector<std::size_t> count(racks + 1);
        std::vector<int> byHigher, order;
        for (const bool byLower : {false, true}) {
            const std::vector<int> &from = byLower ? byHigher : *in;
            std::vector<int> &to = byLower ? order : byHigher;
            std::fill(count.begin(), count.end(), 0);
            std::size_t placed = 0;
            for (int i : from) {
                const auto [lo, hi] = racksOf(i);
                if (lo < 0)
                    continue; // an end outside any rack
                ++count[static_cast<std::size_t>(byLower ? lo : hi) + 1];
                ++placed;
            }
            for (std::size_t r = 0; r < racks; ++r)
                count[r + 1] += count[r];
            to.resize(placed);
            for (int i : from) {
                const auto [lo, hi] = racksOf(i);
                if (lo >= 0)
                    to[count[static_cast<std::size_t>(byLower ? lo : hi)]++] = i;
            }
        }
        byHigher = {};

        struct Pair { int ra, rb; std::size_t begin, end; };
        std::vector<Pair> pairs;
        std::vector<int> partners(racks, 0); // per rack
        for (std::size_t k = 0; k < order.size();) {
            const auto key = racksOf(order[k]);
            std::size_t e = k + 1;
            while (e < order.size() && racksOf(order[e]) == key)
                ++e;
            pairs.push_back({key.first, key.second, k, e});
            if (key.first != key.second) {
                ++partners[static_cast<std::size_t>(key.first)];
                ++partners[static_cast<std::size_t>(key.second)];
            }
            k = e;
        }

        auto linksOf = [&](const Pair &p) { return std::span<const int>(order.data() + p.begin, p.end - p.begin); };
        // The end with more partners is the search source (a spine rack serves every leaf rack);
        // per source rack its pairs, in pair order (compressed rows by source).
        std::vector<int> sourceOf(pairs.size(), -1);
        std::vector<std::size_t> sourceStart(racks + 1, 0);
        for (std::size_t k = 0; k < pairs.size(); ++k) {
            const Pair &p = pairs[k];
            if (p.ra == p.rb || !attach[static_cast<std::size_t>(p.ra)] || !attach[static_cast<std::size_t>(p.rb)]) {
                visit(linksOf(p), p.ra, p.rb, static_cast<const TrayPaths *>(nullptr), false);
                continue;
            }
            sourceOf[k] = partners[static_cast<std::size_t>(p.ra)] >= partners[static_cast<std::size_t>(p.rb)] ? p.ra : p.rb;
            ++sourceStart[static_cast<std::size_t>(sourceOf[k]) + 1];
        }
        for (std::size_t r = 0; r < racks; ++r)
            sourceStart[r + 1] += sourceStart[r];
        std::vector<std::size_t> bySource(sourceStart.back());
        {
            std::vector<std::size_t> fill(sourceStart.begin(), sourceStart.end() - 1);
            for (std::size_t k = 0; k < pairs.size(); ++k)
                if (sourceOf[k] >= 0)
                    bySource[fill[static_cast<std::size_t>(sourceOf[k])]++] = k;
        }
        std::vector<TrayAttach> targets;
        TrayPaths paths; // reused: each search resets only what the last one reached
        for (std::size_t srcRack = 0; srcRack < racks; ++srcRack) { // sources in rack order
            const std::size_t first = sourceStart[srcRack], last = sourceStart[srcRack + 1];
            if (first == last)
                continue;
            const int src = static_cast<int>(srcRack);
            targets.clear();
            for (std::size_t q = first; q < last; ++q) {
                const Pair &p = pairs[bySource[q]];
                targets.push_back(*attach[static_cast<std::size_t>(p.ra == src ? p.rb : p.ra)]);
            }
            trays.shortestPaths(*attach[static_cast<std::size_t>(src)], &targets, paths);
            searched(src, paths, targets);
            for (std::size_t q = first; q < last; ++q) {
                const Pair &p = pairs[bySource[q]];
                visit(linksOf(p), p.ra, p.rb, &paths, p.rb == src);
            }
        }
    }

    /// Tray distance and the attach of the far end for a pair visited from `paths`.
    std::optional<double> trayDistance(const TrayPaths *paths, int ra, int rb, bool sourceIsB) const
    {
        if (!paths)
            return ra == rb ? std::optional<double>(0.0) : std::nullopt;
        const int target = sourceIsB ? ra : rb;
        return paths->distanceTo(*attach[static_cast<std::size_t>(target)]);
    }

    void computeRequired(const std::vector<int> &links)
    {
        forEachPair(
            links,
            [&](std::span<const int> pl, int ra, int rb, const TrayPaths *paths, bool srcB) {
                const auto dist = trayDistance(paths, ra, rb, srcB);
                if (recordPaths && paths)
                    knownPaths.addPair((static_cast<std::uint64_t>(ra) << 32) | static_cast<std::uint64_t>(rb));
                for (int i : pl)
                    required[static_cast<std::size_t>(i)] =
                        dist ? lengthFor(static_cast<std::size_t>(i), ra, rb, *dist) : kNaN;
            },
            [&](int source, TrayPaths &paths, const std::vector<TrayAttach> &targets) {
                if (recordPaths) // the tree of the search's paths, its pairs' targets in order
                    knownPaths.addTree(source, paths.pathTree(targets));
            });
    }

    /// Picks one medium for the links of a group (a shared twin-port module
    /// carries one medium); falls back to per-link choice when none fits all.
    void chooseGroup(Design &design, const int *begin, const int *end, RoutingStats &stats) const
    {
        const MediumInfo *best = nullptr;
        double bestCost = std::numeric_limits<double>::infinity();
        bool allRoutable = true;
        for (const int *it = begin; it != end; ++it)
            if (std::isnan(required[static_cast<std::size_t>(*it)]))
                allRoutable = false;
        const bool pointToPoint =
            groupPointToPoint[static_cast<std::size_t>(groupSlot[static_cast<std::size_t>(groupOf[static_cast<std::size_t>(*begin)])])] != 0;
        if (allRoutable && end - begin > 1) {
            // A medium that does not fit the first link fits no group with it.
            for (int mi : kinds[static_cast<std::size_t>(linkKind[static_cast<std::size_t>(*begin)])].compatible) {
                const MediumInfo &m = media.media()[static_cast<std::size_t>(mi)];
                if (!pointToPoint && isFixedEnd(m))
                    continue;
                double c = 0.0;
                bool ok = true;
                for (const int *it = begin; it != end && ok; ++it) {
                    const auto i = static_cast<std::size_t>(*it);
                    const Option &o = kinds[static_cast<std::size_t>(linkKind[i])].byMedium[static_cast<std::size_t>(mi)];
                    const auto len = media.stockLength(m, required[i]);
                    ok = len && o.compatible;
                    if (ok)
                        c += costOf(m, o, *len);
                }
                if (ok && c < bestCost - 1e-9) {
                    best = &m;
                    bestCost = c;
                }
            }
        }
        for (const int *it = begin; it != end; ++it)
            chooseLink(design, static_cast<std::size_t>(*it), best, pointToPoint, stats);
    }

    void chooseLink(Design &design, std::size_t i, const MediumInfo *groupMedium, bool allowFixedEnd,
                    RoutingStats &stats) const
    {
        Link &link = design.links[i];
        const double req = required[i];
        if (std::isnan(req)) {
            link.mediumId.clear();
            link.lengthM = 0.0;
            ++stats.unrouted;
            if (stats.firstProblem.empty())
                stats.firstProblem = fmt::format("link {} ({}): no tray path between its racks", link.id.value(), link.label);
            return;
        }
        const MediumInfo *best = groupMedium;
        double bestLen = best ? *media.stockLength(*best, req) : 0.0;
        if (!best) {
            double bestCost = std::numeric_limits<double>::infinity();
            const LinkKind &kind = kinds[static_cast<std::size_t>(linkKind[i])];
            for (int mi : kind.compatible) {
                const MediumInfo &m = media.media()[static_cast<std::size_t>(mi)];
                const Option &o = kind.byMedium[static_cast<std::size_t>(mi)];
                if (!allowFixedEnd && o.fixedEnd)
                    continue;
                const auto len = media.stockLength(m, req);
                if (!len)
                    continue;
                const double c = costOf(m, o, *len);
                if (c < bestCost - 1e-9) {
                    best = &m;
                    bestCost = c;
                    bestLen = *len;
                }
            }
        }
        if (!best) {
            link.mediumId.clear();
            link.lengthM = 0.0;
            ++stats.noMedium;
            if (stats.firstProblem.empty())
                stats.firstProblem = fmt::format("link {} ({}): no catalog medium carries {} Gb/s over {:.1f} m",
                                                 link.id.value(), link.label, link.gbps, req);
            return;
        }
        link.mediumId = best->spec->id;
        link.lengthM = bestLen;
        ++stats.routed;
    }
};

CableRouter::CableRouter(const Design &design, const Catalog &catalog, const CablingRules &rules)
    : d(std::make_unique<Impl>(design, catalog, rules))
{
}

CableRouter::~CableRouter() = default;

void CableRouter::prepare(const Design &design)
{
    d->knownPaths.clear();
    d->knownCentres.clear();
    d->index(design);
}

RoutingStats CableRouter::routeAll(Design &design)
{
    d->knownPaths.clear();
    d->knownCentres.clear();
    d->index(design);
    std::vector<int> all(design.links.size());
    std::iota(all.begin(), all.end(), 0);
    d->recordPaths = true;
    d->computeRequired(all);
    d->recordPaths = false;
    d->knownPaths.finish();
    d->knownCentres.reserve(design.racks.size());
    for (const Rack &rack : design.racks)
        d->knownCentres.push_back(rack.footprint.center());
    RoutingStats stats;
    for (std::size_t g = 0; g + 1 < d->groupStart.size(); ++g)
        d->chooseGroup(design, d->groupMembers.data() + d->groupStart[g], d->groupMembers.data() + d->groupStart[g + 1],
                       stats);
    return stats;
}

RoutingStats CableRouter::rerouteRack(Design &design, RackId rack)
{
    if (d->indexedLinks != design.links.size() || d->devs.size() != design.devices.size()
        || d->rackIndex.size() != design.racks.size())
        return routeAll(design); // the design changed shape: route it all again
    const auto r = d->rackIndex.find(rack.value());
    if (r == d->rackIndex.end())
        return {};
    const auto ri = static_cast<std::size_t>(r->second);
    d->knownPaths.clear();
    d->knownCentres.clear();
    d->attach[ri] = d->trays.attach(design.racks[ri].footprint.center());
    for (std::size_t k = 0; k < design.devices.size(); ++k) // devices may have moved inside the rack too
        if (d->devs[k].rack == r->second)
            d->devs[k].heightM = d->portHeight(design.devices[k], design.racks[ri]);

    std::vector<int> links(d->rackLinks.begin() + d->rackLinkStart[ri], d->rackLinks.begin() + d->rackLinkStart[ri + 1]);
    std::vector<int> reps;
    reps.reserve(links.size());
    for (int i : links)
        reps.push_back(d->groupOf[static_cast<std::size_t>(i)]);
    std::sort(reps.begin(), reps.end());
    reps.erase(std::unique(reps.begin(), reps.end()), reps.end());
    // Group members in other racks keep their lengths unless never computed (prepare() without routeAll).
    for (int rep : reps) {
        const auto g = static_cast<std::size_t>(d->groupSlot[static_cast<std::size_t>(rep)]);
        for (int k = d->groupStart[g]; k < d->groupStart[g + 1]; ++k) {
            const int i = d->groupMembers[static_cast<std::size_t>(k)];
            if (std::isnan(d->required[static_cast<std::size_t>(i)]))
                links.push_back(i);
        }
    }
    std::sort(links.begin(), links.end());
    links.erase(std::unique(links.begin(), links.end()), links.end());
    d->computeRequired(links);
    RoutingStats stats;
    for (int rep : reps) {
        const auto g = static_cast<std::size_t>(d->groupSlot[static_cast<std::size_t>(rep)]);
        d->chooseGroup(design, d->groupMembers.data() + d->groupStart[g], d->groupMembers.data() + d->groupStart[g + 1],
                       stats);
    }
    return stats;
}

std::vector<std::size_t> CableRouter::linksRoutedWith(RackId rack) const
{
    std::vector<std::size_t> out;
    const auto r = d->rackIndex.find(rack.value());
    if (r == d->rackIndex.end())
        return out;
    const auto ri = static_cast<std::size_t>(r->second);
    for (int k = d->rackLinkStart[ri]; k < d->rackLinkStart[ri + 1]; ++k) {
        const int rep = d->groupOf[static_cast<std::size_t>(d->rackLinks[static_cast<std::size_t>(k)])];
        const auto g = static_cast<std::size_t>(d->groupSlot[static_cast<std::size_t>(rep)]);
        for (int m = d->groupStart[g]; m < d->groupStart[g + 1]; ++m)
            out.push_back(static_cast<std::size_t>(d->groupMembers[static_cast<std::size_t>(m)]));
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::optional<double> CableRouter::requiredLength(std::size_t linkIndex) const
{
    if (linkIndex >= d->required.size() || std::isnan(d->required[linkIndex]))
        return std::nullopt;
    return d->required[linkIndex];
}

std::vector<TrayLoad> CableRouter::trayLoads(const Design &design) const
{
    // The paths of routeAll hold while every rack stands where it stood then.
    bool sameRacks = !d->knownCentres.empty() && d->knownCentres.size() == design.racks.size();
    for (std::size_t i = 0; sameRacks && i < design.racks.size(); ++i) {
        const Point2 c = design.racks[i].footprint.center();
        sameRacks = c.x == d->knownCentres[i].x && c.y == d->knownCentres[i].y;
    }
    return TrayLoadIndex(design, d->catalog, d->rules, sameRacks ? &d->knownPaths : nullptr, d->graph,
                         TrayLoadIndex::Use::OneShot)
        .loads(design);
}

RoutingStats rerouteRack(Design &design, RackId rack, const Catalog &catalog, const CablingRules &rules)
{
    CableRouter router(design, catalog, rules);
    router.prepare(design);
    return router.rerouteRack(design, rack);
}

std::vector<TrayLoad> trayLoads(const Design &design, const Catalog &catalog, const CablingRules &rules)
{
    return TrayLoadIndex(design, catalog, rules, nullptr, nullptr, TrayLoadIndex::Use::OneShot).loads(design);
}

std::size_t denseDeviceIdTable(const std::vector<Device> &devices)
{
    std::int64_t maxId = -1;
    for (const Device &dev : devices) {
        if (dev.id.value() < 0)
            return 0;
        maxId = std::max(maxId, dev.id.value());
    }
    const bool dense = maxId >= 0 && maxId < 4 * static_cast<std::int64_t>(devices.size()) + 1024;
    return dense ? static_cast<std::size_t>(maxId + 1) : 0;
}

DeviceIndex::DeviceIndex(const std::vector<Device> &devices)
{
    const std::size_t table = denseDeviceIdTable(devices);
    if (table > 0)
        m_table.assign(table, -1);
    else
        m_map.reserve(devices.size());
    for (std::size_t i = 0; i < devices.size(); ++i) {
        if (table > 0)
            m_table[static_cast<std::size_t>(devices[i].id.value())] = static_cast<int>(i);
        else
            m_map[devices[i].id.value()] = static_cast<int>(i);
    }
}

} // namespace hallwright::network
