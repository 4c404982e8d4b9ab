// The 2D floor-plan widget: shows a FloorPlanScene with zoom and pan.
#pragma once

#include "model/design.h"

#include <QGraphicsView>

namespace hallwright::views {

class FloorPlanScene;

/// A view of the hall seen from above. Mouse wheel zooms about the cursor,
/// dragging with the middle or left button on empty floor pans.
class FloorPlanView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit FloorPlanView(QWidget *parent = nullptr);

    void setDesign(const Design *design);
    FloorPlanScene *floorPlanScene() const { return m_scene; }

public slots:
    void zoomToFit();
    void zoomIn();
    void zoomOut();
    void setTraysVisible(bool visible);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    FloorPlanScene *m_scene;
    bool m_fitPending = true;
};

} // namespace hallwright::views
