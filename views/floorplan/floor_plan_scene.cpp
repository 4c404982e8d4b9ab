// Graphics items of the 2D floor plan, built from the design.
#include "floorplan/floor_plan_scene.h"

#include <QBrush>
#include <QFont>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>

namespace hallwright::views {

namespace {

QColor rackColor(RackRole role)
{
    switch (role) {
    case RackRole::Compute: return QColor(70, 120, 190);
    case RackRole::Leaf: return QColor(230, 150, 40);
    case RackRole::Spine:
    case RackRole::Core: return QColor(200, 80, 60);
    case RackRole::Storage: return QColor(120, 160, 90);
    case RackRole::Management: return QColor(150, 150, 150);
    }
    return Qt::gray;
}

QColor zoneColor(ZoneKind kind)
{
    switch (kind) {
    case ZoneKind::Compute: return QColor(245, 247, 250);
    case ZoneKind::Network: return QColor(253, 240, 230);
    case ZoneKind::Power: return QColor(252, 246, 220);
    case ZoneKind::Cooling: return QColor(226, 240, 250);
    case ZoneKind::Storage: return QColor(235, 245, 230);
    }
    return Qt::white;
}

QColor equipmentColor(EquipmentKind kind)
{
    switch (kind) {
    case EquipmentKind::Busway:
    case EquipmentKind::Rpp: return QColor(200, 160, 30);
    case EquipmentKind::Ups: return QColor(230, 190, 60);
    case EquipmentKind::Transformer: return QColor(190, 120, 40);
    case EquipmentKind::Generator: return QColor(150, 110, 70);
    case EquipmentKind::Crah: return QColor(80, 160, 210);
    case EquipmentKind::Cdu: return QColor(40, 110, 190);
    case EquipmentKind::Chiller: return QColor(60, 130, 160);
    }
    return Qt::gray;
}

QPen cosmeticPen(const QColor &c, double width = 1.0)
{
    QPen pen(c, width);
    pen.setCosmetic(true);
    return pen;
}

} // namespace

FloorPlanScene::FloorPlanScene(QObject *parent) : QGraphicsScene(parent)
{
    setBackgroundBrush(QColor(225, 228, 232));
}

QPointF FloorPlanScene::toScene(Point2 p)
{
    return {p.x * kUnitsPerMetre, -p.y * kUnitsPerMetre};
}

QRectF FloorPlanScene::toScene(const Rect &r)
{
    return QRectF(toScene(Point2{r.x, r.top()}), toScene(Point2{r.right(), r.y}));
}

void FloorPlanScene::setDesign(const Design *design)
{
    m_design = design;
    build();
}

void FloorPlanScene::setTraysVisible(bool visible)
{
    m_traysVisible = visible;
    for (QGraphicsItem *item : m_trayItems)
        item->setVisible(visible);
}

RackId FloorPlanScene::rackAt(const QPointF &pos) const
{
    for (QGraphicsItem *item : items(pos)) {
        auto it = m_rackItems.find(item);
        if (it != m_rackItems.end())
            return RackId(it.value());
    }
    return {};
}

void FloorPlanScene::build()
{
    clear();
    m_trayItems.clear();
    m_rackItems.clear();
    if (!m_design)
        return;
    const Design &d = *m_design;

    auto *hall = addRect(toScene(d.hall.bounds()), cosmeticPen(Qt::black, 2.0), Qt::white);
    hall->setZValue(0);
    QFont labelFont;
    labelFont.setPixelSize(60); // scene units: 0.6 m tall letters
    for (const Zone &z : d.zones) {
        auto *item = addRect(toScene(z.area), cosmeticPen(QColor(160, 160, 160)), zoneColor(z.kind));
        item->setZValue(1);
        item->setToolTip(QString::fromStdString(z.name));
        if (z.kind == ZoneKind::Power || z.kind == ZoneKind::Cooling) {
            auto *text = addSimpleText(QString::fromStdString(z.name), labelFont);
            text->setBrush(QColor(110, 110, 110));
            const QRectF r = toScene(z.area);
            text->setPos(r.left() + 30, r.top() + 30);
            if (z.area.depth > z.area.width) { // vertical galleries: run the label along them
                text->setRotation(90);
                text->setPos(r.right() - 30, r.top() + 30);
            }
            text->setZValue(2);
        }
    }
    for (const Obstacle &o : d.hall.obstacles) {
        auto *item = addRect(toScene(o.area), cosmeticPen(Qt::black), QBrush(Qt::darkGray, Qt::BDiagPattern));
        item->setZValue(3);
        item->setToolTip(QString::fromStdString(o.name));
    }
    for (const Row &row : d.rows) {
        auto *text = addSimpleText(QString::fromStdString(row.name), labelFont);
        text->setBrush(QColor(90, 90, 90));
        const QRectF r = toScene(row.area);
        text->setPos(r.left() - text->boundingRect().width() - 20, r.center().y() - 35);
        text->setZValue(2);
    }
    for (const Rack &rack : d.racks) {
        auto *item = addRect(toScene(rack.footprint), cosmeticPen(QColor(30, 30, 30)), rackColor(rack.role));
        item->setZValue(5);
        item->setToolTip(QString::fromStdString(rack.name + " · " + toString(rack.role)));
        m_rackItems.insert(item, rack.id.value());
        // Mark the front edge: a thin light band on the cold-aisle side.
        const Rect &f = rack.footprint;
        const Rect front = rack.facing == Facing::North ? Rect{f.x, f.top() - 0.08, f.width, 0.08}
                                                        : Rect{f.x, f.y, f.width, 0.08};
        auto *band = addRect(toScene(front), Qt::NoPen, QColor(255, 255, 255, 170));
        band->setZValue(6);
    }
    for (const Equipment &e : d.equipment) {
        if (e.footprint.width <= 0 || e.footprint.depth <= 0)
            continue;
        auto *item = addRect(toScene(e.footprint), cosmeticPen(QColor(60, 60, 60)), equipmentColor(e.kind));
        item->setZValue(e.kind == EquipmentKind::Busway || e.kind == EquipmentKind::Rpp ? 8 : 4);
        item->setToolTip(QString::fromStdString(e.name + " · " + toString(e.kind) + " · " + e.catalogId));
    }
    for (const TraySegment &t : d.trays) {
        auto *line = addLine(QLineF(toScene(t.a), toScene(t.b)),
                             cosmeticPen(t.kind == "trunk" ? QColor(120, 60, 160) : QColor(150, 110, 190, 160),
                                         t.kind == "trunk" ? 2.0 : 1.0));
        line->setZValue(7);
        line->setVisible(m_traysVisible);
        m_trayItems.push_back(line);
    }
    setSceneRect(toScene(d.hall.bounds()).adjusted(-400, -400, 400, 400));
}

} // namespace hallwright::views
