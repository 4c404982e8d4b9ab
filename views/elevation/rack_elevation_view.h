// Rack elevation: front and rear of one rack, devices at their U positions, ports and cable labels.
#pragma once

#include <QGraphicsView>
#include <QPointer>

#include "common/design_index.h"
#include "floorplan/floor_plan_scene.h"
#include "selection/selection_model.h"

namespace hallwright {
class Catalog;
struct Results;
} // namespace hallwright

namespace hallwright::views {

/// Shows the rack of the current selection (a rack, a device in it, or a
/// cable end) as two faces side by side, U1 at the bottom. Ports sit where
/// their cages are: on the front of switches and patch panels, on the rear of
/// servers; zero-U PDUs run up the rear. Clicking a device selects it,
/// clicking a cabled port selects its cable (the plan then traces it). The
/// ports of the selected device are listed with their cable labels and far ends.
class RackElevationView : public QGraphicsView
{
    Q_OBJECT

public:
    enum class Face { Front, Rear };

    /// Scene units: one rack unit is kUnitHeight tall, a face kFaceWidth wide.
    static constexpr double kUnitHeight = 20.0;
    static constexpr double kFaceWidth = 300.0;
    static constexpr double kFaceGap = 140.0;
    static constexpr double kListWidth = 300.0; ///< room for the port list right of the rear face

    explicit RackElevationView(QWidget *parent = nullptr);

    void setData(const Design *design, const Catalog *catalog, const Results *results);
    void applyChanges(const PlanChanges &changes);
    void setSelectionModel(SelectionModel *model);

    RackId rack() const { return m_rack; }
    /// Shows a rack regardless of the selection.
    void showRack(RackId rack);

    /// Scene rectangle of a device on a face; null when it is not drawn there.
    QRectF deviceRect(DeviceId device, Face face) const;
    /// Scene centre of a port's square; null when not drawn.
    QPointF portCentre(DeviceId device, int port) const;
    /// The text listing the selected device's ports (tests).
    QString portListText() const;

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void fitFaces();
    void followSelection();
    void markSelection();
    int portCount(const Device &device) const;
    bool portsOnFront(const Device &device) const;

    const Design *m_design = nullptr;
    const Catalog *m_catalog = nullptr;
    const Results *m_results = nullptr;
    DesignIndex m_index;
    QPointer<SelectionModel> m_selection;
    RackId m_rack;
    QHash<std::int64_t, QGraphicsItem *> m_front, m_rear; ///< device id → body item per face
    QHash<QPair<std::int64_t, int>, QGraphicsItem *> m_ports;
    QGraphicsItem *m_portList = nullptr;
    QList<QGraphicsItem *> m_marks;
};

} // namespace hallwright::views
