// Tests of the design rules: each with a failing and a passing design, counted for the summary.
#include "../power/test_hall.h"

#include "checks/checks.h"
#include "cooling/cooling_synthesis.h"
#include "power/facility.h"
#include "power/plant_synthesis.h"
#include "power/power_synthesis.h"

#include <QtTest>

#include <nlohmann/json.hpp>

#include <algorithm>

using namespace hallwright;
using namespace hallwright::test;

namespace {

Design powered(int rows, int racks, int nodes, Redundancy r, const std::string &node = "node-10")
{
    Design d = testHall(rows, racks, nodes, node);
    synthesizePower(d, testBrief(r), testCatalog());
    return d;
}

CheckList powerChecks(const Design &d, Redundancy r)
{
    const FacilityAnalysis fa(d, testCatalog(), testBrief(r).power, CoolingMode::Air);
    return checkPower(fa, fa.failures().sweep(sweepOptionsFor(r)), r);
}

int count(const CheckList &checks, const std::string &code, Severity severity = Severity::Error,
          const std::string &location = {})
{
    return static_cast<int>(std::count_if(checks.begin(), checks.end(), [&](const Check &c) {
        return c.code == code && c.severity == severity && (location.empty() || c.location == location);
    }));
}

void setCatalog(Design &d, const std::string &device, const std::string &catalogId)
{
    for (Device &x : d.devices)
        if (x.name == device)
            x.catalogId = catalogId;
}

void moveRow(Design &d, int row, double y)
{
    d.rows[row].area.y = y;
    for (Rack &r : d.racks)
        if (r.row == d.rows[row].id)
            r.footprint.y = y;
}

} // namespace

class TestChecks : public QObject
{
    Q_OBJECT

private slots:
    void overloadedFeed()
    {
        // Pass: 30 kW racks on pdu-63 (34.92 kW continuous) carry the whole rack on either feed.
        Design d = powered(1, 2, 3, Redundancy::TwoN);
        QVERIFY(powerChecks(d, Redundancy::TwoN).empty());
        // Fail after failover: pdu-32 (17.74 kW continuous) carries 15 kW normally but
        // 30 kW when its twin fails; reported for each feed of rack A01.
        setCatalog(d, "A01-PDU-A1", "pdu-32");
        setCatalog(d, "A01-PDU-B1", "pdu-32");
        const CheckList c = powerChecks(d, Redundancy::TwoN);
        QCOMPARE(count(c, "overloaded-feed", Severity::Error, "A01"), 2);
        QCOMPARE(count(c, "overloaded-feed"), 2);
        // Fail under normal load: a 40 kW rack on one pdu-32 per feed carries 20 kW > 17.74 kW.
        Design big = powered(1, 1, 4, Redundancy::TwoN);
        std::erase_if(big.devices, [](const Device &x) { return x.name == "A01-PDU-A2" || x.name == "A01-PDU-B2"; });
        setCatalog(big, "A01-PDU-A1", "pdu-32");
        setCatalog(big, "A01-PDU-B1", "pdu-32");
        const CheckList cb = powerChecks(big, Redundancy::TwoN);
        QCOMPARE(count(cb, "overloaded-feed", Severity::Error, "A01"), 2);
        QVERIFY(cb.front().message.find("20.0 kW") != std::string::npos);
    }

    void redundancyNotMet()
    {
        // Pass: N+1, two blocks of 160 and 140 kW (rows split in halves), 2 + 1 × 100 kW modules each.
        Design d = powered(3, 5, 2, Redundancy::NPlus1);
        QCOMPARE(count(powerChecks(d, Redundancy::NPlus1), "redundancy-not-met"), 0);
        // Fail: block 1's spare removed, each of its two modules' loss darkens a half row.
        std::erase_if(d.equipment, [](const Equipment &e) { return e.name == "UPS-01-3"; });
        const CheckList c = powerChecks(d, Redundancy::NPlus1);
        QCOMPARE(count(c, "redundancy-not-met"), 2);
        QCOMPARE(count(c, "redundancy-not-met", Severity::Error, "UPS-01-1"), 1);
        // The same design judged as N is within its (absent) redundancy.
        QCOMPARE(count(powerChecks(d, Redundancy::N), "redundancy-not-met"), 0);

        // 2N with both cords of rack A01 on busway A: losing it darkens A01.
        Design shared = powered(1, 2, 3, Redundancy::TwoN);
        const EquipmentId bwA = findEquipment(shared, "BW-A-A")->id;
        for (Device &x : shared.devices)
            if (x.name == "A01-PDU-B1")
                x.powerFeed = bwA;
        const CheckList cs = powerChecks(shared, Redundancy::TwoN);
        QCOMPARE(count(cs, "redundancy-not-met", Severity::Error, "BW-A-A"), 1);
    }

    void singleFeed()
    {
        // Pass: N design with A and B PDUs in every rack.
        Design d = powered(1, 2, 3, Redundancy::N);
        QCOMPARE(count(powerChecks(d, Redundancy::N), "single-feed", Severity::Warning), 0);
        // Fail: A01 without its B PDU; losing A darkens it (a warning for N, not an error).
        std::erase_if(d.devices, [](const Device &x) { return x.name == "A01-PDU-B1"; });
        const CheckList c = powerChecks(d, Redundancy::N);
        QCOMPARE(count(c, "single-feed", Severity::Warning), 2); // its PDU and its busway
        QCOMPARE(countChecks(c).errors, 0);
    }

    void generatorsShort()
    {
        // Pass: 300 / 0.96 / 0.99 = 315.7 kW through the chain + 84.2 kW cooling (fans 0.03,
        // chilled water 0.23 × 1.03) + 3 kW misc = 402.9 kW in an outage, carried by
        // ⌈402.9 / 400⌉ = 2 sets (N).
        Design d = powered(2, 5, 3, Redundancy::N);
        QCOMPARE(countEquipment(d, EquipmentKind::Generator), 2);
        QCOMPARE(count(powerChecks(d, Redundancy::N), "overloaded-feed"), 0);
        // Fail: one set left, 400 kW < 402.9 kW.
        std::erase_if(d.equipment, [](const Equipment &e) { return e.name == "GEN-1-02"; });
        QCOMPARE(count(powerChecks(d, Redundancy::N), "overloaded-feed", Severity::Error, "Generators"), 1);
        // None at all: acceptable for N, a warning for N+1.
        std::erase_if(d.equipment, [](const Equipment &e) { return e.kind == EquipmentKind::Generator; });
        QCOMPARE(count(powerChecks(d, Redundancy::N), "redundancy-not-met", Severity::Warning), 0);
        QCOMPARE(count(powerChecks(d, Redundancy::NPlus1), "redundancy-not-met", Severity::Warning), 1);
    }

    void floorLoad()
    {
        // A 1,300 kg rack-scale rack (its own rack) on 0.6 × (1.2 + 0.6 + 0.6) = 1.44 m²
        // (no neighbouring rows: 0.6 m of aisle each side) = 902.8 kg/m².
        Design d = testHall(1, 2, 1, "node-120");
        QCOMPARE(rackWeightKg(d, testCatalog(), d.racks[0]), 1300.0);
        d.hall.floorLoadKgPerM2 = 1000.0;
        QCOMPARE(count(checkFloorLoad(d, testCatalog()), "floor-load"), 0);
        d.hall.floorLoadKgPerM2 = 900.0;
        const CheckList c = checkFloorLoad(d, testCatalog());
        QCOMPARE(count(c, "floor-load"), 2);
        QVERIFY(c.front().message.find("903 kg/m²") != std::string::npos);
        // Rows 1.0 m apart share the aisle: 0.6 × (1.2 + 0.6 + 0.5) = 1.38 m² → 942.0 kg/m².
        Design two = testHall(2, 1, 1, "node-120");
        moveRow(two, 1, 12.0 + 1.2 + 1.0);
        two.hall.floorLoadKgPerM2 = 940.0;
        QCOMPARE(count(checkFloorLoad(two, testCatalog()), "floor-load"), 2);
        two.hall.floorLoadKgPerM2 = 943.0;
        QCOMPARE(count(checkFloorLoad(two, testCatalog()), "floor-load"), 0);
        // Four 100 kg nodes in a 150 kg rack: 550 kg, above a 500 kg rack rating.
        Design air = testHall(1, 1, 4);
        QCOMPARE(rackWeightKg(air, testCatalog(), air.racks[0]), 550.0);
        QCOMPARE(count(checkFloorLoad(air, testCatalog()), "rack-overweight"), 0);
        air.racks[0].weightLimitKg = 500.0;
        QCOMPARE(count(checkFloorLoad(air, testCatalog()), "rack-overweight", Severity::Error, "A01"), 1);
    }

    void coolingShortfall()
    {
        Design d = powered(2, 5, 3, Redundancy::TwoN);
        synthesizeCooling(d, testBrief(Redundancy::TwoN), testCatalog());
        auto cooling = [&](const Design &x) {
            return checkCooling(analyzeCooling(x, testCatalog(), CoolingMode::Air));
        };
        // Pass: 4 CRAH (N+1) for the 300 kW of rack heat (UPS and transformer losses
        // stay in the electrical room, which is cooled on its own).
        QVERIFY(cooling(d).empty());
        // Redundancy: 3 left, 200 kW without the largest < 300 kW.
        Design four = d;
        std::erase_if(four.equipment, [](const Equipment &e) { return e.name == "CRAH-1-04"; });
        QCOMPARE(count(cooling(four), "redundancy-not-met", Severity::Error, "West gallery"), 1);
        QCOMPARE(count(cooling(four), "cooling-shortfall"), 0);
        // Shortfall: 2 left, 200 kW < 300 kW.
        std::erase_if(four.equipment, [](const Equipment &e) { return e.name == "CRAH-1-03"; });
        QCOMPARE(count(cooling(four), "cooling-shortfall", Severity::Error, "West gallery"), 1);
        // Liquid racks without CDUs.
        Design liquid = testHall(1, 2, 1, "node-120");
        synthesizeCooling(liquid, testBrief(Redundancy::TwoN), testCatalog());
        QVERIFY(checkCooling(analyzeCooling(liquid, testCatalog(), CoolingMode::Auto)).empty());
        std::erase_if(liquid.equipment, [](const Equipment &e) { return e.kind == EquipmentKind::Cdu; });
        const CheckList cl = checkCooling(analyzeCooling(liquid, testCatalog(), CoolingMode::Auto));
        QCOMPARE(count(cl, "cooling-shortfall", Severity::Error, "West gallery"), 1);
        QVERIFY(cl.front().message.find("liquid") != std::string::npos);
    }

    void airCoolingLimit()
    {
        auto checks = [](int nodes) {
            return checkCooling(analyzeCooling(testHall(1, 1, nodes), testCatalog(), CoolingMode::Air));
        };
        // 60 kW of air in one rack: above the 50 kW air can cool.
        QCOMPARE(count(checks(6), "air-cooling-limit", Severity::Error, "A01"), 1);
        // 50 kW: at the limit, above the 45 kW warning.
        QCOMPARE(count(checks(5), "air-cooling-limit", Severity::Error), 0);
        QCOMPARE(count(checks(5), "air-cooling-limit", Severity::Warning, "A01"), 1);
        // 30 kW: fine.
        QCOMPARE(count(checks(3), "air-cooling-limit", Severity::Warning), 0);
        // Liquid-cooled racks send only 24 kW of their 120 kW to air.
        const CoolingResults liquid = analyzeCooling(testHall(1, 1, 1, "node-120"), testCatalog(), CoolingMode::Auto);
        QCOMPARE(count(checkCooling(liquid), "air-cooling-limit", Severity::Warning), 0);
        // The rack's own cooling limit: 30 kW of heat passes a 30 kW limit, fails a 25 kW one.
        Design d = testHall(1, 1, 3);
        d.racks[0].coolingLimitKw = 30.0;
        QCOMPARE(count(checkCooling(analyzeCooling(d, testCatalog(), CoolingMode::Air)), "rack-cooling-limit"), 0);
        d.racks[0].coolingLimitKw = 25.0;
        QCOMPARE(count(checkCooling(analyzeCooling(d, testCatalog(), CoolingMode::Air)), "rack-cooling-limit"), 1);
    }

    void wholeDesignAndAisles()
    {
        Design d = powered(2, 5, 3, Redundancy::TwoN);
        synthesizeCooling(d, testBrief(Redundancy::TwoN), testCatalog());
        synthesizePlant(d, testBrief(Redundancy::TwoN), testCatalog()); // every fan fed
        const Brief brief = testBrief(Redundancy::TwoN);
        const CheckList clean = runChecks(d, testCatalog(), brief);
        for (const Check &c : clean)
            qWarning("%s %s", c.code.c_str(), c.message.c_str());
        QCOMPARE(countChecks(clean).errors, 0);
        const nlohmann::ordered_json j = checksSummaryJson(clean);
        QCOMPARE(j.size(), std::size_t(2));
        QCOMPARE(j["errors"].get<int>(), 0);

        // Aisle too narrow: row B moved to 0.5 m from row A (fronts facing, 1.8 m needed).
        Design narrow = d;
        moveRow(narrow, 1, 12.0 + 1.2 + 0.5);
        const CheckList c = runChecks(narrow, testCatalog(), brief);
        QVERIFY(count(c, "aisle-too-narrow") > 0);
        QCOMPARE(checksSummaryJson(c)["errors"].get<int>(), countChecks(c).errors);

        // Extra providers add their findings.
        const CheckProvider tray = [](const Design &, const Catalog &, const Brief &, CheckList &out) {
            out.push_back({Severity::Warning, "tray-fill", "tray T1 is 60 % full", "T1"});
        };
        const CheckList withTray = runChecks(d, testCatalog(), brief, {tray});
        QCOMPARE(countChecks(withTray).warnings, countChecks(clean).warnings + 1);
    }
};

QTEST_APPLESS_MAIN(TestChecks)
#include "test_checks.moc"
