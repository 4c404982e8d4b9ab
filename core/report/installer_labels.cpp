// Installer-grade names: 1-based cage/lane port names from the catalog, and the 600 mm floor grid.
#include "report/installer_labels.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace hallwright {

namespace {

constexpr double kTileM = 0.6;
constexpr double kCopperMaxGbps = 10.0; // management links (the network engine's rule)

std::int64_t baseKey(DeviceId device, Fabric fabric)
{
    return device.value() * 8 + static_cast<int>(fabric);
}

} // namespace

std::string gridColumn(int index)
{
    std::string s;
    for (int n = std::max(0, index) + 1; n > 0; n = (n - 1) / 26)
        s.insert(s.begin(), static_cast<char>('A' + (n - 1) % 26));
    return s;
}

std::string gridCell(double xM, double yM)
{
    const int col = static_cast<int>(std::floor(std::max(0.0, xM) / kTileM + 1e-9));
    const int row = static_cast<int>(std::floor(std::max(0.0, yM) / kTileM + 1e-9));
    return fmt::format("{}{:02}", gridColumn(col), row + 1);
}

std::string rackGrid(const Rack &rack)
{
    // The tile just inside the middle of the front edge: stable under the
    // rack's own width and the same for both racks of a back-to-back pair.
    const Rect &f = rack.footprint;
    const double x = f.x + f.width / 2.0;
    const double y = rack.facing == Facing::North ? f.y + f.depth - kTileM / 2.0 : f.y + kTileM / 2.0;
    return gridCell(x, std::max(f.y, y));
}

PortNamer::PortNamer(const Design &design, const Catalog &catalog) : m_design(design), m_catalog(catalog)
{
    m_devices.reserve(design.devices.size());
    for (const Device &d : design.devices)
        m_devices[d.id.value()] = &d;
    for (const Link &l : design.links)
        for (const PortRef *p : {&l.a, &l.b}) {
            const auto [it, inserted] = m_fabricBase.try_emplace(baseKey(p->device, l.fabric), p->port);
            if (!inserted)
                it->second = std::min(it->second, p->port);
        }
    std::unordered_map<std::string, bool> mediumHasModule;
    for (const Link &l : design.links) {
        if (l.mediumId.empty())
            continue;
        auto [m, fresh] = mediumHasModule.try_emplace(l.mediumId, false);
        if (fresh) {
            const MediumSpec *spec = catalog.medium(l.mediumId);
            m->second = spec && !spec->transceiverId.empty();
        }
        if (!m->second)
            continue;
        for (const PortRef *p : {&l.a, &l.b}) {
            const auto d = m_devices.find(p->device.value());
            if (d != m_devices.end() && d->second->kind == DeviceKind::Switch
                && !m_switchFormFactor.count(d->second->catalogId)) {
                const std::string ff = formFactor(l, false);
                if (ff != "P")
                    m_switchFormFactor[d->second->catalogId] = ff;
            }
        }
    }
}

std::string PortNamer::formFactor(const Link &link, bool nicSide) const
{
    const MediumSpec *m = link.mediumId.empty() ? nullptr : m_catalog.medium(link.mediumId);
    if (!m)
        return "P";
    const std::string &id = nicSide && !m->nicTransceiverId.empty() ? m->nicTransceiverId : m->transceiverId;
    const TransceiverSpec *t = id.empty() ? nullptr : m_catalog.transceiver(id);
    return t && !t->formFactor.empty() ? t->formFactor : "P";
}

int PortNamer::ordinal(const PortRef &end, Fabric fabric) const
{
    const auto it = m_fabricBase.find(baseKey(end.device, fabric));
    return end.port - (it == m_fabricBase.end() ? 0 : it->second) + 1;
}

std::string PortNamer::name(const Link &link, const PortRef &end) const
{
    const int p = end.port;
    if (p < 0)
        return {};
    const auto it = m_devices.find(end.device.value());
    const Device *d = it == m_devices.end() ? nullptr : it->second;
    if (!d)
        return fmt::format("{}", p + 1);
    if (d->kind == DeviceKind::ComputeNode) {
        const NodeSpec *node = m_catalog.node(d->catalogId);
        switch (link.fabric) {
        case Fabric::Compute:
            if (node && node->computeLinksPerModule > 1) {
                const int k = node->computeLinksPerModule;
                std::string ff = formFactor(link, true);
                if (ff == "P")
                    ff = "OSFP"; // a twin-port node cage is an OSFP cage (DGX H100/B200)
                return fmt::format("{}{}/{}", ff, p / k + 1, p % k + 1);
            }
            return fmt::format("NIC{}", p + 1);
        case Fabric::Storage:
            return fmt::format("FE{}", ordinal(end, link.fabric));
        case Fabric::InbandMgmt:
            return fmt::format("MGMT{}", ordinal(end, link.fabric));
        case Fabric::OobMgmt: {
            const int n = ordinal(end, link.fabric);
            return n == 1 ? std::string("BMC") : fmt::format("BMC{}", n);
        }
        case Fabric::NvLink:
            return fmt::format("NVL{}", p + 1);
        }
    }
    if (d->kind == DeviceKind::Switch) {
        const SwitchSpec *sw = m_catalog.switchSpec(d->catalogId);
        if (sw && link.gbps <= kCopperMaxGbps && sw->portGbps > kCopperMaxGbps)
            return "MGMT";
        std::string ff = formFactor(link, false);
        if (ff == "P")
            if (const auto known = m_switchFormFactor.find(d->catalogId); known != m_switchFormFactor.end())
                ff = known->second;
        int lanes = 1;
        if (sw) {
            const int dataPorts = sw->portsAt(link.gbps);
            if (p >= dataPorts && sw->uplinks > 0)
                return fmt::format("UP{}", p - dataPorts + 1);
            if (sw->cages > 0 && dataPorts >= sw->cages)
                lanes = dataPorts / sw->cages;
        }
        if (lanes > 1)
            return fmt::format("{}{}/{}", ff, p / lanes + 1, p % lanes + 1);
        return fmt::format("{}{}", ff, p + 1);
    }
    if (d->kind == DeviceKind::PatchPanel)
        return fmt::format("P{}", p + 1);
    return fmt::format("{}", p + 1);
}

} // namespace hallwright
