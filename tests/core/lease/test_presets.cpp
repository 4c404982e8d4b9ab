// The sales presets in resources/examples/ reproduce the public market figures of
// 10,000-card leasing clusters (docs/lease-model.md, "Sales presets").
//
// Public reports on Chinese 10,000-card leasing clusters give, over a five-year
// contract: leasing income about RMB 4 bn (ordinary) / 6 bn (advanced); net
// profit about RMB 150-200 M / 300-400 M a year; tax refunds about RMB 200 M and
// residual value about RMB 130 M. Each preset must stay in those ranges.
#include "analysis/analysis.h"
#include "brief/brief.h"
#include "catalog/catalog.h"

#include "test_support.h"

#include <QtTest>

#include <numeric>

using namespace hallwright;

namespace {

Results analyzePreset(const std::string &file)
{
    const std::string text = hallwright::test::readFile(hallwright::test::resourcePath("examples/" + file));
    const Catalog &catalog = Catalog::builtin();
    const Brief brief = parseBrief(text, catalog);
    return analyze(synthesize(brief, catalog), catalog);
}

struct Range
{
    double lo, hi;
    bool contains(double v) const { return v >= lo && v <= hi; }
};

void checkPreset(const std::string &file, Range income, Range netProfit)
{
    const Results r = analyzePreset(file);
    QVERIFY2(r.lease.has_value(), file.c_str());
    const lease::LeaseResult &l = *r.lease;
    QCOMPARE(r.compute.accelerators, 10000LL);
    QCOMPARE(l.years, 5);
    const double total = std::accumulate(l.revenue.begin(), l.revenue.end(), 0.0);
    QString profits;
    for (double p : l.netProfit)
        profits += QString::number(p / 1e6, 'f', 1) + " ";
    qInfo("%s: income %.3f bn, net profit per year (M) %s, refunds %.1f M, residual %.1f M, NPV %.1f M, IRR %.4f",
          file.c_str(), total / 1e9, qPrintable(profits),
          std::accumulate(l.taxRefund.begin(), l.taxRefund.end(), 0.0) / 1e6, l.residualValue / 1e6, l.npv / 1e6,
          l.irr.value_or(-1.0));
    QVERIFY2(income.contains(total), qPrintable(QString("%1: income %2").arg(file.c_str()).arg(total)));
    // "A year": the steady years (after the first year's ramp, before the last year's resale).
    for (int y = 1; y < l.years - 1; ++y)
        QVERIFY2(netProfit.contains(l.netProfit[std::size_t(y)]),
                 qPrintable(QString("%1: net profit year %2 %3").arg(file.c_str()).arg(y + 1).arg(l.netProfit[std::size_t(y)])));
    const double refunds = std::accumulate(l.taxRefund.begin(), l.taxRefund.end(), 0.0);
    QVERIFY2((Range{180e6, 220e6}.contains(refunds)), qPrintable(QString::number(refunds)));
    QVERIFY2((Range{117e6, 143e6}.contains(l.residualValue)), qPrintable(QString::number(l.residualValue)));
    QVERIFY(l.irr.has_value() && *l.irr > 0.0);
}

} // namespace

class TestPresets : public QObject
{
    Q_OBJECT

private slots:
    void ordinaryCluster() { checkPreset("leasing-ordinary-10000.json", {3.6e9, 4.4e9}, {150e6, 200e6}); }
    void advancedCluster() { checkPreset("leasing-advanced-10000.json", {5.4e9, 6.6e9}, {300e6, 400e6}); }
};

QTEST_GUILESS_MAIN(TestPresets)
#include "test_presets.moc"
