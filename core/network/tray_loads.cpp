// Tray loads per segment from the rack pairs' shortest tray paths, summed in whole units so that updates are exact.
#include "network/tray_loads.h"

#include "catalog/catalog.h"
#include "network/tray_graph.h"
#include "network/tray_sizing.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>
#include <stdexcept>
#include <unordered_map>

namespace hallwright::network {

namespace {

constexpr double kUnitsPerMm2 = 1e9; // a trunk of a million 100 mm² cables is 1e17 units, well inside 64 bits

} // namespace

struct TrayLoadIndex::Impl
{
    struct Pair
    {
        int ra = -1, rb = -1;              ///< rack indices, ra <= rb
        std::uint32_t linksBegin = 0, linksEnd = 0; ///< its links: pairLinks[linksBegin, linksEnd) (kept for updates)
        long long cables = 0;              ///< cabled links now
        long long units = 0;               ///< their area now
        long long shownCables = 0;         ///< what `segments` carry in the totals
        long long shownUnits = 0;
        std::vector<std::int32_t> segments; ///< the path the totals use (empty: none)
    };

    CablingRules rules;
    std::shared_ptr<const TrayGraph> graph;
    const TrayGraph &trays;
    std::unordered_map<std::string, long long> unitsOf; ///< medium id → area units
    std::unordered_map<std::int64_t, int> rackIndex;
    std::vector<std::optional<TrayAttach>> attach;
    std::vector<int> linkPair;                 ///< per link: pair index, -1 when an end has no rack
    std::vector<char> linkCabled;
    std::vector<long long> linkUnits;
    std::vector<Pair> pairs;
    std::vector<int> pairLinks;                ///< the links of each pair, pair after pair
    std::vector<std::vector<int>> rackPairs;   ///< per rack: pairs with an end in it
    std::vector<int> partners;                 ///< per rack: other racks it has cabled pairs with
    std::vector<long long> segCables, segUnits;
    bool keepPaths = true;                     ///< false: one set of loads, no update() (no per-pair paths)

    Impl(const Design &design, const Catalog &catalog, const CablingRules &r, const KnownTrayPaths *known,
         std::shared_ptr<const TrayGraph> g, bool forUpdates)
        : rules(r), graph(g ? std::move(g) : std::make_shared<const TrayGraph>(design.trays)), trays(*graph),
          keepPaths(forUpdates)
    {
        for (const auto &[id, m] : catalog.media())
            unitsOf[id] = std::llround(std::numbers::pi * m.diameterMm * m.diameterMm / 4.0 * kUnitsPerMm2);
        build(design, known);
    }

    void cabling(const Link &l, std::size_t i)
    {
        linkCabled[i] = l.mediumId.empty() ? 0 : 1;
        // Links come in runs of one medium: look its area up once per run.
        if (l.mediumId != lastMedium) {
            const auto it = unitsOf.find(l.mediumId);
            lastMedium = l.mediumId;
            lastUnits = it != unitsOf.end() ? it->second : 0;
        }
        linkUnits[i] = linkCabled[i] ? lastUnits : 0;
    }
    std::string lastMedium;
    long long lastUnits = 0;

    void totals(Pair &p) const
    {
        p.cables = 0;
        p.units = 0;
        for (std::uint32_t k = p.linksBegin; k < p.linksEnd; ++k) {
            const auto i = pairLinks[k];
            if (linkCabled[static_cast<std::size_t>(i)]) {
                ++p.cables;
                p.units += linkUnits[static_cast<std::size_t>(i)];
            }
        }
    }

    void countPartners()
    {
        partners.assign(attach.size(), 0);
        for (const Pair &p : pairs)
            if (p.ra != p.rb && p.cables > 0) {
                ++partners[static_cast<std::size_t>(p.ra)];
                ++partners[static_cast<std::size_t>(p.rb)];
            }
    }

    bool routable(const Pair &p) const
    {
        return p.ra != p.rb && attach[static_cast<std::size_t>(p.ra)] && attach[static_cast<std::size_t>(p.rb)];
    }

    int source(const Pair &p) const
    {
        return partners[static_cast<std::size_t>(p.ra)] >= partners[static_cast<std::size_t>(p.rb)] ? p.ra : p.rb;
    }

    void show(Pair &p, int sign)
    {
        for (std::int32_t s : p.segments) {
            segCables[static_cast<std::size_t>(s)] += sign * p.shownCables;
            segUnits[static_cast<std::size_t>(s)] += sign * p.shownUnits;
        }
    }

    /// New paths for `which` (pairs that can be routed), one search per source rack. A pair
    /// whose path `known` holds from the same source takes it: a search's path to a target does
    /// not depend on the other targets (they only decide when it stops).
    void route(const std::vector<int> &which, const KnownTrayPaths *known = nullptr)
    {
        // Without updates to come, a pair's cables go straight onto the segments of its path.
        auto onPath = [&](Pair &p, std::int32_t s) {
            if (keepPaths) {
                p.segments.push_back(s);
            } else {
                segCables[static_cast<std::size_t>(s)] += p.cables;
                segUnits[static_cast<std::size_t>(s)] += p.units;
            }
        };
        std::map<int, std::vector<int>> bySource;
        std::vector<std::vector<std::pair<std::uint32_t, int>>> byTree; // known: per tree (target, pair)
        for (int k : which) {
            Pair &p = pairs[static_cast<std::size_t>(k)];
            const int src = source(p);
            if (known) {
                const auto *path = known->find((static_cast<std::uint64_t>(p.ra) << 32) | static_cast<std::uint64_t>(p.rb));
                if (path && path->source == src) {
                    p.segments.clear();
                    if (keepPaths) {
                        known->trees()[path->tree].forEachSegment(path->target, [&](std::size_t s) {
                            onPath(p, static_cast<std::int32_t>(s));
                        });
                    } else {
                        byTree.resize(known->trees().size());
                        byTree[path->tree].emplace_back(path->target, k);
                    }
                    continue;
                }
            }
            bySource[src].push_back(k);
        }
        std::vector<std::pair<long long, long long>> loads;
        for (std::size_t t = 0; t < byTree.size(); ++t) { // the totals only: up each tree at once
            if (byTree[t].empty())
                continue;
            const TrayPathTree &tree = known->trees()[t];
            loads.assign(tree.targets(), {0, 0});
            for (const auto &[target, k] : byTree[t])
                loads[target] = {pairs[static_cast<std::size_t>(k)].cables, pairs[static_cast<std::size_t>(k)].units};
            tree.addLoads(loads, segCables, segUnits);
        }
        std::vector<TrayAttach> targets;
        TrayPaths paths; // reused: each search resets only what the last one reached
        for (const auto &[src, list] : bySource) {
            targets.clear();
            for (int k : list) {
                const Pair &p = pairs[static_cast<std::size_t>(k)];
                targets.push_back(*attach[static_cast<std::size_t>(p.ra == src ? p.rb : p.ra)]);
            }
            trays.shortestPaths(*attach[static_cast<std::size_t>(src)], &targets, paths);
            if (!keepPaths) { // the totals only: carried up the search's tree of paths at once
                loads.clear();
                for (int k : list)
                    loads.emplace_back(pairs[static_cast<std::size_t>(k)].cables, pairs[static_cast<std::size_t>(k)].units);
                paths.addAlongPaths(targets, loads, segCables, segUnits);
                continue;
            }
            for (int k : list) {
                Pair &p = pairs[static_cast<std::size_t>(k)];
                p.segments.clear();
                paths.forEachSegment(*attach[static_cast<std::size_t>(p.ra == src ? p.rb : p.ra)],
                                     [&](std::size_t s) { onPath(p, static_cast<std::int32_t>(s)); });
            }
        }
    }

    void build(const Design &design, const KnownTrayPaths *known = nullptr)
    {
        rackIndex.clear();
        attach.assign(design.racks.size(), std::nullopt);
        for (std::size_t i = 0; i < design.racks.size(); ++i) {
            rackIndex[design.racks[i].id.value()] = static_cast<int>(i);
            attach[i] = trays.attach(design.racks[i].footprint.center());
        }
        const DeviceIndex deviceOf(design.devices);
        std::vector<int> rackOfDevice(design.devices.size(), -1); // by position in Design::devices
        for (std::size_t i = 0; i < design.devices.size(); ++i) {
            const auto r = rackIndex.find(design.devices[i].rack.value());
            rackOfDevice[i] = r == rackIndex.end() ? -1 : r->second;
        }
        auto rackOf = [&](DeviceId id) {
            const int d = deviceOf(id);
            return d < 0 ? -1 : rackOfDevice[static_cast<std::size_t>(d)];
        };
        const std::size_t n = design.links.size();
        // What update() looks up by link and by rack, only for an index kept for updates.
        linkPair.assign(keepPaths ? n : 0, -1);
        rackPairs.assign(keepPaths ? design.racks.size() : 0, {});
        linkCabled.assign(n, 0);
        linkUnits.assign(n, 0);
        pairs.clear();
        // Links grouped by rack pair with two stable counting passes over the racks (higher
        // rack, then lower): pairs come out in (lower, higher) order, each with its links in
        // ascending order. The numbering of pairs does not change any total.
        struct Entry
        {
            std::uint32_t lo, hi;
            int link;
        };
        std::vector<Entry> entries;
        entries.reserve(n);
        for (std::size_t i = 0; i < n; ++i) {
            const Link &l = design.links[i];
            cabling(l, i);
            const int a = rackOf(l.a.device), b = rackOf(l.b.device);
            if (a < 0 || b < 0)
                continue;
            entries.push_back({static_cast<std::uint32_t>(std::min(a, b)), static_cast<std::uint32_t>(std::max(a, b)),
                               static_cast<int>(i)});
        }
        {
            const std::size_t racks = design.racks.size();
            std::vector<Entry> sorted(entries.size());
            std::vector<std::size_t> count(racks + 1);
            for (const bool byLower : {false, true}) {
                std::fill(count.begin(), count.end(), 0);
                for (const Entry &e : entries)
                    ++count[(byLower ? e.lo : e.hi) + 1];
                for (std::size_t r = 0; r < racks; ++r)
                    count[r + 1] += count[r];
                for (const Entry &e : entries)
                    sorted[count[byLower ? e.lo : e.hi]++] = e;
                entries.swap(sorted);
            }
        }
        pairLinks.resize(keepPaths ? entries.size() : 0);
        for (std::size_t k = 0; k < entries.size();) {
            std::size_t e = k;
            while (e < entries.size() && entries[e].lo == entries[k].lo && entries[e].hi == entries[k].hi)
                ++e;
            const int index = static_cast<int>(pairs.size());
            Pair p;
            p.ra = static_cast<int>(entries[k].lo);
            p.rb = static_cast<int>(entries[k].hi);
            p.linksBegin = static_cast<std::uint32_t>(k);
            p.linksEnd = static_cast<std::uint32_t>(e);
            for (std::size_t j = k; j < e; ++j) { // the totals as totals(p) sums them
                const auto i = static_cast<std::size_t>(entries[j].link);
                if (linkCabled[i]) {
                    ++p.cables;
                    p.units += linkUnits[i];
                }
            }
            if (keepPaths) {
                for (std::size_t j = k; j < e; ++j) {
                    pairLinks[j] = entries[j].link;
                    linkPair[static_cast<std::size_t>(entries[j].link)] = index;
                }
                rackPairs[entries[k].lo].push_back(index);
                if (entries[k].hi != entries[k].lo)
                    rackPairs[entries[k].hi].push_back(index);
            }
            pairs.push_back(std::move(p));
            k = e;
        }
        countPartners();
        segCables.assign(design.trays.size(), 0);
        segUnits.assign(design.trays.size(), 0);
        std::vector<int> all;
        for (std::size_t k = 0; k < pairs.size(); ++k)
            if (routable(pairs[k]) && pairs[k].cables > 0)
                all.push_back(static_cast<int>(k));
        route(all, known);
        for (int k : all) {
            Pair &p = pairs[static_cast<std::size_t>(k)];
            p.shownCables = p.cables;
            p.shownUnits = p.units;
            if (keepPaths)
                show(p, +1);
        }
    }

    void update(const Design &design, const std::vector<RackId> &moved, const std::vector<std::size_t> &recabled)
    {
        if (!keepPaths)
            throw std::logic_error("TrayLoadIndex::update on an index built for one set of loads (Use::OneShot)");
        if (design.links.size() != linkPair.size() || design.racks.size() != attach.size()
            || design.trays.size() != segCables.size()) {
            build(design);
            return;
        }
        std::vector<char> affected(pairs.size(), 0), reroute(pairs.size(), 0);
        for (RackId id : moved) {
            const auto r = rackIndex.find(id.value());
            if (r == rackIndex.end())
                continue;
            const auto ri = static_cast<std::size_t>(r->second);
            attach[ri] = trays.attach(design.racks[ri].footprint.center());
            for (int k : rackPairs[ri])
                affected[static_cast<std::size_t>(k)] = reroute[static_cast<std::size_t>(k)] = 1;
        }
        for (std::size_t i : recabled) {
            if (i >= design.links.size())
                continue;
            cabling(design.links[i], i);
            if (linkPair[i] >= 0)
                affected[static_cast<std::size_t>(linkPair[i])] = 1;
        }
        std::vector<int> changed;
        bool partnersChanged = false;
        for (std::size_t k = 0; k < pairs.size(); ++k) {
            if (!affected[k])
                continue;
            Pair &p = pairs[k];
            const bool had = p.cables > 0;
            totals(p);
            partnersChanged = partnersChanged || (p.ra != p.rb && had != (p.cables > 0));
            changed.push_back(static_cast<int>(k));
        }
        if (partnersChanged) {
            // Which end searches may flip for other pairs too: index again.
            build(design);
            return;
        }
        std::vector<int> toRoute;
        for (int k : changed) {
            Pair &p = pairs[static_cast<std::size_t>(k)];
            show(p, -1);
            p.shownCables = p.shownUnits = 0;
            if (!routable(p) || p.cables == 0) {
                p.segments.clear();
                continue;
            }
            if (reroute[static_cast<std::size_t>(k)] || p.segments.empty())
                toRoute.push_back(k);
        }
        route(toRoute);
        for (int k : changed) {
            Pair &p = pairs[static_cast<std::size_t>(k)];
            if (!routable(p) || p.cables == 0)
                continue;
            p.shownCables = p.cables;
            p.shownUnits = p.units;
            show(p, +1);
        }
    }
};

void KnownTrayPaths::finish()
{
    std::sort(m_paths.begin(), m_paths.end(), [](const Path &x, const Path &y) { return x.pair < y.pair; });
}

const KnownTrayPaths::Path *KnownTrayPaths::find(std::uint64_t pair) const
{
    const auto it = std::lower_bound(m_paths.begin(), m_paths.end(), pair,
                                     [](const Path &x, std::uint64_t key) { return x.pair < key; });
    return it != m_paths.end() && it->pair == pair ? &*it : nullptr;
}

TrayLoadIndex::TrayLoadIndex(const Design &design, const Catalog &catalog, const CablingRules &rules)
    : d(std::make_unique<Impl>(design, catalog, rules, nullptr, nullptr, true))
{
}

TrayLoadIndex::TrayLoadIndex(const Design &design, const Catalog &catalog, const CablingRules &rules,
                             const KnownTrayPaths *known, std::shared_ptr<const TrayGraph> graph, Use use)
    : d(std::make_unique<Impl>(design, catalog, rules, known, std::move(graph), use == Use::Updates))
{
}

TrayLoadIndex::~TrayLoadIndex() = default;

void TrayLoadIndex::update(const Design &design, const std::vector<RackId> &movedRacks,
                           const std::vector<std::size_t> &recabledLinks)
{
    d->update(design, movedRacks, recabledLinks);
}

std::vector<TrayLoad> TrayLoadIndex::loads(const Design &design) const
{
    std::vector<TrayLoad> out(design.trays.size());
    for (std::size_t s = 0; s < design.trays.size(); ++s) {
        out[s].tray = design.trays[s].id;
        out[s].capacityMm2 = trayCapacityMm2(design.trays[s], d->rules.maxTrayFill);
        if (s < d->segCables.size()) {
            out[s].cables = d->segCables[s];
            out[s].cableAreaMm2 = static_cast<double>(d->segUnits[s]) / kUnitsPerMm2;
        }
    }
    return out;
}

} // namespace hallwright::network
