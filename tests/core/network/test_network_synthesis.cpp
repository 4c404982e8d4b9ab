// Tests of network synthesis and analysis on hand-built halls: NVIDIA's SuperPOD table, fat-tree, bisection, refusals.
#include "hall_fixture.h"
#include "test_support.h"

#include "brief/brief.h"
#include "catalog/catalog.h"
#include "network/network_analysis.h"
#include "network/synthesis.h"

#include <nlohmann/json.hpp>

#include <QtTest>

#include <set>

using namespace hallwright;
using namespace hallwright::network;

namespace {

/// DGX H100 with the aux fabrics of the catalog's switches (sn4700 32×400G, sn2201 48×1G).
FabricInputs h100(int nodesPerSu = 32, bool aux = true)
{
    FabricInputs in;
    in.acceleratorsPerNode = 8;
    in.railsPerNode = 8;
    in.nicGbps = 400;
    in.switchRadix = 64;
    in.linkGbps = 400;
    in.nodesPerSu = nodesPerSu;
    if (aux) {
        in.storagePortsPerNode = 2;
        in.storageGbps = 400;
        in.storageSwitchRadix = 32;
        in.inbandPortsPerNode = 2;
        in.inbandSwitchRadix = 32;
        in.oobPortsPerNode = 1;
        in.oobSwitchRadix = 48;
    }
    return in;
}

AnalysisOptions quick()
{
    AnalysisOptions o;
    o.bisection = false;
    o.hops = false;
    o.failures = false;
    o.trayFill = false;
    return o;
}

const Catalog &catalog()
{
    return Catalog::builtin();
}

} // namespace

class TestNetworkSynthesis : public QObject
{
    Q_OBJECT

private slots:
    void superPodRows();
    void portsAndCables();
    void summaryJson();
    void fatTree();
    void bisectionNonBlocking();
    void bisectionOversubscribed();
    void threeTiers();
    void hopsOneSu();
    void rackScale();
    void fromBrief();
    void refusals();
};

void TestNetworkSynthesis::superPodRows()
{
    const auto ref = nlohmann::json::parse(
        test::readFile(test::referencePath("dgx-h100-superpod-compute-fabric.json")));
    for (const auto &row : ref["rows"]) {
        test::HallSpec spec;
        spec.sus = row["sus"].get<int>();
        spec.nodes = row["nodes"].get<long long>();
        spec.centralRacks = 4;
        Design d = test::makeHall(spec, catalog());
        const SynthesisStats stats = synthesizeNetwork(d, h100(), SwitchIds{}, catalog());
        const NetworkResults r = analyzeNetwork(d, catalog(), quick());
        QCOMPARE(r.tiers, 2);
        QCOMPARE(r.leaves, row["leaf"].get<int>());
        QCOMPARE(r.spines, row["spine"].get<int>());
        QCOMPARE(r.cores, 0);
        // UFM links are not modelled: the table's node_and_ufm_cables = nodes × 8 + 4 UFM links.
        QCOMPARE(r.nodeLeafLinks, row["node_and_ufm_cables"].get<long long>() - 4);
        QCOMPARE(r.leafSpineLinks, row["leaf_spine_cables"].get<long long>());
        QCOMPARE(r.spineCoreLinks, 0LL);
        QCOMPARE(stats.routing.unrouted + stats.routing.noMedium, 0LL);
    }
}

void TestNetworkSynthesis::portsAndCables()
{
    // 2 SUs (63 nodes) with storage, in-band and OOB fabrics.
    test::HallSpec spec;
    spec.sus = 2;
    spec.nodes = 63;
    spec.centralRacks = 4;
    Design d = test::makeHall(spec, catalog());
    const SynthesisStats s = synthesizeNetwork(d, h100(), SwitchIds{}, catalog());
    const NetworkResults r = analyzeNetwork(d, catalog(), quick());
    QCOMPARE(r.portConflicts, 0LL);
    QCOMPARE(r.danglingLinks, 0LL);
    QCOMPARE(r.uncabledLinks, 0LL);
    QCOMPARE(r.beyondReach, 0LL);
    QVERIFY(r.checks.empty());
    for (const Link &l : d.links) {
        QVERIFY(l.a.port >= 0 && l.b.port >= 0);
        QVERIFY(l.a.device != l.b.device);
        QVERIFY(!l.mediumId.empty());
        QVERIFY(l.lengthM > 0);
    }
    // Storage: 2 × 32 ports per SU on 16-down/16-up sn4700 leaves → 4 per SU; 8 leaves × 16 uplinks over
    // s | 16 spines with 8 × 16/s ≤ 32 → s = 4. In-band: 64 ports per SU on 30-port access → 3 per SU, one pair.
    // OOB per SU: 32 BMC + 8 + 4 + 3 switch ports = 47 ≤ 47 → 1; central: 8 spines + 4 + 2 + 2 uplinks → 1.
    QCOMPARE(r.switchesByRole.at("storage-leaf"), 8);
    QCOMPARE(r.switchesByRole.at("storage-spine"), 4);
    QCOMPARE(r.switchesByRole.at("inband"), 2 * 3 + 2);
    QCOMPARE(r.switchesByRole.at("oob"), 2 + 1);
    QCOMPARE(r.fabrics.at("storage").links, 63LL * 2 + 8 * 16);
    QCOMPARE(r.fabrics.at("inband-mgmt").links, 63LL * 2 + 6 * 2);
    // OOB: 63 BMCs + per SU 15 switch ports + central 8 spines, 4 storage spines, 2 aggregation + 2 SU uplinks.
    QCOMPARE(r.fabrics.at("oob-mgmt").links, 63LL + 2 * 15 + 14 + 2);
    QCOMPARE(s.links, r.fabrics.at("compute").links + r.fabrics.at("storage").links
                          + r.fabrics.at("inband-mgmt").links + r.fabrics.at("oob-mgmt").links);
    // Patch panels: per SU ceil((8×32 + 4×16 + 3×2 + 1) / 48) = ceil(327/48) = 7, as many centrally.
    QCOMPARE(s.patchPanels, 2 * 7 * 2);
    QCOMPARE(r.patchPanels, 28);
    // Every device of a rack sits inside the rack, none overlapping.
    std::map<std::int64_t, std::set<int>> used;
    for (const Device &dev : d.devices) {
        if (dev.kind != DeviceKind::Switch && dev.kind != DeviceKind::PatchPanel)
            continue;
        const Rack *rack = d.findRack(dev.rack);
        QVERIFY(rack);
        QVERIFY(dev.uPosition >= 1 && dev.uPosition + dev.uHeight - 1 <= rack->heightU);
        for (int u = dev.uPosition; u < dev.uPosition + dev.uHeight; ++u)
            QVERIFY(used[rack->id.value()].insert(u).second);
        if (dev.role == "leaf")
            QVERIFY(rack->role == RackRole::Leaf && rack->su == dev.su && dev.rail >= 0);
        if (dev.role == "spine")
            QVERIFY(rack->role == RackRole::Spine);
    }
}

void TestNetworkSynthesis::summaryJson()
{
    test::HallSpec spec; // 1 SU, 32 nodes
    Design d = test::makeHall(spec, catalog());
    synthesizeNetwork(d, h100(32, false), SwitchIds{}, catalog());
    const NetworkResults r = analyzeNetwork(d, catalog());
    const nlohmann::json j = networkSummaryJson(r);
    // docs/cli.md's fields (compute fabric), then the other fabrics' own objects and the totals.
    const std::set<std::string> keys{"tiers", "switch", "switches", "links", "cables_total", "transceivers",
                                     "cable_length_m", "bisection_tbps", "oversubscription",
                                     "fabrics", "all_fabrics", "patch_panels", "bom_price_cny"};
    std::set<std::string> got;
    for (const auto &[k, v] : j.items())
        got.insert(k);
    QVERIFY(got == keys);
    QCOMPARE(j["fabrics"].size(), std::size_t(0)); // the compute fabric only
    QCOMPARE(j["all_fabrics"]["cables"].get<long long>(), 512LL);
    QCOMPARE(j["all_fabrics"]["switches"].get<int>(), 12);
    QCOMPARE(j["tiers"].get<int>(), 2);
    QCOMPARE(j["switch"].get<std::string>(), std::string("qm9700"));
    QCOMPARE(j["switches"]["leaf"].get<int>(), 8);
    QCOMPARE(j["switches"]["spine"].get<int>(), 4);
    QCOMPARE(j["switches"]["core"].get<int>(), 0);
    QCOMPARE(j["links"]["node_leaf"].get<long long>(), 256LL);
    QCOMPARE(j["links"]["leaf_spine"].get<long long>(), 256LL);
    QCOMPARE(j["links"]["spine_core"].get<long long>(), 0LL);
    // Compute only: 512 cables; OOB not modelled here.
    QCOMPARE(j["cables_total"].get<long long>(), 512LL);
    // 32 nodes × 8 rails × 400 Gb/s; halves of 16 nodes: 16 × 8 × 0.4 Tb/s = 51.2 Tb/s.
    QCOMPARE(j["bisection_tbps"].get<double>(), 51.2);
    // Each leaf: 32 × 400 down, 32 × 400 up.
    QCOMPARE(j["oversubscription"].get<double>(), 1.0);
    QVERIFY(j["transceivers"].is_number_integer());
    QVERIFY(j["cable_length_m"].get<double>() > 0);
}

void TestNetworkSynthesis::fatTree()
{
    // k = 4 fat-tree (Al-Fares): 16 hosts, 8 edge, 8 aggregation, 4 core; k³/4 links per tier.
    const auto ref = nlohmann::json::parse(test::readFile(test::referencePath("fat-tree.json")));
    const auto &c = ref["cases"][0];
    QCOMPARE(c["k"].get<int>(), 4);
    test::HallSpec spec;
    spec.sus = 8;
    spec.nodesPerSu = 2;
    spec.nodesPerRack = 2;
    spec.centralRacks = 1;
    Design d = test::makeHall(spec, catalog());
    FabricInputs in = h100(2, false);
    in.railsPerNode = 1; // one NIC per host
    in.switchRadix = 4;
    SynthesisOptions opt;
    opt.patchPanels = false;
    synthesizeNetwork(d, in, SwitchIds{}, catalog(), opt);
    const NetworkResults r = analyzeNetwork(d, catalog());
    QCOMPARE(r.tiers, 3);
    QCOMPARE(r.leaves, c["edge"].get<int>());
    QCOMPARE(r.spines, c["aggregation"].get<int>());
    QCOMPARE(r.cores, c["core"].get<int>());
    QCOMPARE(r.nodeLeafLinks, c["hosts"].get<long long>());
    QCOMPARE(r.leafSpineLinks, c["hosts"].get<long long>());
    QCOMPARE(r.spineCoreLinks, c["hosts"].get<long long>());
    // Non-blocking: 8 hosts × 400 Gb/s across the cut.
    QCOMPARE(*r.bisectionTbps, 3.2);
    QCOMPARE(r.hops.maxSwitchHops, 5);
    // Fewest equal-cost paths: two edges of one pod meet through its 2 aggregation switches
    // (between pods there are 2 × 2 = 4, through the cores).
    QCOMPARE(r.hops.minShortestPaths, 2LL);
    QCOMPARE(r.portConflicts, 0LL);
}

void TestNetworkSynthesis::bisectionNonBlocking()
{
    // 4 full SUs: N = 128 × 8 = 1024 endpoints → N/2 × 400 Gb/s = 204.8 Tb/s.
    test::HallSpec spec;
    spec.sus = 4;
    spec.centralRacks = 2;
    Design d = test::makeHall(spec, catalog());
    synthesizeNetwork(d, h100(32, false), SwitchIds{}, catalog());
    const NetworkResults r = analyzeNetwork(d, catalog());
    QCOMPARE(*r.bisectionTbps, 204.8);
    QCOMPARE(*r.oversubscription, 1.0);
}

void TestNetworkSynthesis::bisectionOversubscribed()
{
    // o = 2: 2 SUs of 42 nodes, 42 down and 21 up per leaf. Halves = the two SUs, so the cut is the
    // 8 leaves × 21 uplinks × 400 Gb/s = 67.2 Tb/s = (N/2 × 400 Gb/s) / 2 with N = 672.
    test::HallSpec spec;
    spec.sus = 2;
    spec.nodesPerSu = 42;
    spec.centralRacks = 2;
    Design d = test::makeHall(spec, catalog());
    FabricInputs in = h100(42, false);
    in.oversubscription = 2.0;
    synthesizeNetwork(d, in, SwitchIds{}, catalog());
    const NetworkResults r = analyzeNetwork(d, catalog());
    QCOMPARE(*r.bisectionTbps, 672 / 2 * 0.4 / 2);
    QCOMPARE(*r.oversubscription, 2.0);
    QCOMPARE(r.spines, 7); // s | 21 with 16 × 21/s ≤ 64
}

void TestNetworkSynthesis::threeTiers()
{
    // 9 SUs at R = 64: 72 leaves > 64 → 3 tiers; 3 pods × 32 spines, 32 groups × 2 cores.
    test::HallSpec spec;
    spec.sus = 9;
    spec.centralRacks = 5;
    Design d = test::makeHall(spec, catalog());
    synthesizeNetwork(d, h100(32, false), SwitchIds{}, catalog());
    const NetworkResults r = analyzeNetwork(d, catalog());
    QCOMPARE(r.tiers, 3);
    QCOMPARE(r.leaves, 72);
    QCOMPARE(r.spines, 96);
    QCOMPARE(r.cores, 64);
    QCOMPARE(r.spineCoreLinks, 96LL * 32);
    // Non-blocking: N = 9 × 256 = 2304; N/2 × 0.4 Tb/s = 460.8 Tb/s.
    QCOMPARE(*r.bisectionTbps, 460.8);
    QCOMPARE(r.hops.maxSwitchHops, 5);
    QCOMPARE(r.portConflicts, 0LL);
    QCOMPARE(r.uncabledLinks, 0LL);
}

void TestNetworkSynthesis::hopsOneSu()
{
    // 1 SU of 31 nodes: 8 leaves of 31 endpoints, 4 spines. Same leaf: 1 switch; other leaves: 3.
    test::HallSpec spec;
    spec.nodes = 31;
    Design d = test::makeHall(spec, catalog());
    synthesizeNetwork(d, h100(32, false), SwitchIds{}, catalog());
    const NetworkResults r = analyzeNetwork(d, catalog());
    QCOMPARE(r.hops.maxSwitchHops, 3);
    QCOMPARE(r.hops.minShortestPaths, 4LL);
    QVERIFY(!r.hops.sampled);
    // Per source leaf: 31 × 30 same-leaf pairs at 1 hop, 31 × 31 × 7 pairs at 3 hops.
    const double same = 31.0 * 30, cross = 31.0 * 31 * 7;
    QCOMPARE(r.hops.meanSwitchHops, (same + 3 * cross) / (same + cross));
    // Halves of 15 and 16 nodes (120 ≤ 248/2): the cut is 15 × 8 links.
    QCOMPARE(*r.bisectionTbps, 15 * 8 * 0.4);
    // 31 down, 32 up: 31/32.
    QCOMPARE(*r.oversubscription, 31.0 / 32.0);
}

void TestNetworkSynthesis::rackScale()
{
    // GB200 NVL72: 72 NICs per rack-scale node, SUs of 8 racks. Grouped rails: r | 72 with
    // 8 × 72/r ≤ 32 → r = 18 rails of 4 NICs; 18 leaves of 32 endpoints; 16 spines (18 × 32/s ≤ 64).
    FabricInputs in = h100(8, false);
    in.acceleratorsPerNode = 72;
    in.railsPerNode = 72;
    groupRackScaleRails(in);
    QCOMPARE(in.railsPerNode, 18);
    QCOMPARE(in.nicsPerRail, 4);
    test::HallSpec spec;
    spec.platform = "gb200-nvl72";
    spec.nodesPerSu = 8;
    spec.nodesPerRack = 1;
    spec.leafRacksPerSu = 1;
    Design d = test::makeHall(spec, catalog());
    synthesizeNetwork(d, in, SwitchIds{}, catalog());
    const NetworkResults r = analyzeNetwork(d, catalog());
    QCOMPARE(r.leaves, 18);
    QCOMPARE(r.spines, 16);
    QCOMPARE(r.nodeLeafLinks, 8LL * 72);
    QCOMPARE(r.leafSpineLinks, 18LL * 32);
    // The NVLink domain stays inside the rack: no compute link joins two nodes.
    for (const Link &l : d.links)
        QVERIFY(!(d.findDevice(l.a.device)->kind == DeviceKind::ComputeNode
                  && d.findDevice(l.b.device)->kind == DeviceKind::ComputeNode));
    // Halves of 4 racks: 4 × 72 × 0.4 Tb/s = 115.2 Tb/s.
    QCOMPARE(*r.bisectionTbps, 115.2);
    QCOMPARE(r.portConflicts, 0LL);
}

void TestNetworkSynthesis::fromBrief()
{
    Brief b;
    b.compute.platform = "dgx-h100";
    b.compute.accelerators = 256;
    b = resolveBrief(b, catalog());
    test::HallSpec spec;
    spec.centralRacks = 3;
    Design d = test::makeHall(spec, catalog());
    const SynthesisStats s = synthesizeNetwork(d, b, catalog());
    QCOMPARE(s.plan.compute.leaves, 8);
    QCOMPARE(s.plan.compute.spines, 4);
    const NetworkResults r = analyzeNetwork(d, catalog(), quick());
    QCOMPARE(r.leaves, 8);
    QCOMPARE(r.uncabledLinks, 0LL);
}

void TestNetworkSynthesis::refusals()
{
    test::HallSpec spec;
    // An SU wider than a leaf: 40 nodes per SU at R = 64 non-blocking.
    {
        spec.nodesPerSu = 40;
        Design d = test::makeHall(spec, catalog());
        const Design before = d;
        try {
            synthesizeNetwork(d, h100(40, false), SwitchIds{}, catalog());
            QFAIL("must refuse");
        } catch (const FabricError &e) {
            QVERIFY(std::string(e.what()).find("SU wider than a leaf") != std::string::npos);
        }
        QVERIFY(d == before); // refused, not truncated
    }
    // More nodes in an SU than nodes_per_su.
    {
        spec.nodesPerSu = 32;
        Design d = test::makeHall(spec, catalog());
        QVERIFY_THROWS_EXCEPTION(FabricError, synthesizeNetwork(d, h100(16, false), SwitchIds{}, catalog()));
    }
    // Network racks too small for the SU's 8 leaves + 6 panels.
    {
        spec.rackU = 10;
        spec.nodesPerRack = 1;
        Design d = test::makeHall(spec, catalog());
        try {
            synthesizeNetwork(d, h100(32, false), SwitchIds{}, catalog());
            QFAIL("must refuse");
        } catch (const FabricError &e) {
            QVERIFY(std::string(e.what()).find("no room") != std::string::npos);
        }
    }
    // No network rack for the SU.
    {
        spec = test::HallSpec{};
        spec.leafRacksPerSu = 0;
        Design d = test::makeHall(spec, catalog());
        QVERIFY_THROWS_EXCEPTION(FabricError, synthesizeNetwork(d, h100(32, false), SwitchIds{}, catalog()));
    }
    // Too big even for 3 tiers: 257 SUs at R = 64 need 65 pods of 32 leaves.
    {
        spec = test::HallSpec{};
        spec.sus = 257;
        spec.nodesPerSu = 32;
        spec.nodesPerRack = 32; // fewer racks: the refusal comes before placement
        spec.rackU = 400;
        Design d = test::makeHall(spec, catalog());
        QVERIFY_THROWS_EXCEPTION(FabricError, synthesizeNetwork(d, h100(32, false), SwitchIds{}, catalog()));
    }
    // An unknown compute switch.
    {
        Design d = test::makeHall(test::HallSpec{}, catalog());
        SwitchIds ids;
        ids.compute = "no-such-switch";
        QVERIFY_THROWS_EXCEPTION(FabricError, synthesizeNetwork(d, h100(32, false), ids, catalog()));
    }
}

QTEST_APPLESS_MAIN(TestNetworkSynthesis)
#include "test_network_synthesis.moc"
