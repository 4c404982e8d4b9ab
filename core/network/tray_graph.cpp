// Tray graph: Boost.Graph Dijkstra over tray segments, Boost.Geometry R-tree for attach points and junctions.
#include "network/tray_graph.h"

#include <boost/geometry.hpp>
#include <boost/geometry/geometries/point.hpp>
#include <boost/geometry/geometries/segment.hpp>
#include <boost/geometry/index/rtree.hpp>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace hallwright::network {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

namespace {

using GPoint = bg::model::point<double, 2, bg::cs::cartesian>;
using GSegment = bg::model::segment<GPoint>;
using GBox = bg::model::box<GPoint>;
using RValue = std::pair<GSegment, std::size_t>;

constexpr double kJoinM = 0.001; // end points within 1 mm are one junction

struct EdgeProps
{
    double weight = 0.0;
    std::int32_t segment = -1;
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property, EdgeProps>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;

struct StopSearch {};

/// Records the segment of each relaxed edge and stops once every target is settled.
class PathVisitor : public boost::default_dijkstra_visitor
{
public:
    PathVisitor(std::vector<std::int32_t> &predSegment, std::vector<char> *isTarget, std::size_t targets,
                std::vector<std::int32_t> &touched)
        : m_predSegment(predSegment), m_isTarget(isTarget), m_remaining(targets), m_touched(touched)
    {
    }
    void discover_vertex(Vertex v, const Graph &) { m_touched.push_back(static_cast<std::int32_t>(v)); }
    void edge_relaxed(boost::graph_traits<Graph>::edge_descriptor e, const Graph &g)
    {
        const Vertex to = boost::target(e, g);
        m_predSegment[to] = g[e].segment;
    }
    void finish_vertex(Vertex v, const Graph &)
    {
        if (m_isTarget && (*m_isTarget)[v]) {
            (*m_isTarget)[v] = 0;
            if (--m_remaining == 0)
                throw StopSearch{};
        }
    }

private:
    std::vector<std::int32_t> &m_predSegment;
    std::vector<char> *m_isTarget;
    std::size_t m_remaining;
    std::vector<std::int32_t> &m_touched;
};

/// A color map over TrayPaths' byte colors (white 0, gray 1, black 2) for Boost's searches.
struct ByteColorMap
{
    std::uint8_t *colors;
};

} // namespace
} // namespace hallwright::network

namespace boost {
template <>
struct property_traits<hallwright::network::ByteColorMap>
{
    using value_type = default_color_type;
    using reference = default_color_type;
    using key_type = std::size_t;
    using category = read_write_property_map_tag;
};
} // namespace boost

namespace hallwright::network {
namespace {

inline boost::default_color_type get(const ByteColorMap &m, std::size_t v)
{
    switch (m.colors[v]) {
    case 0: return boost::white_color;
    case 1: return boost::gray_color;
    default: return boost::black_color;
    }
}

inline void put(const ByteColorMap &m, std::size_t v, boost::default_color_type c)
{
    m.colors[v] = c == boost::white_color ? 0 : c == boost::gray_color ? 1 : 2;
}

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

struct TrayGraph::Impl
{
    Graph graph;
    std::vector<Point2> vertexPoints;
    bgi::rtree<RValue, bgi::rstar<16>> rtree;
};

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

    m_impl->graph = Graph(m_impl->vertexPoints.size());
    for (std::size_t i = 0; i < m_segments.size(); ++i) {
        Segment &s = m_segments[i];
        std::sort(s.stations.begin(), s.stations.end());
        for (std::size_t k = 1; k < s.stations.size(); ++k) {
            const auto [t0, v0] = s.stations[k - 1];
            const auto [t1, v1] = s.stations[k];
            if (v0 == v1)
                continue;
            boost::add_edge(static_cast<Vertex>(v0), static_cast<Vertex>(v1),
                            EdgeProps{(t1 - t0) * s.length, static_cast<std::int32_t>(i)}, m_impl->graph);
        }
    }
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

void TrayGraph::shortestPaths(const TrayAttach &from, const std::vector<TrayAttach> *targets, TrayPaths &r) const
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
    if (from.segment >= m_segments.size() || m_segments[from.segment].stations.empty())
        return;

    const Segment &s = m_segments[from.segment];
    const auto [prev, next] = around(from.segment, from.t);
    std::vector<Vertex> sources{static_cast<Vertex>(prev->second)};
    r.m_distance[static_cast<std::size_t>(prev->second)] = std::abs(from.t - prev->first) * s.length;
    r.m_touched.push_back(static_cast<std::int32_t>(prev->second));
    if (next->second != prev->second) {
        sources.push_back(static_cast<Vertex>(next->second));
        r.m_distance[static_cast<std::size_t>(next->second)] = std::abs(next->first - from.t) * s.length;
        r.m_touched.push_back(static_cast<std::int32_t>(next->second));
    }

    std::size_t targetCount = 0;
    if (targets) {
        for (const TrayAttach &t : *targets) {
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
    }

    const Graph &g = m_impl->graph;
    PathVisitor vis(r.m_predSegment, targets ? &r.m_isTarget : nullptr, targets ? targetCount : 0, r.m_touched);
    // What boost::dijkstra_shortest_paths_no_init does, with one difference: its heap's
    // position table is kept in `r` instead of being allocated and cleared per search, which
    // made every search cost the whole graph. The heap writes a vertex's position when it
    // pushes it and reads it only while the vertex is queued, so old entries need no reset;
    // the search itself, and so every distance and predecessor, is the same.
    if (r.m_heapIndex.size() != n)
        r.m_heapIndex.assign(n, 0);
    const auto index = boost::get(boost::vertex_index, g);
    const auto distance = boost::make_iterator_property_map(r.m_distance.begin(), index);
    const auto predecessor = boost::make_iterator_property_map(r.m_predVertex.begin(), index);
    const auto heapIndex = boost::make_iterator_property_map(r.m_heapIndex.data(), index);
    const auto weight = boost::get(&EdgeProps::weight, g);
    using Queue = boost::d_ary_heap_indirect<Vertex, 4, decltype(heapIndex), decltype(distance), std::less<double>>;
    Queue queue(distance, heapIndex, std::less<double>());
    boost::detail::dijkstra_bfs_visitor<PathVisitor, Queue, decltype(weight), decltype(predecessor), decltype(distance),
                                        std::plus<double>, std::less<double>>
        bfs(vis, queue, weight, predecessor, distance, std::plus<double>(), std::less<double>(), 0.0);
    try {
        if (!targets || targetCount > 0)
            boost::breadth_first_visit(g, sources.begin(), sources.end(), queue, bfs, ByteColorMap{r.m_color.data()});
    } catch (const StopSearch &) {
        // every target settled; the rest of the graph is not needed
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

void TrayPaths::forEachSegment(const TrayAttach &to, const std::function<void(std::size_t)> &f) const
{
    const auto c = choose(to);
    if (!c)
        return;
    if (c->direct) {
        f(to.segment);
        return;
    }
    const auto &segs = m_graph->m_segments;
    long long last = -1;
    auto emit = [&](std::size_t s) {
        if (static_cast<long long>(s) != last) {
            f(s);
            last = static_cast<long long>(s);
        }
    };
    // The piece of the target's own segment, unless the target sits on the junction.
    const auto stationT = [&](std::size_t seg, int vertex) {
        for (const auto &st : segs[seg].stations)
            if (st.second == vertex)
                return st.first;
        return 0.0;
    };
    if (std::abs(to.t - stationT(to.segment, c->endVertex)) * segs[to.segment].length > 1e-3)
        emit(to.segment);
    int v = c->endVertex;
    while (m_predSegment[static_cast<std::size_t>(v)] >= 0) {
        emit(static_cast<std::size_t>(m_predSegment[static_cast<std::size_t>(v)]));
        const int u = m_predVertex[static_cast<std::size_t>(v)];
        if (u == v)
            break;
        v = u;
    }
    if (std::abs(m_from.t - stationT(m_from.segment, v)) * segs[m_from.segment].length > 1e-3)
        emit(m_from.segment);
}

} // namespace hallwright::network
