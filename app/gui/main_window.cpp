// MainWindow: actions, menus, docks and status bar; every slot belongs to a controller.
#include "main_window.h"

#include "controllers/autosave_controller.h"
#include "controllers/background_task.h"
#include "controllers/export_controller.h"
#include "controllers/file_controller.h"
#include "controllers/presentation_controller.h"
#include "controllers/recent_files.h"
#include "dialogs/about_dialog.h"
#include "dialogs/find_dialog.h"
#include "document.h"
#include "settings/settings_registry.h"
#include "status_figures.h"

#include "floorplan/floor_plan_view.h"
#include "panels/summary_panel.h"
#include "selection/selection_model.h"

#include <QAction>
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

MainWindow::MainWindow(const QString &recoveryDir, QWidget *parent)
    : QMainWindow(parent), m_document(new Document(this)), m_tasks(new BackgroundTask(this, this)),
      m_files(new FileController(m_document, m_tasks, this, this)),
      m_autosave(new AutosaveController(m_document, recoveryDir, this)),
      m_floorPlan(new views::FloorPlanView(this)), m_summary(new views::SummaryPanel(this)),
      m_checks(new QTreeWidget(this)), m_figures(new StatusFigures(this)), m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_stack->addWidget(createWelcomePage());
    m_stack->addWidget(m_floorPlan);
    setCentralWidget(m_stack);

    createDocks();
    createActions();
    createMenus();
    statusBar()->addPermanentWidget(m_figures);

    PresentationTargets targets;
    targets.window = this;
    targets.pages = m_stack;
    targets.plan = m_floorPlan;
    targets.summary = m_summary;
    targets.checks = m_checks;
    targets.figures = m_figures;
    m_presentation = new PresentationController(m_document, targets, this);

    connect(m_files, &FileController::statusMessage, this, [this](const QString &text) {
        statusBar()->showMessage(text, 10'000);
    });
    connect(m_autosave, &AutosaveController::failed, this, [this](const QString &text) {
        statusBar()->showMessage(text, 10'000);
    });
    statusBar()->showMessage(tr("Open a hall, the sample hall, or create one from a brief."));

    m_defaultState = saveState();
    restoreLayout();
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
    a = addAction(QStringLiteral("openSample"), tr("Open &Sample Hall"));
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
                               QStringLiteral("find"), QStringLiteral("zoomToFit"), QStringLiteral("zoomIn"),
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
    ExportController::addToMenu(file, m_document, m_tasks, this);
    file->addSeparator();
    file->addAction(action(QStringLiteral("close")));
    file->addAction(action(QStringLiteral("quit")));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(action(QStringLiteral("undo")));
    edit->addAction(action(QStringLiteral("redo")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("find")));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(action(QStringLiteral("zoomToFit")));
    m_viewMenu->addAction(action(QStringLiteral("zoomIn")));
    m_viewMenu->addAction(action(QStringLiteral("zoomOut")));
    m_viewMenu->addAction(action(QStringLiteral("showTrays")));
    m_viewMenu->addSeparator();
    for (QDockWidget *d : std::as_const(m_docks))
        m_viewMenu->addAction(d->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(action(QStringLiteral("resetLayout")));

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
    m_docks.append(dock);
    return dock;
}

void MainWindow::createDocks()
{
    QDockWidget *summary = addDock(m_summary, tr("Summary"), QStringLiteral("summaryDock"), Qt::RightDockWidgetArea);
    resizeDocks({summary}, {440}, Qt::Horizontal);

    m_checks->setColumnCount(3);
    m_checks->setHeaderLabels({tr("Severity"), tr("Location"), tr("Finding")});
    m_checks->setRootIsDecorated(false);
    QDockWidget *checks =
        addDock(m_checks, tr("Design Checks"), QStringLiteral("checksDock"), Qt::BottomDockWidgetArea);
    resizeDocks({checks}, {140}, Qt::Vertical);
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
