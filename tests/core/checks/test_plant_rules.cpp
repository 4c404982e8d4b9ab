// Tests of the plant rules and their synthesis: facing-wall cooling, air velocity, fed loads,
// generators (rating, buses, yard), switchgear and batteries, power-supply redundancy, single points of failure.
#include "../power/test_hall.h"

#include "analysis/analysis.h"
#include "brief/brief.h"
#include "checks/checks.h"
#include "cooling/cooling_synthesis.h"
#include "power/facility.h"
#include "power/plant_feeds.h"
#include "power/plant_synthesis.h"
#include "power/power_math.h"
#include "power/power_synthesis.h"
#include "power/yard.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

using namespace hallwright;
using namespace hallwright::test;

namespace {

/// Round-figure plant items on top of the test catalog.
const char *kPlantItems = R"({
  "schema": "hallwright.catalog/1",
  "accelerators": [ {"id": "acc-x", "name": "Test accelerator", "bf16_dense_tflops": 1000} ],
  "nodes": [
    {"id": "node-psu-short", "name": "6 x 3.3 kW node", "accelerator": "acc-x", "accelerators_per_node": 8,
     "max_kw": 10.2, "u_height": 8, "weight_kg": 100, "cooling": "air", "power_supplies": 6, "power_supply_kw": 3.3},
    {"id": "node-psu-ok", "name": "6 x 3.5 kW node", "accelerator": "acc-x", "accelerators_per_node": 8,
     "max_kw": 10.2, "u_height": 8, "weight_kg": 100, "cooling": "air", "power_supplies": 6, "power_supply_kw": 3.5}
  ],
  "power": [
    {"id": "mv-panel", "name": "10 kV panel", "kind": "switchgear", "voltage_v": 10000, "current_a": 630,
     "power_factor": 0.95, "rated_kw": 10366.6, "width_m": 0.8, "depth_m": 1.5},
    {"id": "lv-board", "name": "LV board 1,000 A", "kind": "switchgear", "voltage_v": 400, "current_a": 1000,
     "power_factor": 0.95, "rated_kw": 658.2, "width_m": 2.0, "depth_m": 1.0},
    {"id": "mcc-100", "name": "MCC 100 kW", "kind": "mcc", "rated_kw": 100, "width_m": 1.0, "depth_m": 0.5},
    {"id": "mcc-10", "name": "MCC 10 kW", "kind": "mcc", "rated_kw": 10, "width_m": 1.0, "depth_m": 0.5},
    {"id": "gen-400-standby", "name": "Generator 400 kW standby", "kind": "generator", "rated_kw": 400,
     "rating": "standby", "width_m": 3.0, "depth_m": 1.5},
    {"id": "bat-50", "name": "Battery 50 kWh", "kind": "battery", "rated_kw": 100, "energy_kwh": 50,
     "width_m": 0.6, "depth_m": 0.8}
  ],
  "cooling": [
    {"id": "chiller-300", "name": "Chiller 300 kW", "kind": "chiller", "capacity_kw": 300, "power_kw": 60,
     "width_m": 4.0, "depth_m": 2.0},
    {"id": "pump-300", "name": "Pump 300 kW", "kind": "pump", "capacity_kw": 300, "power_kw": 5,
     "width_m": 1.0, "depth_m": 1.0},
    {"id": "dry-300", "name": "Dry cooler 300 kW", "kind": "dry-cooler", "capacity_kw": 300, "power_kw": 12,
     "width_m": 4.0, "depth_m": 2.0}
  ]
})";

const Catalog &plantCatalog()
{
    static const Catalog catalog = [] {
        Catalog c = testCatalog();
        c.merge(Catalog::fromJson(kPlantItems));
        return c;
    }();
    return catalog;
}

int count(const CheckList &checks, const std::string &code, Severity severity = Severity::Error)
{
    return static_cast<int>(std::count_if(checks.begin(), checks.end(), [&](const Check &c) {
        return c.code == code && c.severity == severity;
    }));
}

CheckList powerChecks(const Design &d, const Catalog &catalog, Redundancy r)
{
    const FacilityAnalysis fa(d, catalog, testBrief(r).power, CoolingMode::Air);
    return checkPower(fa, fa.failures().sweep(sweepOptionsFor(r)), r);
}

bool near(double a, double b, double tol = 1e-6)
{
    return std::abs(a - b) <= tol * std::max(1.0, std::abs(b));
}

} // namespace

class TestPlantRules : public QObject
{
    Q_OBJECT

private slots:
    void coolingUndeliverable()
    {
        // 600 kW of air in the west gallery: 7 CRAH of 100 kW against its 30 m opening.
        Design d = testHall(2, 5, 6);
        synthesizeCooling(d, testBrief(Redundancy::TwoN), testCatalog());
        auto cooling = [&](const Design &x) { return checkCooling(analyzeCooling(x, testCatalog(), CoolingMode::Air)); };
        // Pass: facing 700 kW, 600 kW without the largest ≥ 600 kW.
        QCOMPARE(count(cooling(d), "cooling-undeliverable"), 0);
        // Fail: three units pushed back to the outer wall (face at x = 1, 2 m from the
        // opening): facing 4 × 100 = 400 kW, 300 kW without the largest < 600 kW,
        // while all 7 still hold 700 kW (no cooling-shortfall).
        Design back = d;
        int moved = 0;
        for (Equipment &e : back.equipment)
            if (e.kind == EquipmentKind::Crah && moved < 3) {
                e.footprint.x = 0.0;
                ++moved;
            }
        const CheckList cl = cooling(back);
        QCOMPARE(count(cl, "cooling-undeliverable"), 1);
        QCOMPARE(count(cl, "cooling-shortfall"), 0);
        QVERIFY(cl.front().message.find("3 stand behind") != std::string::npos);
    }

    void airflowVelocity()
    {
        // 600 kW at ΔT 12 K: Q = 600,000 / (1.2 × 1005 × 12) = 41.459 m³/s.
        Design d = testHall(2, 5, 6);
        synthesizeCooling(d, testBrief(Redundancy::TwoN), testCatalog());
        auto withOpening = [&](double lengthM) {
            Design x = d;
            // The white space meets the west gallery only over its top lengthM metres.
            for (Zone &z : x.zones)
                if (z.kind == ZoneKind::Compute)
                    z.area = {3.0, 40.0 - lengthM, 34.0, lengthM};
            return checkCooling(analyzeCooling(x, testCatalog(), CoolingMode::Air));
        };
        // 30 m × 3 m: 0.46 m/s, fine.
        QCOMPARE(count(withOpening(30.0), "airflow-velocity", Severity::Error), 0);
        QCOMPARE(count(withOpening(30.0), "airflow-velocity", Severity::Warning), 0);
        // 5 m × 3 m = 15 m²: 2.764 m/s, above the 2.5 m/s coil face velocity: a warning.
        QCOMPARE(count(withOpening(5.0), "airflow-velocity", Severity::Warning), 1);
        QCOMPARE(count(withOpening(5.0), "airflow-velocity", Severity::Error), 0);
        // 4 m × 3 m = 12 m²: 3.455 m/s, above the 3 m/s limit: an error.
        QCOMPARE(count(withOpening(4.0), "airflow-velocity", Severity::Error), 1);
    }

    void generatorSizingAndYard()
    {
        // IT 10 racks × 6 × 10 kW = 600 kW; PUE 1.5 → 900 kW of facility.
        // gen-400 (prime): N = ⌈900 / 400⌉ = 3, 2N adds a spare per bus: 4 sets on one bus.
        Design d = testHall(2, 5, 6);
        PowerSynthesisStats st;
        synthesizePower(d, testBrief(Redundancy::TwoN, 1.5), testCatalog(), {}, &st);
        QCOMPARE(st.generators, 4);
        QCOMPARE(st.generatorBuses, 1);
        const auto yard = std::find_if(d.zones.begin(), d.zones.end(), [](const Zone &z) { return z.kind == ZoneKind::Yard; });
        QVERIFY(yard != d.zones.end());
        QCOMPARE(yard->name, std::string(kGeneratorYard));
        QVERIFY(yard->area.top() <= 1e-9); // outdoors, south of the building (y < 0)
        for (const Equipment &e : d.equipment)
            if (e.kind == EquipmentKind::Generator) {
                QCOMPARE(e.zone, yard->id);
                QVERIFY(yard->area.contains(e.footprint));
            }
        // Buses of at most 3 sets: N per bus ≤ 2, so ⌈3 / 2⌉ = 2 buses of 2 + 1 and 1 + 1 sets.
        PowerSynthesisRules rules;
        rules.generatorsPerBus = 3;
        synthesizePower(d, testBrief(Redundancy::TwoN, 1.5), testCatalog(), rules, &st);
        QCOMPARE(st.generatorBuses, 2);
        QCOMPARE(st.generators, 5);
        // A catalog of standby sets only cannot carry a hall.
        Catalog standby = testCatalog();
        standby.merge(Catalog::fromJson(R"({"schema": "hallwright.catalog/1", "power": [
            {"id": "gen-400", "name": "Generator 400 kW", "kind": "generator", "rated_kw": 400, "rating": "standby"}]})"));
        QVERIFY_THROWS_EXCEPTION(PowerError, synthesizePower(d, testBrief(Redundancy::TwoN, 1.5), standby));
    }

    void switchgearAndBatterySizing()
    {
        // 600 kW in four busway segments (bw-400 carries 221.7 kW continuously: 3 + 2
        // racks of 60 kW per row); blocks at most min(8 × 250, 500 × 0.96) = 480 kW:
        // 2 blocks of 300 kW, each 3 × ups-100 and a tx-500 per side (2N): 4 transformers.
        // 10 kV panels: 4 transformer feeders + 2 utility incomers + 1 generator-bus
        // incomer; the bus itself 1 outgoing + 4 set panels; 4 LV boards: 16 in all.
        // Batteries: 3 × 100 kW × 5 min / 60 = 25 kWh per system → 1 × 50 kWh, 4 systems.
        Design d = testHall(2, 5, 6);
        PowerSynthesisStats st;
        synthesizePower(d, testBrief(Redundancy::TwoN, 1.5), plantCatalog(), {}, &st);
        QCOMPARE(st.transformers, 4);
        QCOMPARE(st.upsModules, 12);
        QCOMPARE(st.switchgearPanels, 16);
        QCOMPARE(countEquipment(d, EquipmentKind::Switchgear), 16);
        QCOMPARE(st.batteryCabinets, 4);
        QCOMPARE(countEquipment(d, EquipmentKind::Battery), 4);
        const Equipment *tx = findEquipment(d, "TX-01A");
        QVERIFY(tx);
        const Equipment *feeder = nullptr;
        for (const Equipment &e : d.equipment)
            if (e.id == tx->upstream)
                feeder = &e;
        QVERIFY(feeder && feeder->name == "MV-TX-01A");
        // The tree still reaches every rack through the switchgear: no chain problems.
        QCOMPARE(count(powerChecks(d, plantCatalog(), Redundancy::TwoN), "power-chain"), 0);
        QCOMPARE(count(powerChecks(d, plantCatalog(), Redundancy::TwoN), "redundancy-not-met"), 0);
    }

    void loadUnfed()
    {
        Design d = testHall(2, 5, 6);
        synthesizePower(d, testBrief(Redundancy::TwoN, 1.5), plantCatalog());
        synthesizeCooling(d, testBrief(Redundancy::TwoN), plantCatalog());
        // Fail: 7 CRAH without an MCC.
        QCOMPARE(count(checkPlant(d, plantCatalog()), "load-unfed"), 1);
        // Pass: the plant feeds them. Chilled water: 600 kW IT + UPS losses 600 × (1/0.96 − 1)
        // = 25 kW + transformer 625 × (1/0.99 − 1) = 6.31 kW go to air, plus CRAH fans
        // 7 × 3 kW × 600 / 700 = 18 kW: 649.3 kW → ⌈649.3 / 300⌉ + 1 = 4 chillers, one pump each.
        // MCCs (80 kW continuous): CRAH 7 × 3 = 21 kW on one; each chiller + pump 65 kW on its own: 5.
        // One mechanical transformer (tx-500) carries 21 + 4 × 65 = 281 kW.
        PlantSynthesisStats st;
        synthesizePlant(d, testBrief(Redundancy::TwoN), plantCatalog(), {}, &st);
        QCOMPARE(st.chillers, 4);
        QCOMPARE(st.pumps, 4);
        QCOMPARE(st.mccs, 5);
        QCOMPARE(st.transformers, 1);
        QVERIFY(near(st.plantKw, 281.0));
        const CheckList ok = checkPlant(d, plantCatalog());
        QCOMPARE(count(ok, "load-unfed"), 0);
        QCOMPARE(count(ok, "overloaded-feed"), 0);
        const PlantFeeds feeds = analyzePlantFeeds(d, plantCatalog());
        QCOMPARE(feeds.loads.size(), std::size_t(7 + 4 + 4));
        QVERIFY(std::all_of(feeds.loads.begin(), feeds.loads.end(), [](const PlantLoad &l) { return l.fed; }));
        // Chillers in the yard north of the building.
        for (const Equipment &e : d.equipment)
            if (e.kind == EquipmentKind::Chiller)
                QVERIFY(e.footprint.y >= d.hall.depthM - 1e-9);
        // The schedule lists every plant load after the racks.
        const FacilityAnalysis fa(d, plantCatalog(), testBrief(Redundancy::TwoN).power, CoolingMode::Air);
        const auto rows = fa.schedule();
        QCOMPARE(std::count_if(rows.begin(), rows.end(), [](const PowerScheduleRow &r) { return r.load == "chiller"; }),
                 4L);
        // Overloaded: the CRAH MCC swapped for a 10 kW one (8 kW continuous < 21 kW).
        Design small = d;
        for (Equipment &e : small.equipment)
            if (e.name == "MCC-AIR-1")
                e.catalogId = "mcc-10";
        QCOMPARE(count(checkPlant(small, plantCatalog()), "overloaded-feed"), 1);
        // Unfed again: the mechanical transformer removed.
        std::erase_if(d.equipment, [](const Equipment &e) { return e.kind == EquipmentKind::Transformer && e.feed == "M"; });
        QVERIFY(count(checkPlant(d, plantCatalog()), "load-unfed") >= 1);
    }

    void rearDoorFansAreFed()
    {
        // Ten 40 kW racks with 50 kW rear doors: 10 × 1 kW of door fans.
        Design d = testHall(2, 5, 4);
        Brief b = testBrief(Redundancy::TwoN, 1.5);
        b.cooling.rearDoors = true;
        synthesizePower(d, b, plantCatalog());
        synthesizeCooling(d, b, plantCatalog());
        QCOMPARE(d.hall.rearDoor, std::string("rdx-50"));
        QCOMPARE(rearDoorFans(d, plantCatalog()).doors, 10);
        QVERIFY(near(rearDoorFans(d, plantCatalog()).kw, 10.0));
        // Fail: nothing feeds the CDUs or the door fans yet.
        auto unfed = [](const CheckList &cl) { return count(cl, "load-unfed"); };
        QVERIFY(unfed(checkPlant(d, plantCatalog())) >= 1);
        // Pass: a door-fan MCC on the UPS with the CDUs.
        synthesizePlant(d, b, plantCatalog());
        QCOMPARE(unfed(checkPlant(d, plantCatalog())), 0);
        const PlantFeeds feeds = analyzePlantFeeds(d, plantCatalog());
        const auto fans = std::find_if(feeds.loads.begin(), feeds.loads.end(),
                                       [](const PlantLoad &l) { return l.kind == "rear-door"; });
        QVERIFY(fans != feeds.loads.end());
        QVERIFY(near(fans->kw, 10.0));
        QCOMPARE(fans->mcc, std::string("MCC-RDX-1"));
        QVERIFY(fans->fed);
        QVERIFY(!fans->ups.empty());
        // Fail again: the door-fan MCC removed leaves 10 kW unfed.
        std::erase_if(d.equipment, [](const Equipment &e) { return e.name == "MCC-RDX-1"; });
        const PlantFeeds without = analyzePlantFeeds(d, plantCatalog());
        QVERIFY(near(without.unfedKw, 10.0));
        QCOMPARE(unfed(checkPlant(d, plantCatalog())), 1);
    }

    void rearDoorCapacity()
    {
        // Fail (warning): 60 kW racks behind 50 kW doors send 10 kW each to the room.
        Design d = testHall(1, 2, 6);
        d.hall.rearDoor = "rdx-50";
        const CheckList over = checkCooling(analyzeCooling(d, testCatalog(), CoolingMode::Air));
        QCOMPARE(count(over, "rear-door-capacity", Severity::Warning), 2);
        // Pass: 40 kW racks.
        Design ok = testHall(1, 2, 4);
        ok.hall.rearDoor = "rdx-50";
        QCOMPARE(count(checkCooling(analyzeCooling(ok, testCatalog(), CoolingMode::Air)), "rear-door-capacity", Severity::Warning), 0);
    }

    void generatorBusesAndRatings()
    {
        auto withSets = [](int sets, const std::string &catalogId) {
            Design d;
            Equipment bus;
            bus.id = EquipmentId(1);
            bus.kind = EquipmentKind::Switchgear;
            bus.catalogId = "mv-panel";
            bus.name = "GB-1-OUT";
            d.equipment.push_back(bus);
            for (int i = 0; i < sets; ++i) {
                Equipment g;
                g.id = EquipmentId(2 + i);
                g.kind = EquipmentKind::Generator;
                g.catalogId = catalogId;
                g.name = fmt::format("GEN-1-{:02}", i + 1);
                g.upstream = bus.id;
                d.equipment.push_back(g);
            }
            return checkPlant(d, plantCatalog());
        };
        QCOMPARE(count(withSets(32, "gen-400"), "generator-paralleling"), 0);
        QCOMPARE(count(withSets(33, "gen-400"), "generator-paralleling"), 1);
        QCOMPARE(count(withSets(2, "gen-400"), "generator-rating"), 0);
        QCOMPARE(count(withSets(2, "gen-400-standby"), "generator-rating"), 1);
    }

    void powerSupplyRedundancy()
    {
        // Six supplies split 3 + 3 over A and B: on one feed 3 × 3.3 kW = 9.9 kW < 10.2 kW
        // (throttles); 3 × 3.5 kW = 10.5 kW ≥ 10.2 kW (runs).
        for (const auto &[node, degraded] : {std::pair{"node-psu-short", 8LL}, std::pair{"node-psu-ok", 0LL}}) {
            Design d = testHall(1, 2, 1, node);
            synthesizePower(d, testBrief(Redundancy::TwoN), plantCatalog());
            const FacilityAnalysis fa(d, plantCatalog(), testBrief(Redundancy::TwoN).power, CoolingMode::Air);
            const FailureAnalyzer fx = fa.failures();
            const Device *pdu = findDevice(d, "A01-PDU-A1");
            QVERIFY(pdu);
            const FailureImpact fi = fx.impact({ComponentKind::Pdu, pdu->id, {}});
            QCOMPARE(fi.acceleratorsDark, 0LL);
            QCOMPARE(fi.acceleratorsDegraded, degraded);
            // The sweep's worst PDU failure reports them too.
            const SweepResult sw = fx.sweep(sweepOptionsFor(Redundancy::TwoN));
            const auto worst = std::find_if(sw.worst.begin(), sw.worst.end(),
                                            [](const FailureImpact &f) { return f.component.kind == ComponentKind::Pdu; });
            QVERIFY(worst != sw.worst.end());
            QCOMPARE(worst->acceleratorsDegraded, degraded);
        }
        // A node without a supply rating is counted as unknown, not as fine.
        Design d = testHall(1, 2, 1);
        synthesizePower(d, testBrief(Redundancy::TwoN), testCatalog());
        const FacilityAnalysis fa(d, testCatalog(), testBrief(Redundancy::TwoN).power, CoolingMode::Air);
        const FailureImpact fi = fa.failures().impact({ComponentKind::Pdu, findDevice(d, "A01-PDU-A1")->id, {}});
        QCOMPARE(fi.acceleratorsSupplyUnknown, 8LL);
        QCOMPARE(fi.acceleratorsDegraded, 0LL);
    }

    void singlePointOfFailure()
    {
        // N+1 takes two blocks at least: 4 racks × 10 kW on two rows, one block each.
        Design d = testHall(2, 2, 1);
        PowerSynthesisStats st;
        synthesizePower(d, testBrief(Redundancy::NPlus1), testCatalog(), {}, &st);
        QCOMPARE(st.transformers, 2);
        // Pass: losing a transformer darkens 2 of 4 racks (50 % ≤ 60 %).
        QCOMPARE(count(powerChecks(d, testCatalog(), Redundancy::NPlus1), "single-point-of-failure"), 0);
        // Fail: every busway on the first UPS system: one transformer carries all (100 %).
        EquipmentId first;
        for (const Equipment &e : d.equipment)
            if (e.kind == EquipmentKind::Busway && !first.isValid())
                first = e.upstream;
        for (Equipment &e : d.equipment)
            if (e.kind == EquipmentKind::Busway)
                e.upstream = first;
        QCOMPARE(count(powerChecks(d, testCatalog(), Redundancy::NPlus1), "single-point-of-failure"), 1);
        // N makes no promise: the rule is silent.
        QCOMPARE(count(powerChecks(d, testCatalog(), Redundancy::N), "single-point-of-failure"), 0);
    }

    void networkRacksSurviveATransformerUnderNPlus1()
    {
        // 1,024 B300 under N+1: two blocks. Each network rack (leaves of an SU,
        // spines) takes its A feed from one block and its B feed from the other,
        // so no single transformer takes a switch; compute racks split half and half.
        const Catalog &cat = Catalog::builtin();
        const Brief brief = parseBrief(R"({"schema": "hallwright.brief/1", "compute": {"platform": "dgx-b300",
            "accelerators": 1024}, "power": {"redundancy": "N+1"}})", cat);
        Design d = synthesize(brief, cat);
        std::map<std::int64_t, const Equipment *> byId;
        for (const Equipment &e : d.equipment)
            byId[e.id.value()] = &e;
        auto find = [&](EquipmentId id) -> const Equipment * {
            const auto it = byId.find(id.value());
            return it == byId.end() ? nullptr : it->second;
        };
        auto transformerOf = [&](EquipmentId id) {
            for (const Equipment *e = find(id); e; e = find(e->upstream))
                if (e->kind == EquipmentKind::Transformer)
                    return e->id;
            return EquipmentId();
        };
        int networkRacks = 0;
        for (const Rack &r : d.racks) {
            if (r.role == RackRole::Compute)
                continue;
            std::set<std::int64_t> feeds[2];
            for (const Device &p : d.devices)
                if (p.kind == DeviceKind::Pdu && p.rack == r.id)
                    feeds[p.role == "A" ? 0 : 1].insert(transformerOf(p.powerFeed).value());
            QCOMPARE(feeds[0].size(), std::size_t(1));
            QCOMPARE(feeds[1].size(), std::size_t(1));
            QVERIFY2(*feeds[0].begin() != *feeds[1].begin(), r.name.c_str());
            ++networkRacks;
        }
        QVERIFY(networkRacks >= 4);
        const Results r = analyze(d, cat);
        QCOMPARE(r.errors(), 0);
        for (const FailureImpact &f : r.worstFailures)
            if (f.component.kind == ComponentKind::Transformer) {
                QCOMPARE(f.switchesDark, 0);
                QVERIFY(f.acceleratorsDark <= 0.6 * 1024);
            }
        // The design that must fail: every network rack on the first one's A busway
        // (one transformer then holds every rail and every spine).
        EquipmentId one;
        for (Device &p : d.devices) {
            const Rack *rack = d.findRack(p.rack);
            if (p.kind != DeviceKind::Pdu || !rack || rack->role == RackRole::Compute)
                continue;
            if (!one.isValid())
                one = p.powerFeed;
            p.powerFeed = one;
        }
        const Results bad = analyze(d, cat);
        QVERIFY(std::any_of(bad.checks.begin(), bad.checks.end(),
                            [](const Check &c) { return c.code == "single-point-of-failure"; }));
    }

    void sampleHallDeliversItsAir()
    {
        // 10,240 × H100 air-cooled (the bundled sample's brief): ≈ 15.6 MW of air heat.
        // Fan walls of 450 kW: ⌈15,600 / 450⌉ = 35 + 1 per zone, 3.6 m each along the
        // walls: ≈ 150 m of facing wall, more than the east and west walls give, so
        // the layout adds a north gallery (or grows) until every unit faces the room.
        const Brief brief = parseBrief(R"({"schema": "hallwright.brief/1",
            "compute": {"platform": "dgx-h100", "accelerators": 10240, "nodes_per_rack": 4},
            "fabric": {"switch": "qm9700", "nodes_per_su": 32}, "power": {"redundancy": "2N"},
            "cooling": {"mode": "air"}})",
                                       Catalog::builtin());
        const Design d = synthesize(brief, Catalog::builtin());
        const CoolingResults cr = analyzeCooling(d, Catalog::builtin(), CoolingMode::Air);
        int units = 0, facing = 0;
        for (const CoolingZoneLoad &z : cr.zones) {
            units += static_cast<int>(z.airUnits.size());
            facing += z.facingAirUnits;
            if (z.airKw > 0.0)
                QVERIFY2(z.faceVelocityMs <= 3.0,
                         fmt::format("{}: {:.0f} kW, {:.1f} m³/s over {:.1f} m: {:.2f} m/s; {} of {} units facing; hall "
                                     "{:.1f} × {:.1f} m",
                                     z.name, z.airKw, z.airflowM3s, z.openingLengthM, z.faceVelocityMs,
                                     z.facingAirUnits, z.airUnits.size(), d.hall.widthM, d.hall.depthM)
                             .c_str());
        }
        QVERIFY(units > 0);
        QCOMPARE(facing, units);
        const CheckList cl = runChecks(d, Catalog::builtin(), brief);
        for (const Check &c : cl)
            if (c.severity == Severity::Error)
                qWarning("%s: %s", c.code.c_str(), c.message.c_str());
        QCOMPARE(count(cl, "cooling-undeliverable"), 0);
        QCOMPARE(count(cl, "airflow-velocity"), 0);
        QCOMPARE(count(cl, "load-unfed"), 0);
        QCOMPARE(count(cl, "generator-rating"), 0);
        QCOMPARE(count(cl, "generator-paralleling"), 0);
        // No generator stands inside the building.
        for (const Equipment &e : d.equipment)
            if (e.kind == EquipmentKind::Generator)
                QVERIFY(e.footprint.top() <= 1e-9);
    }
};

QTEST_APPLESS_MAIN(TestPlantRules)
#include "test_plant_rules.moc"
