// Network rack packing (internal): the equipment of each SU and of the central row in placement order,
// and the first-fit rule shared by the layout's sizing (networkRackNeeds) and the synthesizer's placement.
#pragma once

#include "catalog/catalog.h"
#include "network/fabric_plan.h"
#include "network/synthesis.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hallwright::network {

enum class ItemRole : std::uint8_t {
    Leaf, StorageLeaf, InbandAccess, OobAccess, SuPanel,
    Spine, Core, StorageSpine, StorageCore, InbandAggregation, OobCentral, CentralPanel
};

/// One switch or panel to place; `index` is its index in plan order within its role.
struct RackItem
{
    ItemRole role = ItemRole::Leaf;
    int index = 0;
    int uHeight = 1;
    double kw = 0.0;
};

/// The catalog items of every fabric and the patch panels, resolved once.
struct NetworkEquipment
{
    const SwitchSpec *compute = nullptr;
    const SwitchSpec *storage = nullptr;   ///< null when the plan has no storage fabric
    const SwitchSpec *inband = nullptr;
    const SwitchSpec *oob = nullptr;
    std::string panelId;                   ///< catalog id of the panel (may be absent from the catalog)
    int panelU = 1;
    int panelsPerSu = 0;
    long long centralPanels = 0;

    const SwitchSpec *spec(ItemRole role) const;
};

/// Throws FabricError naming a switch missing from the catalog.
NetworkEquipment resolveEquipment(const FabricPlan &plan, const SwitchIds &ids, const Catalog &catalog,
                                  const SynthesisOptions &options);

/// One SU's equipment in placement order: leaves by rail, storage leaves, in-band
/// and OOB access switches, then patch panels.
std::vector<RackItem> suEquipment(const FabricPlan &plan, const NetworkEquipment &eq);

/// The central row's equipment in placement order. Three-tier planes go
/// core group by core group: spine j of every pod, then the cores of group j,
/// so that spine-core links stay within a rack or its neighbours; then the
/// in-band aggregation switches. A central OOB switch follows the switches
/// whose management ports it takes (wired in this order); the OOB switches
/// for the SU uplinks and the central patch panels come last.
std::vector<RackItem> centralEquipment(const FabricPlan &plan, const NetworkEquipment &eq);

/// Free units and power headroom of racks, and the packing rule. Within one
/// group of racks (an SU's, the central row's), racks open in order; an item
/// goes to the first open rack that takes it, searching from the rack that took
/// the previous item and wrapping round, else to the next unopened rack; only
/// when none takes it may it use a rack's reserved top units. A rack takes an
/// item with `uHeight` contiguous free units at or below its usable top
/// (height − reserved) and enough power headroom (a limit ≤ 0 is none), at the
/// lowest such position. Searching from the previous item's rack keeps small
/// items (panels, OOB switches) next to the switches placed just before them.
class RackPacker
{
public:
    /// Adds an empty rack; returns its index.
    std::size_t addRack(int heightU, int reservedU, double limitKw);
    /// Marks units [bottom, bottom + height) used and adds `kw` (kept devices).
    void occupy(std::size_t rack, int bottom, int height, double kw);

    struct Spot { std::size_t rack; int bottom; };
    /// Where the packing rule stands within one group of racks.
    struct Cursor
    {
        std::size_t opened = 0;   ///< racks [0, opened) of the group are open
        std::size_t at = 0;       ///< group position of the rack that took the previous item
    };
    /// Places `item` in the group `racks` (rack indices, in opening order).
    std::optional<Spot> place(const std::vector<std::size_t> &racks, const RackItem &item, Cursor &cursor);
    /// The same over a group that opens new racks of this kind when needed (sizing).
    std::optional<Spot> placeOrOpen(std::vector<std::size_t> &racks, const RackItem &item, Cursor &cursor,
                                    int heightU, int reservedU, double limitKw);

    int freeUnits(const std::vector<std::size_t> &racks) const;
    double freeKw(const std::vector<std::size_t> &racks) const;

private:
    struct Rack
    {
        std::vector<char> used;   ///< index 1…heightU
        int usableTop = 0;
        double limitKw = 0.0;
        double kw = 0.0;
    };
    std::optional<int> fit(const Rack &r, const RackItem &item, bool intoReserved) const;
    std::optional<Spot> take(std::size_t rack, const RackItem &item, bool intoReserved);
    std::optional<Spot> placeOpen(const std::vector<std::size_t> &racks, const RackItem &item, Cursor &cursor);
    std::vector<Rack> m_racks;
};

/// Total units and maximum draw of `items`.
int unitsOf(const std::vector<RackItem> &items);
double kwOf(const std::vector<RackItem> &items);

} // namespace hallwright::network
