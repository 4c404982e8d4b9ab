// Choosing and loading the interface language (the translations are compiled into the binary, see CMakeLists.txt).
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>

static void initTranslationResources()
{
    // The .qm files live in this static library's resources: register them once.
    static const bool done = [] {
        Q_INIT_RESOURCE(hallwright_translations);
        return true;
    }();
    (void)done;
}

namespace hallwright::i18n {

namespace {

bool isSimplifiedChinese(const QLocale &locale)
{
    if (locale.language() != QLocale::Chinese)
        return false;
    // zh_TW and zh_HK default to traditional script: no translation for them yet.
    return locale.script() != QLocale::TraditionalChineseScript;
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString chooseLanguage(const QString &choice, const QLocale &system)
{
    if (availableLanguages().contains(choice))
        return choice;
    const QStringList uiLanguages = system.uiLanguages();
    for (const QString &name : uiLanguages) {
        const QLocale l(name);
        if (isSimplifiedChinese(l))
            return QStringLiteral("zh_CN");
        if (l.language() == QLocale::English)
            return QStringLiteral("en");
    }
    return isSimplifiedChinese(system) ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

std::unique_ptr<QTranslator> loadTranslator(const QString &language)
{
    if (language == QLatin1String("en") || !availableLanguages().contains(language))
        return nullptr;
    initTranslationResources();
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/hallwright_%1.qm").arg(language)))
        return nullptr;
    return translator;
}

bool installTranslators(const QString &language)
{
    const QLocale locale(language);
    // Numbers follow the words: an English interface on a Chinese system reads "1,234.5" and not a mix.
    if (QLocale::system().language() != locale.language())
        QLocale::setDefault(locale);
    std::unique_ptr<QTranslator> ours = loadTranslator(language);
    if (!ours)
        return false;
    // Qt's own strings (OK/Cancel, file dialogs) come from the Qt translations package, when installed.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QTranslator *raw = ours.release();
    raw->setParent(QCoreApplication::instance());
    return QCoreApplication::installTranslator(raw);
}

namespace {

/// Answers every lookup with its source text: installed last, it wins over the
/// interface's translators, so the words are English.
class SourceTextTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

ScopedLanguage::ScopedLanguage(const QString &language)
    : m_translator(language == QLatin1String("en") ? std::make_unique<SourceTextTranslator>()
                                                   : loadTranslator(language))
{
    if (m_translator && QCoreApplication::instance())
        QCoreApplication::installTranslator(m_translator.get());
}

ScopedLanguage::~ScopedLanguage()
{
    if (m_translator && QCoreApplication::instance())
        QCoreApplication::removeTranslator(m_translator.get());
}

QString nativeName(const QString &language)
{
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

} // namespace hallwright::i18n
