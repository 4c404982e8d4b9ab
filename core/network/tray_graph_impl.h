// The tray graph's internals, shared by its two files: the graph (tray_graph.cpp) and its chains (tray_chains.cpp).
#pragma once

#include "network/tray_graph.h"

#include <boost/geometry.hpp>
#include <boost/geometry/geometries/point.hpp>
#include <boost/geometry/geometries/segment.hpp>
#include <boost/geometry/index/rtree.hpp>

#include <cstdint>
#include <utility>
#include <vector>

namespace hallwright::network {

namespace tray_detail {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

using GPoint = bg::model::point<double, 2, bg::cs::cartesian>;
using GSegment = bg::model::segment<GPoint>;
using GBox = bg::model::box<GPoint>;
using RValue = std::pair<GSegment, std::size_t>;

} // namespace tray_detail

/// The graph's chains: a row tray is a run of rack attach points between two trunks, so most
/// vertices have two arcs to two other vertices. A chain is such a run between two junctions
/// (vertices of any other kind), walked in one go by the chain search.
struct TrayChains
{
    struct Chain
    {
        std::int32_t a = 0, b = 0;       ///< its end junctions (the same for a loop)
        std::uint32_t first = 0;          ///< interior vertices: vertex[first .. first + count)
        std::uint32_t count = 0;
        std::uint32_t firstWeight = 0;    ///< weight[firstWeight + i] joins positions i - 1 and i (-1 is a, count is b)
        /// A floor under any distance walked end to end: (start + floor) × this is at most what
        /// adding the pieces one by one gives (each addition rounds by at most half an ulp).
        double length = 0.0;
        double floorFactor = 1.0;
    };
    /// Per junction its chains, each with the end the junction is (a loop is listed at both).
    struct End
    {
        std::int32_t chain;
        bool atA;
    };

    std::vector<Chain> chains;
    std::vector<std::int32_t> vertex;
    std::vector<double> weight;
    std::vector<std::int32_t> segment;   ///< the tray segment of each weight's piece
    std::vector<char> junction;          ///< per vertex: not two arcs to two other vertices
    std::vector<std::int32_t> chainOf;   ///< per vertex: its chain when interior, -1 for a junction or a ring vertex
    std::vector<std::int32_t> position;  ///< per interior vertex: its index in the chain
    std::vector<std::size_t> endStart;   ///< per vertex: ends[endStart[v] .. endStart[v + 1]) (junctions only)
    std::vector<End> ends;
    /// False when some piece is too short for the chain search's rule on ties (see searchByChains).
    bool usable = false;
};

/// One direction of a tray piece between two stations.
struct TrayArc
{
    std::int32_t to;
    std::int32_t segment;
    double weight;
};

struct TrayGraph::Impl
{
    using Arc = TrayArc;
    // The graph as compressed rows: the arcs of vertex v are arcs[arcStart[v] .. arcStart[v + 1]),
    // in the order the pieces were added (the order Boost's adjacency_list keeps them in).
    std::vector<std::size_t> arcStart;
    std::vector<Arc> arcs;
    std::vector<Point2> vertexPoints;
    tray_detail::bgi::rtree<tray_detail::RValue, tray_detail::bgi::rstar<16>> rtree;
    TrayChains chains;
};

/// The chains of a graph's arcs; `arcPiece` gives each arc's piece (the two arcs of a piece share it).
TrayChains findTrayChains(const std::vector<std::size_t> &arcStart, const std::vector<TrayArc> &arcs,
                          const std::vector<std::int32_t> &arcPiece);

} // namespace hallwright::network
