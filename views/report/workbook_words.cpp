// Capex items in Chinese (from the catalog's name_zh) and the lease workbook's words in the reader's language.
#include "report/workbook_words.h"

#include "analysis/analysis.h"
#include "analysis/bill_of_materials.h"

#include <QTranslator>

namespace hallwright::views {

std::map<std::string, QString> capexItemsZh(const Design &design, const Catalog &catalog, const Results &results)
{
    std::map<std::string, QString> out;
    for (const BomItem &b : designBom(design, catalog, results.network)) {
        if (b.descriptionZh.empty())
            continue;
        const QString zh = QString::fromStdString(capexItemName(b, true));
        out.emplace(capexItemName(b), zh);
        if (b.category == "compute-node" && b.description.empty())
            out.emplace(b.catalogId, zh); // the capex line names a node without a name by its id
    }
    // The one line that is no placed item (lease::estimateCapex writes it).
    out.emplace("Facility fit-out (per kW IT)", ReportText(ReportLanguage::SimplifiedChinese).tr("Facility fit-out (per kW IT)"));
    return out;
}

QString capexItemText(const std::string &item, const std::map<std::string, QString> &itemsZh, ReportLanguage language)
{
    if (language == ReportLanguage::SimplifiedChinese)
        if (const auto it = itemsZh.find(item); it != itemsZh.end())
            return it->second;
    return QString::fromStdString(item);
}

WorkbookWords workbookWords(const Design &design, const Catalog &catalog, const Results &results,
                            ReportLanguage language, std::shared_ptr<const QTranslator> translation)
{
    if (language == ReportLanguage::English || !translation)
        return {};
    WorkbookWords words;
    words.label = [translation](const char *english) {
        const QString t = translation->translate("Workbook", english);
        return t.isEmpty() ? std::string(english) : t.toStdString();
    };
    words.item = [items = capexItemsZh(design, catalog, results), language](const std::string &item) {
        return capexItemText(item, items, language).toStdString();
    };
    return words;
}

} // namespace hallwright::views
