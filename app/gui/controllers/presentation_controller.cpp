// PresentationController: document signals → views.
#include "presentation_controller.h"

#include "document.h"
#include "status_figures.h"

#include "floorplan/floor_plan_view.h"
#include "panels/summary_panel.h"
#include "report/summary.h"

#include <QMainWindow>
#include <QStackedWidget>
#include <QTreeWidget>

namespace hallwright::app {

PresentationController::PresentationController(Document *document, const PresentationTargets &targets,
                                               QObject *parent)
    : QObject(parent), m_document(document), m_t(targets)
{
    connect(m_document, &Document::resultsReplaced, this, &PresentationController::rebuild);
    connect(m_document, &Document::pathChanged, this, &PresentationController::updateTitle);
    connect(m_document, &Document::modifiedChanged, this, &PresentationController::updateTitle);
    rebuild();
}

QString PresentationController::titleFor(const Document &document)
{
    if (document.isEmpty())
        return tr("Hallwright");
    return tr("%1[*] — Hallwright").arg(document.displayName());
}

void PresentationController::rebuild()
{
    const Design *design = m_document->design();
    if (m_t.plan)
        m_t.plan->setDesign(design);
    if (m_t.pages)
        m_t.pages->setCurrentIndex(design ? 1 : 0);
    refreshFigures();
    updateTitle();
}

void PresentationController::refreshFigures()
{
    const Results *r = m_document->results();
    if (m_t.figures)
        m_t.figures->setResults(r);
    if (m_t.summary) {
        if (r)
            m_t.summary->setSummary(summaryJson(*r));
        else
            m_t.summary->clear();
    }
    if (m_t.checks) {
        m_t.checks->clear();
        if (r) {
            for (const Check &c : r->checks) {
                auto *item = new QTreeWidgetItem(m_t.checks);
                item->setText(0, QString::fromUtf8(toString(c.severity)));
                item->setText(1, QString::fromStdString(c.location));
                item->setText(2, QString::fromStdString(c.message));
            }
        }
    }
}

void PresentationController::updateTitle()
{
    if (!m_t.window)
        return;
    m_t.window->setWindowTitle(titleFor(*m_document));
    m_t.window->setWindowModified(m_document->isModified());
}

} // namespace hallwright::app
