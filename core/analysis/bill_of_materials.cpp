// Bill of materials of a design and its capex lines.
#include "analysis/bill_of_materials.h"

#include "power/plant_feeds.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace hallwright {

namespace {

/// The catalog rack type matching a placed rack's footprint and height.
const RackSpec *rackSpecOf(const Rack &rack, const Catalog &catalog)
{
    for (const auto &[id, spec] : catalog.racks())
        if (std::abs(spec.widthM - rack.footprint.width) < 1e-6 && std::abs(spec.depthM - rack.footprint.depth) < 1e-6
            && spec.heightU == rack.heightU)
            return &spec;
    return nullptr;
}

template <typename Spec>
BomItem itemOf(const char *category, const std::string &id, long long count, const Spec *spec)
{
    BomItem b;
    b.category = category;
    b.catalogId = id;
    b.description = spec ? spec->name : id;
    if (spec)
        b.descriptionZh = spec->nameZh;
    b.quantity = count;
    if (spec && spec->priceCny > 0.0)
        b.unitPriceCny = spec->priceCny;
    b.priceEstimated = !spec || spec->provenance.isEstimated("price_cny");
    return b;
}

/// The Chinese name of a network BOM line's item, found by its category; for an item
/// the catalog lacks, the Chinese of the network BOM's "… not in catalog" wording.
std::string networkLineZh(const network::BomLine &l, const Catalog &catalog)
{
    const std::string &id = l.catalogId;
    if (l.category == "switch")
        return catalog.switchSpec(id) ? catalog.switchSpec(id)->nameZh : "目录中没有的交换机";
    if (l.category == "transceiver")
        return catalog.transceiver(id) ? catalog.transceiver(id)->nameZh : std::string();
    if (l.category == "cable")
        return catalog.medium(id) ? catalog.medium(id)->nameZh : "目录中没有的线缆";
    if (l.category == "patch-panel")
        return catalog.patchPanel(id) ? catalog.patchPanel(id)->nameZh : "目录中没有的配线架";
    return {};
}

} // namespace

std::vector<BomItem> designBom(const Design &design, const Catalog &catalog,
                               const std::optional<network::NetworkResults> &network)
{
    std::vector<BomItem> bom;
    std::map<std::string, long long> nodes, pdus, power, cooling, unknown, racks;
    std::set<RackId> rackScale;
    for (const Device &d : design.devices) {
        if (d.kind == DeviceKind::ComputeNode) {
            ++nodes[d.catalogId];
            if (const NodeSpec *n = catalog.node(d.catalogId); n && n->rackScale)
                rackScale.insert(d.rack);
        } else if (d.kind == DeviceKind::Pdu) {
            ++pdus[d.catalogId];
        }
    }
    for (const auto &[id, n] : nodes)
        bom.push_back(itemOf("compute-node", id, n, catalog.node(id)));
    if (network) {
        for (const network::BomLine &l : network->bom) {
            BomItem b;
            b.category = l.category;
            b.catalogId = l.catalogId;
            b.description = l.description;
            b.descriptionZh = networkLineZh(l, catalog);
            b.lengthM = l.lengthM;
            b.quantity = l.quantity;
            b.unitPriceCny = l.unitPriceCny;
            b.priceEstimated = true; // every network price in the catalog is an indicative estimate
            bom.push_back(b);
        }
    }
    for (const auto &[id, n] : pdus)
        bom.push_back(itemOf("pdu", id, n, catalog.power(id)));
    for (const Equipment &e : design.equipment) {
        if (catalog.power(e.catalogId))
            ++power[e.catalogId];
        else if (catalog.cooling(e.catalogId))
            ++cooling[e.catalogId];
        else
            ++unknown[e.catalogId];
    }
    // One rear door on every rack with air heat (Hall::rearDoor).
    if (const RearDoorFans doors = rearDoorFans(design, catalog); doors.doors > 0)
        cooling[design.hall.rearDoor] += doors.doors;
    for (const auto &[id, n] : power)
        bom.push_back(itemOf("power", id, n, catalog.power(id)));
    for (const auto &[id, n] : cooling)
        bom.push_back(itemOf("cooling", id, n, catalog.cooling(id)));
    for (const auto &[id, n] : unknown)
        bom.push_back(itemOf<PowerSpec>("equipment", id, n, nullptr));
    long long unmatchedRacks = 0;
    for (const Rack &r : design.racks) {
        if (rackScale.count(r.id))
            continue; // a rack-scale node is its own rack, priced with the node
        if (const RackSpec *spec = rackSpecOf(r, catalog))
            ++racks[spec->id];
        else
            ++unmatchedRacks;
    }
    for (const auto &[id, n] : racks)
        bom.push_back(itemOf("rack", id, n, catalog.rack(id)));
    if (unmatchedRacks > 0)
        bom.push_back(itemOf<RackSpec>("rack", "", unmatchedRacks, nullptr));
    // Building systems priced per m² of the building (the hall outline; yards excluded).
    const long long m2 = std::llround(design.hall.widthM * design.hall.depthM);
    if (m2 > 0) {
        auto facility = [&](const char *id, const char *description, const char *descriptionZh, double cnyPerM2,
                            const char *source) {
            BomItem b;
            b.category = "facility";
            b.catalogId = id;
            b.description = description;
            b.descriptionZh = descriptionZh;
            b.quantity = m2;
            b.unitPriceCny = cnyPerM2;
            b.priceEstimated = true;
            b.source = source;
            bom.push_back(b);
        };
        facility("fire-suppression", "Fire suppression (IG-541 clean agent, VESDA detection), per m²",
                 "气体灭火系统（IG-541 洁净气体，VESDA 极早期烟雾探测），按 m² 计", kFireSuppressionCnyPerM2,
                 "estimate: CNY 900 per m² of building (Chinese tender prices)");
        facility("bms", "Building management and DCIM, per m²", "楼宇管理系统（BMS）与 DCIM，按 m² 计", kBmsCnyPerM2,
                 "estimate: CNY 300 per m² of building");
    }
    return bom;
}

std::string capexItemName(const BomItem &b, bool chinese)
{
    if (chinese && !b.descriptionZh.empty())
        return b.lengthM > 0 ? fmt::format("{}，{:g} m", b.descriptionZh, b.lengthM) : b.descriptionZh;
    return b.lengthM > 0 ? fmt::format("{} {:g} m", b.description, b.lengthM) : b.description;
}

DesignCapexLines capexLines(const std::vector<BomItem> &bom)
{
    DesignCapexLines out;
    for (const BomItem &b : bom) {
        if (b.category == "compute-node")
            continue;
        const std::string item = capexItemName(b);
        if (!b.unitPriceCny) {
            out.unpriced.push_back(b.category + " " + (b.catalogId.empty() ? b.description : b.catalogId));
            continue;
        }
        out.lines.push_back(lease::makeCapexLine(item, static_cast<double>(b.quantity), *b.unitPriceCny,
                                                 b.priceEstimated, b.source.empty() ? "catalog " + b.catalogId : b.source,
                                                 lease::capexClassOfCategory(b.category),
                                                 b.descriptionZh.empty() ? std::string() : capexItemName(b, true)));
    }
    return out;
}

} // namespace hallwright
