// The engine's findings in the interface's language.
#pragma once

#include "checks/check.h"

#include <QString>

#include <exception>

class QTranslator;

namespace hallwright::views {

/// A phrase translated by Qt's installed translators (context "Finding") with its
/// slots filled by its translated arguments; literals (names, figures) stay as
/// they are, and an untranslated pattern stays English.
QString findingText(const Phrase &phrase);
/// The same through one translator (the command-line tool has no application
/// object with installed translators); null gives English.
QString findingText(const Phrase &phrase, const QTranslator *translator);
/// A check's message in the interface's language (its English message when it has no phrase).
QString findingText(const Check &check);
/// An engine error's message in the interface's language (what() for an exception without a phrase).
QString errorText(const std::exception &error);
/// The same through one translator; null gives English.
QString errorText(const std::exception &error, const QTranslator *translator);

} // namespace hallwright::views
