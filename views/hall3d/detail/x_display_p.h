// Whether an X display with OpenGL (GLX) is there to render on: Debian's VTK renders through X only.
#pragma once

#include "checks/phrase.h"

namespace hallwright::views::hall3d {

/// Empty when the X display named by $DISPLAY opens and offers GLX; else
/// the reason, one line, e.g. "DISPLAY is not set", for a translation to follow.
Phrase displayProblem();

/// The X display, opened and checked for GLX once and handed to VTK
/// (vtkRenderWindow::SetDisplayId), so that VTK does not open it again: VTK's
/// X window aborts the process when its own connection fails. Closed on destruction.
class OpenedDisplay
{
public:
    OpenedDisplay();
    ~OpenedDisplay();
    OpenedDisplay(const OpenedDisplay &) = delete;
    OpenedDisplay &operator=(const OpenedDisplay &) = delete;

    const Phrase &problem() const { return m_problem; }      ///< empty when handle() is usable
    void *handle() const { return m_display; }               ///< the Display *, for SetDisplayId

private:
    void *m_display = nullptr;
    Phrase m_problem;
};

} // namespace hallwright::views::hall3d
