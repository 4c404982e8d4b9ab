// hallwright-cli export INPUT [--pdf OUT.pdf] [--xlsx OUT.xlsx] [--csv DIR] [--lang en|zh_CN]
#include "export_command.h"

#include "cli_commands.h"
#include "cli_support.h"

#include "analysis/analysis.h"
#include "report/csv_export.h"

#include <cstdio>
#include <filesystem>

namespace hallwright::cli {

namespace {

void refuseSameFile(const std::string &input, const std::string &out)
{
    std::error_code ec;
    if (std::filesystem::exists(out, ec) && std::filesystem::equivalent(input, out, ec))
        fail(out, phrase(QT_TRANSLATE_NOOP("Finding", "is the same file as the input; choose another output")));
    if (std::filesystem::is_directory(out, ec))
        fail(out, phrase(QT_TRANSLATE_NOOP("Finding", "is a directory; give a file name")));
    // Refuse before any slow work when the file cannot be created where asked.
    const std::filesystem::path parent = std::filesystem::absolute(out, ec).parent_path();
    if (!std::filesystem::is_directory(parent, ec))
        fail(out, std::filesystem::exists(parent, ec) ? phrase(QT_TRANSLATE_NOOP("Finding", "its folder is not a directory"))
                                                   : phrase(QT_TRANSLATE_NOOP("Finding", "its folder does not exist")));
}

} // namespace

int cmdExport(const std::vector<std::string> &args)
{
    const Options o = parseOptions("export", args, {"--csv", "--pdf", "--xlsx", "--lang"}, {});
    if (o.positionals.size() != 1)
        fail("export", phrase(QT_TRANSLATE_NOOP("Finding", "give exactly one INPUT (a .hall project or a brief .json)")));
    const std::string input = o.positionals.front();
    const auto pdf = o.value("--pdf"), xlsx = o.value("--xlsx"), csv = o.value("--csv");
    if (!pdf && !xlsx && !csv)
        fail("export", phrase(QT_TRANSLATE_NOOP("Finding", "give --pdf OUT.pdf, --xlsx OUT.xlsx or --csv DIR (or several)")));
    const std::string lang = o.value("--lang").value_or("en");
    if (lang != "en" && lang != "zh_CN")
        fail("--lang " + lang, phrase(QT_TRANSLATE_NOOP("Finding", "must be en or zh_CN")));
    if (pdf)
        refuseSameFile(input, *pdf);
    if (xlsx)
        refuseSameFile(input, *xlsx);

    const Loaded in = loadInput(input);
    const Results r = guarded(input, [&] { return analyze(in.design, in.catalog); });
    if (xlsx) {
        if (!r.lease)
            fail(input, phrase(QT_TRANSLATE_NOOP("Finding", "has no lease result to put in a workbook (it needs a brief, priced items and a PUE)")));
        exportWorkbook(in.design, r, *xlsx, lang);
        std::printf("%s\n", xlsx->c_str());
    }
    if (csv) {
        const std::vector<std::string> written =
            guarded(*csv, [&] { return exportCsv(in.design, in.catalog, r, *csv, csvWords(lang)); });
        for (const std::string &w : written)
            std::printf("%s\n", w.c_str());
    }
    if (pdf) {
        exportPdf(in.design, in.catalog, r, *pdf, lang);
        std::printf("%s\n", pdf->c_str());
    }
    return kExitOk;
}

} // namespace hallwright::cli
