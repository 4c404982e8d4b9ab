// The PDF proposal in a build without the views (HALLWRIGHT_BUILD_GUI=OFF): says so; the workbook and the schedules in English only.
#include "export_command.h"

#include "cli_support.h"

#include "report/lease_workbook.h"

namespace hallwright::cli {

void exportPdf(const Design &, const Catalog &, const Results &, const std::string &, const std::string &)
{
    fail("export", phrase(QT_TRANSLATE_NOOP("Finding", "this hallwright-cli was built without the views (HALLWRIGHT_BUILD_GUI=OFF); rebuild with it on to make PDF proposals")));
}

void exportWorkbook(const Design &design, const Results &results, const std::string &out,
                    const std::string &lang)
{
    if (lang != "en")
        fail("--lang " + lang, phrase(QT_TRANSLATE_NOOP("Finding", "this hallwright-cli was built without the views (HALLWRIGHT_BUILD_GUI=OFF), which hold the translations; rebuild with it on for a Chinese workbook")));
    guarded(out, [&] {
        exportLeaseWorkbook(design, results, out);
        return 0;
    });
}

ReportWords csvWords(const std::string &lang)
{
    if (lang != "en")
        fail("--lang " + lang, phrase(QT_TRANSLATE_NOOP("Finding", "this hallwright-cli was built without the views (HALLWRIGHT_BUILD_GUI=OFF), which hold the translations; rebuild with it on for Chinese schedules")));
    return {};
}

} // namespace hallwright::cli
