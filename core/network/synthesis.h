// Network synthesis: fills a laid-out design with switches, patch panels, port-level links and routed cables.
#pragma once

#include "model/design.h"
#include "network/cabling.h"
#include "network/fabric_plan.h"
#include "network/tray_sizing.h"

#include <string>

namespace hallwright {
struct Brief;
class Catalog;
}

namespace hallwright::network {

/// Catalog ids of the switches of each fabric.
struct SwitchIds
{
    std::string compute = "qm9700";
    std::string storage = "sn5600"; ///< 128 ports at 400G: three tiers reach 524,288 storage ports
    std::string inband = "sn4700";
    std::string oob = "sn2201";
};

struct SynthesisOptions
{
    bool patchPanels = true;   ///< panels for the runs between SU network racks and the central row
    std::string patchPanelId = "pp-1u-48-mpo"; ///< catalog patch panel (its height and ports)
    int portsPerPanel = 48;    ///< ports of a panel the catalog does not have
    /// Top units of each network rack kept free while other racks have room
    /// (cable management); placement uses them only when nothing else fits.
    /// The layout sizes racks with the same figure (networkRackNeeds).
    int reservedU = 2;
    bool sizeTrays = true;     ///< give each tray segment the smallest standard size for its load
    TraySizing traySizing;
    CablingRules cabling;
};

struct SynthesisStats
{
    FabricPlan plan;
    int switches = 0;
    int patchPanels = 0;
    long long links = 0;
    RoutingStats routing;
    int traysOverfilled = 0;   ///< segments even the largest standard tray cannot carry (left at that size)
};

/// Port numbering used by the synthesizer (other tools may number differently;
/// the analysis only needs each (device, port) to be used once).
/// Node: compute ports first, rail-major ((rail × nicsPerRail + nic) × linksPerNic + link),
/// then storage, in-band and OOB ports. Switch: data ports 0…radix-1 (leaf:
/// endpoints first, then uplinks), management port = radix.
struct NodePorts
{
    int compute = 0, storage = 0, inband = 0, oob = 0;
    int storageBase() const { return compute; }
    int inbandBase() const { return compute + storage; }
    int oobBase() const { return compute + storage + inband; }
};

/// Fills `design` (laid out by the layout generator: compute racks with nodes,
/// empty per-SU Leaf racks, central Spine/Core racks, trays) with the network
/// of `brief`. Replaces any switches, patch panels and non-NVLink links the
/// design had. Switches and panels go first fit into the SU's Leaf racks and
/// the central racks (Spine and Core, by id) within each rack's height and
/// power limit (rack_needs.h sizes racks by the same rule); then every link is
/// routed and, with options.sizeTrays, each tray segment sized for its load.
/// Throws FabricError (design unchanged) when the fabric cannot be built or
/// placed, naming the reason.
SynthesisStats synthesizeNetwork(Design &design, const Brief &brief, const Catalog &catalog,
                                 const SynthesisOptions &options = {});

/// The same from explicit inputs. `inputs.nodes` is replaced by the design's
/// nodes: their count and SU membership (Device::su) come from the design.
SynthesisStats synthesizeNetwork(Design &design, const FabricInputs &inputs, const SwitchIds &switches,
                                 const Catalog &catalog, const SynthesisOptions &options = {});

} // namespace hallwright::network
