// Prices a brief's compute fabric: planned switches plus the cheapest fitting medium per tier.
#include "network/switch_choice.h"

#include "brief/brief.h"
#include "catalog/catalog.h"
#include "network/fabric_inputs.h"
#include "network/fabric_plan.h"
#include "network/media.h"

#include <algorithm>
#include <limits>

namespace hallwright::network {

std::optional<FabricCost> computeFabricCost(const Brief &brief, const Catalog &catalog)
{
    const NodeSpec *node = catalog.node(brief.compute.platform);
    const SwitchSpec *sw = catalog.switchSpec(brief.fabric.switchId);
    if (!node || !sw)
        return std::nullopt;
    FabricPlan plan;
    try {
        plan = planFabric(fabricInputsFor(brief, catalog));
    } catch (const FabricError &) {
        return std::nullopt;
    }
    const MediaTable media(catalog);
    Device nodeDevice, switchDevice;
    nodeDevice.kind = DeviceKind::ComputeNode;
    switchDevice.kind = DeviceKind::Switch;
    Link link;
    link.fabric = Fabric::Compute;
    link.gbps = plan.linkGbps;
    const EndClass nodeEnd = classifyEnd(&nodeDevice, node, nullptr, link);
    const EndClass switchEnd = classifyEnd(&switchDevice, nullptr, sw, link);
    auto cheapest = [&](const EndClass &a, const EndClass &b) -> std::optional<double> {
        double best = std::numeric_limits<double>::infinity();
        for (const MediumInfo &m : media.media()) {
            if (isFixedEnd(m))
                continue;
            const auto len = media.stockLength(m, kNominalRunM);
            if (!len || !media.compatible(m, link.gbps, a, b))
                continue;
            best = std::min(best, media.cost(m, *len, a, b));
        }
        return best < std::numeric_limits<double>::infinity() ? std::optional<double>(best) : std::nullopt;
    };
    FabricCost cost;
    cost.switches = plan.compute.switches();
    cost.switchesCny = static_cast<double>(cost.switches) * sw->priceCny;
    const auto down = cheapest(nodeEnd, switchEnd);
    if (!down)
        return std::nullopt;
    cost.mediaCny = static_cast<double>(plan.nodeLeafLinks) * *down;
    const long long up = plan.compute.leafSpineLinks + plan.compute.spineCoreLinks;
    if (up > 0) {
        const auto between = cheapest(switchEnd, switchEnd);
        if (!between)
            return std::nullopt;
        cost.mediaCny += static_cast<double>(up) * *between;
    }
    return cost;
}

} // namespace hallwright::network
