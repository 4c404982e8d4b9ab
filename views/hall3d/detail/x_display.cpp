// Probing the X display before VTK opens it: VTK's X render window aborts the process when it cannot.
#include "hall3d/detail/x_display_p.h"

// Xlib only here: its macros (None, Bool, Status …) clash with Qt and VTK headers.
#include <GL/glx.h>
#include <X11/Xlib.h>

#include <cstdlib>

namespace hallwright::views::hall3d {

std::string displayProblem()
{
    const char *name = std::getenv("DISPLAY");
    if (!name || !*name)
        return "DISPLAY is not set";
    Display *display = XOpenDisplay(nullptr);
    if (!display)
        return std::string("cannot open the X display ") + name;
    int errorBase = 0, eventBase = 0;
    const bool glx = glXQueryExtension(display, &errorBase, &eventBase);
    XCloseDisplay(display);
    if (!glx)
        return std::string("the X display ") + name + " has no OpenGL (GLX)";
    return {};
}

} // namespace hallwright::views::hall3d
