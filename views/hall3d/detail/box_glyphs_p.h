// Many boxes drawn by one glyph-instancing mapper: racks, devices, equipment, trays, outlines (private, VTK).
#pragma once

#include "hall3d/scene_geometry.h"

#include <QColor>

#include <vtkSmartPointer.h>

class vtkActor;
class vtkFloatArray;
class vtkGlyph3DMapper;
class vtkPoints;
class vtkPolyData;
class vtkUnsignedCharArray;

namespace hallwright::views::hall3d {

/// One actor for n boxes: a unit cube (or its twelve edges) instanced per
/// point with per-instance size, colour and, when oriented, direction. Set
/// the boxes, then call commit() once to hand the change to VTK.
class BoxGlyphs
{
public:
    enum class Style { Solid, Outline };

    explicit BoxGlyphs(Style style = Style::Solid, bool oriented = false);
    ~BoxGlyphs();
    BoxGlyphs(const BoxGlyphs &) = delete;
    BoxGlyphs &operator=(const BoxGlyphs &) = delete;

    vtkActor *actor() const;
    int size() const;
    void resize(int n);
    void clear() { resize(0); }

    /// An axis-aligned box.
    void setBox(int i, const Box3 &box, const QColor &colour);
    /// A box centred at (cx, cy, cz) whose length runs along (dx, dy, 0) (oriented glyphs only).
    void setOrientedBox(int i, double cx, double cy, double cz, double dx, double dy, double length, double width,
                        double height, const QColor &colour);
    void setColour(int i, const QColor &colour);
    QColor colour(int i) const;
    /// Hands the boxes set since the last commit to the mapper.
    void commit();
    /// Shows or hides the boxes whatever their number (an empty set is always hidden).
    void setShown(bool shown);

private:
    Style m_style;
    bool m_oriented;
    vtkSmartPointer<vtkPoints> m_points;
    vtkSmartPointer<vtkFloatArray> m_scales;
    vtkSmartPointer<vtkFloatArray> m_directions;
    vtkSmartPointer<vtkUnsignedCharArray> m_colours;
    vtkSmartPointer<vtkPolyData> m_input;
    vtkSmartPointer<vtkGlyph3DMapper> m_mapper;
    vtkSmartPointer<vtkActor> m_actor;
    bool m_shown = true;
};

} // namespace hallwright::views::hall3d
