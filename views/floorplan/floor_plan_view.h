// The 2D floor-plan editor widget: selection (click, Ctrl-click, rubber band), snapped drags,
// nudges and deletes as intents, colour modes with a legend, cable trace, centring on an item.
#pragma once

#include <QGraphicsView>
#include <QPointer>

#include "common/colour_modes.h"
#include "floorplan/floor_plan_scene.h"
#include "floorplan/snapping.h"
#include "selection/selection_model.h"

class QLabel;

namespace hallwright {
class Catalog;
struct Results;
} // namespace hallwright

namespace hallwright::views {

class LegendWidget;

/// A view of the hall from above. It never edits the design: drags, nudges
/// and deletes leave as signals (intents) that the app turns into undoable
/// commands; the app answers a drag with setDropRefusal().
///
/// Mouse: left click selects (Ctrl toggles), left drag on a selected rack or
/// row label moves it, left drag on empty floor draws a rubber band (Ctrl
/// adds), middle drag or Space + left drag pans, the wheel zooms about the
/// cursor, double-click on a rack selects its row. Alt picks overhead busways
/// over racks and drags without snapping. Keys: arrows nudge by the 0.1 m
/// grid (Shift: one rack pitch), Delete deletes, Esc cancels a drag or clears.
class FloorPlanView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit FloorPlanView(QWidget *parent = nullptr);
    ~FloorPlanView() override;

    /// The design, catalog and results to show (owned by the caller, valid until the next call).
    void setData(const Design *design, const Catalog *catalog, const Results *results);
    /// Plan without analysis.
    void setDesign(const Design *design) { setData(design, nullptr, nullptr); }
    /// Repaints only what an edit touched (rebuilds on structural changes).
    void applyChanges(const PlanChanges &changes);
    void setSelectionModel(SelectionModel *model);

    FloorPlanScene *floorPlanScene() const { return m_scene; }
    ColourMode colourMode() const { return m_scene->colourMode(); }
    bool snapping() const { return m_snapping; }
    QString dropRefusal() const { return m_refusal; }
    bool isDragging() const { return m_dragging; }
    LegendWidget *legendWidget() const { return m_legend; }
    /// The text of the cable-trace card (empty when nothing is traced).
    QString traceText() const;

    /// Pixels per metre at the current zoom.
    double pixelsPerMetre() const;

public slots:
    void setColourMode(hallwright::views::ColourMode mode);
    void setSnapping(bool on) { m_snapping = on; }
    /// The app's verdict on the current drag position: empty = allowed, else
    /// the reason, shown in red next to the dragged items.
    void setDropRefusal(const QString &reason);
    /// Brings item into view (zooming in until racks are legible) and takes the keyboard focus.
    void centreOn(const hallwright::views::SelectionItem &item);
    void zoomToFit();
    void zoomIn();
    void zoomOut();
    void setTraysVisible(bool visible);
    void setLegendVisible(bool visible);

signals:
    /// Snapped total delta since the press, in metres (x east, y north).
    void dragUpdated(const QList<hallwright::views::SelectionItem> &items, QPointF deltaM);
    void dragFinished(const QList<hallwright::views::SelectionItem> &items, QPointF deltaM);
    void dragCancelled();
    void nudgeRequested(const QList<hallwright::views::SelectionItem> &items, QPointF deltaM);
    void deleteRequested(const QList<hallwright::views::SelectionItem> &items);
    /// A right click (or the menu key) on the plan, the item under it selected first; the
    /// application shows the menu of what can be done with the selection there.
    void contextMenuRequested(const QList<hallwright::views::SelectionItem> &items, const QPoint &globalPos);
    void colourModeChanged(hallwright::views::ColourMode mode);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    enum class Gesture { None, Pending, Drag, Band, Pan };

    void updateLegend();
    void updateTraceCard();
    void placeOverlays();
    void cancelDrag();
    QList<SelectionItem> movableSelection(SelectionItem::Kind kind) const;
    QString toolTipAt(const QPointF &scenePos) const;
    void setBandRect(const QRect &viewRect);

    FloorPlanScene *m_scene;
    QPointer<SelectionModel> m_selection;
    SelectionModel m_ownSelection;       ///< used until the app sets the document's
    LegendWidget *m_legend;
    QLabel *m_traceCard;
    QLabel *m_refusalLabel;
    bool m_legendVisible = true;
    bool m_fitPending = true;
    QSizeF m_fittedHall;          ///< the hall's size when the view last fitted it
    bool m_snapping = true;
    bool m_spaceHeld = false;

    Gesture m_gesture = Gesture::None;
    bool m_dragging = false;
    QPoint m_pressViewPos;
    QPointF m_pressScenePos;
    QPoint m_lastPanPos;
    SelectionItem m_pressItem;
    bool m_pressAdditive = false;
    QList<SelectionItem> m_dragItems;
    Point2 m_dragDelta;
    QRect m_bandRect;
    QString m_refusal;
};

} // namespace hallwright::views
