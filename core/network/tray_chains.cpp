// The tray graph's chains (runs of two-arc vertices between junctions) and the search that walks them in one go.
#include "network/tray_graph_impl.h"

#include <boost/graph/detail/d_ary_heap.hpp>
#include <boost/property_map/property_map.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <queue>

namespace hallwright::network {

TrayChains findTrayChains(const std::vector<std::size_t> &arcStart, const std::vector<TrayArc> &arcs,
                          const std::vector<std::int32_t> &arcPiece)
{
    TrayChains c;
    const std::size_t n = arcStart.empty() ? 0 : arcStart.size() - 1;
    c.junction.assign(n, 1);
    c.chainOf.assign(n, -1);
    c.position.assign(n, -1);
    for (std::size_t v = 0; v < n; ++v)
        if (arcStart[v + 1] - arcStart[v] == 2) {
            const auto to0 = static_cast<std::size_t>(arcs[arcStart[v]].to);
            const auto to1 = static_cast<std::size_t>(arcs[arcStart[v] + 1].to);
            c.junction[v] = to0 == to1 || to0 == v || to1 == v;
        }

    // Each chain walked once, from the first of its junctions and arcs met; a ring without a
    // junction belongs to no chain (a search from it goes vertex by vertex).
    std::size_t pieces = 0;
    for (const std::int32_t p : arcPiece)
        pieces = std::max(pieces, static_cast<std::size_t>(p) + 1);
    std::vector<char> walked(pieces, 0);
    std::vector<std::size_t> endCount(n + 1, 0);
    for (std::size_t j = 0; j < n; ++j) {
        if (!c.junction[j])
            continue;
        for (std::size_t k = arcStart[j]; k < arcStart[j + 1]; ++k) {
            if (walked[static_cast<std::size_t>(arcPiece[k])])
                continue;
            const auto index = static_cast<std::int32_t>(c.chains.size());
            TrayChains::Chain chain;
            chain.a = static_cast<std::int32_t>(j);
            chain.first = static_cast<std::uint32_t>(c.vertex.size());
            chain.firstWeight = static_cast<std::uint32_t>(c.weight.size());
            std::size_t arc = k;
            for (;;) {
                walked[static_cast<std::size_t>(arcPiece[arc])] = 1;
                c.weight.push_back(arcs[arc].weight);
                c.segment.push_back(arcs[arc].segment);
                const auto u = static_cast<std::size_t>(arcs[arc].to);
                if (c.junction[u]) {
                    chain.b = static_cast<std::int32_t>(u);
                    break;
                }
                c.chainOf[u] = index;
                c.position[u] = static_cast<std::int32_t>(chain.count++);
                c.vertex.push_back(static_cast<std::int32_t>(u));
                const std::size_t s = arcStart[u];
                arc = arcPiece[s] == arcPiece[arc] ? s + 1 : s; // on along u's other arc
            }
            for (std::size_t w = chain.firstWeight; w < c.weight.size(); ++w)
                chain.length += c.weight[w];
            // count + 1 roundings in the walk and as many in `length`, with room to spare
            chain.floorFactor = 1.0 - (2.0 * chain.count + 8.0) * std::numeric_limits<double>::epsilon();
            ++endCount[static_cast<std::size_t>(chain.a) + 1];
            ++endCount[static_cast<std::size_t>(chain.b) + 1];
            c.chains.push_back(chain);
        }
    }
    for (std::size_t v = 0; v < n; ++v)
        endCount[v + 1] += endCount[v];
    c.endStart = endCount;
    c.ends.resize(endCount[n]);
    for (std::size_t i = 0; i < c.chains.size(); ++i) {
        const TrayChains::Chain &chain = c.chains[i];
        c.ends[endCount[static_cast<std::size_t>(chain.a)]++] = {static_cast<std::int32_t>(i), true};
        c.ends[endCount[static_cast<std::size_t>(chain.b)]++] = {static_cast<std::int32_t>(i), false};
    }

    // The search decides ties by distance (see searchByChains): every piece must lengthen any
    // distance the graph can have (at most its whole length, from a start within one segment).
    double bound = 0.0;
    for (const TrayArc &a : arcs)
        bound += a.weight;
    c.usable = std::isfinite(bound);
    for (const TrayArc &a : arcs)
        c.usable = c.usable && a.weight > 4.0 * std::numeric_limits<double>::epsilon() * bound;
    return c;
}

bool TrayGraph::searchByChains(const std::vector<std::pair<std::size_t, double>> &sources,
                               const std::vector<TrayAttach> *targets, TrayPaths &r) const
{
    // Dijkstra over the junctions (and the sources) alone: a chain between two of them is
    // walked end to end, adding its pieces one by one in the order a vertex-by-vertex search
    // would, so every distance is that search's to the last bit. A chain's inner vertices then
    // take the nearer of their chain's two ends. A vertex's predecessor is what that search
    // would have made it: of the neighbours it is reached from at its distance, the one settled
    // first, i.e. the nearest (every piece lengthens a distance, TrayChains::usable), by the
    // first arc when there are two to it. Where two of them are equally near the heap's order
    // decides, which only the vertex-by-vertex search knows: false, search again that way.
    const TrayChains &g = m_impl->chains;
    const std::size_t *arcStart = m_impl->arcStart.data();
    const Impl::Arc *arcs = m_impl->arcs.data();
    double *dist = r.m_distance.data();
    std::uint8_t *color = r.m_color.data(); // 0 unreached, 1 queued, 2 final

    // A source inside a chain cuts it in two for this search.
    struct Cut
    {
        std::int32_t chain, position;
    };
    std::array<Cut, 2> cuts{};
    std::size_t cutCount = 0;
    for (const auto &source : sources) {
        const std::size_t v = source.first;
        if (g.junction[v])
            continue;
        if (g.chainOf[v] < 0)
            return false; // on a ring of its own
        cuts[cutCount++] = {g.chainOf[v], g.position[v]};
    }
    // From position p of chain c going `up` (or down), the position of the next junction or cut.
    auto stop = [&](std::size_t c, std::int32_t p, bool up) {
        std::int32_t q = up ? static_cast<std::int32_t>(g.chains[c].count) : -1;
        for (std::size_t i = 0; i < cutCount; ++i)
            if (static_cast<std::size_t>(cuts[i].chain) == c
                && (up ? cuts[i].position > p && cuts[i].position < q : cuts[i].position < p && cuts[i].position > q))
                q = cuts[i].position;
        return q;
    };
    auto vertexAt = [&](std::size_t c, std::int32_t q) {
        const TrayChains::Chain &chain = g.chains[c];
        return static_cast<std::size_t>(q < 0 ? chain.a
                                        : q == static_cast<std::int32_t>(chain.count) ? chain.b
                                                                                       : g.vertex[chain.first + static_cast<std::uint32_t>(q)]);
    };
    auto weights = [&](std::size_t c) { return g.weight.data() + g.chains[c].firstWeight; };
    // Distance x at position p walked along chain c to position q, piece by piece.
    auto walk = [&](double x, std::size_t c, std::int32_t p, std::int32_t q) {
        const double *w = weights(c);
        if (q > p)
            for (std::int32_t i = p + 1; i <= q; ++i)
                x = x + w[i];
        else
            for (std::int32_t i = p; i > q; --i)
                x = x + w[i];
        return x;
    };
    auto isSource = [&](std::size_t v) {
        for (const auto &source : sources)
            if (source.first == v)
                return true;
        return false;
    };

    // The search stops once the junctions and cuts that bound every target station are final.
    std::size_t remaining = 0;
    std::vector<std::pair<std::size_t, std::int32_t>> targetPieces; // (chain, lower end) holding a target
    auto need = [&](std::size_t v) {
        if (!r.m_isTarget[v]) {
            r.m_isTarget[v] = 1;
            r.m_touched.push_back(static_cast<std::int32_t>(v));
            ++remaining;
        }
    };
    if (targets) {
        bool anyTarget = false;
        for (const TrayAttach &t : *targets) {
            if (t.segment >= m_segments.size() || m_segments[t.segment].stations.empty())
                continue;
            anyTarget = true;
            const auto [tp, tn] = around(t.segment, t.t);
            for (const auto *st : {tp, tn}) {
                const auto v = static_cast<std::size_t>(st->second);
                if (g.junction[v] || isSource(v)) {
                    need(v);
                } else if (g.chainOf[v] >= 0) { // (on a ring of its own it cannot be reached)
                    const auto c = static_cast<std::size_t>(g.chainOf[v]);
                    const std::int32_t lower = stop(c, g.position[v], false);
                    need(vertexAt(c, lower));
                    need(vertexAt(c, stop(c, g.position[v], true)));
                    targetPieces.emplace_back(c, lower);
                }
            }
        }
        if (!anyTarget)
            return true; // as the vertex-by-vertex search: nothing to search for
    }

    using HeapIndexMap = boost::iterator_property_map<std::size_t *, boost::identity_property_map>;
    using DistanceMap = boost::iterator_property_map<double *, boost::identity_property_map>;
    using Queue = boost::d_ary_heap_indirect<std::size_t, 4, HeapIndexMap, DistanceMap, std::less<double>>;
    Queue queue(DistanceMap(dist), HeapIndexMap(r.m_heapIndex.data()), std::less<double>());
    for (const auto &source : sources) {
        color[source.first] = 1;
        queue.push(source.first);
    }
    // The chain pieces each junction or cut was reached through at its distance (so far): the
    // inner vertices of those whose end is final at that distance must be filled in for the
    // predecessors (a row that is no shortest way to anywhere is not).
    struct Feed
    {
        std::size_t to;
        std::size_t chain;
        std::int32_t lower;
        double distance;
    };
    std::vector<Feed> feeds;
    auto relax = [&](std::size_t y, double x) {
        if (color[y] == 2 || !(x < dist[y]))
            return;
        dist[y] = x;
        if (color[y] == 0) {
            color[y] = 1;
            r.m_touched.push_back(static_cast<std::int32_t>(y));
            queue.push(y);
        } else {
            queue.update(y);
        }
    };
    auto reach = [&](std::size_t y, std::size_t c, std::int32_t p, std::int32_t q, double x) {
        if (std::abs(q - p) >= 2 && !(x > dist[y]))
            feeds.push_back({y, c, std::min(p, q), x});
        relax(y, x);
    };
    // A chain walked whole cannot come shorter than its floor, so its walk waits in a queue of
    // its own until the search gets that far: by then the far end has mostly been reached
    // shorter (a row, once the trunks reached its far end) and the walk is not needed.
    struct Walk
    {
        double floor;
        std::size_t from, chain;
        bool up;
    };
    auto later = [](const Walk &x, const Walk &y) { return x.floor > y.floor; };
    std::priority_queue<Walk, std::vector<Walk>, decltype(later)> walks(later);
    auto walkWhole = [&](const Walk &k) {
        const auto count = static_cast<std::int32_t>(g.chains[k.chain].count);
        const std::int32_t p = k.up ? -1 : count, q = k.up ? count : -1;
        const std::size_t y = vertexAt(k.chain, q);
        if (!(k.floor > dist[y])) // (at the far end's distance it may tie: walked, for the predecessors)
            reach(y, k.chain, p, q, walk(dist[k.from], k.chain, p, q));
    };
    std::vector<std::size_t> done; // settled junctions and cuts
    while (!queue.empty() || !walks.empty()) {
        if (!walks.empty() && (queue.empty() || !(dist[queue.top()] < walks.top().floor))) {
            const Walk k = walks.top();
            walks.pop();
            walkWhole(k);
            continue;
        }
        const std::size_t u = queue.top();
        queue.pop();
        color[u] = 2;
        done.push_back(u);
        if (g.junction[u]) {
            for (std::size_t e = g.endStart[u]; e < g.endStart[u + 1]; ++e) {
                const auto c = static_cast<std::size_t>(g.ends[e].chain);
                const TrayChains::Chain &chain = g.chains[c];
                const bool up = g.ends[e].atA;
                const std::int32_t p = up ? -1 : static_cast<std::int32_t>(chain.count);
                const std::int32_t q = stop(c, p, up);
                const std::size_t y = vertexAt(c, q);
                if (color[y] == 2)
                    continue;
                if (chain.count == 0 || q != (up ? static_cast<std::int32_t>(chain.count) : -1)) {
                    reach(y, c, p, q, walk(dist[u], c, p, q)); // one piece, or as far as a cut
                    continue;
                }
                const double floor = (dist[u] + chain.length) * chain.floorFactor;
                if (!(floor > dist[y]))
                    walks.push({floor, u, c, up});
            }
        } else {
            const auto c = static_cast<std::size_t>(g.chainOf[u]);
            for (const bool up : {false, true}) {
                const std::int32_t q = stop(c, g.position[u], up);
                const std::size_t y = vertexAt(c, q);
                if (color[y] != 2)
                    reach(y, c, g.position[u], q, walk(dist[u], c, g.position[u], q));
            }
        }
        if (remaining > 0 && r.m_isTarget[u]) {
            r.m_isTarget[u] = 0;
            if (--remaining == 0)
                break;
        }
    }

    // The inner vertices of each piece of chain between two final ends: from the lower end up,
    // then from the upper end down as far as that is shorter (beyond, the lower end is nearer
    // to all). Each takes the neighbour it is reached from as predecessor, the nearer where it
    // is reached from both; false where they are equally near.
    auto fill = [&](std::size_t c, std::int32_t p) {
        const std::int32_t q = stop(c, p, true);
        const std::int32_t *inner = g.vertex.data() + g.chains[c].first;
        const std::size_t lowerEnd = vertexAt(c, p), upperEnd = vertexAt(c, q);
        if (q - p < 2 || color[lowerEnd] != 2 || color[upperEnd] != 2 || color[static_cast<std::size_t>(inner[p + 1])] == 2)
            return true;
        const double *w = weights(c);
        const std::int32_t *segment = g.segment.data() + g.chains[c].firstWeight;
        double x = dist[lowerEnd];
        for (std::int32_t i = p + 1; i < q; ++i) {
            x = x + w[i];
            dist[static_cast<std::size_t>(inner[i])] = x;
            r.m_touched.push_back(inner[i]); // (before anything can return false: the reset needs them)
        }
        double y = dist[upperEnd];
        for (std::int32_t i = q - 1; i > p; --i) {
            y = y + w[i + 1];
            double &d = dist[static_cast<std::size_t>(inner[i])];
            if (y > d)
                break;
            d = y;
        }
        auto at = [&](std::int32_t i) { return i == p ? lowerEnd : i == q ? upperEnd : static_cast<std::size_t>(inner[i]); };
        for (std::int32_t i = p + 1; i < q; ++i) {
            const auto v = static_cast<std::size_t>(inner[i]);
            const std::size_t below = at(i - 1), above = at(i + 1);
            const bool fromBelow = dist[below] + w[i] == dist[v];
            const bool fromAbove = dist[above] + w[i + 1] == dist[v];
            if (fromBelow && fromAbove && dist[below] == dist[above])
                return false;
            if (!fromBelow && !fromAbove)
                return false;
            const bool below1st = fromBelow && (!fromAbove || dist[below] < dist[above]);
            r.m_predVertex[v] = static_cast<std::int32_t>(below1st ? below : above);
            r.m_predSegment[v] = segment[below1st ? i : i + 1];
            color[v] = 2;
        }
        return true;
    };
    // A junction's or cut's predecessor, among all its arcs (false: a tie, see above).
    auto choosePredecessor = [&](std::size_t v) {
        if (isSource(v)) {
            bool improved = true; // a source keeps no predecessor unless reached shorter than it starts
            for (const auto &source : sources)
                if (source.first == v && !(dist[v] < source.second))
                    improved = false;
            if (!improved)
                return true;
        }
        std::size_t best = 0;
        bool found = false, tied = false;
        for (std::size_t k = arcStart[v]; k < arcStart[v + 1]; ++k) {
            const auto u = static_cast<std::size_t>(arcs[k].to);
            if (color[u] != 2 || !(dist[u] + arcs[k].weight == dist[v]))
                continue;
            if (!found || dist[u] < dist[static_cast<std::size_t>(arcs[best].to)]) {
                best = k;
                found = true;
                tied = false;
            } else if (dist[u] == dist[static_cast<std::size_t>(arcs[best].to)] && static_cast<std::size_t>(arcs[best].to) != u) {
                tied = true;
            }
        }
        if (tied || !found)
            return false;
        r.m_predVertex[v] = arcs[best].to;
        r.m_predSegment[v] = arcs[best].segment;
        return true;
    };

    if (!targets) { // every piece between final ends, every predecessor
        for (const std::size_t u : done) {
            if (g.junction[u]) {
                for (std::size_t e = g.endStart[u]; e < g.endStart[u + 1]; ++e)
                    if (g.ends[e].atA && !fill(static_cast<std::size_t>(g.ends[e].chain), -1))
                        return false;
            } else if (!fill(static_cast<std::size_t>(g.chainOf[u]), g.position[u])) {
                return false;
            }
        }
        for (const std::size_t v : done)
            if (!choosePredecessor(v))
                return false;
        return true;
    }

    // With targets, only what their paths run through: the pieces holding them, then from the
    // ends of those on, junction by junction, the pieces each is reached through at its
    // distance and its predecessor (a row no path runs along is left alone).
    std::sort(feeds.begin(), feeds.end(), [](const Feed &x, const Feed &y) { return x.to < y.to; });
    std::vector<std::size_t> open;
    for (const auto &[c, lower] : targetPieces) {
        if (!fill(c, lower))
            return false;
        open.push_back(vertexAt(c, lower));
        open.push_back(vertexAt(c, stop(c, lower, true)));
    }
    for (const TrayAttach &t : *targets) // target stations that are junctions or cuts themselves
        if (t.segment < m_segments.size() && !m_segments[t.segment].stations.empty()) {
            const auto [tp, tn] = around(t.segment, t.t);
            for (const auto *st : {tp, tn})
                if (g.junction[static_cast<std::size_t>(st->second)] || isSource(static_cast<std::size_t>(st->second)))
                    open.push_back(static_cast<std::size_t>(st->second));
        }
    constexpr char kOnPath = 2; // in m_isTarget, which the search left 0 at every final vertex
    while (!open.empty()) {
        const std::size_t y = open.back();
        open.pop_back();
        if (color[y] != 2 || r.m_isTarget[y] == kOnPath)
            continue;
        r.m_isTarget[y] = kOnPath;
        const auto fed = std::equal_range(feeds.begin(), feeds.end(), Feed{y, 0, 0, 0.0},
                                          [](const Feed &x, const Feed &z) { return x.to < z.to; });
        for (auto f = fed.first; f != fed.second; ++f)
            if (f->distance == dist[y]) {
                if (!fill(f->chain, f->lower))
                    return false;
                open.push_back(vertexAt(f->chain, f->lower));
                open.push_back(vertexAt(f->chain, stop(f->chain, f->lower, true)));
            }
        if (!choosePredecessor(y))
            return false;
        const auto u = static_cast<std::size_t>(r.m_predVertex[y]);
        if (r.m_predSegment[y] >= 0 && (g.junction[u] || isSource(u)))
            open.push_back(u);
    }
    return true;
}

} // namespace hallwright::network
