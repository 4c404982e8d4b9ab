// Capex estimate, sensitivity (tornado, sweep) and scenario comparison tests.
#include "catalog/catalog.h"
#include "lease/capex.h"
#include "lease/lease_json.h"
#include "lease/scenario.h"
#include "lease/sensitivity.h"

#include "lease_cases.h"
#include "test_support.h"

#include <QtTest>

#include <cmath>

using namespace hallwright;
using namespace hallwright::lease;

namespace {

// Capex 100, no debt, no tax, no opex, revenue 30 a year for 5 years (one node
// at 2.5 a month), discount 8 %: NPV = -100 + 30 x 3.992710 = 19.781301.
LeaseInputs simpleLease()
{
    return testcases::caseNoDebtNoTax();
}

// A hall-sized lease with the brief's defaults: 10,240 accelerators at 12 per
// accelerator-hour, 90 % utilization, 60 % debt, 25 % tax, electricity paid by the lessor.
LeaseInputs hallLease()
{
    LeaseInputs in;
    in.accelerators = 10240;
    in.nodes = 1280;
    in.terms.pricePerAcceleratorHour = 12.0;
    in.capexIt = 1280 * 2.1e6 * 1.3;   // servers plus 30 % for network and facility
    in.itKw = 1280 * 10.2;           // DGX H100 10.2 kW max
    in.pue = 1.25;
    in.loadFactor = 0.8;
    in.electricityPricePerKwh = 0.5;
    return in;
}

const TornadoBar &bar(const Tornado &t, Driver d)
{
    for (const TornadoBar &b : t.bars)
        if (b.driver == d)
            return b;
    throw std::runtime_error("driver missing");
}

} // namespace

class TestLeaseAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void capexEstimateLines()
    {
        NodeSpec node;
        node.id = "hgx-h800";
        node.name = "HGX H800 8-GPU";
        node.priceCny = 2.1e6;                     // docs/engineering-reference.md §6: about RMB 2.1 M each
        node.nameZh = "HGX H800 八卡服务器";
        node.provenance.estimated = {"price_cny"};
        const std::vector<CapexLine> other = {
            makeCapexLine("Compute fabric (switches, optics, cables)", 1, 500000.0, true, "network BOM"),
            makeCapexLine("UPS 500 kW", 2, 800000.0, false, "catalog ups-500", CapexClass::Facility, "不间断电源 500 kW"),
        };
        const CapexEstimate e = estimateCapex(node, 4, other, 40.8);
        // Nodes 4 x 2,100,000 = 8,400,000; network 500,000; UPS 2 x 800,000 = 1,600,000;
        // facility 40.8 kW x 16,700 = 681,360; total 11,181,360.
        QCOMPARE(e.lines.size(), std::size_t(4));
        QCOMPARE(e.lines[0].item, std::string("HGX H800 8-GPU"));
        // Each line keeps its Chinese name through the estimate; a line without one reads in English.
        QCOMPARE(capexItem(e.lines[0], true), std::string("HGX H800 八卡服务器"));
        QCOMPARE(capexItem(e.lines[0], false), std::string("HGX H800 8-GPU"));
        QCOMPARE(capexItem(e.lines[1], true), std::string("Compute fabric (switches, optics, cables)"));
        QCOMPARE(capexItem(e.lines[2], true), std::string("不间断电源 500 kW"));
        QCOMPARE(e.lines[2].capexClass, CapexClass::Facility);
        QNEAR(e.lines[0].total, 8.4e6, 1e-6);
        QVERIFY(e.lines[0].estimated);
        QNEAR(e.lines[2].total, 1.6e6, 1e-6);
        QVERIFY(!e.lines[2].estimated);
        QCOMPARE(e.lines[3].item, std::string("Facility fit-out (per kW IT)"));
        QCOMPARE(capexItem(e.lines[3], true), std::string("机房装修（按 IT 千瓦计）"));
        QNEAR(e.lines[3].quantity, 40.8, 1e-12);
        QNEAR(e.lines[3].total, 681360.0, 1e-6);
        QVERIFY(e.lines[3].estimated);
        // Only the fit-out is priced per kW of IT rather than placed (the proposal lists it apart).
        QVERIFY(e.lines[3].perItKw);
        QVERIFY(!e.lines[0].perItKw && !e.lines[1].perItKw && !e.lines[2].perItKw);
        QNEAR(e.total, 11181360.0, 1e-6);
        QVERIFY(e.anyEstimated);

        const nlohmann::json j = capexJson(e);
        QCOMPARE(j.size(), std::size_t(4));
        // A fifth of the cited low end: 11.6 USD/W / 5 x 7.2 CNY/USD = 16.704 CNY/W, rounded to 16.7.
        QNEAR(j[3]["unit_price"].get<double>(), 16700.0, 0.0);
        QVERIFY(j[3]["estimated"].get<bool>());

        QVERIFY_THROWS_EXCEPTION(LeaseError, makeCapexLine("cable", -1, 10.0, false));
        QVERIFY_THROWS_EXCEPTION(LeaseError, estimateCapex(node, -1, {}, 0.0));
    }

    void tornadoByHand()
    {
        // Price ±10 %: revenue 27 or 33 a year; NPV = -100 + R x 3.992710:
        // 7.803171 and 31.759431. IRR from 27 and 33 a year: 10.92 % and 19.40 %.
        const Tornado t = tornado(simpleLease(), 0.10);
        QNEAR(t.baseNpv, 19.781301, 1e-6);
        const TornadoBar &price = bar(t, Driver::Price);
        QNEAR(price.lowValue, 2.25, 1e-12);
        QNEAR(price.highValue, 2.75, 1e-12);
        QNEAR(price.npvLow, 7.803171, 1e-6);
        QNEAR(price.npvHigh, 31.759431, 1e-6);
        QVERIFY(price.irrLow && price.irrHigh);
        QNEAR(27.0 * (1.0 - std::pow(1.0 + *price.irrLow, -5)) / *price.irrLow, 100.0, 1e-7);
        // Utilization 100 % cannot rise: high stays at 1.0 and NPV at base.
        const TornadoBar &util = bar(t, Driver::Utilization);
        QNEAR(util.highValue, 1.0, 0.0);
        QNEAR(util.npvHigh, t.baseNpv, 1e-9);
        QNEAR(util.npvLow, 7.803171, 1e-6);
        // Capex ±10 % with nothing depending on it but the outlay: NPV 19.78 ∓ 10.
        const TornadoBar &capex = bar(t, Driver::Capex);
        QNEAR(capex.npvLow, 29.781301, 1e-6);
        QNEAR(capex.npvHigh, 9.781301, 1e-6);
        // The lessee pays electricity: its price changes nothing.
        QNEAR(bar(t, Driver::ElectricityPrice).npvSwing(), 0.0, 1e-9);
        // Sorted by |swing|: price 23.96, then capex 20 and utilization 11.98, electricity 0.
        QCOMPARE(t.bars.front().driver, Driver::Price);
        QCOMPARE(t.bars.back().driver, Driver::ElectricityPrice);

        QVERIFY_THROWS_EXCEPTION(LeaseError, tornado(simpleLease(), 0.0));
        QVERIFY_THROWS_EXCEPTION(LeaseError, tornado(simpleLease(), 1.5));
    }

    void sensitivitySigns()
    {
        const Tornado t = tornado(hallLease(), 0.10);
        // Higher price or utilization -> more revenue -> higher NPV and IRR.
        for (Driver d : {Driver::Price, Driver::Utilization}) {
            const TornadoBar &b = bar(t, d);
            QVERIFY(b.npvHigh > t.baseNpv && t.baseNpv > b.npvLow);
            QVERIFY(b.irrHigh && b.irrLow && t.baseIrr);
            QVERIFY(*b.irrHigh > *t.baseIrr && *t.baseIrr > *b.irrLow);
        }
        // Higher capex or electricity price -> lower NPV and IRR.
        for (Driver d : {Driver::Capex, Driver::ElectricityPrice}) {
            const TornadoBar &b = bar(t, d);
            QVERIFY(b.npvHigh < t.baseNpv && t.baseNpv < b.npvLow);
            QVERIFY(*b.irrHigh < *t.baseIrr && *t.baseIrr < *b.irrLow);
        }
        const nlohmann::json j = tornadoJson(t);
        // A faster price rise lifts NPV, a decline lowers it.
        const TornadoBar &change = bar(t, Driver::PriceChange);
        QNEAR(change.lowValue, -0.05, 1e-12);
        QNEAR(change.highValue, 0.05, 1e-12);
        QVERIFY(change.npvHigh > t.baseNpv && t.baseNpv > change.npvLow);
        // No refund and a built hall: those bars are left out.
        QCOMPARE(j["bars"].size(), std::size_t(5));
        QNEAR(j["delta"].get<double>(), 0.10, 0.0);
    }

    void sweepIsMonotoneInPrice()
    {
        // Price 0..24 per accelerator-hour: NPV rises with price at every step.
        const std::vector<SweepPoint> pts = sweep(hallLease(), Driver::Price, 0.0, 24.0, 25);
        QCOMPARE(pts.size(), std::size_t(25));
        QNEAR(pts[12].value, 12.0, 1e-12);
        for (std::size_t i = 1; i < pts.size(); ++i)
            QVERIFY(pts[i].npv > pts[i - 1].npv);
        // At price 12 the sweep equals the base case.
        QNEAR(pts[12].npv, evaluateCashFlows(hallLease()).npv, 1e-6 * std::fabs(pts[12].npv));
        QVERIFY_THROWS_EXCEPTION(LeaseError, sweep(hallLease(), Driver::Price, 0.0, 1.0, 0));
    }

    void scenarioTable()
    {
        ScenarioResult a;
        a.name = "H100 air";
        a.accelerators = 1024;
        a.nodes = 128;
        a.training.peakPflopsBf16 = 1024 * 0.989;
        a.training.mfu = 0.40;
        a.training.days = 30.0;
        a.lease = evaluate(simpleLease());                 // capex 100, NPV 19.78
        ScenarioResult b = a;
        b.name = "H100 liquid";
        LeaseInputs cheaper = simpleLease();
        cheaper.capexIt = 90.0;                               // NPV 29.78
        b.lease = evaluate(cheaper);
        b.training.days = 28.0;
        ScenarioResult c = a;
        c.name = "unknown MFU";
        c.training.mfu.reset();
        c.training.days.reset();

        const std::vector<ScenarioRow> rows = compareScenarios({a, b, c});
        QCOMPARE(rows.size(), std::size_t(3));
        QVERIFY(rows[0].baseline && !rows[1].baseline);
        QVERIFY(!rows[0].npvDelta.has_value());
        QNEAR(*rows[1].npvDelta, 10.0, 1e-9);
        QNEAR(*rows[1].capexDelta, -10.0, 1e-12);
        QNEAR(*rows[1].trainingDaysDelta, -2.0, 1e-12);
        QVERIFY(!rows[2].trainingDaysDelta.has_value());
        QVERIFY(rows[1].bestNpv && !rows[0].bestNpv);
        QVERIFY(rows[1].fastestTraining);
        // 100 / 1,024 accelerators; 100 / 1,012.736 PFLOP/s.
        QNEAR(*rows[0].capexPerAccelerator, 100.0 / 1024.0, 1e-12);
        QNEAR(*rows[0].capexPerPeakPflops, 100.0 / 1012.736, 1e-12);
        QNEAR(rows[0].revenuePerYear, 30.0, 1e-12);

        const nlohmann::json j = scenariosJson(rows);
        QCOMPARE(j.size(), std::size_t(3));
        QVERIFY(j[2]["training_days"].is_null());
        QVERIFY(j[1]["best_npv"].get<bool>());
        QVERIFY_THROWS_EXCEPTION(LeaseError, compareScenarios({}));
    }
};

QTEST_APPLESS_MAIN(TestLeaseAnalysis)
#include "test_lease_analysis.moc"
