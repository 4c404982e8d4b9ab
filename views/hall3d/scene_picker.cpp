// Ray–box picking for the 3D view.
#include "hall3d/scene_picker.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace hallwright::views::hall3d {

std::optional<double> rayHitsBox(const Vec3 &origin, const Vec3 &direction, const Box3 &box)
{
    const double lo[3] = {box.x, box.y, box.z};
    const double hi[3] = {box.x + box.sx, box.y + box.sy, box.z + box.sz};
    double tNear = 0.0;
    double tFar = std::numeric_limits<double>::infinity();
    for (int axis = 0; axis < 3; ++axis) {
        const double o = origin[axis];
        const double d = direction[axis];
        if (std::abs(d) < 1e-15) {
            if (o < lo[axis] || o > hi[axis])
                return std::nullopt;
            continue;
        }
        double t0 = (lo[axis] - o) / d;
        double t1 = (hi[axis] - o) / d;
        if (t0 > t1)
            std::swap(t0, t1);
        tNear = std::max(tNear, t0);
        tFar = std::min(tFar, t1);
        if (tNear > tFar)
            return std::nullopt;
    }
    return tNear;
}

std::optional<SelectionItem> ScenePicker::pick(const Vec3 &origin, const Vec3 &direction) const
{
    std::optional<SelectionItem> best;
    double bestT = std::numeric_limits<double>::infinity();
    for (const Target &t : m_targets) {
        const auto hit = rayHitsBox(origin, direction, t.box);
        // A device face touches its rack's face: on a tie the smaller box (the device) wins.
        if (hit && (*hit < bestT - 1e-9 || (best && std::abs(*hit - bestT) <= 1e-9 && t.item.kind == SelectionItem::Kind::Device))) {
            bestT = *hit;
            best = t.item;
        }
    }
    return best;
}

} // namespace hallwright::views::hall3d
