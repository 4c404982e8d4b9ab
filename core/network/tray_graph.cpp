// Tray graph: Dijkstra (Boost.Graph's, over a flat edge array) on tray segments, Boost.Geometry R-tree for attach points and junctions; loads summed up the tree of paths.
#include "network/tray_graph.h"

#include "network/tray_graph_impl.h"

#include <boost/graph/detail/d_ary_heap.hpp>
#include <boost/property_map/property_map.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace hallwright::network {

using namespace tray_detail;

namespace {

constexpr double kJoinM = 0.001; // end points within 1 mm are one junction

struct CellKey
{
    long long x, y;
    bool operator==(const CellKey &) const = default;
};

struct CellHash
{
    std::size_t operator()(const CellKey &k) const noexcept
    {
        return std::hash<long long>{}(k.x * 1'000'003LL ^ k.y);
    }
};

} // namespace

TrayGraph::TrayGraph(const std::vector<TraySegment> &trays) : m_impl(std::make_unique<Impl>())
{
    // Junction vertices: end points merged on a 1 mm grid (neighbouring cells checked too).
    std::unordered_map<CellKey, std::vector<int>, CellHash> cells;
    auto vertexAt = [&](Point2 p) {
        const long long cx = std::llround(std::floor(p.x / kJoinM));
        const long long cy = std::llround(std::floor(p.y / kJoinM));
        for (long long dx = -1; dx <= 1; ++dx)
            for (long long dy = -1; dy <= 1; ++dy) {
                const auto it = cells.find({cx + dx, cy + dy});
                if (it == cells.end())
                    continue;
                for (int v : it->second)
                    if (distance(m_impl->vertexPoints[static_cast<std::size_t>(v)], p) <= kJoinM)
                        return v;
            }
        const int v = static_cast<int>(m_impl->vertexPoints.size());
        m_impl->vertexPoints.push_back(p);
        cells[{cx, cy}].push_back(v);
        return v;
    };

    m_segments.reserve(trays.size());
    std::vector<RValue> values;
    values.reserve(trays.size());
    for (std::size_t i = 0; i < trays.size(); ++i) {
        const TraySegment &t = trays[i];
        Segment s;
        s.a = t.a;
        s.b = t.b;
        s.length = t.lengthM();
        s.heightM = t.heightM;
        // Coordinates beyond 10,000 km are not a hall; such a segment is left out.
        const bool sane = std::isfinite(s.length) && std::max({std::abs(t.a.x), std::abs(t.a.y), std::abs(t.b.x), std::abs(t.b.y)}) < 1e7;
        if (sane) {
            s.stations.emplace_back(0.0, vertexAt(t.a));
            s.stations.emplace_back(1.0, vertexAt(t.b));
            values.emplace_back(GSegment(GPoint(t.a.x, t.a.y), GPoint(t.b.x, t.b.y)), i);
        }
        m_segments.push_back(std::move(s));
    }
    m_impl->rtree = bgi::rtree<RValue, bgi::rstar<16>>(values.begin(), values.end());

    // T-junctions: an end point lying inside another segment splits it there.
    std::vector<RValue> hits;
    for (std::size_t v = 0; v < m_impl->vertexPoints.size(); ++v) {
        const Point2 p = m_impl->vertexPoints[v];
        const GBox box(GPoint(p.x - kJoinM, p.y - kJoinM), GPoint(p.x + kJoinM, p.y + kJoinM));
        hits.clear();
        m_impl->rtree.query(bgi::intersects(box), std::back_inserter(hits));
        for (const RValue &hit : hits) {
            Segment &s = m_segments[hit.second];
            if (s.length <= kJoinM || bg::distance(GPoint(p.x, p.y), hit.first) > kJoinM)
                continue;
            const double t = ((p.x - s.a.x) * (s.b.x - s.a.x) + (p.y - s.a.y) * (s.b.y - s.a.y)) / (s.length * s.length);
            const bool isStation = std::any_of(s.stations.begin(), s.stations.end(),
                                               [&](const auto &st) { return st.second == static_cast<int>(v); });
            if (!isStation && t > 0.0 && t < 1.0)
                s.stations.emplace_back(t, static_cast<int>(v));
        }
    }

    struct Piece
    {
        int v0, v1;
        std::int32_t segment;
        double weight;
    };
    std::vector<Piece> pieces;
    for (std::size_t i = 0; i < m_segments.size(); ++i) {
        Segment &s = m_segments[i];
        std::sort(s.stations.begin(), s.stations.end());
        for (std::size_t k = 1; k < s.stations.size(); ++k) {
            const auto [t0, v0] = s.stations[k - 1];
            const auto [t1, v1] = s.stations[k];
            if (v0 == v1)
                continue;
            pieces.push_back({v0, v1, static_cast<std::int32_t>(i), (t1 - t0) * s.length});
        }
    }
    const std::size_t n = m_impl->vertexPoints.size();
    m_impl->arcStart.assign(n + 1, 0);
    for (const Piece &p : pieces) {
        ++m_impl->arcStart[static_cast<std::size_t>(p.v0) + 1];
        ++m_impl->arcStart[static_cast<std::size_t>(p.v1) + 1];
    }
    for (std::size_t v = 0; v < n; ++v)
        m_impl->arcStart[v + 1] += m_impl->arcStart[v];
    m_impl->arcs.resize(m_impl->arcStart[n]);
    std::vector<std::int32_t> arcPiece(m_impl->arcs.size());
    std::vector<std::size_t> fill(m_impl->arcStart.begin(), m_impl->arcStart.end() - 1);
    for (std::size_t k = 0; k < pieces.size(); ++k) {
        const Piece &p = pieces[k];
        arcPiece[fill[static_cast<std::size_t>(p.v0)]] = static_cast<std::int32_t>(k);
        m_impl->arcs[fill[static_cast<std::size_t>(p.v0)]++] = {p.v1, p.segment, p.weight};
        arcPiece[fill[static_cast<std::size_t>(p.v1)]] = static_cast<std::int32_t>(k);
        m_impl->arcs[fill[static_cast<std::size_t>(p.v1)]++] = {p.v0, p.segment, p.weight};
    }
    m_impl->chains = findTrayChains(m_impl->arcStart, m_impl->arcs, arcPiece);
}

TrayGraph::~TrayGraph() = default;

bool TrayGraph::empty() const
{
    return m_impl->rtree.empty();
}

std::size_t TrayGraph::vertexCount() const
{
    return m_impl->vertexPoints.size();
}

std::optional<TrayAttach> TrayGraph::attach(Point2 p) const
{
    if (m_impl->rtree.empty() || !std::isfinite(p.x) || !std::isfinite(p.y) || std::abs(p.x) > 1e7 || std::abs(p.y) > 1e7)
        return std::nullopt;
    std::vector<RValue> nearest;
    m_impl->rtree.query(bgi::nearest(GPoint(p.x, p.y), 1), std::back_inserter(nearest));
    if (nearest.empty())
        return std::nullopt;
    const std::size_t i = nearest.front().second;
    const Segment &s = m_segments[i];
    double t = 0.0;
    if (s.length > 0.0) {
        t = ((p.x - s.a.x) * (s.b.x - s.a.x) + (p.y - s.a.y) * (s.b.y - s.a.y)) / (s.length * s.length);
        t = std::clamp(t, 0.0, 1.0);
    }
    TrayAttach a;
    a.segment = i;
    a.t = t;
    a.point = {s.a.x + t * (s.b.x - s.a.x), s.a.y + t * (s.b.y - s.a.y)};
    a.offsetM = distance(p, a.point);
    a.heightM = s.heightM;
    return a;
}

std::pair<const std::pair<double, int> *, const std::pair<double, int> *> TrayGraph::around(std::size_t s,
                                                                                            double t) const
{
    const auto &st = m_segments[s].stations;
    // stations are sorted by t with 0 first and 1 last
    auto next = std::lower_bound(st.begin(), st.end(), std::make_pair(t, -1));
    if (next == st.end())
        next = st.end() - 1;
    auto prev = next;
    if (prev != st.begin() && prev->first > t)
        --prev;
    return {&*prev, &*next};
}

TrayPaths TrayGraph::shortestPaths(const TrayAttach &from, const std::vector<TrayAttach> *targets) const
{
    TrayPaths r;
    shortestPaths(from, targets, r);
    return r;
}

void TrayGraph::shortestPaths(const TrayAttach &from, const std::vector<TrayAttach> *targets, TrayPaths &r,
                              TraySearch how) const
{
    const auto sources = seed(from, r);
    if (sources.empty())
        return;
    if (how == TraySearch::Chains && m_impl->chains.usable) {
        if (searchByChains(sources, targets, r))
            return;
        seed(from, r); // a tie the chain search cannot break as Dijkstra would: start again, vertex by vertex
    }
    const std::size_t targetCount = targets ? markTargets(*targets, r) : 0;
    if (targets && targetCount == 0)
        return;
    searchEveryVertex(sources, targetCount, r);
}

std::vector<std::pair<std::size_t, double>> TrayGraph::seed(const TrayAttach &from, TrayPaths &r) const
{
    const std::size_t n = m_impl->vertexPoints.size();
    constexpr double inf = std::numeric_limits<double>::infinity();
    if (r.m_graph != this || r.m_distance.size() != n) {
        r.m_distance.assign(n, inf);
        r.m_predSegment.assign(n, -1);
        r.m_predVertex.resize(n);
        for (std::size_t v = 0; v < n; ++v)
            r.m_predVertex[v] = static_cast<std::int32_t>(v);
        r.m_color.assign(n, 0);
        r.m_isTarget.assign(n, 0);
        r.m_touched.clear();
    } else { // back to the state of a new search: only what the last one reached changed
        for (std::int32_t v : r.m_touched) {
            const auto u = static_cast<std::size_t>(v);
            r.m_distance[u] = inf;
            r.m_predSegment[u] = -1;
            r.m_predVertex[u] = v;
            r.m_color[u] = 0;
            r.m_isTarget[u] = 0;
        }
        r.m_touched.clear();
    }
    r.m_graph = this;
    r.m_from = from;
    if (r.m_heapIndex.size() != n)
        r.m_heapIndex.assign(n, 0);
    if (from.segment >= m_segments.size() || m_segments[from.segment].stations.empty())
        return {};

    const Segment &s = m_segments[from.segment];
    const auto [prev, next] = around(from.segment, from.t);
    std::vector<std::pair<std::size_t, double>> sources{
        {static_cast<std::size_t>(prev->second), std::abs(from.t - prev->first) * s.length}};
    if (next->second != prev->second)
        sources.emplace_back(static_cast<std::size_t>(next->second), std::abs(next->first - from.t) * s.length);
    for (const auto &[v, d] : sources) {
        r.m_distance[v] = d;
        r.m_touched.push_back(static_cast<std::int32_t>(v));
    }
    return sources;
}

std::size_t TrayGraph::markTargets(const std::vector<TrayAttach> &targets, TrayPaths &r) const
{
    std::size_t targetCount = 0;
    for (const TrayAttach &t : targets) {
        if (t.segment >= m_segments.size() || m_segments[t.segment].stations.empty())
            continue;
        const auto [tp, tn] = around(t.segment, t.t);
        for (const auto *st : {tp, tn})
            if (!r.m_isTarget[static_cast<std::size_t>(st->second)]) {
                r.m_isTarget[static_cast<std::size_t>(st->second)] = 1;
                r.m_touched.push_back(static_cast<std::int32_t>(st->second));
                ++targetCount;
            }
    }
    return targetCount;
}

void TrayGraph::searchEveryVertex(const std::vector<std::pair<std::size_t, double>> &sources, std::size_t targetCount,
                                  TrayPaths &r) const
{
    // Boost.Graph's dijkstra_shortest_paths_no_init (breadth_first_visit with its Dijkstra
    // visitor) step for step: the same 4-ary heap, the arcs of a vertex in the same order, the
    // same relaxation, so the same distances and the same predecessors where paths tie. Two
    // things differ: the graph is a flat array instead of an adjacency list, and the heap's
    // position table is kept in `r` instead of being allocated and cleared per search (the heap
    // writes a vertex's position when it pushes it and reads it only while it is queued).
    using HeapIndexMap = boost::iterator_property_map<std::size_t *, boost::identity_property_map>;
    using DistanceMap = boost::iterator_property_map<double *, boost::identity_property_map>;
    using Queue = boost::d_ary_heap_indirect<std::size_t, 4, HeapIndexMap, DistanceMap, std::less<double>>;
    double *dist = r.m_distance.data();
    std::uint8_t *color = r.m_color.data(); // 0 white, 1 gray (queued), 2 black (settled)
    Queue queue(DistanceMap(dist), HeapIndexMap(r.m_heapIndex.data()), std::less<double>());
    for (const auto &source : sources) {
        const std::size_t v = source.first;
        color[v] = 1;
        r.m_touched.push_back(static_cast<std::int32_t>(v));
        queue.push(v);
    }
    const std::size_t *arcStart = m_impl->arcStart.data();
    const Impl::Arc *arcs = m_impl->arcs.data();
    const bool targeted = targetCount > 0;
    std::size_t remaining = targetCount;
    while (!queue.empty()) {
        const std::size_t u = queue.top();
        queue.pop();
        const double du = dist[u];
        for (std::size_t k = arcStart[u]; k < arcStart[u + 1]; ++k) {
            const Impl::Arc &a = arcs[k];
            const auto v = static_cast<std::size_t>(a.to);
            const std::uint8_t c = color[v];
            if (c == 2)
                continue;
            // relax_target: a shorter way to v through u
            const double dv = dist[v];
            bool relaxed = false;
            if (du + a.weight < dv) {
                dist[v] = du + a.weight;
                if (dist[v] < dv) {
                    r.m_predVertex[v] = static_cast<std::int32_t>(u);
                    r.m_predSegment[v] = a.segment;
                    relaxed = true;
                }
            }
            if (c == 0) {
                color[v] = 1;
                r.m_touched.push_back(static_cast<std::int32_t>(v));
                queue.push(v);
            } else if (relaxed) {
                queue.update(v);
            }
        }
        color[u] = 2;
        if (targeted && r.m_isTarget[u]) {
            r.m_isTarget[u] = 0;
            if (--remaining == 0)
                break; // every target settled; the rest of the graph is not needed
        }
    }
}

std::optional<TrayPaths::Choice> TrayPaths::choose(const TrayAttach &to) const
{
    const auto &segs = m_graph->m_segments;
    if (to.segment >= segs.size() || segs[to.segment].stations.empty() || m_distance.empty())
        return std::nullopt;
    const double len = segs[to.segment].length;
    std::optional<Choice> best;
    if (to.segment == m_from.segment)
        best = Choice{std::abs(to.t - m_from.t) * len, -1, true};
    const auto [prev, next] = m_graph->around(to.segment, to.t);
    for (const auto *st : {prev, next}) {
        const double d = m_distance[static_cast<std::size_t>(st->second)];
        if (!std::isfinite(d))
            continue;
        const double total = d + std::abs(to.t - st->first) * len;
        if (!best || total < best->distance - 1e-12)
            best = Choice{total, st->second, false};
    }
    return best;
}

std::optional<double> TrayPaths::distanceTo(const TrayAttach &to) const
{
    const auto c = choose(to);
    if (!c)
        return std::nullopt;
    return c->distance;
}

void TrayPaths::addAlongPaths(const std::vector<TrayAttach> &to, const std::vector<std::pair<long long, long long>> &load,
                              std::vector<long long> &cables, std::vector<long long> &units)
{
    buildTree(to, m_tree); // (its storage reused from the last call)
    m_tree.addLoads(load, cables, units);
}

TrayPathTree TrayPaths::pathTree(const std::vector<TrayAttach> &to)
{
    TrayPathTree tree;
    buildTree(to, tree);
    return tree;
}

void TrayPaths::buildTree(const std::vector<TrayAttach> &to, TrayPathTree &tree)
{
    // forEachSegment's walk to a target visits the target's own piece (unless it sits on the
    // junction), each vertex's arc segment up to the source, then the source's piece (unless
    // the source sits on the junction), skipping a segment equal to the one just visited. The
    // tree keeps per vertex on the paths the segment visited on leaving it and the next vertex.
    const auto &segs = m_graph->m_segments;
    if (m_children.size() != m_distance.size()) {
        m_children.assign(m_distance.size(), -1);
        m_node.assign(m_distance.size(), -1);
    }
    auto stationT = [&](std::size_t seg, int vertex) { // as forEachSegment finds it
        for (const auto &st : segs[seg].stations)
            if (st.second == vertex)
                return st.first;
        return 0.0;
    };
    auto next = [&](std::size_t v) -> std::int32_t {
        if (m_predSegment[v] >= 0)
            return m_predSegment[v];
        return std::abs(m_from.t - stationT(m_from.segment, static_cast<int>(v))) * segs[m_from.segment].length > 1e-3
                   ? static_cast<std::int32_t>(m_from.segment)
                   : -1;
    };
    tree.m_starts.clear();
    tree.m_starts.reserve(to.size());
    std::vector<std::int32_t> &onPaths = m_onPaths;
    onPaths.clear();
    for (const TrayAttach &t : to) {
        const auto c = choose(t);
        if (!c || c->direct) {
            tree.m_starts.push_back({-1, c ? static_cast<std::int32_t>(t.segment) : -1});
            continue;
        }
        const bool ownPiece = std::abs(t.t - stationT(t.segment, c->endVertex)) * segs[t.segment].length > 1e-3;
        tree.m_starts.push_back({c->endVertex, ownPiece ? static_cast<std::int32_t>(t.segment) : -1});
        const auto e = static_cast<std::size_t>(c->endVertex);
        if (m_children[e] >= 0)
            continue; // on the tree already, with the way on from it
        m_children[e] = 0;
        onPaths.push_back(static_cast<std::int32_t>(e));
        for (std::size_t v = e; m_predSegment[v] >= 0;) { // onto the tree, up to where it joins
            const auto u = static_cast<std::size_t>(m_predVertex[v]);
            const bool joins = m_children[u] >= 0;
            if (!joins) {
                m_children[u] = 0;
                onPaths.push_back(static_cast<std::int32_t>(u));
            }
            ++m_children[u];
            if (joins)
                break;
            v = u;
        }
    }
    // Leaves first: a vertex is placed once every path through it has been placed before it.
    std::vector<std::int32_t> &ready = m_ready, &order = m_order;
    ready.clear();
    order.clear();
    for (const std::int32_t v : onPaths)
        if (m_children[static_cast<std::size_t>(v)] == 0)
            ready.push_back(v);
    while (!ready.empty()) {
        const auto v = static_cast<std::size_t>(ready.back());
        ready.pop_back();
        m_node[v] = static_cast<std::int32_t>(order.size());
        order.push_back(static_cast<std::int32_t>(v));
        if (m_predSegment[v] >= 0 && --m_children[static_cast<std::size_t>(m_predVertex[v])] == 0)
            ready.push_back(m_predVertex[v]);
    }
    tree.m_nodes.resize(order.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        const auto v = static_cast<std::size_t>(order[i]);
        tree.m_nodes[i] = {next(v), m_predSegment[v] >= 0 ? m_node[static_cast<std::size_t>(m_predVertex[v])] : -1};
    }
    for (TrayPathTree::Start &s : tree.m_starts)
        if (s.node >= 0)
            s.node = m_node[static_cast<std::size_t>(s.node)];
    for (const std::int32_t v : onPaths) {
        m_children[static_cast<std::size_t>(v)] = -1;
        m_node[static_cast<std::size_t>(v)] = -1;
    }
}

void TrayPathTree::addLoads(const std::vector<std::pair<long long, long long>> &load, std::vector<long long> &cables,
                            std::vector<long long> &units) const
{
    // Each node carries the loads of the paths through it; the segment it visits next gets
    // them less those whose segment just before was the same (they had it already).
    std::vector<Carried> &carried = m_carried;
    carried.assign(m_nodes.size(), Carried{});
    for (std::size_t k = 0; k < m_starts.size(); ++k) {
        const Start &s = m_starts[k];
        const auto [kc, ku] = load[k];
        if (s.first >= 0) {
            cables[static_cast<std::size_t>(s.first)] += kc;
            units[static_cast<std::size_t>(s.first)] += ku;
        }
        if (s.node < 0)
            continue;
        Carried &at = carried[static_cast<std::size_t>(s.node)];
        at.cables += kc;
        at.units += ku;
        if (s.first >= 0 && m_nodes[static_cast<std::size_t>(s.node)].next == s.first) {
            at.seenCables += kc;
            at.seenUnits += ku;
        }
    }
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        const Node &node = m_nodes[i];
        const Carried &here = carried[i];
        if (node.next >= 0) {
            cables[static_cast<std::size_t>(node.next)] += here.cables - here.seenCables;
            units[static_cast<std::size_t>(node.next)] += here.units - here.seenUnits;
        }
        if (node.parent < 0)
            continue;
        Carried &up = carried[static_cast<std::size_t>(node.parent)];
        up.cables += here.cables;
        up.units += here.units;
        if (m_nodes[static_cast<std::size_t>(node.parent)].next == node.next) {
            up.seenCables += here.cables;
            up.seenUnits += here.units;
        }
    }
}

} // namespace hallwright::network
