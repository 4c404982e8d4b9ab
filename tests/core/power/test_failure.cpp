// Tests of single-failure impact and the whole-hall sweep: power, generators, cooling units, switches.
#include "test_hall.h"

#include "cooling/cooling_synthesis.h"
#include "power/facility.h"
#include "power/failure_impact.h"
#include "power/power_math.h"
#include "power/power_synthesis.h"

#include <QtTest>

#include <cmath>

using namespace hallwright;
using namespace hallwright::test;

namespace {

bool near(double a, double b, double tol = 1e-9)
{
    return std::abs(a - b) <= tol;
}

Design synthesized(int rows, int racks, int nodes, Redundancy r, std::optional<double> pue)
{
    Design d = testHall(rows, racks, nodes);
    synthesizePower(d, testBrief(r, pue), testCatalog());
    return d;
}

ComponentRef equipmentRef(const Design &d, ComponentKind kind, const std::string &name)
{
    const Equipment *e = findEquipment(d, name);
    if (!e)
        throw std::runtime_error("no equipment " + name);
    return {kind, {}, e->id};
}

const FailureImpact *worstOf(const SweepResult &s, ComponentKind kind)
{
    for (const FailureImpact &f : s.worst)
        if (f.component.kind == kind)
            return &f;
    return nullptr;
}

} // namespace

class TestFailure : public QObject
{
    Q_OBJECT

private slots:
    void losingOneUpsInTwoNKeepsEverythingRunning()
    {
        // 2 rows × 5 racks × 30 kW, 2N: each side 3 × 100 kW UPS for the whole 300 kW.
        const Design d = synthesized(2, 5, 3, Redundancy::TwoN, 1.3);
        const FacilityAnalysis fa(d, testCatalog(), testBrief(Redundancy::TwoN).power, CoolingMode::Air);
        const FailureAnalyzer an = fa.failures();
        const FailureImpact ups = an.impact(equipmentRef(d, ComponentKind::Ups, "UPS-01A-1"));
        QVERIFY(ups.racksDark.empty());
        QCOMPARE(ups.acceleratorsDark, 0LL);
        QCOMPARE(*ups.acceleratorShareRunning, 1.0);
        QCOMPARE(*ups.trainingShareLeft, 1.0);
        QVERIFY(!ups.hasEffect());
        // A whole side (its transformer) lost: side B takes 300 kW = its rating; nothing dark.
        const FailureImpact tx = an.impact(equipmentRef(d, ComponentKind::Transformer, "TX-01A"));
        QVERIFY(tx.racksDark.empty());
        QVERIFY(tx.equipmentOverLimit.empty());
    }

    void losingOneUpsInNDarkensItsShare()
    {
        // 3 rows × 5 racks × 20 kW = 300 kW on 3 × 100 kW modules (N). One lost: 200 kW
        // left, so the system sheds its last row (100 kW): 5 racks × 2 nodes × 8 = 80
        // accelerators, one third of 240; SU 2 (row C) is gone.
        const Design d = synthesized(3, 5, 2, Redundancy::N, 1.3);
        const FacilityAnalysis fa(d, testCatalog(), testBrief(Redundancy::N).power, CoolingMode::Air);
        const FailureImpact fi = fa.failures().impact(equipmentRef(d, ComponentKind::Ups, "UPS-01-1"));
        QCOMPARE(fi.racksDark.size(), std::size_t(5));
        for (const RackId id : fi.racksDark)
            QCOMPARE(d.findRack(id)->name.substr(0, 1), std::string("C"));
        QCOMPARE(fi.acceleratorsDark, 80LL);
        QCOMPARE(fi.sus, std::vector<int>{2});
        QVERIFY(near(*fi.acceleratorShareRunning, 160.0 / 240.0));
        QVERIFY(near(*fi.trainingShareLeft, 160.0 / 240.0));
        QCOMPARE(fi.name, std::string("UPS-01-1"));
    }

    void nPlusOneSurvivesAModule()
    {
        // Same hall, N+1: two blocks at least, rows split in halves (3 + 2 racks, 60 + 40 kW):
        // block 1 = 60 + 40 + 60 = 160 kW (A01–A05, B01–B03), block 2 = 140 kW; each 2 + 1 modules.
        const Design d = synthesized(3, 5, 2, Redundancy::NPlus1, 1.3);
        const FacilityAnalysis fa(d, testCatalog(), testBrief(Redundancy::NPlus1).power, CoolingMode::Air);
        const FailureAnalyzer an = fa.failures();
        QVERIFY(an.impact(equipmentRef(d, ComponentKind::Ups, "UPS-01-3")).racksDark.empty());
        // A transformer takes its block only: 8 racks × 16 = 128 accelerators; row C's SU trains on.
        const FailureImpact tx = an.impact(equipmentRef(d, ComponentKind::Transformer, "TX-01"));
        QCOMPARE(tx.racksDark.size(), std::size_t(8));
        QCOMPARE(tx.acceleratorsDark, 128LL);
        QVERIFY(std::abs(*tx.trainingShareLeft - 1.0 / 3.0) < 1e-9);
        // A busway failure moves its racks to the other feed.
        QVERIFY(an.impact(equipmentRef(d, ComponentKind::Busway, "BW-B1-A")).racksDark.empty());
    }

    void generatorsAreJudgedDuringAnOutage()
    {
        // No brief PUE: facility at full load = 300 / 0.96 / 0.99 = 315.657 kW through the
        // chain + (0.03 + 1.03 × 0.23) × 315.657 = 84.249 kW cooling estimate (the fans'
        // power is chilled-water heat too) + 3 kW misc = 402.905 kW,
        // ⌈402.905 / 400⌉ = 2 generators; N+1 adds one.
        const Design dn1 = synthesized(2, 5, 3, Redundancy::NPlus1, std::nullopt);
        QCOMPARE(countEquipment(dn1, EquipmentKind::Generator), 3);
        const FacilityAnalysis fa1(dn1, testCatalog(), testBrief(Redundancy::NPlus1).power, CoolingMode::Air);
        const FailureImpact ok = fa1.failures().impact(equipmentRef(dn1, ComponentKind::Generator, "GEN-1-01"));
        QVERIFY(ok.duringUtilityOutage);
        QVERIFY(ok.racksDark.empty());
        // N: two generators; with one lost 400 kW < 402.905 kW, the set sheds the transformer.
        const Design dn = synthesized(2, 5, 3, Redundancy::N, std::nullopt);
        QCOMPARE(countEquipment(dn, EquipmentKind::Generator), 2);
        const FacilityAnalysis fa(dn, testCatalog(), testBrief(Redundancy::N).power, CoolingMode::Air);
        QVERIFY(std::abs(fa.network().elements()[fa.network().generatorSet()].loadKw - 402.905) < 1e-3);
        const FailureImpact lost = fa.failures().impact(equipmentRef(dn, ComponentKind::Generator, "GEN-1-02"));
        QCOMPARE(lost.racksDark.size(), std::size_t(10));
        QCOMPARE(lost.acceleratorsDark, 240LL);
    }

    void aRackLeftOnOneFeedHasLostItsRedundancy()
    {
        // 1 row × 2 racks × 3 nodes = 2 × 30 kW, 2N: each rack draws from PDU A1 (side A: busway,
        // UPS-01A-1, TX-01A) and PDU B1 (side B), each side sized for the whole 60 kW.
        const Design d = synthesized(1, 2, 3, Redundancy::TwoN, 1.3);
        const FacilityAnalysis fa(d, testCatalog(), testBrief(Redundancy::TwoN).power, CoolingMode::Air);
        const FailureAnalyzer an = fa.failures();
        const RackId a01 = findDevice(d, "A01-PDU-A1")->rack, a02 = findDevice(d, "A02-PDU-A1")->rack;
        // Side A's transformer lost: both racks run on B (60 kW on 100 kW): up, but on one feed.
        const FailureImpact tx = an.impact(equipmentRef(d, ComponentKind::Transformer, "TX-01A"));
        QVERIFY(tx.racksDark.empty());
        QCOMPARE(tx.acceleratorsDark, 0LL);
        QCOMPARE(tx.racksRedundancyLost, (std::vector<RackId>{a01, a02}));
        // One rack's A PDU lost: that rack alone (30 kW on PDU B1, 34.92 kW continuous) is on one feed.
        const FailureImpact pdu = an.impact({ComponentKind::Pdu, findDevice(d, "A01-PDU-A1")->id, {}});
        QVERIFY(pdu.racksDark.empty());
        QCOMPARE(pdu.racksRedundancyLost, std::vector<RackId>{a01});
        // Side B's only UPS module lost: both racks on A.
        const FailureImpact ups = an.impact(equipmentRef(d, ComponentKind::Ups, "UPS-01B-1"));
        QVERIFY(ups.racksDark.empty());
        QCOMPARE(ups.racksRedundancyLost, (std::vector<RackId>{a01, a02}));

        // N: one UPS carries both feeds; losing it darkens the racks, which is not "redundancy lost".
        const Design dn = synthesized(1, 2, 3, Redundancy::N, 1.3);
        const FacilityAnalysis fan(dn, testCatalog(), testBrief(Redundancy::N).power, CoolingMode::Air);
        const FailureImpact dark = fan.failures().impact(equipmentRef(dn, ComponentKind::Ups, "UPS-01-1"));
        QCOMPARE(dark.racksDark.size(), std::size_t(2));
        QVERIFY(dark.racksRedundancyLost.empty());
    }

    void sweepReportsTheWorstOfEachKind()
    {
        // Generators sized and judged on the same brief PUE: 300 × 1.3 = 390 kW, 1 + 1 sets.
        const Design d2n = synthesized(2, 5, 3, Redundancy::TwoN, 1.3);
        const FacilityAnalysis fa(d2n, testCatalog(), testBrief(Redundancy::TwoN, 1.3).power, CoolingMode::Air);
        const SweepResult s = fa.failures().sweep();
        // 20 PDUs + 4 busways + 6 UPS modules + 2 transformers + 2 generators.
        QCOMPARE(s.evaluated, 34);
        QCOMPARE(s.worst.size(), std::size_t(5));
        for (const FailureImpact &f : s.worst)
            QVERIFY(f.racksDark.empty());
        // Failover: a busway carries its whole row (5 × 30 = 150 kW) when its twin fails.
        const int bw = fa.network().elementOf(findEquipment(d2n, "BW-A-A")->id);
        QVERIFY(std::abs(s.failoverLoadKw[bw] - 150.0) < 1e-9);
        QCOMPARE(s.failoverCauseName[bw], std::string("BW-A-B"));

        const Design dn = synthesized(3, 5, 2, Redundancy::N, 1.3);
        const FacilityAnalysis fn(dn, testCatalog(), testBrief(Redundancy::N).power, CoolingMode::Air);
        const SweepResult sn = fn.failures().sweep();
        QCOMPARE(worstOf(sn, ComponentKind::Ups)->acceleratorsDark, 80LL);
        QCOMPARE(worstOf(sn, ComponentKind::Transformer)->acceleratorsDark, 240LL);
        QCOMPARE(worstOf(sn, ComponentKind::Busway)->acceleratorsDark, 0LL);
        QCOMPARE(worstOf(sn, ComponentKind::Pdu)->acceleratorsDark, 0LL);
        // Every UPS module darkens a row; the transformer everything.
        int upsWithEffect = 0;
        for (const FailureImpact &f : sn.withEffect)
            upsWithEffect += f.component.kind == ComponentKind::Ups;
        QCOMPARE(upsWithEffect, 3);
    }

    void coolingUnitFailure()
    {
        Design d = synthesized(2, 5, 3, Redundancy::TwoN, 1.3);
        CoolingSynthesisStats cs;
        synthesizeCooling(d, testBrief(Redundancy::TwoN), testCatalog(), {}, &cs);
        // The racks' heat reaches the west gallery (they lie west of x = 20); the UPS and
        // transformer losses stay in the electrical room: ⌈300 / 100⌉ = 3, airflow
        // 300,000 / (1.2 × 1,005 × 12) = 20.73 m³/s → 3 units; N+1 → 4.
        for (const Equipment &e : d.equipment)
            if (e.kind != EquipmentKind::Busway)
                QVERIFY(e.footprint.center().x < 20.0);
        QCOMPARE(cs.airUnits, 4);
        QCOMPARE(cs.cdus, 0);
        {
            const FacilityAnalysis fa(d, testCatalog(), testBrief(Redundancy::TwoN).power, CoolingMode::Air);
            const FailureImpact fi = fa.failures().impact(equipmentRef(d, ComponentKind::Crah, "CRAH-1-01"));
            QVERIFY(!fi.hasEffect());
        }
        // Remove the spare: losing another leaves 200 kW < 300 kW for the zone's racks.
        std::erase_if(d.equipment, [](const Equipment &e) { return e.name == "CRAH-1-04"; });
        const FacilityAnalysis fa(d, testCatalog(), testBrief(Redundancy::TwoN).power, CoolingMode::Air);
        const FailureImpact fi = fa.failures().impact(equipmentRef(d, ComponentKind::Crah, "CRAH-1-01"));
        QCOMPARE(fi.racksOverLimit.size(), std::size_t(10));
        QCOMPARE(fi.acceleratorsAtRisk, 240LL);
        QCOMPARE(fi.acceleratorsDark, 0LL);
        QCOMPARE(*fi.trainingShareLeft, 0.0);
        QCOMPARE(*fi.acceleratorShareRunning, 1.0);
    }

    void switchFailuresComeFromTheNetworkEngine()
    {
        // Row A gets a network rack with two switches serving SU 0; row A holds
        // 5 × 3 nodes × 8 = 120 of the 240 accelerators.
        Design d = testHall(2, 5, 3);
        Rack net = d.racks.front();
        net.id = RackId(100);
        net.name = "A06";
        net.role = RackRole::Leaf;
        net.footprint.x = 9.0;
        d.racks.push_back(net);
        for (int i = 0; i < 2; ++i) {
            Device sw;
            sw.id = DeviceId(1000 + i);
            sw.rack = net.id;
            sw.catalogId = "sw-1";
            sw.kind = DeviceKind::Switch;
            sw.name = "LEAF-" + std::to_string(i + 1);
            sw.uPosition = 1 + i;
            sw.uHeight = 1;
            sw.su = 0;
            d.devices.push_back(sw);
        }
        synthesizePower(d, testBrief(Redundancy::TwoN, 1.3), testCatalog());
        // Make the network rack single-fed: its B PDU removed.
        std::erase_if(d.devices, [](const Device &x) { return x.name == "A06-PDU-B1"; });

        std::vector<std::vector<DeviceId>> calls;
        const SwitchImpactFn fn = [&](const std::vector<DeviceId> &switches) {
            calls.push_back(switches);
            SwitchImpact si;
            si.sus = {0};
            return si;
        };
        const FacilityAnalysis fa(d, testCatalog(), testBrief(Redundancy::TwoN).power, CoolingMode::Air);
        const FailureAnalyzer an = fa.failures(fn);
        const FailureImpact leaf = an.impact({ComponentKind::Switch, DeviceId(1000), {}});
        QCOMPARE(leaf.sus, std::vector<int>{0});
        QCOMPARE(*leaf.trainingShareLeft, 0.5);
        QCOMPARE(calls.size(), std::size_t(1));
        // Its only PDU lost: the rack goes dark and both switches fail together.
        const FailureImpact pdu = an.impact({ComponentKind::Pdu, findDevice(d, "A06-PDU-A1")->id, {}});
        QCOMPARE(pdu.racksDark.size(), std::size_t(1));
        QCOMPARE(pdu.switchesDark, 2);
        QCOMPARE(pdu.acceleratorsDark, 0LL);
        QCOMPARE(calls.back().size(), std::size_t(2));
        QCOMPARE(*pdu.trainingShareLeft, 0.5);
        // The sweep includes switches once a network model is plugged in.
        const SweepResult s = an.sweep();
        QVERIFY(worstOf(s, ComponentKind::Switch));
    }

    void unknownComponentsAreRejected()
    {
        const Design d = synthesized(1, 2, 3, Redundancy::TwoN, 1.3);
        const FacilityAnalysis fa(d, testCatalog(), testBrief(Redundancy::TwoN).power, CoolingMode::Air);
        const FailureAnalyzer an = fa.failures();
        QVERIFY_THROWS_EXCEPTION(PowerError, an.impact({ComponentKind::Ups, {}, EquipmentId(9999)}));
        QVERIFY_THROWS_EXCEPTION(PowerError, an.impact({ComponentKind::Switch, DeviceId(1), {}}));
        // A busway id asked for as a transformer is not one.
        QVERIFY_THROWS_EXCEPTION(PowerError,
                                 an.impact({ComponentKind::Transformer, {}, findEquipment(d, "BW-A-A")->id}));
    }
};

QTEST_APPLESS_MAIN(TestFailure)
#include "test_failure.moc"
