// The 3D view inside the main window (OpenGL under Xvfb): beside the plan, picking selects everywhere,
// a selection made elsewhere shows in 3D, an edit shows at once, and the view exports as PNG.
#include "app_test_support.h"
#include "controllers/edit_controller.h"
#include "controllers/view_export_controller.h"
#include "document.h"
#include "main_window.h"
#include "plan_workspace.h"

#include "floorplan/floor_plan_scene.h"
#include "floorplan/floor_plan_view.h"
#include "floorplan/plan_items.h"
#include "hall3d/hall3d_view.h"
#include "hall3d/scene_geometry.h"
#include "panels/project_tree.h"
#include "selection/selection_model.h"
#include "view_projection.h"

#include <QSplitter>
#include <QTabWidget>
#include <QtTest>

using namespace hallwright;
using views::SelectionItem;
using views::hall3d::CameraPose;

namespace {

const Rack *rackNamed(const Design &d, const std::string &name)
{
    for (const Rack &r : d.racks)
        if (r.name == name)
            return &r;
    return nullptr;
}

CameraPose lookingDownOn(double x, double y, double scale)
{
    CameraPose p;
    p.parallel = true;
    p.parallelScale = scale;
    p.focalPoint = {x, y, 0.0};
    p.position = {x, y, 60.0};
    p.viewUp = {0.0, 1.0, 0.0};
    return p;
}

QPoint roofPixel(const views::Hall3DView &view, const Rack &r)
{
    const views::hall3d::Box3 b = views::hall3d::rackBox(r);
    return test::projectToPixel(view.cameraPose(), view.size(), {b.cx(), b.y + 0.15 * b.sy, b.top()}).toPoint(); // clear of the busways above
}

/// Just outside the rack's west edge, as deep into it as roofPixel: where the selection outline runs.
QPoint westEdgePixel(const views::Hall3DView &view, const Rack &r)
{
    const views::hall3d::Box3 b = views::hall3d::rackBox(r);
    return test::projectToPixel(view.cameraPose(), view.size(), {b.x - 0.015, b.y + 0.15 * b.sy, b.top()}).toPoint();
}

bool changedNear(const QImage &before, const QImage &after, QPoint p)
{
    for (int dx = -2; dx <= 2; ++dx)
        for (int dy = -2; dy <= 2; ++dy)
            if (before.pixel(p.x() + dx, p.y() + dy) != after.pixel(p.x() + dx, p.y() + dy))
                return true;
    return false;
}

} // namespace

class TestWindow3D : public QObject
{
    Q_OBJECT

private slots:
    void pickingAndSelectionAreShared()
    {
        app::MainWindow w;
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // Active, as under a desktop: Xvfb has no window manager to activate it, and in an inactive window a
        // click gives no view the focus, so the workspace would not know the 3D view was the one last used.
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        views::Hall3DView *view = w.hall3d();
        QVERIFY2(view, "no OpenGL: run under xvfb-run");
        QVERIFY(w.openFile(app::MainWindow::sampleHallPath()));
        w.waitForIdle();
        // Plan and 3D side by side by default, each given room.
        QCOMPARE(w.workspace()->arrangement(), app::PlanWorkspace::Arrangement::Split);
        QVERIFY(w.floorPlan()->isVisible() && view->isVisible());
        QVERIFY(w.floorPlan()->width() >= 320 && view->width() >= 320);
        app::Document *doc = w.document();
        const Rack *m09 = rackNamed(*doc->design(), "M09");
        QVERIFY(m09);
        const RackId id = m09->id;
        view->setCameraPose(lookingDownOn(m09->footprint.center().x, m09->footprint.center().y, 4.0));

        // A click on M09's roof in 3D selects it in the plan's selection, the tree and the properties.
        QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, roofPixel(*view, *m09));
        QCOMPARE(doc->selection()->selection(), QList<SelectionItem>{SelectionItem::rack(id)});
        QCOMPARE(w.projectTree()->currentIndex(), w.projectTree()->treeModel()->indexOf(SelectionItem::rack(id)));
        QVERIFY(w.floorPlan()->floorPlanScene()->rackItem(id)->marks().selected);

        // Selected elsewhere (the plan's model): the neighbour is outlined in 3D. The outline runs round the
        // rack (its roof keeps the colour mode's colour), so the picture changes at its edge.
        const Rack *m08 = rackNamed(*doc->design(), "M08");
        QVERIFY(m08);
        const QPoint at08 = roofPixel(*view, *m08);
        const QPoint edge08 = westEdgePixel(*view, *m08);
        const QImage before = view->grabImage();
        doc->selection()->setSelection({SelectionItem::rack(m08->id)});
        QTRY_VERIFY(changedNear(before, view->grabImage(), edge08));

        // An edit shows at once: deleted, M08 is no longer there to pick.
        QVERIFY(w.edits()->deleteItems({SelectionItem::rack(m08->id)}));
        const auto picked = view->itemAt(at08);
        QVERIFY(!picked || !(*picked == SelectionItem::rack(m08->id)));

        // Export View as PNG writes the view last used (the 3D view, clicked above).
        QTemporaryDir dir;
        const QString png = dir.filePath("view.png");
        QString error;
        QCOMPARE(w.workspace()->currentView(), static_cast<QWidget *>(view));
        QVERIFY2(w.viewExport()->exportTo(png, &error), qPrintable(error));
        const QImage image(png);
        QCOMPARE(image.size(), view->grabImage().size());
    }

    void tabsAreRemembered()
    {
        {
            app::MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.action("arrangeTabs")->trigger();
            QCOMPARE(w.workspace()->arrangement(), app::PlanWorkspace::Arrangement::Tabs);
            QCOMPARE(w.workspace()->tabs()->count(), 2);
        }
        app::MainWindow again;
        QCOMPARE(again.workspace()->arrangement(), app::PlanWorkspace::Arrangement::Tabs);
        QVERIFY(again.action("arrangeTabs")->isChecked());
        again.action("arrangeSplit")->trigger();
        QCOMPARE(again.workspace()->splitter()->count(), 2);
    }
};

int main(int argc, char **argv)
{
    hallwright::test::IsolatedHome home;
    QStandardPaths::setTestModeEnabled(true);
    // VTK needs a 3.2 core-profile default surface before the QApplication, as in main().
    QSurfaceFormat format = QSurfaceFormat::defaultFormat();
    format.setVersion(3, 2);
    format.setProfile(QSurfaceFormat::CoreProfile);
    QSurfaceFormat::setDefaultFormat(format);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Hallwright"));
    QApplication::setOrganizationName(QStringLiteral("Hallwright"));
    TestWindow3D test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_window_3d.moc"
