// Glyph-instanced boxes: one vtkGlyph3DMapper per kind of object instead of an actor per object.
#include "hall3d/detail/box_glyphs_p.h"

#include <vtkActor.h>
#include <vtkCubeSource.h>
#include <vtkFloatArray.h>
#include <vtkGlyph3DMapper.h>
#include <vtkOutlineSource.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkProperty.h>
#include <vtkUnsignedCharArray.h>

#include <array>
#include <cmath>

namespace hallwright::views::hall3d {

BoxGlyphs::BoxGlyphs(Style style, bool oriented)
    : m_style(style), m_oriented(oriented), m_points(vtkSmartPointer<vtkPoints>::New()),
      m_scales(vtkSmartPointer<vtkFloatArray>::New()), m_directions(vtkSmartPointer<vtkFloatArray>::New()),
      m_colours(vtkSmartPointer<vtkUnsignedCharArray>::New()), m_input(vtkSmartPointer<vtkPolyData>::New()),
      m_mapper(vtkSmartPointer<vtkGlyph3DMapper>::New()), m_actor(vtkSmartPointer<vtkActor>::New())
{
    m_points->SetDataTypeToDouble();
    m_scales->SetName("scale");
    m_scales->SetNumberOfComponents(3);
    m_directions->SetName("direction");
    m_directions->SetNumberOfComponents(3);
    m_colours->SetName("colour");
    m_colours->SetNumberOfComponents(4);
    m_input->SetPoints(m_points);
    m_input->GetPointData()->AddArray(m_scales);
    m_input->GetPointData()->AddArray(m_colours);
    if (m_oriented)
        m_input->GetPointData()->AddArray(m_directions);

    if (style == Style::Solid) {
        auto cube = vtkSmartPointer<vtkCubeSource>::New(); // unit cube centred on the origin, with normals
        cube->Update();
        m_mapper->SetSourceData(cube->GetOutput());
    } else {
        auto outline = vtkSmartPointer<vtkOutlineSource>::New();
        outline->SetBounds(-0.5, 0.5, -0.5, 0.5, -0.5, 0.5);
        outline->Update();
        m_mapper->SetSourceData(outline->GetOutput());
    }
    m_mapper->SetInputData(m_input);
    m_mapper->SetScaleArray("scale");
    m_mapper->SetScaleModeToScaleByVectorComponents();
    if (m_oriented) {
        m_mapper->SetOrientationArray("direction");
        m_mapper->SetOrientationModeToDirection();
    } else {
        m_mapper->OrientOff();
    }
    m_mapper->ScalarVisibilityOn();
    m_mapper->SetScalarModeToUsePointFieldData();
    m_mapper->SelectColorArray("colour");
    m_mapper->SetColorModeToDirectScalars();
    m_actor->SetMapper(m_mapper);
    if (style == Style::Outline)
        m_actor->GetProperty()->LightingOff();
    else
        m_actor->GetProperty()->BackfaceCullingOn(); // closed boxes: their inner faces never show (half the fill)
}

BoxGlyphs::~BoxGlyphs() = default;

vtkActor *BoxGlyphs::actor() const
{
    return m_actor;
}

int BoxGlyphs::size() const
{
    return int(m_points->GetNumberOfPoints());
}

void BoxGlyphs::resize(int n)
{
    m_points->SetNumberOfPoints(n);
    m_scales->SetNumberOfTuples(n);
    m_colours->SetNumberOfTuples(n);
    if (m_oriented)
        m_directions->SetNumberOfTuples(n);
    // An empty glyph input is still a valid (empty) pipeline; hide the actor so VTK skips it.
    m_actor->SetVisibility(m_shown && n > 0);
}

void BoxGlyphs::setShown(bool shown)
{
    m_shown = shown;
    m_actor->SetVisibility(m_shown && size() > 0);
}

void BoxGlyphs::setBox(int i, const Box3 &box, const QColor &colour)
{
    m_points->SetPoint(i, box.cx(), box.cy(), box.cz());
    m_scales->SetTypedTuple(i, std::array<float, 3>{float(box.sx), float(box.sy), float(box.sz)}.data());
    if (m_oriented)
        m_directions->SetTypedTuple(i, std::array<float, 3>{1.0f, 0.0f, 0.0f}.data());
    setColour(i, colour);
}

void BoxGlyphs::setOrientedBox(int i, double cx, double cy, double cz, double dx, double dy, double length,
                               double width, double height, const QColor &colour)
{
    m_points->SetPoint(i, cx, cy, cz);
    m_scales->SetTypedTuple(i, std::array<float, 3>{float(length), float(width), float(height)}.data());
    if (m_oriented) {
        const double n = std::hypot(dx, dy);
        const std::array<float, 3> d = n > 0 ? std::array<float, 3>{float(dx / n), float(dy / n), 0.0f}
                                             : std::array<float, 3>{1.0f, 0.0f, 0.0f};
        m_directions->SetTypedTuple(i, d.data());
    }
    setColour(i, colour);
}

void BoxGlyphs::setColour(int i, const QColor &colour)
{
    const unsigned char rgba[4] = {static_cast<unsigned char>(colour.red()), static_cast<unsigned char>(colour.green()),
                                   static_cast<unsigned char>(colour.blue()), static_cast<unsigned char>(colour.alpha())};
    m_colours->SetTypedTuple(i, rgba);
}

QColor BoxGlyphs::colour(int i) const
{
    unsigned char rgba[4] = {};
    m_colours->GetTypedTuple(i, rgba);
    return QColor(rgba[0], rgba[1], rgba[2], rgba[3]);
}

void BoxGlyphs::commit()
{
    m_points->Modified();
    m_scales->Modified();
    m_colours->Modified();
    if (m_oriented)
        m_directions->Modified();
    m_input->Modified();
}

} // namespace hallwright::views::hall3d
