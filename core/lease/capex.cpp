// Capex lines from catalog prices and the facility fit-out estimate.
#include "lease/capex.h"

#include "catalog/catalog.h"
#include "lease/lease_model.h"

#include <cmath>
#include <sstream>

namespace hallwright::lease {

namespace {

void requireCapexNonNegative(const std::string &item, const char *field, double v)
{
    if (!std::isfinite(v) || v < 0.0) {
        std::ostringstream msg;
        msg << "capex line \"" << item << "\"." << field << ": must be >= 0, got " << v;
        throw LeaseError(msg.str());
    }
}

} // namespace

const char *toString(CapexClass capexClass)
{
    return capexClass == CapexClass::Facility ? "facility" : "it";
}

CapexClass capexClassOfCategory(std::string_view bomCategory)
{
    return bomCategory == "power" || bomCategory == "cooling" ? CapexClass::Facility : CapexClass::It;
}

CapexLine makeCapexLine(std::string item, double quantity, double unitPrice, bool estimated,
                        std::string source, CapexClass capexClass, std::string itemZh)
{
    requireCapexNonNegative(item, "quantity", quantity);
    requireCapexNonNegative(item, "unitPrice", unitPrice);
    CapexLine line;
    line.item = std::move(item);
    line.itemZh = std::move(itemZh);
    line.quantity = quantity;
    line.unitPrice = unitPrice;
    line.total = quantity * unitPrice;
    line.estimated = estimated;
    line.source = std::move(source);
    line.capexClass = capexClass;
    return line;
}

const std::string &capexItem(const CapexLine &line, bool chinese)
{
    return chinese && !line.itemZh.empty() ? line.itemZh : line.item;
}

CapexEstimate estimateCapex(const NodeSpec &node, long long nodes,
                            const std::vector<CapexLine> &otherLines, double itKw,
                            const FacilityCost &facility)
{
    if (nodes < 0)
        throw LeaseError("capex.nodes: must be >= 0, got " + std::to_string(nodes));
    CapexEstimate e;
    e.lines.push_back(makeCapexLine(node.name.empty() ? node.id : node.name, double(nodes),
                                    node.priceCny, node.provenance.isEstimated("price_cny"),
                                    "catalog node " + node.id, CapexClass::It, node.nameZh));
    for (const CapexLine &l : otherLines)
        e.lines.push_back(
            makeCapexLine(l.item, l.quantity, l.unitPrice, l.estimated, l.source, l.capexClass, l.itemZh));
    requireCapexNonNegative("facility fit-out", "itKw", itKw);
    e.lines.push_back(makeCapexLine("Facility fit-out (per kW IT)", itKw, facility.cnyPerItKw,
                                    facility.estimated, facility.source, CapexClass::Facility,
                                    "机房装修（按 IT 千瓦计）"));
    e.lines.back().perItKw = true;
    for (const CapexLine &l : e.lines) {
        e.total += l.total;
        (l.capexClass == CapexClass::Facility ? e.facilityTotal : e.itTotal) += l.total;
        e.anyEstimated = e.anyEstimated || l.estimated;
    }
    return e;
}

} // namespace hallwright::lease
