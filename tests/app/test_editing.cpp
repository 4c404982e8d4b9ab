// Editing in the main window as an architect does it: find a rack, drag it with the mouse, nudge it with
// the keys, watch the engine's figures follow, undo to the exact numbers, delete, save and reopen.
#include "app_test_support.h"
#include "commands/edit_command.h"
#include "controllers/edit_controller.h"
#include "controllers/file_controller.h"
#include "controllers/plan_menu.h"
#include "dialogs/find_dialog.h"
#include "document.h"
#include "main_window.h"
#include "status_figures.h"

#include "floorplan/floor_plan_scene.h"
#include "floorplan/floor_plan_view.h"
#include "panels/figure_table.h"
#include "panels/project_tree.h"
#include "panels/properties_panel.h"
#include "report/summary.h"
#include "selection/selection_model.h"
#include "store/project_store.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QUndoStack>
#include <QtTest>

using namespace hallwright;
using views::SelectionItem;

namespace {

const Rack *rackNamed(const Design &d, const std::string &name)
{
    for (const Rack &r : d.racks)
        if (r.name == name)
            return &r;
    return nullptr;
}

/// Σ of the engine's rack loads (catalog maximum, kW) in one row: what the power-by-row chart shows.
double rowKw(const Design &d, const Results &r, RowId row)
{
    std::unordered_map<std::int64_t, double> heat;
    for (const RackHeat &h : r.cooling->racks)
        heat[h.rack.value()] = h.heatKw;
    double kw = 0;
    for (const Rack &rack : d.racks)
        if (rack.row == row)
            kw += heat[rack.id.value()];
    return kw;
}

int acceleratorsIn(const Design &d, const Catalog &c, RackId rack)
{
    int n = 0;
    for (const Device &dev : d.devices)
        if (dev.rack == rack)
            if (const NodeSpec *node = c.node(dev.catalogId))
                n += node->acceleratorsPerNode;
    return n;
}

QPoint viewPoint(views::FloorPlanView *plan, Point2 floor)
{
    return plan->mapFromScene(views::toScene(floor));
}

/// The rack that ends the named row at its east end (the largest x), or null.
const Rack *eastEndOf(const Design &d, const std::string &rowName)
{
    const Row *row = nullptr;
    for (const Row &r : d.rows)
        if (r.name == rowName)
            row = &r;
    if (!row)
        return nullptr;
    const Rack *end = nullptr;
    for (const Rack &r : d.racks)
        if (r.row == row->id && (!end || r.footprint.x > end->footprint.x))
            end = &r;
    return end;
}

/// True when `area` is inside the hall and no rack stands on it.
bool floorIsFree(const Design &d, const Rect &area)
{
    if (!d.hall.bounds().contains(area))
        return false;
    for (const Rack &r : d.racks)
        if (r.footprint.overlaps(area))
            return false;
    return true;
}

Point2 centreOf(const Rack &r)
{
    return {r.footprint.x + r.footprint.width / 2, r.footprint.y + r.footprint.depth / 2};
}

std::string summaryDump(const Results &r)
{
    return summaryJson(r).dump();
}

} // namespace

class TestEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = test::copyOfSample(m_dir);
        QVERIFY(!m_path.isEmpty());
    }

    void findDragNudgeUndoDeleteSaveReopen()
    {
        app::MainWindow w;
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(m_path));
        w.waitForIdle();
        app::Document *doc = w.document();
        QVERIFY(doc->design());
        views::FloorPlanView *plan = w.floorPlan();
        QUndoStack *undo = doc->undoStack();

        // The rack at the east end of row M, with free floor east of it for the drag and the nudges (1.1 m).
        const Rack *end = eastEndOf(*doc->design(), "Row M");
        QVERIFY(end);
        const std::string name = end->name;
        const Rect east{end->footprint.right(), end->footprint.y, 1.1, end->footprint.depth};
        QVERIFY2(floorIsFree(*doc->design(), east), name.c_str());

        // Edit → Find…: type the name, Enter selects the rack, centres it and hands the plan the keyboard.
        w.action("find")->trigger();
        app::FindDialog *find = w.findDialog();
        QVERIFY(find && find->isVisible());
        QTest::keyClicks(find->input(), QString::fromStdString(name));
        QTest::keyClick(find->input(), Qt::Key_Return);
        const Rack *rack = rackNamed(*doc->design(), name);
        QVERIFY(rack);
        const RackId id = rack->id;
        const RowId row = rack->row;
        QCOMPARE(doc->selection()->selection(), QList<SelectionItem>{SelectionItem::rack(id)});
        QVERIFY(!find->isVisible());
        QTRY_VERIFY(plan->hasFocus());
        // The tree and the properties follow the selection.
        QCOMPARE(w.projectTree()->currentIndex(), w.projectTree()->treeModel()->indexOf(SelectionItem::rack(id)));
        QTRY_COMPARE(w.propertiesPanel()->figures()->value(tr("Rack"), tr("Name")), QString::fromStdString(name));

        const Rect before = rack->footprint;
        const double cablesBefore = doc->results()->network->cableLengthM;
        const double rowBefore = rowKw(*doc->design(), *doc->results(), row);
        const std::string summaryBefore = summaryDump(*doc->results());
        const QString cablesTextBefore = w.statusFigures()->cablesText();

        // A mouse drag 0.8 m east, past the end of row M: one undo step.
        const Point2 c = centreOf(*rack);
        QTest::mousePress(plan->viewport(), Qt::LeftButton, {}, viewPoint(plan, c));
        QTest::mouseMove(plan->viewport(), viewPoint(plan, {c.x + 0.3, c.y}));
        QTest::mouseMove(plan->viewport(), viewPoint(plan, {c.x + 0.6, c.y}));
        QTest::mouseMove(plan->viewport(), viewPoint(plan, {c.x + 0.8, c.y}));
        QVERIFY(plan->isDragging());
        QVERIFY2(plan->dropRefusal().isEmpty(), qPrintable(plan->dropRefusal()));
        QTest::mouseRelease(plan->viewport(), Qt::LeftButton, {}, viewPoint(plan, {c.x + 0.8, c.y}));
        QVERIFY(!plan->isDragging());
        rack = rackNamed(*doc->design(), name);
        QVERIFY2(std::abs(rack->footprint.x - (before.x + 0.8)) < 1e-9, qPrintable(w.statusBar()->currentMessage()));
        QCOMPARE(rack->footprint.y, before.y);
        QCOMPARE(undo->count(), 1);
        QVERIFY(w.isWindowModified());
        // The moved rack's cables were routed again: the hall's cable length changed, and the status bar with it.
        const double cablesAfterDrag = doc->results()->network->cableLengthM;
        QVERIFY(cablesAfterDrag != cablesBefore);
        QVERIFY(w.statusFigures()->cablesText() != cablesTextBefore ||
                std::abs(cablesAfterDrag - cablesBefore) < 50.0); // shown to 0.1 km
        // The rack stays in its row (the core keeps a moved rack's row), so the row carries the same load.
        QCOMPARE(rack->row, row);
        QCOMPARE(rowKw(*doc->design(), *doc->results(), row), rowBefore);
        // The plan drew the rack where the design has it.
        QCOMPARE(plan->floorPlanScene()->rackItem(id)->pos(), views::toScene(rack->footprint).topLeft());

        // Three arrow-key nudges of 0.1 m east merge into one undo step.
        QTest::keyClick(plan, Qt::Key_Right);
        QTest::keyClick(plan, Qt::Key_Right);
        QTest::keyClick(plan, Qt::Key_Right);
        rack = rackNamed(*doc->design(), name);
        QVERIFY(std::abs(rack->footprint.x - (before.x + 1.1)) < 1e-9);
        QCOMPARE(undo->count(), 2);
        QVERIFY(doc->results()->network->cableLengthM != cablesAfterDrag);

        // Undo twice: the exact numbers come back, bit for bit.
        undo->undo();
        rack = rackNamed(*doc->design(), name);
        QVERIFY(std::abs(rack->footprint.x - (before.x + 0.8)) < 1e-9);
        QCOMPARE(doc->results()->network->cableLengthM, cablesAfterDrag);
        undo->undo();
        rack = rackNamed(*doc->design(), name);
        QCOMPARE(rack->footprint.x, before.x);
        QCOMPARE(rack->footprint.y, before.y);
        QCOMPARE(doc->results()->network->cableLengthM, cablesBefore);
        QCOMPARE(summaryDump(*doc->results()), summaryBefore);
        QCOMPARE(w.statusFigures()->cablesText(), cablesTextBefore);
        QVERIFY(!w.isWindowModified());
        // Redo replays the drag to the same place.
        undo->redo();
        QVERIFY(std::abs(rackNamed(*doc->design(), name)->footprint.x - (before.x + 0.8)) < 1e-9);
        QCOMPARE(doc->results()->network->cableLengthM, cablesAfterDrag);
        undo->undo();

        // Dragging the rack north onto row N is refused: red on the plan, the reason in the status bar, nothing moves.
        QVERIFY(!floorIsFree(*doc->design(), {before.x, before.y + 3.0, before.width, before.depth}));
        QTest::mousePress(plan->viewport(), Qt::LeftButton, {}, viewPoint(plan, c));
        QTest::mouseMove(plan->viewport(), viewPoint(plan, {c.x, c.y + 1.5}));
        QTest::mouseMove(plan->viewport(), viewPoint(plan, {c.x, c.y + 3.0}));
        QVERIFY(plan->isDragging());
        QVERIFY(!plan->dropRefusal().isEmpty());
        QVERIFY(w.statusBar()->currentMessage().contains(plan->dropRefusal()));
        QTest::mouseRelease(plan->viewport(), Qt::LeftButton, {}, viewPoint(plan, {c.x, c.y + 3.0}));
        QCOMPARE(rackNamed(*doc->design(), name)->footprint.x, before.x);
        QCOMPARE(rackNamed(*doc->design(), name)->footprint.y, before.y);
        QCOMPARE(summaryDump(*doc->results()), summaryBefore);
        QVERIFY(undo->index() == 0);

        // Delete a compute rack: the accelerators drop by what it held, its row's load by its load.
        const Rack *victim = nullptr;
        for (const Rack &r : doc->design()->racks)
            if (r.role == RackRole::Compute) {
                victim = &r;
                break;
            }
        QVERIFY(victim);
        const RackId victimId = victim->id;
        const RowId victimRow = victim->row;
        const std::string victimName = victim->name;
        const int held = acceleratorsIn(*doc->design(), *doc->catalog(), victimId);
        QVERIFY(held > 0);
        double victimKw = 0;
        for (const RackHeat &h : doc->results()->cooling->racks)
            if (h.rack == victimId)
                victimKw = h.heatKw;
        QVERIFY(victimKw > 0);
        const int acceleratorsBefore = doc->results()->compute.accelerators;
        const double victimRowBefore = rowKw(*doc->design(), *doc->results(), victimRow);
        doc->selection()->setSelection({SelectionItem::rack(victimId)});
        plan->setFocus();
        QTest::keyClick(plan, Qt::Key_Delete);
        QVERIFY(!rackNamed(*doc->design(), victimName));
        QCOMPARE(doc->results()->compute.accelerators, acceleratorsBefore - held);
        QCOMPARE(w.statusFigures()->acceleratorsText(),
                 tr("%1 accelerators").arg(QLocale().toString(acceleratorsBefore - held)));
        QVERIFY(std::abs(rowKw(*doc->design(), *doc->results(), victimRow) - (victimRowBefore - victimKw)) < 1e-6);
        QCOMPARE(plan->floorPlanScene()->rackItemCount(), int(doc->design()->racks.size()));
        QVERIFY(doc->selection()->isEmpty());

        // Save (Ctrl+S) and reopen: the file holds the edited hall, and its analysis is the same.
        w.action("save")->trigger();
        QVERIFY(!w.isWindowModified());
        const std::string savedSummary = summaryDump(*doc->results());
        const std::size_t racks = doc->design()->racks.size(), links = doc->design()->links.size();
        {
            Design reread = loadProject(m_path.toStdString());
            QCOMPARE(reread.racks.size(), racks);
            QCOMPARE(reread.links.size(), links);
            QVERIFY(!rackNamed(reread, victimName));
            const Catalog catalog = catalogFor(reread);
            QCOMPARE(summaryDump(analyze(reread, catalog)), savedSummary);
        }
        app::MainWindow again;
        QVERIFY(again.openFile(m_path));
        again.waitForIdle();
        QCOMPARE(summaryDump(*again.document()->results()), savedSummary);
        QCOMPARE(again.document()->results()->compute.accelerators, acceleratorsBefore - held);
    }

    void everyDockHasAToggleInTheViewMenu()
    {
        app::MainWindow w;
        QMenu *view = nullptr;
        for (QAction *a : w.menuBar()->actions())
            if (a->text().remove('&') == tr("View"))
                view = a->menu();
        QVERIFY(view);
        const QStringList expected{"projectDock", "propertiesDock", "elevationDock", "summaryDock", "networkDock",
                                   "powerDock", "coolingDock", "performanceDock", "leaseDock", "checksDock"};
        QStringList names;
        for (QDockWidget *d : w.docks()) {
            names << d->objectName();
            QVERIFY2(view->actions().contains(d->toggleViewAction()), qPrintable(d->objectName()));
        }
        for (const QString &n : expected)
            QVERIFY2(names.contains(n), qPrintable(n));
    }

    void propertiesMoveIsOneUndoStep()
    {
        app::MainWindow w;
        QVERIFY(w.openFile(m_path));
        w.waitForIdle();
        app::Document *doc = w.document();
        const Rack *r = eastEndOf(*doc->design(), "Row M");
        QVERIFY(r);
        const std::string name = r->name;
        QVERIFY(floorIsFree(*doc->design(), {r->footprint.right(), r->footprint.y, 0.8, r->footprint.depth}));
        const RackId id = r->id;
        const double x = r->footprint.x;
        QVERIFY(w.edits()->moveItems({SelectionItem::rack(id)}, {0.8, 0.0}));
        QVERIFY(std::abs(rackNamed(*doc->design(), name)->footprint.x - (x + 0.8)) < 1e-9);
        QCOMPARE(doc->undoStack()->count(), 1);
        // Outside the hall: refused with a reason, nothing changes.
        QVERIFY(!w.edits()->moveItems({SelectionItem::rack(id)}, {0.0, 500.0}));
        QVERIFY(!w.edits()->lastRefusal().isEmpty());
        QCOMPARE(doc->undoStack()->count(), 1);
        doc->undoStack()->undo();
        QCOMPARE(rackNamed(*doc->design(), name)->footprint.x, x);
    }

    void thePlanMenuAddsARackRotatesARowAndUndoes()
    {
        app::MainWindow w;
        QVERIFY(w.openFile(m_path));
        w.waitForIdle();
        app::Document *doc = w.document();
        const Rack *r = eastEndOf(*doc->design(), "Row M");
        QVERIFY(r);
        QVERIFY(floorIsFree(*doc->design(), {r->footprint.right(), r->footprint.y, 0.8, r->footprint.depth}));
        const RackId id = r->id;
        const RowId rowId = r->row;
        const std::string name = r->name; // r points into the design, which the edits replace
        const double eastEnd = r->footprint.right();
        const std::size_t racks = doc->design()->racks.size(), devices = doc->design()->devices.size();
        auto action = [](QMenu *m, const char *name) {
            for (QAction *a : m->actions())
                if (a->objectName() == QLatin1String(name))
                    return a;
            return static_cast<QAction *>(nullptr);
        };
        // One rack: a copy of it at the row's east end, with its nodes, as one undo step.
        QMenu *menu = app::planMenu(*w.edits(), {SelectionItem::rack(id)}, &w);
        QVERIFY(action(menu, "addRackLike") && action(menu, "deleteSelection") && !action(menu, "rotateRow"));
        action(menu, "addRackLike")->trigger();
        QCOMPARE(doc->design()->racks.size(), racks + 1);
        QVERIFY(doc->design()->devices.size() > devices);
        QCOMPARE(doc->undoStack()->count(), 1);
        QVERIFY(doc->undoStack()->undoText().contains(QString::fromStdString(name)));
        const Rack &added = doc->design()->racks.back();
        QCOMPARE(added.row, rowId);
        QVERIFY(added.footprint.x >= eastEnd - 1e-9);
        doc->undoStack()->undo();
        QCOMPARE(doc->design()->racks.size(), racks);
        QCOMPARE(doc->design()->devices.size(), devices);
        delete menu;
        // One row: rotated (its racks face the other aisle), and back on undo.
        const Facing before = rackNamed(*doc->design(), name)->facing;
        menu = app::planMenu(*w.edits(), {SelectionItem::row(rowId)}, &w);
        QVERIFY(action(menu, "rotateRow") && !action(menu, "addRackLike"));
        action(menu, "rotateRow")->trigger();
        QVERIFY(rackNamed(*doc->design(), name)->facing != before);
        doc->undoStack()->undo();
        QCOMPARE(rackNamed(*doc->design(), name)->facing, before);
        delete menu;
        // Nothing editable: one disabled line.
        menu = app::planMenu(*w.edits(), {}, &w);
        QCOMPARE(menu->actions().size(), 1);
        QVERIFY(!menu->actions().front()->isEnabled());
        delete menu;
    }

    void aBriefInputAsksBeforeItDropsHandEdits()
    {
        app::MainWindow w;
        QVERIFY(w.files()->generate(test::smallBrief(256, "N+1"), {}));
        w.waitForIdle();
        app::Document *doc = w.document();
        QUndoStack *stack = doc->undoStack();
        doc->selection()->clear();
        auto redundancy = [&w] {
            return qobject_cast<QComboBox *>(w.propertiesPanel()->inputEditor(QStringLiteral("power.redundancy")));
        };
        QVERIFY(redundancy());
        int asked = 0;
        auto countAndCancel = [&asked](QMessageBox *box) {
            ++asked;
            test::clickMessageBoxButton(box, "Cancel");
        };
        // A hall as generated: nothing of the user's to lose, no question.
        test::whenModalShows<QMessageBox>("regeneratePrompt", countAndCancel, 1500);
        QVERIFY(w.edits()->setInput(QStringLiteral("power.redundancy"), QStringLiteral("\"2N\"")));
        w.waitForIdle();
        QTest::qWait(1600);
        QCOMPARE(asked, 0);
        QCOMPARE(doc->results()->brief->power.redundancy, Redundancy::TwoN);
        QCOMPARE(app::handEditsSinceGeneration(*stack), 0);

        // Two hand edits since: changing an input in the panel asks first and names them.
        const RowId row = doc->design()->rows.front().id;
        QVERIFY(w.edits()->rotateRow(row));
        QVERIFY(w.edits()->rotateRow(row));
        QCOMPARE(app::handEditsSinceGeneration(*stack), 2);
        const Design edited = *doc->design();
        QString question;
        test::whenModalShows<QMessageBox>("regeneratePrompt", [&question](QMessageBox *box) {
            question = box->text();
            test::clickMessageBoxButton(box, "Cancel");
        });
        redundancy()->setCurrentIndex(redundancy()->findData(QStringLiteral("N")));
        w.waitForIdle();
        QVERIFY2(question.contains(QStringLiteral("2 hand edits")), qPrintable(question));
        // Cancel: the hall and its edits stay, and the editor shows the design's value again.
        QVERIFY(*doc->design() == edited);
        QCOMPARE(stack->count(), 3);
        QCOMPARE(redundancy()->currentData().toString(), QStringLiteral("2N"));
        QVERIFY(w.edits()->lastRefusal().contains(QStringLiteral("hand edits")));

        // Regenerate: the input is taken, the edits are gone, and undo brings them back.
        test::whenModalShows<QMessageBox>("regeneratePrompt",
                                          [](QMessageBox *box) { test::clickMessageBoxButton(box, "Regenerate"); });
        redundancy()->setCurrentIndex(redundancy()->findData(QStringLiteral("N")));
        w.waitForIdle();
        QCOMPARE(doc->results()->brief->power.redundancy, Redundancy::N);
        QCOMPARE(stack->count(), 4);
        QCOMPARE(app::handEditsSinceGeneration(*stack), 0);
        stack->undo();
        QVERIFY(*doc->design() == edited);
        QCOMPARE(app::handEditsSinceGeneration(*stack), 2);
        // An undone hand edit is not in the design: it is not counted.
        stack->undo();
        QCOMPARE(app::handEditsSinceGeneration(*stack), 1);
    }

private:

    QTemporaryDir m_dir;
    QString m_path;
};

HALLWRIGHT_APP_TEST_MAIN(TestEditing)
#include "test_editing.moc"
