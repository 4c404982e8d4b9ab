// Power analysis of a design as it stands: IT load, chain loads, losses, PUE, energy and the power schedule.
#include "power/power_analysis.h"

#include "cooling/cooling_analysis.h"

#include <nlohmann/json.hpp>

#include <unordered_map>

namespace hallwright {

PowerResults analyzePower(const Design &design, const Catalog &catalog, const PowerBrief &brief, CoolingMode mode)
{
    const PowerNetwork network(design, catalog);
    const CoolingResults cooling = analyzeCooling(design, catalog, mode, network);
    return analyzePower(network, cooling, brief);
}

PowerResults analyzePower(const PowerNetwork &network, const CoolingResults &cooling, const PowerBrief &brief)
{
    PowerResults r;
    r.itKw = network.itKw();
    r.itDesignKw = r.itKw * brief.loadFactor;
    r.accelerators = network.accelerators();
    r.elements = network.elements();
    for (const PowerElement &el : r.elements) {
        const double loss = el.efficiency > 0.0 ? std::max(0.0, el.loadKw) * (1.0 / el.efficiency - 1.0) : 0.0;
        const int units = static_cast<int>(el.units.size());
        switch (el.kind) {
        case PowerElementKind::Pdu:
            ++r.pdus;
            r.distributionLossKw += loss;
            break;
        case PowerElementKind::Busway:
            ++r.busways;
            r.distributionLossKw += loss;
            break;
        case PowerElementKind::Rpp:
            ++r.rpps;
            r.distributionLossKw += loss;
            break;
        case PowerElementKind::UpsSystem:
            r.upsModules += units;
            r.upsKw += el.ratingKw;
            r.upsLossKw += loss;
            break;
        case PowerElementKind::Transformer:
            ++r.transformers;
            r.transformerLossKw += loss;
            break;
        case PowerElementKind::GeneratorSet:
            r.generators += units;
            r.generatorKw += el.ratingKw;
            break;
        }
    }
    r.coolingKw = cooling.mechanicalKw;
    r.miscKw = r.itKw * kMiscFractionOfIt;
    if (r.itKw > 0.0) {
        const double facility =
            r.itKw + r.upsLossKw + r.transformerLossKw + r.distributionLossKw + r.coolingKw + r.miscKw;
        r.estimatedPue = facility / r.itKw;
    }
    r.pueEstimated = !brief.pue.has_value();
    r.pue = brief.pue ? brief.pue : r.estimatedPue;
    if (r.pue) {
        r.facilityKw = r.itKw * *r.pue;
        r.annualMwh = r.itKw * brief.loadFactor * kHoursPerYear * *r.pue / 1000.0;
        r.annualCost = *r.annualMwh * 1000.0 * brief.electricityPricePerKwh;
    }
    return r;
}

std::vector<PowerScheduleRow> powerSchedule(const Design &design, const PowerNetwork &network, double loadFactor)
{
    std::unordered_map<std::int64_t, std::string> rowNames;
    for (const Row &row : design.rows)
        rowNames[row.id.value()] = row.name;
    const auto &elements = network.elements();
    auto ancestor = [&](int e, std::initializer_list<PowerElementKind> kinds) -> std::string {
        for (int x = elements[e].parent, steps = 0; x >= 0 && steps <= static_cast<int>(elements.size());
             x = elements[x].parent, ++steps)
            for (PowerElementKind k : kinds)
                if (elements[x].kind == k)
                    return elements[x].name;
        return {};
    };
    std::unordered_map<std::int64_t, std::vector<int>> pdusOfRack;
    for (int e = 0; e < static_cast<int>(elements.size()); ++e)
        if (elements[e].kind == PowerElementKind::Pdu)
            pdusOfRack[elements[e].rack.value()].push_back(e);

    std::vector<PowerScheduleRow> rows;
    const auto &racks = network.racks();
    for (std::size_t i = 0; i < design.racks.size(); ++i) {
        const Rack &rack = design.racks[i];
        PowerScheduleRow base;
        base.rack = rack.name;
        const auto rn = rowNames.find(rack.row.value());
        base.row = rn == rowNames.end() ? std::string() : rn->second;
        base.rackKw = racks[i].maxKw;
        base.rackDesignKw = racks[i].maxKw * loadFactor;
        const auto it = pdusOfRack.find(rack.id.value());
        if (it == pdusOfRack.end()) {
            rows.push_back(base);
            continue;
        }
        std::vector<int> pdus = it->second;
        std::sort(pdus.begin(), pdus.end(), [&](int a, int b) {
            return std::pair(elements[a].feed, elements[a].device) < std::pair(elements[b].feed, elements[b].device);
        });
        for (int e : pdus) {
            PowerScheduleRow row = base;
            const PowerElement &el = elements[e];
            row.feed = el.feed;
            row.pdu = el.name;
            row.pduCatalogId = el.catalogId;
            row.busway = ancestor(e, {PowerElementKind::Busway, PowerElementKind::Rpp});
            row.ups = ancestor(e, {PowerElementKind::UpsSystem});
            row.transformer = ancestor(e, {PowerElementKind::Transformer});
            row.feedKw = el.loadKw;
            row.pduContinuousKw = el.continuousKw;
            rows.push_back(row);
        }
    }
    return rows;
}

nlohmann::ordered_json powerSummaryJson(const PowerResults &r)
{
    auto orNull = [](const std::optional<double> &v) {
        return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
    };
    return nlohmann::ordered_json{{"it_kw", r.itKw},
                          {"facility_kw", orNull(r.facilityKw)},
                          {"pue", orNull(r.pue)},
                          {"ups_kw", r.upsKw},
                          {"annual_mwh", orNull(r.annualMwh)}};
}

} // namespace hallwright
