// The overhead cable-tray network as a weighted graph: attach points and shortest tray paths.
#pragma once

#include "model/design.h"

#include <cstdint>
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

/// Shortest tray distances from one attach point (see TrayGraph::shortestPaths).
class TrayPaths
{
public:
    /// Tray length from the source to `to`, metres; nullopt when unreachable.
    std::optional<double> distanceTo(const TrayAttach &to) const;
    /// Calls f(segmentIndex) once for each tray segment on the path to `to`.
    void forEachSegment(const TrayAttach &to, const std::function<void(std::size_t)> &f) const;

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
};

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
    void shortestPaths(const TrayAttach &from, const std::vector<TrayAttach> *targets, TrayPaths &paths) const;

private:
    friend class TrayPaths;
    struct Impl;
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

} // namespace hallwright::network
