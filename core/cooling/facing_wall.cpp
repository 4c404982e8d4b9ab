// The walls of a cooling gallery that open onto the white space, and units placed one deep along them.
#include "cooling/facing_wall.h"

#include <algorithm>
#include <cmath>

namespace hallwright {

namespace {

constexpr double kEdgeTolM = 1e-3;

} // namespace

std::vector<FacingWall> facingWalls(const Rect &g, const std::vector<Rect> &rooms)
{
    std::vector<FacingWall> out;
    for (const Rect &r : rooms) {
        auto vertical = [&](double coord, int side) {
            const double lo = std::max(g.y, r.y), hi = std::min(g.top(), r.top());
            if (hi - lo > kEdgeTolM)
                out.push_back({true, coord, lo, hi, side});
        };
        auto horizontal = [&](double coord, int side) {
            const double lo = std::max(g.x, r.x), hi = std::min(g.right(), r.right());
            if (hi - lo > kEdgeTolM)
                out.push_back({false, coord, lo, hi, side});
        };
        if (std::abs(g.right() - r.x) < kEdgeTolM)
            vertical(g.right(), +1);
        if (std::abs(g.x - r.right()) < kEdgeTolM)
            vertical(g.x, -1);
        if (std::abs(g.top() - r.y) < kEdgeTolM)
            horizontal(g.top(), +1);
        if (std::abs(g.y - r.top()) < kEdgeTolM)
            horizontal(g.y, -1);
    }
    return out;
}

std::vector<FacingWall> facingWalls(const Design &design, const Zone &coolingZone)
{
    std::vector<Rect> rooms;
    for (const Zone &z : design.zones)
        if (z.kind == ZoneKind::Compute)
            rooms.push_back(z.area);
    return facingWalls(coolingZone.area, rooms);
}

bool facesWall(const Rect &u, const FacingWall &w, double tol)
{
    if (w.vertical) {
        const double face = w.side > 0 ? u.right() : u.x;
        const double gap = w.side > 0 ? w.coord - face : face - w.coord;
        return gap > -tol && gap < tol && u.top() > w.lo + kEdgeTolM && u.y < w.hi - kEdgeTolM;
    }
    const double face = w.side > 0 ? u.top() : u.y;
    const double gap = w.side > 0 ? w.coord - face : face - w.coord;
    return gap > -tol && gap < tol && u.right() > w.lo + kEdgeTolM && u.x < w.hi - kEdgeTolM;
}

Rect behindWall(const Rect &g, const FacingWall &wall, double bandM)
{
    // side +1: the room lies towards +x / +y, so the gallery extends towards −x / −y.
    if (wall.vertical) {
        const double lo = wall.side > 0 ? g.x : wall.coord + bandM;
        const double hi = wall.side > 0 ? wall.coord - bandM : g.right();
        return {lo, g.y, std::max(0.0, hi - lo), g.depth};
    }
    const double lo = wall.side > 0 ? g.y : wall.coord + bandM;
    const double hi = wall.side > 0 ? wall.coord - bandM : g.top();
    return {g.x, lo, g.width, std::max(0.0, hi - lo)};
}

int unitsAlongWall(double lengthM, double widthM, double endMarginM, double gapM)
{
    if (widthM <= 0.0)
        return 0;
    const double usable = lengthM - 2 * endMarginM + gapM;
    return usable <= 0.0 ? 0 : static_cast<int>(std::floor(usable / (widthM + gapM) + 1e-9));
}

std::vector<Rect> placeAlongWalls(const std::vector<FacingWall> &walls, double widthM, double depthM,
                                  double endMarginM, double gapM, const std::vector<Rect> &occupied, int maxCount)
{
    std::vector<Rect> out;
    for (const FacingWall &w : walls) {
        double s = w.lo + endMarginM;
        while (static_cast<int>(out.size()) < maxCount && s + widthM <= w.hi - endMarginM + 1e-9) {
            // The unit stands inside the gallery, its face flush with the opening.
            Rect r = w.vertical ? Rect{w.side > 0 ? w.coord - depthM : w.coord, s, depthM, widthM}
                                : Rect{s, w.side > 0 ? w.coord - depthM : w.coord, widthM, depthM};
            const Rect grown{r.x - gapM, r.y - gapM, r.width + 2 * gapM, r.depth + 2 * gapM};
            const Rect *hit = nullptr;
            for (const std::vector<Rect> *list : {&occupied, static_cast<const std::vector<Rect> *>(&out)})
                for (const Rect &o : *list)
                    if (!hit && grown.overlaps(o, 1e-6))
                        hit = &o;
            if (hit) {
                s = std::max(s + 0.01, (w.vertical ? hit->top() : hit->right()) + gapM);
                continue;
            }
            out.push_back(r);
            s += widthM + gapM;
        }
    }
    return out;
}

} // namespace hallwright
