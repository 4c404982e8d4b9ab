// Cooling panel: heat, air / liquid split, flows, units per cooling zone, heat rejection, problems.
#include "panels/analysis_panels.h"

#include "analysis/analysis.h"
#include "common/finding_text.h"
#include "common/units.h"
#include "panels/figure_table.h"
#include "common/labels.h"

namespace hallwright::views {

CoolingPanel::CoolingPanel(QWidget *parent) : AnalysisPanel(parent) {}

void CoolingPanel::fill(FigureTable &t, const Design &, const Results &r)
{
    if (!r.cooling) {
        t.addFigure(nullptr, tr("No racks to cool"), {});
        return;
    }
    const CoolingResults &c = *r.cooling;
    auto *heat = t.addSection(tr("Heat"));
    const QString mode = c.mode == CoolingMode::Liquid ? tr("liquid and air") : tr("air");
    t.addFigure(heat, tr("Cooling mode"), mode);
    t.addFigure(heat, tr("Heat load"), Units::power(c.heatKw), tr("IT load plus the power chain's losses"));
    t.addFigure(heat, tr("To air"), Units::power(c.airKw));
    if (c.roomLossKw > 0)
        t.addFigure(heat, tr("Of which in electrical rooms"), Units::power(c.roomLossKw),
                    tr("UPS and transformer losses, cooled by the electrical rooms' own units, not by the galleries"));
    t.addFigure(heat, tr("To liquid"), Units::power(c.liquidKw));
    if (c.rearDoors > 0)
        t.addFigure(heat, tr("To rear doors"), Units::power(c.rearDoorKw),
                    tr("Exhaust heat the racks' rear-door heat exchangers take into the CDUs' water"));
    t.addFigure(heat, tr("Airflow needed"), Units::airflow(c.airflowM3s));
    t.addFigure(heat, tr("Coolant flow needed"), Units::coolantFlow(c.coolantLps));
    if (c.unassignedKw > 0)
        t.addFigure(heat, tr("Heat with no cooling zone"), Units::power(c.unassignedKw));

    auto *units = t.addSection(tr("Units and plant"));
    t.addFigure(units, tr("CRAH / fan-wall units"), Units::count(c.crahUnits));
    t.addFigure(units, tr("CDUs"), Units::count(c.cduUnits));
    if (c.rearDoors > 0)
        // The count and rating fit a narrow dock; the door's catalog name is the tooltip.
        t.addFigure(units, tr("Rear doors"), tr("%1 × %2").arg(Units::count(c.rearDoors), Units::power(c.rearDoorCapacityKw)),
                    catalog() ? Labels::catalogItem(*catalog(), c.rearDoorId) : QString::fromStdString(c.rearDoorId));
    t.addFigure(units, tr("Chillers"), Units::count(c.chillers));
    t.addFigure(units, tr("Fans and pumps in the hall"), Units::power(c.inHallUnitKw));
    t.addFigure(units, tr("Heat rejection power"), Units::power(c.heatRejectionKw),
                tr("Electrical draw of the chillers, dry coolers and their pumps outside the hall"));
    t.addFigure(units, tr("Cooling power in all"), Units::power(c.mechanicalKw));

    for (const CoolingZoneLoad &z : c.zones) {
        auto *sec = t.addSection(Labels::placeName(z.name));
        t.addFigure(sec, tr("Heat to air / installed"),
                    tr("%1 / %2").arg(Units::power(z.airKw), Units::power(z.airCapacityKw)));
        t.addFigure(sec, tr("Air units installed / needed (N+1)"),
                    tr("%1 / %2").arg(Units::count(qsizetype(z.airUnits.size())),
                                      z.airUnitsRequired ? Units::count(*z.airUnitsRequired) : Units::notComputed()));
        if (z.cduLoadKw > 0 || !z.cdus.empty()) {
            t.addFigure(sec, z.rearDoorKw > 0 ? tr("Heat to liquid and rear doors / installed")
                                              : tr("Heat to liquid / installed"),
                        tr("%1 / %2").arg(Units::power(z.cduLoadKw), Units::power(z.cduCapacityKw)));
            t.addFigure(sec, tr("CDUs installed / needed (N+1)"),
                        tr("%1 / %2").arg(Units::count(qsizetype(z.cdus.size())),
                                          z.cdusRequired ? Units::count(*z.cdusRequired) : Units::notComputed()));
        }
        t.addFigure(sec, tr("Racks served"), Units::count(qsizetype(z.racks.size())));
    }
    if (!c.problems.empty()) {
        auto *sec = t.addSection(tr("Problems"));
        for (const auto &[where, what] : c.problems)
            t.addFigure(sec, QString::fromStdString(where), findingText(what));
    }
}

} // namespace hallwright::views
