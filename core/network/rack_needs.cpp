// Network rack packing: equipment lists in placement order, the first-fit packer, and rack sizing for the layout.
#include "network/rack_needs.h"

#include "network/rack_packing.h"

#include <fmt/format.h>

#include <algorithm>

namespace hallwright::network {

namespace {

constexpr double kKwEps = 1e-9;

const SwitchSpec &requireSwitch(const Catalog &catalog, const std::string &id, const char *what)
{
    const SwitchSpec *sw = catalog.switchSpec(id);
    if (!sw)
        throw FabricError(phrase(QT_TRANSLATE_NOOP("Finding", "%1 switch '%2' is not in the catalog"), what, id));
    return *sw;
}

void pushAll(std::vector<RackItem> &out, ItemRole role, int count, const SwitchSpec *sw)
{
    for (int k = 0; k < count; ++k)
        out.push_back({role, k, std::max(1, sw->uHeight), sw->maxW / 1000.0});
}

/// A Clos plane's spines and cores: core group by core group for three tiers
/// (spine j of every pod, then the cores of group j), in plan order otherwise.
void pushPlane(std::vector<RackItem> &out, const ClosPlan &c, const SwitchSpec *sw, ItemRole spine, ItemRole core)
{
    if (c.spines == 0)
        return;
    const int u = std::max(1, sw->uHeight);
    const double kw = sw->maxW / 1000.0;
    if (c.tiers != 3 || c.spinesPerPod <= 0 || c.coreGroups != c.spinesPerPod) {
        pushAll(out, spine, c.spines, sw);
        pushAll(out, core, c.cores, sw);
        return;
    }
    for (int j = 0; j < c.spinesPerPod; ++j) {
        for (int p = 0; p < c.pods; ++p)
            out.push_back({spine, p * c.spinesPerPod + j, u, kw});
        for (int g = 0; g < c.coresPerGroup; ++g)
            out.push_back({core, j * c.coresPerGroup + g, u, kw});
    }
}

} // namespace

const SwitchSpec *NetworkEquipment::spec(ItemRole role) const
{
    switch (role) {
    case ItemRole::Leaf:
    case ItemRole::Spine:
    case ItemRole::Core:
        return compute;
    case ItemRole::StorageLeaf:
    case ItemRole::StorageSpine:
    case ItemRole::StorageCore:
        return storage;
    case ItemRole::InbandAccess:
    case ItemRole::InbandAggregation:
        return inband;
    case ItemRole::OobAccess:
    case ItemRole::OobCentral:
        return oob;
    case ItemRole::SuPanel:
    case ItemRole::CentralPanel:
        return nullptr;
    }
    return nullptr;
}

NetworkEquipment resolveEquipment(const FabricPlan &plan, const SwitchIds &ids, const Catalog &catalog,
                                  const SynthesisOptions &options)
{
    NetworkEquipment eq;
    eq.compute = &requireSwitch(catalog, ids.compute, "compute");
    if (plan.storage.leaves > 0)
        eq.storage = &requireSwitch(catalog, ids.storage, "storage");
    if (plan.inbandSwitchesPerSu > 0)
        eq.inband = &requireSwitch(catalog, ids.inband, "in-band");
    if (plan.oobSwitchesPerSu > 0)
        eq.oob = &requireSwitch(catalog, ids.oob, "out-of-band");
    if (!options.patchPanels)
        return eq;
    // A catalogued panel brings its own height and port count; otherwise a 1U
    // panel of options.portsPerPanel ports (its BOM line then has no price).
    eq.panelId = options.patchPanelId;
    int ports = options.portsPerPanel;
    if (const PatchPanelSpec *panel = catalog.patchPanel(options.patchPanelId)) {
        eq.panelU = std::max(1, panel->uHeight);
        ports = panel->ports;
    }
    if (ports <= 0)
        return eq;
    const long long trunk = plan.trunkFibresPerSu();
    eq.panelsPerSu = static_cast<int>((trunk + ports - 1) / ports);
    // The central end of the trunks shares panels across SUs.
    eq.centralPanels = (trunk * plan.sus + ports - 1) / ports;
    return eq;
}

std::vector<RackItem> suEquipment(const FabricPlan &plan, const NetworkEquipment &eq)
{
    std::vector<RackItem> items;
    items.reserve(static_cast<std::size_t>(plan.switchesPerSu() + eq.panelsPerSu));
    pushAll(items, ItemRole::Leaf, plan.leavesPerSu, eq.compute);
    if (eq.storage)
        pushAll(items, ItemRole::StorageLeaf, plan.storageLeavesPerSu, eq.storage);
    if (eq.inband)
        pushAll(items, ItemRole::InbandAccess, plan.inbandSwitchesPerSu, eq.inband);
    if (eq.oob)
        pushAll(items, ItemRole::OobAccess, plan.oobSwitchesPerSu, eq.oob);
    for (int k = 0; k < eq.panelsPerSu; ++k)
        items.push_back({ItemRole::SuPanel, k, eq.panelU, 0.0});
    return items;
}

std::vector<RackItem> centralEquipment(const FabricPlan &plan, const NetworkEquipment &eq)
{
    std::vector<RackItem> managed;
    managed.reserve(static_cast<std::size_t>(plan.centralSwitches()));
    pushPlane(managed, plan.compute, eq.compute, ItemRole::Spine, ItemRole::Core);
    if (eq.storage)
        pushPlane(managed, plan.storage, eq.storage, ItemRole::StorageSpine, ItemRole::StorageCore);
    if (eq.inband)
        pushAll(managed, ItemRole::InbandAggregation, plan.inbandAggregation, eq.inband);

    std::vector<RackItem> items;
    items.reserve(managed.size() + static_cast<std::size_t>(plan.oobCentralSwitches)
                  + static_cast<std::size_t>(eq.centralPanels));
    const int radix = plan.oobSwitchRadix;
    int oob = 0;
    auto pushOob = [&] {
        items.push_back({ItemRole::OobCentral, oob++, std::max(1, eq.oob->uHeight), eq.oob->maxW / 1000.0});
    };
    for (std::size_t m = 0; m < managed.size(); ++m) {
        items.push_back(managed[m]);
        // OOB switch k takes management ports k × radix … (k + 1) × radix − 1.
        if (eq.oob && radix > 0 && oob < plan.oobCentralSwitches
            && ((m + 1) % static_cast<std::size_t>(radix) == 0 || m + 1 == managed.size()))
            pushOob();
    }
    while (eq.oob && oob < plan.oobCentralSwitches)
        pushOob();
    for (long long k = 0; k < eq.centralPanels; ++k)
        items.push_back({ItemRole::CentralPanel, static_cast<int>(k), eq.panelU, 0.0});
    return items;
}

std::size_t RackPacker::addRack(int heightU, int reservedU, double limitKw)
{
    Rack r;
    r.used.assign(static_cast<std::size_t>(std::max(0, heightU)) + 1, 0);
    r.usableTop = std::clamp(heightU - std::max(0, reservedU), 0, std::max(0, heightU));
    r.limitKw = limitKw;
    m_racks.push_back(std::move(r));
    return m_racks.size() - 1;
}

void RackPacker::occupy(std::size_t rack, int bottom, int height, double kw)
{
    Rack &r = m_racks[rack];
    for (int u = std::max(1, bottom); u < bottom + height && u < static_cast<int>(r.used.size()); ++u)
        r.used[static_cast<std::size_t>(u)] = 1;
    r.kw += kw;
}

std::optional<int> RackPacker::fit(const Rack &r, const RackItem &item, bool intoReserved) const
{
    if (r.limitKw > 0 && r.kw + item.kw > r.limitKw + kKwEps)
        return std::nullopt;
    const int top = intoReserved ? static_cast<int>(r.used.size()) - 1 : r.usableTop;
    int run = 0;
    for (int u = 1; u <= top; ++u) {
        run = r.used[static_cast<std::size_t>(u)] ? 0 : run + 1;
        if (run == item.uHeight)
            return u - item.uHeight + 1;
    }
    return std::nullopt;
}

std::optional<RackPacker::Spot> RackPacker::take(std::size_t rack, const RackItem &item, bool intoReserved)
{
    const auto bottom = fit(m_racks[rack], item, intoReserved);
    if (!bottom)
        return std::nullopt;
    occupy(rack, *bottom, item.uHeight, item.kw);
    return Spot{rack, *bottom};
}

std::optional<RackPacker::Spot> RackPacker::placeOpen(const std::vector<std::size_t> &racks, const RackItem &item,
                                                      Cursor &cursor)
{
    for (std::size_t i = 0; i < cursor.opened; ++i) {
        const std::size_t k = (cursor.at + i) % cursor.opened;
        if (const auto spot = take(racks[k], item, false)) {
            cursor.at = k;
            return spot;
        }
    }
    return std::nullopt;
}

std::optional<RackPacker::Spot> RackPacker::place(const std::vector<std::size_t> &racks, const RackItem &item,
                                                  Cursor &cursor)
{
    cursor.opened = std::min(cursor.opened, racks.size());
    if (const auto spot = placeOpen(racks, item, cursor))
        return spot;
    while (cursor.opened < racks.size()) {
        const std::size_t k = cursor.opened++;
        if (const auto spot = take(racks[k], item, false)) {
            cursor.at = k;
            return spot;
        }
    }
    for (std::size_t k = 0; k < racks.size(); ++k)
        if (const auto spot = take(racks[k], item, true)) {
            cursor.at = k;
            return spot;
        }
    return std::nullopt;
}

std::optional<RackPacker::Spot> RackPacker::placeOrOpen(std::vector<std::size_t> &racks, const RackItem &item,
                                                        Cursor &cursor, int heightU, int reservedU, double limitKw)
{
    cursor.opened = racks.size();
    if (const auto spot = placeOpen(racks, item, cursor))
        return spot;
    racks.push_back(addRack(heightU, reservedU, limitKw));
    cursor.opened = racks.size();
    if (const auto spot = take(racks.back(), item, false)) {
        cursor.at = racks.size() - 1;
        return spot;
    }
    racks.pop_back();
    m_racks.pop_back();
    cursor.opened = racks.size();
    return std::nullopt;
}

int RackPacker::freeUnits(const std::vector<std::size_t> &racks) const
{
    int n = 0;
    for (std::size_t r : racks)
        n += static_cast<int>(std::count(m_racks[r].used.begin() + 1, m_racks[r].used.end(), 0));
    return n;
}

double RackPacker::freeKw(const std::vector<std::size_t> &racks) const
{
    double kw = 0.0;
    for (std::size_t r : racks)
        kw += m_racks[r].limitKw > 0 ? std::max(0.0, m_racks[r].limitKw - m_racks[r].kw) : 0.0;
    return kw;
}

int unitsOf(const std::vector<RackItem> &items)
{
    int u = 0;
    for (const RackItem &i : items)
        u += i.uHeight;
    return u;
}

double kwOf(const std::vector<RackItem> &items)
{
    double kw = 0.0;
    for (const RackItem &i : items)
        kw += i.kw;
    return kw;
}

NetworkRackNeeds networkRackNeeds(const FabricPlan &plan, const SwitchIds &switches, const Catalog &catalog,
                                  const RackSpec &rack, double rackLimitKw, int reservedU,
                                  const SynthesisOptions &options)
{
    const NetworkEquipment eq = resolveEquipment(plan, switches, catalog, options);
    auto count = [&](const std::vector<RackItem> &items, const char *where) {
        RackPacker packer;
        std::vector<std::size_t> racks;
        RackPacker::Cursor cursor;
        for (const RackItem &item : items)
            if (!packer.placeOrOpen(racks, item, cursor, rack.heightU, reservedU, rackLimitKw))
                throw FabricError(phrase(QT_TRANSLATE_NOOP("Finding", "%1: one item of %2U and %3 kW does not fit an "
                                                                      "empty %4U rack (%5 units reserved) of %6 kW"),
                                         where, item.uHeight, number(item.kw, 2), rack.heightU, reservedU,
                                         number(rackLimitKw, 1)));
        return static_cast<int>(racks.size());
    };
    NetworkRackNeeds n;
    const std::vector<RackItem> su = suEquipment(plan, eq);
    const std::vector<RackItem> central = centralEquipment(plan, eq);
    n.racksPerSu = std::max(1, count(su, "SU network racks"));
    n.centralRacks = count(central, "central network racks");
    n.unitsPerSu = unitsOf(su);
    n.kwPerSu = kwOf(su);
    n.centralUnits = unitsOf(central);
    n.centralKw = kwOf(central);
    return n;
}

} // namespace hallwright::network
