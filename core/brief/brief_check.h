// Internal to core/brief: one-line BriefError messages and the range checks shared by the JSON reader and resolveBrief.
#pragma once

#include "brief/brief.h"

#include <string>
#include <string_view>

namespace hallwright::briefcheck {

/// An interval; open ends exclude the bound. Use infinity for "no upper bound".
struct Limit
{
    double lo;
    double hi;
    bool loOpen = false;
    bool hiOpen = false;
};

/// Throws BriefError("<path>: <problem>"), with any line break in problem flattened.
[[noreturn]] void fail(std::string_view path, const Phrase &problem);
[[noreturn]] void fail(std::string_view path, std::string_view problem);

/// Shortest text that reads back as the same double: 1, 0.5, 1e+300, inf.
std::string number(double value);

/// text with control characters replaced, cut to a length fit for one message line.
std::string printable(std::string_view text, std::size_t maxChars = 60);

/// "must be at least 1, got 0.5" style failures; non-finite values always fail.
void checkNumber(std::string_view path, double value, Limit limit);
void checkInt(std::string_view path, long long value, long long lo, long long hi);

/// resolveBrief, told whether fabric.nodes_per_su is a default (omitted) rather
/// than the brief's own value: a default shrinks to what one leaf per rail takes.
Brief resolve(Brief brief, const Catalog &catalog, bool nodesPerSuIsDefault);

} // namespace hallwright::briefcheck
