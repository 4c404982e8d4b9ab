// Overhead trays and the cable bundles on them, as tubes whose cross-section is the cables' (private, VTK).
#pragma once

#include "model/design.h"
#include "network/cabling.h"

#include <vtkSmartPointer.h>

#include <memory>
#include <vector>

class vtkActor;
class vtkPolyDataMapper;
class vtkRenderer;

namespace hallwright::views::hall3d {

class BoxGlyphs;

/// Trays as flat boxes (one per stacked level); on each, a tube whose area
/// equals the summed cross-section of the cables routed over it, so its
/// thickness follows the cable count. Red where the tray is overfilled.
class CableLayer
{
public:
    explicit CableLayer(vtkRenderer *renderer);
    ~CableLayer();
    CableLayer(const CableLayer &) = delete;
    CableLayer &operator=(const CableLayer &) = delete;

    /// Draws the trays; bundles follow with setLoads().
    void build(const Design &design);
    /// The cables on each tray (Design::trays order); an empty list removes the bundles.
    void setLoads(const Design &design, const std::vector<network::TrayLoad> &loads);
    void setVisible(bool visible);
    /// Opacity of the trays (bundles stay opaque: they carry the information).
    void setTrayOpacity(double opacity);
    /// While the camera moves, bundles are drawn with fewer triangles.
    void setMoving(bool moving);
    void clear();

private:
    vtkRenderer *m_renderer;
    std::unique_ptr<BoxGlyphs> m_trays;
    vtkSmartPointer<vtkActor> m_bundles;
    vtkSmartPointer<vtkPolyDataMapper> m_fineBundles, m_coarseBundles;
    bool m_visible = true;
    bool m_moving = false;
};

} // namespace hallwright::views::hall3d
