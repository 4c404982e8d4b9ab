// Capex items in the reader's language, and the lease workbook's and the CSV schedules' words in it.
#include "report/workbook_words.h"

#include "lease/capex.h"

#include <QTranslator>

#include <utility>

namespace hallwright::views {

QString capexItemText(const lease::CapexLine &line, ReportLanguage language)
{
    return QString::fromStdString(lease::capexItem(line, language == ReportLanguage::SimplifiedChinese));
}

ReportWords reportWords(ReportLanguage language, std::shared_ptr<const QTranslator> translation, const char *context)
{
    if (language == ReportLanguage::English || !translation)
        return {};
    ReportWords words;
    words.label = [translation, context](const char *english) {
        const QString t = translation->translate(context, english);
        return t.isEmpty() ? std::string(english) : t.toStdString();
    };
    words.chineseItems = language == ReportLanguage::SimplifiedChinese;
    return words;
}

WorkbookWords workbookWords(ReportLanguage language, std::shared_ptr<const QTranslator> translation)
{
    return reportWords(language, std::move(translation), "Workbook");
}

ReportWords csvWords(ReportLanguage language, std::shared_ptr<const QTranslator> translation)
{
    return reportWords(language, std::move(translation), "Csv");
}

} // namespace hallwright::views
