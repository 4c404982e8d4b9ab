// Zoom and pan behaviour of the 2D floor plan.
#include "floorplan/floor_plan_view.h"

#include "floorplan/floor_plan_scene.h"

#include <QWheelEvent>

#include <cmath>

namespace hallwright::views {

FloorPlanView::FloorPlanView(QWidget *parent) : QGraphicsView(parent), m_scene(new FloorPlanScene(this))
{
    setScene(m_scene);
    setRenderHint(QPainter::Antialiasing, false);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setBackgroundRole(QPalette::Dark);
}

void FloorPlanView::setDesign(const Design *design)
{
    m_scene->setDesign(design);
    m_fitPending = true;
    zoomToFit();
}

void FloorPlanView::zoomToFit()
{
    if (!m_scene->design())
        return;
    fitInView(FloorPlanScene::toScene(m_scene->design()->hall.bounds()).adjusted(-150, -150, 150, 150),
              Qt::KeepAspectRatio);
}

void FloorPlanView::zoomIn()
{
    scale(1.25, 1.25);
    m_fitPending = false;
}

void FloorPlanView::zoomOut()
{
    scale(0.8, 0.8);
    m_fitPending = false;
}

void FloorPlanView::setTraysVisible(bool visible)
{
    m_scene->setTraysVisible(visible);
}

void FloorPlanView::wheelEvent(QWheelEvent *event)
{
    const double factor = std::pow(1.0015, event->angleDelta().y());
    scale(factor, factor);
    m_fitPending = false;
    event->accept();
}

void FloorPlanView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitPending)
        zoomToFit();
}

} // namespace hallwright::views
