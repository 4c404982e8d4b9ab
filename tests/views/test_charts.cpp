// Chart builders against hand-made inputs: the bars and lines hold the figures, in the units the axes name.
#include "charts/chart_builders.h"

#include "analysis/analysis.h"
#include "plan_fixture.h"
#include "test_support.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QtTest>

using namespace hallwright;
using namespace hallwright::views;

namespace {

QList<qreal> values(const QBarSet *set)
{
    QList<qreal> out;
    for (int i = 0; i < set->count(); ++i)
        out << set->at(i);
    return out;
}

QStringList categories(const QChart *chart, Qt::Orientation o)
{
    for (QAbstractAxis *axis : chart->axes(o))
        if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
            return c->categories();
    return {};
}

/// Saves the chart as PNG when HALLWRIGHT_SAVE_IMAGES names a folder (for looking at it).
void maybeSave(QChart *chart, const QString &name)
{
    const QString dir = qEnvironmentVariable("HALLWRIGHT_SAVE_IMAGES");
    if (dir.isEmpty())
        return;
    QChartView view(chart);
    view.resize(640, 400);
    view.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    view.setChart(new QChart); // the chart stays the caller's
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void powerByRowSumsEachRow()
    {
        const Design d = test::powerHall();
        const Results r = test::powerHallResults(d);
        std::unique_ptr<QChart> chart(buildPowerByRowChart(d, r));
        QVERIFY(chart);
        QCOMPARE(categories(chart.get(), Qt::Horizontal), (QStringList{"Row A", "Row B", "Row C"}));
        auto *series = qobject_cast<QStackedBarSeries *>(chart->series().front());
        QVERIFY(series);
        // Five racks of two 10 kW nodes a row: 100 kW of compute racks, no network racks.
        QCOMPARE(values(series->barSets()[0]), (QList<qreal>{100.0, 100.0, 100.0}));
        QCOMPARE(values(series->barSets()[1]), (QList<qreal>{0.0, 0.0, 0.0}));
        auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).front());
        QVERIFY(y->max() >= 100.0);
        QCOMPARE(y->titleText(), QStringLiteral("kW"));
        maybeSave(chart.get(), QStringLiteral("power_by_row"));
        // Without analysis there is nothing to draw.
        QVERIFY(!buildPowerByRowChart(d, Results{}));
    }

    void manyRowsAreLetteredUnderTheirBars()
    {
        // 22 rows: a bar-category axis would give each letter 15 px less 10 px of padding in a
        // dock and write "…"; every second row's letter stands under its own bar instead.
        Design d = test::testHall(22, 2, 2);
        synthesizePower(d, test::testBrief(Redundancy::N, 1.3), test::testCatalog());
        const Results r = analyze(d, test::testCatalog());
        std::unique_ptr<QChart> chart(buildPowerByRowChart(d, r));
        QVERIFY(chart);
        auto *x = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).front());
        QVERIFY(x);
        QCOMPARE(x->titleText(), QStringLiteral("Row"));
        QCOMPARE(x->categoriesLabels(),
                 (QStringList{"A", "C", "E", "G", "I", "K", "M", "O", "Q", "S", "U"}));
        QCOMPARE(x->endValue(QStringLiteral("K")), 10.0); // row K is the eleventh bar, at x = 10
        QCOMPARE(x->min(), -0.5);
        QCOMPARE(x->max(), 21.5);
        auto *series = qobject_cast<QStackedBarSeries *>(chart->series().front());
        QVERIFY(series);
        // Two racks of two 10 kW nodes a row: 40 kW in each of the 22 bars.
        QCOMPARE(values(series->barSets()[0]), QList<qreal>(22, 40.0));
        maybeSave(chart.get(), QStringLiteral("power_by_row_lettered"));
    }

    void cashFlowInMillions()
    {
        lease::LeaseResult l;
        l.years = 2;
        l.revenue = {30e6, 30e6};
        // The lease model's opex is every operating cost, electricity included (EBITDA = revenue − opex):
        // 5 M of which 1 M is electricity. The bars must not add the electricity a second time.
        l.opex = {5e6, 5e6};
        l.electricity = {1e6, 1e6};
        l.ebitda = {25e6, 25e6};
        l.equityCashFlows = {-40e6, 20e6, 30e6};
        std::unique_ptr<QChart> chart(buildCashFlowChart(l, QStringLiteral("CNY")));
        auto *bars = qobject_cast<QBarSeries *>(chart->series()[0]);
        auto *line = qobject_cast<QLineSeries *>(chart->series()[1]);
        QVERIFY(bars && line);
        QCOMPARE(categories(chart.get(), Qt::Horizontal), (QStringList{"Year 0", "Year 1", "Year 2"}));
        QCOMPARE(values(bars->barSets()[0]), (QList<qreal>{0, 30, 30}));   // revenue
        QCOMPARE(values(bars->barSets()[1]), (QList<qreal>{0, -5, -5}));   // operating costs = EBITDA − revenue
        for (int y = 1; y <= 2; ++y)
            QCOMPARE(values(bars->barSets()[1])[y], (l.ebitda[y - 1] - l.revenue[y - 1]) / 1e6);
        QCOMPARE(values(bars->barSets()[2]), (QList<qreal>{-40, 20, 30})); // equity cash flow
        // Cumulative: −40, −20, +10.
        QCOMPARE(line->count(), 3);
        QCOMPARE(line->at(1).y(), -20.0);
        QCOMPARE(line->at(2).y(), 10.0);
        auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).front());
        QVERIFY(y->min() <= -40 && y->max() >= 30);
        QCOMPARE(y->titleText(), QStringLiteral("million CNY"));
        maybeSave(chart.get(), QStringLiteral("cash_flow"));
        // In 亿 (the Chinese interface's unit): the same flows divided by 10^8, the axis says so.
        std::unique_ptr<QChart> yi(buildCashFlowChart(l, QStringLiteral("CNY"), MoneyScale::HundredMillions));
        auto *yiBars = qobject_cast<QBarSeries *>(yi->series()[0]);
        QNEAR(values(yiBars->barSets()[0])[1], 0.30, 1e-12);
        QNEAR(values(yiBars->barSets()[2])[0], -0.40, 1e-12);
        QCOMPARE(qobject_cast<QValueAxis *>(yi->axes(Qt::Vertical).front())->titleText(),
                 QStringLiteral("hundred million CNY"));
    }

    void tornadoInPercentagePoints()
    {
        lease::Tornado t;
        t.delta = 0.10;
        t.baseIrr = 0.10;
        lease::TornadoBar price;
        price.driver = lease::Driver::Price;
        price.irrLow = 0.05;
        price.irrHigh = 0.15;
        lease::TornadoBar capex;
        capex.driver = lease::Driver::Capex;
        capex.irrLow = 0.13;
        capex.irrHigh = 0.08;
        t.bars = {price, capex}; // widest swing first, as the engine orders them
        std::unique_ptr<QChart> chart(buildIrrTornadoChart(t, QStringLiteral("CNY")));
        auto *series = qobject_cast<QHorizontalStackedBarSeries *>(chart->series().front());
        QVERIFY(series);
        // Categories run bottom-up: the widest (price) is last, drawn on top.
        QCOMPARE(categories(chart.get(), Qt::Vertical), (QStringList{"Capex", "Lease price"}));
        const QList<qreal> low = values(series->barSets()[0]), high = values(series->barSets()[1]);
        QNEAR(low[0], 3.0, 1e-9);   // capex −10 %: IRR 13 % − 10 %
        QNEAR(high[0], -2.0, 1e-9);
        QNEAR(low[1], -5.0, 1e-9);  // price −10 %: 5 % − 10 %
        QNEAR(high[1], 5.0, 1e-9);
        QVERIFY(chart->title().contains(QStringLiteral("10.0 %")));
        maybeSave(chart.get(), QStringLiteral("tornado"));
        // No IRR at base: NPV in millions instead.
        t.baseIrr.reset();
        t.baseNpv = 5e6;
        t.bars[0].npvLow = 1e6;
        t.bars[0].npvHigh = 9e6;
        std::unique_ptr<QChart> npv(buildIrrTornadoChart(t, QStringLiteral("CNY")));
        auto *s2 = qobject_cast<QHorizontalStackedBarSeries *>(npv->series().front());
        QNEAR(s2->barSets()[0]->at(1), -4.0, 1e-9);
        QNEAR(s2->barSets()[1]->at(1), 4.0, 1e-9);
        QVERIFY(npv->title().contains(QStringLiteral("NPV")));
        std::unique_ptr<QChart> npvYi(buildIrrTornadoChart(t, QStringLiteral("CNY"), MoneyScale::HundredMillions));
        QNEAR(qobject_cast<QHorizontalStackedBarSeries *>(npvYi->series().front())->barSets()[1]->at(1), 0.04, 1e-12);
    }
};

QTEST_MAIN(TestCharts)
#include "test_charts.moc"
