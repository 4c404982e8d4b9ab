// Layout generation: racks in rows with hot/cold aisles, network racks per SU,
// central spine/core rows, power and cooling rooms and overhead trays, from a brief.
#pragma once

#include "brief/brief.h"
#include "checks/phrase.h"
#include "model/design.h"

#include <stdexcept>
#include <string>

namespace hallwright {

class Catalog;

/// Thrown when a brief cannot be laid out (hall too small, a node above the
/// rack power limit …). what() is one line with the reason.
class LayoutError : public PhrasedException<std::runtime_error>
{
public:
    using PhrasedException::PhrasedException;
};

/// Geometric and electrical rules of the generated layout. The defaults are
/// common practice for AI halls; each is documented in docs/layout.md.
struct LayoutRules
{
    double coldAisleM = 1.8;         ///< between rack fronts
    double hotAisleM = 1.2;          ///< between rack backs (contained)
    double perimeterM = 1.5;         ///< clearance along the walls of the white space
    double crossAisleM = 2.4;        ///< between row blocks, carries a vertical trunk tray
    double coolingGalleryM = 3.0;    ///< minimum width of the east and west cooling galleries (sized for N+1 units)
    /// Electrical room (switchgear, transformers, UPS, batteries, MCCs; the
    /// generators stand in the outdoor yard) area per MW of IT load (estimate;
    /// synthesis enlarges the room when its plant needs more).
    double powerRoomM2PerMw = 60.0;
    double minPowerRoomDepthM = 8.0;
    double minPowerRoomAreaM2 = 0.0; ///< raised by synthesis when the power plant needs more room
    int maxRacksPerRow = 40;
    double airRackLimitKw = 50.0;    ///< practical air-cooled rack limit (docs/engineering-reference.md §4)
    double liquidRackLimitKw = 150.0;///< direct-to-chip rack limit (GB300 NVL72: up to 142 kW per NVIDIA)
    int reservedUPerRack = 2;        ///< top units kept for patching in compute racks
    double networkRackLimitKw = 25.0;
    double trayHeightM = 3.0;
    double trayWidthMm = 600.0;
    double trayDepthMm = 100.0;
    double maxAspect = 2.0;          ///< longest/shortest side of an auto-sized white space
    std::string computeRackId = "rack-600x1200-48u";
    std::string networkRackId = "rack-800x1200-48u";
};

/// Resolved figures of a layout, for the summary and for tests.
struct LayoutStats
{
    long long accelerators = 0;
    long long nodes = 0;
    int nodesPerRack = 0;
    int sus = 0;
    int computeRacks = 0;
    int networkRacks = 0;            ///< per-SU leaf racks
    int centralRacks = 0;            ///< spine/core racks
    int rows = 0;
    double rackLimitKw = 0.0;
    CoolingMode cooling = CoolingMode::Air;
};

/// Generate a hall from a validated brief. The design gets the hall outline,
/// zones, rows, racks, compute nodes, empty network racks sized for the
/// fabric plan, and overhead tray routes; network, power and cooling
/// synthesis fill in switches, links and equipment afterwards.
/// Throws LayoutError (or network::FabricError) when the brief cannot be built.
Design generateLayout(const Brief &brief, const Catalog &catalog, const LayoutRules &rules = {},
                      LayoutStats *stats = nullptr);

/// The cooling mode a brief resolves to for its platform (auto → platform's own).
CoolingMode resolveCooling(const Brief &brief, const Catalog &catalog);

} // namespace hallwright
