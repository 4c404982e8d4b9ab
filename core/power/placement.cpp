// Packing facility equipment into rooms: line-ups along each room's long axis, shelf by shelf.
#include "power/placement.h"

#include <algorithm>

namespace hallwright {

namespace {

/// A rectangle in an area's own frame: u along its long axis, v across.
struct FrameRect
{
    double u0, v0, u1, v1;
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
            const FrameRect *hit = nullptr;
            for (const FrameRect &b : blocked) {
                if (cand.u0 < b.u1 + rules.gapM - 1e-9 && b.u0 - rules.gapM < cand.u1 - 1e-9
                    && cand.v0 < b.v1 + rules.gapM - 1e-9 && b.v0 - rules.gapM < cand.v1 - 1e-9) {
                    hit = &b;
                    break;
                }
            }
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
