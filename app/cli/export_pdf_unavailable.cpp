// The PDF proposal in a build without the views (HALLWRIGHT_BUILD_GUI=OFF): says so.
#include "export_command.h"

#include "cli_support.h"

namespace hallwright::cli {

void exportPdf(const Design &, const Catalog &, const Results &, const std::string &, const std::string &)
{
    fail("export", phrase(QT_TRANSLATE_NOOP("Finding", "this hallwright-cli was built without the views (HALLWRIGHT_BUILD_GUI=OFF); rebuild with it on to make PDF proposals")));
}

} // namespace hallwright::cli
