// EditController: intents → core operations → one EditCommand per step on the document's undo stack.
#include "controllers/edit_controller.h"

#include "commands/edit_command.h"
#include "common/finding_text.h"
#include "common/design_index.h"
#include "common/labels.h"
#include "controllers/background_task.h"
#include "controllers/plan_menu.h"
#include "dialogs/message_boxes.h"
#include "document.h"

#include "floorplan/floor_plan_view.h"
#include "panels/brief_inputs.h"
#include "panels/properties_panel.h"

#include <QLocale>
#include <QMenu>
#include <QUndoStack>

#include <algorithm>

namespace hallwright::app {

namespace {

using Kind = views::SelectionItem::Kind;

QString metres(double v)
{
    return QLocale().toString(v, 'f', 2);
}

/// The racks and rows of a selection (other kinds are not moved or deleted as such).
struct SelectedIds
{
    std::vector<RackId> racks;
    std::vector<RowId> rows;
};

SelectedIds selectedIds(const QList<views::SelectionItem> &items)
{
    SelectedIds ids;
    for (const views::SelectionItem &s : items) {
        if (s.kind == Kind::Rack)
            ids.racks.push_back(RackId(s.id));
        else if (s.kind == Kind::Row)
            ids.rows.push_back(RowId(s.id));
    }
    return ids;
}

} // namespace

EditController::EditController(Document *document, BackgroundTask *tasks, QObject *parent)
    : QObject(parent), m_document(document), m_tasks(tasks)
{
    // A new hall ends whatever drag belonged to the old one (its tokens died with the old editor).
    connect(m_document, &Document::resultsReplaced, this, [this] {
        m_drag = {};
        m_dragItems.clear();
        setDragging(false);
    });
}

void EditController::setDragging(bool dragging)
{
    if (dragging == m_dragging)
        return;
    m_dragging = dragging;
    emit draggingChanged(dragging);
}

EditController::~EditController() = default;

void EditController::attachPlan(views::FloorPlanView *plan)
{
    m_plan = plan;
    connect(plan, &views::FloorPlanView::dragUpdated, this, &EditController::dragUpdated);
    connect(plan, &views::FloorPlanView::dragFinished, this, &EditController::dragFinished);
    connect(plan, &views::FloorPlanView::dragCancelled, this, &EditController::dragCancelled);
    connect(plan, &views::FloorPlanView::nudgeRequested, this, &EditController::nudgeItems);
    connect(plan, &views::FloorPlanView::deleteRequested, this, &EditController::deleteItems);
    connect(plan, &views::FloorPlanView::contextMenuRequested, this,
            [this](const QList<views::SelectionItem> &items, const QPoint &at) {
                if (m_plan)
                    planMenu(*this, items, m_plan)->popup(at);
            });
}

void EditController::attachProperties(views::PropertiesPanel *properties)
{
    m_properties = properties;
    connect(properties, &views::PropertiesPanel::moveRequested, this, &EditController::moveItems);
    connect(properties, &views::PropertiesPanel::inputEdited, this, &EditController::setInput);
}

std::vector<edit::Op> EditController::movesFor(const QList<views::SelectionItem> &items, QPointF deltaM)
{
    SelectedIds ids = selectedIds(items);
    std::vector<edit::Op> ops;
    if (!ids.rows.empty())
        ops.emplace_back(edit::MoveRows{std::move(ids.rows), deltaM.x(), deltaM.y()});
    if (!ids.racks.empty())
        ops.emplace_back(edit::MoveRacks{std::move(ids.racks), deltaM.x(), deltaM.y()});
    return ops;
}

std::vector<edit::Op> EditController::deletesFor(const QList<views::SelectionItem> &items)
{
    SelectedIds ids = selectedIds(items);
    std::vector<edit::Op> ops;
    if (!ids.racks.empty())
        ops.emplace_back(edit::DeleteRacks{std::move(ids.racks)});
    if (!ids.rows.empty())
        ops.emplace_back(edit::DeleteRows{std::move(ids.rows)});
    return ops;
}

QString EditController::describe(const QList<views::SelectionItem> &items)
{
    int racks = 0, rows = 0;
    for (const views::SelectionItem &s : items) {
        racks += s.kind == Kind::Rack;
        rows += s.kind == Kind::Row;
    }
    // Singular and plural spelled out: without an English translation Qt's %n forms read "1 rack(s)".
    const QString rackText = racks == 1 ? tr("1 rack") : tr("%1 racks").arg(racks);
    const QString rowText = rows == 1 ? tr("1 row") : tr("%1 rows").arg(rows);
    if (rows == 0)
        return rackText;
    if (racks == 0)
        return rowText;
    return tr("%1 and %2").arg(rowText, rackText);
}

QString EditController::keyOf(const QList<views::SelectionItem> &items)
{
    QStringList parts;
    for (const views::SelectionItem &s : items)
        parts << QStringLiteral("%1:%2").arg(int(s.kind)).arg(s.id);
    std::sort(parts.begin(), parts.end());
    return parts.join(QLatin1Char(','));
}

bool EditController::applyAll(const std::vector<edit::Op> &ops, Step &step)
{
    const std::size_t start = step.tokens.size();
    for (const edit::Op &op : ops) {
        try {
            step.tokens.push_back(m_document->applyEdit(op).undo);
            step.ops.push_back(op);
        } catch (const edit::EditRefused &e) {
            while (step.tokens.size() > start) {
                m_document->revertEdit(*step.tokens.back());
                step.tokens.pop_back();
                step.ops.pop_back();
            }
            m_lastRefusal = views::findingText(e.text());
            return false;
        }
    }
    m_lastRefusal.clear();
    return true;
}

void EditController::revertAll(Step &step)
{
    for (auto it = step.tokens.rbegin(); it != step.tokens.rend(); ++it)
        m_document->revertEdit(**it);
    step = {};
}

bool EditController::push(const QString &text, const std::vector<edit::Op> &ops, int mergeId, const QString &mergeKey)
{
    if (m_document->isEmpty() || ops.empty())
        return false;
    if (m_dragging) {
        refuse(text, tr("finish the drag first"));
        return false;
    }
    Step step;
    if (!applyAll(ops, step)) {
        refuse(text, m_lastRefusal);
        return false;
    }
    m_document->undoStack()->push(
        new EditCommand(m_document, text, std::move(step.ops), std::move(step.tokens), mergeId, mergeKey));
    emit statusMessage(text);
    return true;
}

void EditController::refuse(const QString &what, const QString &reason)
{
    m_lastRefusal = reason;
    emit statusMessage(tr("Not done: %1 — %2").arg(what, reason));
}

void EditController::refuseInput(const QString &what, const QString &reason)
{
    refuse(what, reason);
    if (!m_properties)
        return;
    m_properties->revertInputs();
    showError(m_properties->window(), tr("Brief input not changed"), tr("Not done: %1\n\n%2").arg(what, reason));
}

bool EditController::moveItems(const QList<views::SelectionItem> &items, QPointF deltaM)
{
    return push(tr("Move %1 by %2, %3 m").arg(describe(items), metres(deltaM.x()), metres(deltaM.y())),
                movesFor(items, deltaM));
}

bool EditController::nudgeItems(const QList<views::SelectionItem> &items, QPointF deltaM)
{
    return push(tr("Nudge %1").arg(describe(items)), movesFor(items, deltaM), EditCommand::NudgeMerge,
                keyOf(items));
}

bool EditController::deleteItems(const QList<views::SelectionItem> &items)
{
    const std::vector<edit::Op> ops = deletesFor(items);
    if (ops.empty()) {
        emit statusMessage(tr("Only racks and rows can be deleted."));
        return false;
    }
    QList<views::SelectionItem> gone;
    for (const views::SelectionItem &s : items)
        if (s.kind == Kind::Rack || s.kind == Kind::Row)
            gone << s;
    const bool done = push(tr("Delete %1").arg(describe(gone)), ops);
    if (done)
        m_document->selection()->clear();
    return done;
}

bool EditController::addRackLike(RackId rack)
{
    const Design *design = m_document->design();
    const Rack *r = design ? views::DesignIndex(*design).rack(rack) : nullptr;
    if (!r)
        return false;
    return push(tr("Add a rack like %1").arg(QString::fromStdString(r->name)),
                {edit::AddRack{r->row, rack, {}, std::nullopt}});
}

bool EditController::rotateRow(RowId row)
{
    const Design *design = m_document->design();
    const Row *r = design ? views::DesignIndex(*design).row(row) : nullptr;
    if (!r)
        return false;
    return push(tr("Rotate %1").arg(views::Labels::placeName(r->name)), {edit::RotateRow{row}});
}

bool EditController::setInput(const QString &path, const QString &valueJson)
{
    const Design *design = m_document->design();
    if (!design)
        return false;
    const QString text = tr("Set %1 to %2").arg(views::briefInputName(path), views::briefValueText(path, valueJson));
    if (const auto reason = m_document->checkEdit(edit::SetInput{path.toStdString(), valueJson.toStdString()})) {
        refuseInput(text, *reason);
        return false;
    }
    // Regenerating lays the hall out from the brief again: the hand edits since the last
    // generation are lost (undo brings them back), so the user says whether to go on.
    if (const int handEdits = handEditsSinceGeneration(*m_document->undoStack()); handEdits > 0) {
        if (m_asking)
            return false; // the box took the focus from the editor, which reports its value again
        m_asking = true;
        const bool go = askToRegenerate(m_properties ? m_properties->window() : nullptr,
                                        views::briefInputName(path), handEdits);
        m_asking = false;
        if (!go) {
            if (m_properties)
                m_properties->revertInputs();
            refuse(text, tr("the hand edits are kept"));
            return false;
        }
        if (m_document->design() != design)
            return false; // the hall was replaced while the box was up
    }
    // Regeneration is synthesis (seconds on a large hall): on a copy, off the UI thread.
    auto copy = std::make_shared<Design>(*design);
    auto catalog = std::make_shared<Catalog>(*m_document->catalog());
    auto result = std::make_shared<Design>();
    const quint64 revision = m_document->revision();
    const std::string p = path.toStdString(), v = valueJson.toStdString();
    return m_tasks->run(
        tr("Regenerating the hall"), 1,
        [copy, catalog, result, p, v](TaskProgress &progress) {
            progress.stage(0, EditController::tr("Laying out the hall again for the new input…"));
            *result = edit::regenerate(*copy, *catalog, p, v);
        },
        [this, result, revision, text, p, v] {
            if (m_document->revision() != revision || m_document->isEmpty()) {
                refuseInput(text, tr("the hall changed while it was being regenerated"));
                return;
            }
            edit::Editor::Applied applied = m_document->replaceDesign(std::move(*result));
            std::vector<edit::Op> ops{edit::SetInput{p, v}};
            m_document->undoStack()->push(new EditCommand(m_document, text, std::move(ops), {applied.undo}));
            emit statusMessage(text);
        },
        [this, text](const QString &reason) { refuseInput(text, reason); },
        [this] {
            if (m_properties)
                m_properties->revertInputs();
            emit statusMessage(tr("Cancelled; the hall is unchanged."));
        });
}

void EditController::dragUpdated(const QList<views::SelectionItem> &items, QPointF deltaM)
{
    if (m_document->isEmpty())
        return;
    if (!m_dragging) {
        setDragging(true);
        m_dragItems = items;
        m_dragApplied = {};
        m_drag = {};
    }
    const QPointF step = deltaM - m_dragApplied;
    if (step.isNull()) {
        if (m_plan)
            m_plan->setDropRefusal({});
        return;
    }
    // Applied live: the moved racks' cables are routed again and the figures follow the mouse.
    if (applyAll(movesFor(items, step), m_drag)) {
        m_dragApplied = deltaM;
        if (m_plan)
            m_plan->setDropRefusal({});
        emit statusMessage(tr("Moving %1 by %2, %3 m").arg(describe(items), metres(deltaM.x()), metres(deltaM.y())));
    } else {
        if (m_plan)
            m_plan->setDropRefusal(m_lastRefusal);
        emit statusMessage(tr("Cannot drop here: %1").arg(m_lastRefusal));
    }
}

void EditController::dragFinished(const QList<views::SelectionItem> &items, QPointF deltaM)
{
    if (!m_dragging) {
        // A drop with no step seen (a very quick drag): one plain move.
        if (!deltaM.isNull())
            moveItems(items, deltaM);
        return;
    }
    if (deltaM != m_dragApplied) {
        // The last update brought a refusal; try the drop position itself once more.
        if (applyAll(movesFor(items, deltaM - m_dragApplied), m_drag))
            m_dragApplied = deltaM;
    }
    setDragging(false);
    Step step = std::move(m_drag);
    m_drag = {};
    if (deltaM != m_dragApplied) {
        const QString reason = m_lastRefusal;
        revertAll(step);
        refuse(tr("Move %1").arg(describe(items)), reason);
        return;
    }
    if (step.tokens.empty())
        return;
    const QString text = tr("Move %1 by %2, %3 m").arg(describe(items), metres(deltaM.x()), metres(deltaM.y()));
    // The whole drag is one step: its live increments are undone together.
    m_document->undoStack()->push(new EditCommand(m_document, text, std::move(step.ops), std::move(step.tokens)));
    emit statusMessage(text);
}

void EditController::dragCancelled()
{
    if (!m_dragging)
        return;
    setDragging(false);
    revertAll(m_drag);
    emit statusMessage(tr("Drag cancelled; nothing moved."));
}

} // namespace hallwright::app
