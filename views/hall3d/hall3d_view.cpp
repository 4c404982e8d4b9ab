// The 3D hall view: hosts a vtkGenericOpenGLRenderWindow in a QOpenGLWidget; camera control, picking, selection.
#include "hall3d/hall3d_view.h"

#include "analysis/analysis.h"
#include "common/failure_highlight.h"
#include "common/legend_widget.h"
#include "edit/editor.h"
#include "hall3d/detail/hall_scene_p.h"
#include "network/cabling.h"

#include <vtkCamera.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkOpenGLState.h>
#include <vtkRenderer.h>
#include <vtkSmartPointer.h>

#include <QKeyEvent>
#include <QOpenGLContext>
#include <QMouseEvent>
#include <QPointer>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace hallwright::views {

namespace {

using hall3d::Vec3;

constexpr double kDegPerPixel = 0.35;
constexpr double kMinElevationDeg = 2.0;
constexpr double kMaxElevationDeg = 89.9;
constexpr int kClickSlopPx = 4;
constexpr double kWalkStepM = 0.6;
constexpr double kWheelZoom = 1.15;
/// While the camera moves, frames are drawn at 1/kMovingReduction of the widget's width and height
/// and scaled up: software OpenGL spends most of a frame per pixel. The settled frame is sharp.
constexpr int kMovingReduction = 2;

double radians(double deg) { return deg * std::numbers::pi / 180.0; }

} // namespace

struct Hall3DView::Impl
{
    hall3d::HallScene scene;
    vtkSmartPointer<vtkGenericOpenGLRenderWindow> window = vtkSmartPointer<vtkGenericOpenGLRenderWindow>::New();
    QPointer<SelectionModel> selection;
    SelectionModel ownSelection;        ///< used until the app sets the document's
    const Design *design = nullptr;
    const Catalog *catalog = nullptr;
    const Results *results = nullptr;
    CameraPreset preset = CameraPreset::Isometric;
    int aisleIndex = 0;
    bool presetPending = true;          ///< apply the preset once the widget has its size
    QTimer trayTimer;                   ///< re-routes the bundles once a drag has settled
    QTimer settleTimer;                 ///< the full-quality frame once the camera has stopped
    bool moving = false;                ///< frames at reduced size, without anti-aliasing or labels
    LegendWidget *legend = nullptr;
    bool legendVisible = true;
    std::unique_ptr<FailureModel> failureModel; ///< built on the first failure asked for, dropped on edits
    SelectionItem failureItem;          ///< the component whose failure is shown

    enum class Gesture { None, Pending, Orbit, Pan };
    Gesture gesture = Gesture::None;
    Qt::MouseButton button = Qt::NoButton;
    QPoint pressPos, lastPos;

    vtkCamera *camera() const { return scene.renderer()->GetActiveCamera(); }
    double aspect(const QWidget *w) const { return w->height() > 0 ? double(w->width()) / w->height() : 1.0; }
    /// The widget's size in device pixels, at least 1 × 1.
    std::pair<int, int> fullSize(const QWidget *w) const
    {
        const double ratio = w->devicePixelRatioF();
        return {std::max(1, int(w->width() * ratio)), std::max(1, int(w->height() * ratio))};
    }
    /// Back to full-quality frames at the widget's size (the render window's size is what picking reads).
    void settle(const QWidget *w)
    {
        settleTimer.stop();
        moving = false;
        scene.setMoving(false);
        const auto [fw, fh] = fullSize(w);
        window->SetSize(fw, fh);
    }
    /// A widget pixel in VTK's display coordinates (device pixels, origin bottom left).
    std::pair<double, double> display(const QWidget *w, const QPointF &p) const
    {
        const double ratio = w->devicePixelRatioF();
        return {p.x() * ratio, (w->height() - p.y()) * ratio};
    }

    void orbit(double dAzimuthDeg, double dElevationDeg)
    {
        vtkCamera *c = camera();
        if (c->GetParallelProjection()) {
            // Leaving the plan-like top view: perspective at the distance that keeps the scale.
            const double distance = c->GetParallelScale() / std::tan(radians(c->GetViewAngle()) / 2.0);
            double f[3], p[3];
            c->GetFocalPoint(f);
            c->GetPosition(p);
            const Vec3 dir{p[0] - f[0], p[1] - f[1], p[2] - f[2]};
            const double n = std::sqrt(dir[0] * dir[0] + dir[1] * dir[1] + dir[2] * dir[2]);
            c->SetPosition(f[0] + dir[0] / n * distance, f[1] + dir[1] / n * distance, f[2] + dir[2] / n * distance);
            c->ParallelProjectionOff();
        }
        double f[3], p[3];
        c->GetFocalPoint(f);
        c->GetPosition(p);
        const double vx = p[0] - f[0], vy = p[1] - f[1], vz = p[2] - f[2];
        const double r = std::sqrt(vx * vx + vy * vy + vz * vz);
        double az = std::atan2(vy, vx);
        double el = std::asin(std::clamp(vz / r, -1.0, 1.0));
        if (std::hypot(vx, vy) < 1e-9) {
            // Straight down: the azimuth is where the view's up vector points away from.
            double up[3];
            c->GetViewUp(up);
            az = std::atan2(-up[1], -up[0]);
        }
        az += radians(dAzimuthDeg);
        el = std::clamp(el + radians(dElevationDeg), radians(kMinElevationDeg), radians(kMaxElevationDeg));
        c->SetPosition(f[0] + r * std::cos(el) * std::cos(az), f[1] + r * std::cos(el) * std::sin(az),
                       f[2] + r * std::sin(el));
        // Up is the direction of rising elevation: defined even looking straight down.
        c->SetViewUp(-std::sin(el) * std::cos(az), -std::sin(el) * std::sin(az), std::cos(el));
        scene.resetClippingRange();
    }

    /// Metres per device pixel at the focal point.
    double metresPerPixel(const QWidget *w) const
    {
        vtkCamera *c = camera();
        const double h = std::max(1.0, w->height() * w->devicePixelRatioF());
        if (c->GetParallelProjection())
            return 2.0 * c->GetParallelScale() / h;
        return 2.0 * c->GetDistance() * std::tan(radians(c->GetViewAngle()) / 2.0) / h;
    }

    void pan(const QWidget *w, double dxPx, double dyPx)
    {
        vtkCamera *c = camera();
        double f[3], p[3], up[3], dop[3];
        c->GetFocalPoint(f);
        c->GetPosition(p);
        c->GetViewUp(up);
        c->GetDirectionOfProjection(dop);
        const Vec3 right{dop[1] * up[2] - dop[2] * up[1], dop[2] * up[0] - dop[0] * up[2], dop[0] * up[1] - dop[1] * up[0]};
        const double m = metresPerPixel(w) * w->devicePixelRatioF();
        double move[3];
        for (int i = 0; i < 3; ++i)
            move[i] = (-dxPx * right[i] + dyPx * up[i]) * m;
        c->SetFocalPoint(f[0] + move[0], f[1] + move[1], f[2] + move[2]);
        c->SetPosition(p[0] + move[0], p[1] + move[1], p[2] + move[2]);
        scene.resetClippingRange();
    }

    /// Zooms by factor (> 1 closer) about the floor point under pos.
    void zoom(const QWidget *w, double factor, const QPointF &pos)
    {
        vtkCamera *c = camera();
        double f[3], p[3];
        c->GetFocalPoint(f);
        c->GetPosition(p);
        // Where the cursor's ray meets the floor plane of the focal point: it stays under the cursor.
        const auto [x, y] = display(w, pos);
        double nearPt[4], farPt[4];
        vtkRenderer *r = scene.renderer();
        r->SetDisplayPoint(x, y, 0.0);
        r->DisplayToWorld();
        r->GetWorldPoint(nearPt);
        r->SetDisplayPoint(x, y, 1.0);
        r->DisplayToWorld();
        r->GetWorldPoint(farPt);
        double target[3] = {f[0], f[1], f[2]};
        if (nearPt[3] != 0.0 && farPt[3] != 0.0) {
            const double n[3] = {nearPt[0] / nearPt[3], nearPt[1] / nearPt[3], nearPt[2] / nearPt[3]};
            const double d[3] = {farPt[0] / farPt[3] - n[0], farPt[1] / farPt[3] - n[1], farPt[2] / farPt[3] - n[2]};
            if (std::abs(d[2]) > 1e-9) {
                const double t = (f[2] - n[2]) / d[2];
                if (t > 0.0 && t < 1.0)
                    target[0] = n[0] + t * d[0], target[1] = n[1] + t * d[1], target[2] = f[2];
            }
        }
        const double shift = 1.0 - 1.0 / factor;
        double move[3];
        for (int i = 0; i < 3; ++i)
            move[i] = (target[i] - f[i]) * shift;
        if (c->GetParallelProjection()) {
            c->SetParallelScale(std::max(0.5, c->GetParallelScale() / factor));
        } else {
            const double distance = std::max(1.0, c->GetDistance() / factor);
            double dop[3];
            c->GetDirectionOfProjection(dop);
            for (int i = 0; i < 3; ++i)
                p[i] = f[i] - dop[i] * distance;
        }
        c->SetFocalPoint(f[0] + move[0], f[1] + move[1], f[2] + move[2]);
        c->SetPosition(p[0] + move[0], p[1] + move[1], p[2] + move[2]);
        scene.resetClippingRange();
    }

    /// In an aisle: steps forward (negative: back) along the floor, at eye height.
    void walk(double metres)
    {
        vtkCamera *c = camera();
        double f[3], p[3], dop[3];
        c->GetFocalPoint(f);
        c->GetPosition(p);
        c->GetDirectionOfProjection(dop);
        const double h = std::hypot(dop[0], dop[1]);
        if (h < 1e-9)
            return;
        const double dx = dop[0] / h * metres, dy = dop[1] / h * metres;
        c->SetFocalPoint(f[0] + dx, f[1] + dy, f[2]);
        c->SetPosition(p[0] + dx, p[1] + dy, p[2]);
        scene.resetClippingRange();
    }

    /// Turns the view about the eye (not the focal point), as a person turning their head.
    void turn(double degreesLeft)
    {
        vtkCamera *c = camera();
        c->Yaw(degreesLeft);
        c->SetViewUp(0, 0, 1);
        c->OrthogonalizeViewUp();
        scene.resetClippingRange();
    }
};

Hall3DView::Hall3DView(QWidget *parent) : QOpenGLWidget(parent), d(std::make_unique<Impl>())
{
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 150);
    d->window->AddRenderer(d->scene.renderer());
    d->window->SetMultiSamples(0); // FXAA smooths edges; multisampling is slow on software OpenGL
    d->selection = &d->ownSelection;
    connect(&d->ownSelection, &SelectionModel::selectionChanged, this, &Hall3DView::onSelectionChanged);
    d->trayTimer.setSingleShot(true);
    d->trayTimer.setInterval(300);
    connect(&d->trayTimer, &QTimer::timeout, this, &Hall3DView::computeTrayLoads);
    // While the camera moves, frames are drawn at a lower quality; 150 ms after the last moving
    // frame was drawn (not after the last move: a slow frame must not end a drag), one frame at full
    // quality.
    d->settleTimer.setSingleShot(true);
    d->settleTimer.setInterval(150);
    connect(&d->settleTimer, &QTimer::timeout, this, [this] {
        d->settle(this);
        update();
    });
    d->legend = new LegendWidget(this);
    d->legend->hide();
}

Hall3DView::~Hall3DView()
{
    // VTK releases its OpenGL resources in the widget's context.
    makeCurrent();
    d->window->RemoveRenderer(d->scene.renderer());
    d->window->Finalize();
    doneCurrent();
}

void Hall3DView::setData(const Design *design, const Catalog *catalog, const Results *results)
{
    const bool first = !d->design && design;
    d->design = design;
    d->catalog = catalog;
    d->results = results;
    d->trayTimer.stop();
    d->failureModel.reset();
    d->failureItem = {};
    d->scene.setData(design, catalog, results);
    if (d->selection)
        d->scene.setSelection(d->selection->selection());
    updateFailure();
    if (first)
        d->presetPending = true;
    // The bundles are computed after the first frame is on screen.
    if (design && catalog && !design->trays.empty())
        QTimer::singleShot(0, this, &Hall3DView::computeTrayLoads);
    updateLegend();
    update();
}

void Hall3DView::applyChanges(const edit::ChangeSet &changes)
{
    if (!d->design)
        return;
    // The failure model read the design as it was.
    d->failureModel.reset();
    if (changes.structural || changes.regenerated) {
        const hall3d::CameraPose pose = cameraPose();
        d->scene.setData(d->design, d->catalog, d->results);
        if (d->selection)
            d->scene.setSelection(d->selection->selection());
        d->scene.applyPose(pose); // an edit does not move the camera
        scheduleTrayLoads();
    } else {
        d->scene.updateItems(changes.racks, changes.equipment, !changes.rows.empty());
        if (changes.linksChanged || !changes.racks.empty())
            scheduleTrayLoads();
    }
    updateFailure();
    updateLegend();
    update();
}

void Hall3DView::computeTrayLoads()
{
    if (!d->design || !d->catalog || d->design->trays.empty())
        return;
    try {
        d->scene.setTrayLoads(network::trayLoads(*d->design, *d->catalog));
    } catch (const std::exception &) {
        d->scene.setTrayLoads({}); // cables the catalog cannot route: trays without bundles
    }
    update();
}

void Hall3DView::scheduleTrayLoads()
{
    // During a drag the bundles wait until the rack has settled.
    d->trayTimer.start();
}

void Hall3DView::setSelectionModel(SelectionModel *model)
{
    if (d->selection)
        disconnect(d->selection, nullptr, this, nullptr);
    d->selection = model ? model : &d->ownSelection;
    connect(d->selection, &SelectionModel::selectionChanged, this, &Hall3DView::onSelectionChanged);
    connect(d->selection, &SelectionModel::centreRequested, this, &Hall3DView::centreOn);
    onSelectionChanged();
}

SelectionModel *Hall3DView::selectionModel() const
{
    return d->selection;
}

void Hall3DView::onSelectionChanged()
{
    d->scene.setSelection(d->selection ? d->selection->selection() : QList<SelectionItem>{});
    if (d->scene.colourMode() == ColourMode::FailureImpact) {
        updateFailure();
        updateLegend();
    }
    update();
}

void Hall3DView::updateFailure()
{
    if (d->scene.colourMode() != ColourMode::FailureImpact || !d->design || !d->catalog || !d->results
        || !d->selection) {
        if (d->scene.failure())
            d->scene.setFailure(std::nullopt);
        return;
    }
    if (!d->failureModel)
        d->failureModel = std::make_unique<FailureModel>(*d->design, *d->catalog, *d->results);
    SelectionItem item = d->selection->current();
    if (!d->failureModel->canFail(item))
        item = d->failureItem; // selecting a rack keeps the last failure in view, as the plan does
    if (!item.isValid() || !d->failureModel->canFail(item)) {
        d->failureItem = {};
        d->scene.setFailure(std::nullopt);
        return;
    }
    std::optional<FailureHighlight> failure;
    try {
        failure = d->failureModel->highlight(item);
    } catch (const std::exception &e) {
        // A component the engine cannot judge: the legend says why, nothing is coloured.
        FailureHighlight failed;
        failed.component = QString::fromUtf8(e.what());
        failure = failed;
    }
    d->failureItem = item;
    d->scene.setFailure(failure);
}

QString Hall3DView::legendNote() const
{
    if (d->scene.colourMode() != ColourMode::FailureImpact)
        return {};
    if (const auto &f = d->scene.failure())
        return tr("Failure of %1: %2").arg(f->component, f->summary);
    return tr("Select a PDU, busway, UPS, transformer, generator, switch or cooling unit "
              "(Alt-click picks a busway over its racks).");
}

void Hall3DView::updateLegend()
{
    d->legend->setLegend(colourModeName(d->scene.colourMode()), d->scene.legend(), legendNote());
    d->legend->setVisible(d->legendVisible && d->design);
    d->legend->move(10, std::max(10, height() - d->legend->height() - 10));
    emit legendChanged();
}

QWidget *Hall3DView::legendWidget() const
{
    return d->legend;
}

void Hall3DView::setLegendVisible(bool visible)
{
    d->legendVisible = visible;
    updateLegend();
}

void Hall3DView::resizeEvent(QResizeEvent *event)
{
    QOpenGLWidget::resizeEvent(event);
    d->legend->resize(d->legend->sizeHint()); // its note wraps to the view's width
    d->legend->move(10, std::max(10, height() - d->legend->height() - 10));
}

ColourMode Hall3DView::colourMode() const
{
    return d->scene.colourMode();
}

CameraPreset Hall3DView::cameraPreset() const
{
    return d->preset;
}

hall3d::CameraPose Hall3DView::cameraPose() const
{
    vtkCamera *c = d->camera();
    hall3d::CameraPose p;
    c->GetPosition(p.position.data());
    c->GetFocalPoint(p.focalPoint.data());
    c->GetViewUp(p.viewUp.data());
    p.parallel = c->GetParallelProjection();
    p.parallelScale = c->GetParallelScale();
    p.viewAngleDeg = c->GetViewAngle();
    return p;
}

void Hall3DView::setCameraPose(const hall3d::CameraPose &pose)
{
    d->presetPending = false;
    d->scene.applyPose(pose);
    update();
}

QList<LegendEntry> Hall3DView::legend() const
{
    return d->scene.legend();
}

std::optional<FailureHighlight> Hall3DView::failureHighlight() const
{
    return d->scene.failure();
}

void Hall3DView::setColourMode(ColourMode mode)
{
    if (mode == d->scene.colourMode())
        return;
    d->scene.setColourMode(mode);
    updateFailure();
    emit colourModeChanged(mode);
    updateLegend();
    update();
}

void Hall3DView::setCameraPreset(CameraPreset preset)
{
    if (preset == CameraPreset::ColdAisle && d->preset == CameraPreset::ColdAisle && !d->presetPending)
        ++d->aisleIndex;
    d->preset = preset;
    d->scene.applyPreset(preset, d->aspect(this), d->aisleIndex);
    d->presetPending = false;
    update();
}

void Hall3DView::setCablesVisible(bool visible)
{
    d->scene.setCablesVisible(visible);
    update();
}

void Hall3DView::setLabelsVisible(bool visible)
{
    d->scene.setLabelsVisible(visible);
    update();
}

void Hall3DView::cameraMoving()
{
    d->moving = true;
    d->scene.setMoving(true);
    d->settleTimer.start();
}

void Hall3DView::orbit(double azimuthDeg, double elevationDeg)
{
    d->orbit(azimuthDeg, elevationDeg);
    cameraMoving();
    update();
}

void Hall3DView::centreOn(const SelectionItem &item)
{
    const auto box = d->scene.itemBox(item);
    if (!box)
        return;
    vtkCamera *c = d->camera();
    double f[3], p[3];
    c->GetFocalPoint(f);
    c->GetPosition(p);
    const double target[3] = {box->cx(), box->cy(), box->cz()};
    // Keep the direction of view, come within about 12 m so that one rack is legible.
    const double span = std::max({box->sx, box->sy, box->sz, 1.0});
    const double distance = std::min(c->GetDistance(), std::max(12.0, span * 2.5));
    double dir[3] = {p[0] - f[0], p[1] - f[1], p[2] - f[2]};
    const double n = std::sqrt(dir[0] * dir[0] + dir[1] * dir[1] + dir[2] * dir[2]);
    for (double &v : dir)
        v /= n;
    c->SetFocalPoint(target);
    c->SetPosition(target[0] + dir[0] * distance, target[1] + dir[1] * distance, target[2] + dir[2] * distance);
    if (c->GetParallelProjection())
        c->SetParallelScale(std::min(c->GetParallelScale(), std::max(8.0, span * 1.5)));
    d->scene.resetClippingRange();
    update();
}

QImage Hall3DView::grabImage()
{
    // A picture is the full-quality frame, even right after the camera moved.
    if (d->moving)
        d->settle(this);
    return grabFramebuffer();
}

std::optional<SelectionItem> Hall3DView::itemAt(const QPoint &pos, bool overhead)
{
    if (d->presetPending && d->design) {
        d->scene.applyPreset(d->preset, d->aspect(this), d->aisleIndex);
        d->presetPending = false;
    }
    if (d->moving)
        d->settle(this);
    const auto [x, y] = d->display(this, QPointF(pos) + QPointF(0.5, 0.5));
    return d->scene.pick(x, y, overhead);
}

void Hall3DView::initializeGL()
{
    // The recipe of docs/platform.md: VTK draws into the widget's framebuffer with Qt's context.
    d->window->SetOwnContext(false);
    d->window->SetMapped(true);
    d->window->SetIsCurrent(true);
    d->window->OpenGLInitContext();
    d->window->SetReadyForRendering(true);
    d->window->SetFrameBlitModeToBlitToCurrent();
}

void Hall3DView::resizeGL(int w, int h)
{
    const double ratio = devicePixelRatioF();
    d->window->SetSize(int(w * ratio), int(h * ratio));
    if (d->presetPending && d->design) {
        d->scene.applyPreset(d->preset, d->aspect(this), d->aisleIndex);
        d->presetPending = false;
    }
}

void Hall3DView::paintGL()
{
    if (d->presetPending && d->design) {
        d->scene.applyPreset(d->preset, d->aspect(this), d->aisleIndex);
        d->presetPending = false;
    }
    const auto [fullW, fullH] = d->fullSize(this);
    const int reduction = d->moving ? kMovingReduction : 1;
    const int w = std::max(1, fullW / reduction), h = std::max(1, fullH / reduction);
    if (const int *size = d->window->GetSize(); size[0] != w || size[1] != h)
        d->window->SetSize(w, h);
    d->window->GetState()->Reset();
    d->window->SetIsCurrent(true);
    // The legend card stands over the view's corner: no label under it (in the frame's pixels).
    std::array<double, 4> keepOut{};
    if (d->legend->isVisible() && width() > 0 && height() > 0) {
        const QRect r = d->legend->geometry();
        const double sx = double(w) / width(), sy = double(h) / height();
        keepOut = {r.left() * sx, (height() - r.bottom() - 1) * sy, (r.right() + 1) * sx, (height() - r.top()) * sy};
    }
    d->scene.prepareFrame(keepOut);
    if (reduction == 1) {
        d->window->SetFrameBlitModeToBlitToCurrent();
        d->window->Render();
        return;
    }
    // The reduced frame, scaled up into the widget's framebuffer (bound by Qt) with smoothing.
    d->window->SetFrameBlitModeToNoBlit();
    d->window->Render();
    d->window->BlitDisplayFramebuffer(0, 0, 0, w, h, 0, 0, fullW, fullH, GL_COLOR_BUFFER_BIT, GL_LINEAR);
    d->settleTimer.start();
}

void Hall3DView::mousePressEvent(QMouseEvent *event)
{
    d->pressPos = d->lastPos = event->position().toPoint();
    d->button = event->button();
    d->gesture = Impl::Gesture::Pending;
    event->accept();
}

void Hall3DView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (d->gesture == Impl::Gesture::None)
        return;
    if (d->gesture == Impl::Gesture::Pending) {
        if ((pos - d->pressPos).manhattanLength() < kClickSlopPx)
            return;
        const bool panButton = d->button == Qt::RightButton || d->button == Qt::MiddleButton
                               || (d->button == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier));
        d->gesture = panButton ? Impl::Gesture::Pan : Impl::Gesture::Orbit;
    }
    const QPoint delta = pos - d->lastPos;
    d->lastPos = pos;
    if (d->gesture == Impl::Gesture::Orbit) {
        if (d->preset == CameraPreset::ColdAisle && !d->camera()->GetParallelProjection()
            && d->camera()->GetPosition()[2] < 3.0)
            d->turn(-delta.x() * kDegPerPixel); // standing in an aisle: look round
        else
            d->orbit(-delta.x() * kDegPerPixel, delta.y() * kDegPerPixel);
    } else {
        d->pan(this, delta.x(), delta.y());
    }
    cameraMoving();
    update();
    event->accept();
}

void Hall3DView::mouseReleaseEvent(QMouseEvent *event)
{
    const bool click = d->gesture == Impl::Gesture::Pending && d->button == Qt::LeftButton
                       && event->button() == Qt::LeftButton;
    d->gesture = Impl::Gesture::None;
    if (!click || !d->selection) {
        event->accept();
        return;
    }
    const auto item = itemAt(event->position().toPoint(), event->modifiers() & Qt::AltModifier);
    if (event->modifiers() & Qt::ControlModifier) {
        if (item)
            d->selection->toggle(*item);
    } else if (item) {
        d->selection->setSelection({*item});
    } else {
        d->selection->clear();
    }
    event->accept();
}

void Hall3DView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        if (const auto item = itemAt(event->position().toPoint(), event->modifiers() & Qt::AltModifier))
            centreOn(*item);
    event->accept();
}

void Hall3DView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0.0) {
        d->zoom(this, std::pow(kWheelZoom, steps), event->position());
        cameraMoving();
        update();
    }
    event->accept();
}

void Hall3DView::keyPressEvent(QKeyEvent *event)
{
    const bool inAisle = d->preset == CameraPreset::ColdAisle && !d->camera()->GetParallelProjection()
                         && d->camera()->GetPosition()[2] < 3.0;
    const double step = 40.0; // pixels of pan per arrow press
    switch (event->key()) {
    case Qt::Key_T: setCameraPreset(CameraPreset::Top); break;
    case Qt::Key_I: setCameraPreset(CameraPreset::Isometric); break;
    case Qt::Key_A: setCameraPreset(CameraPreset::ColdAisle); break;
    case Qt::Key_Up: inAisle ? d->walk(kWalkStepM) : d->pan(this, 0, step); break;
    case Qt::Key_Down: inAisle ? d->walk(-kWalkStepM) : d->pan(this, 0, -step); break;
    case Qt::Key_Left: inAisle ? d->turn(5.0) : d->pan(this, step, 0); break;
    case Qt::Key_Right: inAisle ? d->turn(-5.0) : d->pan(this, -step, 0); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: d->zoom(this, kWheelZoom, rect().center()); break;
    case Qt::Key_Minus: d->zoom(this, 1.0 / kWheelZoom, rect().center()); break;
    case Qt::Key_Escape:
        if (d->selection)
            d->selection->clear();
        break;
    default: QOpenGLWidget::keyPressEvent(event); return;
    }
    update();
    event->accept();
}

} // namespace hallwright::views
