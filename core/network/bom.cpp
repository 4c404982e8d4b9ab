// Network bill of materials (switches, modules per cage, cables by stock length, panels) and the cable schedule.
#include "network/network_analysis.h"

#include "catalog/catalog.h"
#include "network/media.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <cstdint>
#include <tuple>
#include <unordered_map>

namespace hallwright::network {

namespace {

std::optional<double> priceOrNull(double p)
{
    return p > 0 ? std::optional<double>(p) : std::nullopt;
}

int categoryRank(const std::string &c)
{
    if (c == "switch")
        return 0;
    if (c == "transceiver")
        return 1;
    if (c == "cable")
        return 2;
    return 3;
}

} // namespace

std::vector<BomLine> networkBom(const Design &design, const Catalog &catalog)
{
    return networkBomByFabric(design, catalog).lines;
}

NetworkBom networkBomByFabric(const Design &design, const Catalog &catalog)
{
    NetworkBom bom;
    std::vector<BomLine> &lines = bom.lines;
    std::unordered_map<std::int64_t, int> devIndex;
    devIndex.reserve(design.devices.size());
    std::map<std::string, long long> switches, panels;
    for (std::size_t i = 0; i < design.devices.size(); ++i) {
        const Device &d = design.devices[i];
        devIndex[d.id.value()] = static_cast<int>(i);
        if (d.kind == DeviceKind::Switch)
            ++switches[d.catalogId];
        else if (d.kind == DeviceKind::PatchPanel)
            ++panels[d.catalogId];
    }
    for (const auto &[id, n] : switches) {
        const SwitchSpec *s = catalog.switchSpec(id);
        lines.push_back({"switch", id, s ? s->name : "switch not in catalog", 0.0, n,
                         s ? priceOrNull(s->priceCny) : std::nullopt});
    }
    for (const auto &[id, n] : panels) {
        const PatchPanelSpec *p = catalog.patchPanel(id);
        lines.push_back({"patch-panel", id, p ? p->name : "patch panel not in catalog", 0.0, n,
                         p ? priceOrNull(p->priceCny) : std::nullopt});
    }

    // Cables by medium and stock length; modules counted per (device, cage, module).
    std::vector<const NodeSpec *> nodeSpec(design.devices.size(), nullptr);
    std::vector<const SwitchSpec *> switchSpec(design.devices.size(), nullptr);
    for (std::size_t i = 0; i < design.devices.size(); ++i) {
        const Device &d = design.devices[i];
        if (d.kind == DeviceKind::ComputeNode)
            nodeSpec[i] = catalog.node(d.catalogId);
        else if (d.kind == DeviceKind::Switch)
            switchSpec[i] = catalog.switchSpec(d.catalogId);
    }
    const MediaTable media(catalog);
    std::unordered_map<std::string, int> mediumIndex;
    for (std::size_t k = 0; k < media.media().size(); ++k)
        mediumIndex[media.media()[k].spec->id] = static_cast<int>(k);
    std::vector<const TransceiverSpec *> moduleList;
    auto moduleNumber = [&](const TransceiverSpec *t) {
        const auto it = std::find(moduleList.begin(), moduleList.end(), t);
        if (it != moduleList.end())
            return static_cast<std::uint64_t>(it - moduleList.begin());
        moduleList.push_back(t);
        return static_cast<std::uint64_t>(moduleList.size() - 1);
    };
    std::map<std::pair<std::string, double>, long long> unknownCables; // media the catalog lacks
    std::unordered_map<std::uint64_t, long long> cables;               // (medium, length in mm) → count
    struct Cage { int links = 0; Fabric fabric = Fabric::Compute; };
    std::unordered_map<std::uint64_t, Cage> cageLinks;                 // (module, device, cage) → links
    std::map<const TransceiverSpec *, long long> modules;
    auto countModules = [&](const TransceiverSpec *t, Fabric f, long long n) {
        modules[t] += n;
        bom.transceiversByFabric[toString(f)] += n;
    };
    for (const Link &l : design.links) {
        if (l.mediumId.empty())
            continue;
        const auto mi = mediumIndex.find(l.mediumId);
        if (mi == mediumIndex.end()) {
            ++unknownCables[{l.mediumId, l.lengthM}];
            continue;
        }
        const auto mm = static_cast<std::uint64_t>(std::isfinite(l.lengthM) && l.lengthM > 0 && l.lengthM < 1e9 ? std::llround(l.lengthM * 1000.0) : 0LL);
        ++cables[(static_cast<std::uint64_t>(mi->second) << 48) | (mm & 0xffffffffffffULL)];
        const MediumInfo &m = media.media()[static_cast<std::size_t>(mi->second)];
        if (!m.module)
            continue;
        for (const PortRef *end : {&l.a, &l.b}) {
            const auto it = devIndex.find(end->device.value());
            if (it == devIndex.end())
                continue;
            const auto di = static_cast<std::size_t>(it->second);
            const EndClass ec = classifyEnd(&design.devices[di], nodeSpec[di], switchSpec[di], l);
            const TransceiverSpec *t = media.moduleAt(m, ec);
            if (!t) // the medium does not plug in here; count the nearest module so the BOM is not short
                t = ec.kind == EndKind::NodeSingle && m.nicModule ? m.nicModule : m.module;
            const int cage = cageOf(ec, end->port);
            if (cage < 0) {
                countModules(t, l.fabric, 1); // a module of its own
                continue;
            }
            Cage &c = cageLinks[(moduleNumber(t) << 56) | (static_cast<std::uint64_t>(di) << 24)
                                | (static_cast<std::uint64_t>(cage) & 0xffffffULL)];
            if (c.links++ == 0)
                c.fabric = l.fabric; // a shared module counts for the fabric of its first link
        }
    }
    for (const auto &[key, c] : cageLinks) {
        const TransceiverSpec *t = moduleList[static_cast<std::size_t>(key >> 56)];
        countModules(t, c.fabric, (c.links + std::max(1, t->linksPerModule) - 1) / std::max(1, t->linksPerModule));
    }
    for (const auto &[t, n] : modules)
        lines.push_back({"transceiver", t->id, t->name, 0.0, n, priceOrNull(t->priceCny)});
    auto cableLine = [&](const std::string &id, double len, long long n) {
        const MediumSpec *m = catalog.medium(id);
        std::optional<double> unit;
        if (m && (m->priceCnyFixed > 0 || m->priceCnyPerM > 0))
            unit = m->priceCnyFixed + m->priceCnyPerM * len;
        lines.push_back({"cable", id, m ? m->name : "medium not in catalog", len, n, unit});
    };
    for (const auto &[key, n] : cables)
        cableLine(media.media()[static_cast<std::size_t>(key >> 48)].spec->id,
                  static_cast<double>(key & 0xffffffffffffULL) / 1000.0, n);
    for (const auto &[key, n] : unknownCables)
        cableLine(key.first, key.second, n);
    std::stable_sort(lines.begin(), lines.end(), [](const BomLine &a, const BomLine &b) {
        return std::make_tuple(categoryRank(a.category), a.catalogId, a.lengthM)
               < std::make_tuple(categoryRank(b.category), b.catalogId, b.lengthM);
    });
    return bom;
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
