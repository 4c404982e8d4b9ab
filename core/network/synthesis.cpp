// Network synthesis: plan from the design's nodes, place switches and panels in network racks, wire, route.
#include "network/synthesis.h"

#include "brief/brief.h"
#include "catalog/catalog.h"
#include "model/large_buffer.h"
#include "network/fabric_inputs.h"
#include "network/rack_packing.h"
#include "network/wiring.h"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

namespace hallwright::network {

namespace {

const char *roleName(ItemRole role)
{
    switch (role) {
    case ItemRole::Leaf: return "leaf";
    case ItemRole::StorageLeaf: return "storage-leaf";
    case ItemRole::InbandAccess: return "inband";
    case ItemRole::OobAccess: return "oob";
    case ItemRole::SuPanel: return "patch-panel";
    case ItemRole::Spine: return "spine";
    case ItemRole::Core: return "core";
    case ItemRole::StorageSpine: return "storage-spine";
    case ItemRole::StorageCore: return "storage-core";
    case ItemRole::InbandAggregation: return "inband";
    case ItemRole::OobCentral: return "oob";
    case ItemRole::CentralPanel: return "patch-panel";
    }
    return "";
}

std::string itemName(const RackItem &item, int su)
{
    const int k = item.index;
    switch (item.role) {
    case ItemRole::Leaf: return fmt::format("SU{:03d}-L{:02d}", su, k);
    case ItemRole::StorageLeaf: return fmt::format("SU{:03d}-SL{:02d}", su, k);
    case ItemRole::InbandAccess: return fmt::format("SU{:03d}-IB{:02d}", su, k);
    case ItemRole::OobAccess: return fmt::format("SU{:03d}-OOB{:02d}", su, k);
    case ItemRole::SuPanel: return fmt::format("SU{:03d}-PP{:02d}", su, k);
    case ItemRole::Spine: return fmt::format("SP{:04d}", k);
    case ItemRole::Core: return fmt::format("CR{:04d}", k);
    case ItemRole::StorageSpine: return fmt::format("SSP{:03d}", k);
    case ItemRole::StorageCore: return fmt::format("SCR{:03d}", k);
    case ItemRole::InbandAggregation: return fmt::format("IBA{:02d}", k);
    case ItemRole::OobCentral: return fmt::format("OOBC{:02d}", k);
    case ItemRole::CentralPanel: return fmt::format("PP{:05d}", k);
    }
    return {};
}

/// Where a placed switch goes in PlacedSwitches, by role and plan index.
std::vector<int> *slotsFor(PlacedSwitches &p, ItemRole role)
{
    switch (role) {
    case ItemRole::Leaf: return &p.leaves;
    case ItemRole::StorageLeaf: return &p.storageLeaves;
    case ItemRole::InbandAccess: return &p.inbandAccess;
    case ItemRole::OobAccess: return &p.oobAccess;
    case ItemRole::Spine: return &p.spines;
    case ItemRole::Core: return &p.cores;
    case ItemRole::StorageSpine: return &p.storageSpines;
    case ItemRole::StorageCore: return &p.storageCores;
    case ItemRole::InbandAggregation: return &p.inbandAggregation;
    case ItemRole::OobCentral: return &p.oobCentral;
    case ItemRole::SuPanel:
    case ItemRole::CentralPanel:
        return nullptr;
    }
    return nullptr;
}

/// Places the items of one group of racks (an SU's, or the central row's) first
/// fit, and appends a device for each; throws FabricError with what the racks lack.
class Placer
{
public:
    Placer(const Design &design, const std::vector<Device> &kept, const Catalog &catalog, const SynthesisOptions &options,
           std::vector<Device> &devices, std::int64_t firstId)
        : m_design(design), m_devices(devices), m_nextId(firstId)
    {
        std::unordered_map<std::int64_t, std::size_t> index;
        for (std::size_t r = 0; r < design.racks.size(); ++r) {
            const Rack &rack = design.racks[r];
            index[rack.id.value()] = m_packer.addRack(rack.heightU, options.reservedU, rack.powerLimitKw);
        }
        for (const Device &d : kept) {
            const auto it = index.find(d.rack.value());
            if (it == index.end())
                continue;
            double kw = 0.0;
            if (const NodeSpec *n = catalog.node(d.catalogId))
                kw = n->maxKw;
            else if (const SwitchSpec *sw = catalog.switchSpec(d.catalogId))
                kw = sw->maxW / 1000.0;
            m_packer.occupy(it->second, d.uPosition, d.uPosition > 0 ? d.uHeight : 0, kw);
        }
    }

    void place(const std::vector<std::size_t> &racks, const std::vector<RackItem> &items, const NetworkEquipment &eq,
               int su, const std::string &where, PlacedSwitches &placed)
    {
        if (racks.empty() && !items.empty())
            throw FabricError(phrase(QT_TRANSLATE_NOOP("Finding", "%1: no network rack to hold %2"),
                                     where, itemName(items.front(), su)));
        RackPacker::Cursor cursor;
        for (const RackItem &item : items) {
            const auto spot = m_packer.place(racks, item, cursor);
            if (!spot)
                throw FabricError(phrase(
                    QT_TRANSLATE_NOOP("Finding", "%1: no room for %2 (%3U, %4 kW): the equipment needs %5U and %6 kW "
                                                 "in all; the %7 rack(s) have %8U and %9 kW left"),
                    where, itemName(item, su), item.uHeight, number(item.kw, 2), unitsOf(items), number(kwOf(items), 1),
                    racks.size(), m_packer.freeUnits(racks), number(m_packer.freeKw(racks), 1)));
            const SwitchSpec *sw = eq.spec(item.role);
            Device d;
            d.id = DeviceId(m_nextId++);
            d.rack = m_design.racks[spot->rack].id;
            d.uPosition = spot->bottom;
            d.uHeight = item.uHeight;
            d.kind = sw ? DeviceKind::Switch : DeviceKind::PatchPanel;
            d.catalogId = sw ? sw->id : eq.panelId;
            d.name = itemName(item, su);
            d.role = roleName(item.role);
            d.su = su;
            d.rail = item.role == ItemRole::Leaf ? item.index : -1;
            m_devices.push_back(std::move(d));
            const int device = static_cast<int>(m_devices.size()) - 1;
            if (std::vector<int> *slots = slotsFor(placed, item.role))
                (*slots)[static_cast<std::size_t>(item.index)] = device;
            else
                ++m_panels;
            if (su < 0 && sw && item.role != ItemRole::OobCentral)
                placed.centralManaged.push_back(device);
        }
    }

    int panels() const { return m_panels; }

private:
    const Design &m_design;
    std::vector<Device> &m_devices;
    std::int64_t m_nextId;
    RackPacker m_packer;
    int m_panels = 0;
};

} // namespace

SynthesisStats synthesizeNetwork(Design &design, const Brief &brief, const Catalog &catalog,
                                 const SynthesisOptions &options)
{
    const FabricInputs in = fabricInputsFor(brief, catalog);
    return synthesizeNetwork(design, in, switchIdsFor(brief, catalog), catalog, options);
}

SynthesisStats synthesizeNetwork(Design &design, const FabricInputs &inputs, const SwitchIds &ids,
                                 const Catalog &catalog, const SynthesisOptions &options)
{
    // Keep everything but the old network.
    std::vector<Device> devices;
    devices.reserve(design.devices.size());
    std::int64_t maxDeviceId = 0;
    for (const Device &d : design.devices) {
        maxDeviceId = std::max(maxDeviceId, d.id.value());
        if (d.kind != DeviceKind::Switch && d.kind != DeviceKind::PatchPanel)
            devices.push_back(d);
    }

    std::unordered_map<std::int64_t, std::size_t> rackIndex;
    for (std::size_t r = 0; r < design.racks.size(); ++r)
        rackIndex[design.racks[r].id.value()] = r;

    // Nodes by SU, in rack order then bottom-up, as the installer walks the rows.
    struct NodeRef { int su; std::size_t rack; int u; int device; };
    std::vector<NodeRef> nodes;
    for (std::size_t i = 0; i < devices.size(); ++i) {
        const Device &d = devices[i];
        if (d.kind != DeviceKind::ComputeNode)
            continue;
        if (d.su < 0)
            throw FabricError(phrase(QT_TRANSLATE_NOOP("Finding", "node '%1': no scalable unit (su) set"), d.name));
        const auto r = rackIndex.find(d.rack.value());
        if (r == rackIndex.end())
            throw FabricError(phrase(QT_TRANSLATE_NOOP("Finding", "node '%1': not in a rack of the design"), d.name));
        if (!catalog.node(d.catalogId))
            throw FabricError(phrase(QT_TRANSLATE_NOOP("Finding", "node '%1': unknown catalog id '%2'"),
                                     d.name, d.catalogId));
        nodes.push_back({d.su, r->second, d.uPosition, static_cast<int>(i)});
    }
    if (nodes.empty())
        throw FabricError(phrase(QT_TRANSLATE_NOOP("Finding", "design has no compute nodes to connect")));
    std::sort(nodes.begin(), nodes.end(), [](const NodeRef &a, const NodeRef &b) {
        return std::tie(a.su, a.rack, a.u, a.device) < std::tie(b.su, b.rack, b.u, b.device);
    });
    const int sus = nodes.back().su + 1;
    if (sus > 1'000'000)
        throw FabricError(phrase(QT_TRANSLATE_NOOP("Finding", "node SU index %1 is out of range"), sus - 1));
    std::vector<std::vector<int>> nodesBySu(static_cast<std::size_t>(sus));
    for (const NodeRef &n : nodes)
        nodesBySu[static_cast<std::size_t>(n.su)].push_back(n.device);
    for (int s = 0; s < sus; ++s)
        if (static_cast<int>(nodesBySu[static_cast<std::size_t>(s)].size()) > inputs.nodesPerSu)
            throw FabricError(phrase(QT_TRANSLATE_NOOP("Finding", "SU %1 holds %2 nodes, more than nodes_per_su %3"),
                                     s, nodesBySu[static_cast<std::size_t>(s)].size(), inputs.nodesPerSu));

    FabricInputs in = inputs;
    // The plan sees every SU as present (an empty SU index still gets its leaves).
    in.nodes = static_cast<long long>(sus - 1) * in.nodesPerSu
               + std::max<long long>(1, static_cast<long long>(nodesBySu.back().size()));
    const FabricPlan plan = planFabric(in);

    const NetworkEquipment eq = resolveEquipment(plan, ids, catalog, options);
    const SwitchSpec *storageSw = eq.storage;
    const SwitchSpec *inbandSw = eq.inband;
    const SwitchSpec *oobSw = eq.oob;

    NodePorts np;
    np.compute = plan.railsPerNode * plan.nicsPerRail * plan.linksPerNic;
    np.storage = in.storagePortsPerNode;
    np.inband = in.inbandPortsPerNode;
    np.oob = in.oobPortsPerNode;
    for (const NodeRef &n : nodes) {
        const Device &d = devices[static_cast<std::size_t>(n.device)];
        const NodeSpec &spec = *catalog.node(d.catalogId);
        if (spec.computeNics < plan.railsPerNode * plan.nicsPerRail)
            throw FabricError(phrase(QT_TRANSLATE_NOOP("Finding", "node '%1' (%2) has %3 compute NICs, the fabric expects %4"),
                                     d.name, d.catalogId, spec.computeNics, plan.railsPerNode * plan.nicsPerRail));
    }

    // Racks the synthesizer fills: per SU its Leaf racks, centrally the Spine and Core racks, by id.
    std::vector<std::vector<std::size_t>> suRacks(static_cast<std::size_t>(sus));
    std::vector<std::size_t> centralRacks;
    for (std::size_t r = 0; r < design.racks.size(); ++r) {
        const Rack &rack = design.racks[r];
        if (rack.role == RackRole::Leaf && rack.su >= 0 && rack.su < sus)
            suRacks[static_cast<std::size_t>(rack.su)].push_back(r);
        else if (rack.role == RackRole::Spine || rack.role == RackRole::Core)
            centralRacks.push_back(r);
    }
    auto byId = [&](std::vector<std::size_t> &v) {
        std::sort(v.begin(), v.end(), [&](std::size_t a, std::size_t b) { return design.racks[a].id < design.racks[b].id; });
    };
    for (auto &v : suRacks)
        byId(v);
    byId(centralRacks);

    PlacedSwitches placed;
    placed.leaves.assign(static_cast<std::size_t>(sus) * static_cast<std::size_t>(plan.leavesPerSu), -1);
    placed.storageLeaves.assign(static_cast<std::size_t>(sus) * static_cast<std::size_t>(plan.storageLeavesPerSu), -1);
    placed.inbandAccess.assign(static_cast<std::size_t>(sus) * static_cast<std::size_t>(plan.inbandSwitchesPerSu), -1);
    placed.oobAccess.assign(static_cast<std::size_t>(sus) * static_cast<std::size_t>(plan.oobSwitchesPerSu), -1);
    placed.spines.assign(static_cast<std::size_t>(plan.compute.spines), -1);
    placed.cores.assign(static_cast<std::size_t>(plan.compute.cores), -1);
    placed.storageSpines.assign(static_cast<std::size_t>(plan.storage.spines), -1);
    placed.storageCores.assign(static_cast<std::size_t>(plan.storage.cores), -1);
    placed.inbandAggregation.assign(static_cast<std::size_t>(plan.inbandAggregation), -1);
    placed.oobCentral.assign(static_cast<std::size_t>(plan.oobCentralSwitches), -1);

    Placer placer(design, devices, catalog, options, devices, maxDeviceId + 1);
    const std::vector<RackItem> suItems = suEquipment(plan, eq);
    // Items carry their index within the SU; SU s takes slots s × perSu + index.
    for (int s = 0; s < sus; ++s) {
        PlacedSwitches local;
        local.leaves.assign(static_cast<std::size_t>(plan.leavesPerSu), -1);
        local.storageLeaves.assign(static_cast<std::size_t>(plan.storageLeavesPerSu), -1);
        local.inbandAccess.assign(static_cast<std::size_t>(plan.inbandSwitchesPerSu), -1);
        local.oobAccess.assign(static_cast<std::size_t>(plan.oobSwitchesPerSu), -1);
        placer.place(suRacks[static_cast<std::size_t>(s)], suItems, eq, s, fmt::format("SU {} network racks", s), local);
        auto copy = [&](const std::vector<int> &from, std::vector<int> &to) {
            std::copy(from.begin(), from.end(), to.begin() + static_cast<std::ptrdiff_t>(from.size()) * s);
        };
        copy(local.leaves, placed.leaves);
        copy(local.storageLeaves, placed.storageLeaves);
        copy(local.inbandAccess, placed.inbandAccess);
        copy(local.oobAccess, placed.oobAccess);
    }
    placer.place(centralRacks, centralEquipment(plan, eq), eq, -1, "central network racks", placed);
    const int panels = placer.panels();

    // Links: kept NVLink links between kept devices, then the new fabrics.
    std::vector<Link> links;
    std::int64_t maxLinkId = 0;
    for (const Link &l : design.links)
        maxLinkId = std::max(maxLinkId, l.id.value());
    for (const Link &l : design.links)
        if (l.fabric == Fabric::NvLink)
            links.push_back(l);
    const std::size_t keptLinks = links.size();
    // Every fabric's links at once: growing the vector past the compute links
    // would copy all of them (their labels included) again.
    reserveLarge(links, keptLinks
                  + static_cast<std::size_t>(plan.nodeLeafLinks + plan.compute.leafSpineLinks + plan.compute.spineCoreLinks
                                             + plan.storageNodeLinks + plan.storage.leafSpineLinks
                                             + plan.storage.spineCoreLinks + plan.inbandNodeLinks + plan.inbandUplinks
                                             + plan.oobLinks + plan.oobUplinks));

    const WiringInput wi{.inputs = in,
                         .plan = plan,
                         .devices = devices,
                         .nodesBySu = nodesBySu,
                         .nodePorts = np,
                         .storageGbps = in.storageGbps > 0 ? in.storageGbps : (storageSw ? storageSw->portGbps : 0),
                         .inbandGbps = inbandSw ? inbandSw->portGbps : 0,
                         .oobGbps = oobSw ? oobSw->portGbps : 0,
                         .computeRadix = in.switchRadix,
                         .storageRadix = in.storageSwitchRadix,
                         .inbandRadix = in.inbandSwitchRadix,
                         .oobRadix = in.oobSwitchRadix,
                         .firstLinkId = maxLinkId + 1};
    wireNetwork(wi, placed, links);

    design.devices = std::move(devices);
    design.links = std::move(links);

    SynthesisStats stats;
    stats.plan = plan;
    stats.switches = static_cast<int>(placed.leaves.size() + placed.spines.size() + placed.cores.size()
                                      + placed.storageLeaves.size() + placed.storageSpines.size()
                                      + placed.storageCores.size() + placed.inbandAccess.size()
                                      + placed.inbandAggregation.size() + placed.oobAccess.size()
                                      + placed.oobCentral.size());
    stats.patchPanels = panels;
    stats.links = static_cast<long long>(design.links.size() - keptLinks);
    CableRouter router(design, catalog, options.cabling);
    stats.routing = router.routeAll(design);
    // Each tray segment gets the smallest standard size for its cables. Runs
    // between SU network racks and the central row stay individual cords of the
    // link's medium rather than high-count MPO trunks between the patch panels:
    // with the central row packed core group by core group (spine-core links
    // stay beside their racks) and each central OOB switch next to the switches
    // it manages, the busiest segment of the generated 102,400-GPU hall (SN5600)
    // carries about 230,000 mm², 85 % of the largest tray (4 × 900 × 150 mm at
    // 50 % fill). Trunks would gain less than it seems: a 3 mm MPO-12 cord takes
    // 7.1 mm² per 400G link, a full 1,728-fibre ribbon trunk (about 25 mm,
    // 144 MPO-12 legs) 3.5 mm², and per-rack-pair bundles of a power-limited
    // central row are far from full.
    if (options.sizeTrays)
        stats.traysOverfilled =
            sizeTrays(design, router.trayLoads(design), options.cabling.maxTrayFill, options.traySizing);
    return stats;
}

} // namespace hallwright::network
