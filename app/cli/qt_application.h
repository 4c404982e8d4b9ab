// One QApplication on the offscreen platform for the CLI commands that paint with Qt (render, export --pdf).
#pragma once

namespace hallwright::cli {

/// Creates the application once, whatever the display: Qt paints off screen;
/// VTK opens the X display itself.
void ensureQtApplication();

} // namespace hallwright::cli
