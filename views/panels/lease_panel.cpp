// Lease panel: capex, returns (NPV, IRR, payback, break-even price), financing; cash flow and IRR tornado.
#include "panels/analysis_panels.h"

#include "analysis/analysis.h"
#include "charts/chart_builders.h"
#include "common/units.h"
#include "panels/figure_table.h"
#include "report/workbook_words.h"

#include <QChartView>

namespace hallwright::views {

namespace {
// Seven drivers, each bar's name on the left: a band of about 18 pixels each.
constexpr int kTornadoHeight = 250;
} // namespace

LeasePanel::LeasePanel(QWidget *parent) : AnalysisPanel(parent), m_cashFlow(addChartView()), m_tornado(addChartView(kTornadoHeight)) {}

void LeasePanel::fill(FigureTable &t, const Design & /*design*/, const Results &r)
{
    const QString currency = r.brief ? QString::fromStdString(r.brief->lease.currency) : QStringLiteral("CNY");
    auto *capex = t.addSection(tr("Capital expenditure"));
    if (r.capexEstimate) {
        // Catalog prices are CNY whatever the lease currency.
        const QString cny = QStringLiteral("CNY");
        t.addFigure(capex, tr("Estimate from catalog prices"), Units::money(r.capexEstimate->total, cny),
                    r.capexEstimate->anyEstimated ? tr("Some prices are estimates") : QString());
        // The items in the interface's language: the catalog's Chinese names, as in the proposal.
        const ReportLanguage language = interfaceLanguage();
        for (const lease::CapexLine &l : r.capexEstimate->lines)
            t.addFigure(capex, capexItemText(l, language), Units::money(l.total, cny),
                        QString::fromStdString(l.source));
    } else {
        t.addFigure(capex, tr("Estimate from catalog prices"), Units::notComputed());
    }
    auto *returns = t.addSection(tr("Returns"));
    if (!r.lease) {
        t.addFigure(returns, tr("Lease"), Units::notComputed(), tr("Needs a brief, an IT load and a PUE"));
        return;
    }
    const lease::LeaseResult &l = *r.lease;
    t.addFigure(returns, tr("Capex used"), Units::money(l.capex, currency));
    t.addFigure(returns, tr("IT capex"), Units::money(l.capexIt, currency));
    t.addFigure(returns, tr("Facility capex"), Units::money(l.capexFacility, currency));
    t.addFigure(returns, tr("Price per accelerator-hour, first year"), Units::money(l.pricePerAcceleratorHour, currency),
                QString::fromStdString(l.priceSource));
    t.addFigure(returns, tr("Contract"), Units::years(l.years));
    if (!l.revenue.empty())
        t.addFigure(returns, tr("Revenue, first year"), Units::money(l.revenue.front(), currency));
    if (!l.ebitda.empty())
        t.addFigure(returns, tr("EBITDA, first year"), Units::money(l.ebitda.front(), currency));
    t.addFigure(returns, tr("NPV of equity cash flows"), Units::money(l.npv, currency));
    t.addFigure(returns, tr("IRR"), Units::percent(l.irr, 1));
    t.addFigure(returns, tr("Payback"), l.paybackYears ? Units::years(*l.paybackYears) : tr("not within the contract"));
    t.addFigure(returns, tr("Break-even price per accelerator-hour"),
                l.breakEvenPricePerAcceleratorHour ? Units::money(*l.breakEvenPricePerAcceleratorHour, currency)
                                                   : Units::notComputed());
    auto *finance = t.addSection(tr("Financing"));
    t.addFigure(finance, tr("Equity"), Units::money(l.equityOutlay, currency));
    t.addFigure(finance, tr("Loan"), Units::money(l.loan, currency));
    t.addFigure(finance, tr("Annual loan payment"), Units::money(l.annuityPayment, currency));
    t.addFigure(finance, tr("Residual value"), Units::money(l.residualValue, currency));
}

void LeasePanel::fillCharts(const Design &, const Results &r)
{
    const QString currency = r.brief ? QString::fromStdString(r.brief->lease.currency) : QStringLiteral("CNY");
    showChart(m_cashFlow, r.lease ? buildCashFlowChart(*r.lease, currency) : nullptr,
              tr("Cash flow: not computed (needs a brief with lease terms)"));
    showChart(m_tornado, r.tornado ? buildIrrTornadoChart(*r.tornado, currency) : nullptr,
              tr("Sensitivity: not computed"));
}

} // namespace hallwright::views
