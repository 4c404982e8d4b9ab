// PresentationController: document signals → views.
#include "presentation_controller.h"

#include "document.h"
#include "status_figures.h"

#include "elevation/rack_elevation_view.h"
#include "floorplan/floor_plan_view.h"
#include "hall3d/hall3d_view.h"
#include "panels/analysis_panels.h"
#include "panels/checks_panel.h"
#include "panels/project_tree.h"
#include "panels/properties_panel.h"
#include "panels/summary_panel.h"
#include "report/summary.h"

#include <QMainWindow>
#include <QStackedWidget>
#include <QTimer>

namespace hallwright::app {

namespace {

views::PlanChanges toPlanChanges(const edit::ChangeSet &c)
{
    return views::PlanChanges{c.racks, c.rows, c.equipment, c.linksChanged, c.structural, c.regenerated};
}

} // namespace

PresentationController::PresentationController(Document *document, const PresentationTargets &targets,
                                               QObject *parent)
    : QObject(parent), m_document(document), m_t(targets), m_summaryTimer(new QTimer(this))
{
    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(250);
    connect(m_summaryTimer, &QTimer::timeout, this, &PresentationController::refreshSummary);
    connect(m_document, &Document::resultsReplaced, this, &PresentationController::rebuild);
    connect(m_document, &Document::edited, this, &PresentationController::onEdited);
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
    const Catalog *catalog = m_document->catalog();
    const Results *results = m_document->results();
    if (m_t.plan)
        m_t.plan->setData(design, catalog, results);
    if (m_t.hall3d)
        m_t.hall3d->setData(design, catalog, results);
    if (m_t.tree)
        m_t.tree->setData(design, catalog, results);
    if (m_t.properties)
        m_t.properties->setData(design, catalog, results);
    if (m_t.checks)
        m_t.checks->setData(design, results);
    if (m_t.elevation)
        m_t.elevation->setData(design, catalog, results);
    for (views::AnalysisPanel *p : std::as_const(m_t.panels))
        p->setData(design, catalog, results);
    if (m_t.pages)
        m_t.pages->setCurrentIndex(design ? 1 : 0);
    if (m_t.figures)
        m_t.figures->setResults(results);
    m_summaryTimer->stop();
    refreshSummary();
    updateTitle();
}

void PresentationController::onEdited(const edit::ChangeSet &changes)
{
    // The design, catalog and results are the same objects, changed where changes says.
    const views::PlanChanges plan = toPlanChanges(changes);
    if (m_t.plan)
        m_t.plan->applyChanges(plan);
    if (m_t.hall3d)
        m_t.hall3d->applyChanges(changes);
    if (m_t.tree)
        m_t.tree->applyChanges(plan);
    if (m_t.properties)
        m_t.properties->applyChanges(plan);
    if (m_t.checks)
        m_t.checks->applyChanges(plan);
    if (m_t.elevation)
        m_t.elevation->applyChanges(plan);
    for (views::AnalysisPanel *p : std::as_const(m_t.panels))
        p->applyChanges(plan);
    if (m_t.figures)
        m_t.figures->setResults(m_document->results());
    m_summaryTimer->start();
}

void PresentationController::refreshSummary()
{
    if (!m_t.summary)
        return;
    if (const Results *r = m_document->results())
        m_t.summary->setSummary(summaryJson(*r), m_document->catalog());
    else
        m_t.summary->clear();
}

void PresentationController::updateTitle()
{
    if (!m_t.window)
        return;
    m_t.window->setWindowTitle(titleFor(*m_document));
    m_t.window->setWindowModified(m_document->isModified());
}

} // namespace hallwright::app
