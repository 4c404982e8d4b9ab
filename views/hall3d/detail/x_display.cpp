// Probing the X display before VTK opens it: VTK's X render window aborts the process when it cannot.
#include "hall3d/detail/x_display_p.h"

// Xlib only here: its macros (None, Bool, Status …) clash with Qt and VTK headers.
#include <GL/glx.h>
#include <X11/Xlib.h>

#include <cstdlib>

namespace hallwright::views::hall3d {

Phrase displayProblem()
{
    return OpenedDisplay().problem();
}

OpenedDisplay::OpenedDisplay()
{
    const char *name = std::getenv("DISPLAY");
    if (!name || !*name) {
        m_problem = phrase(QT_TRANSLATE_NOOP("Finding", "DISPLAY is not set"));
        return;
    }
    Display *display = XOpenDisplay(nullptr);
    if (!display) {
        m_problem = phrase(QT_TRANSLATE_NOOP("Finding", "cannot open the X display %1"), name);
        return;
    }
    int errorBase = 0, eventBase = 0;
    if (!glXQueryExtension(display, &errorBase, &eventBase)) {
        XCloseDisplay(display);
        m_problem = phrase(QT_TRANSLATE_NOOP("Finding", "the X display %1 has no OpenGL (GLX)"), name);
        return;
    }
    m_display = display;
}

OpenedDisplay::~OpenedDisplay()
{
    if (m_display)
        XCloseDisplay(static_cast<Display *>(m_display));
}

} // namespace hallwright::views::hall3d
