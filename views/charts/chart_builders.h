// Qt Charts builders shared by the analysis panels and the PDF report: power by row, cash flow by year, IRR tornado.
#pragma once

#include <QString>

class QChart;
class QFont;

namespace hallwright {
struct Design;
struct Results;
namespace lease {
struct LeaseResult;
struct Tornado;
} // namespace lease
} // namespace hallwright

namespace hallwright::views {

/// Stacked bars of each row's load (catalog maximum), compute racks and network
/// racks apart, in kW; rows in design order. Null without cooling results
/// (the per-rack heat is the rack's load). The caller owns the chart.
QChart *buildPowerByRowChart(const Design &design, const Results &results);

/// The unit of a chart's money axis: millions (English, and the report, which rescales to its
/// own unit) or 亿 (10^8, the unit the Chinese interface counts money in).
enum class MoneyScale { Millions, HundredMillions };

/// The scale the interface's own figures use in the current locale.
MoneyScale interfaceMoneyScale();

/// Per year (0 = the equity outlay): revenue, operating costs (O&M, extra opex
/// and electricity, negative) and the equity cash flow as bars, and the
/// cumulative equity cash flow as a line, in `scale` of currency.
QChart *buildCashFlowChart(const lease::LeaseResult &lease, const QString &currency,
                           MoneyScale scale = MoneyScale::Millions);

/// IRR change, in percentage points, when each driver moves by −delta and
/// +delta with the others at base; widest swing on top. Falls back to NPV
/// (in `scale` of currency) when the base case has no IRR.
QChart *buildIrrTornadoChart(const lease::Tornado &tornado, const QString &currency,
                             MoneyScale scale = MoneyScale::Millions);

/// The English a label of these charts was built from (the builders speak the interface's
/// language): a title, series, axis or category label back in English with its figures, so that
/// a report in another language can word it its own way; any other text as it is.
QString englishChartLabel(const QString &label);

/// The chart's words in `text` (legend, axis labels and titles) and its title in `title`:
/// the docks draw them a size smaller, the report at its picture's size.
void setChartFonts(QChart *chart, const QFont &text, const QFont &title);

} // namespace hallwright::views
