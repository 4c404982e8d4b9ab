// The 3D scene of one design: renderer, building, racks, devices, plant, cables, labels, highlights (private, VTK).
#pragma once

#include "common/colour_modes.h"
#include "hall3d/camera_poses.h"
#include "hall3d/camera_preset.h"
#include "hall3d/scene_geometry.h"
#include "hall3d/scene_picker.h"
#include "network/cabling.h"
#include "selection/selection_model.h"

#include <vtkSmartPointer.h>

#include <array>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

class vtkRenderer;

namespace hallwright {
class Catalog;
struct Results;
} // namespace hallwright

namespace hallwright::views::hall3d {

class BoxGlyphs;
class CableLayer;
class LabelLayer;
class StructureLayer;

/// Builds and owns every VTK object that shows a design; never changes the
/// design. Shared by the interactive view and the headless renderer so that
/// both draw the same picture.
class HallScene
{
public:
    HallScene();
    ~HallScene();
    HallScene(const HallScene &) = delete;
    HallScene &operator=(const HallScene &) = delete;

    vtkRenderer *renderer() const;

    /// Rebuilds everything from the design (pointers valid until the next call;
    /// catalog and results may be null: racks then show without figures).
    void setData(const Design *design, const Catalog *catalog, const Results *results);
    bool hasData() const { return m_design != nullptr; }
    /// After an edit: the listed racks and equipment moved or changed; rows
    /// moved too when rowsChanged (aisles and labels follow). Structural
    /// changes (added or deleted items) need setData() again.
    void updateItems(const std::vector<RackId> &racks, const std::vector<EquipmentId> &equipment, bool rowsChanged);
    /// The cables on each tray, computed by the caller (Design::trays order).
    void setTrayLoads(const std::vector<network::TrayLoad> &loads);

    void setColourMode(ColourMode mode);
    ColourMode colourMode() const { return m_mode; }
    /// The failure shown in FailureImpact mode (nullopt: nothing failed).
    void setFailure(const std::optional<FailureHighlight> &failure);
    const std::optional<FailureHighlight> &failure() const { return m_failure; }
    const RackFigures &figures() const { return m_figures; }
    QList<LegendEntry> legend() const;

    void setSelection(const QList<SelectionItem> &items);
    void setCablesVisible(bool visible);
    void setLabelsVisible(bool visible);
    /// While the camera moves: frames without the anti-aliasing pass (a full-screen pass
    /// that costs about 40 % of a frame on software OpenGL), without labels (the view draws
    /// moving frames at reduced size, where text would come out enlarged), and at a lower level
    /// of detail (no rack-mounted switches and PDUs, no cabinet edges); all back for the
    /// settled frame.
    void setMoving(bool moving);
    /// Text size of labels relative to the 13 px default (large pictures).
    void setFontScale(double scale);

    /// The item under display pixel (x, y) (VTK convention: origin bottom left).
    /// Overhead busways are only picked when overhead is true or no rack,
    /// device or floor equipment is under the pixel.
    std::optional<SelectionItem> pick(double x, double y, bool overhead = false) const;
    /// The box of an item, for centring on it; nullopt for an unknown item.
    std::optional<Box3> itemBox(const SelectionItem &item) const;

    Bounds3 bounds() const { return m_bounds; }
    const std::vector<Aisle> &aisles() const { return m_aisles; }
    /// Puts the camera of preset on the scene for a viewport of aspect width/height.
    void applyPreset(CameraPreset preset, double aspect, int aisleIndex = 0);
    void applyPose(const CameraPose &pose);
    /// Near and far planes round the whole scene (after every camera change).
    void resetClippingRange();
    /// Work that depends on the camera and viewport, done just before each
    /// frame: labels that would overlap one another, or the card drawn over the
    /// view at `keepOut` (x0, y0, x1, y1 in display pixels, origin bottom left;
    /// all zero for none), are hidden.
    void prepareFrame(const std::array<double, 4> &keepOut = {});

private:
    void buildRacks();
    void buildEquipment();
    void rebuildPicker();
    void recolourRacks();
    std::vector<BoxGlyphs *> allGlyphs() const;
    void updateHighlight();
    QColor equipmentFill(const Equipment &e) const;
    /// Looking down steeply, overhead busways and trays turn see-through so that the racks' colours show.
    void updateOverheadOpacity();

    vtkSmartPointer<vtkRenderer> m_renderer;
    std::unique_ptr<StructureLayer> m_structure;
    std::unique_ptr<CableLayer> m_cables;
    std::unique_ptr<LabelLayer> m_labels;
    std::unique_ptr<BoxGlyphs> m_racks, m_doors, m_switches, m_pdus, m_equipment, m_busways;
    std::unique_ptr<BoxGlyphs> m_selection, m_selectionInner, m_related;

    const Design *m_design = nullptr;
    const Catalog *m_catalog = nullptr;
    const Results *m_results = nullptr;
    RackFigures m_figures;
    ColourMode m_mode = ColourMode::Role;
    std::optional<FailureHighlight> m_failure;
    QList<SelectionItem> m_selected;
    double m_fontScale = 1.0;
    bool m_moving = false;
    bool m_labelsWanted = true; ///< the user's choice; labels also hide while moving

    std::unordered_map<std::int64_t, int> m_rackIndex; ///< rack id → index in Design::racks and m_racks
    std::vector<int> m_switchDevice, m_pduDevice;      ///< glyph → index in Design::devices
    std::vector<int> m_floorEquipment, m_buswayEquipment; ///< glyph → index in Design::equipment
    ScenePicker m_picker, m_overheadPicker;
    Bounds3 m_bounds;
    std::vector<Aisle> m_aisles;
};

} // namespace hallwright::views::hall3d
