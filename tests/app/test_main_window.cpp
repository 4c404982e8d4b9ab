// The main window opens a hall, draws every rack, shows the summary and figures, and survives bad files.
#include "app_test_support.h"
#include "controllers/file_controller.h"
#include "document.h"
#include "floorplan/floor_plan_scene.h"
#include "floorplan/floor_plan_view.h"
#include "main_window.h"
#include "panels/summary_panel.h"
#include "status_figures.h"

#include <QAction>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabBar>
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
        w.waitForIdle();
        const Design *d = w.document()->design();
        QVERIFY(d);
        QCOMPARE(w.floorPlan()->floorPlanScene()->rackItemCount(), static_cast<int>(d->racks.size()));
        QCOMPARE(w.summaryPanel()->valueText("compute", "accelerators"), QLocale().toString(10240));
        QVERIFY(w.windowTitle().contains("sample-10240.hall"));
        QVERIFY(!w.isWindowModified());
        // The status bar's figures are the engine's: 10,240 accelerators; IT load Σ device maxima in MW.
        QCOMPARE(w.statusFigures()->acceleratorsText(), QStringLiteral("%1 accelerators").arg(QLocale().toString(10240)));
        const Results *r = w.document()->results();
        QVERIFY(r->power);
        QCOMPARE(w.statusFigures()->powerText(),
                 QStringLiteral("IT %1 MW").arg(QLocale().toString(r->power->itKw / 1000.0, 'f', 2)));
        QVERIFY(w.statusFigures()->cablesText().contains(QLocale().toString(r->network->cablesTotal)));
    }

    void badFileKeepsTheCurrentDesign()
    {
        app::MainWindow w;
        w.show();
        QVERIFY(w.openFile(app::MainWindow::sampleHallPath()));
        w.waitForIdle();
        const Design *before = w.document()->design();
        QTemporaryDir dir;
        const QString junk = dir.filePath("junk.hall");
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a hall");
        f.close();
        QVERIFY(w.openFile(junk));
        w.waitForIdle();
        QCOMPARE(w.document()->design(), before);
        auto *box = w.findChild<QMessageBox *>("errorBox");
        QVERIFY(box);
        QVERIFY(box->text().contains("junk.hall"));
        QVERIFY(box->text().contains("not a Hallwright project"));
    }

    void traysCanBeHidden()
    {
        app::MainWindow w;
        QVERIFY(w.openFile(app::MainWindow::sampleHallPath()));
        w.waitForIdle();
        auto *scene = w.floorPlan()->floorPlanScene();
        QVERIFY(scene->traysVisible());
        w.action("showTrays")->trigger();
        QVERIFY(!scene->traysVisible());
        w.action("showTrays")->trigger();
        QVERIFY(scene->traysVisible());
        // A rack can be found under its own centre.
        const Rack &r = w.document()->design()->racks.front();
        QCOMPARE(scene->rackAt(views::FloorPlanScene::toScene(r.footprint.center())), r.id);
    }

    void viewMenuTogglesEveryDock()
    {
        app::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QMenu *view = nullptr;
        for (QAction *m : w.menuBar()->actions())
            if (m->text().remove('&') == "View")
                view = m->menu();
        QVERIFY(view);
        QVERIFY(!w.docks().isEmpty());
        for (QDockWidget *dock : w.docks()) {
            QAction *toggle = dock->toggleViewAction();
            QVERIFY2(view->actions().contains(toggle), qPrintable(dock->objectName()));
            // Every dock shows at first but the summary report (its figures under report keys).
            const bool shown = dock->isVisible();
            QCOMPARE(shown, dock->objectName() != QLatin1String("summaryDock"));
            toggle->trigger();
            QCOMPARE(dock->isVisible(), !shown);
            toggle->trigger();
            QCOMPARE(dock->isVisible(), shown);
        }
    }

    void dockTabsShowWholeTitles()
    {
        // Seven docks share the right side: their tabs once read "Pro…", "N…", "P…" in a
        // 1400-pixel window. Whole titles, with scroll arrows, also on a bar made later.
        app::MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto bars = [&w] { return w.findChildren<QTabBar *>(QString(), Qt::FindDirectChildrenOnly); };
        QVERIFY(!bars().isEmpty());
        QDockWidget *checks = w.findChild<QDockWidget *>(QStringLiteral("checksDock"));
        QDockWidget *tree = w.findChild<QDockWidget *>(QStringLiteral("projectDock"));
        QVERIFY(checks && tree);
        w.tabifyDockWidget(tree, checks); // a new tab bar, as a user's drag makes one
        QTRY_VERIFY(bars().size() >= 2);
        for (QTabBar *bar : bars()) {
            if (!bar->isVisible())
                continue;
            QCOMPARE(bar->elideMode(), Qt::ElideNone);
            QVERIFY(bar->usesScrollButtons());
        }
    }

    void menusHaveTheDocumentLifeShortcuts()
    {
        app::MainWindow w;
        QCOMPARE(w.action("save")->shortcut(), QKeySequence(QKeySequence::Save));
        QCOMPARE(w.action("find")->shortcut(), QKeySequence(QKeySequence::Find));
        QCOMPARE(w.action("undo")->shortcut(), QKeySequence(QKeySequence::Undo));
        QCOMPARE(w.action("open")->shortcut(), QKeySequence(QKeySequence::Open));
        // Without a hall, nothing can be saved or searched.
        QVERIFY(!w.action("save")->isEnabled());
        QVERIFY(!w.action("find")->isEnabled());
        QVERIFY(w.action("about"));
    }

    void windowLayoutIsRemembered()
    {
        QByteArray state;
        {
            app::MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.docks().constFirst()->hide();
            w.resize(1100, 700);
            QVERIFY(w.close());
        }
        app::MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(!again.docks().constFirst()->isVisible());
        QCOMPARE(again.size(), QSize(1100, 700));
        again.action("resetLayout")->trigger();
        QVERIFY(again.docks().constFirst()->isVisible());
    }
};

HALLWRIGHT_APP_TEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
