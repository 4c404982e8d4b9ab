// Packing facility equipment (UPS, transformers, CRAH, CDU …) into the rooms of the hall.
#pragma once

#include "model/design.h"
#include "model/geometry.h"

#include <vector>

namespace hallwright {

/// Clearances used when packing equipment (documented defaults).
struct PackingRules
{
    double marginM = 0.5;       ///< from the room's walls
    double gapM = 0.3;          ///< between units side by side in a line-up
    double aisleM = 1.2;        ///< service aisle between line-ups (front access)
};

struct ItemSize
{
    double widthM = 1.0;        ///< the side laid along a line-up
    double depthM = 1.0;
};

/// Side taken for a catalog item without dimensions, m.
inline constexpr double kDefaultFootprintM = 1.0;

/// The footprint of a catalog item with widthM and depthM (0 when the catalog gives none).
template <typename Spec>
ItemSize footprintOf(const Spec &s)
{
    return {s.widthM > 0.0 ? s.widthM : kDefaultFootprintM, s.depthM > 0.0 ? s.depthM : kDefaultFootprintM};
}

struct PlacedItem
{
    std::size_t area = 0;       ///< index into the areas given
    Rect footprint;
};

/// Footprints already standing on the floor: equipment, obstacles and racks.
std::vector<Rect> occupiedFootprints(const Design &design);

/// Packs items, in order, into line-ups along the long axis of each area
/// (filling the first area before the next), keeping clear of `occupied`.
/// An item's width runs along the line-up, so units in a narrow gallery turn
/// to face the room. Returns the placements of the leading items that fit:
/// fewer than items.size() when the areas are full.
std::vector<PlacedItem> packItems(const std::vector<Rect> &areas, const std::vector<ItemSize> &items,
                                  const std::vector<Rect> &occupied, const PackingRules &rules = {});

} // namespace hallwright
