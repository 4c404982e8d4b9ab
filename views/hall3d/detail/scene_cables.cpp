// Trays as instanced boxes; cable bundles as one tube polydata with a radius per tray segment.
#include "hall3d/detail/scene_cables_p.h"

#include "hall3d/detail/box_glyphs_p.h"
#include "hall3d/detail/scene_style_p.h"

#include <vtkActor.h>
#include <vtkCellArray.h>
#include <vtkCellData.h>
#include <vtkFloatArray.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkTubeFilter.h>
#include <vtkUnsignedCharArray.h>

#include <algorithm>

namespace hallwright::views::hall3d {

namespace {
constexpr double kLevelPitchM = 0.30; ///< vertical spacing of stacked trays
}

CableLayer::CableLayer(vtkRenderer *renderer) : m_renderer(renderer), m_trays(std::make_unique<BoxGlyphs>(BoxGlyphs::Style::Solid, true))
{
    m_renderer->AddActor(m_trays->actor());
    m_trays->actor()->GetProperty()->SetSpecular(0.2);
}

CableLayer::~CableLayer()
{
    clear();
    m_renderer->RemoveActor(m_trays->actor());
}

void CableLayer::clear()
{
    m_trays->clear();
    m_trays->commit();
    if (m_bundles)
        m_renderer->RemoveActor(m_bundles);
    m_bundles = nullptr;
    m_fineBundles = m_coarseBundles = nullptr;
}

void CableLayer::build(const Design &design)
{
    clear();
    int n = 0;
    for (const TraySegment &t : design.trays)
        n += std::max(t.levels, 1);
    m_trays->resize(n);
    int i = 0;
    for (const TraySegment &t : design.trays) {
        const double depth = t.depthMm / 1000.0;
        for (int level = 0; level < std::max(t.levels, 1); ++level) {
            const double z = t.heightM + level * kLevelPitchM + depth / 2.0;
            m_trays->setOrientedBox(i++, (t.a.x + t.b.x) / 2.0, (t.a.y + t.b.y) / 2.0, z, t.b.x - t.a.x, t.b.y - t.a.y,
                                    t.lengthM() + t.widthMm / 1000.0, t.widthMm / 1000.0, depth * 0.35, style::tray());
        }
    }
    m_trays->commit();
    m_trays->actor()->SetVisibility(m_visible && n > 0);
}

void CableLayer::setLoads(const Design &design, const std::vector<network::TrayLoad> &loads)
{
    if (m_bundles)
        m_renderer->RemoveActor(m_bundles);
    m_bundles = nullptr;
    m_fineBundles = m_coarseBundles = nullptr;
    if (loads.size() != design.trays.size())
        return;
    auto points = vtkSmartPointer<vtkPoints>::New();
    auto lines = vtkSmartPointer<vtkCellArray>::New();
    auto radius = vtkSmartPointer<vtkFloatArray>::New();
    radius->SetName("radius");
    auto colours = vtkSmartPointer<vtkUnsignedCharArray>::New();
    colours->SetNumberOfComponents(4);
    colours->SetName("colour");
    for (std::size_t s = 0; s < loads.size(); ++s) {
        const network::TrayLoad &load = loads[s];
        const TraySegment &t = design.trays[s];
        const double r = bundleRadiusM(load.cableAreaMm2);
        if (load.cables <= 0 || r <= 0.0 || t.lengthM() <= 1e-6)
            continue;
        // The bundle lies on the bottom tray.
        const double z = t.heightM + r;
        const vtkIdType ids[2] = {points->InsertNextPoint(t.a.x, t.a.y, z), points->InsertNextPoint(t.b.x, t.b.y, z)};
        radius->InsertNextValue(float(r));
        radius->InsertNextValue(float(r));
        lines->InsertNextCell(2, ids);
        const QColor c = load.overfilled() ? style::bundleOverfilled() : style::bundle();
        const unsigned char rgba[4] = {static_cast<unsigned char>(c.red()), static_cast<unsigned char>(c.green()),
                                       static_cast<unsigned char>(c.blue()), 255};
        colours->InsertNextTypedTuple(rgba);
    }
    if (lines->GetNumberOfCells() == 0)
        return;
    auto data = vtkSmartPointer<vtkPolyData>::New();
    data->SetPoints(points);
    data->SetLines(lines);
    data->GetPointData()->SetScalars(radius);
    data->GetCellData()->AddArray(colours);
    // Round tubes for the settled frame; while the camera moves, square ones without caps (a
    // fifth of the triangles: the bundles are most of a large hall's geometry).
    const auto tubeMapper = [&](int sides, bool caps) {
        auto tubes = vtkSmartPointer<vtkTubeFilter>::New();
        tubes->SetInputData(data);
        tubes->SetNumberOfSides(sides);
        tubes->SetVaryRadiusToVaryRadiusByAbsoluteScalar();
        tubes->SetCapping(caps);
        auto mapper = vtkSmartPointer<vtkPolyDataMapper>::New();
        mapper->SetInputConnection(tubes->GetOutputPort());
        mapper->SetScalarModeToUseCellFieldData();
        mapper->SelectColorArray("colour");
        mapper->SetColorModeToDirectScalars();
        return mapper;
    };
    m_fineBundles = tubeMapper(10, true);
    m_coarseBundles = tubeMapper(4, false);
    m_bundles = vtkSmartPointer<vtkActor>::New();
    m_bundles->SetMapper(m_moving ? m_coarseBundles : m_fineBundles);
    m_bundles->GetProperty()->SetSpecular(0.25);
    m_bundles->GetProperty()->SetSpecularPower(20);
    m_bundles->SetVisibility(m_visible);
    m_renderer->AddActor(m_bundles);
}

void CableLayer::setTrayOpacity(double opacity)
{
    m_trays->actor()->GetProperty()->SetOpacity(opacity);
}

void CableLayer::setMoving(bool moving)
{
    m_moving = moving;
    if (m_bundles)
        m_bundles->SetMapper(moving ? m_coarseBundles : m_fineBundles);
}

void CableLayer::setVisible(bool visible)
{
    m_visible = visible;
    m_trays->actor()->SetVisibility(visible && m_trays->size() > 0);
    if (m_bundles)
        m_bundles->SetVisibility(visible);
}

} // namespace hallwright::views::hall3d
