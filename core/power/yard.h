// Outdoor yards beside the building: generator sets south, heat-rejection plant north.
#pragma once

#include "model/design.h"
#include "power/placement.h"

#include <string>
#include <vector>

namespace hallwright {

inline constexpr const char *kGeneratorYard = "Generator yard";
inline constexpr const char *kChillerYard = "Chiller yard";

enum class Side { South, North };

/// Adds a ZoneKind::Yard zone named `name` outside the hall outline (the
/// building), along its south wall (y < 0) or north wall (y > depth), as wide
/// as the building and just deep enough for the items packed in line-ups, and
/// places the items there (footprint and zone set). Items wider than the
/// building get a wider yard. Nothing is added without items.
void placeInYard(Design &design, const std::string &name, Side side, std::vector<Equipment> &items,
                 const std::vector<ItemSize> &sizes, const PackingRules &packing);

} // namespace hallwright
