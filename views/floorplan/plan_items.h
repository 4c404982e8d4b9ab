// Graphics items of the 2D plan: racks, facility equipment and row handles, painted by level of detail.
#pragma once

#include "model/design.h"

#include <QColor>
#include <QGraphicsItem>
#include <QGraphicsSimpleTextItem>

namespace hallwright::views {

/// How an item is marked on top of its fill.
struct ItemMarks
{
    bool selected = false;
    bool related = false;        ///< holds a selected device, or an end of a traced cable
    bool refused = false;        ///< part of a drag the app refused
    bool failedHere = false;     ///< the failed component sits here
};

/// A rack seen from above: fill by colour mode, a light band on its front
/// (cold-aisle) edge, its name when zoomed in far enough to read it.
class RackItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    RackItem(const Rack &rack, const QColor &fill);

    int type() const override { return Type; }
    RackId rackId() const { return m_id; }
    /// Re-reads geometry and name after an edit.
    void setRack(const Rack &rack);
    void setFill(const QColor &fill);
    const QColor &fill() const { return m_fill; }
    void setMarks(const ItemMarks &marks);
    const ItemMarks &marks() const { return m_marks; }
    const QString &name() const { return m_name; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    RackId m_id;
    QString m_name;
    QRectF m_rect;               ///< local, scene units
    Facing m_facing = Facing::North;
    QColor m_fill;
    ItemMarks m_marks;
};

/// Facility equipment (busways, UPS, transformers, generators, cooling units).
class EquipmentItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    EquipmentItem(const Equipment &equipment, const QColor &fill);

    int type() const override { return Type; }
    EquipmentId equipmentId() const { return m_id; }
    EquipmentKind kind() const { return m_kind; }
    /// Re-reads geometry after an edit.
    void setEquipment(const Equipment &equipment);
    void setFill(const QColor &fill);
    void setMarks(const ItemMarks &marks);
    const ItemMarks &marks() const { return m_marks; }
    /// Busways and RPPs run over the racks: a click there picks the rack unless asked otherwise.
    bool overhead() const { return m_kind == EquipmentKind::Busway || m_kind == EquipmentKind::Rpp; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    EquipmentId m_id;
    EquipmentKind m_kind;
    QString m_name;
    QRectF m_rect;
    QColor m_fill;
    ItemMarks m_marks;
};

/// The name of a row, west of it: click to select the row, drag to move it.
class RowLabelItem : public QGraphicsSimpleTextItem
{
public:
    enum { Type = UserType + 3 };

    RowLabelItem(const Row &row, const QFont &font);

    int type() const override { return Type; }
    RowId rowId() const { return m_id; }
    void setRow(const Row &row);
    void setSelectedRow(bool selected);
    /// West of the row (the default), or over its west end, in the aisle, where another row
    /// stands too close to the west for the name to fit between them.
    void setAboveRow(bool above);
    bool aboveRow() const { return m_above; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    RowId m_id;
    Rect m_row;
    bool m_selected = false;
    bool m_above = false;
    QRectF m_visible;            ///< the text as last painted (smaller than the scene font when zoomed in)
};

/// Scene units: one centimetre, y flipped so that north is up.
inline constexpr double kUnitsPerMetre = 100.0;
inline QPointF toScene(Point2 p)
{
    return {p.x * kUnitsPerMetre, -p.y * kUnitsPerMetre};
}
inline QRectF toScene(const Rect &r)
{
    return QRectF(toScene(Point2{r.x, r.top()}), toScene(Point2{r.right(), r.y}));
}
inline Point2 toFloor(QPointF p)
{
    return {p.x() / kUnitsPerMetre, -p.y() / kUnitsPerMetre};
}

/// Colours of facility equipment by kind (Okabe–Ito family, lighter than racks).
QColor equipmentColour(EquipmentKind kind);

} // namespace hallwright::views
