// The building in the 3D scene: ground, floors, zones, tile grid, aisles, walls, columns (private, VTK).
#pragma once

#include "model/design.h"

#include <vtkSmartPointer.h>

#include <vector>

class vtkActor;
class vtkRenderer;

namespace hallwright::views::hall3d {

class BoxGlyphs;

/// Owns the actors of the building shell. build() replaces them; cheap
/// enough to call again when rows move (the aisles follow the rows).
class StructureLayer
{
public:
    explicit StructureLayer(vtkRenderer *renderer);
    ~StructureLayer();
    StructureLayer(const StructureLayer &) = delete;
    StructureLayer &operator=(const StructureLayer &) = delete;

    void build(const Design &design);
    void clear();

private:
    void addActor(vtkSmartPointer<vtkActor> actor);

    vtkRenderer *m_renderer;
    std::vector<vtkSmartPointer<vtkActor>> m_actors;
};

} // namespace hallwright::views::hall3d
