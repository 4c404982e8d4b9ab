// Rack elevation scene: faces, U scale, device bodies, port squares by fabric, PDUs, the port list.
#include "elevation/rack_elevation_view.h"

#include "analysis/analysis.h"
#include "common/labels.h"
#include "common/units.h"

#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QMouseEvent>

#include <algorithm>

namespace hallwright::views {

namespace {

enum ItemData { KindKey = 0, IdKey = 1, PortKey = 2 };
enum PickKind { PickDevice = 1, PickPort = 2 };

QColor deviceColour(DeviceKind kind)
{
    switch (kind) {
    case DeviceKind::ComputeNode: return QColor(0xc6, 0xdb, 0xef);
    case DeviceKind::Switch: return QColor(0xfd, 0xd0, 0xa2);
    case DeviceKind::PatchPanel: return QColor(0xe0, 0xe0, 0xe0);
    case DeviceKind::Pdu: return QColor(0xf0, 0xe4, 0x42);
    case DeviceKind::Storage: return QColor(0xc7, 0xe9, 0xc0);
    case DeviceKind::Other: return QColor(0xf0, 0xf0, 0xf0);
    }
    return Qt::white;
}

/// Okabe–Ito, one colour per fabric, for the port squares.
QColor fabricColour(Fabric f)
{
    switch (f) {
    case Fabric::Compute: return QColor(0x00, 0x72, 0xb2);
    case Fabric::Storage: return QColor(0x00, 0x9e, 0x73);
    case Fabric::InbandMgmt: return QColor(0xe6, 0x9f, 0x00);
    case Fabric::OobMgmt: return QColor(0x99, 0x99, 0x99);
    case Fabric::NvLink: return QColor(0xcc, 0x79, 0xa7);
    }
    return Qt::gray;
}

QPen pixelPen(const QColor &c, double w)
{
    QPen p(c, w);
    p.setCosmetic(true);
    return p;
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

RackElevationView::RackElevationView(QWidget *parent) : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing, false);
    setRenderHint(QPainter::TextAntialiasing, true);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setBackgroundBrush(QColor(245, 246, 248));
    setMinimumSize(320, 200);
}

void RackElevationView::setData(const Design *design, const Catalog *catalog, const Results *results)
{
    m_design = design;
    m_catalog = catalog;
    m_results = results;
    m_index = design ? DesignIndex(*design) : DesignIndex();
    if (!m_index.rack(m_rack))
        m_rack = {};
    followSelection();
    rebuild();
}

void RackElevationView::applyChanges(const PlanChanges &changes)
{
    if (changes.structural || changes.regenerated) {
        setData(m_design, m_catalog, m_results);
        return;
    }
    // Moves change nothing inside a rack; a re-cabled link changes labels.
    if (changes.linksChanged || std::find(changes.racks.begin(), changes.racks.end(), m_rack) != changes.racks.end())
        rebuild();
}

void RackElevationView::setSelectionModel(SelectionModel *model)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = model;
    if (m_selection)
        connect(m_selection, &SelectionModel::selectionChanged, this, [this] {
            const RackId before = m_rack;
            followSelection();
            if (m_rack != before)
                rebuild();
            else
                markSelection();
        });
    followSelection();
    rebuild();
}

void RackElevationView::showRack(RackId rack)
{
    m_rack = rack;
    rebuild();
}

void RackElevationView::followSelection()
{
    if (!m_selection || !m_design)
        return;
    const SelectionItem cur = m_selection->current();
    switch (cur.kind) {
    case SelectionItem::Kind::Rack:
        if (m_index.rack(RackId(cur.id)))
            m_rack = RackId(cur.id);
        break;
    case SelectionItem::Kind::Device:
        if (const Device *d = m_index.device(DeviceId(cur.id)))
            m_rack = d->rack;
        break;
    case SelectionItem::Kind::Link:
        if (const Link *l = m_index.link(LinkId(cur.id))) {
            const Device *a = m_index.device(l->a.device);
            const Device *b = m_index.device(l->b.device);
            // Stay on this rack when it holds either end (clicking a port here), else show end A.
            if (!((a && a->rack == m_rack) || (b && b->rack == m_rack)) && a)
                m_rack = a->rack;
        }
        break;
    default: break;
    }
}

int RackElevationView::portCount(const Device &d) const
{
    int n = 0;
    if (m_catalog) {
        if (const NodeSpec *node = m_catalog->node(d.catalogId))
            n = node->computeNics + node->storageNics + node->mgmtPorts + node->oobPorts;
        else if (const SwitchSpec *sw = m_catalog->switchSpec(d.catalogId))
            n = sw->ports + sw->uplinks;
        else if (const PatchPanelSpec *pp = m_catalog->patchPanel(d.catalogId))
            n = pp->ports;
    }
    for (int li : m_index.linksOfDevice(d.id)) {
        const Link &l = m_design->links[std::size_t(li)];
        n = std::max(n, 1 + (l.a.device == d.id ? l.a.port : l.b.port));
    }
    return n;
}

bool RackElevationView::portsOnFront(const Device &d) const
{
    return d.kind == DeviceKind::Switch || d.kind == DeviceKind::PatchPanel;
}

void RackElevationView::rebuild()
{
    QGraphicsScene *s = scene();
    s->clear();
    m_front.clear();
    m_rear.clear();
    m_ports.clear();
    m_marks.clear();
    m_portList = nullptr;
    const Rack *rack = m_design ? m_index.rack(m_rack) : nullptr;
    if (!rack) {
        auto *t = s->addSimpleText(m_design ? tr("Select a rack, a device or a cable to see its rack")
                                            : tr("No hall open"));
        t->setBrush(QColor(90, 90, 90));
        setSceneRect(t->boundingRect().adjusted(-20, -20, 20, 20));
        return;
    }
    const int height = std::max(rack->heightU, 1);
    const double faceHeight = height * kUnitHeight;
    QFont small;
    small.setPixelSize(11);
    QFont label;
    label.setPixelSize(12);
    QFont title;
    title.setPixelSize(15);
    title.setBold(true);

    auto *heading = s->addSimpleText(tr("Rack %1 · %2 · %3 U").arg(qs(rack->name), Labels::rackRole(rack->role)).arg(height),
                                     title);
    heading->setPos(0, -58);
    for (Face face : {Face::Front, Face::Rear}) {
        const double x0 = face == Face::Front ? 0.0 : kFaceWidth + kFaceGap;
        auto *name = s->addSimpleText(face == Face::Front ? tr("Front") : tr("Rear"), label);
        name->setPos(x0 + kFaceWidth / 2 - name->boundingRect().width() / 2, -26);
        s->addRect(QRectF(x0, 0, kFaceWidth, faceHeight), pixelPen(QColor(40, 40, 40), 2.0), QColor(60, 62, 66));
        for (int u = 1; u <= height; ++u) {
            const double y = (height - u) * kUnitHeight;
            if (u % 2 == 1 || height <= 24) {
                auto *n = s->addSimpleText(QString::number(u), small);
                n->setBrush(QColor(110, 110, 110));
                n->setPos(x0 - 6 - n->boundingRect().width(), y + (kUnitHeight - n->boundingRect().height()) / 2);
            }
            s->addLine(QLineF(x0, y, x0 + 6, y), pixelPen(QColor(120, 120, 120), 1.0));
        }
    }
    // Devices in U, and zero-U PDUs up the rear sides (feed A left, feed B right).
    std::vector<const Device *> pdus;
    for (int di : m_index.devicesOfRack(rack->id)) {
        const Device &d = m_design->devices[std::size_t(di)];
        if (d.uHeight <= 0) {
            if (d.kind == DeviceKind::Pdu)
                pdus.push_back(&d);
            continue;
        }
        const double top = (height - (d.uPosition + d.uHeight - 1)) * kUnitHeight;
        const double h = d.uHeight * kUnitHeight;
        const bool front = portsOnFront(d);
        for (Face face : {Face::Front, Face::Rear}) {
            const double x0 = face == Face::Front ? 0.0 : kFaceWidth + kFaceGap;
            const QRectF r(x0 + 14, top + 1, kFaceWidth - 28, h - 2);
            auto *body = s->addRect(r, pixelPen(QColor(30, 30, 30), 1.0), deviceColour(d.kind));
            body->setData(KindKey, PickDevice);
            body->setData(IdKey, qlonglong(d.id.value()));
            body->setToolTip(tr("%1 · %2 · U%3–U%4")
                                 .arg(qs(d.name), qs(d.catalogId))
                                 .arg(d.uPosition)
                                 .arg(d.uPosition + d.uHeight - 1));
            (face == Face::Front ? m_front : m_rear).insert(d.id.value(), body);
            const bool portFace = (face == Face::Front) == front;
            if (!portFace || h >= 2 * kUnitHeight || portCount(d) == 0) {
                auto *n = new QGraphicsSimpleTextItem(qs(d.name), body);
                n->setFont(label);
                n->setPos(r.left() + 6, r.top() + std::max(1.0, (std::min(h, 2 * kUnitHeight) - 16) / 2));
            }
            if (!portFace)
                continue;
            // Port squares along the bottom of the body, coloured by the fabric of their cable.
            const int ports = portCount(d);
            if (ports == 0)
                continue;
            QHash<int, const Link *> linked;
            for (int li : m_index.linksOfDevice(d.id)) {
                const Link &l = m_design->links[std::size_t(li)];
                linked.insert(l.a.device == d.id ? l.a.port : l.b.port, &l);
            }
            const double pitch = std::min(14.0, (r.width() - 12) / ports);
            const double size = std::max(3.0, pitch - 2);
            const double py = r.bottom() - size - 3;
            for (int p = 0; p < ports; ++p) {
                const QRectF pr(r.left() + 6 + p * pitch, py, size, size);
                const Link *l = linked.value(p);
                auto *sq = s->addRect(pr, pixelPen(QColor(20, 20, 20), 1.0), l ? fabricColour(l->fabric) : QColor(Qt::white));
                sq->setZValue(2);
                if (l) {
                    sq->setData(KindKey, PickPort);
                    sq->setData(IdKey, qlonglong(l->id.value()));
                    const PortRef &far = l->a.device == d.id ? l->b : l->a;
                    const Device *fd = m_index.device(far.device);
                    const Rack *fr = fd ? m_index.rack(fd->rack) : nullptr;
                    sq->setToolTip(tr("Port %1 · cable %2 · %3 → %4 %5 port %6")
                                       .arg(p + 1)
                                       .arg(qs(l->label), Labels::fabric(l->fabric), fr ? qs(fr->name) : QString(),
                                            fd ? qs(fd->name) : tr("(missing device)"))
                                       .arg(far.port + 1));
                } else {
                    sq->setToolTip(tr("Port %1 · no cable").arg(p + 1));
                }
                m_ports.insert({d.id.value(), p}, sq);
            }
        }
    }
    const double rearX = kFaceWidth + kFaceGap;
    int leftStrips = 0, rightStrips = 0;
    for (const Device *p : pdus) {
        const bool left = p->role != "B";
        const int slot = left ? leftStrips++ : rightStrips++;
        const double x = left ? rearX + 1 + slot * 6.5 : rearX + kFaceWidth - 7.5 - slot * 6.5;
        auto *strip = s->addRect(QRectF(x, 2, 6, faceHeight - 4), pixelPen(QColor(60, 60, 0), 1.0), deviceColour(p->kind));
        strip->setZValue(3);
        strip->setData(KindKey, PickDevice);
        strip->setData(IdKey, qlonglong(p->id.value()));
        strip->setToolTip(tr("%1 · feed %2 · %3").arg(qs(p->name), qs(p->role), qs(p->catalogId)));
        m_rear.insert(p->id.value(), strip);
    }
    // Legend of port colours under the faces.
    double lx = 0;
    const double ly = faceHeight + 16;
    for (Fabric f : {Fabric::Compute, Fabric::Storage, Fabric::InbandMgmt, Fabric::OobMgmt}) {
        s->addRect(QRectF(lx, ly, 10, 10), pixelPen(Qt::black, 1.0), fabricColour(f));
        auto *t = s->addSimpleText(Labels::fabric(f), small);
        t->setPos(lx + 14, ly - 2);
        lx += 24 + t->boundingRect().width();
    }
    s->addRect(QRectF(lx, ly, 10, 10), pixelPen(Qt::black, 1.0), Qt::white);
    auto *t = s->addSimpleText(tr("no cable"), small);
    t->setPos(lx + 14, ly - 2);
    markSelection();
    setSceneRect(QRectF(-50, -70, 2 * kFaceWidth + kFaceGap + kListWidth + 70, faceHeight + 110));
    fitFaces();
}

void RackElevationView::fitFaces()
{
    // Fit the width (faces and port list), at most 1:1 and not so small that the names cannot
    // be read (half size); a rack taller than the view scrolls, starting at its top, and a view
    // too narrow for the width scrolls sideways, starting at the left, where the title is.
    constexpr double kSmallest = 0.5;
    const QRectF all = sceneRect();
    const double byWidth = viewport()->width() / all.width();
    const double scale = std::clamp(byWidth, kSmallest, 1.0);
    setTransform(QTransform::fromScale(scale, scale));
    const double halfW = viewport()->width() / scale / 2, halfH = viewport()->height() / scale / 2;
    centerOn(byWidth < kSmallest ? all.left() + halfW : all.center().x(), all.top() + halfH);
}

void RackElevationView::markSelection()
{
    QGraphicsScene *s = scene();
    for (QGraphicsItem *m : std::as_const(m_marks))
        delete m;
    m_marks.clear();
    delete m_portList;
    m_portList = nullptr;
    if (!m_selection || !m_design)
        return;
    const Device *listed = nullptr;
    for (const SelectionItem &item : m_selection->selection()) {
        if (item.kind == SelectionItem::Kind::Device) {
            for (const auto *faces : {&m_front, &m_rear})
                if (QGraphicsItem *body = faces->value(item.id)) {
                    auto *frame = s->addRect(body->sceneBoundingRect(), pixelPen(Qt::black, 3.0), Qt::NoBrush);
                    frame->setZValue(5);
                    m_marks << frame;
                }
            if (item == m_selection->current())
                listed = m_index.device(DeviceId(item.id));
        } else if (item.kind == SelectionItem::Kind::Link) {
            if (const Link *l = m_index.link(LinkId(item.id)))
                for (const PortRef &end : {l->a, l->b})
                    if (QGraphicsItem *sq = m_ports.value({end.device.value(), end.port})) {
                        auto *ring = s->addEllipse(sq->sceneBoundingRect().adjusted(-4, -4, 4, 4), pixelPen(Qt::black, 2.5),
                                                   Qt::NoBrush);
                        ring->setZValue(6);
                        m_marks << ring;
                    }
        }
    }
    if (!listed || listed->rack != m_rack)
        return;
    // The selected device's cabled ports, right of the rear face.
    QStringList lines{tr("<b>%1</b> ports").arg(qs(listed->name).toHtmlEscaped())};
    std::vector<const Link *> links;
    for (int li : m_index.linksOfDevice(listed->id))
        links.push_back(&m_design->links[std::size_t(li)]);
    std::sort(links.begin(), links.end(), [&](const Link *a, const Link *b) {
        const int pa = a->a.device == listed->id ? a->a.port : a->b.port;
        const int pb = b->a.device == listed->id ? b->a.port : b->b.port;
        return pa < pb;
    });
    for (const Link *l : links) {
        const bool aSide = l->a.device == listed->id;
        const PortRef &far = aSide ? l->b : l->a;
        const Device *fd = m_index.device(far.device);
        const Rack *fr = fd ? m_index.rack(fd->rack) : nullptr;
        lines << tr("p%1 · %2 → %3 %4 p%5")
                     .arg((aSide ? l->a.port : l->b.port) + 1)
                     .arg(qs(l->label).toHtmlEscaped(), fr ? qs(fr->name).toHtmlEscaped() : QString(),
                          fd ? qs(fd->name).toHtmlEscaped() : tr("(missing)"))
                     .arg(far.port + 1);
    }
    if (links.empty())
        lines << tr("no cables");
    auto *text = new QGraphicsTextItem;
    QFont f;
    f.setPixelSize(11);
    text->setFont(f);
    text->setHtml(lines.join(QStringLiteral("<br>")));
    text->setPos(2 * kFaceWidth + kFaceGap + 20, 0);
    s->addItem(text);
    m_portList = text;
}

QRectF RackElevationView::deviceRect(DeviceId device, Face face) const
{
    const QGraphicsItem *item = (face == Face::Front ? m_front : m_rear).value(device.value());
    return item ? static_cast<const QGraphicsRectItem *>(item)->rect() : QRectF();
}

QPointF RackElevationView::portCentre(DeviceId device, int port) const
{
    const QGraphicsItem *item = m_ports.value({device.value(), port});
    return item ? static_cast<const QGraphicsRectItem *>(item)->rect().center() : QPointF();
}

QString RackElevationView::portListText() const
{
    return m_portList ? static_cast<QGraphicsTextItem *>(m_portList)->toPlainText() : QString();
}

void RackElevationView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_selection) {
        for (QGraphicsItem *item : items(event->position().toPoint())) {
            const int kind = item->data(KindKey).toInt();
            if (kind == PickPort) {
                m_selection->setSelection({SelectionItem::link(LinkId(item->data(IdKey).toLongLong()))});
                event->accept();
                return;
            }
            if (kind == PickDevice) {
                const SelectionItem d = SelectionItem::device(DeviceId(item->data(IdKey).toLongLong()));
                if (event->modifiers() & Qt::ControlModifier)
                    m_selection->toggle(d);
                else
                    m_selection->setSelection({d});
                event->accept();
                return;
            }
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void RackElevationView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_design && m_index.rack(m_rack))
        fitFaces();
}

} // namespace hallwright::views
