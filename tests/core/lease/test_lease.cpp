// Lease model tests: hand-calculated cash flows, IRR, payback, break-even and validation.
#include "lease/lease_json.h"
#include "lease/lease_model.h"

#include "lease_cases.h"
#include "test_support.h"

#include <QtTest>

#include <cmath>

using namespace hallwright;
using namespace hallwright::lease;

namespace {

// Case 2: capex 1,000; 60 % debt at 5 % over 3 years; tax 25 %; depreciation
// over 4 years of a 5-year lease; residual 10 %; O&M 3 %, extra opex 20;
// electricity paid by the lessor; revenue 5 per node-month x 10 nodes x 12 x 0.8 = 480.
LeaseInputs caseDebtTaxResidual()
{
    LeaseInputs in;
    in.terms.years = 5;
    in.terms.pricePerAcceleratorHour.reset();
    in.terms.pricePerNodeMonth = 5.0;
    in.terms.utilization = 0.8;
    in.terms.omFractionPerYear = 0.03;
    in.terms.extraOpexPerYear = 20.0;
    in.terms.electricityPaidBy = ElectricityPayer::Lessor;
    in.terms.debtFraction = 0.6;
    in.terms.interestRate = 0.05;
    in.terms.loanYears = 3;
    in.terms.taxRate = 0.25;
    in.terms.depreciationYears = 4;
    in.terms.residualFraction = 0.10;
    in.terms.discountRate = 0.08;
    in.capexIt = 1000.0;
    in.nodes = 10;
    in.accelerators = 80;
    in.itKw = 10.0;
    in.loadFactor = 0.5;
    in.pue = 1.25;
    in.electricityPricePerKwh = 0.001;
    return in;
}

} // namespace

class TestLease : public QObject
{
    Q_OBJECT

private slots:
    void noDebtNoTaxCashFlows()
    {
        const LeaseResult r = evaluate(testcases::caseNoDebtNoTax());
        // EBITDA 30, depreciation 100/5 = 20, EBT 10, tax 0, net profit 10,
        // equity flow 10 + 20 = 30. Year 0: -100 (all equity).
        QCOMPARE(r.equityCashFlows.size(), std::size_t(6));
        QNEAR(r.equityCashFlows[0], -100.0, 1e-12);
        for (int k = 1; k <= 5; ++k) {
            QNEAR(r.revenue[k - 1], 30.0, 1e-12);
            QNEAR(r.depreciation[k - 1], 20.0, 1e-12);
            QNEAR(r.netProfit[k - 1], 10.0, 1e-12);
            QNEAR(r.equityCashFlows[k], 30.0, 1e-12);
        }
        // NPV at 8 %: -100 + 30 (1 - 1.08^-5) / 0.08 = -100 + 30 x 3.992710 = 19.78130.
        QNEAR(r.npv, 19.781301, 1e-6);
        // IRR from the annuity equation 30 (1 - (1+r)^-5) / r = 100: r = 15.2382 %.
        QVERIFY(r.irr.has_value());
        QNEAR(*r.irr, 0.15238237, 1e-7);
        const double x = *r.irr;
        QNEAR(30.0 * (1.0 - std::pow(1.0 + x, -5)) / x, 100.0, 1e-8);
        // Payback: cumulative -100, -70, -40, -10, +20 -> 3 + 10/30 = 3.3333 years.
        QVERIFY(r.paybackYears.has_value());
        QNEAR(*r.paybackYears, 10.0 / 3.0, 1e-12);
    }

    void debtTaxResidualCashFlows()
    {
        const LeaseResult r = evaluate(caseDebtTaxResidual());
        // Loan 600, equity 400. Annuity 600 x 0.05 / (1 - 1.05^-3) = 220.325139.
        QNEAR(r.loan, 600.0, 1e-9);
        QNEAR(r.annuityPayment, 220.325139, 1e-6);
        // Electricity 10 kW x 0.5 x 0.8 x 1.25 x 8,760 h x 0.001 = 43.8;
        // opex 30 + 20 + 43.8 = 93.8; EBITDA 480 - 93.8 = 386.2.
        QNEAR(r.electricity[0], 43.8, 1e-9);
        QNEAR(r.opex[0], 93.8, 1e-9);
        QNEAR(r.ebitda[0], 386.2, 1e-9);
        // Year 1: interest 30, principal 190.325139, EBT 386.2 - 250 - 30 = 106.2,
        //         tax 26.55, net 79.65, flow 79.65 + 250 - 190.325139 = 139.324861.
        QNEAR(r.interest[0], 30.0, 1e-9);
        QNEAR(r.principal[0], 190.325139, 1e-6);
        QNEAR(r.tax[0], 26.55, 1e-9);
        QNEAR(r.equityCashFlows[1], 139.324861, 1e-6);
        // Year 2: interest 20.483743, principal 199.841396, flow 136.945797.
        QNEAR(r.interest[1], 20.483743, 1e-6);
        QNEAR(r.equityCashFlows[2], 136.945797, 1e-6);
        // Year 3: interest 10.491673, principal 209.833466 (loan cleared), flow 134.447780.
        QNEAR(r.principal[2], 209.833466, 1e-6);
        QNEAR(r.equityCashFlows[3], 134.447780, 1e-6);
        // Year 4: no interest, depreciation 250: EBT 136.2, tax 34.05, flow 352.15.
        QNEAR(r.interest[3], 0.0, 1e-12);
        QNEAR(r.equityCashFlows[4], 352.15, 1e-9);
        // Year 5: depreciation ended (4 years), IT book value 0, so the resale of
        //         100 is all gain and taxed: EBT 386.2 + 100 = 486.2, tax 121.55,
        //         net 364.65, flow 364.65 + book value 0 = 364.65.
        QNEAR(r.depreciation[4], 0.0, 1e-12);
        QNEAR(r.itBookValueAtEnd, 0.0, 1e-12);
        QNEAR(r.resaleGain, 100.0, 1e-9);
        QNEAR(r.tax[4], 121.55, 1e-9);
        QNEAR(r.netProfit[4], 364.65, 1e-9);
        QNEAR(r.equityCashFlows[5], 364.65, 1e-9);
        QNEAR(r.equityCashFlows[0], -400.0, 1e-9);
        // NPV at 8 % of the flows above = 460.157857 (sum of flow_k / 1.08^k).
        QNEAR(r.npv, 460.157857, 1e-5);
        // IRR 37.2875 % (bisection on the same flows).
        QVERIFY(r.irr.has_value());
        QNEAR(*r.irr, 0.372875, 1e-5);
        // Payback: cumulative -400, -260.675, -123.729, +10.718: 2 + 123.729/134.448 = 2.920278.
        QNEAR(*r.paybackYears, 2.920278, 1e-5);
    }

    void taxFlooredAtZeroAndLoanOutlivesLease()
    {
        // Capex 300, 50 % debt at 10 % over 5 years but a 3-year lease; depreciation
        // 150 a year over 2 years; revenue 100 a year; tax 30 %; no opex, no residual.
        LeaseInputs in = testcases::caseNoDebtNoTax();
        in.capexIt = 300.0;
        in.terms.years = 3;
        in.terms.pricePerNodeMonth = 100.0 / 12.0;
        in.terms.debtFraction = 0.5;
        in.terms.interestRate = 0.10;
        in.terms.loanYears = 5;
        in.terms.taxRate = 0.30;
        in.terms.depreciationYears = 2;
        const LeaseResult r = evaluate(in);
        // Annuity 150 x 0.1 / (1 - 1.1^-5) = 39.569622.
        QNEAR(r.annuityPayment, 39.569622, 1e-6);
        // Year 1: EBT 100 - 150 - 15 = -65 -> tax 0 (floored), net -65;
        //         flow -65 + 150 - 24.569622 = 60.430378.
        QNEAR(r.ebt[0], -65.0, 1e-9);
        QNEAR(r.tax[0], 0.0, 1e-12);
        QNEAR(r.equityCashFlows[1], 60.430378, 1e-6);
        // Year 2: interest 12.543038, EBT 100 - 150 - 12.543038 = -62.543038 (a
        //         second loss), principal 27.026584, flow 60.430378.
        QNEAR(r.ebt[1], -62.543038, 1e-6);
        QNEAR(r.tax[1], 0.0, 1e-12);
        QNEAR(r.equityCashFlows[2], 60.430378, 1e-6);
        // Year 3 (last): the outstanding 98.403794 is repaid at once;
        //   EBT 100 - 9.840379 = 90.159621, all of it offset by the losses carried
        //   forward (65 + 62.543038 = 127.543038, oldest first): tax 0, and
        //   37.383417 of loss is left; flow 90.159621 - 98.403794 = -8.244173.
        QNEAR(r.principal[2], 98.403794, 1e-6);
        QNEAR(r.lossUsed[2], 90.159621, 1e-6);
        QNEAR(r.taxableIncome[2], 0.0, 1e-9);
        QNEAR(r.tax[2], 0.0, 1e-12);
        QNEAR(r.lossCarriedForwardAtEnd, 37.383417, 1e-6);
        QNEAR(r.loanBalanceRepaidAtEnd, 98.403794, 1e-6);
        QNEAR(r.equityCashFlows[3], -8.244173, 1e-6);
        // Cumulative -150, -89.57, -29.14, -37.38: never reaches zero.
        QVERIFY(!r.paybackYears.has_value());
        const nlohmann::json j = leaseJson(r, "CNY");
        QVERIFY(j["payback_years"].is_null());
        // Two sign changes, two roots (-87.44 % and -18.54 %); the one nearest the
        // customary 10 % guess is reported, as a spreadsheet's IRR() finds it.
        QVERIFY(r.irr.has_value());
        QNEAR(*r.irr, -0.185397, 1e-5);
    }

    void depreciationLongerThanLease()
    {
        // Depreciation over 8 years of a 5-year lease books 5 x 100/8 = 62.5 only.
        LeaseInputs in = testcases::caseNoDebtNoTax();
        in.terms.depreciationYears = 8;
        const LeaseResult r = evaluate(in);
        double booked = 0.0;
        for (double d : r.depreciation)
            booked += d;
        QNEAR(booked, 62.5, 1e-12);
        QNEAR(r.depreciation[0], 12.5, 1e-12);
    }

    void revenueAndElectricityBases()
    {
        LeaseInputs in;
        in.accelerators = 10240;
        in.nodes = 1280;
        in.terms.pricePerAcceleratorHour = 12.0;
        in.terms.utilization = 0.9;
        // 12 x 10,240 x 8,760 x 0.9 = 968,785,920.
        QNEAR(annualRevenue(in), 968785920.0, 1e-3);
        // Node-month price wins when set: 70,000 x 1,280 x 12 x 0.9 = 967,680,000.
        in.terms.pricePerNodeMonth = 70000.0;
        QNEAR(annualRevenue(in), 967680000.0, 1e-3);

        in.capexIt = 1e9;
        in.itKw = 10000.0;
        in.loadFactor = 0.8;
        in.pue = 1.25;
        in.electricityPricePerKwh = 0.5;
        // 10,000 kW x 0.8 x 0.9 x 1.25 x 8,760 h x 0.5 = 39,420,000 a year.
        QNEAR(evaluateCashFlows(in).electricity[0], 39420000.0, 1e-3);
        in.terms.electricityPaidBy = ElectricityPayer::Lessee;
        QNEAR(evaluateCashFlows(in).electricity[0], 0.0, 0.0);
    }

    void knownIrrSeries()
    {
        QNEAR(*irr({-100.0, 110.0}), 0.10, 1e-10);                  // 110/100 - 1
        QNEAR(*irr({-1000.0, 0.0, 0.0, 1331.0}), 0.10, 1e-10);     // 1.1^3 = 1.331
        // -100 + 50y + 40y² = 0 with y = 1/(1 + r): y = (-50 + √(2,500 + 16,000)) / 80
        // = 1.0751838, r = 1/y - 1 = -6.9926 % (a negative IRR).
        QNEAR(*irr({-100.0, 50.0, 40.0}), -0.0699265, 1e-6);
        // Two roots: -100 + 230/x - 132/x² = 0 -> x = 1.1 or 1.2; the lowest is reported.
        QNEAR(*irr({-100.0, 230.0, -132.0}), 0.10, 1e-10);
        // No real root: 100x² - 250x + 170 has discriminant 62,500 - 68,000 < 0.
        QVERIFY(!irr({-100.0, 250.0, -170.0}).has_value());
        QVERIFY(!irr({100.0, 50.0}).has_value());                   // never negative
        QVERIFY(!irr({-100.0, -50.0}).has_value());                 // never positive
        QVERIFY(!irr({0.0, 0.0, 0.0}).has_value());                 // every rate: no answer
        QVERIFY(!irr({-100.0}).has_value());
    }

    void paybackInterpolation()
    {
        QNEAR(*paybackYears({-100.0, 30.0, 30.0, 30.0, 30.0, 30.0}), 10.0 / 3.0, 1e-12);
        QNEAR(*paybackYears({-100.0, 50.0, 50.0}), 2.0, 1e-12);    // reaches 0 at the end of year 2
        QNEAR(*paybackYears({-100.0, 40.0, 80.0}), 1.75, 1e-12);   // 1 + 60/80
        QNEAR(*paybackYears({50.0, -10.0}), 0.0, 0.0);             // no outlay
        QVERIFY(!paybackYears({-100.0, 10.0, 10.0}).has_value());
    }

    void npvAndAnnuity()
    {
        QNEAR(npv({-100.0, 110.0}, 0.10), 0.0, 1e-12);
        QNEAR(npv({-100.0, 60.0, 60.0}, 0.0), 20.0, 1e-12);
        QNEAR(annuityPayment(1000.0, 0.0, 4), 250.0, 1e-12);
        // 1,000 x 0.06 / (1 - 1.06^-10) = 135.867958.
        QNEAR(annuityPayment(1000.0, 0.06, 10), 135.867958, 1e-6);
    }

    void breakEvenPrice()
    {
        // Case 1 priced per accelerator-hour (8 accelerators, 100 %): NPV = 0 when
        // revenue R satisfies R x 3.992710 = 100, R = 25.045645; price = R / (8 x 8,760).
        const LeaseResult r = evaluate(testcases::caseNoDebtNoTax());
        QVERIFY(r.breakEvenPricePerAcceleratorHour.has_value());
        QNEAR(*r.breakEvenPricePerAcceleratorHour, 25.045645 / (8.0 * 8760.0), 1e-9);

        // With debt and tax the break-even lies below the current price
        // (480 a year = 480 / (80 x 8,760 x 0.8) per accelerator-hour) as NPV > 0.
        const LeaseInputs in2 = caseDebtTaxResidual();
        const LeaseResult r2 = evaluate(in2);
        QVERIFY(r2.breakEvenPricePerAcceleratorHour.has_value());
        QVERIFY(*r2.breakEvenPricePerAcceleratorHour < 480.0 / (80.0 * 8760.0 * 0.8));
        LeaseInputs at = in2;
        at.terms.pricePerNodeMonth.reset();
        at.terms.pricePerAcceleratorHour = *r2.breakEvenPricePerAcceleratorHour;
        QNEAR(evaluateCashFlows(at).npv, 0.0, 1e-6);

        // No accelerators: nothing to price.
        LeaseInputs none = testcases::caseNoDebtNoTax();
        none.accelerators = 0;
        QVERIFY(!evaluate(none).breakEvenPricePerAcceleratorHour.has_value());
    }

    void capexResolution()
    {
        LeaseBrief t;
        t.capexTotal = 5e8;
        QNEAR(resolveCapex(t, 1280, 1e9), 5e8, 0.0);
        t.capexTotal.reset();
        t.capexPerNode = 2.1e6;                 // 8-GPU H800 server, docs/engineering-reference.md §6
        QNEAR(resolveCapex(t, 1280, 1e9), 2.688e9, 1e-3);
        t.capexPerNode.reset();
        QNEAR(resolveCapex(t, 1280, 1e9), 1e9, 0.0);
        QVERIFY_THROWS_EXCEPTION(LeaseError, resolveCapex(t, 1280, std::nullopt));
    }

    void invalidInputsNameTheField()
    {
        auto message = [](LeaseInputs in) -> std::string {
            try {
                evaluate(in);
            } catch (const LeaseError &e) {
                return e.what();
            }
            return {};
        };
        LeaseInputs in = testcases::caseNoDebtNoTax();
        in.terms.years = 0;
        QVERIFY(message(in).rfind("lease.years:", 0) == 0);
        in = testcases::caseNoDebtNoTax();
        in.terms.utilization = 1.5;
        QVERIFY(message(in).rfind("lease.utilization:", 0) == 0);
        in = testcases::caseNoDebtNoTax();
        in.terms.debtFraction = -0.1;
        QVERIFY(message(in).rfind("lease.debt_fraction:", 0) == 0);
        in = testcases::caseNoDebtNoTax();
        in.capexIt = std::nan("");
        QVERIFY(message(in).rfind("lease.capex_it:", 0) == 0);
        in = testcases::caseNoDebtNoTax();
        in.terms.pricePerNodeMonth.reset();
        QVERIFY(message(in).rfind("lease.price_per_accelerator_hour:", 0) == 0);
        in = testcases::caseNoDebtNoTax();
        in.pue = 0.9;
        QVERIFY(message(in).rfind("power.pue:", 0) == 0);
    }

    void summaryJsonFields()
    {
        const LeaseResult r = evaluate(caseDebtTaxResidual());
        const nlohmann::json j = leaseJson(r, "CNY");
        for (const char *key : {"currency", "capex", "revenue_per_year", "net_profit_per_year",
                                "equity_cash_flows", "npv", "irr", "payback_years"})
            QVERIFY2(j.contains(key), key);
        QCOMPARE(j["currency"].get<std::string>(), std::string("CNY"));
        QNEAR(j["capex"].get<double>(), 1000.0, 0.0);
        QCOMPARE(j["revenue_per_year"].size(), std::size_t(5));
        QCOMPARE(j["equity_cash_flows"].size(), std::size_t(6));       // years + 1
        QNEAR(j["equity_cash_flows"][0].get<double>(), -400.0, 1e-9);
        QNEAR(j["net_profit_per_year"][4].get<double>(), 364.65, 1e-9);
        QNEAR(j["irr"].get<double>(), 0.372875, 1e-5);                 // a plain ratio
        QNEAR(j["payback_years"].get<double>(), 2.920278, 1e-5);
    }
};

QTEST_APPLESS_MAIN(TestLease)
#include "test_lease.moc"
