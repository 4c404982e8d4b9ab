// The documented size and range limits of a project (store/limits.h), checked before saving and after loading.
#pragma once

#include "model/design.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace hallwright::store {

/// Describes the first value of design outside the limits of store/limits.h
/// (docs/cli.md, "Limits"), or std::nullopt: too many rows, a name that is too
/// long or not UTF-8, a number outside its range, too many devices or PDUs in
/// one rack, an upstream chain that is too long.
/// Example: "rack 12: width is 2e+09, outside the limits 0 … 10".
std::optional<std::string> findLimitProblem(const Design &design);

/// The offset of the first byte of s that is not part of valid UTF-8
/// (overlong forms and surrogates are invalid), or std::nullopt.
std::optional<std::size_t> invalidUtf8At(std::string_view s);

} // namespace hallwright::store
