// Picking in the 3D view: the nearest box a ray from the eye hits (no VTK).
#pragma once

#include "hall3d/scene_geometry.h"
#include "selection/selection_model.h"

#include <array>
#include <optional>
#include <vector>

namespace hallwright::views::hall3d {

using Vec3 = std::array<double, 3>;

/// Distance along the ray origin + t·direction at which it enters box, or
/// nullopt when it misses (slab method; direction need not be unit length).
std::optional<double> rayHitsBox(const Vec3 &origin, const Vec3 &direction, const Box3 &box);

/// The pickable boxes of a scene (racks, switch faces, PDU strips, equipment),
/// each standing for a selection item. Exact: no colour buffer, no tolerance.
class ScenePicker
{
public:
    void clear() { m_targets.clear(); }
    void add(const SelectionItem &item, const Box3 &box) { m_targets.push_back({item, box}); }
    int size() const { return int(m_targets.size()); }

    /// The item whose box the ray enters first; nullopt when it hits none.
    std::optional<SelectionItem> pick(const Vec3 &origin, const Vec3 &direction) const;

private:
    struct Target
    {
        SelectionItem item;
        Box3 box;
    };
    std::vector<Target> m_targets;
};

} // namespace hallwright::views::hall3d
