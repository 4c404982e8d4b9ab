// The main window: builds the actions, menus, docks and status bar, and hands the logic to controllers.
#pragma once

#include <QHash>
#include <QMainWindow>

class QAction;
class QDockWidget;
class QMenu;
class QStackedWidget;
class QTreeWidget;

namespace hallwright::views {
class FloorPlanView;
class SummaryPanel;
} // namespace hallwright::views

namespace hallwright::app {

class AutosaveController;
class BackgroundTask;
class Document;
class FileController;
class FindDialog;
class PresentationController;
class StatusFigures;

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
    views::FloorPlanView *floorPlan() const { return m_floorPlan; }
    views::SummaryPanel *summaryPanel() const { return m_summary; }
    QTreeWidget *checksList() const { return m_checks; }
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

    /// After show(): offers recovery copies left by a crash.
    void offerRecovery();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
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
    PresentationController *m_presentation = nullptr;
    views::FloorPlanView *m_floorPlan;
    views::SummaryPanel *m_summary;
    QTreeWidget *m_checks;
    StatusFigures *m_figures;
    QStackedWidget *m_stack;
    FindDialog *m_find = nullptr;
    QMenu *m_viewMenu = nullptr;
    QHash<QString, QAction *> m_actions;
    QList<QDockWidget *> m_docks;
    QByteArray m_defaultState;
};

} // namespace hallwright::app
