// Pictures for the proposal: the 2D plan, the lease charts (Qt Charts) relabelled in the report's language.
#pragma once

#include "report/report_text.h"

#include <QImage>
#include <QSize>

namespace hallwright {
class Catalog;
struct Design;
struct Results;
} // namespace hallwright

namespace hallwright::views {

/// The floor plan as the 2D editor draws it (racks coloured by role, rooms,
/// equipment, trays), fitted into `size` pixels on white. Needs a QApplication.
QImage renderPlanImage(const Design &design, const Catalog &catalog, const Results &results, QSize size);

/// The lease charts of the proposal, drawn at `size` pixels; a null image when
/// the design has no lease (or no sensitivity for the tornado). Needs a QApplication.
QImage renderCashFlowChart(const Results &results, const ReportText &text, QSize size);
QImage renderPaybackChart(const Results &results, const ReportText &text, QSize size);
QImage renderTornadoChart(const Results &results, const ReportText &text, QSize size);

} // namespace hallwright::views
