// Analysis panels for network, power, cooling, performance and lease: the engine's figures with units,
// and charts, refreshed after every edit.
#pragma once

#include <QWidget>

#include "floorplan/floor_plan_scene.h"

class QChart;
class QChartView;
class QFont;
class QSplitter;
class QTimer;

namespace hallwright {
class Catalog;
struct Results;
} // namespace hallwright

namespace hallwright::views {

class FigureTable;

/// A panel of figure sections and optional charts. The data pointers are the
/// app's, valid until the next setData; every edit refreshes the panel
/// shortly afterwards (coalesced, so a drag step stays within its budget).
class AnalysisPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AnalysisPanel(QWidget *parent = nullptr);

    void setData(const Design *design, const Catalog *catalog, const Results *results);
    void applyChanges(const PlanChanges &changes);
    FigureTable *figures() const { return m_table; }
    /// The chart views, in order (tests).
    const QList<QChartView *> &charts() const { return m_charts; }

public slots:
    void refresh();

protected:
    /// Adds the panel's sections; results is never null here.
    virtual void fill(FigureTable &table, const Design &design, const Results &results) = 0;
    /// Replaces the charts' contents; default: none.
    virtual void fillCharts(const Design &design, const Results &results);
    /// Adds a chart view below the table (call in the constructor). The default height
    /// holds a title, a legend and a plot whose axis labels are not cut to "…"; a chart
    /// with many categories asks for more. Two charts and the table fit a 700-pixel dock.
    QChartView *addChartView(int minimumHeight = 150);
    /// Puts chart into view (taking ownership), or a "not computed" placeholder for null.
    static void showChart(QChartView *view, QChart *chart, const QString &missing);
    /// The chart's title, legend and axis words a size smaller, for a dock.
    static void compact(QChart *chart, const QFont &base);

    const Catalog *catalog() const { return m_catalog; }

private:
    const Design *m_design = nullptr;
    const Catalog *m_catalog = nullptr;
    const Results *m_results = nullptr;
    QSplitter *m_split;
    FigureTable *m_table;
    QList<QChartView *> m_charts;
    QTimer *m_timer;
};

class NetworkPanel : public AnalysisPanel
{
    Q_OBJECT
public:
    explicit NetworkPanel(QWidget *parent = nullptr);
protected:
    void fill(FigureTable &table, const Design &design, const Results &results) override;
};

class PowerPanel : public AnalysisPanel
{
    Q_OBJECT
public:
    explicit PowerPanel(QWidget *parent = nullptr);
protected:
    void fill(FigureTable &table, const Design &design, const Results &results) override;
    void fillCharts(const Design &design, const Results &results) override;
private:
    QChartView *m_byRow;
};

class CoolingPanel : public AnalysisPanel
{
    Q_OBJECT
public:
    explicit CoolingPanel(QWidget *parent = nullptr);
protected:
    void fill(FigureTable &table, const Design &design, const Results &results) override;
};

class PerformancePanel : public AnalysisPanel
{
    Q_OBJECT
public:
    explicit PerformancePanel(QWidget *parent = nullptr);
protected:
    void fill(FigureTable &table, const Design &design, const Results &results) override;
};

class LeasePanel : public AnalysisPanel
{
    Q_OBJECT
public:
    explicit LeasePanel(QWidget *parent = nullptr);
protected:
    void fill(FigureTable &table, const Design &design, const Results &results) override;
    void fillCharts(const Design &design, const Results &results) override;
private:
    QChartView *m_cashFlow;
    QChartView *m_tornado;
};

} // namespace hallwright::views
