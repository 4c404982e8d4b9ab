// MainWindow: actions, menus, docks and status bar; every slot belongs to a controller.
#include "main_window.h"

#include "action_tips.h"
#include "dock_tabs.h"
#include "language_menu.h"

#include "controllers/autosave_controller.h"
#include "controllers/background_task.h"
#include "controllers/edit_controller.h"
#include "controllers/export_controller.h"
#include "controllers/file_controller.h"
#include "controllers/presentation_controller.h"
#include "controllers/recent_files.h"
#include "controllers/view_export_controller.h"
#include "dialogs/about_dialog.h"
#include "dialogs/find_dialog.h"
#include "document.h"
#include "plan_workspace.h"
#include "settings/settings_registry.h"
#include "status_figures.h"

#include "elevation/rack_elevation_view.h"
#include "floorplan/floor_plan_view.h"
#include "hall3d/hall3d_view.h"
#include "panels/analysis_panels.h"
#include "panels/checks_panel.h"
#include "panels/project_tree.h"
#include "panels/properties_panel.h"
#include "panels/summary_panel.h"
#include "selection/selection_model.h"

#include <QAction>
#include <QActionGroup>
#include <QIcon>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hallwright::app {

namespace {

/// Whether this platform can give the 3D view an OpenGL context (Qt's offscreen platform cannot).
bool openGlAvailable()
{
    QOpenGLContext context;
    if (!context.create())
        return false;
    QOffscreenSurface surface;
    surface.setFormat(context.format());
    surface.create();
    return surface.isValid() && context.makeCurrent(&surface);
}

QString colourModeKey(views::ColourMode mode)
{
    switch (mode) {
    case views::ColourMode::Role: return QStringLiteral("role");
    case views::ColourMode::PowerDensity: return QStringLiteral("power");
    case views::ColourMode::CoolingHeadroom: return QStringLiteral("cooling");
    case views::ColourMode::SuMembership: return QStringLiteral("su");
    case views::ColourMode::FailureImpact: return QStringLiteral("failure");
    }
    return QStringLiteral("role");
}

} // namespace

QIcon MainWindow::applicationIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/org.hallwright.Hallwright-%1.png").arg(size), QSize(size, size));
    return icon;
}

MainWindow::MainWindow(const QString &recoveryDir, QWidget *parent)
    : QMainWindow(parent), m_document(new Document(this)), m_tasks(new BackgroundTask(this, this)),
      m_files(new FileController(m_document, m_tasks, this, this)),
      m_autosave(new AutosaveController(m_document, recoveryDir, this)),
      m_edits(new EditController(m_document, m_tasks, this)), m_floorPlan(new views::FloorPlanView(this)),
      m_summary(new views::SummaryPanel(this)), m_checks(new views::ChecksPanel(this)),
      m_tree(new views::ProjectTree(this)), m_properties(new views::PropertiesPanel(this)),
      m_elevation(new views::RackElevationView(this)), m_figures(new StatusFigures(this)),
      m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(applicationIcon());
    createViews();
    createDocks();
    createViewActions();
    createActions();
    createMenus();
    describeActions(this);
    statusBar()->addPermanentWidget(m_figures);

    PresentationTargets targets;
    targets.window = this;
    targets.pages = m_stack;
    targets.plan = m_floorPlan;
    targets.hall3d = m_hall3d;
    targets.summary = m_summary;
    targets.checks = m_checks;
    targets.tree = m_tree;
    targets.properties = m_properties;
    targets.elevation = m_elevation;
    targets.panels = m_panels;
    targets.figures = m_figures;
    m_presentation = new PresentationController(m_document, targets, this);

    m_edits->attachPlan(m_floorPlan);
    m_edits->attachProperties(m_properties);
    auto showMessage = [this](const QString &text) { statusBar()->showMessage(text, 10'000); };
    connect(m_files, &FileController::statusMessage, this, showMessage);
    connect(m_autosave, &AutosaveController::failed, this, showMessage);
    connect(m_edits, &EditController::statusMessage, this, showMessage);
    // Undo during a drag would pull edits from under it: the drag becomes one step first.
    connect(m_edits, &EditController::draggingChanged, this, [this](bool dragging) {
        QUndoStack *stack = m_document->undoStack();
        action(QStringLiteral("undo"))->setEnabled(!dragging && stack->canUndo());
        action(QStringLiteral("redo"))->setEnabled(!dragging && stack->canRedo());
    });
    connect(m_viewExport, &ViewExportController::statusMessage, this, showMessage);
    statusBar()->showMessage(tr("Open a hall, the sample hall, or create one from a brief."));

    m_defaultState = saveState();
    restoreLayout();
}

void MainWindow::createViews()
{
    views::SelectionModel *selection = m_document->selection();
    m_floorPlan->setObjectName(QStringLiteral("floorPlan"));
    m_floorPlan->setSelectionModel(selection);
    QWidget *view3d = nullptr;
    if (openGlAvailable()) {
        m_hall3d = new views::Hall3DView(this);
        m_hall3d->setObjectName(QStringLiteral("hall3d"));
        m_hall3d->setSelectionModel(selection);
        view3d = m_hall3d;
    } else {
        auto *note = new QLabel(tr("The 3D view needs OpenGL, which this display does not offer.\n"
                                   "Run Hallwright on a desktop session (or under Xvfb with Mesa)."),
                                this);
        note->setObjectName(QStringLiteral("hall3dUnavailable"));
        note->setAlignment(Qt::AlignCenter);
        note->setWordWrap(true);
        view3d = note;
    }
    m_workspace = new PlanWorkspace(m_floorPlan, view3d, this);
    m_workspace->setArrangement(PlanWorkspace::fromKey(settings::viewArrangement.value()));
    m_viewExport = new ViewExportController(m_workspace, this, this);

    m_stack->addWidget(createWelcomePage());
    m_stack->addWidget(m_workspace);
    setCentralWidget(m_stack);

    m_tree->setObjectName(QStringLiteral("projectTree"));
    m_tree->setSelectionModel(selection);
    m_properties->setObjectName(QStringLiteral("properties"));
    m_properties->setSelectionModel(selection);
    m_checks->setObjectName(QStringLiteral("checks"));
    m_checks->setSelectionModel(selection);
    m_elevation->setObjectName(QStringLiteral("rackElevation"));
    m_elevation->setSelectionModel(selection);
    m_panels = {new views::NetworkPanel(this), new views::PowerPanel(this), new views::CoolingPanel(this),
                new views::PerformancePanel(this), new views::LeasePanel(this)};
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::addAction(const QString &name, const QString &text, const QKeySequence &shortcut)
{
    auto *a = new QAction(text, this);
    a->setObjectName(name);
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    m_actions.insert(name, a);
    return a;
}

void MainWindow::createActions()
{
    QAction *a = addAction(QStringLiteral("newFromBrief"), tr("New from &Brief…"), QKeySequence::New);
    a->setStatusTip(tr("Describe a hall (platform, accelerators, cooling, fabric, lease) and generate it"));
    connect(a, &QAction::triggered, m_files, &FileController::newFromBriefDialog);
    a = addAction(QStringLiteral("open"), tr("&Open…"), QKeySequence::Open);
    connect(a, &QAction::triggered, m_files, &FileController::openDialog);
    a = addAction(QStringLiteral("openSample"), tr("Open Sa&mple Hall"));
    a->setStatusTip(tr("The bundled hall of 10,240 accelerators, as a new untitled hall"));
    connect(a, &QAction::triggered, m_files, &FileController::openSample);
    a = addAction(QStringLiteral("save"), tr("&Save"), QKeySequence::Save);
    connect(a, &QAction::triggered, m_files, &FileController::save);
    a = addAction(QStringLiteral("saveAs"), tr("Save &As…"), QKeySequence::SaveAs);
    connect(a, &QAction::triggered, m_files, &FileController::saveAsDialog);
    a = addAction(QStringLiteral("close"), tr("&Close"), QKeySequence::Close);
    connect(a, &QAction::triggered, m_files, &FileController::closeHall);
    a = addAction(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit);
    a->setMenuRole(QAction::QuitRole);
    connect(a, &QAction::triggered, this, &QWidget::close);

    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    m_actions.insert(undo->objectName(), undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_actions.insert(redo->objectName(), redo);
    // The stack's own connection runs first: by now the step is undone (or redone) and its text
    // is on the other side of the stack.
    connect(undo, &QAction::triggered, this, [this] {
        statusBar()->showMessage(tr("Undone: %1").arg(m_document->undoStack()->redoText()), 5000);
    });
    connect(redo, &QAction::triggered, this, [this] {
        statusBar()->showMessage(tr("Redone: %1").arg(m_document->undoStack()->undoText()), 5000);
    });
    a = addAction(QStringLiteral("find"), tr("&Find…"), QKeySequence::Find);
    a->setStatusTip(tr("Find a rack, row or device by name"));
    connect(a, &QAction::triggered, this, &MainWindow::showFind);

    a = addAction(QStringLiteral("zoomToFit"), tr("Zoom to &Fit"), QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(a, &QAction::triggered, m_floorPlan, &views::FloorPlanView::zoomToFit);
    a = addAction(QStringLiteral("zoomIn"), tr("Zoom &In"), QKeySequence::ZoomIn);
    connect(a, &QAction::triggered, m_floorPlan, &views::FloorPlanView::zoomIn);
    a = addAction(QStringLiteral("zoomOut"), tr("Zoom &Out"), QKeySequence::ZoomOut);
    connect(a, &QAction::triggered, m_floorPlan, &views::FloorPlanView::zoomOut);
    a = addAction(QStringLiteral("showTrays"), tr("Show Cable &Trays"));
    a->setCheckable(true);
    a->setChecked(settings::planShowTrays.value());
    m_floorPlan->setTraysVisible(a->isChecked());
    connect(a, &QAction::toggled, m_floorPlan, &views::FloorPlanView::setTraysVisible);
    connect(a, &QAction::toggled, this, [](bool on) { settings::planShowTrays.setValue(on); });
    a = addAction(QStringLiteral("resetLayout"), tr("&Reset Window Layout"));
    connect(a, &QAction::triggered, this, [this] {
        restoreState(m_defaultState);
        for (QDockWidget *d : std::as_const(m_docks))
            d->show();
    });

    a = addAction(QStringLiteral("about"), tr("&About Hallwright"));
    a->setMenuRole(QAction::AboutRole);
    connect(a, &QAction::triggered, this, [this] { showAboutDialog(this); });
    a = addAction(QStringLiteral("aboutQt"), tr("About &Qt"));
    a->setMenuRole(QAction::AboutQtRole);
    connect(a, &QAction::triggered, qApp, &QApplication::aboutQt);

    // What needs a hall follows the document.
    const QStringList needHall{QStringLiteral("save"), QStringLiteral("saveAs"), QStringLiteral("close"),
                               QStringLiteral("find"), QStringLiteral("exportViewPng"), QStringLiteral("delete"), QStringLiteral("zoomToFit"), QStringLiteral("zoomIn"),
                               QStringLiteral("zoomOut")};
    auto enable = [this, needHall] {
        const bool have = !m_document->isEmpty();
        const bool busy = m_tasks->isBusy();
        for (const QString &n : needHall)
            m_actions.value(n)->setEnabled(have && !busy);
    };
    connect(m_document, &Document::resultsReplaced, this, enable);
    connect(m_tasks, &BackgroundTask::busyChanged, this, enable);
    enable();
}

void MainWindow::createViewActions()
{
    QAction *a = addAction(QStringLiteral("exportViewPng"), tr("Export View as &PNG…"));
    a->setStatusTip(tr("Write the plan or the 3D view, as shown, to a PNG picture"));
    connect(a, &QAction::triggered, m_viewExport, &ViewExportController::exportDialog);

    a = addAction(QStringLiteral("delete"), tr("&Delete"));
    a->setStatusTip(tr("Delete the selected racks and rows (Delete in the plan)"));
    connect(a, &QAction::triggered, this, [this] { m_edits->deleteItems(m_document->selection()->selection()); });

    // Plan and 3D side by side or as tabs, remembered.
    auto *arrangement = new QActionGroup(this);
    QAction *split = addAction(QStringLiteral("arrangeSplit"), tr("Plan and 3D &Side by Side"));
    QAction *tabs = addAction(QStringLiteral("arrangeTabs"), tr("Plan and 3D as Ta&bs"));
    for (QAction *x : {split, tabs}) {
        x->setCheckable(true);
        arrangement->addAction(x);
    }
    (m_workspace->arrangement() == PlanWorkspace::Arrangement::Tabs ? tabs : split)->setChecked(true);
    connect(split, &QAction::triggered, m_workspace, [this] {
        m_workspace->setArrangement(PlanWorkspace::Arrangement::Split);
    });
    connect(tabs, &QAction::triggered, m_workspace, [this] {
        m_workspace->setArrangement(PlanWorkspace::Arrangement::Tabs);
    });
    connect(m_workspace, &PlanWorkspace::arrangementChanged, this, [split, tabs](PlanWorkspace::Arrangement x) {
        (x == PlanWorkspace::Arrangement::Tabs ? tabs : split)->setChecked(true);
        settings::viewArrangement.setValue(PlanWorkspace::key(x));
    });

    // One colour mode for the plan and the 3D view, remembered.
    auto *modes = new QActionGroup(this);
    views::ColourMode stored = views::ColourMode::Role;
    for (views::ColourMode mode : views::allColourModes()) {
        QAction *m = addAction(QStringLiteral("colour_") + colourModeKey(mode), views::colourModeMenuText(mode));
        m->setCheckable(true);
        modes->addAction(m);
        if (colourModeKey(mode) == settings::planColourMode.value())
            stored = mode;
        connect(m, &QAction::triggered, this, [this, mode] {
            m_floorPlan->setColourMode(mode);
            if (m_hall3d)
                m_hall3d->setColourMode(mode);
        });
    }
    connect(m_floorPlan, &views::FloorPlanView::colourModeChanged, this, [this](views::ColourMode mode) {
        settings::planColourMode.setValue(colourModeKey(mode));
        if (QAction *m = action(QStringLiteral("colour_") + colourModeKey(mode)))
            m->setChecked(true);
        if (m_hall3d && m_hall3d->colourMode() != mode)
            m_hall3d->setColourMode(mode);
    });
    m_floorPlan->setColourMode(stored);
    if (m_hall3d)
        m_hall3d->setColourMode(stored);
    action(QStringLiteral("colour_") + colourModeKey(stored))->setChecked(true);

    // 3D cameras.
    a = addAction(QStringLiteral("cameraTop"), tr("3D Camera: To&p"));
    if (m_hall3d)
        connect(a, &QAction::triggered, m_hall3d, &views::Hall3DView::showTop);
    a = addAction(QStringLiteral("cameraIso"), tr("3D Camera: Iso&metric"));
    if (m_hall3d)
        connect(a, &QAction::triggered, m_hall3d, &views::Hall3DView::showIsometric);
    a = addAction(QStringLiteral("cameraAisle"), tr("3D Camera: Walk the Cold &Aisle"));
    if (m_hall3d)
        connect(a, &QAction::triggered, m_hall3d, &views::Hall3DView::walkColdAisle);
    for (const char *n : {"cameraTop", "cameraIso", "cameraAisle"})
        action(QString::fromLatin1(n))->setEnabled(m_hall3d != nullptr);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("newFromBrief")));
    file->addAction(action(QStringLiteral("open")));
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    recent->setObjectName(QStringLiteral("recentMenu"));
    m_files->recentFiles()->attachMenu(recent);
    file->addAction(action(QStringLiteral("openSample")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("save")));
    file->addAction(action(QStringLiteral("saveAs")));
    ExportController *exports = ExportController::addToMenu(file, m_document, m_tasks, this);
    // What was written stays in the status bar for 10 s; a failure is also a dialog.
    connect(exports, &ExportController::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10'000); });
    file->addSeparator();
    file->addAction(action(QStringLiteral("exportViewPng")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("close")));
    file->addAction(action(QStringLiteral("quit")));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(action(QStringLiteral("undo")));
    edit->addAction(action(QStringLiteral("redo")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("delete")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("find")));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(action(QStringLiteral("zoomToFit")));
    m_viewMenu->addAction(action(QStringLiteral("zoomIn")));
    m_viewMenu->addAction(action(QStringLiteral("zoomOut")));
    m_viewMenu->addAction(action(QStringLiteral("showTrays")));
    m_colourMenu = m_viewMenu->addMenu(tr("&Colour Racks By"));
    m_colourMenu->setObjectName(QStringLiteral("colourMenu"));
    for (views::ColourMode mode : views::allColourModes())
        m_colourMenu->addAction(action(QStringLiteral("colour_") + colourModeKey(mode)));
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(action(QStringLiteral("arrangeSplit")));
    m_viewMenu->addAction(action(QStringLiteral("arrangeTabs")));
    m_viewMenu->addAction(action(QStringLiteral("cameraTop")));
    m_viewMenu->addAction(action(QStringLiteral("cameraIso")));
    m_viewMenu->addAction(action(QStringLiteral("cameraAisle")));
    m_viewMenu->addSeparator();
    for (QDockWidget *d : std::as_const(m_docks))
        m_viewMenu->addAction(d->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(action(QStringLiteral("resetLayout")));
    m_viewMenu->addMenu(new LanguageMenu(this));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("about")));
    help->addAction(action(QStringLiteral("aboutQt")));
}

QDockWidget *MainWindow::addDock(QWidget *widget, const QString &title, const QString &objectName,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    addDockWidget(area, dock);
    dock->toggleViewAction()->setObjectName(objectName + QStringLiteral("Toggle"));
    // Shown from the View menu, a dock comes to the front of its tabs: asked for, it is seen.
    connect(dock->toggleViewAction(), &QAction::triggered, dock, [dock](bool shown) {
        if (shown)
            dock->raise();
    });
    m_docks.append(dock);
    return dock;
}

void MainWindow::createDocks()
{
    // Left: the tree. Right: the selection (properties, elevation) and the analysis
    // (network, power, cooling, performance, lease, summary) as tabs, so that a
    // 700-pixel-high window still fits; the user may split them. Bottom: the checks.
    // The tabs show whole titles and scroll when there are more than fit.
    new DockTabs(this);
    QDockWidget *tree = addDock(m_tree, tr("Project"), QStringLiteral("projectDock"), Qt::LeftDockWidgetArea);
    QDockWidget *properties =
        addDock(m_properties, tr("Properties"), QStringLiteral("propertiesDock"), Qt::RightDockWidgetArea);
    QDockWidget *elevation =
        addDock(m_elevation, tr("Rack Elevation"), QStringLiteral("elevationDock"), Qt::RightDockWidgetArea);
    tabifyDockWidget(properties, elevation);
    const QStringList titles{tr("Network"), tr("Power"), tr("Cooling"), tr("Performance"), tr("Lease")};
    const QStringList names{QStringLiteral("networkDock"), QStringLiteral("powerDock"), QStringLiteral("coolingDock"),
                            QStringLiteral("performanceDock"), QStringLiteral("leaseDock")};
    for (int i = 0; i < m_panels.size(); ++i) {
        m_panels[i]->setObjectName(names[i].chopped(4) + QStringLiteral("Panel"));
        tabifyDockWidget(properties, addDock(m_panels[i], titles[i], names[i], Qt::RightDockWidgetArea));
    }
    // The summary report lists the figures under their report keys (for scripts); hidden at first.
    QDockWidget *summary =
        addDock(m_summary, tr("Summary Report"), QStringLiteral("summaryDock"), Qt::RightDockWidgetArea);
    tabifyDockWidget(properties, summary);
    summary->hide();
    QDockWidget *checks =
        addDock(m_checks, tr("Design Checks"), QStringLiteral("checksDock"), Qt::BottomDockWidgetArea);
    properties->raise();
    resizeDocks({tree, properties}, {250, 420}, Qt::Horizontal);
    resizeDocks({checks}, {130}, Qt::Vertical);
}

QTreeWidget *MainWindow::checksList() const
{
    return m_checks->list();
}

QList<QDockWidget *> MainWindow::docks() const
{
    return m_docks;
}

QWidget *MainWindow::createWelcomePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    auto *title = new QLabel(tr("<h1>Hallwright</h1><p>Design AI data halls: racks, network, power, cooling "
                                "and the economics of leasing the capacity.</p>"),
                             page);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto addButton = [&](const QString &text, const QString &name, auto slot) {
        auto *button = new QPushButton(text, page);
        button->setObjectName(name);
        button->setMinimumWidth(320);
        connect(button, &QPushButton::clicked, m_files, slot);
        layout->addWidget(button, 0, Qt::AlignHCenter);
    };
    addButton(tr("Open the Sample Hall (10,240 accelerators)"), QStringLiteral("welcomeSample"),
              &FileController::openSample);
    addButton(tr("New from Brief…"), QStringLiteral("welcomeNew"), &FileController::newFromBriefDialog);
    addButton(tr("Open…"), QStringLiteral("welcomeOpen"), &FileController::openDialog);
    layout->addStretch();
    return page;
}

bool MainWindow::openFile(const QString &path)
{
    return m_files->openFile(path);
}

void MainWindow::waitForIdle()
{
    m_tasks->waitForIdle();
}

QString MainWindow::sampleHallPath()
{
    return FileController::sampleHallPath();
}

void MainWindow::offerRecovery()
{
    const std::optional<RecoveryEntry> entry = m_autosave->askAboutPending(this);
    if (!entry)
        return;
    m_files->openRecovered(entry->hallPath, entry->originalPath, [this, e = *entry] { m_autosave->adopt(e); });
}

void MainWindow::showFind()
{
    if (m_document->isEmpty())
        return;
    if (!m_find) {
        m_find = new FindDialog(this);
        connect(m_find, &FindDialog::found, this, [this](const views::SelectionItem &item) {
            m_document->selection()->setSelection({item});
            m_document->selection()->requestCentre(item);
            m_floorPlan->setFocus(Qt::OtherFocusReason);
        });
        connect(m_document, &Document::resultsReplaced, m_find, [this] { m_find->setDesign(m_document->design()); });
    }
    m_find->setDesign(m_document->design());
    m_find->show();
    m_find->raise();
    m_find->activateWindow();
    m_find->prepare();
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = settings::windowGeometry.value();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1400, 900);
    const QByteArray state = settings::windowState.value();
    if (!state.isEmpty())
        restoreState(state);
}

void MainWindow::saveLayout()
{
    settings::windowGeometry.setValue(saveGeometry());
    settings::windowState.setValue(saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A hall still being opened or generated is abandoned, not waited for.
    if (m_tasks->isBusy()) {
        m_tasks->cancel();
        m_tasks->waitForIdle();
    }
    if (!m_files->maybeSave(tr("closing Hallwright"))) {
        event->ignore();
        return;
    }
    saveLayout();
    m_autosave->closeCleanly();
    event->accept();
}

} // namespace hallwright::app
