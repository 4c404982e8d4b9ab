// The descriptions of the main window's commands, by action name.
#include "action_tips.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

#include <map>

namespace hallwright::app {

namespace {


std::map<QString, QString> descriptions()
{
    return {
        {QStringLiteral("newFromBrief"), ActionTips::tr("Describe a hall (platform, accelerators, cooling, fabric, lease) and generate it")},
        {QStringLiteral("open"), ActionTips::tr("Open a .hall project")},
        {QStringLiteral("openSample"), ActionTips::tr("The bundled hall of 10,240 accelerators, as a new untitled hall")},
        {QStringLiteral("save"), ActionTips::tr("Save the hall to its file")},
        {QStringLiteral("saveAs"), ActionTips::tr("Save the hall to a new file (a variant to compare with)")},
        {QStringLiteral("close"), ActionTips::tr("Close the hall")},
        {QStringLiteral("quit"), ActionTips::tr("Quit Hallwright")},
        {QStringLiteral("undo"), ActionTips::tr("Undo the last edit")},
        {QStringLiteral("redo"), ActionTips::tr("Redo the edit last undone")},
        {QStringLiteral("find"), ActionTips::tr("Find a rack, row or device by name")},
        {QStringLiteral("delete"), ActionTips::tr("Delete the selected racks and rows (Delete in the plan)")},
        {QStringLiteral("zoomToFit"), ActionTips::tr("Show the whole hall in the plan")},
        {QStringLiteral("zoomIn"), ActionTips::tr("Zoom into the plan")},
        {QStringLiteral("zoomOut"), ActionTips::tr("Zoom out of the plan")},
        {QStringLiteral("showTrays"), ActionTips::tr("Draw the overhead cable trays on the plan")},
        {QStringLiteral("resetLayout"), ActionTips::tr("Put the docks back where they were at the first start")},
        {QStringLiteral("about"), ActionTips::tr("Version, licences and what Hallwright computes")},
        {QStringLiteral("aboutQt"), ActionTips::tr("The Qt version Hallwright runs on")},
        {QStringLiteral("exportViewPng"), ActionTips::tr("Write the plan or the 3D view, as shown, to a PNG picture")},
        {QStringLiteral("arrangeSplit"), ActionTips::tr("Show the plan and the 3D view side by side")},
        {QStringLiteral("arrangeTabs"), ActionTips::tr("Show the plan and the 3D view as tabs")},
        {QStringLiteral("cameraTop"), ActionTips::tr("Look at the hall from above")},
        {QStringLiteral("cameraIso"), ActionTips::tr("Look at the hall from a corner, above")},
        {QStringLiteral("cameraAisle"), ActionTips::tr("Stand in a cold aisle and look along it")},
        {QStringLiteral("colour_role"), ActionTips::tr("Colour racks by role: compute, leaf, spine, core, storage, management")},
        {QStringLiteral("colour_power"), ActionTips::tr("Colour racks by their load in kW")},
        {QStringLiteral("colour_cooling"), ActionTips::tr("Colour racks by the cooling left before their limit")},
        {QStringLiteral("colour_su"), ActionTips::tr("Colour racks by scalable unit")},
        {QStringLiteral("colour_failure"), ActionTips::tr("Select a PDU, UPS, transformer, generator, switch or cooling unit to see what its failure takes down")},
        {QStringLiteral("exportPdfEn"), ActionTips::tr("The leasing proposal as an A4 PDF in English")},
        {QStringLiteral("exportPdfZh"), ActionTips::tr("The leasing proposal as an A4 PDF in Simplified Chinese")},
        {QStringLiteral("exportXlsx"), ActionTips::tr("The lease model as a workbook of live formulas (Excel, WPS, LibreOffice)")},
        {QStringLiteral("exportCsv"), ActionTips::tr("Bill of materials, cable, power and rack schedules as CSV files")},
    };
}

void describe(QAction *a, const QString &text)
{
    if (a->statusTip().isEmpty())
        a->setStatusTip(text);
    // An action's tooltip defaults to its text: replace that, keep a tooltip set on purpose.
    if (a->toolTip().isEmpty() || a->toolTip() == QString(a->text()).remove(QLatin1Char('&')).remove(QChar(0x2026)))
        a->setToolTip(a->statusTip());
}

void showTips(QMenu *menu)
{
    menu->setToolTipsVisible(true);
    for (QAction *a : menu->actions())
        if (a->menu())
            showTips(a->menu());
}

} // namespace

void describeActions(QMainWindow *window)
{
    const std::map<QString, QString> tips = descriptions();
    for (QAction *a : window->findChildren<QAction *>()) {
        const QString name = a->objectName();
        if (const auto it = tips.find(name); it != tips.end())
            describe(a, it->second);
        else if (name.endsWith(QLatin1String("Toggle")))
            // A dock's toggle: "Show or hide the Power dock".
            describe(a, ActionTips::tr("Show or hide the %1 panel").arg(QString(a->text()).remove(QLatin1Char('&'))));
    }
    for (QAction *a : window->menuBar()->actions())
        if (a->menu())
            showTips(a->menu());
}

} // namespace hallwright::app
