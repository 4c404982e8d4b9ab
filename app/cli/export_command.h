// hallwright-cli export: the proposal (PDF), the lease workbook (XLSX) and the CSV schedules.
#pragma once

#include "report/report_words.h"

#include <string>
#include <vector>

namespace hallwright {
class Catalog;
struct Design;
struct Results;
} // namespace hallwright

namespace hallwright::cli {

int cmdExport(const std::vector<std::string> &args);

/// The PDF proposal (export_pdf.cpp; a build without the GUI says it is missing).
/// `lang` is "en" or "zh_CN" (checked by the caller). Prints a warning on
/// stderr when the 3D view cannot be drawn (no X display) and the PDF says so.
void exportPdf(const Design &design, const Catalog &catalog, const Results &results, const std::string &out,
               const std::string &lang);

/// The lease workbook (XLSX) in `lang` ("en" or "zh_CN"): sheets, headings and capex items
/// in Chinese when asked (export_pdf.cpp; a build without the views writes English only and
/// refuses zh_CN).
void exportWorkbook(const Design &design, const Results &results, const std::string &out,
                    const std::string &lang);

/// The CSV schedules' words in `lang`: the English column names and words for "en"; the
/// Chinese ones and catalog items by their Chinese names for "zh_CN" (export_pdf.cpp; a build
/// without the views refuses zh_CN).
ReportWords csvWords(const std::string &lang);

} // namespace hallwright::cli
