// Chart builders: data in, a styled QChart out (no view), so the panels and the report draw the same charts.
#include "charts/chart_builders.h"

#include "analysis/analysis.h"
#include "common/colour_modes.h"
#include "common/labels.h"
#include "common/units.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QRegularExpression>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace hallwright::views {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Charts)
};

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true); // a series name the legend elides in a narrow dock, whole
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    // Axis labels grouped by the locale ("-1,500", not "-1500"); the report sets its language's.
    chart->setLocalizeNumbers(true);
    return chart;
}

/// An axis range padded to round numbers that includes zero.
void niceRange(QValueAxis *axis, double lo, double hi)
{
    lo = std::min(lo, 0.0);
    hi = std::max(hi, 0.0);
    if (hi - lo <= 0)
        hi = lo + 1;
    const double span = hi - lo;
    // The smallest of 1, 2, 5 × 10^k giving at most five intervals: short charts elide crowded labels.
    const double step = std::pow(10.0, std::floor(std::log10(span / 5)));
    double unit = step;
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        unit = m * step;
        if (span / unit <= 5.0 + 1e-9)
            break;
    }
    const double from = std::floor(lo / unit) * unit, to = std::ceil(hi / unit) * unit;
    axis->setRange(from, to);
    // Fixed ticks on round values (dynamic ticks elide their labels in Qt 6.4 when the chart is short).
    axis->setTickCount(int(std::lround((to - from) / unit)) + 1);
    axis->setLabelFormat(unit >= 1 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
}

double divisorOf(MoneyScale scale) { return scale == MoneyScale::HundredMillions ? 1e8 : 1e6; }

/// "million CNY" and "NPV change, million CNY" as one phrase each for the known currencies,
/// so that a translation can write 百万元; in 亿 (10^8) the same for 亿元.
QString millionsOf(const QString &currency, bool npvChange = false, MoneyScale scale = MoneyScale::Millions)
{
    if (scale == MoneyScale::HundredMillions) {
        if (currency == QLatin1String("CNY"))
            return npvChange ? Text::tr("NPV change, hundred million CNY") : Text::tr("hundred million CNY");
        if (currency == QLatin1String("USD"))
            return npvChange ? Text::tr("NPV change, hundred million USD") : Text::tr("hundred million USD");
        return (npvChange ? Text::tr("NPV change, hundred million %1") : Text::tr("hundred million %1"))
            .arg(currency);
    }
    if (currency == QLatin1String("CNY"))
        return npvChange ? Text::tr("NPV change, million CNY") : Text::tr("million CNY");
    if (currency == QLatin1String("USD"))
        return npvChange ? Text::tr("NPV change, million USD") : Text::tr("million USD");
    return (npvChange ? Text::tr("NPV change, million %1") : Text::tr("million %1")).arg(currency);
}

} // namespace

MoneyScale interfaceMoneyScale()
{
    return QLocale().language() == QLocale::Chinese ? MoneyScale::HundredMillions : MoneyScale::Millions;
}

QChart *buildPowerByRowChart(const Design &design, const Results &results)
{
    if (!results.cooling)
        return nullptr;
    std::unordered_map<std::int64_t, double> kw;
    for (const RackHeat &h : results.cooling->racks)
        kw[h.rack.value()] = h.heatKw;
    std::unordered_map<std::int64_t, std::pair<double, double>> byRow; // compute, network
    for (const Rack &r : design.racks) {
        auto &row = byRow[r.row.value()];
        (r.role == RackRole::Compute ? row.first : row.second) += kw.count(r.id.value()) ? kw[r.id.value()] : 0.0;
    }
    auto *compute = new QBarSet(Text::tr("Compute racks"));
    auto *network = new QBarSet(Text::tr("Network and other racks"));
    compute->setColor(roleColour(RackRole::Compute));
    network->setColor(roleColour(RackRole::Leaf));
    QStringList categories;
    double top = 0;
    // Many rows: the engine's "Row A" … by their letters under an axis titled "Row", so that
    // twenty labels fit a dock's width; other names as the interface shows them.
    const bool byLetter = design.rows.size() > 12;
    for (const Row &row : design.rows) {
        const auto it = byRow.find(row.id.value());
        const auto [c, n] = it == byRow.end() ? std::pair<double, double>{0, 0} : it->second;
        const bool lettered = byLetter && row.name.rfind("Row ", 0) == 0 && row.name.size() > 4;
        categories << (lettered ? QString::fromStdString(row.name.substr(4)) : Labels::placeName(row.name));
        *compute << c;
        *network << n;
        top = std::max(top, c + n);
    }
    auto *series = new QStackedBarSeries;
    series->append(compute);
    series->append(network);
    series->setBarWidth(0.8);
    QChart *chart = newChart(Text::tr("Load by row (catalog maximum)"));
    chart->addSeries(series);
    QAbstractAxis *x = nullptr;
    if (byLetter) {
        // Qt gives each label of a bar-category axis its band less 2 × 5 px of padding, so 20 and
        // more letters in a dock read "…". The bars sit at 0 … n-1 on a value axis instead, and
        // every k-th row's letter is written under its bar (at most 12 labels).
        auto *letters = new QCategoryAxis;
        letters->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        const auto n = static_cast<int>(categories.size());
        const int step = (n + 11) / 12;
        letters->setStartValue(-0.5);
        for (int i = 0; i < n; i += step)
            letters->append(categories[i], i);
        letters->setRange(-0.5, n - 0.5);
        letters->setGridLineVisible(false);
        letters->setTitleText(Text::tr("Row"));
        x = letters;
    } else {
        auto *names = new QBarCategoryAxis;
        names->append(categories);
        x = names;
    }
    auto *y = new QValueAxis;
    y->setTitleText(Text::tr("kW"));
    niceRange(y, 0, top);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

QChart *buildCashFlowChart(const lease::LeaseResult &lease, const QString &currency, MoneyScale scale)
{
    const double unit = divisorOf(scale);
    auto *revenue = new QBarSet(Text::tr("Revenue"));
    auto *costs = new QBarSet(Text::tr("Operating costs"));
    auto *equity = new QBarSet(Text::tr("Equity cash flow"));
    revenue->setColor(QColor(0x00, 0x9e, 0x73));
    costs->setColor(QColor(0xd5, 0x5e, 0x00));
    equity->setColor(QColor(0x00, 0x72, 0xb2));
    auto *cumulative = new QLineSeries;
    cumulative->setName(Text::tr("Cumulative equity cash flow"));
    QPen pen(Qt::black, 2);
    cumulative->setPen(pen);
    cumulative->setPointsVisible(true);
    QStringList years;
    double lo = 0, hi = 0, running = 0;
    const int n = int(lease.equityCashFlows.size());
    for (int y = 0; y < n; ++y) {
        years << Text::tr("Year %1").arg(y);
        const double rev = y == 0 ? 0.0 : lease.revenue.at(std::size_t(y - 1)) / unit;
        // opex is every operating cost, electricity and colocation rent included.
        const double cost = y == 0 ? 0.0 : -lease.opex.at(std::size_t(y - 1)) / unit;
        const double flow = lease.equityCashFlows[std::size_t(y)] / unit;
        running += flow;
        *revenue << rev;
        *costs << cost;
        *equity << flow;
        cumulative->append(y, running);
        lo = std::min({lo, cost, flow, running});
        hi = std::max({hi, rev, flow, running});
    }
    auto *bars = new QBarSeries;
    bars->append(revenue);
    bars->append(costs);
    bars->append(equity);
    QChart *chart = newChart(Text::tr("Cash flow by year"));
    chart->addSeries(bars);
    chart->addSeries(cumulative);
    auto *x = new QBarCategoryAxis;
    x->append(years);
    auto *y = new QValueAxis;
    y->setTitleText(millionsOf(currency, false, scale));
    niceRange(y, lo, hi);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    cumulative->attachAxis(x);
    cumulative->attachAxis(y);
    return chart;
}

QChart *buildIrrTornadoChart(const lease::Tornado &t, const QString &currency, MoneyScale scale)
{
    const double divisor = divisorOf(scale);
    const bool irr = t.baseIrr.has_value();
    const QString pct = QString::number(t.delta * 100, 'f', 0);
    auto *low = new QBarSet(Text::tr("Input −%1 %").arg(pct));
    auto *high = new QBarSet(Text::tr("Input +%1 %").arg(pct));
    low->setColor(QColor(0xe6, 0x9f, 0x00));
    high->setColor(QColor(0x56, 0xb4, 0xe9));
    QStringList drivers;
    double lo = 0, hi = 0;
    // Categories run bottom-up: the widest swing (first bar) goes last, on top.
    for (auto it = t.bars.rbegin(); it != t.bars.rend(); ++it) {
        const lease::TornadoBar &b = *it;
        double l = 0, h = 0;
        if (irr) {
            l = b.irrLow ? (*b.irrLow - *t.baseIrr) * 100.0 : 0.0;
            h = b.irrHigh ? (*b.irrHigh - *t.baseIrr) * 100.0 : 0.0;
        } else {
            l = (b.npvLow - t.baseNpv) / divisor;
            h = (b.npvHigh - t.baseNpv) / divisor;
        }
        drivers << Labels::leaseDriver(b.driver);
        *low << l;
        *high << h;
        lo = std::min({lo, l, h});
        hi = std::max({hi, l, h});
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(low);
    series->append(high);
    series->setBarWidth(0.6);
    QChart *chart = newChart(irr ? Text::tr("IRR sensitivity (base %1)").arg(Units::percent(*t.baseIrr, 1))
                                 : Text::tr("NPV sensitivity (base %1; no IRR)").arg(Units::money(t.baseNpv, currency)));
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(drivers);
    auto *x = new QValueAxis;
    x->setTitleText(irr ? Text::tr("IRR change, percentage points") : millionsOf(currency, true, scale));
    const double m = std::max(std::abs(lo), std::abs(hi));
    niceRange(x, -m, m);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    return chart;
}

QString englishChartLabel(const QString &label)
{
    // The drivers' names are the Labels' (Labels::leaseDriver).
    static const char *const drivers[] = {"Capex", "Colocation rent", "Electricity price", "Lease price",
                                          "Price change per year", "Tax refund", "Utilization"};
    for (const char *source : drivers)
        if (label == QCoreApplication::translate("Labels", source) || label == QLatin1String(source))
            return QString::fromUtf8(source);
    // Every other label text the builders above pass through Text::tr.
    static const char *const sources[] = {
        "Cash flow by year", "Compute racks", "Cumulative equity cash flow",
        "Equity cash flow", "IRR change, percentage points", "IRR sensitivity (base %1)",
        "Input +%1 %", "Input −%1 %", "Load by row (catalog maximum)", "NPV change, million %1",
        "NPV sensitivity (base %1; no IRR)", "Network and other racks", "Operating costs",
        "Revenue", "Year %1", "kW", "million %1", "million CNY", "million USD",
        "NPV change, million CNY", "NPV change, million USD"};
    for (const char *source : sources) {
        const QString english = QString::fromUtf8(source);
        const QString shown = Text::tr(source);
        if (!english.contains(QLatin1String("%1"))) {
            if (label == shown || label == english)
                return english;
            continue;
        }
        for (const QString &form : {shown, english}) {
            QStringList parts = form.split(QLatin1String("%1"));
            for (QString &part : parts)
                part = QRegularExpression::escape(part);
            const QRegularExpression rx(QLatin1Char('^') + parts.join(QLatin1String("(.+)")) + QLatin1Char('$'));
            if (const auto m = rx.match(label); m.hasMatch())
                return english.arg(m.captured(1));
        }
    }
    return label;
}

void setChartFonts(QChart *chart, const QFont &text, const QFont &title)
{
    chart->setTitleFont(title);
    chart->legend()->setFont(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(text);
        axis->setTitleFont(text);
    }
}

} // namespace hallwright::views
