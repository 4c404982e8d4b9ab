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

/// How the lease line writes its money. Millions: "CNY 4261.5 M" (English). Chinese units: the
/// amounts in 亿 (10⁸) when the capex is at least 1 亿, else in 万 (10⁴), the currency word
/// after: "42.62 × 10⁸ CNY", which the translation writes "42.62 亿元" (the GUI's scale).
enum class MoneyScale { Millions, ChineseUnits };

/// The same figures as human-readable lines, each a phrase (context "Finding") that the
/// CLI shows in the user's language; a figure the engine cannot compute reads "not computed".
std::vector<Phrase> summaryLines(const Results &results, MoneyScale money = MoneyScale::Millions);

/// The lines in English, each ended by a newline.
std::string summaryText(const Results &results);

} // namespace hallwright
