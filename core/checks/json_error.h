// nlohmann::json's explanation of a JSON error as a phrase: its English is the library's own
// text, and its parts (what was being read, what came, what was expected, what the lexer
// found wrong) are words a translation can follow.
#pragma once

#include "checks/phrase.h"

#include <exception>
#include <string>

namespace hallwright {

/// The explanation part of one of nlohmann's messages, e.g. "syntax error while parsing
/// value - unexpected end of input; expected '[', '{', or a literal" or "number overflow
/// parsing '1e999'", as a phrase whose english() is that text. A message of another shape
/// is a literal (shown in English in every language).
Phrase jsonErrorDetail(const std::string &explanation);

/// The what() of a nlohmann::json exception without its "[json.exception.parse_error.101] "
/// tag: "at line 3, column 8: <detail>" for a parse error that says where, else the detail.
Phrase jsonError(const std::exception &error);

} // namespace hallwright
