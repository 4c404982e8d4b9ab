// Power panel: IT and facility load, PUE, installed plant, losses, energy and cost, worst failures; load by row.
#include "panels/analysis_panels.h"

#include "analysis/analysis.h"
#include "charts/chart_builders.h"
#include "common/units.h"
#include "panels/figure_table.h"

#include <QChartView>

namespace hallwright::views {

namespace {

QString componentName(ComponentKind kind)
{
    switch (kind) {
    case ComponentKind::Pdu: return PowerPanel::tr("Rack PDU");
    case ComponentKind::Busway: return PowerPanel::tr("Busway");
    case ComponentKind::Rpp: return PowerPanel::tr("RPP");
    case ComponentKind::Ups: return PowerPanel::tr("UPS module");
    case ComponentKind::Transformer: return PowerPanel::tr("Transformer");
    case ComponentKind::Generator: return PowerPanel::tr("Generator");
    case ComponentKind::Crah: return PowerPanel::tr("CRAH unit");
    case ComponentKind::Cdu: return PowerPanel::tr("CDU");
    case ComponentKind::Switch: return PowerPanel::tr("Switch");
    }
    return {};
}

} // namespace

PowerPanel::PowerPanel(QWidget *parent) : AnalysisPanel(parent), m_byRow(addChartView()) {}

void PowerPanel::fill(FigureTable &t, const Design &, const Results &r)
{
    if (!r.power) {
        t.addFigure(nullptr, tr("No racks to power"), {});
        return;
    }
    const PowerResults &p = *r.power;
    auto *load = t.addSection(tr("Load"));
    t.addFigure(load, tr("IT load (catalog maximum)"), Units::power(p.itKw));
    t.addFigure(load, tr("IT load at the design load factor"), Units::power(p.itDesignKw));
    t.addFigure(load, tr("Facility power"), Units::power(p.facilityKw), tr("IT load × PUE"));
    t.addFigure(load, p.pueEstimated ? tr("PUE (estimated)") : tr("PUE (from the brief)"),
                p.pue ? Units::number(*p.pue, 2) : Units::notComputed());
    if (!p.pueEstimated && p.estimatedPue)
        t.addFigure(load, tr("PUE the engine estimates"), Units::number(*p.estimatedPue, 2));
    t.addFigure(load, tr("Annual energy"), p.annualMwh ? Units::energyMwh(*p.annualMwh) : Units::notComputed());
    t.addFigure(load, tr("Annual electricity cost"), Units::money(p.annualCost));

    auto *plant = t.addSection(tr("Installed plant"));
    t.addFigure(plant, tr("UPS capacity"), Units::power(p.upsKw));
    t.addFigure(plant, tr("Generator capacity"), Units::power(p.generatorKw));
    t.addFigure(plant, tr("Rack PDUs"), Units::count(p.pdus));
    t.addFigure(plant, tr("Busways"), Units::count(p.busways));
    if (p.rpps > 0)
        t.addFigure(plant, tr("RPPs"), Units::count(p.rpps));
    t.addFigure(plant, tr("UPS modules"), Units::count(p.upsModules));
    t.addFigure(plant, tr("Transformers"), Units::count(p.transformers));
    t.addFigure(plant, tr("Generators"), Units::count(p.generators));

    auto *losses = t.addSection(tr("Losses and overheads at full IT load"));
    t.addFigure(losses, tr("UPS losses"), Units::power(p.upsLossKw));
    t.addFigure(losses, tr("Transformer losses"), Units::power(p.transformerLossKw));
    t.addFigure(losses, tr("Distribution losses"), Units::power(p.distributionLossKw));
    t.addFigure(losses, tr("Cooling"), Units::power(p.coolingKw));
    t.addFigure(losses, tr("Lighting, controls, security"), Units::power(p.miscKw));

    if (!r.worstFailures.empty()) {
        auto *failures = t.addSection(tr("Worst single failure of each kind"));
        for (const FailureImpact &f : r.worstFailures) {
            QString effect;
            if (!f.hasEffect())
                effect = tr("no effect");
            else
                effect = tr("%1 dark, %2 at risk; %3 of training left")
                             .arg(Units::count(f.acceleratorsDark), Units::count(f.acceleratorsAtRisk),
                                  Units::percent(f.trainingShareLeft, 0));
            t.addFigure(failures, tr("%1 %2").arg(componentName(f.component.kind), QString::fromStdString(f.name)),
                        effect, f.duringUtilityOutage ? tr("Judged during a utility outage") : QString());
        }
    }
}

void PowerPanel::fillCharts(const Design &design, const Results &results)
{
    showChart(m_byRow, buildPowerByRowChart(design, results), tr("Load by row: not computed"));
}

} // namespace hallwright::views
