// hallwright-cli's words through the embedded Qt translations (the GUI build links Qt).
#include "cli_text.h"

#include "language.h"

#include <QString>

namespace hallwright::cli {

std::string text(const char *source)
{
    // The environment's language, chosen once; no application object is needed.
    static const std::unique_ptr<QTranslator> translator = i18n::loadTranslator(i18n::chooseLanguage(QString()));
    if (!translator)
        return source;
    const QString t = translator->translate("hallwright-cli", source);
    return t.isEmpty() ? std::string(source) : t.toStdString();
}

} // namespace hallwright::cli
