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

/// The native name of a shipped language, for a language menu: "English", "简体中文".
QString nativeName(const QString &language);

} // namespace hallwright::i18n
