// The summary of a design (schema "hallwright.summary/1", see docs/cli.md).
#pragma once

#include "analysis/analysis.h"

#include <nlohmann/json.hpp>

#include <string>

namespace hallwright {

/// The summary JSON. Every field of the contract is present; a field whose
/// engine cannot compute it is null. Extra fields extend the contract.
nlohmann::ordered_json summaryJson(const Results &results);

/// The same figures as human-readable text, one figure a line.
std::string summaryText(const Results &results);

} // namespace hallwright
