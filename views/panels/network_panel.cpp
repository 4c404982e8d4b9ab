// Network panel: fabric size, links, bisection, hops, cables and optics per fabric, design rules.
#include "panels/analysis_panels.h"

#include "analysis/analysis.h"
#include "common/units.h"
#include "panels/figure_table.h"

namespace hallwright::views {

namespace {

QString fabricName(const std::string &key)
{
    if (key == "compute")
        return NetworkPanel::tr("Compute fabric");
    if (key == "storage")
        return NetworkPanel::tr("Storage fabric");
    if (key == "inband_mgmt" || key == "inband-mgmt")
        return NetworkPanel::tr("In-band management");
    if (key == "oob_mgmt" || key == "oob-mgmt")
        return NetworkPanel::tr("Out-of-band management");
    if (key == "nvlink")
        return NetworkPanel::tr("NVLink");
    return QString::fromStdString(key);
}

} // namespace

NetworkPanel::NetworkPanel(QWidget *parent) : AnalysisPanel(parent) {}

void NetworkPanel::fill(FigureTable &t, const Design &, const Results &r)
{
    if (!r.network) {
        t.addFigure(nullptr, tr("No compute fabric in this design"), {});
        return;
    }
    const network::NetworkResults &n = *r.network;
    auto *fabric = t.addSection(tr("Compute fabric topology")); // its cabling follows with the other fabrics
    t.addFigure(fabric, tr("Tiers"), Units::count(n.tiers));
    t.addFigure(fabric, tr("Leaf switches"), Units::count(n.leaves));
    t.addFigure(fabric, tr("Spine switches"), Units::count(n.spines));
    if (n.cores > 0)
        t.addFigure(fabric, tr("Core switches"), Units::count(n.cores));
    t.addFigure(fabric, tr("Node – leaf links"), Units::count(n.nodeLeafLinks));
    t.addFigure(fabric, tr("Leaf – spine links"), Units::count(n.leafSpineLinks));
    if (n.spineCoreLinks > 0)
        t.addFigure(fabric, tr("Spine – core links"), Units::count(n.spineCoreLinks));
    t.addFigure(fabric, tr("Bisection bandwidth"),
                n.bisectionTbps ? Units::bandwidthTbps(*n.bisectionTbps) : Units::notComputed(),
                tr("Max-flow between the two halves of the accelerators"));
    t.addFigure(fabric, tr("Oversubscription (worst leaf)"),
                n.oversubscription ? Units::ratio(*n.oversubscription) : Units::notComputed());
    t.addFigure(fabric, tr("Switch hops, most / mean"),
                tr("%1 / %2").arg(Units::count(n.hops.maxSwitchHops), Units::number(n.hops.meanSwitchHops, 2)));
    if (!n.worstSwitchName.empty())
        t.addFigure(fabric, tr("Worst switch failure"),
                    tr("%1: %2 accelerators cut off")
                        .arg(QString::fromStdString(n.worstSwitchName), Units::count(n.worstSwitchFailure.acceleratorsCutOff)));

    auto *cabling = t.addSection(tr("Cabling, all fabrics"));
    t.addFigure(cabling, tr("Cables"), Units::count(n.cablesTotal));
    t.addFigure(cabling, tr("Cable length"), Units::length(n.cableLengthM));
    t.addFigure(cabling, tr("Transceivers"), Units::count(n.transceivers));
    t.addFigure(cabling, tr("Patch panels"), Units::count(n.patchPanels));
    t.addFigure(cabling, tr("Network bill of materials"), Units::money(n.bomPriceCny),
                tr("Switches, optics, cables and patch panels at catalog prices; not computed when an item has no price"));
    for (const auto &[key, f] : n.fabrics) {
        auto *sec = t.addSection(fabricName(key));
        t.addFigure(sec, tr("Switches"), Units::count(f.switches));
        t.addFigure(sec, tr("Links"), Units::count(f.links));
        t.addFigure(sec, tr("Cables"), Units::count(f.cables));
        t.addFigure(sec, tr("Transceivers"), Units::count(f.transceivers));
        t.addFigure(sec, tr("Cable length"), Units::length(f.cableLengthM));
    }
    auto *rules = t.addSection(tr("Design rules"));
    t.addFigure(rules, tr("Links without a cable"), Units::count(n.uncabledLinks));
    t.addFigure(rules, tr("Compute NICs without a link"), Units::count(n.unlinkedNics));
    t.addFigure(rules, tr("Port conflicts"), Units::count(n.portConflicts));
    t.addFigure(rules, tr("Links to missing devices"), Units::count(n.danglingLinks));
    t.addFigure(rules, tr("Links beyond any medium's reach"), Units::count(n.beyondReach));
    t.addFigure(rules, tr("Overfilled tray segments"), Units::count(n.overfilledTrays));
    t.addFigure(rules, tr("Fullest tray"), Units::percent(n.maxTrayFill, 0));
}

} // namespace hallwright::views
