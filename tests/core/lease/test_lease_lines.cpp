// Hand-calculated cases for the lease lines of docs/lease-model.md: facility
// class with its own depreciation and a loan longer than the lease, refunds, ramp
// and price decline, colocation rent, USD conversion, IRR without a sign change.
#include "analysis/analysis.h"
#include "catalog/catalog.h"
#include "lease/lease_json.h"
#include "lease/lease_model.h"
#include "lease/sensitivity.h"

#include "lease_cases.h"
#include "test_support.h"

#include <QtTest>

using namespace hallwright;
using namespace hallwright::lease;

class TestLeaseLines : public QObject
{
    Q_OBJECT

private slots:
    void facilityClassAndLoanLongerThanLease()
    {
        // IT 100 over 5 years, facility 200 over 20 years; all equity except a loan
        // of 50 % of 300 = 150 at 10 % over 8 years in a 5-year lease; no tax; revenue 100.
        LeaseInputs in = testcases::caseNoDebtNoTax();
        in.capexFacility = 200.0;
        in.terms.pricePerNodeMonth = 100.0 / 12.0;
        in.terms.facilityDepreciationYears = 20;
        in.terms.debtFraction = 0.5;
        in.terms.interestRate = 0.10;
        in.terms.loanYears = 8;
        const LeaseResult r = evaluate(in);
        QNEAR(r.capex, 300.0, 1e-12);
        QNEAR(r.loan, 150.0, 1e-12);
        QNEAR(r.equityOutlay, 150.0, 1e-12);
        // Depreciation: IT 20 + facility 10 = 30 a year.
        for (int y = 0; y < 5; ++y) {
            QNEAR(r.depreciationIt[std::size_t(y)], 20.0, 1e-12);
            QNEAR(r.depreciationFacility[std::size_t(y)], 10.0, 1e-12);
        }
        // Annuity 150 x 0.1 / (1 - 1.1^-8) = 28.116603. Year 1: interest 15, principal
        // 13.116603, EBT 100 - 30 - 15 = 55, flow 55 + 30 - 13.116603 = 71.883397.
        QNEAR(r.annuityPayment, 28.116603, 1e-6);
        QNEAR(r.equityCashFlows[1], 71.883397, 1e-6);
        // Balance after 4 years: 150 x 1.1^4 - 28.116603 x (1.1^4 - 1)/0.1 = 89.125847;
        // year 5 repays it all: interest 8.912585, principal 89.125847.
        QNEAR(r.interest[4], 8.912585, 1e-6);
        QNEAR(r.principal[4], 89.125847, 1e-6);
        QNEAR(r.loanBalanceRepaidAtEnd, 89.125847, 1e-6);
        // Facility book value at the end 200 - 5 x 10 = 150 comes back as a terminal
        // value; IT is fully depreciated and has no residual here.
        QNEAR(r.facilityBookValueAtEnd, 150.0, 1e-9);
        QNEAR(r.itBookValueAtEnd, 0.0, 1e-12);
        // Year 5: EBT 100 - 30 - 8.912585 = 61.087415; flow 61.087415 + 30 - 89.125847 + 150
        //         = 151.961568.
        QNEAR(r.ebt[4], 61.087415, 1e-6);
        QNEAR(r.equityCashFlows[5], 151.961568, 1e-6);
    }

    void refundsRampAndDecline()
    {
        // 8 accelerators at 10 an hour falling 10 % a year, utilization ramp
        // 0.5, 1, 1, 1, 1; refunds 7 in year 1 and 3 in year 2; capex 100, no tax.
        LeaseInputs in = testcases::caseNoDebtNoTax();
        in.terms.pricePerNodeMonth.reset();
        in.terms.pricePerAcceleratorHour = 10.0;
        in.terms.priceChangePerYear = -0.10;
        in.terms.utilization = 0.5;
        in.terms.utilizationByYear = {0.5, 1.0, 1.0, 1.0, 1.0};
        in.terms.taxRefundPerYear = 7.0;
        in.terms.taxRefundByYear = {7.0, 3.0, 0.0, 0.0, 0.0};
        const LeaseResult r = evaluate(in);
        // Year 1: 10 x 8 x 8,760 x 0.5 = 350,400; year 2: 9 x 70,080 = 630,720;
        // year 3: 8.1 x 70,080 = 567,648; year 5: 10 x 0.9^4 x 70,080 = 459,794.88.
        QNEAR(r.revenue[0], 350400.0, 1e-6);
        QNEAR(r.revenue[1], 630720.0, 1e-6);
        QNEAR(r.revenue[2], 567648.0, 1e-6);
        QNEAR(r.revenue[4], 459794.88, 1e-6);
        QNEAR(r.utilization[0], 0.5, 0.0);
        // Refunds are cash outside taxable income: flow = net profit + depreciation + refund.
        QNEAR(r.taxRefund[0], 7.0, 0.0);
        QNEAR(r.taxRefund[1], 3.0, 0.0);
        QNEAR(r.equityCashFlows[1], r.netProfit[0] + 20.0 + 7.0, 1e-9);
        QNEAR(r.ebt[0], 350400.0 - 20.0, 1e-6);
        // Break-even is a year-1 price: NPV at it is zero with the decline applied.
        QVERIFY(r.breakEvenPricePerAcceleratorHour.has_value());
        LeaseInputs at = in;
        at.terms.pricePerAcceleratorHour = *r.breakEvenPricePerAcceleratorHour;
        QNEAR(evaluateCashFlows(at).npv, 0.0, 1e-6);
        // The tornado has the refund and price-change bars.
        const Tornado t = tornado(in);
        bool refund = false, change = false;
        for (const TornadoBar &b : t.bars) {
            refund = refund || b.driver == Driver::TaxRefund;
            change = change || b.driver == Driver::PriceChange;
        }
        QVERIFY(refund && change);
    }

    void colocationRent()
    {
        // A rented hall: 10 kW at 100 a kW-month is 12,000 a year of opex, no facility capex.
        LeaseInputs in = testcases::caseNoDebtNoTax();
        in.itKw = 10.0;
        in.terms.pricePerNodeMonth = 2000.0;
        in.terms.facility = FacilityMode::Colocation;
        in.terms.colocationPricePerKwMonth = 100.0;
        const LeaseResult r = evaluate(in);
        QNEAR(r.colocationRent[0], 12000.0, 1e-9);
        QNEAR(r.opex[0], 12000.0, 1e-9);
        // Revenue 2,000 x 12 = 24,000; EBITDA 12,000; EBT 12,000 - 20 = 11,980.
        QNEAR(r.ebitda[0], 12000.0, 1e-9);
        QNEAR(r.ebt[0], 11980.0, 1e-9);
        QCOMPARE(resolveFacilityCapex(in.terms, 5e6), 0.0);
        // The rent is a tornado driver: dearer rent, lower NPV.
        const Tornado t = tornado(in);
        const auto it = std::find_if(t.bars.begin(), t.bars.end(),
                                     [](const TornadoBar &b) { return b.driver == Driver::ColocationRent; });
        QVERIFY(it != t.bars.end());
        QVERIFY(it->npvHigh < it->npvLow);
        // Missing rent is refused.
        in.terms.colocationPricePerKwMonth.reset();
        QVERIFY_THROWS_EXCEPTION(LeaseError, evaluate(in));
    }

    void facilityCapexResolution()
    {
        LeaseBrief t;
        // Engine estimate used for the facility when the IT capex is the estimate too.
        QCOMPARE(resolveFacilityCapex(t, 4e8), 4e8);
        t.facilityCapexTotal = 3e8;
        QCOMPARE(resolveFacilityCapex(t, 4e8), 3e8);
        t.facilityCapexTotal.reset();
        t.capexTotal = 1e9;   // a given IT capex says nothing of the building
        QCOMPARE(resolveFacilityCapex(t, 4e8), 0.0);
    }

    void irrWithoutSignChangeIsNull()
    {
        QVERIFY(!irr({100.0, 10.0, 10.0}).has_value());
        QVERIFY(!irr({-100.0, -10.0, 0.0}).has_value());
        QVERIFY(!irr({0.0, 0.0}).has_value());
        // One sign change: -100, 110 -> 10 %.
        QNEAR(*irr({-100.0, 110.0}), 0.10, 1e-10);
    }

    void usdConvertsCatalogPrices()
    {
        // The same 64-accelerator hall priced from the catalog in CNY and in USD at
        // 7.0 CNY per USD: capex and the default price are exactly 1/7; the
        // electricity price is the brief's own (here 0, paid by the lessee).
        const Catalog &catalog = Catalog::builtin();
        auto run = [&](const char *lease) {
            const std::string text = std::string(R"({"schema": "hallwright.brief/1", "compute": {"platform": "dgx-h100",
                "accelerators": 64}, "power": {"electricity_price_per_kwh": 0}, "lease": )") + lease + "}";
            const Brief b = parseBrief(text, catalog);
            return analyze(synthesize(b, catalog), catalog);
        };
        const Results cny = run(R"({"currency": "CNY", "electricity_paid_by": "lessee"})");
        const Results usd = run(R"({"currency": "USD", "fx_cny_per_usd": 7.0, "electricity_paid_by": "lessee"})");
        QVERIFY(cny.lease && usd.lease);
        QNEAR(usd.lease->capex * 7.0, cny.lease->capex, 1e-6 * cny.lease->capex);
        QNEAR(usd.lease->capexFacility * 7.0, cny.lease->capexFacility, 1e-6 * cny.lease->capex);
        QNEAR(usd.lease->pricePerAcceleratorHour * 7.0, 12.0, 1e-9);   // dgx-h100's catalog RMB 12.0
        QNEAR(usd.lease->revenue[0] * 7.0, cny.lease->revenue[0], 1e-6 * cny.lease->revenue[0]);
        QNEAR(usd.lease->npv * 7.0, cny.lease->npv, 1e-6 * std::fabs(cny.lease->npv));
        QVERIFY(cny.lease->priceEstimated);
        QVERIFY(cny.lease->priceSource.find("dgx-h100") != std::string::npos);
        // An H20 hall gets its own, lower default price.
        const Brief h20 = parseBrief(R"({"schema": "hallwright.brief/1", "compute": {"platform": "hgx-h20",
            "accelerators": 64}})", catalog);
        const Results r20 = analyze(synthesize(h20, catalog), catalog);
        QVERIFY(r20.lease);
        QNEAR(r20.lease->pricePerAcceleratorHour, 4.5, 1e-12);
        // The summary's lease object has every documented field.
        const nlohmann::json j = leaseJson(*usd.lease, "USD", usd.capexEstimate);
        for (const char *key : {"currency", "capex", "capex_it", "capex_facility", "price_per_accelerator_hour",
                                "revenue_per_year", "net_profit_per_year", "tax_per_year", "tax_refund_per_year",
                                "equity_cash_flows", "npv", "irr", "payback_years"})
            QVERIFY2(j.contains(key), key);
        QCOMPARE(j["equity_cash_flows"].size(), std::size_t(6));
        QCOMPARE(j["tax_refund_per_year"].size(), std::size_t(5));
    }
};

QTEST_GUILESS_MAIN(TestLeaseLines)
#include "test_lease_lines.moc"
