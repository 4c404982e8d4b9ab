// Network bill of materials (counted by NetworkBomIndex) and the cable schedule.
#include "network/network_analysis.h"

#include "catalog/catalog.h"
#include "network/bom_index.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <cstdint>
#include <tuple>
#include <unordered_map>

namespace hallwright::network {

std::vector<BomLine> networkBom(const Design &design, const Catalog &catalog)
{
    return networkBomByFabric(design, catalog).lines;
}

NetworkBom networkBomByFabric(const Design &design, const Catalog &catalog)
{
    return NetworkBomIndex(design, catalog, NetworkBomIndex::Use::OneBill).bom();
}

std::vector<CableRow> cableSchedule(const Design &design)
{
    std::unordered_map<std::int64_t, const Device *> devs;
    devs.reserve(design.devices.size());
    for (const Device &d : design.devices)
        devs[d.id.value()] = &d;
    std::unordered_map<std::int64_t, const Rack *> racks;
    for (const Rack &r : design.racks)
        racks[r.id.value()] = &r;

    std::vector<CableRow> rows;
    rows.reserve(design.links.size());
    for (const Link &l : design.links) {
        CableRow row;
        row.link = l.id;
        row.label = l.label;
        row.fabric = toString(l.fabric);
        row.tier = toString(l.tier);
        row.medium = l.mediumId;
        row.lengthM = l.lengthM;
        row.gbps = l.gbps;
        auto fill = [&](const PortRef &p, std::string &rack, std::string &device, int &u, int &port) {
            port = p.port;
            const auto d = devs.find(p.device.value());
            if (d == devs.end()) {
                device = fmt::format("#{}", p.device.value());
                return;
            }
            device = d->second->name;
            u = d->second->uPosition;
            const auto r = racks.find(d->second->rack.value());
            rack = r == racks.end() ? std::string() : r->second->name;
        };
        fill(l.a, row.fromRack, row.fromDevice, row.fromU, row.fromPort);
        fill(l.b, row.toRack, row.toDevice, row.toU, row.toPort);
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace hallwright::network
