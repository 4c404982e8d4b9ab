// The main window: floor plan in the centre, summary and checks in docks.
#pragma once

#include <QMainWindow>

class QTreeWidget;
class QAction;
class QStackedWidget;

namespace hallwright::views {
class FloorPlanView;
class SummaryPanel;
} // namespace hallwright::views

namespace hallwright::app {

class Document;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    Document *document() const { return m_document; }
    views::FloorPlanView *floorPlan() const { return m_floorPlan; }
    views::SummaryPanel *summaryPanel() const { return m_summary; }
    QTreeWidget *checksList() const { return m_checks; }

    /// Opens a .hall file; on failure shows the reason and keeps the current design.
    bool openFile(const QString &path);
    /// The bundled 10,240-accelerator sample hall, or an empty string if it cannot be found.
    static QString sampleHallPath();

private slots:
    void openDialog();
    void openSample();
    void newFromBrief();
    void saveAsDialog();
    void onDocumentChanged();

private:
    void createActions();
    QWidget *createWelcomePage();
    void showError(const QString &title, const QString &message);

    Document *m_document;
    views::FloorPlanView *m_floorPlan;
    views::SummaryPanel *m_summary;
    QTreeWidget *m_checks;
    QStackedWidget *m_stack;
    QAction *m_saveAsAction = nullptr;
};

} // namespace hallwright::app
