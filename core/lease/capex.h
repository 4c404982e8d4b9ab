// Capital expenditure estimate from catalog prices: nodes, network, power and cooling, facility.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace hallwright {
struct NodeSpec;
}

namespace hallwright::lease {

/// Capex classes of the lease model, each with its own depreciation:
/// IT (nodes, network, racks, PDUs: what the lease customer uses; depreciation_years,
/// resold at residual_fraction) and Facility (power and cooling plant, fit-out;
/// facility_depreciation_years, kept at book value).
enum class CapexClass { It, Facility };

const char *toString(CapexClass capexClass);   ///< "it", "facility"

/// The class of a bill-of-materials category: "power" and "cooling" (the plant)
/// are Facility; compute nodes, network, racks and PDUs are IT.
CapexClass capexClassOfCategory(std::string_view bomCategory);

/// One visible line of the capex estimate. total = quantity x unitPrice.
struct CapexLine
{
    std::string item;
    std::string itemZh;          ///< the item in Simplified Chinese (the catalog's name_zh); empty when there is none
    double quantity = 0.0;
    double unitPrice = 0.0;
    double total = 0.0;
    bool estimated = false;      ///< the price is an estimate, not a sourced figure
    std::string source;          ///< where the price comes from (catalog id or document)
    CapexClass capexClass = CapexClass::It;
    bool perItKw = false;        ///< the facility fit-out: priced per kW of IT load, not a placed item
};

struct CapexEstimate
{
    std::vector<CapexLine> lines;
    double total = 0.0;
    double itTotal = 0.0;        ///< lines of class IT
    double facilityTotal = 0.0;  ///< lines of class Facility
    bool anyEstimated = false;
};

/// Facility fit-out (building works, containment, trays, installation) per kW
/// of IT load, excluding the power and cooling plant, switchgear, batteries,
/// fire suppression and BMS, which have their own lines. An estimate;
/// docs/performance-model.md explains it.
struct FacilityCost
{
    double cnyPerItKw = 16700.0;
    bool estimated = true;
    std::string source = "estimate: Turner & Townsend Data Centre Construction Cost Index "
                         "2025-2026 puts whole builds in major markets at USD 11.6-15.2 per W "
                         "of IT; a fifth of the low end (USD 2.32/W, CNY 16.7/W at CNY 7.2 per "
                         "USD) taken for building and fit-out without the plant lines";
};

/// A line with total = quantity x unitPrice; throws LeaseError on negative or
/// non-finite numbers, naming the item.
CapexLine makeCapexLine(std::string item, double quantity, double unitPrice, bool estimated,
                        std::string source = {}, CapexClass capexClass = CapexClass::It, std::string itemZh = {});

/// The item in the reader's language: itemZh when Chinese is asked for and there is one.
const std::string &capexItem(const CapexLine &line, bool chinese);

/// Nodes x node price (the node's name, and its name_zh), then the caller's lines (network bill of materials,
/// power and cooling equipment, each from its engine), then facility fit-out
/// per kW of IT (Facility). Totals of the caller's lines are recomputed and
/// their classes kept; itTotal and facilityTotal split the total. Throws LeaseError.
CapexEstimate estimateCapex(const NodeSpec &node, long long nodes,
                            const std::vector<CapexLine> &otherLines, double itKw,
                            const FacilityCost &facility = {});

} // namespace hallwright::lease
