// Capex items in the reader's language and the lease workbook's words in it.
#include "report/workbook_words.h"

#include "lease/capex.h"

#include <QTranslator>

namespace hallwright::views {

QString capexItemText(const lease::CapexLine &line, ReportLanguage language)
{
    return QString::fromStdString(lease::capexItem(line, language == ReportLanguage::SimplifiedChinese));
}

WorkbookWords workbookWords(ReportLanguage language, std::shared_ptr<const QTranslator> translation)
{
    if (language == ReportLanguage::English || !translation)
        return {};
    WorkbookWords words;
    words.label = [translation](const char *english) {
        const QString t = translation->translate("Workbook", english);
        return t.isEmpty() ? std::string(english) : t.toStdString();
    };
    words.chineseItems = language == ReportLanguage::SimplifiedChinese;
    return words;
}

} // namespace hallwright::views
