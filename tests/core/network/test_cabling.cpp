// Tests of the tray graph, cable lengths and media by hand calculation, re-routing, tray fill and module counts.
#include "hall_fixture.h"
#include "test_support.h"

#include "brief/brief.h"
#include "catalog/catalog.h"
#include "layout/layout.h"
#include "network/cabling.h"
#include "network/network_analysis.h"
#include "network/synthesis.h"
#include "network/tray_graph.h"
#include "network/tray_loads.h"

#include <QtTest>

#include <cmath>
#include <numbers>
#include <set>

using namespace hallwright;
using namespace hallwright::network;

namespace {

const Catalog &catalog()
{
    return Catalog::builtin();
}

TraySegment tray(std::int64_t id, Point2 a, Point2 b, double widthMm = 600, double depthMm = 100)
{
    TraySegment t;
    t.id = TrayId(id);
    t.a = a;
    t.b = b;
    t.heightM = 3.0;
    t.widthMm = widthMm;
    t.depthMm = depthMm;
    t.kind = "row";
    return t;
}

Device device(std::int64_t id, RackId rack, const char *catalogId, DeviceKind kind, int u, int h)
{
    Device d;
    d.id = DeviceId(id);
    d.rack = rack;
    d.catalogId = catalogId;
    d.kind = kind;
    d.name = std::string(catalogId) + "-" + std::to_string(id);
    d.uPosition = u;
    d.uHeight = h;
    return d;
}

Link link(std::int64_t id, Fabric f, DeviceId a, int pa, DeviceId b, int pb, double gbps)
{
    Link l;
    l.id = LinkId(id);
    l.fabric = f;
    l.tier = LinkTier::NodeLeaf;
    l.a = {a, pa};
    l.b = {b, pb};
    l.gbps = gbps;
    l.label = "L" + std::to_string(id);
    return l;
}

/// Two racks side by side (centres (0.3, 0.6) and (0.9, 0.6)) under one 0.6 m tray at 3 m.
/// Rack A: a DGX H100 at U1 (8U) and a QM9700 at U10; rack B: a QM9700 at U1.
/// Link 1: node port 0 → rack B switch (across the tray); link 2: node port 2 → rack A switch.
Design twoRacks(double trayWidthMm = 600, double trayDepthMm = 100)
{
    Design d;
    for (int k = 0; k < 2; ++k) {
        Rack r;
        r.id = RackId(k + 1);
        r.name = k == 0 ? "A" : "B";
        r.footprint = {0.6 * k, 0.0, 0.6, 1.2};
        r.heightU = 48;
        d.racks.push_back(r);
    }
    d.trays.push_back(tray(1, {0.3, 0.6}, {0.9, 0.6}, trayWidthMm, trayDepthMm));
    d.devices.push_back(device(1, RackId(1), "dgx-h100", DeviceKind::ComputeNode, 1, 8));
    d.devices.push_back(device(2, RackId(2), "qm9700", DeviceKind::Switch, 1, 1));
    d.devices.push_back(device(3, RackId(1), "qm9700", DeviceKind::Switch, 10, 1));
    d.links.push_back(link(1, Fabric::Compute, DeviceId(1), 0, DeviceId(2), 0, 400));
    d.links.push_back(link(2, Fabric::Compute, DeviceId(1), 2, DeviceId(3), 0, 400));
    return d;
}

} // namespace

class TestCabling : public QObject
{
    Q_OBJECT

private slots:
    void trayGraph();
    void chainSearchAsEveryVertex();
    void oneShotLoadsAsPathByPath();
    void lengthsByHand();
    void movedRackGrowsLonger();
    void trayFill();
    void twinPortModules();
    void synthesizedHallRouted();
    void rerouteOnlyMovedRack();
    void scheduleRows();
};

void TestCabling::trayGraph()
{
    // An L (10 m east, then 5 m north), a T branch 5 m south from (5, 0), a near-joint pair, an island.
    std::vector<TraySegment> t{tray(1, {0, 0}, {10, 0}), tray(2, {10, 0}, {10, 5}), tray(3, {5, 0}, {5, -5}),
                               tray(4, {20, 0}, {21, 0}), tray(5, {21.0005, 0}, {22, 0}),
                               tray(6, {100, 100}, {101, 100})};
    const TrayGraph g(t);
    QVERIFY(!g.empty());
    const auto a = g.attach({3, 1});
    QVERIFY(a);
    QCOMPARE(a->segment, std::size_t(0));
    QCOMPARE(a->offsetM, 1.0);
    QCOMPARE(a->t, 0.3);
    const auto b = g.attach({11, 4}); // segment 2 at (10, 4), 1 m away
    QCOMPARE(b->segment, std::size_t(1));
    const TrayPaths p = g.shortestPaths(*a);
    QCOMPARE(*p.distanceTo(*b), 7.0 + 4.0);
    // Through the T-junction at (5, 0): from (5, -5) to (10, 5) is 5 + 5 + 5.
    const auto c = g.attach({5.5, -5});
    const auto e = g.attach({10.5, 5});
    const TrayPaths pc = g.shortestPaths(*c);
    QCOMPARE(*pc.distanceTo(*e), 15.0);
    std::set<std::size_t> used;
    pc.forEachSegment(*e, [&](std::size_t s) { used.insert(s); });
    QVERIFY((used == std::set<std::size_t>{0, 1, 2}));
    // End points 0.5 mm apart join: (20, 0) to (22, 0) is 1 + 0.9995 m of tray.
    const TrayPaths pj = g.shortestPaths(*g.attach({20, 0}));
    QVERIFY(std::abs(*pj.distanceTo(*g.attach({22, 0})) - 1.9995) < 1e-9);
    // An island is unreachable.
    QVERIFY(!p.distanceTo(*g.attach({100.5, 100})));
    // On the same segment the path is direct.
    QCOMPARE(*p.distanceTo(*g.attach({9, -1})), 6.0);
    // No trays: no attach point.
    QVERIFY(!TrayGraph({}).attach({0, 0}));
}

namespace {

/// Searches from each of `sources` to all of `points` both ways: the same distances to the bit
/// and the same segments in the same order.
void compareSearches(const TrayGraph &g, const std::vector<TrayAttach> &sources, const std::vector<TrayAttach> &points)
{
    TrayPaths chains, everyVertex; // reused, as the router reuses them
    for (bool targeted : {true, false})
        for (const TrayAttach &from : sources) {
            g.shortestPaths(from, targeted ? &points : nullptr, chains, TraySearch::Chains);
            g.shortestPaths(from, targeted ? &points : nullptr, everyVertex, TraySearch::EveryVertex);
            for (const TrayAttach &to : points) {
                const auto a = chains.distanceTo(to), b = everyVertex.distanceTo(to);
                QCOMPARE(a.has_value(), b.has_value());
                if (a)
                    QCOMPARE(*a, *b); // exactly
                std::vector<std::size_t> sa, sb;
                chains.forEachSegment(to, [&](std::size_t s) { sa.push_back(s); });
                everyVertex.forEachSegment(to, [&](std::size_t s) { sb.push_back(s); });
                QVERIFY(sa == sb);
            }
            if (!targeted)
                continue;
            // The loads carried up the tree of paths: what each path's segments sum to.
            std::vector<std::pair<long long, long long>> load;
            for (std::size_t k = 0; k < points.size(); ++k)
                load.emplace_back(1, static_cast<long long>(k) * 1000 + 7);
            std::vector<long long> cables(g.segmentCount(), 0), units(g.segmentCount(), 0);
            chains.addAlongPaths(points, load, cables, units);
            std::vector<long long> wantCables(g.segmentCount(), 0), wantUnits(g.segmentCount(), 0);
            for (std::size_t k = 0; k < points.size(); ++k)
                everyVertex.forEachSegment(points[k], [&](std::size_t s) {
                    wantCables[s] += load[k].first;
                    wantUnits[s] += load[k].second;
                });
            QVERIFY(cables == wantCables);
            QVERIFY(units == wantUnits);
            // The tree kept apart gives each path's segments as the search did.
            const TrayPathTree tree = chains.pathTree(points);
            for (std::size_t k = 0; k < points.size(); ++k) {
                std::vector<std::size_t> fromTree, fromSearch;
                tree.forEachSegment(k, [&](std::size_t s) { fromTree.push_back(s); });
                everyVertex.forEachSegment(points[k], [&](std::size_t s) { fromSearch.push_back(s); });
                QVERIFY(fromTree == fromSearch);
            }
        }
}

} // namespace

void TestCabling::chainSearchAsEveryVertex()
{
    // By hand: a ladder of three rungs (ties between rungs), a spur with a dead end, two parallel
    // segments, a loop back to its own junction, a T-junction, a ring without any junction.
    std::vector<TraySegment> t{tray(1, {0, 0}, {10, 0}), tray(2, {0, 5}, {10, 5}), tray(3, {0, 10}, {10, 10}),
                               tray(4, {0, 0}, {0, 10}), tray(5, {10, 0}, {10, 10}), tray(6, {10, 10}, {14, 10}),
                               tray(7, {14, 10}, {17, 10}), tray(8, {14, 10}, {17, 10}), tray(9, {17, 10}, {17, 12}),
                               tray(10, {17, 12}, {19, 12}), tray(11, {19, 12}, {17, 10}), tray(12, {5, 0}, {5, -3}),
                               tray(13, {30, 0}, {31, 0}), tray(14, {31, 0}, {31, 1}), tray(15, {31, 1}, {30, 0})};
    const TrayGraph g(t);
    std::vector<TrayAttach> points;
    for (double x = -1; x <= 32; x += 0.5)
        for (double y = -4; y <= 13; y += 0.5)
            points.push_back(*g.attach({x, y}));
    compareSearches(g, points, points);

    // A generated hall: rows of rack attach points between trunks.
    const Design d = generateLayout(parseBrief(test::readFile(test::resourcePath("sample/sample-10240.json")), catalog()),
                                    catalog());
    const TrayGraph hall(d.trays);
    std::vector<TrayAttach> racks, some;
    for (std::size_t i = 0; i < d.racks.size(); ++i) {
        racks.push_back(*hall.attach(d.racks[i].footprint.center()));
        if (i % 17 == 0)
            some.push_back(racks.back());
    }
    compareSearches(hall, some, racks);
}

void TestCabling::oneShotLoadsAsPathByPath()
{
    // The loads summed up each search's tree of paths equal those of every pair's own path.
    Design d = generateLayout(parseBrief(test::readFile(test::resourcePath("sample/sample-10240.json")), catalog()),
                              catalog());
    synthesizeNetwork(d, parseBrief(test::readFile(test::resourcePath("sample/sample-10240.json")), catalog()),
                      catalog());
    const std::vector<TrayLoad> byPair = TrayLoadIndex(d, catalog()).loads(d);
    CableRouter router(d, catalog()); // its trees of paths, kept from routing
    router.routeAll(d);
    for (const std::vector<TrayLoad> &once : {trayLoads(d, catalog()), router.trayLoads(d)}) {
        QCOMPARE(once.size(), byPair.size());
        long long cables = 0;
        for (std::size_t s = 0; s < once.size(); ++s) {
            QCOMPARE(once[s].cables, byPair[s].cables);
            QCOMPARE(once[s].cableAreaMm2, byPair[s].cableAreaMm2);
            cables += once[s].cables;
        }
        QVERIFY(cables > 0);
    }
}

void TestCabling::lengthsByHand()
{
    Design d = twoRacks();
    CableRouter router(d, catalog());
    const RoutingStats s = router.routeAll(d);
    QCOMPARE(s.routed, 2LL);
    // Link 1: port heights (0 + 8/2) × 0.04445 = 0.1778 m (node) and 0.5 × 0.04445 m (switch);
    // drops 3 − h each, tray 0.6 m: raw 6.399975 m; × 1.10 + 1.0 m loop = 8.0399725 m.
    const double raw1 = (3.0 - 4 * 0.04445) + 0.6 + (3.0 - 0.5 * 0.04445);
    QVERIFY(std::abs(*router.requiredLength(0) - (raw1 * 1.1 + 1.0)) < 1e-9);
    // Beyond DAC (2 m) and ACC (5 m). The single-port 400G AOC does not fit the twin-port
    // 800G cages at either end. At 10 m: OM4 150 + 15×10 + 7000/2 at each twin-port end =
    // 7300 CNY; SMF 200 + 100 + 9000 = 9300 → OM4, 10 m stock.
    QCOMPARE(d.links[0].mediumId, std::string("om4-mpo12-800g"));
    QCOMPARE(d.links[0].lengthM, 10.0);
    // Link 2, inside rack A: |0.1778 − 9.5 × 0.04445| + 0.6 m run = 0.844475 m; × 1.1 + 1 = 1.9289 m
    // → DAC 2 m: the only link of both its cages (their second ports are unused), so a twin-port
    // DAC joins the two cages; (1500 + 400×2) / 2 ports = 1150 per link beats OM4's 7180.
    const double raw2 = std::abs(4 * 0.04445 - 9.5 * 0.04445) + 0.6;
    QVERIFY(std::abs(*router.requiredLength(1) - (raw2 * 1.1 + 1.0)) < 1e-9);
    QCOMPARE(d.links[1].mediumId, std::string("dac-osfp-800g"));
    QCOMPARE(d.links[1].lengthM, 2.0);
}

void TestCabling::movedRackGrowsLonger()
{
    Design d = twoRacks();
    CableRouter router(d, catalog());
    router.routeAll(d);
    // Rack B moves 6 m east, off the end of the tray: the 6 m to the tray's end counts as drop.
    d.racks[1].footprint.x += 6.0;
    const RoutingStats s = router.rerouteRack(d, RackId(2));
    QCOMPARE(s.routed, 1LL);
    const double raw = (3.0 - 4 * 0.04445) + 0.6 + (3.0 - 0.5 * 0.04445) + 6.0;
    QVERIFY(std::abs(*router.requiredLength(0) - (raw * 1.1 + 1.0)) < 1e-9); // 14.64 m
    QCOMPARE(d.links[0].mediumId, std::string("om4-mpo12-800g"));
    QCOMPARE(d.links[0].lengthM, 15.0);
    QCOMPARE(d.links[1].lengthM, 2.0); // the in-rack link of rack A is untouched
    // The convenience function gives the same.
    Design e = twoRacks();
    e.racks[1].footprint.x += 6.0;
    rerouteRack(e, RackId(2), catalog());
    QCOMPARE(e.links[0].lengthM, 15.0);
}

void TestCabling::trayFill()
{
    // A 10 × 10 mm tray holds 50 % × 100 mm² = 50 mm²; a Cat6A cable (7.5 mm) is π × 3.75² = 44.18 mm².
    Design d = twoRacks(10, 10);
    d.devices[1].catalogId = "sn2201";
    d.links = {link(1, Fabric::OobMgmt, DeviceId(1), 10, DeviceId(2), 0, 1)};
    CableRouter router(d, catalog());
    router.routeAll(d);
    QCOMPARE(d.links[0].mediumId, std::string("cat6a"));
    QCOMPARE(d.links[0].lengthM, 10.0); // 8.04 m → 10 m stock
    auto loads = router.trayLoads(d);
    QCOMPARE(loads[0].cables, 1LL);
    QVERIFY(std::abs(loads[0].cableAreaMm2 - std::numbers::pi * 3.75 * 3.75) < 1e-9);
    QVERIFY(!loads[0].overfilled());
    d.links.push_back(link(2, Fabric::OobMgmt, DeviceId(1), 11, DeviceId(2), 1, 1));
    CableRouter again(d, catalog());
    again.routeAll(d);
    loads = again.trayLoads(d);
    QCOMPARE(loads[0].cables, 2LL);
    QVERIFY(loads[0].overfilled()); // 88.4 mm² > 50 mm²
    const NetworkResults r = analyzeNetwork(d, catalog());
    QCOMPARE(r.overfilledTrays, 1LL);
    QVERIFY(std::any_of(r.checks.begin(), r.checks.end(), [](const Check &c) { return c.code == "tray-overfill"; }));
}

void TestCabling::twinPortModules()
{
    // Two QM9700s joined on ports 0–3 with OM4 (twin-port 2×SR4 modules: 2 cages each side = 4),
    // and an HGX H800 (single-port NICs) on switch ports 4–5: 1 more twin module (cage 2) and
    // 2 single-port flat-top modules at the NICs. Total 5 + 2 = 7 modules, 6 cables.
    Design d = twoRacks();
    d.devices[0].catalogId = "hgx-h800";
    d.links.clear();
    for (int p = 0; p < 4; ++p)
        d.links.push_back(link(p + 1, Fabric::Compute, DeviceId(2), p, DeviceId(3), p, 400));
    d.links.push_back(link(5, Fabric::Compute, DeviceId(1), 0, DeviceId(3), 4, 400));
    d.links.push_back(link(6, Fabric::Compute, DeviceId(1), 1, DeviceId(3), 5, 400));
    for (Link &l : d.links) {
        l.mediumId = "om4-mpo12-800g";
        l.lengthM = 10;
    }
    const auto bom = networkBom(d, catalog());
    std::map<std::string, long long> qty;
    for (const BomLine &line : bom)
        qty[line.category + ":" + line.catalogId] += line.quantity;
    QCOMPARE(qty["transceiver:osfp-800g-2xsr4"], 5LL);
    QCOMPARE(qty["transceiver:osfp-400g-sr4-flt"], 2LL);
    QCOMPARE(qty["cable:om4-mpo12-800g"], 6LL);
    QCOMPARE(qty["switch:qm9700"], 2LL);
    const NetworkResults r = analyzeNetwork(d, catalog());
    QCOMPARE(r.transceivers, 7LL);
    QCOMPARE(r.cablesTotal, 6LL);
    QCOMPARE(r.cableLengthM, 60.0);
    // Price: 2 × 250000 switches + 5 × 7000 + 2 × 4000 modules + 6 × (150 + 15 × 10) cables.
    QCOMPARE(*r.bomPriceCny, 500000.0 + 35000 + 8000 + 1800);
}

void TestCabling::synthesizedHallRouted()
{
    test::HallSpec spec;
    spec.sus = 2;
    spec.centralRacks = 2;
    Design d = test::makeHall(spec, catalog());
    FabricInputs in;
    in.nodesPerSu = 32;
    in.oobPortsPerNode = 1;
    synthesizeNetwork(d, in, SwitchIds{}, catalog());
    std::map<std::string, const MediumSpec *> media;
    for (const Link &l : d.links) {
        QVERIFY2(!l.mediumId.empty(), l.label.c_str());
        const MediumSpec *m = catalog().medium(l.mediumId);
        QVERIFY(m);
        QVERIFY(l.lengthM <= m->maxReachM);
        QVERIFY(m->stockLengthsM.empty()
                || std::find(m->stockLengthsM.begin(), m->stockLengthsM.end(), l.lengthM) != m->stockLengthsM.end());
        if (l.fabric == Fabric::OobMgmt)
            QCOMPARE(l.mediumId, std::string("cat6a"));
    }
    const NetworkResults r = analyzeNetwork(d, catalog());
    QCOMPARE(r.overfilledTrays, 0LL);
    QVERIFY(r.maxTrayFill > 0);
    QVERIFY(r.checks.empty());
}

void TestCabling::rerouteOnlyMovedRack()
{
    test::HallSpec spec;
    spec.sus = 2;
    Design d = test::makeHall(spec, catalog());
    FabricInputs in;
    in.nodesPerSu = 32;
    SynthesisOptions opt;
    CableRouter router(d, catalog());
    synthesizeNetwork(d, in, SwitchIds{}, catalog(), opt);
    router.routeAll(d);
    const Design before = d;
    // Move the first compute rack 20 m west, away from its SU's leaf rack.
    const auto it = std::find_if(d.racks.begin(), d.racks.end(), [](const Rack &r) { return r.role == RackRole::Compute; });
    QVERIFY(it != d.racks.end());
    Rack &moved = *it;
    moved.footprint.x -= 20.0;
    router.rerouteRack(d, moved.id);
    std::set<std::int64_t> inRack;
    for (const Device &dev : d.devices)
        if (dev.rack == moved.id)
            inRack.insert(dev.id.value());
    int longer = 0;
    for (std::size_t i = 0; i < d.links.size(); ++i) {
        const Link &l = d.links[i];
        const bool touches = inRack.count(l.a.device.value()) || inRack.count(l.b.device.value());
        if (!touches) {
            QCOMPARE(l.lengthM, before.links[i].lengthM);
            QCOMPARE(l.mediumId, before.links[i].mediumId);
            continue;
        }
        QVERIFY(l.lengthM >= before.links[i].lengthM);
        QVERIFY(*router.requiredLength(i) >= 20.0 * 1.1); // the 20 m extra drop with slack
        longer += l.lengthM > before.links[i].lengthM;
    }
    QCOMPARE(longer, 4 * 8); // every compute link of the rack's 4 nodes
}

void TestCabling::scheduleRows()
{
    Design d = twoRacks();
    CableRouter router(d, catalog());
    router.routeAll(d);
    const auto rows = cableSchedule(d);
    QCOMPARE(rows.size(), std::size_t(2));
    QCOMPARE(rows[0].label, std::string("L1"));
    QCOMPARE(rows[0].fromRack, std::string("A"));
    QCOMPARE(rows[0].fromU, 1);
    QCOMPARE(rows[0].fromPort, 0);
    QCOMPARE(rows[0].toRack, std::string("B"));
    QCOMPARE(rows[0].toDevice, std::string("qm9700-2"));
    QCOMPARE(rows[0].medium, std::string("om4-mpo12-800g"));
    QCOMPARE(rows[0].lengthM, 10.0);
    QCOMPARE(rows[0].fabric, std::string("compute"));
}

QTEST_APPLESS_MAIN(TestCabling)
#include "test_cabling.moc"
