// Consistency checks a design must pass to be written to, or accepted from, a project file.
#pragma once

#include "model/design.h"

#include <optional>
#include <string>

namespace hallwright::store {

/// Describes the first problem that makes design unfit for storage, or
/// std::nullopt: a non-positive or duplicate id, a reference to a missing
/// object (id 0 means "none" and is allowed except at link ends), an
/// equipment upstream cycle, a non-finite number or an enum value without a
/// name, or a value outside the limits of findLimitProblem(). Example: "rack 12 refers to row 7, which does not exist".
std::optional<std::string> findStorageProblem(const Design &design);

} // namespace hallwright::store
