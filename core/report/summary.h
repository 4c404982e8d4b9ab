// The summary of a design (schema "hallwright.summary/1", see docs/cli.md).
#pragma once

#include "analysis/analysis.h"
#include "checks/phrase.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace hallwright {

/// The summary JSON. Every field of the contract is present; a field whose
/// engine cannot compute it is null. Extra fields extend the contract.
nlohmann::ordered_json summaryJson(const Results &results);

/// The same figures as human-readable lines, each a phrase (context "Finding") that the
/// CLI shows in the user's language; a figure the engine cannot compute reads "not computed".
std::vector<Phrase> summaryLines(const Results &results);

/// The lines in English, each ended by a newline.
std::string summaryText(const Results &results);

} // namespace hallwright
