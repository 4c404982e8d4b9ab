// Geometric design rules of a layout: racks inside the hall, no overlaps,
// aisle clearances, devices within rack units and rack power limits.
#pragma once

#include "checks/check.h"
#include "layout/layout.h"
#include "model/design.h"

#include <cstddef>
#include <vector>

namespace hallwright {

class Catalog;

/// Checks the design as it stands (hand edits included). Codes:
/// rack-outside-hall, rack-overlap, rack-on-obstacle, aisle-too-narrow, aisle-mixed (a rack
/// facing the back of the rack across the aisle in front),
/// device-outside-rack, device-overlap, rack-power-limit.
CheckList checkLayout(const Design &design, const Catalog &catalog, const LayoutRules &rules = {});

/// checkLayout's two halves: where racks stand (hall, obstacles, overlaps, aisles) and
/// what they hold (devices within their units, rack power limit). A move changes only the first.
CheckList checkRackPlacements(const Design &design, const LayoutRules &rules = {});
CheckList checkRackContents(const Design &design, const Catalog &catalog);

/// The placement rules alone (rack-outside-hall, rack-on-obstacle, rack-overlap with
/// any other rack, aisle-too-narrow) of the racks at `racks` (indices into
/// Design::racks), with the same messages as checkLayout: what an edit is validated by.
CheckList checkRackPlacement(const Design &design, const std::vector<std::size_t> &racks, const LayoutRules &rules = {});

/// Maximum electrical draw of a placed device from its catalog item (kW); 0 when unknown.
double deviceMaxKw(const Device &device, const Catalog &catalog);

} // namespace hallwright
