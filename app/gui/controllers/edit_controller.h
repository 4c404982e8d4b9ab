// Turns the views' edit intents (drags, nudges, deletes, property inputs) into core edits on the undo stack.
#pragma once

#include <QList>
#include <QObject>
#include <QPointF>
#include <QPointer>

#include "edit/editor.h"
#include "selection/selection_model.h"

#include <memory>
#include <vector>

namespace hallwright::views {
class FloorPlanView;
class PropertiesPanel;
} // namespace hallwright::views

namespace hallwright::app {

class BackgroundTask;
class Document;

/// The one place where the GUI changes a design. Each intent becomes core
/// operations (edit::MoveRacks, MoveRows, DeleteRacks, DeleteRows, SetInput)
/// applied through the Document and pushed as one EditCommand:
/// - a drag is applied live, step by step, so every figure follows the mouse;
///   dropping pushes the whole drag as one undo step; a drop the core refuses
///   (and Esc) takes the design back to where the drag started;
/// - consecutive nudges of the same selection merge into one undo step;
/// - a brief input regenerates the design off the UI thread, then swaps it in.
/// A refusal is shown on the plan (red, with the reason) and sent as statusMessage.
class EditController : public QObject
{
    Q_OBJECT

public:
    EditController(Document *document, BackgroundTask *tasks, QObject *parent = nullptr);
    ~EditController() override;

    /// Listens to the plan's intents and answers its drags with setDropRefusal().
    void attachPlan(views::FloorPlanView *plan);
    /// Listens to the properties panel's position and input edits.
    void attachProperties(views::PropertiesPanel *properties);

    /// The operations that move items by delta (racks and rows; other kinds are not movable).
    static std::vector<edit::Op> movesFor(const QList<views::SelectionItem> &items, QPointF deltaM);
    /// The operations that delete items (racks and rows).
    static std::vector<edit::Op> deletesFor(const QList<views::SelectionItem> &items);

    /// The reason the last edit was refused (empty when it was applied).
    QString lastRefusal() const { return m_lastRefusal; }
    /// A drag has applied steps that are not on the undo stack yet (undo must wait).
    bool isDragging() const { return m_dragging; }

public slots:
    /// One undo step that moves items by deltaM (properties, scripts).
    bool moveItems(const QList<hallwright::views::SelectionItem> &items, QPointF deltaM);
    /// Moves items by deltaM, merging with the nudge before it when it moved the same items.
    bool nudgeItems(const QList<hallwright::views::SelectionItem> &items, QPointF deltaM);
    /// Deletes racks and rows among items as one undo step.
    bool deleteItems(const QList<hallwright::views::SelectionItem> &items);
    /// Adds a copy of the rack (devices, PDUs, links to the same switches at free ports) at its
    /// row's east end, as one undo step.
    bool addRackLike(RackId rack);
    /// Turns the row to face the other way (its racks' fronts swap aisles), as one undo step.
    bool rotateRow(RowId row);
    /// Sets a brief input (JSON path and JSON value) and regenerates the design off the UI thread;
    /// with hand edits since the last generation, asks first (Cancel shows the design's value again).
    bool setInput(const QString &path, const QString &valueJson);

    // A drag of the plan, as FloorPlanView reports it (delta: total since the press).
    void dragUpdated(const QList<hallwright::views::SelectionItem> &items, QPointF deltaM);
    void dragFinished(const QList<hallwright::views::SelectionItem> &items, QPointF deltaM);
    void dragCancelled();

signals:
    /// A line for the status bar: what was done, or why it was refused.
    void statusMessage(const QString &text);
    /// A drag began or ended: undo and redo wait until it has become one step.
    void draggingChanged(bool dragging);

private:
    struct Step
    {
        std::vector<edit::Op> ops;
        std::vector<std::shared_ptr<const edit::UndoToken>> tokens;
    };
    /// Applies ops in order; on a refusal reverts the ones applied, sets m_lastRefusal and returns false.
    bool applyAll(const std::vector<edit::Op> &ops, Step &step);
    void revertAll(Step &step);
    bool push(const QString &text, const std::vector<edit::Op> &ops, int mergeId = -1, const QString &mergeKey = {});
    void refuse(const QString &what, const QString &reason);
    /// A brief input the engine did not take: said in a dialog (the user typed or chose it, it
    /// is not a drag's passing refusal), and the Properties panel shows the design's value again.
    void refuseInput(const QString &what, const QString &reason);
    void setDragging(bool dragging);
    static QString describe(const QList<views::SelectionItem> &items);
    static QString keyOf(const QList<views::SelectionItem> &items);

    Document *m_document;
    BackgroundTask *m_tasks;
    QPointer<views::FloorPlanView> m_plan;
    QPointer<views::PropertiesPanel> m_properties;
    QString m_lastRefusal;
    bool m_asking = false; ///< the regenerate prompt is up

    // The drag in progress: what has been applied live so far.
    bool m_dragging = false;
    QList<views::SelectionItem> m_dragItems;
    QPointF m_dragApplied;
    Step m_drag;
};

} // namespace hallwright::app
