// The design's bill of materials from catalog prices: nodes, network, power and cooling equipment, racks.
#pragma once

#include "catalog/catalog.h"
#include "lease/capex.h"
#include "model/design.h"
#include "network/network_analysis.h"

#include <optional>
#include <string>
#include <vector>

namespace hallwright {

struct BomItem
{
    std::string category;            ///< "compute-node", "switch", "transceiver", "cable", "patch-panel", "pdu",
                                     ///< "power", "cooling", "rack"
    std::string catalogId;
    std::string description;
    /// Simplified Chinese description: the catalog's name_zh, or a Chinese wording of a
    /// row that is no catalog item; empty when there is none (use `description`).
    std::string descriptionZh;
    double lengthM = 0.0;            ///< cables: stock length
    long long quantity = 0;
    std::optional<double> unitPriceCny; ///< null when the catalog has no price
    bool priceEstimated = true;
    std::string source;              ///< where the price comes from when not a catalog item (facility systems)

    std::optional<double> totalCny() const
    {
        return unitPriceCny ? std::optional<double>(*unitPriceCny * static_cast<double>(quantity)) : std::nullopt;
    }
};

/// Everything placed in the design, grouped by catalog item: compute nodes,
/// the network bill of materials (when analysed), PDUs, power and cooling
/// equipment, racks (a rack-scale node is its own rack), and the building's
/// fire suppression and BMS per m² (category "facility", estimates: see
/// kFireSuppressionCnyPerM2, kBmsCnyPerM2).
std::vector<BomItem> designBom(const Design &design, const Catalog &catalog,
                               const std::optional<network::NetworkResults> &network);

/// Clean-agent (IG-541 inert gas) fire suppression with VESDA detection over
/// the building floor, CNY per m² (estimate of Chinese tender prices).
inline constexpr double kFireSuppressionCnyPerM2 = 900.0;
/// Building management and DCIM (sensors, controllers, software, integration),
/// CNY per m² (estimate).
inline constexpr double kBmsCnyPerM2 = 300.0;

struct DesignCapexLines
{
    std::vector<lease::CapexLine> lines;
    std::vector<std::string> unpriced; ///< items without a price (left out of the lines)
};

/// The item a capex line names for a bill row: the description with a cable's stock length
/// ("… 3 m"); with `chinese`, the Chinese description when the row has one ("…，3 m").
std::string capexItemName(const BomItem &item, bool chinese = false);

/// Capex lines of every BOM item except compute nodes (lease::estimateCapex adds those).
DesignCapexLines capexLines(const std::vector<BomItem> &bom);

} // namespace hallwright
