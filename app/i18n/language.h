// The interface language: which translation to load (the system locale or the user's choice) and loading it.
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace hallwright::i18n {

/// The languages Hallwright's interface ships in, as locale names: "en" (the
/// source language) and "zh_CN".
QStringList availableLanguages();

/// The language to use. `choice` is the user's setting: a shipped language
/// name, or empty (or anything else) for "follow the system". The system
/// locale's UI languages are matched in order: any Chinese locale written in
/// simplified script (zh, zh_CN, zh_SG, zh_Hans_*) picks "zh_CN"; everything
/// else falls back to "en".
QString chooseLanguage(const QString &choice, const QLocale &system = QLocale::system());

/// The embedded Hallwright translation for `language` (":/i18n/hallwright_LANG.qm"),
/// or null for English or when the translation is missing. Needs no
/// application object: the command-line tool uses it directly.
std::unique_ptr<QTranslator> loadTranslator(const QString &language);

/// Installs Hallwright's and Qt's own translations (standard buttons, file
/// dialogs) for `language` into the running application, and makes QLocale's
/// default follow it so that numbers, dates and money read the same way as the
/// words. Returns false when `language` is English or its translation is missing.
bool installTranslators(const QString &language);

/// While it lives, Qt's tr() answers in `language` whatever the interface speaks: for a
/// picture drawn into a report of another language (the plan and the 3D view's labels
/// and legends in a Chinese proposal exported from an English window, or the reverse).
/// Needs a QCoreApplication.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString &language);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

private:
    std::unique_ptr<QTranslator> m_translator;
};

/// The native name of a shipped language, for a language menu: "English", "简体中文".
QString nativeName(const QString &language);

} // namespace hallwright::i18n
