// hallwright-cli's words through the embedded Qt translations (the GUI build links Qt).
#include "cli_text.h"

#include "common/finding_text.h"
#include "report/catalog_fields.h"
#include "report/report_text.h"
#include "language.h"

#include <QString>

namespace hallwright::cli {

namespace {

/// The environment's language, chosen once; no application object is needed.
const QTranslator *translator()
{
    static const std::unique_ptr<QTranslator> t = i18n::loadTranslator(i18n::chooseLanguage(QString()));
    return t.get();
}

} // namespace

std::string text(const char *source)
{
    if (!translator())
        return source;
    const QString t = translator()->translate("hallwright-cli", source);
    return t.isEmpty() ? std::string(source) : t.toStdString();
}

std::string findingText(const Check &check)
{
    if (!translator() || check.text.empty())
        return check.message;
    return views::findingText(check.text, translator()).toStdString();
}

std::string errorText(const std::exception &error)
{
    if (!translator())
        return error.what();
    return views::errorText(error, translator()).toStdString();
}

std::string phraseText(const Phrase &words)
{
    if (!translator())
        return words.english();
    return views::findingText(words, translator()).toStdString();
}

bool chineseText()
{
    return translator() != nullptr;
}

std::string catalogFieldText(const std::string &field)
{
    if (!chineseText())
        return field;
    static const views::ReportText chinese(views::ReportLanguage::SimplifiedChinese);
    return views::catalogFieldWords(field, chinese).toStdString();
}

} // namespace hallwright::cli
