// hallwright-cli render: the 3D view of a design as a PNG picture.
#pragma once

#include <string>
#include <vector>

namespace hallwright::cli {

/// `render INPUT --png OUT.png [--view top|iso|aisle] [--size WxH] [--colour MODE]`.
/// Needs an X display with OpenGL (Xvfb will do); without one it says how to
/// run it and fails with exit status 2.
int cmdRender(const std::vector<std::string> &args);

} // namespace hallwright::cli
