// Packing facility equipment into rooms: line-ups along each room's long axis, shelf by shelf.
#include "power/placement.h"

#include <boost/geometry.hpp>
#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/geometries/point.hpp>
#include <boost/geometry/index/rtree.hpp>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace hallwright {

namespace {

/// A rectangle in an area's own frame: u along its long axis, v across.
struct FrameRect
{
    double u0, v0, u1, v1;
};

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;
using FramePoint = bg::model::point<double, 2, bg::cs::cartesian>;
using FrameBox = bg::model::box<FramePoint>;

/// The first of `blocked` (in list order) a candidate comes within `gap` of. A large plant
/// room holds hundreds of units: past a few dozen an R-tree of the blocked rectangles (each
/// grown by the gap and a margin) finds the ones near the candidate, and the exact test
/// below picks the same first one the plain scan would.
class BlockedIndex
{
public:
    BlockedIndex(const std::vector<FrameRect> &blocked, double gap) : m_blocked(blocked), m_gap(gap)
    {
        // A hand-made file's non-finite footprint would not sit in a tree: scan then.
        m_scan = blocked.size() < kIndexFrom
                 || !std::all_of(blocked.begin(), blocked.end(), [](const FrameRect &b) {
                        return std::isfinite(b.u0) && std::isfinite(b.v0) && std::isfinite(b.u1) && std::isfinite(b.v1);
                    });
        if (m_scan)
            return;
        std::vector<std::pair<FrameBox, std::size_t>> boxes;
        boxes.reserve(blocked.size());
        const double grow = gap + kSlack;
        for (std::size_t i = 0; i < blocked.size(); ++i) {
            const FrameRect &b = blocked[i];
            boxes.emplace_back(FrameBox({b.u0 - grow, b.v0 - grow}, {b.u1 + grow, b.v1 + grow}), i);
        }
        m_tree = Tree(boxes.begin(), boxes.end());
    }

    const FrameRect *firstHit(const FrameRect &cand)
    {
        if (m_scan || !std::isfinite(cand.u0) || !std::isfinite(cand.v0) || !std::isfinite(cand.u1)
            || !std::isfinite(cand.v1)) {
            for (const FrameRect &b : m_blocked)
                if (hits(cand, b))
                    return &b;
            return nullptr;
        }
        m_near.clear();
        m_tree.query(bgi::intersects(FrameBox({cand.u0, cand.v0}, {cand.u1, cand.v1})), std::back_inserter(m_near));
        std::size_t first = m_blocked.size();
        for (const auto &[box, i] : m_near)
            if (i < first && hits(cand, m_blocked[i]))
                first = i;
        return first < m_blocked.size() ? &m_blocked[first] : nullptr;
    }

private:
    static constexpr std::size_t kIndexFrom = 32;
    static constexpr double kSlack = 1e-6; // wider than the test's 1e-9 tolerances

    bool hits(const FrameRect &cand, const FrameRect &b) const
    {
        return cand.u0 < b.u1 + m_gap - 1e-9 && b.u0 - m_gap < cand.u1 - 1e-9 && cand.v0 < b.v1 + m_gap - 1e-9
               && b.v0 - m_gap < cand.v1 - 1e-9;
    }

    using Tree = bgi::rtree<std::pair<FrameBox, std::size_t>, bgi::rstar<16>>;
    const std::vector<FrameRect> &m_blocked;
    double m_gap;
    bool m_scan = true;
    Tree m_tree;
    std::vector<std::pair<FrameBox, std::size_t>> m_near;
};

} // namespace

std::vector<PlacedItem> packItems(const std::vector<Rect> &areas, const std::vector<ItemSize> &items,
                                  const std::vector<Rect> &occupied, const PackingRules &rules)
{
    std::vector<PlacedItem> placed;
    placed.reserve(items.size());
    std::size_t next = 0;
    for (std::size_t a = 0; a < areas.size() && next < items.size(); ++a) {
        const Rect &area = areas[a];
        const bool transposed = area.depth > area.width;
        const double length = transposed ? area.depth : area.width;
        const double breadth = transposed ? area.width : area.depth;
        auto toFrame = [&](const Rect &r) {
            const double x0 = r.x - area.x, y0 = r.y - area.y;
            return transposed ? FrameRect{y0, x0, y0 + r.depth, x0 + r.width}
                              : FrameRect{x0, y0, x0 + r.width, y0 + r.depth};
        };
        std::vector<FrameRect> blocked;
        for (const Rect &r : occupied)
            if (r.overlaps(area))
                blocked.push_back(toFrame(r));

        BlockedIndex index(blocked, rules.gapM);
        double u = rules.marginM, v = rules.marginM, shelf = 0.0;
        while (next < items.size()) {
            const double w = std::max(items[next].widthM, 0.01), d = std::max(items[next].depthM, 0.01);
            if (w + 2 * rules.marginM > length + 1e-9 || d + 2 * rules.marginM > breadth + 1e-9)
                break; // this item cannot fit this area at all
            if (u + w + rules.marginM > length + 1e-9) {
                v += shelf + rules.aisleM;
                u = rules.marginM;
                shelf = 0.0;
            }
            if (v + d + rules.marginM > breadth + 1e-9)
                break; // area full
            const FrameRect cand{u, v, u + w, v + d};
            const FrameRect *hit = index.firstHit(cand);
            if (hit) {
                u = std::max(u + 0.01, hit->u1 + rules.gapM);
                continue;
            }
            const double x = area.x + (transposed ? v : u), y = area.y + (transposed ? u : v);
            placed.push_back({a, transposed ? Rect{x, y, d, w} : Rect{x, y, w, d}});
            u += w + rules.gapM;
            shelf = std::max(shelf, d);
            ++next;
        }
    }
    return placed;
}

std::vector<Rect> occupiedFootprints(const Design &design)
{
    std::vector<Rect> occupied;
    occupied.reserve(design.equipment.size() + design.hall.obstacles.size() + design.racks.size());
    for (const Equipment &e : design.equipment)
        occupied.push_back(e.footprint);
    for (const Obstacle &o : design.hall.obstacles)
        occupied.push_back(o.area);
    for (const Rack &r : design.racks)
        occupied.push_back(r.footprint);
    return occupied;
}

} // namespace hallwright
