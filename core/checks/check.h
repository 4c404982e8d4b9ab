// A design-rule finding: severity, a stable code, a message and where it is.
#pragma once

#include "checks/phrase.h"

#include <string>
#include <vector>

namespace hallwright {

enum class Severity { Error, Warning };

struct Check
{
    Severity severity = Severity::Error;
    std::string code;      ///< stable identifier, e.g. "rack-overlap", "feed-overload"
    std::string message;   ///< one line for the user
    std::string location;  ///< rack, row, equipment or zone name; empty for the whole hall
    /// The message as a translatable phrase (message == text.english()); empty when a
    /// finding has no phrase yet, and the interface then shows `message` as it is.
    Phrase text = {};

    bool operator==(const Check &) const = default;
};

/// A finding whose message is `text` in English, for the interface to translate.
inline Check finding(Severity severity, std::string code, Phrase text, std::string location)
{
    std::string message = text.english();
    return {severity, std::move(code), std::move(message), std::move(location), std::move(text)};
}

using CheckList = std::vector<Check>;

inline const char *toString(Severity s)
{
    return s == Severity::Error ? "error" : "warning";
}

} // namespace hallwright
