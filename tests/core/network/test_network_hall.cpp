// Tests of network rack sizing and placement within U and kW, tray sizing, management and XDR media, and
// generated halls (layout + network) without network findings and with a fully priced bill of materials.
#include "hall_fixture.h"
#include "test_support.h"

#include "brief/brief.h"
#include "catalog/catalog.h"
#include "layout/layout.h"
#include "layout/layout_checks.h"
#include "network/fabric_inputs.h"
#include "network/network_analysis.h"
#include "network/rack_needs.h"
#include "network/synthesis.h"
#include "network/tray_sizing.h"

#include <nlohmann/json.hpp>

#include <QtTest>

#include <algorithm>
#include <map>

using namespace hallwright;
using namespace hallwright::network;

namespace {

const Catalog &catalog()
{
    return Catalog::builtin();
}

const RackSpec &networkRack()
{
    return *catalog().rack("rack-800x1200-48u"); // 48U
}

/// DGX H100 compute fabric only (no storage, in-band or OOB switches).
FabricInputs computeOnly(long long nodes)
{
    FabricInputs in;
    in.nodes = nodes;
    in.nodesPerSu = 32;
    return in;
}

Brief briefFor(const std::string &platform, long long accelerators, const std::string &switchId = "")
{
    Brief b;
    b.compute.platform = platform;
    b.compute.accelerators = accelerators;
    b.fabric.switchId = switchId;
    if (catalog().node(platform)->rackScale)
        b.fabric.nodesPerSu = kRackScaleNodesPerSu; // what parseBrief defaults to for rack-scale platforms
    return resolveBrief(b, catalog());
}

/// The sample brief (resources/sample/sample-10240.json) at another size or switch.
Brief sampleBrief(long long accelerators, const char *switchId)
{
    auto j = nlohmann::json::parse(test::readFile(test::resourcePath("sample/sample-10240.json")));
    j["compute"]["accelerators"] = accelerators;
    j["fabric"]["switch"] = switchId;
    j["fabric"]["switch_radix"] = nullptr; // the switch's own ports at the link speed
    return parseBrief(j.dump(), catalog());
}

double rackKw(const Design &d, const Rack &rack)
{
    double kw = 0.0;
    for (const Device &dev : d.devices)
        if (dev.rack == rack.id)
            if (const SwitchSpec *s = catalog().switchSpec(dev.catalogId))
                kw += s->maxW / 1000.0;
    return kw;
}

bool hasCheck(const NetworkResults &r, const char *code)
{
    return std::any_of(r.checks.begin(), r.checks.end(), [&](const Check &c) { return c.code == code; });
}

} // namespace

class TestNetworkHall : public QObject
{
    Q_OBJECT

private slots:
    void rackNeedsByHand();
    void rackNeedsHoldEquipment_data();
    void rackNeedsHoldEquipment();
    void rackNeedsRefusals();
    void placementRefusesOverPower();
    void traySizeByHand();
    void undersizedTrayReported();
    void oobUplinkBeyondCopper();
    void xdrMedia();
    void generatedHallsClean_data();
    void generatedHallsClean();
};

void TestNetworkHall::rackNeedsByHand()
{
    // 4 SUs of DGX H100 on QM9700 (1U, 1.72 kW), compute only: 32 leaves, 16 spines (2 tiers).
    // Trunk per SU = 8 leaves × 32 uplinks = 256 → ceil(256/48) = 6 panels per SU, ceil(1024/48) = 22 central.
    const FabricPlan plan = planFabric(computeOnly(128));
    QCOMPARE(plan.compute.spines, 16);
    // 25 kW: an SU is 8 × 1.72 = 13.76 kW in 8 + 6 = 14U → 1 rack. Central: 14 spines per rack
    // (14 × 1.72 = 24.08 ≤ 25 < 15 × 1.72 = 25.8) → 14 + 2; the 22 panels follow spine 16 into rack 2.
    NetworkRackNeeds n = networkRackNeeds(plan, SwitchIds{}, catalog(), networkRack(), 25.0, 2);
    QCOMPARE(n.racksPerSu, 1);
    QCOMPARE(n.centralRacks, 2);
    QCOMPARE(n.unitsPerSu, 14);
    QVERIFY(std::abs(n.kwPerSu - 13.76) < 1e-9);
    QCOMPARE(n.centralUnits, 38LL);
    QVERIFY(std::abs(n.centralKw - 27.52) < 1e-9);
    // 10 kW: 5 leaves per rack (8.6 kW; 6 would be 10.32) → 5 + 3; central 5 + 5 + 5 + 1 → 4 racks.
    n = networkRackNeeds(plan, SwitchIds{}, catalog(), networkRack(), 10.0, 2);
    QCOMPARE(n.racksPerSu, 2);
    QCOMPARE(n.centralRacks, 4);
    // No power limit, 20U racks with 2U reserved (18 usable): SU 14U → 1; central 16 + 22 = 38U
    // → 18 + 18 + 2 → 3 racks.
    RackSpec short20 = networkRack();
    short20.heightU = 20;
    n = networkRackNeeds(plan, SwitchIds{}, catalog(), short20, 0.0, 2);
    QCOMPARE(n.racksPerSu, 1);
    QCOMPARE(n.centralRacks, 3);
    // Without patch panels the central row is 16 spines alone: 2 racks at 25 kW.
    SynthesisOptions noPanels;
    noPanels.patchPanels = false;
    n = networkRackNeeds(plan, SwitchIds{}, catalog(), networkRack(), 25.0, 2, noPanels);
    QCOMPARE(n.unitsPerSu, 8);
    QCOMPARE(n.centralUnits, 16LL);

    // Placement follows the same rule: with racks of these counts and limits, spine 15 (SP0014)
    // opens the second central rack.
    test::HallSpec spec;
    spec.sus = 4;
    spec.centralRacks = 2;
    spec.networkRackLimitKw = 25.0;
    Design d = test::makeHall(spec, catalog());
    synthesizeNetwork(d, computeOnly(128), SwitchIds{}, catalog());
    std::map<std::string, const Device *> byName;
    for (const Device &dev : d.devices)
        byName[dev.name] = &dev;
    QVERIFY(byName.at("SP0013")->rack == byName.at("SP0000")->rack);
    QVERIFY(byName.at("SP0014")->rack != byName.at("SP0000")->rack);
    QVERIFY(byName.at("PP00021")->rack == byName.at("SP0015")->rack);
}

void TestNetworkHall::rackNeedsHoldEquipment_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<qlonglong>("accelerators");
    QTest::addColumn<QString>("switchId");
    QTest::addColumn<int>("nodesPerRack");
    QTest::newRow("1,024 H100") << "dgx-h100" << 1024LL << "" << 4;
    QTest::newRow("10,240 H100") << "dgx-h100" << 10240LL << "" << 4;
    QTest::newRow("4,096 H800") << "hgx-h800" << 4096LL << "" << 4;
    QTest::newRow("2,048 A100") << "dgx-a100" << 2048LL << "" << 4;
    QTest::newRow("4,096 B200") << "dgx-b200" << 4096LL << "" << 2;
    QTest::newRow("1,152 GB200 NVL72") << "gb200-nvl72" << 1152LL << "" << 1;
    QTest::newRow("102,400 H100 SN5600") << "dgx-h100" << 102400LL << "sn5600" << 4;
}

void TestNetworkHall::rackNeedsHoldEquipment()
{
    QFETCH(QString, platform);
    QFETCH(qlonglong, accelerators);
    QFETCH(QString, switchId);
    QFETCH(int, nodesPerRack);
    const Brief b = briefFor(platform.toStdString(), accelerators, switchId.toStdString());
    const FabricPlan plan = planFabric(fabricInputsFor(b, catalog()));
    const double limitKw = 25.0;
    const int reservedU = 2;
    const NetworkRackNeeds needs =
        networkRackNeeds(plan, switchIdsFor(b, catalog()), catalog(), networkRack(), limitKw, reservedU);
    QVERIFY(needs.racksPerSu >= 1);
    // The racks carry at least the U and kW in all (packing can only need more).
    QVERIFY(needs.racksPerSu * (networkRack().heightU - reservedU) >= needs.unitsPerSu);
    QVERIFY(needs.racksPerSu * limitKw >= needs.kwPerSu - 1e-9);
    QVERIFY(needs.centralRacks * (networkRack().heightU - reservedU) >= needs.centralUnits);
    QVERIFY(needs.centralRacks * limitKw >= needs.centralKw - 1e-9);

    test::HallSpec spec;
    spec.platform = platform.toStdString();
    spec.sus = plan.sus;
    spec.nodesPerSu = plan.nodesPerSu;
    spec.nodes = plan.nodes;
    spec.nodesPerRack = nodesPerRack;
    spec.leafRacksPerSu = needs.racksPerSu;
    spec.centralRacks = needs.centralRacks;
    spec.rackU = networkRack().heightU;
    spec.columns = plan.sus > 40 ? 6 : 1;
    spec.networkRackLimitKw = limitKw;
    Design d = test::makeHall(spec, catalog());
    const SynthesisStats s = synthesizeNetwork(d, b, catalog());
    QCOMPARE(s.switches, plan.totalSwitches());
    // Every network rack within its usable height (the reserved units stay free) and its power limit.
    std::map<std::int64_t, int> topU;
    for (const Device &dev : d.devices)
        if (dev.kind == DeviceKind::Switch || dev.kind == DeviceKind::PatchPanel)
            topU[dev.rack.value()] = std::max(topU[dev.rack.value()], dev.uPosition + dev.uHeight - 1);
    for (const Rack &r : d.racks) {
        if (r.role == RackRole::Compute)
            continue;
        QVERIFY2(topU[r.id.value()] <= r.heightU - reservedU, r.name.c_str());
        QVERIFY2(rackKw(d, r) <= limitKw + 1e-9, r.name.c_str());
    }
}

void TestNetworkHall::rackNeedsRefusals()
{
    const FabricPlan plan = planFabric(computeOnly(32));
    // A 1.72 kW QM9700 does not fit a 1.5 kW rack at all.
    try {
        networkRackNeeds(plan, SwitchIds{}, catalog(), networkRack(), 1.5, 2);
        QFAIL("must refuse");
    } catch (const FabricError &e) {
        QVERIFY(std::string(e.what()).find("does not fit an empty 48U rack") != std::string::npos);
    }
    SwitchIds ids;
    ids.compute = "no-such-switch";
    QVERIFY_THROWS_EXCEPTION(FabricError, networkRackNeeds(plan, ids, catalog(), networkRack(), 25.0, 2));
}

void TestNetworkHall::placementRefusesOverPower()
{
    // One SU's 8 leaves (13.76 kW) in one 10 kW rack: refused with the reason, design unchanged.
    test::HallSpec spec;
    Design d = test::makeHall(spec, catalog());
    for (Rack &r : d.racks)
        if (r.role == RackRole::Leaf)
            r.powerLimitKw = 10.0;
    const Design before = d;
    try {
        synthesizeNetwork(d, computeOnly(32), SwitchIds{}, catalog());
        QFAIL("must refuse");
    } catch (const FabricError &e) {
        const std::string what = e.what();
        // Leaves 0–4 take 8.6 kW; leaf 5 would make 10.32 kW.
        QVERIFY2(what.find("SU 0 network racks: no room for SU000-L05 (1U, 1.72 kW)") != std::string::npos, e.what());
        QVERIFY2(what.find("13.8 kW in all") != std::string::npos, e.what());
    }
    QVERIFY(d == before);
}

void TestNetworkHall::traySizeByHand()
{
    // At 50 % fill a size carries levels × width × depth / 2.
    // 40,000 mm²: 750 × 100 carries 37,500, too little; the least capacity above is 45,000, shared by
    // 600 × 150, 900 × 100, 2 × 450 × 100, 2 × 300 × 150 and 3 × 300 × 100 → one level, narrowest: 600 × 150.
    auto s = smallestTray(40'000, 0.5);
    QVERIFY(s);
    QCOMPARE(s->levels, 1);
    QCOMPARE(s->widthMm, 600.0);
    QCOMPARE(s->depthMm, 150.0);
    // 100,000 mm² needs levels × width × depth ≥ 200,000: one level gives at most 900 × 150 = 135,000;
    // the least product above is 3 × 450 × 150 = 202,500 (2 × 750 × 150 and 3 × 750 × 100 give 225,000).
    s = smallestTray(100'000, 0.5);
    QVERIFY(s);
    QCOMPARE(s->levels, 3);
    QCOMPARE(s->widthMm, 450.0);
    QCOMPARE(s->depthMm, 150.0);
    QCOMPARE(s->capacityMm2(0.5), 101'250.0);
    // Nothing at all: the smallest, 300 × 100. Above 4 × 900 × 150 / 2 = 270,000: no size.
    s = smallestTray(0, 0.5);
    QCOMPARE(s->widthMm * s->depthMm * s->levels, 30'000.0);
    QVERIFY(!smallestTray(270'001, 0.5));
    QCOMPARE(largestTray().capacityMm2(0.5), 270'000.0);

    // sizeTrays: each segment gets its size; the one no size carries gets the largest and is counted.
    Design d;
    for (int k = 0; k < 3; ++k) {
        TraySegment t;
        t.id = TrayId(k + 1);
        t.b = {10.0, 0.0};
        d.trays.push_back(t);
    }
    std::vector<TrayLoad> loads(3);
    loads[0].cableAreaMm2 = 40'000;
    loads[1].cableAreaMm2 = 100'000;
    loads[2].cableAreaMm2 = 300'000;
    QCOMPARE(sizeTrays(d, loads, 0.5), 1);
    QCOMPARE(d.trays[0].widthMm, 600.0);
    QCOMPARE(d.trays[1].levels, 3);
    QCOMPARE(d.trays[2].levels, 4);
    QCOMPARE(d.trays[2].widthMm, 900.0);
    QCOMPARE(d.trays[2].depthMm, 150.0);
    // The capacity the analysis checks against is the segment's own: 3 × 450 × 150 × 0.5.
    QCOMPARE(trayCapacityMm2(d.trays[1], 0.5), 101'250.0);
    TraySegment none = d.trays[1];
    none.levels = 0;
    QCOMPARE(trayCapacityMm2(none, 0.5), 0.0);
}

void TestNetworkHall::undersizedTrayReported()
{
    // A synthesized 2-SU hall: every tray sized for its load, none overfilled. Narrowing the busiest
    // to 90 % of the width its load needs makes it an error again.
    test::HallSpec spec;
    spec.sus = 2;
    Design d = test::makeHall(spec, catalog());
    FabricInputs in = computeOnly(64);
    in.oobPortsPerNode = 1;
    synthesizeNetwork(d, in, SwitchIds{}, catalog());
    const std::vector<TrayLoad> loads = trayLoads(d, catalog());
    std::size_t busiest = 0;
    for (std::size_t s = 0; s < loads.size(); ++s) {
        const auto want = smallestTray(loads[s].cableAreaMm2, 0.5);
        QVERIFY(want);
        QCOMPARE(d.trays[s].levels, want->levels);
        QCOMPARE(d.trays[s].widthMm, want->widthMm);
        QCOMPARE(d.trays[s].depthMm, want->depthMm);
        QVERIFY(!loads[s].overfilled());
        if (loads[s].cableAreaMm2 > loads[busiest].cableAreaMm2)
            busiest = s;
    }
    AnalysisOptions o;
    o.bisection = o.hops = o.failures = false;
    QCOMPARE(analyzeNetwork(d, catalog(), o).overfilledTrays, 0LL);
    TraySegment &t = d.trays[busiest];
    t.widthMm = 0.9 * loads[busiest].cableAreaMm2 / (t.levels * t.depthMm * 0.5);
    const NetworkResults r = analyzeNetwork(d, catalog(), o);
    QCOMPARE(r.overfilledTrays, 1LL);
    QVERIFY(hasCheck(r, "tray-overfill"));
    QCOMPARE(trayLoads(d, catalog())[busiest].capacityMm2, trayCapacityMm2(d.trays[busiest], 0.5));
}

void TestNetworkHall::oobUplinkBeyondCopper()
{
    // Two SN2201s (1U at U1: ports 0.022 m up) in racks 150 m apart on one tray at 3 m through both
    // rack centres. Required = (2 × 2.978 + 150) × 1.1 + 1 = 172.55 m: beyond Cat6A's 100 m, so
    // single-mode LC duplex through a media converter at each end, 200 m stock.
    // At 50 m: (5.956 + 50) × 1.1 + 1 = 62.55 m → Cat6A, 100 m stock (cheaper than two converters).
    for (const double apart : {150.0, 50.0}) {
        Design d;
        for (int k = 0; k < 2; ++k) {
            Rack r;
            r.id = RackId(k + 1);
            r.name = k == 0 ? "A" : "B";
            r.footprint = {apart * k - 0.4, 0.0, 0.8, 1.2};
            d.racks.push_back(r);
            Device sw;
            sw.id = DeviceId(k + 1);
            sw.rack = r.id;
            sw.catalogId = "sn2201";
            sw.kind = DeviceKind::Switch;
            sw.name = "OOB" + std::to_string(k);
            sw.uPosition = 1;
            sw.uHeight = 1;
            d.devices.push_back(sw);
        }
        TraySegment t;
        t.id = TrayId(1);
        t.a = {0.0, 0.6};
        t.b = {apart, 0.6};
        d.trays.push_back(t);
        Link l;
        l.id = LinkId(1);
        l.fabric = Fabric::OobMgmt;
        l.tier = LinkTier::LeafSpine;
        l.a = {DeviceId(1), 47};
        l.b = {DeviceId(2), 0};
        l.gbps = 1;
        l.label = "O2-1";
        d.links.push_back(l);
        CableRouter router(d, catalog());
        const RoutingStats st = router.routeAll(d);
        QCOMPARE(st.routed, 1LL);
        const double required = (2 * (3.0 - 0.5 * 0.04445) + apart) * 1.1 + 1.0;
        QVERIFY(std::abs(*router.requiredLength(0) - required) < 1e-9);
        std::map<std::string, long long> qty;
        for (const BomLine &line : networkBom(d, catalog()))
            qty[line.category + ":" + line.catalogId] += line.quantity;
        if (apart > 100) {
            QCOMPARE(d.links[0].mediumId, std::string("smf-lc-1g"));
            QCOMPARE(d.links[0].lengthM, 200.0);
            QCOMPARE(qty["transceiver:mc-1g-rj45-lx"], 2LL);
        } else {
            QCOMPARE(d.links[0].mediumId, std::string("cat6a"));
            QCOMPARE(d.links[0].lengthM, 100.0);
            QCOMPARE(qty["transceiver:mc-1g-rj45-lx"], 0LL);
        }
    }
}

void TestNetworkHall::xdrMedia()
{
    // Two Q3400s (4U, twin-port 1.6T cages) joined at 800G. In one rack at U1 and U5 the ports are
    // 0.0889 and 0.2667 m up: (0.1778 + 0.6) × 1.1 + 1 = 1.856 m → the 2 m passive DAC. In racks 30 m
    // apart: (2 × 2.911 + 30) × 1.1 + 1 = 40.4 m → single-mode 50 m, one twin-port 1.6T module per switch.
    for (const double apart : {0.0, 30.0}) {
        Design d;
        for (int k = 0; k < (apart > 0 ? 2 : 1); ++k) {
            Rack r;
            r.id = RackId(k + 1);
            r.footprint = {apart * k - 0.4, 0.0, 0.8, 1.2};
            d.racks.push_back(r);
        }
        for (int k = 0; k < 2; ++k) {
            Device sw;
            sw.id = DeviceId(k + 1);
            sw.rack = RackId(apart > 0 ? k + 1 : 1);
            sw.catalogId = "q3400";
            sw.kind = DeviceKind::Switch;
            sw.name = "X" + std::to_string(k);
            sw.uPosition = apart > 0 ? 1 : 1 + 4 * k;
            sw.uHeight = 4;
            d.devices.push_back(sw);
        }
        TraySegment t;
        t.id = TrayId(1);
        t.a = {0.0, 0.6};
        t.b = {std::max(apart, 1.0), 0.6};
        d.trays.push_back(t);
        Link l;
        l.id = LinkId(1);
        l.fabric = Fabric::Compute;
        l.tier = LinkTier::SpineCore;
        l.a = {DeviceId(1), 0};
        l.b = {DeviceId(2), 0};
        l.gbps = 800;
        l.label = "X-1";
        d.links.push_back(l);
        QCOMPARE(CableRouter(d, catalog()).routeAll(d).routed, 1LL);
        std::map<std::string, long long> qty;
        for (const BomLine &line : networkBom(d, catalog()))
            qty[line.category + ":" + line.catalogId] += line.quantity;
        if (apart > 0) {
            QCOMPARE(d.links[0].mediumId, std::string("smf-mpo12-1.6t"));
            QCOMPARE(d.links[0].lengthM, 50.0);
            QCOMPARE(qty["transceiver:osfp-1.6t-2xdr4"], 2LL);
        } else {
            QCOMPARE(d.links[0].mediumId, std::string("dac-osfp-1.6t"));
            QCOMPARE(d.links[0].lengthM, 2.0);
            QCOMPARE(qty["transceiver:osfp-1.6t-2xdr4"], 0LL);
        }
    }
}

void TestNetworkHall::generatedHallsClean_data()
{
    QTest::addColumn<qlonglong>("accelerators");
    QTest::addColumn<QString>("switchId");
    QTest::newRow("1,024 QM9700") << 1024LL << "qm9700";
    QTest::newRow("10,240 QM9700 (sample)") << 10240LL << "qm9700";
    // QM9700 reaches 64³/4 = 65,536 endpoints in 3 tiers; 102,400 needs the 128-port SN5600.
    QTest::newRow("102,400 SN5600") << 102400LL << "sn5600";
}

void TestNetworkHall::generatedHallsClean()
{
    QFETCH(qlonglong, accelerators);
    QFETCH(QString, switchId);
    const Brief b = sampleBrief(accelerators, switchId.toLatin1().constData());
    Design d = generateLayout(b, catalog());
    SynthesisStats s;
    try {
        s = synthesizeNetwork(d, b, catalog());
    } catch (const FabricError &e) {
        // The layout sizes the network racks (networkRackNeeds); a refusal here means it did not.
        QFAIL(e.what());
    }
    QCOMPARE(s.routing.unrouted + s.routing.noMedium, 0LL);
    QCOMPARE(s.traysOverfilled, 0);

    AnalysisOptions o;
    o.bisection = accelerators <= 10240; // the max-flow is the slow part at 102,400
    o.hops = false;
    o.failures = false;
    const NetworkResults r = analyzeNetwork(d, catalog(), o);
    for (const char *code : {"tray-overfill", "port-conflict", "link-uncabled", "cable-beyond-reach", "link-dangling"})
        QVERIFY2(!hasCheck(r, code), code);
    QCOMPARE(r.overfilledTrays, 0LL);
    QVERIFY(r.maxTrayFill <= 1.0);
    QCOMPARE(r.uncabledLinks + r.portConflicts + r.beyondReach + r.danglingLinks, 0LL);
    // Non-blocking: bisection = N/2 × 400 Gb/s (10,240 → 2,048 Tb/s).
    if (r.bisectionTbps)
        QCOMPARE(*r.bisectionTbps, accelerators / 2 * 0.4);
    // Racks within height and power; devices inside their racks, none overlapping.
    for (const Check &c : checkLayout(d, catalog()))
        for (const char *code : {"rack-power-limit", "device-outside-rack", "device-overlap"})
            QVERIFY2(c.code != code, c.message.c_str());
    // Every BOM line priced, so the BOM has a total.
    for (const BomLine &line : r.bom)
        QVERIFY2(line.unitPriceCny.has_value(), (line.category + " " + line.catalogId).c_str());
    QVERIFY(r.bomPriceCny.has_value());
    // The summary's top-level figures are the compute fabric's; with the other
    // fabrics' own objects they add up to all_fabrics.
    const nlohmann::json j = networkSummaryJson(r);
    long long cables = j["cables_total"].get<long long>(), modules = j["transceivers"].get<long long>();
    for (const auto &[k, v] : j["fabrics"].items()) {
        cables += v["cables"].get<long long>();
        modules += v["transceivers"].get<long long>();
    }
    QCOMPARE(cables, j["all_fabrics"]["cables"].get<long long>());
    QCOMPARE(modules, j["all_fabrics"]["transceivers"].get<long long>());
    // Every compute link cabled; a twin-port DAC/ACC carries two links of one
    // cage pair on one cable, so the cables are the links less one per such pair.
    long long computeLinks = 0, twinLinks = 0;
    for (const Link &l : d.links) {
        if (l.fabric != Fabric::Compute)
            continue;
        ++computeLinks;
        const MediumSpec *m = catalog().medium(l.mediumId);
        QVERIFY2(m, l.label.c_str());
        twinLinks += m->portsPerEnd == 2 ? 1 : 0;
    }
    QCOMPARE(computeLinks, r.nodeLeafLinks + r.leafSpineLinks + r.spineCoreLinks);
    QCOMPARE(twinLinks % 2, 0LL);
    QCOMPARE(j["cables_total"].get<long long>(), computeLinks - twinLinks / 2);
    QCOMPARE(j["patch_panels"].get<int>(), s.patchPanels);
}

QTEST_APPLESS_MAIN(TestNetworkHall)
#include "test_network_hall.moc"
