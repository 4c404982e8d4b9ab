// Edit scripts (OPS.json): the list of operations, checked for shape, then resolved against a design by name.
#pragma once

#include "edit/editor.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace hallwright::edit {

/// Parses the script and checks every operation's shape (known op, known fields,
/// right types) without looking at a design. Throws EditError naming the index.
std::vector<nlohmann::json> readOpList(const std::string &json);

/// Resolves one checked operation against the design as it stands (racks and
/// rows by name). Throws EditError naming `index`.
Op resolveOp(const nlohmann::json &op, std::size_t index, const Design &design);

} // namespace hallwright::edit
