// Builds the plan's items from a design and keeps them in step with edits, colour mode and selection.
#include "floorplan/floor_plan_scene.h"

#include "analysis/analysis.h"
#include "common/failure_highlight.h"
#include "common/labels.h"

#include <QBrush>
#include <QFont>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPainterPath>
#include <QPen>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace hallwright::views {

namespace {

const QColor kTraceColour(0x00, 0xb4, 0xff);

QColor zoneColor(ZoneKind kind)
{
    switch (kind) {
    case ZoneKind::Compute: return QColor(247, 248, 250);
    case ZoneKind::Network: return QColor(250, 244, 236);
    case ZoneKind::Power: return QColor(250, 247, 232);
    case ZoneKind::Cooling: return QColor(234, 243, 250);
    case ZoneKind::Storage: return QColor(238, 246, 236);
    case ZoneKind::Yard: return QColor(236, 236, 230);
    }
    return Qt::white;
}

QPen cosmeticPen(const QColor &c, double width = 1.0, Qt::PenStyle style = Qt::SolidLine)
{
    QPen pen(c, width, style);
    pen.setCosmetic(true);
    return pen;
}

const Results &emptyResults()
{
    static const Results empty;
    return empty;
}

double distanceToSegment(QPointF p, QLineF l)
{
    const QPointF d = l.p2() - l.p1();
    const double len2 = d.x() * d.x() + d.y() * d.y();
    double t = len2 > 0 ? ((p.x() - l.x1()) * d.x() + (p.y() - l.y1()) * d.y()) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF q = l.p1() + t * d;
    return std::hypot(p.x() - q.x(), p.y() - q.y());
}

/// Puts a room's name (a gallery, the electrical room) where the plant standing in it leaves
/// room: at the start of the first stretch along the room's long side, in the band the name
/// takes, that it fits; with no such stretch, over the plant (equipment stands at z 4).
void placeZoneName(QGraphicsSimpleTextItem *text, const QRectF &room, const std::vector<QRectF> &plant)
{
    const bool vertical = room.height() > room.width(); // vertical galleries: the name runs along them
    const double margin = 30, height = text->boundingRect().height(), need = text->boundingRect().width() + 2 * margin;
    // The band the name takes across the room: along its east side (turned) or its north side.
    const QRectF band = vertical ? QRectF(room.right() - margin - height, room.top(), height, room.height())
                                 : QRectF(room.left(), room.top() + margin, room.width(), height);
    std::vector<std::pair<double, double>> taken;
    for (const QRectF &p : plant)
        if (p.intersects(band))
            taken.emplace_back(vertical ? p.top() : p.left(), vertical ? p.bottom() : p.right());
    std::sort(taken.begin(), taken.end());
    const double end = vertical ? room.bottom() : room.right();
    double at = vertical ? room.top() : room.left();
    std::optional<double> spot;
    for (const auto &[from, to] : taken) {
        if (from - at >= need) {
            spot = at;
            break;
        }
        at = std::max(at, to);
    }
    if (!spot && end - at >= need)
        spot = at;
    const double start = spot.value_or(vertical ? room.top() : room.left()) + margin;
    if (vertical) {
        text->setRotation(90);
        text->setPos(room.right() - margin, start);
    } else {
        text->setPos(start, room.top() + margin);
    }
    text->setZValue(spot ? 2 : 6);
}

} // namespace

FloorPlanScene::FloorPlanScene(QObject *parent) : QGraphicsScene(parent)
{
    setBackgroundBrush(QColor(225, 228, 232));
}

FloorPlanScene::~FloorPlanScene() = default;

void FloorPlanScene::setData(const Design *design, const Catalog *catalog, const Results *results)
{
    m_design = design;
    m_catalog = catalog;
    m_results = results;
    m_failure.reset();
    m_failureItem = {};
    build();
    onSelectionChanged();
}

void FloorPlanScene::setSelectionModel(SelectionModel *model)
{
    if (m_selection == model)
        return;
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = model;
    if (m_selection)
        connect(m_selection, &SelectionModel::selectionChanged, this, &FloorPlanScene::onSelectionChanged);
    onSelectionChanged();
}

void FloorPlanScene::setColourMode(ColourMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    if (m_mode == ColourMode::FailureImpact)
        updateFailure();
    recolourAll();
    emit legendChanged();
}

QList<LegendEntry> FloorPlanScene::legend() const
{
    return legendEntries(m_mode, m_figures, m_failure ? &*m_failure : nullptr);
}

void FloorPlanScene::setTraysVisible(bool visible)
{
    m_traysVisible = visible;
    for (QGraphicsLineItem *item : m_trayLines)
        item->setVisible(visible);
}

RackId FloorPlanScene::rackAt(const QPointF &pos) const
{
    for (QGraphicsItem *item : items(pos))
        if (item->type() == RackItem::Type)
            return static_cast<RackItem *>(item)->rackId();
    return {};
}

QColor FloorPlanScene::rackFill(RackId id) const
{
    const RackItem *item = rackItem(id);
    return item ? item->fill() : QColor();
}

void FloorPlanScene::ensureModels()
{
    if (!m_design)
        return;
    if (!m_tracer)
        m_tracer = std::make_unique<CableTracer>(*m_design);
    if (!m_failureModel && m_catalog && m_results)
        m_failureModel = std::make_unique<FailureModel>(*m_design, *m_catalog, *m_results);
}

void FloorPlanScene::build()
{
    m_dragActive = false;
    m_dragItems.clear();
    m_dragOrigins.clear();
    clear();
    m_rackItems.clear();
    m_equipmentItems.clear();
    m_rowLabels.clear();
    m_trayItems.clear();
    m_trayLines.clear();
    m_selectionOverlays.clear();
    m_markedRacks.clear();
    m_markedEquipment.clear();
    m_traceOverlay = nullptr;
    m_tracedTrays.clear();
    m_trace.reset();
    m_failureModel.reset();
    m_tracer.reset();
    m_index = m_design ? DesignIndex(*m_design) : DesignIndex();
    m_figures = m_design ? RackFigures(*m_design, m_results ? *m_results : emptyResults()) : RackFigures();
    if (!m_design)
        return;
    const Design &d = *m_design;

    auto *hall = addRect(toScene(d.hall.bounds()), cosmeticPen(Qt::black, 2.0), Qt::white);
    hall->setZValue(0);
    QFont labelFont;
    labelFont.setPixelSize(60); // scene units: 0.6 m tall letters
    // The plant on the floor: a room's name goes where none of it stands.
    std::vector<QRectF> plant;
    for (const Equipment &e : d.equipment)
        if (e.footprint.width > 0 && e.footprint.depth > 0)
            plant.push_back(toScene(e.footprint));
    for (const Obstacle &o : d.hall.obstacles)
        plant.push_back(toScene(o.area));
    for (const Zone &z : d.zones) {
        auto *item = addRect(toScene(z.area), cosmeticPen(QColor(170, 170, 170)), zoneColor(z.kind));
        item->setZValue(1);
        if (z.kind == ZoneKind::Power || z.kind == ZoneKind::Cooling) {
            auto *text = addSimpleText(Labels::placeName(z.name), labelFont);
            text->setBrush(QColor(120, 120, 120));
            placeZoneName(text, toScene(z.area), plant);
        }
    }
    for (const Obstacle &o : d.hall.obstacles) {
        auto *item = addRect(toScene(o.area), cosmeticPen(Qt::black), QBrush(Qt::darkGray, Qt::BDiagPattern));
        item->setZValue(3);
        item->setToolTip(QString::fromStdString(o.name));
    }
    for (const Row &row : d.rows) {
        auto *label = new RowLabelItem(row, labelFont);
        addItem(label);
        m_rowLabels.insert(row.id.value(), label);
        // A row whose west neighbour (in line with it) leaves less room than the name needs:
        // the name goes over the row's west end instead of onto the neighbour's racks.
        const double needM = label->QGraphicsSimpleTextItem::boundingRect().width() / kUnitsPerMetre + 0.6;
        for (const Row &other : d.rows) {
            const bool inLine = other.area.y < row.area.top() && row.area.y < other.area.top();
            if (other.id != row.id && inLine && other.area.x < row.area.x
                && row.area.x - other.area.right() < needM) {
                label->setAboveRow(true);
                break;
            }
        }
    }
    m_rackItems.reserve(qsizetype(d.racks.size()));
    for (const Rack &rack : d.racks) {
        auto *item = new RackItem(rack, rackColour(m_mode, rack.id, m_figures));
        addItem(item);
        m_rackItems.insert(rack.id.value(), item);
    }
    for (const Equipment &e : d.equipment) {
        if (e.footprint.width <= 0 || e.footprint.depth <= 0)
            continue;
        auto *item = new EquipmentItem(e, equipmentFill(e));
        addItem(item);
        m_equipmentItems.insert(e.id.value(), item);
    }
    m_trayLines.reserve(d.trays.size());
    for (std::size_t i = 0; i < d.trays.size(); ++i) {
        const TraySegment &t = d.trays[i];
        const bool trunk = t.kind == "trunk";
        auto *line = addLine(QLineF(toScene(t.a), toScene(t.b)),
                             cosmeticPen(trunk ? QColor(110, 70, 150) : QColor(150, 120, 185, 170), trunk ? 2.0 : 1.0));
        line->setZValue(7);
        line->setVisible(m_traysVisible);
        m_trayItems.insert(line, int(i));
        m_trayLines.push_back(line);
    }
    // The hall and every zone outside it (the generator yard), with half their size around them:
    // room to pan, and for the view to fit the hall beside its legend.
    QRectF content = toScene(d.hall.bounds());
    for (const Zone &z : d.zones)
        content |= toScene(z.area);
    const double mx = std::max(600.0, content.width() / 2), my = std::max(400.0, content.height() / 2);
    setSceneRect(content.adjusted(-mx, -my, mx, my));
}

QColor FloorPlanScene::equipmentFill(const Equipment &e) const
{
    if (m_mode == ColourMode::FailureImpact) {
        if (m_failure && m_failure->equipmentSource.contains(e.id.value()))
            return failureSourceColour();
        return equipmentColour(e.kind).lighter(130);
    }
    return equipmentColour(e.kind);
}

void FloorPlanScene::recolourRack(RackItem *item)
{
    item->setFill(rackColour(m_mode, item->rackId(), m_figures, m_failure ? &*m_failure : nullptr));
}

void FloorPlanScene::recolourAll()
{
    for (RackItem *item : std::as_const(m_rackItems))
        recolourRack(item);
    if (!m_design)
        return;
    for (const Equipment &e : m_design->equipment)
        if (EquipmentItem *item = m_equipmentItems.value(e.id.value())) {
            item->setFill(equipmentFill(e));
            ItemMarks marks = item->marks();
            marks.failedHere = m_mode == ColourMode::FailureImpact && m_failure
                               && m_failure->equipmentSource.contains(e.id.value());
            item->setMarks(marks);
        }
}

void FloorPlanScene::applyChanges(const PlanChanges &changes)
{
    if (!m_design)
        return;
    if (changes.structural || changes.regenerated) {
        // Items were added or removed: rebuild, keeping mode, failure component and selection.
        const SelectionItem failureItem = m_failureItem;
        const bool hadFailure = m_failure.has_value();
        build();
        m_failureItem = failureItem;
        if (hadFailure && m_mode == ColourMode::FailureImpact)
            updateFailure();
        recolourAll();
        onSelectionChanged();
        emit legendChanged();
        return;
    }
    std::vector<RackId> racks = changes.racks;
    for (RowId rowId : changes.rows) {
        const Row *row = m_index.row(rowId);
        if (!row)
            continue;
        if (RowLabelItem *label = m_rowLabels.value(rowId.value()))
            label->setRow(*row);
        for (int i : m_index.racksOfRow(rowId))
            racks.push_back(m_design->racks[std::size_t(i)].id);
    }
    for (RackId id : racks) {
        RackItem *item = m_rackItems.value(id.value());
        const Rack *rack = m_index.rack(id);
        if (!item || !rack) { // an id the index does not know: the edit was structural after all
            applyChanges(PlanChanges{{}, {}, {}, true, true, false});
            return;
        }
        item->setRack(*rack);
    }
    m_figures.refresh(*m_design, m_results ? *m_results : emptyResults(), racks);
    for (RackId id : racks)
        recolourRack(m_rackItems.value(id.value()));
    for (EquipmentId id : changes.equipment)
        if (EquipmentItem *item = m_equipmentItems.value(id.value()))
            if (const Equipment *e = m_index.equipment(id))
                item->setEquipment(*e);
    if (m_dragActive)
        setDragPreviewDelta(m_dragDelta); // the dragged items stay where the mouse has them
    // The failure models read the design as it was: rebuild on the next question.
    m_failureModel.reset();
    if (m_failure && !m_dragActive) { // during a drag: once it ends (endDragPreview)
        updateFailure();
        recolourAll();
    }
    if (m_trace || changes.linksChanged)
        updateTrace();
    emit legendChanged();
}

void FloorPlanScene::onSelectionChanged()
{
    updateMarks();
    updateTrace();
    if (m_mode == ColourMode::FailureImpact) {
        const bool had = m_failure.has_value();
        const SelectionItem before = m_failureItem;
        updateFailure();
        if (had != m_failure.has_value() || !(before == m_failureItem)) {
            recolourAll();
            emit legendChanged();
        }
    }
}

void FloorPlanScene::updateFailure()
{
    if (!m_design || !m_selection || !m_catalog || !m_results)
        return;
    ensureModels();
    if (!m_failureModel)
        return;
    SelectionItem item = m_selection->current();
    if (!m_failureModel->canFail(item))
        item = m_failureItem; // keep showing the last component failed
    if (!item.isValid() || !m_failureModel->canFail(item)) {
        m_failure.reset();
        m_failureItem = {};
        return;
    }
    try {
        m_failure = m_failureModel->highlight(item);
        m_failureItem = item;
    } catch (const std::exception &e) {
        // A component the engine cannot judge: say so in the legend rather than colour anything.
        FailureHighlight failed;
        failed.component = QString::fromUtf8(e.what());
        m_failure = failed;
        m_failureItem = item;
    }
}

void FloorPlanScene::updateMarks()
{
    QHash<std::int64_t, ItemMarks> racks, equipment;
    QList<QRectF> outlines;
    if (m_selection && m_design) {
        for (const SelectionItem &s : m_selection->selection()) {
            switch (s.kind) {
            case SelectionItem::Kind::Rack: racks[s.id].selected = true; break;
            case SelectionItem::Kind::Row:
                if (const Row *row = m_index.row(RowId(s.id)))
                    outlines << toScene(row->area);
                for (int i : m_index.racksOfRow(RowId(s.id)))
                    racks[m_design->racks[std::size_t(i)].id.value()].selected = true;
                break;
            case SelectionItem::Kind::Zone:
                if (const Zone *z = m_index.zone(ZoneId(s.id)))
                    outlines << toScene(z->area);
                break;
            case SelectionItem::Kind::Device:
                if (const Device *dev = m_index.device(DeviceId(s.id)))
                    racks[dev->rack.value()].related = true;
                break;
            case SelectionItem::Kind::Equipment: equipment[s.id].selected = true; break;
            case SelectionItem::Kind::Link:
                if (const Link *l = m_index.link(LinkId(s.id)))
                    for (const PortRef &end : {l->a, l->b})
                        if (const Device *dev = m_index.device(end.device))
                            racks[dev->rack.value()].related = true;
                break;
            case SelectionItem::Kind::Tray:
                if (const TraySegment *t = m_index.tray(TrayId(s.id))) {
                    const QLineF line(toScene(t->a), toScene(t->b));
                    outlines << QRectF(line.p1(), line.p2()).normalized().adjusted(-12, -12, 12, 12);
                }
                break;
            }
        }
    }
    if (m_dragActive && m_dragRefused)
        for (const SelectionItem &s : std::as_const(m_dragItems)) {
            if (s.kind == SelectionItem::Kind::Rack)
                racks[s.id].refused = true;
            else if (s.kind == SelectionItem::Kind::Row)
                for (int i : m_index.racksOfRow(RowId(s.id)))
                    racks[m_design->racks[std::size_t(i)].id.value()].refused = true;
        }
    for (std::int64_t id : std::as_const(m_markedRacks))
        if (!racks.contains(id))
            if (RackItem *item = m_rackItems.value(id))
                item->setMarks({});
    m_markedRacks.clear();
    for (auto it = racks.constBegin(); it != racks.constEnd(); ++it)
        if (RackItem *item = m_rackItems.value(it.key())) {
            item->setMarks(it.value());
            m_markedRacks.insert(it.key());
        }
    for (std::int64_t id : std::as_const(m_markedEquipment))
        if (!equipment.contains(id))
            if (EquipmentItem *item = m_equipmentItems.value(id)) {
                ItemMarks marks = item->marks();
                marks.selected = false;
                item->setMarks(marks);
            }
    m_markedEquipment.clear();
    for (auto it = equipment.constBegin(); it != equipment.constEnd(); ++it)
        if (EquipmentItem *item = m_equipmentItems.value(it.key())) {
            ItemMarks marks = item->marks();
            marks.selected = true;
            item->setMarks(marks);
            m_markedEquipment.insert(it.key());
        }
    for (auto it = m_rowLabels.constBegin(); it != m_rowLabels.constEnd(); ++it)
        it.value()->setSelectedRow(m_selection && m_selection->contains(SelectionItem{SelectionItem::Kind::Row, it.key()}));
    qDeleteAll(m_selectionOverlays);
    m_selectionOverlays.clear();
    for (const QRectF &r : std::as_const(outlines)) {
        auto *outline = addRect(r.adjusted(-6, -6, 6, 6), cosmeticPen(Qt::black, 2.0, Qt::DashLine), Qt::NoBrush);
        outline->setZValue(9);
        m_selectionOverlays << outline;
    }
}

void FloorPlanScene::updateTrace()
{
    const bool had = m_trace.has_value();
    delete m_traceOverlay;
    m_traceOverlay = nullptr;
    m_tracedTrays.clear();
    m_trace.reset();
    const SelectionItem current = m_selection ? m_selection->current() : SelectionItem{};
    if (!m_design || current.kind != SelectionItem::Kind::Link || !current.isValid()) {
        if (had)
            emit traceChanged();
        return;
    }
    ensureModels();
    m_trace = m_tracer->trace(LinkId(current.id));
    if (!m_trace) {
        emit traceChanged();
        return;
    }
    const CableTrace &t = *m_trace;
    m_tracedTrays = t.trays;
    QPainterPath path;
    for (int i : t.trays) {
        const TraySegment &s = m_design->trays[std::size_t(i)];
        path.moveTo(toScene(s.a));
        path.lineTo(toScene(s.b));
    }
    for (const CableEnd *end : {&t.a, &t.b}) {
        path.moveTo(toScene(end->rackCentre));
        path.lineTo(toScene(end->trayEntry.value_or(end->rackCentre)));
    }
    if (t.sameRack || t.trays.empty()) { // no tray run: join the ends directly, dashed below
        path.moveTo(toScene(t.a.rackCentre));
        path.lineTo(toScene(t.b.rackCentre));
    }
    m_traceOverlay = new QGraphicsItemGroup;
    m_traceOverlay->setZValue(20);
    auto *halo = new QGraphicsPathItem(path);
    halo->setPen(cosmeticPen(Qt::black, 7.0));
    auto *line = new QGraphicsPathItem(path);
    QPen pen = cosmeticPen(kTraceColour, 4.0, t.trays.empty() ? Qt::DashLine : Qt::SolidLine);
    pen.setCapStyle(Qt::RoundCap);
    line->setPen(pen);
    m_traceOverlay->addToGroup(halo);
    m_traceOverlay->addToGroup(line);
    QFont font;
    font.setPixelSize(12);
    font.setBold(true);
    const QStringList tags{tr("A"), tr("B")};
    int k = 0;
    for (const CableEnd *end : {&t.a, &t.b}) {
        const QPointF c = toScene(end->rackCentre);
        auto *dot = new QGraphicsEllipseItem(c.x() - 15, c.y() - 15, 30, 30);
        dot->setPen(cosmeticPen(Qt::black, 2.0));
        dot->setBrush(kTraceColour);
        m_traceOverlay->addToGroup(dot);
        // Tags keep their pixel size and sit above (A) and below (B) their end, so they never cover each other.
        const QPointF offset(12, k == 0 ? -30 : 10);
        auto *tag = new QGraphicsSimpleTextItem(tags[k++] + QStringLiteral(" ") + end->rackName);
        tag->setFont(font);
        tag->setBrush(Qt::black);
        tag->setFlag(QGraphicsItem::ItemIgnoresTransformations);
        tag->setPos(c);
        tag->setTransform(QTransform::fromTranslate(offset.x(), offset.y()));
        tag->setZValue(1);
        auto *back = new QGraphicsRectItem(tag->boundingRect().adjusted(-3, -1, 3, 1));
        back->setBrush(QColor(255, 255, 255, 230));
        back->setPen(cosmeticPen(Qt::black, 1.0));
        back->setFlag(QGraphicsItem::ItemIgnoresTransformations);
        back->setPos(c);
        back->setTransform(QTransform::fromTranslate(offset.x(), offset.y()));
        m_traceOverlay->addToGroup(back);
        m_traceOverlay->addToGroup(tag);
    }
    addItem(m_traceOverlay);
    emit traceChanged();
}

// ---- drag preview ----

void FloorPlanScene::beginDragPreview(const QList<SelectionItem> &items)
{
    endDragPreview();
    m_dragActive = true;
    m_dragRefused = false;
    m_dragItems = items;
    auto remember = [&](QGraphicsItem *item) {
        if (item && !m_dragOrigins.contains(item))
            m_dragOrigins.insert(item, item->pos());
    };
    for (const SelectionItem &s : items) {
        if (s.kind == SelectionItem::Kind::Rack) {
            remember(rackItem(RackId(s.id)));
        } else if (s.kind == SelectionItem::Kind::Row) {
            remember(rowLabelItem(RowId(s.id)));
            for (int i : m_index.racksOfRow(RowId(s.id)))
                remember(rackItem(m_design->racks[std::size_t(i)].id));
        }
    }
}

void FloorPlanScene::setDragPreviewDelta(Point2 deltaM)
{
    if (!m_dragActive)
        return;
    m_dragDelta = deltaM;
    const QPointF offset(deltaM.x * kUnitsPerMetre, -deltaM.y * kUnitsPerMetre);
    for (auto it = m_dragOrigins.constBegin(); it != m_dragOrigins.constEnd(); ++it)
        it.key()->setPos(it.value() + offset);
}

void FloorPlanScene::setDragRefused(bool refused)
{
    if (refused == m_dragRefused)
        return;
    m_dragRefused = refused;
    updateMarks();
}

void FloorPlanScene::endDragPreview()
{
    if (!m_dragActive)
        return;
    m_dragActive = false;
    m_dragRefused = false;
    m_dragItems.clear();
    m_dragOrigins.clear();
    // Back to the design: the app has applied the move (items follow) or not (items return).
    if (m_design) {
        for (RackItem *item : std::as_const(m_rackItems))
            if (const Rack *r = m_index.rack(item->rackId()))
                item->setPos(toScene(r->footprint).topLeft());
        for (RowLabelItem *label : std::as_const(m_rowLabels))
            if (const Row *row = m_index.row(label->rowId()))
                label->setRow(*row);
    }
    updateMarks();
    if (m_failure) {
        updateFailure();
        recolourAll();
        emit legendChanged();
    }
}

// ---- picking ----

SelectionItem FloorPlanScene::pick(const QPointF &pos, bool preferEquipment, double tolerance) const
{
    const RackItem *rack = nullptr;
    const EquipmentItem *equipment = nullptr;
    for (QGraphicsItem *item : items(pos)) {
        switch (item->type()) {
        case RowLabelItem::Type: return SelectionItem::row(static_cast<RowLabelItem *>(item)->rowId());
        case RackItem::Type:
            if (!rack)
                rack = static_cast<RackItem *>(item);
            break;
        case EquipmentItem::Type:
            if (!equipment)
                equipment = static_cast<EquipmentItem *>(item);
            break;
        default: break;
        }
    }
    if (equipment && (preferEquipment || !rack))
        return SelectionItem::equipment(equipment->equipmentId());
    if (rack)
        return SelectionItem::rack(rack->rackId());
    if (m_traysVisible && m_design) {
        const QRectF box(pos.x() - tolerance, pos.y() - tolerance, 2 * tolerance, 2 * tolerance);
        int best = -1;
        double bestDistance = tolerance;
        for (QGraphicsItem *item : items(box)) {
            const auto it = m_trayItems.constFind(item);
            if (it == m_trayItems.constEnd())
                continue;
            const double dist = distanceToSegment(pos, static_cast<QGraphicsLineItem *>(item)->line());
            if (dist <= bestDistance) {
                bestDistance = dist;
                best = it.value();
            }
        }
        if (best >= 0)
            return SelectionItem::tray(m_design->trays[std::size_t(best)].id);
    }
    return {};
}

QList<SelectionItem> FloorPlanScene::racksIn(const QRectF &rect) const
{
    QList<SelectionItem> out;
    for (QGraphicsItem *item : items(rect, Qt::IntersectsItemBoundingRect))
        if (item->type() == RackItem::Type) {
            auto *r = static_cast<RackItem *>(item);
            // Bounding rects carry a frame margin: test the footprint itself.
            if (const Rack *rack = m_index.rack(r->rackId()); rack && toScene(rack->footprint).intersects(rect))
                out << SelectionItem::rack(r->rackId());
        }
    std::sort(out.begin(), out.end(), [](const SelectionItem &a, const SelectionItem &b) { return a.id < b.id; });
    return out;
}

QRectF FloorPlanScene::sceneRectOf(const SelectionItem &item) const
{
    if (!m_design)
        return {};
    switch (item.kind) {
    case SelectionItem::Kind::Rack:
        if (const Rack *r = m_index.rack(RackId(item.id)))
            return toScene(r->footprint);
        break;
    case SelectionItem::Kind::Row:
        if (const Row *r = m_index.row(RowId(item.id)))
            return toScene(r->area);
        break;
    case SelectionItem::Kind::Zone:
        if (const Zone *z = m_index.zone(ZoneId(item.id)))
            return toScene(z->area);
        break;
    case SelectionItem::Kind::Device:
        if (const Device *d = m_index.device(DeviceId(item.id)))
            return sceneRectOf(SelectionItem::rack(d->rack));
        break;
    case SelectionItem::Kind::Equipment:
        if (const Equipment *e = m_index.equipment(EquipmentId(item.id)))
            return toScene(e->footprint);
        break;
    case SelectionItem::Kind::Link:
        if (const Link *l = m_index.link(LinkId(item.id)))
            return sceneRectOf(SelectionItem::device(l->a.device)) | sceneRectOf(SelectionItem::device(l->b.device));
        break;
    case SelectionItem::Kind::Tray:
        if (const TraySegment *t = m_index.tray(TrayId(item.id)))
            return QRectF(toScene(t->a), toScene(t->b)).normalized().adjusted(-10, -10, 10, 10);
        break;
    }
    return {};
}

} // namespace hallwright::views
