// Sizing and placing the power chain of a laid-out design: PDUs, busways, UPS, transformers, generators.
#pragma once

#include "brief/brief.h"
#include "catalog/catalog.h"
#include "model/design.h"
#include "power/placement.h"

namespace hallwright {

/// Sizing rules of the synthesised chain (documented defaults).
struct PowerSynthesisRules
{
    int maxUpsModulesPerSystem = 8;     ///< modules paralleled on one output bus (typical maker limit)
    /// Sets paralleled on one generator bus: a maker's paralleling controls
    /// take up to 32 (the hard limit, never passed); buses are kept to 16 so a
    /// bus fault or a synchronising failure takes at most a share of the plant.
    int maxGeneratorsPerSet = 32;
    int generatorsPerBus = 16;
    double batteryMinutes = 5.0;        ///< UPS battery autonomy at the system's rating (Li-ion, estimate)
    double buswayStripM = 0.15;         ///< drawn width of an overhead busway along its row
    PackingRules packing;
    /// The outdoor generator yard: sets 1.5 m apart with a 3 m service road
    /// between rows and a 1.5 m margin (fire separation and access, estimates).
    PackingRules yardPacking{1.5, 1.5, 3.0};
};

struct PowerSynthesisStats
{
    int pdus = 0;
    int busways = 0;                    ///< busways or RPPs, both feeds
    int blocks = 0;                     ///< transformer + UPS system units (per side in 2N)
    int upsModules = 0;
    int transformers = 0;
    int generators = 0;
    int generatorBuses = 0;
    int switchgearPanels = 0;           ///< 10 kV panels and LV main switchboards
    int batteryCabinets = 0;
};

/// Adds the power chain to a design produced by the layout, replacing any
/// chain it already has. Per rack: PDUs on feed A and B (Device kind Pdu,
/// role "A"/"B", zero-U), each feed sized for the whole rack (the smallest
/// catalog PDU whose continuous rating carries it, else several of the largest);
/// racks without devices are sized for their power limit. Per row and feed:
/// busways (RPPs when the catalog has no busway) in consecutive segments, each
/// carrying its racks' whole load continuously. Segments are grouped into
/// blocks of one transformer and one UPS system (paralleled modules; N modules
/// for N, N + 1 for N+1; one block per side for 2N, where A and B busways
/// hang on separate blocks; for N and N+1 both feeds share the block).
/// Generators: prime or data-centre (ISO 8528-1) rated sets only, N (N + 1
/// per bus for N+1 and 2N) carrying the facility load at the estimated PUE
/// (or the brief's), split over 10 kV buses of at most generatorsPerBus sets,
/// each bus on its own switchgear, in an outdoor yard (ZoneKind::Yard) along
/// the building's south wall. The 10 kV switchboard has two utility incomers,
/// one feeder per transformer and one incomer per generator bus; each
/// transformer has an LV main switchboard; each UPS system battery cabinets
/// for batteryMinutes. Chain equipment goes into the ZoneKind::Power zones in line-ups.
/// Links: PDU Device::powerFeed → busway; busway upstream → the first module of
/// its UPS system; UPS modules upstream → their transformer; transformers →
/// their 10 kV feeder panel; generators → their bus panel (generators back
/// every root in an outage).
/// Sizing uses each device's catalog maximum.
/// Throws PowerError when the catalog lacks a kind or the equipment does not fit.
void synthesizePower(Design &design, const Brief &brief, const Catalog &catalog,
                     const PowerSynthesisRules &rules = {}, PowerSynthesisStats *stats = nullptr);

} // namespace hallwright
