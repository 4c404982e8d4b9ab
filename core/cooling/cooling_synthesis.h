// Sizing and placing cooling units: CRAH / fan walls and CDUs, N+1 per cooling zone.
#pragma once

#include "brief/brief.h"
#include "catalog/catalog.h"
#include "cooling/cooling_analysis.h"
#include "model/design.h"
#include "power/placement.h"

namespace hallwright {

struct CoolingSynthesisRules
{
    CoolingRules cooling;
    PackingRules packing;
};

struct CoolingSynthesisStats
{
    int airUnits = 0;                   ///< CRAH / fan-wall units placed
    int cdus = 0;
    int airUnitsShort = 0;              ///< N+1 units that did not fit their zone
    int cdusShort = 0;
};

/// Adds cooling units to a laid-out design, replacing the CRAH / fan-wall
/// units and CDUs it already has. Heat goes to the nearest ZoneKind::Cooling
/// zone (see analyzeCooling, losses of an existing power chain included).
/// Per zone: the smallest air unit (CRAH or fan wall) and, for a liquid share,
/// the smallest CDU whose N+1 count fits the zone; when none fits, the units
/// with the most capacity per metre of line-up, as many as fit (CDUs first):
/// the shortfall is then reported in stats and by the cooling checks.
/// Throws PowerError when heat has no cooling zone or the catalog lacks a unit kind.
void synthesizeCooling(Design &design, const Brief &brief, const Catalog &catalog,
                       const CoolingSynthesisRules &rules = {}, CoolingSynthesisStats *stats = nullptr);

} // namespace hallwright
