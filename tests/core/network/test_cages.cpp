// Tests of twin-port cages: fixed-end cables only between two whole cages, modules and cables per cage, cage-split-cable.
#include "hall_fixture.h"

#include "catalog/catalog.h"
#include "network/cabling.h"
#include "network/cages.h"
#include "network/network_analysis.h"
#include "network/synthesis.h"

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

Device device(std::int64_t id, const char *catalogId, DeviceKind kind, int u, int h)
{
    Device d;
    d.id = DeviceId(id);
    d.rack = RackId(1);
    d.catalogId = catalogId;
    d.kind = kind;
    d.name = std::string(catalogId) + "-" + std::to_string(id);
    d.uPosition = u;
    d.uHeight = h;
    return d;
}

Link link(std::int64_t id, DeviceId a, int pa, DeviceId b, int pb)
{
    Link l;
    l.id = LinkId(id);
    l.fabric = Fabric::Compute;
    l.tier = LinkTier::LeafSpine;
    l.a = {a, pa};
    l.b = {b, pb};
    l.gbps = 400;
    l.label = "L" + std::to_string(id);
    return l;
}

/// One 48U rack with a tray over it; the devices and links are the test's.
Design oneRack()
{
    Design d;
    Rack r;
    r.id = RackId(1);
    r.name = "A";
    r.footprint = {0.0, 0.0, 0.6, 1.2};
    r.heightU = 48;
    d.racks.push_back(r);
    TraySegment t;
    t.id = TrayId(1);
    t.a = {0.3, 0.6};
    t.b = {3.0, 0.6};
    t.heightM = 3.0;
    t.widthMm = 600;
    t.depthMm = 100;
    t.kind = "row";
    d.trays.push_back(t);
    return d;
}

std::map<std::string, long long> quantities(const Design &d)
{
    std::map<std::string, long long> q;
    for (const BomLine &line : networkBom(d, catalog()))
        q[line.category + ":" + line.catalogId] += line.quantity;
    return q;
}

bool hasCheck(const CheckList &checks, const char *code)
{
    return std::any_of(checks.begin(), checks.end(), [&](const Check &c) { return c.code == code; });
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

FabricInputs dgxH100(int nodesPerSu)
{
    FabricInputs in;
    in.acceleratorsPerNode = 8;
    in.railsPerNode = 8;
    in.nicGbps = 400;
    in.switchRadix = 64;
    in.linkGbps = 400;
    in.nodesPerSu = nodesPerSu;
    return in;
}

} // namespace

class TestCages : public QObject
{
    Q_OBJECT

private slots:
    void wholeCagePairTakesOneDac();
    void splitCageTakesModules();
    void dgxCagesSplitAcrossRails();
    void suCounts_data();
    void suCounts();
    void ruleFailsAndPasses();
    void singlePortCableInTwinCage();
    void copperLengths();
    void portsNumberedFarApart();
};

void TestCages::wholeCagePairTakesOneDac()
{
    // Two QM9700 in one rack (U10, U12) joined port for port on 0–3: cages 0 and 1 of each
    // pair up whole. Length |9.5 − 11.5| × 0.04445 + 0.6 m = 0.6889 m; × 1.1 + 1 m = 1.758 m →
    // the 2 m MCP4Y10 DAC, (1500 + 400 × 2) / 2 = 1150 per link against OM4's 7180.
    Design d = oneRack();
    d.devices = {device(1, "qm9700", DeviceKind::Switch, 10, 1), device(2, "qm9700", DeviceKind::Switch, 12, 1)};
    for (int p = 0; p < 4; ++p)
        d.links.push_back(link(p + 1, DeviceId(1), p, DeviceId(2), p));
    CableRouter router(d, catalog());
    const RoutingStats s = router.routeAll(d);
    QCOMPARE(s.routed, 4LL);
    for (const Link &l : d.links) {
        QCOMPARE(l.mediumId, std::string("dac-osfp-800g"));
        QCOMPARE(l.lengthM, 2.0);
    }
    // One physical cable per cage pair: 2 DACs for 4 links, no modules.
    auto q = quantities(d);
    QCOMPARE(q["cable:dac-osfp-800g"], 2LL);
    QCOMPARE(q.count("transceiver:osfp-800g-2xsr4"), std::size_t(0));
    const NetworkResults r = analyzeNetwork(d, catalog(), quick());
    QCOMPARE(r.cablesTotal, 2LL);
    QCOMPARE(r.cableLengthM, 4.0);
    QCOMPARE(r.transceivers, 0LL);
    QVERIFY(!hasCheck(r.checks, "cage-split-cable"));
}

void TestCages::splitCageTakesModules()
{
    // Switch 1's cage 0 carries port 0 to switch 2 and port 1 to switch 3: the cage splits, so no
    // DAC can serve it. OM4 (2 m, 150 + 30 CNY) with a twin-port 2×SR4 module in each of the three
    // cages: 3 modules, 2 fibres.
    Design d = oneRack();
    d.devices = {device(1, "qm9700", DeviceKind::Switch, 10, 1), device(2, "qm9700", DeviceKind::Switch, 12, 1),
                 device(3, "qm9700", DeviceKind::Switch, 14, 1)};
    d.links = {link(1, DeviceId(1), 0, DeviceId(2), 0), link(2, DeviceId(1), 1, DeviceId(3), 0)};
    CableRouter router(d, catalog());
    router.routeAll(d);
    for (const Link &l : d.links)
        QCOMPARE(l.mediumId, std::string("om4-mpo12-800g"));
    auto q = quantities(d);
    QCOMPARE(q["transceiver:osfp-800g-2xsr4"], 3LL);
    QCOMPARE(q["cable:om4-mpo12-800g"], 2LL);
    const NetworkResults r = analyzeNetwork(d, catalog(), quick());
    QCOMPARE(r.transceivers, 3LL);
    QCOMPARE(r.cablesTotal, 2LL);
    QVERIFY(!hasCheck(r.checks, "cage-split-cable"));
}

void TestCages::dgxCagesSplitAcrossRails()
{
    // A DGX H100 (U1, 8U) with its 8 rails on 8 QM9700 in the same rack (U20…U27): every
    // twin-port node cage carries two rails to two switches, so even these short runs take
    // modules: 4 twin-port modules at the node and one in cage 0 of each switch = 12, 8 fibres.
    Design d = oneRack();
    d.devices.push_back(device(1, "dgx-h100", DeviceKind::ComputeNode, 1, 8));
    for (int k = 0; k < 8; ++k) {
        d.devices.push_back(device(10 + k, "qm9700", DeviceKind::Switch, 20 + k, 1));
        Link l = link(k + 1, DeviceId(1), k, DeviceId(10 + k), 0);
        l.tier = LinkTier::NodeLeaf;
        d.links.push_back(l);
    }
    CableRouter router(d, catalog());
    router.routeAll(d);
    auto q = quantities(d);
    QCOMPARE(q["transceiver:osfp-800g-2xsr4"], 4LL + 8);
    QCOMPARE(q["cable:om4-mpo12-800g"], 8LL);
    QCOMPARE(q.count("cable:dac-osfp-800g"), std::size_t(0));
}

void TestCages::suCounts_data()
{
    QTest::addColumn<int>("sus");
    QTest::addColumn<long long>("modules");
    QTest::addColumn<long long>("fibres");
    // DGX H100, 32 nodes per SU, QM9700 (64 × 400G in 32 twin-port cages), 2 tiers.
    // 1 SU: 8 leaves of 32 down + 32 up; spines s | 32 with 8 × 32/s ≤ 64 → 4 spines of 64 down.
    //   Node cages: 32 nodes × 4 (each carries rails r, r+1 to two leaves: split, one module).
    //   Leaf cages: 32 each, all used (down cages hold two nodes, up cages one spine) → 8 × 32.
    //   Spine cages: 32 each → 4 × 32. Every run leaves its rack (> 2 m): all optical.
    //   Modules 128 + 256 + 128 = 512; fibres = links = 256 node-leaf + 256 leaf-spine = 512.
    QTest::newRow("1 SU") << 1 << 512LL << 512LL;
    // 4 SUs: 32 leaves; s | 32 with 32 × 32/s ≤ 64 → 16 spines, 2 links per leaf-spine pair.
    //   Modules 128 × 4 + 32 × 32 + 16 × 32 = 512 + 1024 + 512 = 2048; fibres 1024 + 1024 = 2048.
    QTest::newRow("4 SU") << 4 << 2048LL << 2048LL;
}

void TestCages::suCounts()
{
    QFETCH(int, sus);
    QFETCH(long long, modules);
    QFETCH(long long, fibres);
    test::HallSpec spec;
    spec.sus = sus;
    spec.centralRacks = 4;
    Design d = test::makeHall(spec, catalog());
    const SynthesisStats s = synthesizeNetwork(d, dgxH100(32), SwitchIds{}, catalog());
    QCOMPARE(s.routing.unrouted + s.routing.noMedium, 0LL);
    const NetworkResults r = analyzeNetwork(d, catalog(), quick());
    QCOMPARE(r.fabrics.at("compute").transceivers, modules);
    QCOMPARE(r.fabrics.at("compute").cables, fibres);
    QCOMPARE(r.fabrics.at("compute").links, fibres);
    QVERIFY(!hasCheck(r.checks, "cage-split-cable"));
    QVERIFY(!hasCheck(r.checks, "link-uncabled"));
}

void TestCages::ruleFailsAndPasses()
{
    // Failing: a hand edit puts DACs on both ports of a DGX H100 cage, which go to two leaves.
    Design bad = oneRack();
    bad.devices = {device(1, "dgx-h100", DeviceKind::ComputeNode, 1, 8), device(2, "qm9700", DeviceKind::Switch, 20, 1),
                   device(3, "qm9700", DeviceKind::Switch, 21, 1)};
    bad.links = {link(1, DeviceId(1), 0, DeviceId(2), 0), link(2, DeviceId(1), 1, DeviceId(3), 0)};
    for (Link &l : bad.links) {
        l.mediumId = "dac-osfp-800g";
        l.lengthM = 2.0;
    }
    const CheckList failing = checkCageSplitCables(bad, catalog());
    QCOMPARE(failing.size(), std::size_t(1));
    QCOMPARE(failing[0].code, std::string("cage-split-cable"));
    QCOMPARE(failing[0].severity, Severity::Error);
    QVERIFY(hasCheck(analyzeNetwork(bad, catalog(), quick()).checks, "cage-split-cable"));

    // Passing: both ports of the node cage go to ports 0 and 1 (cage 0) of one switch.
    Design good = bad;
    good.links[1].b = {DeviceId(2), 1};
    QVERIFY(checkCageSplitCables(good, catalog()).empty());
    QVERIFY(!hasCheck(analyzeNetwork(good, catalog(), quick()).checks, "cage-split-cable"));
    // ... and the split design with modules and fibres instead passes too.
    for (Link &l : bad.links)
        l.mediumId = "om4-mpo12-800g";
    QVERIFY(checkCageSplitCables(bad, catalog()).empty());
}

void TestCages::singlePortCableInTwinCage()
{
    // A single-port 400G AOC cannot fill a twin-port 800G OSFP cage of a QM9700.
    Design d = oneRack();
    d.devices = {device(1, "qm9700", DeviceKind::Switch, 10, 1), device(2, "qm9700", DeviceKind::Switch, 12, 1)};
    d.links = {link(1, DeviceId(1), 0, DeviceId(2), 0)};
    d.links[0].mediumId = "aoc-400g";
    d.links[0].lengthM = 3.0;
    const CheckList c = checkCageSplitCables(d, catalog());
    QCOMPARE(c.size(), std::size_t(1));
    QCOMPARE(c[0].code, std::string("cage-split-cable"));
    d.links[0].mediumId = "dac-osfp-800g";
    d.links[0].lengthM = 2.0;
    QVERIFY(checkCageSplitCables(d, catalog()).empty());
}

void TestCages::copperLengths()
{
    // NVIDIA MCP4Y10 passive DACs come in 0.5, 1, 1.5 and 2 m; active copper (4 and 5 m) beyond.
    const MediumSpec *dac = catalog().medium("dac-osfp-800g");
    QVERIFY(dac);
    QCOMPARE(dac->stockLengthsM, (std::vector<double>{0.5, 1, 1.5, 2}));
    QCOMPARE(dac->maxReachM, 2.0);
    QCOMPARE(dac->portsPerEnd, 2);
    const MediumSpec *acc = catalog().medium("acc-osfp-800g");
    QVERIFY(acc);
    QVERIFY(acc->stockLengthsM.front() > dac->maxReachM);
    QCOMPARE(acc->portsPerEnd, 2);
    QCOMPARE(catalog().medium("aoc-400g")->portsPerEnd, 1);
}

void TestCages::portsNumberedFarApart()
{
    // A hand-made file may number ports up to the loader's limit (1,000,000). Shifting every
    // port by 999,936 (a multiple of every cage size) keeps every cage as it was: the counts
    // must not change, and the per-port tables must not grow with the port numbers (4,000
    // links at ports near a million each would ask tables of billions of entries).
    test::HallSpec spec;
    spec.sus = 2;
    spec.centralRacks = 4;
    Design d = test::makeHall(spec, catalog());
    synthesizeNetwork(d, dgxH100(32), SwitchIds{}, catalog());
    const NetworkResults before = analyzeNetwork(d, catalog(), quick());
    for (Link &l : d.links) {
        l.a.port += 999'936;
        l.b.port += 999'936;
    }
    const NetworkResults after = analyzeNetwork(d, catalog(), quick());
    QCOMPARE(after.cablesTotal, before.cablesTotal);
    QCOMPARE(after.transceivers, before.transceivers);
    QCOMPARE(after.portConflicts, before.portConflicts);
    QCOMPARE(after.fabrics.at("compute").transceivers, before.fabrics.at("compute").transceivers);
    QCOMPARE(after.bom.size(), before.bom.size());
    for (std::size_t i = 0; i < before.bom.size(); ++i)
        QCOMPARE(after.bom[i].quantity, before.bom[i].quantity);
    QCOMPARE(hasCheck(after.checks, "cage-split-cable"), hasCheck(before.checks, "cage-split-cable"));
    const std::vector<long long> owners = cableOwners(d, LinkEnds(d, catalog()));
    QCOMPARE(static_cast<long long>(std::count_if(owners.begin(), owners.end(),
                                                  [&](long long o) { return o >= 0; })),
             static_cast<long long>(d.links.size()));
}

QTEST_APPLESS_MAIN(TestCages)
#include "test_cages.moc"
