// The lease workbook and the capex list in the reader's language: the capex items' Chinese names, the workbook's words.
#pragma once

#include "report/lease_workbook.h"
#include "report/report_text.h"

#include <QString>

#include <map>
#include <memory>
#include <string>

class QTranslator;

namespace hallwright {
class Catalog;
struct Design;
struct Results;
} // namespace hallwright

namespace hallwright::views {

/// The capex estimate's items in Simplified Chinese, keyed by the item as the engine writes it
/// (the bill row's description with its stock length, the compute node's name, the fit-out):
/// the catalog's name_zh where it has one. Items without a Chinese name are left out.
std::map<std::string, QString> capexItemsZh(const Design &design, const Catalog &catalog, const Results &results);

/// A capex item in `language`: its Chinese name from `itemsZh` when there is one, else the English.
QString capexItemText(const std::string &item, const std::map<std::string, QString> &itemsZh, ReportLanguage language);

/// The lease workbook's words in `language`: labels from `translation` (the interface's
/// translation for that language, context "Workbook"; the words it lacks stay English),
/// items from capexItemsZh(). English, or no translation: no functions, the workbook's own
/// words. The words hold the translation, so a worker thread may write the workbook.
WorkbookWords workbookWords(const Design &design, const Catalog &catalog, const Results &results,
                            ReportLanguage language, std::shared_ptr<const QTranslator> translation);

} // namespace hallwright::views
