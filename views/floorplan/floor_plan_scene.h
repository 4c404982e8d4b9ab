// The 2D floor plan as a QGraphicsScene: hall, zones, rows, racks and trays of a design.
#pragma once

#include "model/design.h"

#include <QGraphicsScene>
#include <QHash>

namespace hallwright::views {

/// Builds and owns the graphics items for one design. One scene unit is one
/// centimetre so that cosmetic pens and text stay crisp; y is flipped so that
/// north is up on screen.
class FloorPlanScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit FloorPlanScene(QObject *parent = nullptr);

    /// Rebuilds all items from the design (which must outlive the scene's use of it).
    void setDesign(const Design *design);
    const Design *design() const { return m_design; }

    void setTraysVisible(bool visible);
    bool traysVisible() const { return m_traysVisible; }

    /// Number of rack items currently shown.
    int rackItemCount() const { return m_rackItems.size(); }
    /// The rack whose item is at scene position pos, if any.
    RackId rackAt(const QPointF &pos) const;

    static constexpr double kUnitsPerMetre = 100.0;
    static QPointF toScene(Point2 p);
    static QRectF toScene(const Rect &r);

signals:
    void rackHovered(hallwright::RackId rack);

private:
    void build();

    const Design *m_design = nullptr;
    bool m_traysVisible = true;
    QList<QGraphicsItem *> m_trayItems;
    QHash<QGraphicsItem *, std::int64_t> m_rackItems;
};

} // namespace hallwright::views
