// Plan picture from the floor-plan scene; lease charts from the shared builders, relabelled for the report's language.
#include "report/report_pictures.h"

#include "analysis/analysis.h"
#include "charts/chart_builders.h"
#include "floorplan/floor_plan_scene.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QAbstractBarSeries>
#include <QChart>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QPainter>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <memory>

namespace hallwright::views {

namespace {

/// The builders speak the GUI's language; the report may speak another. Each
/// label is translated through the report's text, patterns with figures by rule.
QString relabel(const QString &shown, const ReportText &text)
{
    const QString label = englishChartLabel(shown);
    static const QRegularExpression year(QStringLiteral("^Year (\\d+)$"));
    static const QRegularExpression input(QStringLiteral("^Input ([−+])(\\d+) %$"));
    static const QRegularExpression million(QStringLiteral("^million (\\w+)$"));
    static const QRegularExpression npvMillion(QStringLiteral("^NPV change, million (\\w+)$"));
    if (const auto m = year.match(label); m.hasMatch())
        return text.tr("Year %1", m.captured(1));
    if (const auto m = input.match(label); m.hasMatch())
        return text.tr(m.captured(1) == QStringLiteral("+") ? "Input +%1 %" : "Input −%1 %", m.captured(2));
    if (const auto m = million.match(label); m.hasMatch())
        return text.moneyTableUnit(m.captured(1));
    if (const auto m = npvMillion.match(label); m.hasMatch())
        return text.tr("NPV change, %1", text.moneyTableUnit(m.captured(1)));
    return text.tr(label.toUtf8().constData());
}

/// Chinese tables count money in 万 where the builders count millions: 1 M = 100 万.
void rescaleMoney(QChart *chart, double factor)
{
    if (factor == 1.0)
        return;
    for (QAbstractSeries *s : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
            for (QBarSet *set : bars->barSets())
                for (int i = 0; i < set->count(); ++i)
                    set->replace(i, set->at(i) * factor);
        if (auto *line = qobject_cast<QXYSeries *>(s)) {
            QList<QPointF> points = line->points();
            for (QPointF &p : points)
                p.setY(p.y() * factor);
            line->replace(points);
        }
    }
}

void relabelChart(QChart *chart, const ReportText &text, const QString &title)
{
    chart->setTitle(title);
    for (QAbstractSeries *s : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
            for (QBarSet *set : bars->barSets())
                set->setLabel(relabel(set->label(), text));
        else
            s->setName(relabel(s->name(), text));
    }
    for (QAbstractAxis *a : chart->axes()) {
        a->setTitleText(relabel(a->titleText(), text));
        if (auto *cat = qobject_cast<QBarCategoryAxis *>(a)) {
            QStringList labels = cat->categories();
            for (QString &l : labels)
                l = relabel(l, text);
            cat->clear();
            cat->append(labels);
        }
    }
}

/// Money axes in the report's unit: ×100 for 万, then a round range again.
void moneyAxis(QChart *chart, const ReportText &text, Qt::Orientation orientation)
{
    if (!text.chinese())
        return;
    rescaleMoney(chart, 100.0);
    for (QAbstractAxis *a : chart->axes(orientation))
        if (auto *v = qobject_cast<QValueAxis *>(a)) {
            v->setRange(v->min() * 100.0, v->max() * 100.0);
            v->setLabelFormat(QStringLiteral("%.0f"));
        }
}

QImage paint(QChart *owned, QSize size, const ReportText &text)
{
    std::unique_ptr<QChart> chart(owned);
    QFont font = reportFont();
    font.setPixelSize(std::max(12, size.width() / 60));
    chart->setFont(font);
    QFont titleFont = font;
    titleFont.setPixelSize(font.pixelSize() * 5 / 4);
    titleFont.setBold(true);
    setChartFonts(chart.get(), font, titleFont);
    // Numbers on the axes grouped as in the report's text (English digits, comma groups in both).
    chart->setLocalizeNumbers(true);
    chart->setLocale(text.chinese() ? QLocale(QLocale::Chinese, QLocale::China)
                                    : QLocale(QLocale::English, QLocale::UnitedStates));
    QGraphicsScene scene;
    scene.addItem(chart.get());
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&p, QRectF(QPointF(0, 0), QSizeF(size)), QRectF(QPointF(0, 0), QSizeF(size)));
    p.end();
    scene.removeItem(chart.get());
    return image;
}

} // namespace

QImage renderPlanImage(const Design &design, const Catalog &catalog, const Results &results, QSize size)
{
    FloorPlanScene scene;
    scene.setData(&design, &catalog, &results);
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF source = scene.itemsBoundingRect();
    const QRectF target(QPointF(0, 0), QSizeF(size));
    scene.render(&p, target, source, Qt::KeepAspectRatio);
    p.end();
    return image;
}

QImage renderCashFlowChart(const Results &results, const ReportText &text, QSize size)
{
    if (!results.lease)
        return {};
    const QString currency = QString::fromStdString(results.brief ? results.brief->lease.currency : "CNY");
    QChart *chart = buildCashFlowChart(*results.lease, currency);
    relabelChart(chart, text, text.tr("Cash flow by year"));
    moneyAxis(chart, text, Qt::Vertical);
    return paint(chart, size, text);
}

QImage renderPaybackChart(const Results &results, const ReportText &text, QSize size)
{
    if (!results.lease)
        return {};
    const lease::LeaseResult &l = *results.lease;
    const QString currency = QString::fromStdString(results.brief ? results.brief->lease.currency : "CNY");
    const double scale = text.chinese() ? 1e4 : 1e6;
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *cumulative = new QLineSeries;
    cumulative->setName(text.tr("Cumulative equity cash flow"));
    cumulative->setPen(QPen(QColor(0x00, 0x72, 0xb2), 3));
    cumulative->setPointsVisible(true);
    auto *zero = new QLineSeries;
    zero->setName(text.tr("Payback line (zero)"));
    zero->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    double running = 0, lo = 0, hi = 0;
    const int n = static_cast<int>(l.equityCashFlows.size());
    for (int y = 0; y < n; ++y) {
        running += l.equityCashFlows[std::size_t(y)] / scale;
        cumulative->append(y, running);
        lo = std::min(lo, running);
        hi = std::max(hi, running);
    }
    zero->append(0, 0);
    zero->append(std::max(1, n - 1), 0);
    chart->addSeries(cumulative);
    chart->addSeries(zero);
    if (l.paybackYears) {
        auto *mark = new QScatterSeries;
        mark->setName(text.tr("Payback after %1", text.years(l.paybackYears)));
        mark->setMarkerSize(14);
        mark->setColor(QColor(0xd5, 0x5e, 0x00));
        mark->append(*l.paybackYears, 0);
        chart->addSeries(mark);
    }
    chart->setTitle(text.tr("Cumulative equity cash flow and payback"));
    auto *x = new QValueAxis;
    x->setRange(0, std::max(1, n - 1));
    x->setTickCount(std::max(2, n));
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTitleText(text.tr("Year"));
    auto *yAxis = new QValueAxis;
    const double span = std::max(1.0, hi - lo);
    const double step = std::pow(10.0, std::floor(std::log10(span / 5)));
    double unit = step;
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        unit = m * step;
        if (span / unit <= 5.0 + 1e-9)
            break;
    }
    // A tick of room beyond the curve's ends, so that the zero line (payback) is never the frame.
    const double bottom = std::floor(lo / unit) * unit - (std::floor(lo / unit) * unit >= lo - 1e-9 ? unit : 0.0);
    const double top = std::ceil(hi / unit) * unit + (std::ceil(hi / unit) * unit <= hi + 1e-9 ? unit : 0.0);
    yAxis->setRange(bottom, top);
    yAxis->setTickCount(int(std::lround((top - bottom) / unit)) + 1);
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->setTitleText(text.moneyTableUnit(currency));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(yAxis);
    }
    return paint(chart, size, text);
}

QImage renderTornadoChart(const Results &results, const ReportText &text, QSize size)
{
    if (!results.tornado || results.tornado->bars.empty())
        return {};
    const QString currency = QString::fromStdString(results.brief ? results.brief->lease.currency : "CNY");
    const lease::Tornado &t = *results.tornado;
    QChart *chart = buildIrrTornadoChart(t, currency);
    const QString title = t.baseIrr ? text.tr("IRR sensitivity (base %1)", text.percent(t.baseIrr))
                                    : text.tr("NPV sensitivity (base %1; no IRR)", text.money(t.baseNpv, currency));
    relabelChart(chart, text, title);
    if (!t.baseIrr)
        moneyAxis(chart, text, Qt::Horizontal);
    return paint(chart, size, text);
}

} // namespace hallwright::views
