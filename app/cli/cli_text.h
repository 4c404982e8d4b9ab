// hallwright-cli's own words (usage and --help) in the user's language.
#pragma once

#include "checks/check.h"

#include <exception>
#include <string>

// lupdate collects the texts marked with QT_TRANSLATE_NOOP; without Qt (a
// core-only build) the mark is all there is and the English text is shown.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, x) x
#endif

namespace hallwright::cli {

/// `source` (marked with QT_TRANSLATE_NOOP("hallwright-cli", ...)) in the
/// language of the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), or
/// `source` itself when there is no translation.
std::string text(const char *source);

/// A design-rule finding's message in the same language (`validate`); the
/// summary's JSON keeps the English message.
std::string findingText(const Check &check);

/// An engine error's message in the same language (what() for an exception without a phrase).
std::string errorText(const std::exception &error);
/// A phrase in the same language (English without Qt).
std::string phraseText(const Phrase &words);
/// A catalog field that a provenance lists as estimated ("price_cny") in the same language:
/// words in Chinese ("价格"), the catalog's own key otherwise.
std::string catalogFieldText(const std::string &field);
/// True when hallwright-cli speaks Chinese (the environment asks for it and the translation is there).
bool chineseText();

/// The terminal columns `s` takes: two for an East Asian wide character (CJK, full-width forms), else one.
int terminalColumns(const std::string &s);
/// `s` and spaces after it up to `width` terminal columns (a CJK character takes two); never cut.
std::string padded(const std::string &s, int width);
/// Spaces first, up to `width` columns, then `s`.
std::string rightAligned(const std::string &s, int width);

} // namespace hallwright::cli
