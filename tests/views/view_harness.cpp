// A development harness for views/: opens a hall and shows the plan with colour modes; moves are applied
// to a local copy so that drags, nudges and refusals can be tried and screenshotted without the app.
#include "analysis/analysis.h"
#include "floorplan/floor_plan_scene.h"
#include "floorplan/floor_plan_view.h"
#include "elevation/rack_elevation_view.h"
#include "panels/analysis_panels.h"
#include "panels/checks_panel.h"
#include "panels/project_tree.h"
#include "panels/properties_panel.h"
#include "selection/selection_model.h"
#include "store/project_store.h"

#include <QDockWidget>
#include <QTabWidget>

#include <QApplication>
#include <QComboBox>
#include <QMainWindow>
#include <QStatusBar>
#include <QToolBar>

#include <iostream>

using namespace hallwright;
using namespace hallwright::views;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::cerr << "usage: view_harness FILE.hall [mode 0-4]\n";
        return 2;
    }
    Design design = loadProject(argv[1]);
    const Catalog catalog = catalogFor(design);
    Results results = analyze(design, catalog);

    QMainWindow window;
    SelectionModel selection;
    auto *plan = new FloorPlanView(&window);
    plan->setSelectionModel(&selection);
    plan->setData(&design, &catalog, &results);
    window.setCentralWidget(plan);
    auto dock = [&](const QString &title, QWidget *w, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, &window);
        d->setObjectName(title);
        d->setWidget(w);
        window.addDockWidget(area, d);
        return d;
    };
    auto *tree = new ProjectTree;
    tree->setSelectionModel(&selection);
    tree->setData(&design, &catalog, &results);
    dock(QObject::tr("Project"), tree, Qt::LeftDockWidgetArea);
    auto *props = new PropertiesPanel;
    props->setSelectionModel(&selection);
    props->setData(&design, &catalog, &results);
    auto *propsDock = dock(QObject::tr("Properties"), props, Qt::RightDockWidgetArea);
    auto *checks = new ChecksPanel;
    checks->setSelectionModel(&selection);
    checks->setData(&design, &results);
    dock(QObject::tr("Design checks"), checks, Qt::BottomDockWidgetArea);
    auto *elevation = new RackElevationView;
    elevation->setSelectionModel(&selection);
    elevation->setData(&design, &catalog, &results);
    auto *elevationDock = dock(QObject::tr("Rack elevation"), elevation, Qt::RightDockWidgetArea);
    QList<AnalysisPanel *> panels{new NetworkPanel, new PowerPanel, new CoolingPanel, new PerformancePanel, new LeasePanel};
    const QStringList names{QObject::tr("Network"), QObject::tr("Power"), QObject::tr("Cooling"),
                            QObject::tr("Performance"), QObject::tr("Lease")};
    window.splitDockWidget(propsDock, elevationDock, Qt::Vertical);
    for (int i = 0; i < panels.size(); ++i) {
        panels[i]->setData(&design, &catalog, &results);
        window.tabifyDockWidget(propsDock, dock(names[i], panels[i], Qt::RightDockWidgetArea));
    }
    propsDock->raise();
    window.resizeDocks({propsDock}, {520}, Qt::Horizontal);
    QObject::connect(props, &PropertiesPanel::moveRequested, plan, [&](const QList<SelectionItem> &items, QPointF d) {
        std::cerr << "move " << items.size() << " by " << d.x() << ", " << d.y() << "\n";
    });
    QObject::connect(props, &PropertiesPanel::inputEdited, plan, [&](const QString &path, const QString &value) {
        std::cerr << "set " << path.toStdString() << " = " << value.toStdString() << "\n";
    });
    auto *toolbar = window.addToolBar(QStringLiteral("View"));
    auto *modes = new QComboBox(toolbar);
    for (ColourMode m : allColourModes())
        modes->addItem(colourModeName(m));
    toolbar->addWidget(modes);
    QObject::connect(modes, &QComboBox::currentIndexChanged, plan,
                     [plan](int i) { plan->setColourMode(allColourModes().value(i)); });
    if (argc > 2)
        modes->setCurrentIndex(QString(argv[2]).toInt());

    // Stand-in for the app: refuse drops outside the hall, apply moves to the local copy.
    auto refusal = [&](const QList<SelectionItem> &items, QPointF d) -> QString {
        for (const SelectionItem &s : items)
            if (const Rack *r = design.findRack(RackId(s.id))) {
                const Rect f{r->footprint.x + d.x(), r->footprint.y + d.y(), r->footprint.width, r->footprint.depth};
                if (!design.hall.bounds().contains(f))
                    return QObject::tr("%1 would leave the hall").arg(QString::fromStdString(r->name));
            }
        return {};
    };
    auto apply = [&](const QList<SelectionItem> &items, QPointF d) {
        PlanChanges changes;
        for (const SelectionItem &s : items)
            if (Rack *r = design.findRack(RackId(s.id))) {
                r->footprint.x += d.x();
                r->footprint.y += d.y();
                changes.racks.push_back(r->id);
            }
        plan->applyChanges(changes);
        props->applyChanges(changes);
        elevation->applyChanges(changes);
    };
    QObject::connect(plan, &FloorPlanView::dragUpdated, plan, [&](const QList<SelectionItem> &items, QPointF d) {
        const QString why = refusal(items, d);
        plan->setDropRefusal(why);
        window.statusBar()->showMessage(why.isEmpty() ? QObject::tr("Δ %1, %2 m").arg(d.x()).arg(d.y()) : why);
    });
    QObject::connect(plan, &FloorPlanView::dragFinished, plan, [&](const QList<SelectionItem> &items, QPointF d) {
        if (refusal(items, d).isEmpty())
            apply(items, d);
    });
    QObject::connect(plan, &FloorPlanView::nudgeRequested, plan, [&](const QList<SelectionItem> &items, QPointF d) {
        if (refusal(items, d).isEmpty())
            apply(items, d);
    });
    QObject::connect(&selection, &SelectionModel::selectionChanged, plan, [&] {
        window.statusBar()->showMessage(QObject::tr("%n selected", nullptr, int(selection.selection().size())));
    });
    window.resize(1900, 1050);
    window.show();
    return app.exec();
}
