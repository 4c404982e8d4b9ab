// hallwright-cli render in a build without the 3D view (HALLWRIGHT_BUILD_GUI=OFF): says so.
#include "render_command.h"

#include "cli_support.h"

namespace hallwright::cli {

int cmdRender(const std::vector<std::string> &)
{
    fail("render", phrase(QT_TRANSLATE_NOOP("Finding", "this hallwright-cli was built without the 3D view (HALLWRIGHT_BUILD_GUI=OFF); rebuild with it on to render pictures")));
}

} // namespace hallwright::cli
