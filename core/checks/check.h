// A design-rule finding: severity, a stable code, a message and where it is.
#pragma once

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

    bool operator==(const Check &) const = default;
};

using CheckList = std::vector<Check>;

inline const char *toString(Severity s)
{
    return s == Severity::Error ? "error" : "warning";
}

} // namespace hallwright
