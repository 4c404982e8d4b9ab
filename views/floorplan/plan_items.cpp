// Painting of rack, equipment and row items: fill, front band, marks, and labels sized in screen pixels.
#include "floorplan/plan_items.h"

#include "common/colour_modes.h"
#include "common/labels.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace hallwright::views {

namespace {

const QColor kSelection(0, 0, 0);
const QColor kRefused(0xe4, 0x1a, 0x1c);
const QColor kRelated(0x33, 0x22, 0x88);

/// Cosmetic pen: the same width in pixels at any zoom.
QPen pixelPen(const QColor &c, double width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen pen(c, width, style);
    pen.setCosmetic(true);
    pen.setJoinStyle(Qt::MiterJoin);
    return pen;
}

/// Pixels per scene unit under the painter's transform.
double pixelsPerUnit(const QPainter *painter)
{
    return QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
}

/// Draws the marks shared by racks and equipment, outside-in: refused, selected, related.
void paintMarks(QPainter *painter, const QRectF &rect, const ItemMarks &marks, double ppu)
{
    painter->setBrush(Qt::NoBrush);
    const double inset = 1.5 / std::max(ppu, 1e-6); // 1.5 px, in scene units
    if (marks.refused) {
        painter->setPen(pixelPen(kRefused, 3.0));
        painter->drawRect(rect);
        painter->setBrush(QBrush(QColor(0xe4, 0x1a, 0x1c, 90), Qt::BDiagPattern));
        painter->drawRect(rect);
        painter->setBrush(Qt::NoBrush);
    } else if (marks.selected) {
        // A black frame with a white inner line reads on light and dark fills alike.
        painter->setPen(pixelPen(kSelection, 3.0));
        painter->drawRect(rect);
        painter->setPen(pixelPen(Qt::white, 1.0));
        painter->drawRect(rect.adjusted(inset, inset, -inset, -inset));
    }
    if (marks.related && !marks.selected) {
        painter->setPen(pixelPen(kRelated, 2.0, Qt::DashLine));
        painter->drawRect(rect);
    }
    if (marks.failedHere) {
        painter->setPen(pixelPen(Qt::black, 1.0));
        painter->setBrush(QBrush(Qt::black, Qt::DiagCrossPattern));
        painter->drawRect(rect);
    }
}

/// Text centred in rect (scene units), drawn in device pixels so that it stays
/// crisp; turned a quarter when it reads better along the longer side. Returns
/// false when no size between 7 and 13 px fits.
bool paintLabel(QPainter *painter, const QRectF &rect, const QString &text, const QColor &colour, bool bold = false)
{
    const QTransform t = painter->worldTransform();
    const QRectF dev = t.mapRect(rect);
    if (dev.width() < 14 || dev.height() < 14)
        return false;
    QFont font = painter->font();
    font.setBold(bold);
    // Average glyph ≈ 0.6 em for these digits and capitals.
    const double chars = std::max<qsizetype>(text.size(), 1);
    const double alongWidth = std::min(dev.width() / (chars * 0.62 + 0.4), dev.height() * 0.7);
    const double alongHeight = std::min(dev.height() / (chars * 0.62 + 0.4), dev.width() * 0.7);
    constexpr double kMaxPx = 14.0;
    // Horizontal unless turning it buys a clearly larger size below the cap.
    const bool rotate = std::min(kMaxPx, alongHeight) > std::min(kMaxPx, alongWidth) * 1.15;
    const double px = std::min(kMaxPx, std::floor(rotate ? alongHeight : alongWidth));
    if (px < 7.0)
        return false;
    font.setPixelSize(int(px));
    painter->save();
    painter->resetTransform();
    painter->setFont(font);
    painter->setPen(colour);
    if (rotate) {
        painter->translate(dev.center());
        painter->rotate(-90);
        painter->drawText(QRectF(-dev.height() / 2, -dev.width() / 2, dev.height(), dev.width()), Qt::AlignCenter,
                          text);
    } else {
        painter->drawText(dev, Qt::AlignCenter, text);
    }
    painter->restore();
    return true;
}

} // namespace

QColor equipmentColour(EquipmentKind kind)
{
    switch (kind) {
    case EquipmentKind::Busway:
    case EquipmentKind::Rpp: return QColor(0x88, 0x66, 0x00);
    case EquipmentKind::Ups: return QColor(0xf0, 0xe4, 0x42);
    case EquipmentKind::Transformer: return QColor(0xe6, 0x9f, 0x00);
    case EquipmentKind::Generator: return QColor(0xb0, 0x8a, 0x5a);
    case EquipmentKind::Crah: return QColor(0x56, 0xb4, 0xe9);
    case EquipmentKind::Cdu: return QColor(0x00, 0x9e, 0x73);
    case EquipmentKind::Chiller:
    case EquipmentKind::DryCooler: return QColor(0x7f, 0xb8, 0xd0);
    case EquipmentKind::Pump: return QColor(0x3a, 0x8f, 0xb7);
    case EquipmentKind::Switchgear:
    case EquipmentKind::Mcc: return QColor(0xcc, 0x79, 0xa7);
    case EquipmentKind::Battery: return QColor(0x99, 0x99, 0x66);
    }
    return Qt::gray;
}

// ---- RackItem ----

RackItem::RackItem(const Rack &rack, const QColor &fill) : m_fill(fill)
{
    setRack(rack);
    setZValue(5);
    setAcceptHoverEvents(false);
}

void RackItem::setRack(const Rack &rack)
{
    const QRectF r = toScene(rack.footprint);
    if (r.size() != m_rect.size())
        prepareGeometryChange();
    m_id = rack.id;
    m_name = QString::fromStdString(rack.name);
    m_facing = rack.facing;
    m_rect = QRectF(QPointF(0, 0), r.size());
    setPos(r.topLeft());
    update();
}

void RackItem::setFill(const QColor &fill)
{
    if (fill == m_fill)
        return;
    m_fill = fill;
    update();
}

void RackItem::setMarks(const ItemMarks &marks)
{
    if (marks.selected == m_marks.selected && marks.related == m_marks.related && marks.refused == m_marks.refused
        && marks.failedHere == m_marks.failedHere)
        return;
    m_marks = marks;
    update();
}

QRectF RackItem::boundingRect() const
{
    // Room for the 3 px cosmetic frame at the smallest zoom that still draws it.
    return m_rect.adjusted(-4, -4, 4, 4);
}

void RackItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const double ppu = pixelsPerUnit(painter);
    const bool detailed = m_rect.width() * ppu >= 6.0;
    painter->setPen(detailed ? pixelPen(QColor(40, 40, 40), 1.0) : Qt::NoPen);
    painter->setBrush(m_fill);
    painter->drawRect(m_rect);
    if (detailed) {
        // Front edge (cold aisle): a light band 8 cm deep.
        const double band = std::min(8.0, m_rect.height() / 4);
        const QRectF front = m_facing == Facing::North ? QRectF(m_rect.left(), m_rect.top(), m_rect.width(), band)
                                                       : QRectF(m_rect.left(), m_rect.bottom() - band,
                                                                m_rect.width(), band);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 190));
        painter->drawRect(front);
        paintLabel(painter, m_rect, m_name, labelColourOn(m_fill));
    }
    paintMarks(painter, m_rect, m_marks, ppu);
}

// ---- EquipmentItem ----

EquipmentItem::EquipmentItem(const Equipment &e, const QColor &fill)
    : m_id(e.id), m_kind(e.kind), m_fill(fill)
{
    setEquipment(e);
    setZValue(overhead() ? 8 : 4);
}

void EquipmentItem::setEquipment(const Equipment &e)
{
    const QRectF r = toScene(e.footprint);
    if (r.size() != m_rect.size())
        prepareGeometryChange();
    m_name = QString::fromStdString(e.name);
    m_rect = QRectF(QPointF(0, 0), r.size());
    setPos(r.topLeft());
    update();
}

void EquipmentItem::setFill(const QColor &fill)
{
    if (fill == m_fill)
        return;
    m_fill = fill;
    update();
}

void EquipmentItem::setMarks(const ItemMarks &marks)
{
    m_marks = marks;
    update();
}

QRectF EquipmentItem::boundingRect() const
{
    return m_rect.adjusted(-4, -4, 4, 4);
}

void EquipmentItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const double ppu = pixelsPerUnit(painter);
    QColor fill = m_fill;
    if (overhead())
        fill.setAlpha(120); // the racks below stay visible through the overhead busway
    painter->setPen(pixelPen(QColor(60, 60, 60), 1.0));
    painter->setBrush(fill);
    painter->drawRect(m_rect);
    if (!overhead())
        paintLabel(painter, m_rect.adjusted(4, 4, -4, -4), m_name, labelColourOn(m_fill));
    paintMarks(painter, m_rect, m_marks, ppu);
}

// ---- RowLabelItem ----

RowLabelItem::RowLabelItem(const Row &row, const QFont &font)
{
    setFont(font);
    setBrush(QColor(70, 70, 70));
    setZValue(2);
    setRow(row);
}

void RowLabelItem::setRow(const Row &row)
{
    m_id = row.id;
    m_row = row.area;
    setText(Labels::placeName(row.name));
    const QRectF r = toScene(row.area);
    const QRectF text = QGraphicsSimpleTextItem::boundingRect();
    if (m_above)
        setPos(r.left(), r.top() - text.height() - 10);
    else
        setPos(r.left() - text.width() - 30, r.center().y() - text.height() / 2);
}

void RowLabelItem::setAboveRow(bool above)
{
    if (above == m_above)
        return;
    m_above = above;
    const QRectF r = toScene(m_row);
    const QRectF text = QGraphicsSimpleTextItem::boundingRect();
    if (m_above)
        setPos(r.left(), r.top() - text.height() - 10);
    else
        setPos(r.left() - text.width() - 30, r.center().y() - text.height() / 2);
}

QRectF RowLabelItem::boundingRect() const
{
    return QGraphicsSimpleTextItem::boundingRect().adjusted(-8, -4, 8, 4);
}

void RowLabelItem::setSelectedRow(bool selected)
{
    if (selected == m_selected)
        return;
    m_selected = selected;
    setBrush(selected ? QColor(0, 0, 0) : QColor(70, 70, 70));
    update();
}

QPainterPath RowLabelItem::shape() const
{
    QPainterPath path;
    path.addRect(m_visible.isNull() ? boundingRect() : m_visible);
    return path;
}

void RowLabelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    // The scene font is 0.6 m tall; zoomed in, keep it at most kMaxPx pixels, anchored at its right end.
    constexpr double kMaxPx = 20.0;
    const QRectF text = QGraphicsSimpleTextItem::boundingRect();
    const double px = text.height() * pixelsPerUnit(painter);
    if (px > kMaxPx) {
        const double s = kMaxPx / px;
        // Anchored at the end next to the row: its west end when above it, else its east end.
        const QPointF anchor(m_above ? text.left() : text.right(), m_above ? text.bottom() : text.center().y());
        painter->translate(anchor);
        painter->scale(s, s);
        painter->translate(-anchor);
        m_visible = m_above ? QRectF(anchor.x(), anchor.y() - text.height() * s, text.width() * s, text.height() * s)
                            : QRectF(anchor.x() - text.width() * s, anchor.y() - text.height() * s / 2,
                                     text.width() * s, text.height() * s);
    } else {
        m_visible = text;
    }
    if (m_selected) {
        painter->setPen(pixelPen(Qt::black, 2.0));
        painter->setBrush(QColor(255, 255, 255, 220));
        painter->drawRect(QGraphicsSimpleTextItem::boundingRect().adjusted(-6, -2, 6, 2));
    }
    QGraphicsSimpleTextItem::paint(painter, option, widget);
}

} // namespace hallwright::views
