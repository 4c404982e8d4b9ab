// The overhead cable-tray network as a weighted graph: attach points and shortest tray paths.
#pragma once

#include "model/design.h"

#include <cstdint>
#include <cmath>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace hallwright::network {

/// Where a rack's cables enter the tray network: the nearest point on a tray
/// segment to the rack centre. `offsetM` is the horizontal distance from the
/// rack centre to that point; it counts as drop.
struct TrayAttach
{
    std::size_t segment = 0;   ///< index into Design::trays
    double t = 0.0;            ///< position along the segment, 0 at a, 1 at b
    Point2 point;
    double offsetM = 0.0;
    double heightM = 3.0;      ///< tray height at the attach point
};

/// The paths of one search to its targets as a tree of their vertices, kept for sums along
/// them after the search (a router keeps one per source rack: its cables' loads are known
/// only once their media are chosen).
class TrayPathTree
{
public:
    /// Adds load[k] (cables, units) onto the segments of the path to target k, as
    /// TrayPaths::addAlongPaths does: in time proportional to the tree, not to the paths.
    void addLoads(const std::vector<std::pair<long long, long long>> &load, std::vector<long long> &cables,
                  std::vector<long long> &units) const;
    /// Calls f(segment) for each segment TrayPaths::forEachSegment gave on the way to target k.
    template<typename F>
    void forEachSegment(std::size_t k, F &&f) const;
    std::size_t targets() const { return m_starts.size(); }

private:
    friend class TrayPaths;
    struct Node
    {
        std::int32_t next;   ///< the segment a walk visits on from the vertex, -1 none
        std::int32_t parent; ///< the next vertex's node, -1 at a source
    };
    struct Start
    {
        std::int32_t node;  ///< the target's end vertex, -1: no path, or the direct piece in `first`
        std::int32_t first; ///< the target's own piece when walked, else -1
    };
    std::vector<Node> m_nodes; ///< every node before its parent
    std::vector<Start> m_starts;
    struct Carried
    {
        long long cables = 0, units = 0, seenCables = 0, seenUnits = 0;
    };
    mutable std::vector<Carried> m_carried; ///< addLoads' sums per node (storage kept between calls)
};

/// Shortest tray distances from one attach point (see TrayGraph::shortestPaths).
class TrayPaths
{
public:
    /// Tray length from the source to `to`, metres; nullopt when unreachable.
    std::optional<double> distanceTo(const TrayAttach &to) const;
    /// Calls f(segmentIndex) once for each tray segment on the path to `to` (a template: a
    /// large hall walks millions of path segments).
    template<typename F>
    void forEachSegment(const TrayAttach &to, F &&f) const;

    /// What forEachSegment gives, summed for many targets at once: for every visit it would make
    /// to segment s on the way to to[k], adds load[k] (cables, units) to cables[s] and units[s].
    /// The paths to the targets of one search share most of their way (a spine rack's to two
    /// hundred leaf racks), so their loads are carried up the tree of paths instead: time in
    /// proportion to the vertices the paths reach, not to the sum of their lengths.
    void addAlongPaths(const std::vector<TrayAttach> &to, const std::vector<std::pair<long long, long long>> &load,
                       std::vector<long long> &cables, std::vector<long long> &units);
    /// The paths to `to` as a tree kept apart from this search (see TrayPathTree).
    TrayPathTree pathTree(const std::vector<TrayAttach> &to);

private:
    friend class TrayGraph;
    struct Choice { double distance; int endVertex; bool direct; };
    std::optional<Choice> choose(const TrayAttach &to) const;

    const class TrayGraph *m_graph = nullptr;
    TrayAttach m_from;
    std::vector<double> m_distance;
    std::vector<std::int32_t> m_predSegment; ///< segment used to reach each vertex, -1 at a source
    std::vector<std::int32_t> m_predVertex;
    // Search state kept for the next search into the same object: only the vertices the last
    // search reached are reset, so many searches from a large hall cost what they visit.
    std::vector<std::uint8_t> m_color;       ///< 0 white, 1 gray, 2 black
    std::vector<char> m_isTarget;
    std::vector<std::int32_t> m_touched;     ///< vertices the last search changed
    std::vector<std::size_t> m_heapIndex;    ///< the search heap's position of each queued vertex
    // pathTree's per vertex: paths through it from vertices not yet placed (-1: on no path),
    // then its place in the tree; -1 outside a call.
    std::vector<std::int32_t> m_children;
    std::vector<std::int32_t> m_node;
    std::vector<std::int32_t> m_onPaths, m_ready, m_order;
    TrayPathTree m_tree; ///< addAlongPaths' tree
    void buildTree(const std::vector<TrayAttach> &to, TrayPathTree &tree);
};


/// How TrayGraph::shortestPaths searches. Both find the same distances and the same paths:
/// Chains walks the runs of two-arc vertices between junctions in one go and searches vertex
/// by vertex wherever that could break a tie differently; EveryVertex is Boost.Graph's Dijkstra
/// step for step (what a test compares Chains with).
enum class TraySearch { Chains, EveryVertex };

/// The tray graph of a design. Segments join where end points coincide within
/// 1 mm, and where an end point lies on another segment (a T-junction).
class TrayGraph
{
public:
    explicit TrayGraph(const std::vector<TraySegment> &trays);
    ~TrayGraph();
    TrayGraph(const TrayGraph &) = delete;
    TrayGraph &operator=(const TrayGraph &) = delete;

    bool empty() const;
    std::size_t segmentCount() const { return m_segments.size(); }
    std::size_t vertexCount() const;

    /// Nearest point of the tray network to `p`; nullopt when there are no trays.
    std::optional<TrayAttach> attach(Point2 p) const;

    /// Single-source shortest tray paths from `from`. When `targets` is given
    /// the search stops as soon as all of them are settled.
    TrayPaths shortestPaths(const TrayAttach &from, const std::vector<TrayAttach> *targets = nullptr) const;
    /// The same search into `paths`, reusing its storage from an earlier search of this graph
    /// (what a loop over many sources calls: it resets only what that search reached).
    void shortestPaths(const TrayAttach &from, const std::vector<TrayAttach> *targets, TrayPaths &paths,
                       TraySearch how = TraySearch::Chains) const;

private:
    friend class TrayPaths;
    struct Impl; // tray_graph_impl.h
    /// The source vertices of a search from `from` with their start distances, written into a
    /// reset `paths`; empty when `from` is on no segment of the graph.
    std::vector<std::pair<std::size_t, double>> seed(const TrayAttach &from, TrayPaths &paths) const;
    /// Marks the stations either side of each target in paths.m_isTarget; how many were marked.
    std::size_t markTargets(const std::vector<TrayAttach> &targets, TrayPaths &paths) const;
    void searchEveryVertex(const std::vector<std::pair<std::size_t, double>> &sources, std::size_t targetCount,
                           TrayPaths &paths) const;
    /// The chain search (tray_chains.cpp); false when it cannot be sure of the vertex-by-vertex
    /// result, leaving `paths` to be reset.
    bool searchByChains(const std::vector<std::pair<std::size_t, double>> &sources,
                        const std::vector<TrayAttach> *targets, TrayPaths &paths) const;
    struct Segment
    {
        Point2 a, b;
        double length = 0.0;
        double heightM = 3.0;
        std::vector<std::pair<double, int>> stations; ///< (t, vertex) along the segment, sorted, ends included
    };
    /// The stations of segment s either side of position t.
    std::pair<const std::pair<double, int> *, const std::pair<double, int> *> around(std::size_t s, double t) const;
    std::vector<Segment> m_segments;
    std::unique_ptr<Impl> m_impl;
};

template<typename F>
void TrayPaths::forEachSegment(const TrayAttach &to, F &&f) const
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
    auto visitSegment = [&](std::size_t s) {
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
        visitSegment(to.segment);
    int v = c->endVertex;
    while (m_predSegment[static_cast<std::size_t>(v)] >= 0) {
        visitSegment(static_cast<std::size_t>(m_predSegment[static_cast<std::size_t>(v)]));
        const int u = m_predVertex[static_cast<std::size_t>(v)];
        if (u == v)
            break;
        v = u;
    }
    if (std::abs(m_from.t - stationT(m_from.segment, v)) * segs[m_from.segment].length > 1e-3)
        visitSegment(m_from.segment);
}

template<typename F>
void TrayPathTree::forEachSegment(std::size_t k, F &&f) const
{
    const Start &s = m_starts[k];
    if (s.node < 0) {
        if (s.first >= 0)
            f(static_cast<std::size_t>(s.first));
        return;
    }
    std::int32_t last = -1;
    auto visit = [&](std::int32_t segment) {
        if (segment != last) {
            f(static_cast<std::size_t>(segment));
            last = segment;
        }
    };
    if (s.first >= 0)
        visit(s.first);
    for (std::int32_t i = s.node; i >= 0; i = m_nodes[static_cast<std::size_t>(i)].parent)
        if (m_nodes[static_cast<std::size_t>(i)].next >= 0)
            visit(m_nodes[static_cast<std::size_t>(i)].next);
}

} // namespace hallwright::network
