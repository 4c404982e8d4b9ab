// Outdoor yards beside the building: generator sets south, heat-rejection plant north.
#include "power/yard.h"

#include <algorithm>
#include <cmath>

namespace hallwright {

void placeInYard(Design &d, const std::string &name, Side side, std::vector<Equipment> &items,
                 const std::vector<ItemSize> &sizes, const PackingRules &packing)
{
    if (items.empty())
        return;
    double widest = 0.0, deepest = 0.0, area = 0.0;
    for (const ItemSize &s : sizes) {
        widest = std::max(widest, s.widthM);
        deepest = std::max(deepest, s.depthM);
        area += (s.widthM + packing.gapM) * (s.depthM + packing.aisleM);
    }
    const double width = std::max(d.hall.widthM, widest + 2 * packing.marginM);
    // Start from the area the line-ups need and deepen until everything fits.
    double depth = std::max(deepest + 2 * packing.marginM, std::ceil(area / width) + 2 * packing.marginM);
    std::vector<PlacedItem> placed;
    for (int attempt = 0; attempt < 64; ++attempt) {
        const Rect yard{0.0, side == Side::South ? -depth : d.hall.depthM, width, depth};
        placed = packItems({yard}, sizes, {}, packing);
        if (placed.size() == items.size())
            break;
        depth += deepest + packing.aisleM;
    }
    const Rect yard{0.0, side == Side::South ? -depth : d.hall.depthM, width, depth};
    Zone z;
    std::int64_t next = 1;
    for (const Zone &x : d.zones)
        next = std::max(next, x.id.value() + 1);
    z.id = ZoneId(next);
    z.name = name;
    z.kind = ZoneKind::Yard;
    z.area = yard;
    d.zones.push_back(z);
    for (std::size_t i = 0; i < items.size() && i < placed.size(); ++i) {
        items[i].footprint = placed[i].footprint;
        items[i].zone = z.id;
    }
}

} // namespace hallwright
