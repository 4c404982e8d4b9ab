// Tests of the cooling engine: heat, air / liquid split, flows, N+1 units per zone, unit draw.
#include "../power/test_hall.h"

#include "checks/checks.h"
#include "cooling/cooling_analysis.h"
#include "cooling/cooling_synthesis.h"
#include "cooling/facing_wall.h"
#include "power/power_math.h"

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

} // namespace

class TestCooling : public QObject
{
    Q_OBJECT

private slots:
    void flowFormulas()
    {
        // Air: 100 kW / (1.2 kg/m³ × 1,005 J/(kg·K) × 12 K) = 6.9098 m³/s.
        QVERIFY(near(requiredAirflowM3s(100.0, 12.0), 100000.0 / (1.2 * 1005.0 * 12.0)));
        QVERIFY(near(requiredAirflowM3s(100.0, 12.0), 6.90989, 1e-5));
        // Water: 300 kW / (4,186 J/(kg·K) × 10 K) = 7.1668 kg/s ≈ L/s.
        QVERIFY(near(requiredCoolantLps(300.0, 10.0), 7.16675, 1e-5));
        // 1 kW = 3,412 BTU/h and 1 ton = 3.517 kW are the same heat: 12,000 / 3,412 = 3.517.
        QVERIFY(std::abs(12000.0 / 3412.0 - 3.517) < 1e-3);
    }

    void nPlusOneUnitCounts()
    {
        QCOMPARE(unitsNPlus1(315.657, 100.0), 5);          // ⌈3.16⌉ + 1
        QCOMPARE(unitsNPlus1(300.0, 100.0), 4);            // exactly 3 + 1
        QCOMPARE(unitsNPlus1(0.0, 100.0), 0);
        QCOMPARE(unitsNPlus1(100.0, 100.0, 25.0, 10.0), 4); // airflow needs ⌈2.5⌉ = 3, + 1
    }

    void airAndLiquidSplitFromThePlatform()
    {
        // Two 120 kW rack-scale racks, 80 % to liquid: 192 kW liquid, 48 kW air.
        const Design d = testHall(1, 2, 1, "node-120");
        const CoolingResults r = analyzeCooling(d, testCatalog(), CoolingMode::Auto);
        QVERIFY(near(r.heatKw, 240.0));
        QVERIFY(near(r.liquidKw, 192.0));
        QVERIFY(near(r.airKw, 48.0));
        QCOMPARE(r.lossKw, 0.0);
        QCOMPARE(r.mode, CoolingMode::Liquid);
        QVERIFY(near(r.racks[0].liquidKw, 96.0));
        QVERIFY(near(r.racks[0].airKw, 24.0));
        QCOMPARE(r.racks[0].accelerators, 72);
        // Both racks are nearest the west gallery.
        QCOMPARE(r.zones.size(), std::size_t(2));
        QCOMPARE(r.zones[0].name, std::string("West gallery"));
        QCOMPARE(r.zones[0].racks.size(), std::size_t(2));
        QCOMPARE(r.zones[1].airKw, 0.0);
        QVERIFY(near(r.coolantLps, 192000.0 / (4186.0 * 10.0)));
        // Air-cooled nodes have no liquid share.
        const CoolingResults air = analyzeCooling(testHall(1, 2, 3), testCatalog(), CoolingMode::Auto);
        QCOMPARE(air.liquidKw, 0.0);
        QCOMPARE(air.mode, CoolingMode::Air);
        QVERIFY(near(air.airKw, 60.0));
    }

    void heatGoesToTheNearestGallery()
    {
        Design d = testHall(1, 2, 3);
        d.racks[1].footprint.x = 35.0; // next to the east gallery
        const CoolingResults r = analyzeCooling(d, testCatalog(), CoolingMode::Air);
        QVERIFY(near(r.zones[0].airKw, 30.0));
        QVERIFY(near(r.zones[1].airKw, 30.0));
        QCOMPARE(r.racks[1].zone, 1);
        // Without any cooling zone the heat is unassigned.
        std::erase_if(d.zones, [](const Zone &z) { return z.kind == ZoneKind::Cooling; });
        QVERIFY(near(analyzeCooling(d, testCatalog(), CoolingMode::Air).unassignedKw, 60.0));
    }

    void unitsSizedNPlusOnePerZone()
    {
        Design d = testHall(1, 2, 1, "node-120");
        CoolingSynthesisStats st;
        synthesizeCooling(d, testBrief(Redundancy::TwoN), testCatalog(), {}, &st);
        // Air 48 kW: ⌈48 / 100⌉ = 1, airflow 3.317 m³/s / 10 → 1; N+1 → 2 CRAH.
        // Liquid 192 kW: ⌈192 / 300⌉ = 1, 4.587 L/s / 10 → 1; N+1 → 2 CDU.
        QCOMPARE(st.airUnits, 2);
        QCOMPARE(st.cdus, 2);
        QCOMPARE(st.airUnitsShort, 0);
        QCOMPARE(countEquipment(d, EquipmentKind::Crah), 2);
        QCOMPARE(countEquipment(d, EquipmentKind::Cdu), 2);
        for (const Equipment &e : d.equipment) {
            QCOMPARE(e.zone, ZoneId(3));
            QVERIFY((Rect{0.0, 10.0, 3.0, 30.0}).contains(e.footprint));
        }
        const CoolingResults r = analyzeCooling(d, testCatalog(), CoolingMode::Auto);
        QCOMPARE(r.crahUnits, 2);
        QCOMPARE(r.cduUnits, 2);
        QCOMPARE(*r.zones[0].airUnitsRequired, 2);
        QCOMPARE(*r.zones[0].cdusRequired, 2);
        QCOMPARE(*r.zones[1].airUnitsRequired, 0);
        // Unit draw at their share of the load: CRAH 2 × 3 kW × 48 / 200 = 1.44 kW,
        // CDU 2 × 3 kW × 192 / 600 = 1.92 kW. The fans' and pumps' power is heat in
        // the loop they serve. Heat rejection (liquid mode): (48 + 1.44) × 0.23 =
        // 11.3712 kW chilled water + (192 + 1.92) × 0.05 = 9.696 kW warm water.
        QVERIFY(near(r.inHallUnitKw, 3.36));
        QVERIFY(near(r.chilledWaterKw, 49.44));
        QVERIFY(near(r.warmWaterKw, 193.92));
        QVERIFY(near(r.heatRejectionKw, 21.0672));
        QVERIFY(near(r.mechanicalKw, 24.4272));
        // Air mode sends the liquid share through the chilled-water plant too:
        // (240 + 1.44 + 1.92) × 0.23 = 55.9728 kW.
        const CoolingResults a = analyzeCooling(d, testCatalog(), CoolingMode::Air);
        QVERIFY(near(a.heatRejectionKw, 55.9728));
        const nlohmann::ordered_json j = coolingSummaryJson(r);
        QCOMPARE(j.size(), std::size_t(7));
        QCOMPARE(j.begin().key(), std::string("heat_kw"));
        QCOMPARE(j["crah_units"].get<int>(), 2);
        QCOMPARE(j["cdu_units"].get<int>(), 2);
        QVERIFY(near(j["liquid_kw"].get<double>(), 192.0));
        QVERIFY(near(j["air_kw"].get<double>(), 48.0));
        QVERIFY(near(j["heat_kw"].get<double>(), 240.0));
    }

    void galleryTooSmallPlacesWhatFits()
    {
        // 10 racks × 6 × 10 kW = 600 kW of air: 6 + 1 = 7 CRAH (2.0 m along the
        // gallery); a 3 × 8 m gallery holds ⌊(8 − 1 + 0.3) / 2.3⌋ = 3.
        Design d = testHall(2, 5, 6);
        for (Zone &z : d.zones)
            if (z.name == "West gallery")
                z.area = {0.0, 10.0, 3.0, 8.0};
        std::erase_if(d.zones, [](const Zone &z) { return z.name == "East gallery"; });
        CoolingSynthesisStats st;
        Brief noDoors = testBrief(Redundancy::TwoN);
        noDoors.cooling.rearDoors = false; // else the doors of the next test take the heat
        synthesizeCooling(d, noDoors, testCatalog(), {}, &st);
        QCOMPARE(st.airUnits, 3);
        QCOMPARE(st.airUnitsShort, 4);
        QVERIFY(d.hall.rearDoor.empty());
        // No cooling zone at all is an impossible design.
        std::erase_if(d.zones, [](const Zone &z) { return z.kind == ZoneKind::Cooling; });
        QVERIFY_THROWS_EXCEPTION(PowerError, synthesizeCooling(d, testBrief(Redundancy::TwoN), testCatalog()));
    }

    void rearDoorsWhenTheGalleryCannotDeliver()
    {
        // 10 racks × 4 × 10 kW = 400 kW of air; a 3 × 8 m gallery holds 3 CRAH of
        // the 4 + 1 needed, so the auto brief fits the catalog's 50 kW rear doors.
        Design d = testHall(2, 5, 4);
        for (Zone &z : d.zones)
            if (z.name == "West gallery")
                z.area = {0.0, 10.0, 3.0, 8.0};
        std::erase_if(d.zones, [](const Zone &z) { return z.name == "East gallery"; });
        CoolingSynthesisStats st;
        synthesizeCooling(d, testBrief(Redundancy::TwoN), testCatalog(), {}, &st);
        QCOMPARE(d.hall.rearDoor, std::string("rdx-50"));
        // Each door takes its rack's 40 kW (≤ 50 kW): nothing reaches the room's air
        // but a failed door's 40 kW: ⌈40 / 100⌉ = 1, 2.76 m³/s / 10 → 1; N+1 → 2 CRAH.
        // The CDUs carry 400 kW: ⌈400 / 300⌉ = 2, 400 kW / (4.186 × 10 K) = 9.556 L/s
        // ≤ 10 → 1; N+1 → 3 CDUs.
        QCOMPARE(st.airUnits, 2);
        QCOMPARE(st.airUnitsShort, 0);
        QCOMPARE(st.cdus, 3);
        QCOMPARE(st.cdusShort, 0);
        const CoolingResults r = analyzeCooling(d, testCatalog(), CoolingMode::Auto);
        QCOMPARE(r.mode, CoolingMode::Air);
        QCOMPARE(r.rearDoors, 10);
        QVERIFY(near(r.rearDoorKw, 400.0));
        QVERIFY(near(r.racks[0].rearDoorKw, 40.0));
        QVERIFY(near(r.racks[0].airKw, 40.0)); // the servers' exhaust, before the door
        QVERIFY(near(r.airKw, 0.0));
        QVERIFY(near(r.liquidKw, 0.0));
        QVERIFY(near(r.zones[0].cduLoadKw, 400.0));
        QVERIFY(near(r.coolantLps, 400000.0 / (4186.0 * 10.0)));
        QVERIFY(near(r.zones[0].largestRearDoorKw, 40.0));
        QCOMPARE(checkCooling(r).size(), std::size_t(0));
        // Fail (warning): without air units a failed door's 40 kW has nowhere to go.
        Design bare = d;
        std::erase_if(bare.equipment, [](const Equipment &e) { return e.kind == EquipmentKind::Crah; });
        const CheckList noAir = checkCooling(analyzeCooling(bare, testCatalog(), CoolingMode::Auto));
        QCOMPARE(noAir.size(), std::size_t(1));
        QCOMPARE(noAir.front().code, std::string("rear-door-failure"));
        // Door fans 10 × 1 kW × 40 / 50 = 8 kW; CRAH fans idle (no air heat);
        // CDU pumps 3 × 3 kW × 400 / 900 = 4 kW.
        // All of it is chilled water: 400 + 8 + 4 = 412 kW × 0.23 = 94.76 kW.
        QVERIFY(near(r.rearDoorFanKw, 8.0));
        QVERIFY(near(r.inHallUnitKw, 12.0));
        QVERIFY(near(r.chilledWaterKw, 412.0));
        QVERIFY(near(r.warmWaterKw, 0.0));
        QVERIFY(near(r.heatRejectionKw, 94.76));
        const nlohmann::ordered_json j = coolingSummaryJson(r);
        QCOMPARE(j["rear_doors"].get<int>(), 10);
        QVERIFY(near(j["rear_door_kw"].get<double>(), 400.0));

        // The brief decides: false keeps the galleries (and their shortfall), true
        // fits doors even where the galleries would do.
        Brief no = testBrief(Redundancy::TwoN);
        no.cooling.rearDoors = false;
        synthesizeCooling(d, no, testCatalog(), {}, &st);
        QVERIFY(d.hall.rearDoor.empty());
        QVERIFY(st.airUnitsShort > 0);
        Design roomy = testHall(2, 5, 4);
        synthesizeCooling(roomy, testBrief(Redundancy::TwoN), testCatalog());
        QVERIFY(roomy.hall.rearDoor.empty()); // the 30 m galleries deliver 400 kW
        Brief yes = testBrief(Redundancy::TwoN);
        yes.cooling.rearDoors = true;
        synthesizeCooling(roomy, yes, testCatalog());
        QCOMPARE(roomy.hall.rearDoor, std::string("rdx-50"));
    }

    void rearDoorTakesNoMoreThanItsCapacity()
    {
        // 60 kW racks behind 50 kW doors: 10 kW of each reaches the room.
        Design d = testHall(1, 2, 6);
        d.hall.rearDoor = "rdx-50";
        const CoolingResults r = analyzeCooling(d, testCatalog(), CoolingMode::Air);
        QVERIFY(near(r.racks[0].rearDoorKw, 50.0));
        QVERIFY(near(r.airKw, 20.0));
        QVERIFY(near(r.rearDoorFanKw, 2.0)); // fans at full speed
        // An item that is not a rear door is reported, and takes no heat.
        d.hall.rearDoor = "crah-100";
        const CoolingResults wrong = analyzeCooling(d, testCatalog(), CoolingMode::Air);
        QCOMPARE(wrong.rearDoors, 0);
        QVERIFY(near(wrong.airKw, 120.0));
        QCOMPARE(wrong.problems.size(), std::size_t(1));
    }

    void unitsStandOneDeepAgainstTheOpening()
    {
        // 10 racks × 6 × 10 kW = 600 kW of air, all nearest the west gallery
        // (racks at x 6–9, the gallery's wall at x = 3): 6 + 1 = 7 CRAH of 2.0 m.
        // The 30 m wall holds ⌊(30 − 2 × 0.5 + 0.3) / (2.0 + 0.3)⌋ = 12, so all
        // seven stand against it, their 1.0 m depth from x = 2 to the opening at x = 3.
        Design d = testHall(2, 5, 6);
        CoolingSynthesisStats st;
        synthesizeCooling(d, testBrief(Redundancy::TwoN), testCatalog(), {}, &st);
        QCOMPARE(st.airUnits, 7);
        QCOMPARE(st.airUnitsShort, 0);
        for (const Equipment &e : d.equipment) {
            QVERIFY(near(e.footprint.right(), 3.0));
            QVERIFY(near(e.footprint.width, 1.0));
        }
        const CoolingResults r = analyzeCooling(d, testCatalog(), CoolingMode::Air);
        QVERIFY(near(r.zones[0].openingLengthM, 30.0));
        QCOMPARE(r.zones[0].facingAirUnits, 7);
        QVERIFY(near(r.zones[0].facingAirCapacityKw, 700.0));
        // Face velocity = Q / (L × H): Q = 600 kW / (1.2 × 1.005 × 12 K) = 41.459 m³/s
        // over 30 m × 3 m = 90 m²: 0.4607 m/s.
        QVERIFY(near(r.zones[0].faceVelocityMs, 600000.0 / (1.2 * 1005.0 * 12.0) / 90.0));
        QVERIFY(near(r.zones[0].faceVelocityMs, 0.46066, 1e-4));
    }

    void facingWallGeometry()
    {
        // A gallery east of the room shares its west edge; only the overlap counts.
        const auto walls = facingWalls(Rect{10.0, 0.0, 3.0, 20.0}, {Rect{0.0, 5.0, 10.0, 30.0}});
        QCOMPARE(walls.size(), std::size_t(1));
        QVERIFY(walls[0].vertical);
        QCOMPARE(walls[0].side, -1);
        QVERIFY(near(walls[0].coord, 10.0));
        QVERIFY(near(walls[0].lengthM(), 15.0));
        QVERIFY(facingWalls(Rect{20.0, 0.0, 3.0, 20.0}, {Rect{0.0, 0.0, 10.0, 30.0}}).empty());
        // ⌊(30 − 1 + 0.3) / 3.9⌋ = 7 fan walls of 3.6 m.
        QCOMPARE(unitsAlongWall(30.0, 3.6, 0.5, 0.3), 7);
        QCOMPARE(unitsAlongWall(0.5, 3.6, 0.5, 0.3), 0);
        const auto placed = placeAlongWalls(walls, 2.0, 1.0, 0.5, 0.3, {}, 100);
        // Along 5–20 m: ⌊(15 − 1 + 0.3) / 2.3⌋ = 6 units, x from 10 to 11 (room side at x = 10).
        QCOMPARE(placed.size(), std::size_t(6));
        for (const Rect &p : placed) {
            QVERIFY(near(p.x, 10.0));
            QVERIFY(facesWall(p, walls[0], 0.6));
        }
        QVERIFY(!facesWall(Rect{11.5, 6.0, 1.0, 2.0}, walls[0], 0.6));
        // Behind a 1.0 m line of units and a 1.2 m aisle less the 0.5 m packing
        // margin (band 1.7 m): the gallery x 10–13 keeps x 11.7–13 for CDUs, whose
        // first line then stands at 11.7 + 0.5 = 12.2, 1.2 m behind the units.
        const Rect behind = behindWall(Rect{10.0, 0.0, 3.0, 20.0}, walls[0], 1.7);
        QVERIFY(near(behind.x, 11.7));
        QVERIFY(near(behind.width, 1.3));
        QVERIFY(near(behind.depth, 20.0));
        // A west gallery (room towards +x) and a north one (room towards −y).
        const auto west = facingWalls(Rect{0.0, 0.0, 4.0, 20.0}, {Rect{4.0, 0.0, 30.0, 20.0}});
        QCOMPARE(west.size(), std::size_t(1));
        const Rect w = behindWall(Rect{0.0, 0.0, 4.0, 20.0}, west[0], 1.7);
        QVERIFY(near(w.x, 0.0) && near(w.width, 2.3));
        const auto north = facingWalls(Rect{0.0, 20.0, 34.0, 4.1}, {Rect{4.0, 0.0, 26.0, 20.0}});
        QCOMPARE(north.size(), std::size_t(1));
        const Rect n = behindWall(Rect{0.0, 20.0, 34.0, 4.1}, north[0], 1.7);
        QVERIFY(near(n.y, 21.7) && near(n.depth, 2.4) && near(n.width, 34.0));
        // A gallery no deeper than the band leaves nothing behind.
        QVERIFY(near(behindWall(Rect{10.0, 0.0, 1.5, 20.0}, walls[0], 1.7).width, 0.0));
    }
};

QTEST_APPLESS_MAIN(TestCooling)
#include "test_cooling.moc"
