// Tests of the power engine: three-phase arithmetic, sizing, chain loads, energy, PUE and the schedule.
#include "test_hall.h"

#include "cooling/cooling_analysis.h"
#include "power/facility.h"
#include "power/placement.h"
#include "power/power_analysis.h"
#include "power/power_math.h"
#include "power/power_network.h"
#include "power/power_synthesis.h"

#include <QtTest>

#include <nlohmann/json.hpp>

#include <cmath>

using namespace hallwright;
using namespace hallwright::test;

namespace {

bool near(double a, double b, double tol = 1e-6)
{
    return std::abs(a - b) <= tol * std::max(1.0, std::abs(b));
}

Design synthesized(int rows, int racks, int nodes, Redundancy r, std::optional<double> pue = 1.3,
                   PowerSynthesisStats *stats = nullptr)
{
    Design d = testHall(rows, racks, nodes);
    synthesizePower(d, testBrief(r, pue), testCatalog(), {}, stats);
    return d;
}

const PowerElement *element(const PowerNetwork &net, const std::string &name)
{
    for (const PowerElement &e : net.elements())
        if (e.name == name)
            return &e;
    return nullptr;
}

} // namespace

class TestPower : public QObject
{
    Q_OBJECT

private slots:
    void threePhaseCapacity()
    {
        // √3 × 400 V × 63 A × 1.0 = 43,647.7 W; continuous 80 % = 34.918 kW.
        QVERIFY(near(threePhaseKw(400, 63, 1.0), 43.6477, 1e-5));
        const PowerSpec *pdu63 = testCatalog().power("pdu-63");
        QVERIFY(pdu63);
        QVERIFY(near(nameplateKw(*pdu63), 43.6477, 1e-5));
        QVERIFY(near(continuousKw(*pdu63), 34.9182, 1e-5));
        // √3 × 400 × 32 = 22.170 kW → 17.736 kW continuous.
        QVERIFY(near(continuousKw(*testCatalog().power("pdu-32")), 17.7362, 1e-5));
        // Single phase 230 V × 32 A × 0.95 = 6.992 kW.
        QVERIFY(near(singlePhaseKw(230, 32, 0.95), 6.992));
        // A UPS is rated for continuous output: no derating.
        QCOMPARE(continuousKw(*testCatalog().power("ups-100")), 100.0);
    }

    void pduSizedForWholeRackOnEachFeed()
    {
        // 30 kW rack: pdu-32 carries 17.74 kW < 30, pdu-63 34.92 kW ≥ 30 → one pdu-63 per feed.
        Design d = synthesized(1, 2, 3, Redundancy::TwoN);
        const Device *a = findDevice(d, "A01-PDU-A1");
        const Device *b = findDevice(d, "A01-PDU-B1");
        QVERIFY(a && b);
        QCOMPARE(a->catalogId, std::string("pdu-63"));
        QCOMPARE(a->kind, DeviceKind::Pdu);
        QCOMPARE(a->uHeight, 0);
        QCOMPARE(a->uPosition, 0);
        QCOMPARE(b->role, std::string("B"));
        QVERIFY(!findDevice(d, "A01-PDU-A2"));
        // 10 kW rack: pdu-32 (17.74 kW) is the smallest that fits.
        Design small = synthesized(1, 1, 1, Redundancy::TwoN);
        QCOMPARE(findDevice(small, "A01-PDU-A1")->catalogId, std::string("pdu-32"));
        // 40 kW rack: no PDU carries 40 kW continuously → ⌈40 / 34.92⌉ = 2 pdu-63 per feed.
        Design big = synthesized(1, 1, 4, Redundancy::TwoN);
        QVERIFY(findDevice(big, "A01-PDU-A2") && findDevice(big, "A01-PDU-B2"));
        QVERIFY(!findDevice(big, "A01-PDU-A3"));
    }

    void upsCapacityTwoNVersusNPlusOne()
    {
        // 2 rows × 5 racks × 3 × 10 kW = 300 kW. Smallest UPS module within 8 per
        // system: ups-100, ⌈300 / 100⌉ = 3 modules carry the load.
        const PowerBrief brief = testBrief(Redundancy::TwoN).power;
        PowerSynthesisStats s2n, sn1, sn;
        const Design d2n = synthesized(2, 5, 3, Redundancy::TwoN, 1.3, &s2n);
        const Design dn1 = synthesized(2, 5, 3, Redundancy::NPlus1, 1.3, &sn1);
        const Design dn = synthesized(2, 5, 3, Redundancy::N, 1.3, &sn);
        // 2N: two sides of 3 modules = 600 kW installed, 300 kW per side.
        QCOMPARE(s2n.upsModules, 6);
        QCOMPARE(s2n.transformers, 2);
        QCOMPARE(analyzePower(d2n, testCatalog(), brief, CoolingMode::Air).upsKw, 600.0);
        // N+1: two blocks at least (no transformer carries the whole hall), rows split
        // in halves (3 + 2 racks, 90 + 60 kW) to balance them: 150 kW each, 2 + 1
        // modules per block = 600 kW installed, 200 kW per block with one out.
        QCOMPARE(sn1.upsModules, 6);
        QCOMPARE(sn1.transformers, 2);
        QCOMPARE(analyzePower(dn1, testCatalog(), brief, CoolingMode::Air).upsKw, 600.0);
        // N: 3 modules = 300 kW.
        QCOMPARE(sn.upsModules, 3);
        QCOMPARE(analyzePower(dn, testCatalog(), brief, CoolingMode::Air).upsKw, 300.0);
        // Busways: each row 150 kW ≤ 221.7 kW continuous → one per row and feed.
        QCOMPARE(s2n.busways, 4);
        QCOMPARE(countEquipment(d2n, EquipmentKind::Busway), 4);
        // Generators on the brief's PUE: 300 × 1.3 = 390 kW → one gen-400; N+1 adds a spare.
        QCOMPARE(sn.generators, 1);
        QCOMPARE(sn1.generators, 2);
        QCOMPARE(s2n.generators, 2);
    }

    void chainIsLinked()
    {
        const Design d = synthesized(2, 5, 3, Redundancy::TwoN);
        const Equipment *bwA = findEquipment(d, "BW-A-A");
        const Equipment *bwB = findEquipment(d, "BW-A-B");
        const Equipment *tx = findEquipment(d, "TX-01A");
        QVERIFY(bwA && bwB && tx);
        QCOMPARE(findDevice(d, "A01-PDU-A1")->powerFeed, bwA->id);
        QCOMPARE(findDevice(d, "A01-PDU-B1")->powerFeed, bwB->id);
        const Equipment *ups = nullptr;
        for (const Equipment &e : d.equipment)
            if (e.id == bwA->upstream)
                ups = &e;
        QVERIFY(ups);
        QCOMPARE(ups->kind, EquipmentKind::Ups);
        QCOMPARE(ups->feed, std::string("A"));
        QCOMPARE(ups->upstream, tx->id);
        // The two sides never share a UPS: B's busway hangs on TX-01B's modules.
        const Equipment *txB = findEquipment(d, "TX-01B");
        for (const Equipment &e : d.equipment)
            if (e.id == bwB->upstream)
                QCOMPARE(e.upstream, txB->id);
    }

    void normalLoadsCountDualCordedDevicesOnce()
    {
        const Design d = synthesized(2, 5, 3, Redundancy::TwoN);
        const PowerNetwork net(d, testCatalog());
        QVERIFY(net.problems().empty());
        // 10 racks × 30 kW = 300 kW, not 600 kW although every rack has two PDUs.
        QCOMPARE(net.itKw(), 300.0);
        QCOMPARE(net.accelerators(), 240LL);
        // With both feeds live each cord carries half: PDU 15 kW, busway 5 × 15 = 75 kW,
        // UPS side 150 kW, transformer input side 150 / 0.96 = 156.25 kW.
        QVERIFY(near(element(net, "A01-PDU-A1")->loadKw, 15.0));
        QVERIFY(near(element(net, "BW-A-B")->loadKw, 75.0));
        QVERIFY(near(element(net, "UPS-01A")->loadKw, 150.0));
        QVERIFY(near(element(net, "TX-01B")->loadKw, 156.25));
        QCOMPARE(element(net, "UPS-01A")->units.size(), std::size_t(3));
    }

    void eachFeedCarriesTheWholeLoadWhenTheOtherFails()
    {
        const Design d = synthesized(2, 5, 3, Redundancy::TwoN);
        const PowerNetwork net(d, testCatalog());
        const int pduA = net.elementOf(findDevice(d, "A01-PDU-A1")->id);
        const int pduB = net.elementOf(findDevice(d, "A01-PDU-B1")->id);
        PowerScenario s;
        s.elements = {pduA};
        const PowerOutcome out = net.simulate(s);
        QVERIFY(out.darkShares.empty());
        double loadB = -1.0;
        for (const auto &[e, kw] : out.loads)
            if (e == pduB)
                loadB = kw;
        // All 30 kW of the rack on feed B, within 34.92 kW continuous.
        QVERIFY(near(loadB, 30.0));
        QVERIFY(out.overContinuous.empty());
        // Side A's transformer lost: side B carries 300 kW = its UPS rating, nothing dark.
        PowerScenario tx;
        tx.elements = {net.elementOf(findEquipment(d, "TX-01A")->id)};
        const PowerOutcome txOut = net.simulate(tx);
        QVERIFY(txOut.darkShares.empty());
        for (const auto &[e, kw] : txOut.loads)
            if (net.elements()[e].name == "UPS-01B")
                QVERIFY(near(kw, 300.0));
    }

    void loadSpreadsOverEveryLivePdu()
    {
        // 40 kW rack on 2 × pdu-63 per feed: 10 kW each; one lost → 40 / 3 = 13.33 kW each.
        const Design d = synthesized(1, 1, 4, Redundancy::TwoN);
        const PowerNetwork net(d, testCatalog());
        QVERIFY(near(element(net, "A01-PDU-B2")->loadKw, 10.0));
        PowerScenario s;
        s.elements = {net.elementOf(findDevice(d, "A01-PDU-A1")->id)};
        const PowerOutcome out = net.simulate(s);
        for (const auto &[e, kw] : out.loads)
            if (net.elements()[e].kind == PowerElementKind::Pdu && net.elements()[e].name != "A01-PDU-A1")
                QVERIFY(near(kw, 40.0 / 3.0));
        // One 120 kW rack-scale node draws from all of its ⌈120 / 34.92⌉ = 4 PDUs per feed:
        // 15 kW each, 30 kW each on feed B when busway A is lost.
        Design big = testHall(1, 1, 1, "node-120");
        synthesizePower(big, testBrief(Redundancy::TwoN, 1.3), testCatalog());
        QVERIFY(findDevice(big, "A01-PDU-A4") && !findDevice(big, "A01-PDU-A5"));
        const PowerNetwork bigNet(big, testCatalog());
        QVERIFY(near(element(bigNet, "A01-PDU-A1")->loadKw, 15.0));
        PowerScenario bw;
        bw.elements = {bigNet.elementOf(findEquipment(big, "BW-A-A")->id)};
        const PowerOutcome bwOut = bigNet.simulate(bw);
        QVERIFY(bwOut.darkShares.empty() && bwOut.overContinuous.empty());
        for (const auto &[e, kw] : bwOut.loads)
            if (bigNet.elements()[e].name == "A01-PDU-B3")
                QVERIFY(near(kw, 30.0));
    }

    void chainedDistributionCarriesDownstreamLoad()
    {
        // One 30 kW rack: PDU A → TAP-A (a tap-off busway) → BW-A → UPS-A; PDU B → BW-B → UPS-B.
        // The busway feeding another carries its load (load behind chained units).
        Design d = testHall(1, 1, 3);
        d.equipment = {
            {EquipmentId(1), ZoneId(2), "ups-100", EquipmentKind::Ups, "UPS-A-1", {0, 0, 1, 1}, "A", {}},
            {EquipmentId(2), ZoneId(2), "ups-100", EquipmentKind::Ups, "UPS-B-1", {2, 0, 1, 1}, "B", {}},
            {EquipmentId(3), ZoneId(1), "bw-400", EquipmentKind::Busway, "BW-A", {6, 12, 1, 0.1}, "A", EquipmentId(1)},
            {EquipmentId(4), ZoneId(1), "bw-400", EquipmentKind::Busway, "BW-B", {6, 13, 1, 0.1}, "B", EquipmentId(2)},
            {EquipmentId(5), ZoneId(1), "bw-400", EquipmentKind::Busway, "TAP-A", {5, 12, 0.5, 0.5}, "A",
             EquipmentId(3)}};
        Device pa{DeviceId(100), RackId(1), "pdu-63", DeviceKind::Pdu, "A01-PDU-A1", 0, 0, "A", -1, -1, EquipmentId(5)};
        Device pb{DeviceId(101), RackId(1), "pdu-63", DeviceKind::Pdu, "A01-PDU-B1", 0, 0, "B", -1, -1, EquipmentId(4)};
        d.devices.push_back(pa);
        d.devices.push_back(pb);
        const PowerNetwork net(d, testCatalog());
        QVERIFY(net.problems().empty());
        QVERIFY(near(element(net, "TAP-A")->loadKw, 15.0));
        QVERIFY(near(element(net, "BW-A")->loadKw, 15.0));
        // Losing BW-A takes TAP-A with it; the rack runs on B alone at 30 kW.
        PowerScenario s;
        s.elements = {net.elementOf(EquipmentId(3))};
        const PowerOutcome out = net.simulate(s);
        QVERIFY(out.darkShares.empty());
        for (const auto &[e, kw] : out.loads) {
            if (net.elements()[e].name == "TAP-A")
                QCOMPARE(kw, 0.0);
            if (net.elements()[e].name == "BW-B")
                QVERIFY(near(kw, 30.0));
        }
    }

    void brokenChainsAreReported()
    {
        Design d = synthesized(1, 2, 3, Redundancy::TwoN);
        for (Device &x : d.devices)
            if (x.name == "A01-PDU-A1")
                x.powerFeed = EquipmentId();
        for (Device &x : d.devices)
            if (x.name == "A02-PDU-B1")
                x.catalogId = "no-such-pdu";
        const PowerNetwork net(d, testCatalog());
        int chain = 0, unknown = 0;
        for (const PowerProblem &p : net.problems()) {
            chain += p.code == "power-chain";
            unknown += p.code == "unknown-item";
        }
        QCOMPARE(chain, 1);
        QCOMPARE(unknown, 1);
        // The unconnected PDU carries nothing; B carries the whole 30 kW rack.
        QCOMPARE(element(net, "A01-PDU-A1")->loadKw, 0.0);
        QVERIFY(near(element(net, "A01-PDU-B1")->loadKw, 30.0));
    }

    void energyAndPueFromTheBrief()
    {
        const Design d = synthesized(2, 5, 3, Redundancy::TwoN);
        PowerBrief b = testBrief(Redundancy::TwoN, 1.25).power;
        const PowerResults r = analyzePower(d, testCatalog(), b, CoolingMode::Air);
        QCOMPARE(r.itKw, 300.0);
        QVERIFY(near(r.itDesignKw, 240.0));          // 300 × 0.8
        QVERIFY(!r.pueEstimated);
        QCOMPARE(*r.pue, 1.25);
        QVERIFY(near(*r.facilityKw, 375.0));         // 300 × 1.25
        QVERIFY(near(*r.annualMwh, 2628.0));         // 300 × 0.8 × 8,760 × 1.25 / 1,000
        QVERIFY(near(*r.annualCost, 1314000.0));     // 2,628 MWh × 1,000 × 0.5
        const nlohmann::ordered_json j = powerSummaryJson(r);
        QCOMPARE(j.size(), std::size_t(5));
        QCOMPARE(j.begin().key(), std::string("it_kw"));
        QCOMPARE(j["it_kw"].get<double>(), 300.0);
        QCOMPARE(j["ups_kw"].get<double>(), 600.0);
        QVERIFY(near(j["annual_mwh"].get<double>(), 2628.0));
        QVERIFY(j.contains("facility_kw") && j.contains("pue"));
    }

    void estimatedPueFromLossesAndCoolingMode()
    {
        const Design d = synthesized(2, 5, 3, Redundancy::TwoN);
        const PowerResults r = analyzePower(d, testCatalog(), testBrief(Redundancy::TwoN).power, CoolingMode::Air);
        // Each UPS side: 150 kW out at 96 % → 156.25 kW in, loss 6.25 kW; two sides 12.5 kW.
        QVERIFY(near(r.upsLossKw, 12.5));
        // Each transformer: 156.25 kW out at 99 % → 157.828 kW in, loss 1.5783 kW; two 3.1566 kW.
        QVERIFY(near(r.transformerLossKw, 2 * (156.25 / 0.99 - 156.25)));
        QCOMPARE(r.distributionLossKw, 0.0);
        // No cooling units yet: air heat 315.6566 kW; fans 0.03 × heat, and the chilled
        // water carries the heat and the fans' own power: 0.23 × 1.03 × heat.
        // Cooling = heat × (0.03 + 1.03 × 0.23) = heat × 0.2669 = 84.2487 kW.
        const double heat = 300.0 + 12.5 + 2 * (156.25 / 0.99 - 156.25);
        QVERIFY(near(r.coolingKw, heat * 0.2669));
        QVERIFY(near(r.miscKw, 3.0));
        // PUE = (315.6566 + 84.2487 + 3) / 300 = 1.34302.
        QVERIFY(r.pueEstimated);
        QVERIFY(near(*r.pue, (heat + heat * 0.2669 + 3.0) / 300.0));
        QVERIFY(near(*r.pue, 1.34302, 1e-5));
        // Without IT load there is no PUE to speak of.
        const PowerResults empty = analyzePower(Design{}, testCatalog(), PowerBrief{}, CoolingMode::Air);
        QVERIFY(!empty.pue && !empty.facilityKw && !empty.annualMwh);
        QVERIFY(powerSummaryJson(empty)["pue"].is_null());
    }

    void powerSchedule()
    {
        const Design d = synthesized(2, 5, 3, Redundancy::TwoN);
        const FacilityAnalysis fa(d, testCatalog(), testBrief(Redundancy::TwoN).power, CoolingMode::Air);
        const auto rows = fa.schedule();
        QCOMPARE(rows.size(), std::size_t(20)); // 10 racks × 2 PDUs
        const PowerScheduleRow &a = rows[0];
        QCOMPARE(a.rack, std::string("A01"));
        QCOMPARE(a.row, std::string("Row A"));
        QCOMPARE(a.feed, std::string("A"));
        QCOMPARE(a.pdu, std::string("A01-PDU-A1"));
        QCOMPARE(a.busway, std::string("BW-A-A"));
        QCOMPARE(a.ups, std::string("UPS-01A"));
        QCOMPARE(a.transformer, std::string("TX-01A"));
        QVERIFY(near(a.rackKw, 30.0));
        QVERIFY(near(a.rackDesignKw, 24.0));
        QVERIFY(near(a.feedKw, 15.0));
        QVERIFY(near(a.pduContinuousKw, 34.9182, 1e-5));
        QCOMPARE(rows[1].feed, std::string("B"));
        QCOMPARE(rows[1].ups, std::string("UPS-01B"));
    }

    void equipmentPlacedInsideThePowerRoom()
    {
        const Design d = synthesized(2, 5, 3, Redundancy::TwoN);
        const Rect room{0.0, 0.0, 40.0, 10.0};
        std::vector<Rect> placed;
        for (const Equipment &e : d.equipment) {
            if (e.kind == EquipmentKind::Busway) {
                // Overhead, along its row.
                QVERIFY(e.footprint.width > 2.9 && e.footprint.depth < 0.2);
                continue;
            }
            if (e.kind == EquipmentKind::Generator) {
                // Outdoors, in the yard south of the building.
                QVERIFY(e.footprint.top() <= 1e-9);
                continue;
            }
            QCOMPARE(e.zone, ZoneId(2));
            QVERIFY(room.contains(e.footprint));
            for (const Rect &o : placed)
                QVERIFY(!o.overlaps(e.footprint));
            placed.push_back(e.footprint);
        }
        QCOMPARE(placed.size(), std::size_t(2 + 6)); // transformers, UPS modules (generators stand in the yard)
    }

    void synthesisReplacesAnExistingChain()
    {
        Design d = synthesized(2, 5, 3, Redundancy::TwoN);
        const std::size_t devices = d.devices.size(), equipment = d.equipment.size();
        synthesizePower(d, testBrief(Redundancy::TwoN, 1.3), testCatalog());
        QCOMPARE(d.devices.size(), devices);
        QCOMPARE(d.equipment.size(), equipment);
        synthesizePower(d, testBrief(Redundancy::N, 1.3), testCatalog());
        QCOMPARE(countEquipment(d, EquipmentKind::Ups), 3);
    }

    void packingRunsAlongTheLongAxis()
    {
        // A 3 × 20 m gallery: 2.0 × 1.0 m units turn to lie along y; with a 0.5 m
        // margin and 0.3 m gaps, ⌊(20 − 1 + 0.3) / 2.3⌋ = 8 fit.
        const std::vector<ItemSize> items(10, ItemSize{2.0, 1.0});
        const auto placed = packItems({Rect{0, 0, 3, 20}}, items, {});
        QCOMPARE(placed.size(), std::size_t(8));
        QCOMPARE(placed[0].footprint.width, 1.0);
        QCOMPARE(placed[0].footprint.depth, 2.0);
        QCOMPARE(placed[1].footprint.y, 0.5 + 2.0 + 0.3);
        // An obstacle in the way is skipped.
        const auto around = packItems({Rect{0, 0, 3, 20}}, {ItemSize{2.0, 1.0}}, {Rect{0, 0, 3, 3}});
        QCOMPARE(around.size(), std::size_t(1));
        QVERIFY(around[0].footprint.y >= 3.3 - 1e-9);
    }

    void synthesisErrors()
    {
        Design noRoom = testHall(1, 2, 3);
        std::erase_if(noRoom.zones, [](const Zone &z) { return z.kind == ZoneKind::Power; });
        QVERIFY_THROWS_EXCEPTION(PowerError, synthesizePower(noRoom, testBrief(Redundancy::TwoN), testCatalog()));
        const Catalog noUps = Catalog::fromJson(R"({"schema": "hallwright.catalog/1",
            "accelerators": [ {"id": "acc-x", "name": "A", "bf16_dense_tflops": 1000} ],
            "nodes": [ {"id": "node-10", "name": "N", "accelerator": "acc-x", "accelerators_per_node": 8, "max_kw": 10} ],
            "power": [ {"id": "pdu-63", "name": "P", "kind": "pdu", "rated_kw": 43.65} ]})");
        Design d = testHall(1, 2, 3);
        try {
            synthesizePower(d, testBrief(Redundancy::TwoN), noUps);
            QFAIL("expected PowerError");
        } catch (const PowerError &e) {
            QVERIFY(std::string(e.what()).find("busway") != std::string::npos);
        }
        // A power room too small for the equipment is an impossible design.
        Design tiny = testHall(1, 2, 3);
        for (Zone &z : tiny.zones)
            if (z.kind == ZoneKind::Power)
                z.area = {0, 0, 3, 2};
        QVERIFY_THROWS_EXCEPTION(PowerError, synthesizePower(tiny, testBrief(Redundancy::TwoN), testCatalog()));
    }
};

QTEST_APPLESS_MAIN(TestPower)
#include "test_power.moc"
