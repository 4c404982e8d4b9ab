// hallwright-cli catalog: the hardware catalog, each figure with its source.
#pragma once

#include <string>
#include <vector>

namespace hallwright::cli {

/// catalog [FILE.hall] [--json]: the built-in catalog, or the one a project was designed with.
int cmdCatalog(const std::vector<std::string> &args);

} // namespace hallwright::cli
