// Whether an X display with OpenGL (GLX) is there to render on: Debian's VTK renders through X only.
#pragma once

#include <string>

namespace hallwright::views::hall3d {

/// Empty when the X display named by $DISPLAY opens and offers GLX; else
/// the reason, one line, e.g. "DISPLAY is not set".
std::string displayProblem();

} // namespace hallwright::views::hall3d
