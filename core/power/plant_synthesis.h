// The mechanical plant and its feeds: chillers, dry coolers and pumps, their MCCs, transformers and switchgear.
#pragma once

#include "brief/brief.h"
#include "catalog/catalog.h"
#include "model/design.h"
#include "power/placement.h"

namespace hallwright {

struct PlantSynthesisRules
{
    PackingRules packing;
    /// The outdoor chiller yard: units 1.5 m apart, 3 m between rows for
    /// airflow and service (estimates; makers ask for 1.5–3 m).
    PackingRules yardPacking{1.5, 1.5, 3.0};
    double cduUpsMinutes = 5.0;         ///< autonomy of the CDU pumps' UPS (estimate)
};

struct PlantSynthesisStats
{
    int chillers = 0;
    int dryCoolers = 0;
    int pumps = 0;
    int mccs = 0;
    int transformers = 0;               ///< mechanical transformers
    int upsModules = 0;                 ///< for the CDU pumps
    int switchgearPanels = 0;
    double plantKw = 0.0;               ///< Σ draw of the plant's loads at capacity
};

/// Adds the heat-rejection plant and feeds every mechanical load, replacing
/// what the design already has of it. Run after synthesizeCooling.
/// Heat rejection (from analyzeCooling, in-hall fan and pump power included):
/// the chilled-water share on chillers N+1 with one pump each, the warm-water
/// share of a liquid design on dry coolers N+1 with one pump each, in an
/// outdoor yard along the building's north wall. Feeds: loads grouped onto
/// MCCs (80 % of nameplate continuously) by kind — air units, CDUs, chillers
/// and their pumps, dry coolers and their pumps — each load naming its MCC as
/// upstream; CDU MCCs hang on a UPS system (pumps keep running through a
/// utility outage until the generators take over), the rest on mechanical
/// transformers, each with a 10 kV feeder panel. This chain carries feed "M"
/// (kMechanicalFeed). Throws PowerRoomTooSmall when it does not fit the
/// electrical room, PowerError when the catalog lacks a kind it needs.
void synthesizePlant(Design &design, const Brief &brief, const Catalog &catalog,
                     const PlantSynthesisRules &rules = {}, PlantSynthesisStats *stats = nullptr);

} // namespace hallwright
