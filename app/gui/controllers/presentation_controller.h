// Keeps the window's views, title and status figures in step with the document.
#pragma once

#include <QObject>

class QMainWindow;
class QStackedWidget;
class QTreeWidget;

namespace hallwright::views {
class FloorPlanView;
class SummaryPanel;
} // namespace hallwright::views

namespace hallwright::app {

class Document;
class StatusFigures;

/// The views a window shows for its document. Each is optional (null).
struct PresentationTargets
{
    QMainWindow *window = nullptr;
    QStackedWidget *pages = nullptr; ///< page 0 welcome, page 1 the plan
    views::FloorPlanView *plan = nullptr;
    views::SummaryPanel *summary = nullptr;
    QTreeWidget *checks = nullptr;
    StatusFigures *figures = nullptr;
};

/// Observes the document: a replaced hall rebuilds every view, an edit
/// refreshes the figures, path and modified flag go into the title.
class PresentationController : public QObject
{
    Q_OBJECT

public:
    PresentationController(Document *document, const PresentationTargets &targets, QObject *parent = nullptr);

    /// "sample-10240.hall[*] — Hallwright" (the [*] shows the modified marker).
    static QString titleFor(const Document &document);

private:
    void rebuild();
    void refreshFigures();
    void updateTitle();

    Document *m_document;
    PresentationTargets m_t;
};

} // namespace hallwright::app
