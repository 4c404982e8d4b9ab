// The 2D floor plan as a QGraphicsScene: items for the hall, zones, rows, racks, equipment and trays,
// coloured by a colour mode, marked by the shared selection, updated incrementally after edits.
#pragma once

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>

#include "common/cable_trace.h"
#include "common/colour_modes.h"
#include "common/design_index.h"
#include "floorplan/plan_items.h"
#include "selection/selection_model.h"

#include <memory>
#include <optional>

namespace hallwright {
class Catalog;
struct Results;
} // namespace hallwright

namespace hallwright::views {

class FailureModel;

/// What an edit touched, in the terms of the edit core's ChangeSet.
struct PlanChanges
{
    std::vector<RackId> racks;
    std::vector<RowId> rows;
    std::vector<EquipmentId> equipment;
    bool linksChanged = false;
    bool structural = false;     ///< items added or removed: rebuild
    bool regenerated = false;    ///< the whole design was regenerated: rebuild
};

/// Builds and owns the graphics items of one design; never changes the
/// design. One scene unit is one centimetre, y flipped so that north is up.
class FloorPlanScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit FloorPlanScene(QObject *parent = nullptr);
    ~FloorPlanScene() override;

    /// Rebuilds every item. The pointers stay owned by the caller and valid
    /// until the next setData; catalog and results may be null (plan only).
    void setData(const Design *design, const Catalog *catalog, const Results *results);
    /// Plan without analysis (no figure colours).
    void setDesign(const Design *design) { setData(design, nullptr, nullptr); }
    /// Updates only what changes names; rebuilds on structural changes.
    void applyChanges(const PlanChanges &changes);

    const Design *design() const { return m_design; }
    const Results *results() const { return m_results; }
    const DesignIndex &index() const { return m_index; }
    const RackFigures &figures() const { return m_figures; }

    void setSelectionModel(SelectionModel *model);
    SelectionModel *selectionModel() const { return m_selection; }

    void setColourMode(ColourMode mode);
    ColourMode colourMode() const { return m_mode; }
    /// The legend of the current mode (with rack counts).
    QList<LegendEntry> legend() const;
    /// The failure shown in FailureImpact mode (of the last failable item selected).
    const std::optional<FailureHighlight> &failureHighlight() const { return m_failure; }
    /// The cable traced for the current Link selection.
    const std::optional<CableTrace> &cableTrace() const { return m_trace; }

    void setTraysVisible(bool visible);
    bool traysVisible() const { return m_traysVisible; }

    // Drag preview: the plan shows where the dragged racks or rows would go;
    // the design only changes when the app applies the move.
    void beginDragPreview(const QList<SelectionItem> &items);
    void setDragPreviewDelta(Point2 deltaM);
    void setDragRefused(bool refused);
    void endDragPreview();
    bool dragPreviewActive() const { return m_dragActive; }

    /// What a click at pos picks: a row label, else (preferEquipment) facility
    /// equipment, else a rack, else equipment, else a tray within toleranceUnits.
    SelectionItem pick(const QPointF &pos, bool preferEquipment, double toleranceUnits) const;
    /// The racks whose footprints intersect rect (rubber band).
    QList<SelectionItem> racksIn(const QRectF &rect) const;
    /// Scene rectangle of an item (a device: its rack; a link: both racks); null when unknown.
    QRectF sceneRectOf(const SelectionItem &item) const;

    int rackItemCount() const { return int(m_rackItems.size()); }
    RackItem *rackItem(RackId id) const { return m_rackItems.value(id.value()); }
    EquipmentItem *equipmentItem(EquipmentId id) const { return m_equipmentItems.value(id.value()); }
    RowLabelItem *rowLabelItem(RowId id) const { return m_rowLabels.value(id.value()); }
    /// The rack whose item is at scene position pos, if any.
    RackId rackAt(const QPointF &pos) const;
    /// The current fill of a rack (tests, 3D parity).
    QColor rackFill(RackId id) const;
    /// Tray indices drawn as the current trace.
    const std::vector<int> &tracedTrays() const { return m_tracedTrays; }

    static QPointF toScene(Point2 p) { return views::toScene(p); }
    static QRectF toScene(const Rect &r) { return views::toScene(r); }

signals:
    /// The legend (mode, counts, failure) changed.
    void legendChanged();
    /// A cable trace appeared, changed or went away.
    void traceChanged();

private:
    void build();
    void recolourAll();
    void recolourRack(RackItem *item);
    void onSelectionChanged();
    void updateFailure();
    void updateTrace();
    void updateMarks();
    void ensureModels();
    QColor equipmentFill(const Equipment &e) const;

    const Design *m_design = nullptr;
    const Catalog *m_catalog = nullptr;
    const Results *m_results = nullptr;
    DesignIndex m_index;
    RackFigures m_figures;
    ColourMode m_mode = ColourMode::Role;
    QPointer<SelectionModel> m_selection;
    bool m_traysVisible = true;

    QHash<std::int64_t, RackItem *> m_rackItems;
    QHash<std::int64_t, EquipmentItem *> m_equipmentItems;
    QHash<std::int64_t, RowLabelItem *> m_rowLabels;
    QHash<QGraphicsItem *, int> m_trayItems;       ///< item → index into Design::trays
    std::vector<QGraphicsLineItem *> m_trayLines;  ///< by tray index
    QList<QGraphicsItem *> m_selectionOverlays;    ///< outlines of selected rows, zones, trays
    QGraphicsItemGroup *m_traceOverlay = nullptr;
    std::vector<int> m_tracedTrays;

    // Marks currently applied, so that a selection change touches only the difference.
    QSet<std::int64_t> m_markedRacks, m_markedEquipment;

    std::unique_ptr<FailureModel> m_failureModel;
    std::unique_ptr<CableTracer> m_tracer;
    std::optional<FailureHighlight> m_failure;
    SelectionItem m_failureItem;
    std::optional<CableTrace> m_trace;

    bool m_dragActive = false;
    bool m_dragRefused = false;
    Point2 m_dragDelta;
    QList<SelectionItem> m_dragItems;
    QHash<QGraphicsItem *, QPointF> m_dragOrigins;
};

} // namespace hallwright::views
