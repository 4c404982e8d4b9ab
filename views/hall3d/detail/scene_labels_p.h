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
    /// A box in display pixels (origin bottom left, as VTK's display coordinates) where no
    /// label may stand: the legend card drawn over the view. Empty (x1 <= x0) for none.
    struct Box
    {
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        bool overlaps(const Box &o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
    };
    /// Hides the labels that would overlap one drawn before them on screen
    /// (rooms first, then rows in order), the keep-out box, or that lie behind
    /// the eye. Call before each frame: it depends on the camera and the viewport.
    void declutter(const Box &keepOut);

private:
    struct Label
    {
        vtkSmartPointer<vtkProp> prop;
        double x = 0, y = 0, z = 0;
        int fontSize = 12;
        /// The text's box around its anchor in pixels, as the text renderer lays it out (its
        /// justification and font, CJK included), with the card's margin.
        Box extent;
    };
    void add(Label label);

    vtkRenderer *m_renderer;
    std::vector<Label> m_labels;
    bool m_visible = true;
};

} // namespace hallwright::views::hall3d
