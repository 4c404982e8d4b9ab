// The lease workbook, the CSV schedules and the capex list in the reader's language: the capex items' Chinese names, the reports' words.
#pragma once

#include "report/lease_workbook.h"
#include "report/report_words.h"
#include "report/report_text.h"

#include <QString>

#include <memory>

class QTranslator;

namespace hallwright::lease {
struct CapexLine;
}

namespace hallwright::views {

/// A capex line's item in `language`: its Chinese name (the catalog's name_zh) when there is one, else the English.
QString capexItemText(const lease::CapexLine &line, ReportLanguage language);

/// The lease workbook's words in `language`: labels from `translation` (the interface's
/// translation for that language, context "Workbook"; the words it lacks stay English),
/// items by their Chinese names. English, or no translation: no functions, the workbook's own
/// words. The words hold the translation, so a worker thread may write the workbook.
WorkbookWords workbookWords(ReportLanguage language, std::shared_ptr<const QTranslator> translation);

/// The CSV schedules' words in `language` (context "Csv"), as workbookWords.
ReportWords csvWords(ReportLanguage language, std::shared_ptr<const QTranslator> translation);

/// A report's words in `language` from `translation`'s `context` (a string literal).
ReportWords reportWords(ReportLanguage language, std::shared_ptr<const QTranslator> translation, const char *context);

} // namespace hallwright::views
