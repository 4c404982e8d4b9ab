// Keeps the window's views, docks, title and status figures in step with the document.
#pragma once

#include <QList>
#include <QObject>

class QMainWindow;
class QStackedWidget;
class QTimer;

namespace hallwright::edit {
struct ChangeSet;
}

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

class Document;
class StatusFigures;

/// The views a window shows for its document. Each is optional (null).
struct PresentationTargets
{
    QMainWindow *window = nullptr;
    QStackedWidget *pages = nullptr; ///< page 0 welcome, page 1 the plan (and 3D view)
    views::FloorPlanView *plan = nullptr;
    views::Hall3DView *hall3d = nullptr;
    views::SummaryPanel *summary = nullptr;
    views::ChecksPanel *checks = nullptr;
    views::ProjectTree *tree = nullptr;
    views::PropertiesPanel *properties = nullptr;
    views::RackElevationView *elevation = nullptr;
    QList<views::AnalysisPanel *> panels;
    StatusFigures *figures = nullptr;
};

/// Observes the document: a replaced hall rebuilds every view; an edit is
/// passed on as its ChangeSet, so each view repaints only what changed; path
/// and modified flag go into the title. The summary (a full JSON report) is
/// refreshed once an edit settles, so a drag step stays within its budget.
class PresentationController : public QObject
{
    Q_OBJECT

public:
    PresentationController(Document *document, const PresentationTargets &targets, QObject *parent = nullptr);

    /// "sample-10240.hall[*] — Hallwright" (the [*] shows the modified marker).
    static QString titleFor(const Document &document);

private:
    void rebuild();
    void onEdited(const edit::ChangeSet &changes);
    void refreshSummary();
    void updateTitle();

    Document *m_document;
    PresentationTargets m_t;
    QTimer *m_summaryTimer;
};

} // namespace hallwright::app
