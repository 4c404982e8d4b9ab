// The main window: builds the actions, menus, docks and status bar, and hands the logic to controllers.
#pragma once

#include <QHash>
#include <QMainWindow>

class QAction;
class QIcon;
class QDockWidget;
class QMenu;
class QStackedWidget;
class QTreeWidget;

namespace hallwright::views {
class AnalysisPanel;
class ChecksPanel;
class FloorPlanView;
class Hall3DView;
class ProjectTree;
class PropertiesPanel;
class RackElevationView;
class SummaryPanel;
} // namespace hallwright::views

namespace hallwright::app {

class AutosaveController;
class BackgroundTask;
class Document;
class EditController;
class FileController;
class FindDialog;
class PlanWorkspace;
class PresentationController;
class StatusFigures;
class ViewExportController;

/// Owns one Document and the controllers that act on it. The window itself
/// only creates widgets and actions and connects them to the controllers.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// recoveryDir: where autosave copies go (empty: the standard location).
    explicit MainWindow(const QString &recoveryDir = QString(), QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    BackgroundTask *tasks() const { return m_tasks; }
    FileController *files() const { return m_files; }
    AutosaveController *autosave() const { return m_autosave; }
    EditController *edits() const { return m_edits; }
    ViewExportController *viewExport() const { return m_viewExport; }
    PlanWorkspace *workspace() const { return m_workspace; }
    views::FloorPlanView *floorPlan() const { return m_floorPlan; }
    /// The 3D view; null where OpenGL is not available (a note takes its place).
    views::Hall3DView *hall3d() const { return m_hall3d; }
    views::SummaryPanel *summaryPanel() const { return m_summary; }
    views::ChecksPanel *checksPanel() const { return m_checks; }
    QTreeWidget *checksList() const;
    views::ProjectTree *projectTree() const { return m_tree; }
    views::PropertiesPanel *propertiesPanel() const { return m_properties; }
    views::RackElevationView *rackElevation() const { return m_elevation; }
    /// Network, power, cooling, performance and lease, in that order.
    const QList<views::AnalysisPanel *> &analysisPanels() const { return m_panels; }
    StatusFigures *statusFigures() const { return m_figures; }
    FindDialog *findDialog() const { return m_find; }

    /// The action named name ("save", "undo", "find" …), for tests and scripting.
    QAction *action(const QString &name) const { return m_actions.value(name); }
    /// Every dock, in the order the View menu lists them.
    QList<QDockWidget *> docks() const;

    /// Starts opening path; returns false when nothing was started. waitForIdle() waits for the result.
    bool openFile(const QString &path);
    /// Blocks until background work (opening, generating) is done; for tests and scripting.
    void waitForIdle();
    /// The bundled sample hall (see FileController::sampleHallPath).
    static QString sampleHallPath();

    /// The application's icon (the one the desktop entry names), from the bundled pictures.
    static QIcon applicationIcon();

    /// After show(): offers recovery copies left by a crash.
    void offerRecovery();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createViews();
    void createActions();
    void createViewActions();
    void createMenus();
    void createDocks();
    QDockWidget *addDock(QWidget *widget, const QString &title, const QString &objectName, Qt::DockWidgetArea area);
    QWidget *createWelcomePage();
    QAction *addAction(const QString &name, const QString &text, const QKeySequence &shortcut = {});
    void showFind();
    void restoreLayout();
    void saveLayout();

    Document *m_document;
    BackgroundTask *m_tasks;
    FileController *m_files;
    AutosaveController *m_autosave;
    EditController *m_edits;
    PresentationController *m_presentation = nullptr;
    ViewExportController *m_viewExport = nullptr;
    views::FloorPlanView *m_floorPlan;
    views::Hall3DView *m_hall3d = nullptr;
    PlanWorkspace *m_workspace = nullptr;
    views::SummaryPanel *m_summary;
    views::ChecksPanel *m_checks;
    views::ProjectTree *m_tree;
    views::PropertiesPanel *m_properties;
    views::RackElevationView *m_elevation;
    QList<views::AnalysisPanel *> m_panels;
    StatusFigures *m_figures;
    QStackedWidget *m_stack;
    FindDialog *m_find = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_colourMenu = nullptr;
    QHash<QString, QAction *> m_actions;
    QList<QDockWidget *> m_docks;
    QByteArray m_defaultState;
};

} // namespace hallwright::app
