// Interaction of the 2D plan: picking, rubber band, snapped drags and nudges as intents, zoom, overlays.
#include "floorplan/floor_plan_view.h"

#include "analysis/analysis.h"
#include "common/labels.h"
#include "common/legend_widget.h"
#include "common/units.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QContextMenuEvent>
#include <QRubberBand>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace hallwright::views {

namespace {

constexpr double kLegiblePixelsPerMetre = 75.0; // a 0.6 m rack ≈ 45 px: its name reads at 10–12 px
constexpr double kMaxPixelsPerMetre = 2000.0;
constexpr double kMinPixelsPerMetre = 0.5;

/// A scale bar of 1, 2 or 5 × 10^k metres, about 120 px long, bottom right.
class ScaleBar : public QWidget
{
public:
    explicit ScaleBar(QWidget *parent) : QWidget(parent)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        resize(140, 34);
    }
    void setPixelsPerMetre(double ppm)
    {
        if (ppm == m_ppm)
            return;
        m_ppm = ppm;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        if (m_ppm <= 0)
            return;
        double metres = 120.0 / m_ppm;
        const double mag = std::pow(10.0, std::floor(std::log10(metres)));
        const double f = metres / mag;
        metres = (f >= 5 ? 5 : f >= 2 ? 2 : 1) * mag;
        const int px = int(std::round(metres * m_ppm));
        QPainter p(this);
        p.setPen(QColor(0, 0, 0, 90));
        p.setBrush(QColor(255, 255, 255, 220));
        p.drawRect(rect().adjusted(0, 0, -1, -1));
        const int x0 = 8, y0 = height() - 10;
        p.setPen(QPen(Qt::black, 2));
        p.drawLine(x0, y0, x0 + px, y0);
        p.drawLine(x0, y0 - 5, x0, y0 + 3);
        p.drawLine(x0 + px, y0 - 5, x0 + px, y0 + 3);
        p.drawText(QRect(x0, 2, width() - x0, y0 - 6), Qt::AlignLeft | Qt::AlignVCenter, Units::length(metres));
    }

private:
    double m_ppm = 0;
};

QPointF toQPointF(Point2 p)
{
    return {p.x, p.y};
}

} // namespace

FloorPlanView::FloorPlanView(QWidget *parent)
    : QGraphicsView(parent), m_scene(new FloorPlanScene(this)), m_legend(new LegendWidget(this)),
      m_traceCard(new QLabel(this)), m_refusalLabel(new QLabel(this))
{
    setScene(m_scene);
    setRenderHint(QPainter::Antialiasing, false);
    setDragMode(QGraphicsView::NoDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlag(QGraphicsView::DontAdjustForAntialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setBackgroundRole(QPalette::Dark);

    m_traceCard->setObjectName(QStringLiteral("traceCard"));
    m_traceCard->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_traceCard->setTextFormat(Qt::RichText);
    m_traceCard->setStyleSheet(QStringLiteral("QLabel { background: rgba(255,255,255,235); color: black; "
                                              "border: 1px solid rgba(0,0,0,90); border-radius: 4px; padding: 6px; }"));
    m_traceCard->hide();
    m_refusalLabel->setObjectName(QStringLiteral("refusalLabel"));
    m_refusalLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_refusalLabel->setStyleSheet(QStringLiteral("QLabel { background: #e41a1c; color: white; font-weight: bold; "
                                                 "border-radius: 3px; padding: 3px 6px; }"));
    m_refusalLabel->hide();
    auto *scaleBar = new ScaleBar(this);
    scaleBar->setObjectName(QStringLiteral("scaleBar"));
    // Created after the viewport, the overlays stack above it.
    m_legend->raise();
    scaleBar->raise();

    setSelectionModel(&m_ownSelection);
    connect(m_scene, &FloorPlanScene::legendChanged, this, &FloorPlanView::updateLegend);
    connect(m_scene, &FloorPlanScene::traceChanged, this, &FloorPlanView::updateTraceCard);
    updateLegend();
}

FloorPlanView::~FloorPlanView()
{
    // The scene disconnects from the selection model before either goes.
    m_scene->setSelectionModel(nullptr);
}

void FloorPlanView::setData(const Design *design, const Catalog *catalog, const Results *results)
{
    cancelDrag();
    m_scene->setData(design, catalog, results);
    m_fitPending = true;
    zoomToFit();
    updateLegend();
    updateTraceCard();
}

void FloorPlanView::applyChanges(const PlanChanges &changes)
{
    m_scene->applyChanges(changes);
    // A regenerated hall of another size (or its undo) is shown whole again, not at the old one's zoom.
    const Design *d = m_scene->design();
    if (changes.regenerated && d && QSizeF(d->hall.widthM, d->hall.depthM) != m_fittedHall) {
        m_fitPending = true;
        zoomToFit();
    }
}

void FloorPlanView::setSelectionModel(SelectionModel *model)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = model ? model : &m_ownSelection;
    m_scene->setSelectionModel(m_selection);
    connect(m_selection, &SelectionModel::centreRequested, this, &FloorPlanView::centreOn);
}

void FloorPlanView::setColourMode(ColourMode mode)
{
    if (mode == m_scene->colourMode())
        return;
    m_scene->setColourMode(mode);
    updateLegend();
    emit colourModeChanged(mode);
}

void FloorPlanView::setDropRefusal(const QString &reason)
{
    m_refusal = reason;
    m_scene->setDragRefused(m_dragging && !reason.isEmpty());
    if (reason.isEmpty() || !m_dragging) {
        m_refusalLabel->hide();
        return;
    }
    m_refusalLabel->setText(tr("Cannot drop here: %1").arg(reason));
    m_refusalLabel->adjustSize();
    QPoint at = mapFromGlobal(QCursor::pos()) + QPoint(18, 18);
    if (!rect().contains(at))
        at = viewport()->geometry().topLeft() + QPoint(12, 12);
    at.setX(std::min(at.x(), width() - m_refusalLabel->width() - 4));
    at.setY(std::min(at.y(), height() - m_refusalLabel->height() - 4));
    m_refusalLabel->move(at);
    m_refusalLabel->show();
    m_refusalLabel->raise();
}

double FloorPlanView::pixelsPerMetre() const
{
    return transform().m11() * kUnitsPerMetre;
}

void FloorPlanView::centreOn(const SelectionItem &item)
{
    const QRectF r = m_scene->sceneRectOf(item);
    if (r.isNull())
        return;
    const QRectF view = viewport()->rect();
    const double fitScale = std::min(view.width() / (r.width() + 300), view.height() / (r.height() + 300));
    double scale = std::max(transform().m11(), kLegiblePixelsPerMetre / kUnitsPerMetre);
    scale = std::min(scale, fitScale); // a row or zone larger than the window: show all of it
    scale = std::clamp(scale, kMinPixelsPerMetre / kUnitsPerMetre, kMaxPixelsPerMetre / kUnitsPerMetre);
    setTransform(QTransform::fromScale(scale, scale));
    centerOn(r.center());
    m_fitPending = false;
    setFocus(Qt::OtherFocusReason);
    placeOverlays();
}

void FloorPlanView::zoomToFit()
{
    if (!m_scene->design())
        return;
    // The hall and every zone outside it (the generator yard), with room for the dimension labels.
    QRectF content = toScene(m_scene->design()->hall.bounds());
    for (const Zone &z : m_scene->design()->zones)
        content |= toScene(z.area);
    content.adjust(-250, -150, 150, 150);
    // Fitted beside or above the legend (bottom left), whichever gives the larger plan,
    // so that the legend never covers a part of the hall.
    const QSizeF vp = viewport()->size();
    QSizeF legend(0, 0);
    if (!m_legend->isHidden()) // isVisible() is false until the view is first shown
        legend = QSizeF(m_legend->sizeHint()) + QSizeF(20, 20);
    auto scaleIn = [&](QSizeF room) {
        return std::min(room.width() / content.width(), room.height() / content.height());
    };
    const QRectF beside(QPointF(legend.width(), 0), QSizeF(vp.width() - legend.width(), vp.height()));
    const QRectF above(QPointF(0, 0), QSizeF(vp.width(), vp.height() - legend.height()));
    const bool useBeside = scaleIn(beside.size()) >= scaleIn(above.size());
    const QRectF room = useBeside ? beside : above;
    const double scale = std::clamp(scaleIn(room.size()), kMinPixelsPerMetre / kUnitsPerMetre,
                                    kMaxPixelsPerMetre / kUnitsPerMetre);
    setTransform(QTransform::fromScale(scale, scale));
    // centerOn puts a point in the viewport's middle; shift so that the content's middle is the room's.
    const QPointF offset = (room.center() - QPointF(vp.width() / 2, vp.height() / 2)) / scale;
    centerOn(content.center() - offset);
    m_fittedHall = QSizeF(m_scene->design()->hall.widthM, m_scene->design()->hall.depthM);
    placeOverlays();
}

void FloorPlanView::zoomIn()
{
    if (pixelsPerMetre() * 1.25 <= kMaxPixelsPerMetre)
        scale(1.25, 1.25);
    m_fitPending = false;
    placeOverlays();
}

void FloorPlanView::zoomOut()
{
    if (pixelsPerMetre() * 0.8 >= kMinPixelsPerMetre)
        scale(0.8, 0.8);
    m_fitPending = false;
    placeOverlays();
}

void FloorPlanView::setTraysVisible(bool visible)
{
    m_scene->setTraysVisible(visible);
}

void FloorPlanView::setLegendVisible(bool visible)
{
    m_legendVisible = visible;
    m_legend->setVisible(visible);
}

QString FloorPlanView::traceText() const
{
    return m_traceCard->isVisible() ? m_traceCard->text() : QString();
}

void FloorPlanView::updateLegend()
{
    QString note;
    if (m_scene->colourMode() == ColourMode::FailureImpact) {
        if (const auto &f = m_scene->failureHighlight())
            note = tr("Failure of %1: %2").arg(f->component, f->summary);
        else
            note = tr("Select a PDU, busway, UPS, transformer, generator, switch or cooling unit "
                      "(Alt-click picks a busway over its racks).");
    }
    m_legend->setLegend(colourModeName(m_scene->colourMode()), m_scene->legend(), note);
    const bool visible = m_legendVisible && m_scene->design();
    if (m_legend->isVisible() != visible)
        m_legend->setVisible(visible);
    placeOverlays();
}

void FloorPlanView::updateTraceCard()
{
    const auto &t = m_scene->cableTrace();
    if (!t) {
        m_traceCard->hide();
        return;
    }
    auto end = [](const QString &tag, const CableEnd &e) {
        return tr("<b>%1</b> rack %2 · %3 · U%4 · port %5")
            .arg(tag, e.rackName.toHtmlEscaped(), e.deviceName.toHtmlEscaped())
            .arg(e.uPosition)
            .arg(e.port + 1);
    };
    QStringList lines;
    lines << tr("<b>Cable %1</b>").arg(t->label.isEmpty() ? QString::number(t->link.value()) : t->label.toHtmlEscaped());
    lines << end(tr("A"), t->a) << end(tr("B"), t->b);
    QString medium = t->medium.isEmpty() ? tr("not cabled") : t->medium.toHtmlEscaped();
    if (t->lengthM > 0)
        medium += tr(", %1 stock length").arg(Units::length(t->lengthM));
    lines << tr("%1 · %2").arg(Units::gbps(t->gbps), medium);
    if (t->sameRack)
        lines << tr("Both ends in one rack: no tray run");
    else if (t->trayRunM)
        lines << tr("Tray run %1 over %n segments", nullptr, int(t->trays.size())).arg(Units::length(*t->trayRunM));
    else
        lines << tr("<span style='color:#b2182b'>No tray path between the racks</span>");
    m_traceCard->setText(lines.join(QStringLiteral("<br>")));
    m_traceCard->adjustSize();
    m_traceCard->show();
    m_traceCard->raise();
    placeOverlays();
}

void FloorPlanView::placeOverlays()
{
    // Move and resize only on a real change: the overlays are translucent, so every
    // geometry change repaints the plan beneath them (which a drag step must not pay for).
    auto place = [](QWidget *w, const QPoint &at) {
        if (w->pos() != at)
            w->move(at);
    };
    const QRect vp = viewport()->geometry();
    if (m_legend->size() != m_legend->sizeHint())
        m_legend->resize(m_legend->sizeHint());
    place(m_legend, QPoint(vp.left() + 10, vp.bottom() - m_legend->height() - 10));
    if (m_traceCard->isVisible())
        place(m_traceCard, QPoint(vp.left() + 10, vp.top() + 10));
    if (auto *bar = findChild<QWidget *>(QStringLiteral("scaleBar"))) {
        static_cast<ScaleBar *>(bar)->setPixelsPerMetre(pixelsPerMetre());
        // Bottom right; above the legend when a wide legend (a failure's note) reaches under it.
        QPoint at(vp.right() - bar->width() - 10, vp.bottom() - bar->height() - 10);
        if (m_legend->isVisible() && m_legend->geometry().right() + 10 > at.x())
            at.setY(m_legend->geometry().top() - bar->height() - 10);
        place(bar, at);
        bar->setVisible(m_scene->design() != nullptr);
    }
}

QList<SelectionItem> FloorPlanView::movableSelection(SelectionItem::Kind kind) const
{
    QList<SelectionItem> out;
    for (const SelectionItem &s : m_selection->selection())
        if (s.kind == kind)
            out << s;
    return out;
}

void FloorPlanView::cancelDrag()
{
    if (m_gesture == Gesture::Band) {
        if (auto *band = findChild<QRubberBand *>())
            band->hide();
    }
    const bool wasDragging = m_dragging;
    m_gesture = Gesture::None;
    m_dragging = false;
    m_dragItems.clear();
    m_scene->endDragPreview();
    m_refusalLabel->hide();
    m_refusal.clear();
    if (wasDragging)
        emit dragCancelled();
}

void FloorPlanView::setBandRect(const QRect &r)
{
    auto *band = viewport()->findChild<QRubberBand *>();
    if (!band)
        band = new QRubberBand(QRubberBand::Rectangle, viewport());
    m_bandRect = r;
    band->setGeometry(r);
    band->setVisible(!r.isEmpty());
}

void FloorPlanView::mousePressEvent(QMouseEvent *event)
{
    m_pressViewPos = event->position().toPoint();
    m_pressScenePos = mapToScene(m_pressViewPos);
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_gesture = Gesture::Pan;
        m_lastPanPos = m_pressViewPos;
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() != Qt::LeftButton || !m_scene->design()) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const bool alt = event->modifiers() & Qt::AltModifier;
    const double tolerance = 5.0 / std::max(transform().m11(), 1e-9); // 5 px
    const SelectionItem hit =
        m_scene->pick(m_pressScenePos, alt || m_scene->colourMode() == ColourMode::FailureImpact, tolerance);
    m_pressItem = hit;
    m_pressAdditive = ctrl;
    if (!hit.isValid()) {
        m_gesture = Gesture::Band;
        setBandRect({});
    } else if (ctrl) {
        m_selection->toggle(hit);
        m_gesture = Gesture::None;
    } else {
        if (!m_selection->contains(hit))
            m_selection->setSelection({hit});
        const bool movable = hit.kind == SelectionItem::Kind::Rack || hit.kind == SelectionItem::Kind::Row;
        m_gesture = movable ? Gesture::Pending : Gesture::None;
    }
    event->accept();
}

void FloorPlanView::contextMenuEvent(QContextMenuEvent *event)
{
    if (!m_scene->design() || m_gesture == Gesture::Drag) {
        event->ignore();
        return;
    }
    // A right click on an item outside the selection selects it, as in every editor; the menu
    // key acts on the selection as it is.
    if (event->reason() == QContextMenuEvent::Mouse) {
        const double tolerance = 5.0 / std::max(transform().m11(), 1e-9);
        const SelectionItem hit = m_scene->pick(mapToScene(event->pos()), false, tolerance);
        if (hit.isValid() && !m_selection->contains(hit))
            m_selection->setSelection({hit});
    }
    emit contextMenuRequested(m_selection->selection(), event->globalPos());
    event->accept();
}

void FloorPlanView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    switch (m_gesture) {
    case Gesture::Pan: {
        const QPoint d = pos - m_lastPanPos;
        m_lastPanPos = pos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        event->accept();
        return;
    }
    case Gesture::Band:
        setBandRect(QRect(m_pressViewPos, pos).normalized());
        event->accept();
        return;
    case Gesture::Pending:
        if ((pos - m_pressViewPos).manhattanLength() < QApplication::startDragDistance())
            return;
        m_dragItems = movableSelection(m_pressItem.kind);
        if (m_dragItems.isEmpty())
            m_dragItems = {m_pressItem};
        m_gesture = Gesture::Drag;
        m_dragging = true;
        m_dragDelta = {};
        m_scene->beginDragPreview(m_dragItems);
        [[fallthrough]];
    case Gesture::Drag: {
        const QPointF now = mapToScene(pos);
        const Point2 raw{(now.x() - m_pressScenePos.x()) / kUnitsPerMetre,
                         -(now.y() - m_pressScenePos.y()) / kUnitsPerMetre};
        const bool snap = m_snapping && !(event->modifiers() & Qt::AltModifier);
        const SnappedDelta snapped = m_pressItem.kind == SelectionItem::Kind::Row
                                         ? snapRowDrag(m_scene->index(), RowId(m_pressItem.id), raw, snap)
                                         : snapRackDrag(m_scene->index(), RackId(m_pressItem.id), raw, snap);
        m_scene->setDragPreviewDelta(snapped.deltaM);
        if (!(snapped.deltaM == m_dragDelta)) {
            m_dragDelta = snapped.deltaM;
            emit dragUpdated(m_dragItems, toQPointF(m_dragDelta));
        }
        if (m_refusalLabel->isVisible())
            setDropRefusal(m_refusal); // follow the cursor
        event->accept();
        return;
    }
    case Gesture::None: break;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void FloorPlanView::mouseReleaseEvent(QMouseEvent *event)
{
    switch (m_gesture) {
    case Gesture::Pan:
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        break;
    case Gesture::Band: {
        const QRect band = m_bandRect;
        setBandRect({});
        if (band.width() < 3 && band.height() < 3) {
            if (!m_pressAdditive)
                m_selection->clear(); // a click on empty floor
            break;
        }
        const QList<SelectionItem> racks = m_scene->racksIn(mapToScene(band).boundingRect());
        if (m_pressAdditive)
            m_selection->add(racks);
        else
            m_selection->setSelection(racks);
        break;
    }
    case Gesture::Drag: {
        const QList<SelectionItem> items = m_dragItems;
        const Point2 delta = m_dragDelta;
        m_gesture = Gesture::None;
        m_dragging = false;
        m_dragItems.clear();
        m_refusalLabel->hide();
        // The app applies (or refuses) while the preview still shows the drop, then the items follow the design.
        emit dragFinished(items, toQPointF(delta));
        m_scene->endDragPreview();
        m_refusal.clear();
        break;
    }
    case Gesture::Pending:
    case Gesture::None: break;
    }
    m_gesture = Gesture::None;
    event->accept();
}

void FloorPlanView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const SelectionItem hit = m_scene->pick(mapToScene(event->position().toPoint()), false, 0.0);
    if (hit.kind == SelectionItem::Kind::Rack)
        if (const Rack *r = m_scene->index().rack(RackId(hit.id)))
            m_selection->setSelection({SelectionItem::row(r->row)});
    event->accept();
}

void FloorPlanView::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    if (key == Qt::Key_Escape) {
        if (m_dragging || m_gesture == Gesture::Band)
            cancelDrag();
        else
            m_selection->clear();
        event->accept();
        return;
    }
    QList<SelectionItem> movable = movableSelection(SelectionItem::Kind::Rack);
    movable += movableSelection(SelectionItem::Kind::Row);
    if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
        if (!movable.isEmpty() && !m_dragging)
            emit deleteRequested(movable);
        event->accept();
        return;
    }
    if (key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Down) {
        if (movable.isEmpty() || m_dragging) {
            QGraphicsView::keyPressEvent(event);
            return;
        }
        double step = SnapRules{}.gridM;
        if (event->modifiers() & Qt::ShiftModifier) {
            std::vector<RackId> racks;
            std::vector<RowId> rows;
            for (const SelectionItem &s : movable)
                (s.kind == SelectionItem::Kind::Rack ? void(racks.push_back(RackId(s.id)))
                                                     : void(rows.push_back(RowId(s.id))));
            step = rackPitchM(m_scene->index(), racks, rows);
        }
        const QPointF delta = key == Qt::Key_Left ? QPointF(-step, 0)
                              : key == Qt::Key_Right ? QPointF(step, 0)
                              : key == Qt::Key_Up   ? QPointF(0, step) // north is up
                                                    : QPointF(0, -step);
        emit nudgeRequested(movable, delta);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void FloorPlanView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void FloorPlanView::wheelEvent(QWheelEvent *event)
{
    double factor = std::pow(1.0015, event->angleDelta().y());
    const double ppm = pixelsPerMetre() * factor;
    if (ppm > kMaxPixelsPerMetre || ppm < kMinPixelsPerMetre)
        factor = 1.0;
    scale(factor, factor);
    m_fitPending = false;
    placeOverlays();
    event->accept();
}

void FloorPlanView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitPending)
        zoomToFit();
    placeOverlays();
}

bool FloorPlanView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(mapToScene(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

QString FloorPlanView::toolTipAt(const QPointF &scenePos) const
{
    const double tolerance = 5.0 / std::max(transform().m11(), 1e-9);
    const SelectionItem hit = m_scene->pick(scenePos, m_scene->colourMode() == ColourMode::FailureImpact, tolerance);
    const DesignIndex &index = m_scene->index();
    switch (hit.kind) {
    case SelectionItem::Kind::Rack: {
        const Rack *r = index.rack(RackId(hit.id));
        if (!r)
            return {};
        QStringList lines{tr("<b>%1</b> · %2 · %3")
                              .arg(QString::fromStdString(r->name).toHtmlEscaped(), Labels::rackRole(r->role),
                                   Labels::su(r->su))};
        if (const RackFigures::Figures *f = m_scene->figures().find(r->id); f && f->kw) {
            lines << tr("Load %1 · cooling limit %2 · power limit %3")
                         .arg(Units::power(*f->kw), Units::power(r->coolingLimitKw), Units::power(r->powerLimitKw));
            if (const auto h = coolingHeadroom(*f))
                lines << tr("Cooling headroom %1").arg(Units::percent(*h, 0));
        }
        return lines.join(QStringLiteral("<br>"));
    }
    case SelectionItem::Kind::Equipment:
        if (const Equipment *e = index.equipment(EquipmentId(hit.id)))
            return tr("<b>%1</b> · %2<br>%3")
                .arg(QString::fromStdString(e->name).toHtmlEscaped(), Labels::equipmentKind(e->kind),
                     QString::fromStdString(e->catalogId).toHtmlEscaped());
        return {};
    case SelectionItem::Kind::Row:
        if (const Row *r = index.row(RowId(hit.id)))
            return tr("<b>%1</b> · %n racks · fronts face %2", nullptr, int(index.racksOfRow(r->id).size()))
                .arg(QString::fromStdString(r->name).toHtmlEscaped(), Labels::facing(r->facing));
        return {};
    case SelectionItem::Kind::Tray:
        if (const TraySegment *t = index.tray(TrayId(hit.id)))
            return tr("%1 · %2 long · %3 × %4 mm × %5 levels · at %6")
                .arg(t->kind == "trunk" ? tr("Trunk tray") : tr("Row tray"), Units::length(t->lengthM()))
                .arg(t->widthMm, 0, 'f', 0)
                .arg(t->depthMm, 0, 'f', 0)
                .arg(t->levels)
                .arg(Units::length(t->heightM));
        return {};
    default: return {};
    }
}

} // namespace hallwright::views
