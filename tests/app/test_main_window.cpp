// The main window opens a hall, draws every rack, shows the summary, and survives bad files.
#include "document.h"
#include "floorplan/floor_plan_scene.h"
#include "floorplan/floor_plan_view.h"
#include "main_window.h"
#include "panels/summary_panel.h"
#include "test_support.h"

#include <QMessageBox>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace hallwright;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void opensTheSampleHall()
    {
        app::MainWindow w;
        w.show();
        const QString sample = app::MainWindow::sampleHallPath();
        QVERIFY2(!sample.isEmpty(), "bundled sample hall not found");
        QVERIFY(w.openFile(sample));
        const Design *d = w.document()->design();
        QVERIFY(d);
        QCOMPARE(w.floorPlan()->floorPlanScene()->rackItemCount(), static_cast<int>(d->racks.size()));
        QCOMPARE(w.summaryPanel()->valueText("compute", "accelerators"), QLocale().toString(10240));
        QVERIFY(w.windowTitle().contains("sample-10240.hall"));
    }

    void badFileKeepsTheCurrentDesign()
    {
        app::MainWindow w;
        w.show();
        QVERIFY(w.openFile(app::MainWindow::sampleHallPath()));
        const Design *before = w.document()->design();
        QTemporaryDir dir;
        const QString junk = dir.filePath("junk.hall");
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a hall");
        f.close();
        QVERIFY(!w.openFile(junk));
        QCOMPARE(w.document()->design(), before);
        auto *box = w.findChild<QMessageBox *>("errorBox");
        QVERIFY(box);
        QVERIFY(box->text().contains("junk.hall"));
    }

    void traysCanBeHidden()
    {
        app::MainWindow w;
        QVERIFY(w.openFile(app::MainWindow::sampleHallPath()));
        auto *scene = w.floorPlan()->floorPlanScene();
        QVERIFY(scene->traysVisible());
        w.floorPlan()->setTraysVisible(false);
        QVERIFY(!scene->traysVisible());
        // A rack can be found under its own centre.
        const Rack &r = w.document()->design()->racks.front();
        QCOMPARE(scene->rackAt(views::FloorPlanScene::toScene(r.footprint.center())), r.id);
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
