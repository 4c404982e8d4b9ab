// Row and room names in the 3D scene, as billboard text that always faces the camera (private, VTK).
#pragma once

#include "model/design.h"

#include <vtkSmartPointer.h>

#include <vector>

class vtkProp;
class vtkRenderer;

namespace hallwright::views::hall3d {

class LabelLayer
{
public:
    explicit LabelLayer(vtkRenderer *renderer);
    ~LabelLayer();
    LabelLayer(const LabelLayer &) = delete;
    LabelLayer &operator=(const LabelLayer &) = delete;

    /// One label at the west end of each row, one inside the south-west corner
    /// of each room; fontScale grows the text for large pictures.
    void build(const Design &design, double fontScale = 1.0);
    void setVisible(bool visible);
    void clear();
    /// Hides the labels that would overlap one drawn before them on screen
    /// (rooms first, then rows in order) or that lie behind the eye. Call
    /// before each frame: it depends on the camera and the viewport.
    void declutter();

private:
    struct Label
    {
        vtkSmartPointer<vtkProp> prop;
        double x = 0, y = 0, z = 0;
        int fontSize = 12;
        int chars = 1;
        int justification = 0; ///< VTK_TEXT_LEFT, _CENTERED or _RIGHT
    };
    void add(Label label);

    vtkRenderer *m_renderer;
    std::vector<Label> m_labels;
    bool m_visible = true;
};

} // namespace hallwright::views::hall3d
