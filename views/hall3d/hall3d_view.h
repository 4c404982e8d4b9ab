// The interactive 3D hall view: VTK inside a QOpenGLWidget, sharing the selection with the plan.
#pragma once

#include "common/colour_modes.h"
#include "hall3d/camera_poses.h"
#include "hall3d/camera_preset.h"
#include "selection/selection_model.h"

#include <QImage>
#include <QOpenGLWidget>

#include <memory>
#include <optional>
#include <vector>

namespace hallwright {
class Catalog;
struct Results;
namespace edit {
struct ChangeSet;
}
} // namespace hallwright

namespace hallwright::views {

/// The hall in 3D: floor, rooms, racks coloured by the plan's colour mode,
/// switches, PDUs, plant, trays with their cable bundles, row labels. It
/// never edits the design.
///
/// Mouse: left drag orbits, right or middle drag (or Shift + left) pans, the
/// wheel zooms about the cursor, a click selects (Ctrl toggles, on empty
/// floor it clears), Alt + click picks an overhead busway over a rack,
/// double-click centres on the item. Keys: T top, I isometric, A the next
/// cold aisle; arrows pan (in an aisle: walk and turn); + and − zoom.
class Hall3DView : public QOpenGLWidget
{
    Q_OBJECT

public:
    explicit Hall3DView(QWidget *parent = nullptr);
    ~Hall3DView() override;

    /// The design, catalog and results to show (owned by the caller, valid
    /// until the next call; catalog and results may be null). Rebuilds the scene.
    void setData(const Design *design, const Catalog *catalog, const Results *results);
    /// After an edit: redraws the racks, rows and equipment it touched
    /// (rebuilds on structural changes); cable bundles follow once the edit settles.
    void applyChanges(const edit::ChangeSet &changes);
    /// Follows the document's selection and writes picks into it.
    void setSelectionModel(SelectionModel *model);
    SelectionModel *selectionModel() const;

    ColourMode colourMode() const;
    /// The preset last applied (the camera may have moved since).
    CameraPreset cameraPreset() const;
    /// The camera as it stands, and setting it (to restore a view, or in tests).
    hall3d::CameraPose cameraPose() const;
    void setCameraPose(const hall3d::CameraPose &pose);
    /// The legend of the current colour mode (the plan's, for the same design).
    QList<LegendEntry> legend() const;
    /// The failure shown in FailureImpact mode: that of the selected PDU, busway,
    /// UPS, transformer, generator, switch or cooling unit (the last one selected).
    std::optional<FailureHighlight> failureHighlight() const;
    /// The note under the legend (what failed, or how to choose a component).
    QString legendNote() const;
    /// The legend card drawn over the view.
    QWidget *legendWidget() const;
    /// The frame as shown, at the widget's device pixels.
    QImage grabImage();
    /// The item drawn at pos (widget coordinates), as a click there would select it.
    std::optional<SelectionItem> itemAt(const QPoint &pos, bool overhead = false);

public slots:
    void setColourMode(hallwright::views::ColourMode mode);
    /// Applying ColdAisle again walks to the next cold aisle.
    void setCameraPreset(hallwright::views::CameraPreset preset);
    void showTop() { setCameraPreset(CameraPreset::Top); }
    void showIsometric() { setCameraPreset(CameraPreset::Isometric); }
    void walkColdAisle() { setCameraPreset(CameraPreset::ColdAisle); }
    /// Turns the camera to look at item from where it stands, a little closer.
    void centreOn(const hallwright::views::SelectionItem &item);
    void setCablesVisible(bool visible);
    void setLabelsVisible(bool visible);
    void setLegendVisible(bool visible);
    /// Orbits the camera about its focal point (degrees), as a drag would: for scripts and benchmarks.
    void orbit(double azimuthDeg, double elevationDeg);

signals:
    void colourModeChanged(hallwright::views::ColourMode mode);
    /// The legend changed (colour mode, figures, failure).
    void legendChanged();

protected:
    void initializeGL() override;
    void resizeGL(int w, int h) override;
    void paintGL() override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void onSelectionChanged();
    void updateFailure();
    void updateLegend();
    void scheduleTrayLoads();
    void computeTrayLoads();
    /// The camera moved: fast frames until it has settled.
    void cameraMoving();

    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace hallwright::views
