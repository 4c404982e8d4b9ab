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
        // The items in the total's scale (亿 or 万 in Chinese), so that the column reads in one unit.
        const double total = r.capexEstimate->total;
        t.addFigure(capex, tr("Estimate from catalog prices"), Units::money(total, cny, total),
                    r.capexEstimate->anyEstimated ? tr("Some prices are estimates") : QString());
        // The items in the interface's language: the catalog's Chinese names, as in the proposal.
        const ReportLanguage language = interfaceLanguage();
        for (const lease::CapexLine &l : r.capexEstimate->lines)
            t.addFigure(capex, capexItemText(l, language), Units::money(l.total, cny, total),
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
    // Every amount of the lease in the capex's scale; the prices per accelerator-hour in 元.
    auto money = [&](std::optional<double> v) { return Units::money(v, currency, l.capex); };
    t.addFigure(returns, tr("Capex used"), money(l.capex));
    t.addFigure(returns, tr("IT capex"), money(l.capexIt));
    t.addFigure(returns, tr("Facility capex"), money(l.capexFacility));
    t.addFigure(returns, tr("Price per accelerator-hour, first year"), Units::price(l.pricePerAcceleratorHour, currency),
                QString::fromStdString(l.priceSource));
    t.addFigure(returns, tr("Contract"), Units::years(l.years));
    if (!l.revenue.empty())
        t.addFigure(returns, tr("Revenue, first year"), money(l.revenue.front()));
    if (!l.ebitda.empty())
        t.addFigure(returns, tr("EBITDA, first year"), money(l.ebitda.front()));
    t.addFigure(returns, tr("NPV of equity cash flows"), money(l.npv));
    t.addFigure(returns, tr("IRR"), Units::percent(l.irr, 1));
    t.addFigure(returns, tr("Payback"), l.paybackYears ? Units::years(*l.paybackYears) : tr("not within the contract"));
    t.addFigure(returns, tr("Break-even price per accelerator-hour"),
                l.breakEvenPricePerAcceleratorHour ? Units::price(*l.breakEvenPricePerAcceleratorHour, currency)
                                                   : Units::notComputed());
    auto *finance = t.addSection(tr("Financing"));
    t.addFigure(finance, tr("Equity"), money(l.equityOutlay));
    t.addFigure(finance, tr("Loan"), money(l.loan));
    t.addFigure(finance, tr("Annual loan payment"), money(l.annuityPayment));
    t.addFigure(finance, tr("Residual value"), money(l.residualValue));
}

void LeasePanel::fillCharts(const Design &, const Results &r)
{
    const QString currency = r.brief ? QString::fromStdString(r.brief->lease.currency) : QStringLiteral("CNY");
    showChart(m_cashFlow, r.lease ? buildCashFlowChart(*r.lease, currency, interfaceMoneyScale()) : nullptr,
              tr("Cash flow: not computed (needs a brief with lease terms)"));
    showChart(m_tornado, r.tornado ? buildIrrTornadoChart(*r.tornado, currency, interfaceMoneyScale()) : nullptr,
              tr("Sensitivity: not computed"));
}

} // namespace hallwright::views
