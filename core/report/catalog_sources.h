// Where the catalog's figures come from: the provenance of any catalog item by id, for the reports.
#pragma once

#include "catalog/catalog.h"

#include <string>

namespace hallwright {

/// The provenance (source, estimated fields) of the catalog item `id` of any
/// kind (accelerator, node, switch, NIC, transceiver, medium, patch panel,
/// rack, power, cooling); null when the catalog has no such item.
const Provenance *catalogProvenance(const Catalog &catalog, const std::string &id);

/// The item's display name; empty when unknown.
std::string catalogItemName(const Catalog &catalog, const std::string &id);

/// The item's Simplified Chinese name (name_zh); empty when unknown or not given.
std::string catalogItemNameZh(const Catalog &catalog, const std::string &id);

} // namespace hallwright
