// The analysis panel base: a figure table over optional charts, refreshed on a short coalescing timer.
#include "panels/analysis_panels.h"

#include "analysis/analysis.h"
#include "charts/chart_builders.h"
#include "panels/figure_table.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace hallwright::views {

AnalysisPanel::AnalysisPanel(QWidget *parent)
    : QWidget(parent), m_split(new QSplitter(Qt::Vertical, this)), m_table(new FigureTable(this)), m_timer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_split);
    m_split->addWidget(m_table);
    m_split->setChildrenCollapsible(false);
    m_timer->setSingleShot(true);
    m_timer->setInterval(80);
    connect(m_timer, &QTimer::timeout, this, &AnalysisPanel::refresh);
    setMinimumWidth(320);
}

QChartView *AnalysisPanel::addChartView(int minimumHeight)
{
    auto *view = new QChartView(this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(minimumHeight);
    m_split->addWidget(view);
    m_split->setStretchFactor(m_split->count() - 1, 3);
    m_split->setStretchFactor(0, 1);
    m_charts << view;
    // The first layout in the same shares (a splitter starts from its widgets' size hints,
    // where the table asks for all its rows); the user's own sizes are restored over it.
    QList<int> shares{200};
    for (qsizetype i = 0; i < m_charts.size(); ++i)
        shares << 300;
    m_split->setSizes(shares);
    return view;
}

void AnalysisPanel::setData(const Design *design, const Catalog *catalog, const Results *results)
{
    m_design = design;
    m_catalog = catalog;
    m_results = results;
    refresh();
}

void AnalysisPanel::applyChanges(const PlanChanges &)
{
    m_timer->start();
}

void AnalysisPanel::refresh()
{
    m_timer->stop();
    m_table->beginRebuild();
    if (m_design && m_results)
        fill(*m_table, *m_design, *m_results);
    else
        m_table->addFigure(nullptr, tr("No hall open"), {});
    m_table->endRebuild();
    if (m_design && m_results)
        fillCharts(*m_design, *m_results);
}

void AnalysisPanel::fillCharts(const Design &, const Results &) {}

void AnalysisPanel::showChart(QChartView *view, QChart *chart, const QString &missing)
{
    QChart *old = view->chart();
    if (!chart) {
        chart = new QChart;
        chart->setTitle(missing);
    }
    compact(chart, view->font());
    view->setChart(chart);
    delete old; // the view does not delete a chart it is given a new one for
}

void AnalysisPanel::compact(QChart *chart, const QFont &base)
{
    // A dock is narrow: the chart's words a point smaller than the interface's, so the
    // plot keeps its room and the ticks their labels (the report draws the same charts
    // at its own size).
    QFont small = base;
    small.setPointSizeF(std::max(6.5, small.pointSizeF() - 1.5));
    QFont title = small;
    title.setBold(true);
    setChartFonts(chart, small, title);
}

} // namespace hallwright::views
