// Network analysis of a design as it stands, its design-rule checks and the summary's `network` object.
#include "network/network_analysis.h"

#include "catalog/catalog.h"
#include "network/cages.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace hallwright::network {

void addLinkFaultCheck(NetworkResults &r, LinkFault fault, long long count, const std::string &first)
{
    if (count <= 0)
        return;
    const char *code = "";
    Phrase what;
    switch (fault) {
    case LinkFault::Dangling:
        code = "link-dangling";
        what = phrase(QT_TRANSLATE_NOOP("Finding", "a link names a device the design does not have"));
        break;
    case LinkFault::PortConflict:
        code = "port-conflict";
        what = phrase(QT_TRANSLATE_NOOP("Finding", "a port is used by more than one link"));
        break;
    case LinkFault::Uncabled:
        code = "link-uncabled";
        what = phrase(QT_TRANSLATE_NOOP("Finding", "a link has no routed cable (no tray path or no medium)"));
        break;
    case LinkFault::BeyondReach:
        code = "cable-beyond-reach";
        what = phrase(QT_TRANSLATE_NOOP("Finding", "a cable is longer than its medium's reach"));
        break;
    }
    r.checks.push_back(finding(Severity::Error, code,
                               count == 1 ? what
                                          : phrase(QT_TRANSLATE_NOOP("Finding", "%1 (%2 links like this)"), what, count),
                               first));
}

Check trayOverfillCheck(const TrayLoad &t)
{
    return finding(Severity::Error, "tray-overfill",
                   phrase(QT_TRANSLATE_NOOP("Finding", "tray %1 carries %2 cables, %3 mm² in %4 mm² (%5 % of capacity)"),
                          t.tray.value(), t.cables, number(t.cableAreaMm2, 0), number(t.capacityMm2, 0),
                          number(100.0 * t.fill(), 0)),
                   fmt::format("tray {}", t.tray.value()));
}

NetworkResults analyzeNetwork(const Design &design, const Catalog &catalog, const AnalysisOptions &options)
{
    NetworkResults r;
    // Each link end's device index (as a map by id would give it), end class and medium.
    const LinkEnds ends(design, catalog);
    for (std::size_t i = 0; i < design.devices.size(); ++i) {
        const Device &d = design.devices[i];
        if (d.kind == DeviceKind::Switch) {
            ++r.switchesByRole[d.role];
            if (d.role == "leaf")
                ++r.leaves;
            else if (d.role == "spine")
                ++r.spines;
            else if (d.role == "core")
                ++r.cores;
        } else if (d.kind == DeviceKind::PatchPanel) {
            ++r.patchPanels;
        }
    }

    // Links: per-fabric totals, compute tiers, leaf bandwidth, port use and cabling rules.
    std::vector<double> leafDown(design.devices.size(), 0.0), leafUp(design.devices.size(), 0.0);
    // Ports in use, one flag per (device, port): each device's ports from its own offset.
    std::vector<std::size_t> portBase(design.devices.size() + 1, 0);
    for (std::size_t li = 0; li < design.links.size(); ++li) {
        for (const auto &[dev, port] : {std::pair{ends.devA[li], ends.portA[li]}, std::pair{ends.devB[li], ends.portB[li]}})
            if (dev >= 0 && port >= 0)
                portBase[static_cast<std::size_t>(dev) + 1] =
                    std::max(portBase[static_cast<std::size_t>(dev) + 1], static_cast<std::size_t>(port) + 1);
    }
    for (std::size_t i = 1; i < portBase.size(); ++i)
        portBase[i] += portBase[i - 1];
    // A hand-made file may number ports far apart (or below 0): those ports go to a set.
    const bool densePorts = denseTableAffordable(portBase.back(), 2 * design.links.size());
    std::vector<char> portUsed(densePorts ? portBase.back() : 0, 0);
    std::unordered_set<std::uint64_t> otherPortsUsed;
    std::string firstConflict, firstUncabled, firstReach, firstDangling;
    std::unordered_map<std::string, const MediumSpec *> mediumOf;
    for (const auto &[id, m] : catalog.media())
        mediumOf[id] = &m;
    // The per-fabric totals of every fabric a link names, looked up once.
    constexpr std::size_t kFabrics = static_cast<std::size_t>(Fabric::NvLink) + 1;
    std::array<FabricTotals *, kFabrics> fabricTotals{};
    for (const Fabric f : ends.fabric)
        if (!fabricTotals[static_cast<std::size_t>(f)])
            fabricTotals[static_cast<std::size_t>(f)] = &r.fabrics[toString(f)];
    const std::vector<char> starts = cableStarts(design, ends);
    const std::string *lastMediumId = nullptr; // links come in runs of one medium
    const MediumSpec *lastMedium = nullptr;
    for (std::size_t li = 0; li < design.links.size(); ++li) {
        const Link &l = design.links[li];
        FabricTotals &ft = *fabricTotals[static_cast<std::size_t>(l.fabric)];
        ++ft.links;
        const int a = ends.devA[li], b = ends.devB[li];
        if (a < 0 || b < 0) {
            if (r.danglingLinks++ == 0)
                firstDangling = l.label;
            continue;
        }
        for (const auto &[dev, port] : {std::pair{a, l.a.port}, std::pair{b, l.b.port}}) {
            bool fresh = true;
            if (port >= 0 && densePorts) {
                char &used = portUsed[portBase[static_cast<std::size_t>(dev)] + static_cast<std::size_t>(port)];
                fresh = !used;
                used = 1;
            } else {
                const std::uint64_t key = (static_cast<std::uint64_t>(dev) << 32) ^ static_cast<std::uint32_t>(port);
                fresh = otherPortsUsed.insert(key).second;
            }
            if (!fresh && r.portConflicts++ == 0)
                firstConflict = fmt::format("{} port {}", design.devices[static_cast<std::size_t>(dev)].name, port + 1);
        }
        if (l.fabric == Fabric::Compute) {
            const Device &da = design.devices[static_cast<std::size_t>(a)];
            const Device &db = design.devices[static_cast<std::size_t>(b)];
            const bool na = da.kind == DeviceKind::ComputeNode, nb = db.kind == DeviceKind::ComputeNode;
            if (na != nb) {
                ++r.nodeLeafLinks;
                leafDown[static_cast<std::size_t>(na ? b : a)] += l.gbps;
            } else if (!na) {
                const bool spineCore = l.tier == LinkTier::SpineCore || da.role == "core" || db.role == "core";
                ++(spineCore ? r.spineCoreLinks : r.leafSpineLinks);
                leafUp[static_cast<std::size_t>(a)] += l.gbps;
                leafUp[static_cast<std::size_t>(b)] += l.gbps;
            }
        }
        if (l.mediumId.empty()) {
            if (r.uncabledLinks++ == 0)
                firstUncabled = l.label;
            continue;
        }
        if (!lastMediumId || l.mediumId != *lastMediumId) {
            const auto m = mediumOf.find(l.mediumId);
            lastMedium = m == mediumOf.end() ? nullptr : m->second;
            lastMediumId = &l.mediumId;
        }
        const MediumSpec *medium = lastMedium;
        if (!medium) {
            if (r.uncabledLinks++ == 0)
                firstUncabled = l.label;
            continue;
        }
        if (starts[li]) { // the second link of a twin-port DAC rides on the first's cable
            ++ft.cables;
            ft.cableLengthM += l.lengthM;
            ++r.cablesTotal;
            r.cableLengthM += l.lengthM;
        }
        if (l.lengthM > medium->maxReachM + 1e-9 && r.beyondReach++ == 0)
            firstReach = fmt::format("{}: {} m of {} (reach {} m)", l.label, l.lengthM, l.mediumId, medium->maxReachM);
    }
    for (const Device &d : design.devices)
        if (d.kind == DeviceKind::Switch) {
            std::string fabric = d.role.rfind("storage", 0) == 0 ? "storage"
                                 : d.role == "inband"             ? "inband-mgmt"
                                 : d.role == "oob"                ? "oob-mgmt"
                                                                  : "compute";
            ++r.fabrics[fabric].switches;
        }
    {
        std::map<std::string, int> leafIds;
        for (const Device &d : design.devices)
            if (d.kind == DeviceKind::Switch && d.role == "leaf")
                ++leafIds[d.catalogId];
        int most = 0;
        for (const auto &[id, n] : leafIds)
            if (n > most) {
                most = n;
                r.computeSwitch = id;
            }
    }
    r.tiers = r.spineCoreLinks > 0 ? 3 : r.leafSpineLinks > 0 ? 2 : r.nodeLeafLinks > 0 ? 1 : 0;
    for (std::size_t i = 0; i < design.devices.size(); ++i)
        if (leafDown[i] > 0 && leafUp[i] > 0) {
            const double o = leafDown[i] / leafUp[i];
            r.oversubscription = std::max(r.oversubscription.value_or(0.0), o);
        }

    NetworkBom bom = networkBomByFabric(design, catalog);
    r.bom = std::move(bom.lines);
    for (const auto &[fabric, n] : bom.transceiversByFabric)
        r.fabrics[fabric].transceivers = n;
    double price = 0.0;
    bool priced = true;
    for (const BomLine &line : r.bom) {
        if (line.category == "transceiver")
            r.transceivers += line.quantity;
        if (const auto p = line.totalPriceCny())
            price += *p;
        else
            priced = false;
    }
    if (priced)
        r.bomPriceCny = price;

    if (options.bisection || options.hops) {
        const FabricGraph graph(design, catalog);
        if (options.bisection)
            if (const auto b = graph.bisectionGbps())
                r.bisectionTbps = *b / 1000.0;
        if (options.hops)
            r.hops = graph.hops();
    }
    if (options.failures) {
        const FailureAnalyzer failures(design, catalog);
        for (const auto &[id, f] : failures.everyComputeSwitch()) {
            const auto &w = r.worstSwitchFailure;
            if (r.worstSwitchName.empty() || f.acceleratorsCutOff > w.acceleratorsCutOff
                || (f.acceleratorsCutOff == w.acceleratorsCutOff && f.computeGbpsLost > w.computeGbpsLost)) {
                r.worstSwitchFailure = f;
                r.worstSwitchName = design.findDevice(id)->name;
            }
        }
    }
    if (options.trayFill && !design.trays.empty()) {
        int listed = 0;
        for (const TrayLoad &t : trayLoads(design, catalog, options.cabling)) {
            r.maxTrayFill = std::max(r.maxTrayFill, t.fill());
            if (!t.overfilled())
                continue;
            ++r.overfilledTrays;
            if (listed++ < 50)
                r.checks.push_back(trayOverfillCheck(t));
        }
    }
    // Every compute NIC of every placed node must reach the fabric (a hand edit
    // that drops node links would otherwise only show as lower bisection).
    std::vector<const NodeSpec *> nodeOf(design.devices.size(), nullptr);
    std::vector<std::size_t> nicBase(design.devices.size() + 1, 0);
    for (std::size_t i = 0; i < design.devices.size(); ++i) {
        const Device &d = design.devices[i];
        nodeOf[i] = d.kind == DeviceKind::ComputeNode ? catalog.node(d.catalogId) : nullptr;
        nicBase[i + 1] = nicBase[i] + static_cast<std::size_t>(nodeOf[i] ? std::max(0, nodeOf[i]->computeNics) : 0);
    }
    std::vector<char> nicLinked(nicBase.back(), 0);
    for (std::size_t li = 0; li < design.links.size(); ++li) {
        if (ends.fabric[li] != Fabric::Compute)
            continue;
        for (const auto &[dev, port] : {std::pair{ends.devA[li], ends.portA[li]}, std::pair{ends.devB[li], ends.portB[li]}}) {
            if (dev < 0)
                continue;
            const auto di = static_cast<std::size_t>(dev);
            if (port >= 0 && nicBase[di] + static_cast<std::size_t>(port) < nicBase[di + 1])
                nicLinked[nicBase[di] + static_cast<std::size_t>(port)] = 1;
        }
    }
    // The first unlinked port, 1-based as installers count: its words for the message, its
    // English for the location (which scripts read).
    std::string firstUnlinked;
    Phrase firstUnlinkedWords;
    for (std::size_t i = 0; i < design.devices.size(); ++i)
        for (std::size_t nic = 0; nic < nicBase[i + 1] - nicBase[i]; ++nic)
            if (!nicLinked[nicBase[i] + nic] && r.unlinkedNics++ == 0) {
                firstUnlinkedWords = phrase(QT_TRANSLATE_NOOP("Finding", "%1 compute port %2"), design.devices[i].name, nic + 1);
                firstUnlinked = firstUnlinkedWords.english();
            }
    if (r.unlinkedNics > 0)
        r.checks.push_back(finding(
            Severity::Error, "nic-unlinked",
            r.unlinkedNics == 1
                ? phrase(QT_TRANSLATE_NOOP("Finding", "1 compute NIC port of a placed node has no link to the fabric "
                                                      "(%1)"),
                         firstUnlinkedWords)
                : phrase(QT_TRANSLATE_NOOP("Finding", "%1 compute NIC ports of placed nodes have no link to the fabric "
                                                      "(first: %2)"),
                         r.unlinkedNics, firstUnlinkedWords),
            firstUnlinked));
    for (Check &c : checkCageSplitCables(design, ends))
        r.checks.push_back(std::move(c));
    addLinkFaultCheck(r, LinkFault::Dangling, r.danglingLinks, firstDangling);
    addLinkFaultCheck(r, LinkFault::PortConflict, r.portConflicts, firstConflict);
    addLinkFaultCheck(r, LinkFault::Uncabled, r.uncabledLinks, firstUncabled);
    addLinkFaultCheck(r, LinkFault::BeyondReach, r.beyondReach, firstReach);
    return r;
}

nlohmann::json networkSummaryJson(const NetworkResults &r)
{
    // docs/cli.md: the top-level figures are the compute fabric's; the storage,
    // in-band and OOB fabrics are reported in their own objects, and all_fabrics
    // holds the totals over every fabric (what cables.csv and the BOM list).
    auto orNull = [](const std::optional<double> &v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); };
    auto metres = [](double m) { return std::round(m * 100.0) / 100.0; };
    auto totals = [&](const FabricTotals &t) {
        return nlohmann::json{{"switches", t.switches},
                              {"links", t.links},
                              {"cables", t.cables},
                              {"transceivers", t.transceivers},
                              {"cable_length_m", metres(t.cableLengthM)}};
    };
    FabricTotals compute;
    nlohmann::json fabrics = nlohmann::json::object();
    for (const auto &[name, t] : r.fabrics) {
        std::string key = name;
        std::replace(key.begin(), key.end(), '-', '_');
        if (name == toString(Fabric::Compute))
            compute = t;
        else
            fabrics[key] = totals(t);
    }
    FabricTotals all;
    for (const auto &[name, t] : r.fabrics) {
        all.switches += t.switches;
        all.links += t.links;
        all.cables += t.cables;
        all.transceivers += t.transceivers;
        all.cableLengthM += t.cableLengthM;
    }
    return {
        {"tiers", r.tiers},
        {"switch", r.computeSwitch.empty() ? nlohmann::json(nullptr) : nlohmann::json(r.computeSwitch)},
        {"switches", {{"leaf", r.leaves}, {"spine", r.spines}, {"core", r.cores}}},
        {"links", {{"node_leaf", r.nodeLeafLinks}, {"leaf_spine", r.leafSpineLinks}, {"spine_core", r.spineCoreLinks}}},
        {"cables_total", compute.cables},
        {"transceivers", compute.transceivers},
        {"cable_length_m", metres(compute.cableLengthM)},
        {"bisection_tbps", orNull(r.bisectionTbps)},
        {"oversubscription", orNull(r.oversubscription)},
        {"fabrics", fabrics},
        {"all_fabrics", totals(all)},
        {"patch_panels", r.patchPanels},
        {"bom_price_cny", orNull(r.bomPriceCny)},
    };
}

} // namespace hallwright::network
