// Installer-grade names: 1-based cage/lane port names from the catalog, and the 600 mm floor grid.
#include "report/installer_labels.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace hallwright {

namespace {

constexpr double kTileM = 0.6;
constexpr double kCopperMaxGbps = 10.0; // management links (the network engine's rule)

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

PortNamer::PortNamer(const Design &design, const Catalog &catalog) : m_catalog(catalog)
{
    m_devices.resize(design.devices.size());
    std::int64_t maxId = 0;
    for (const Device &d : design.devices)
        maxId = std::max(maxId, d.id.value());
    const bool dense = maxId <= 4 * static_cast<std::int64_t>(design.devices.size()) + 1024;
    if (dense)
        m_denseIndex.assign(static_cast<std::size_t>(maxId) + 1, -1);
    for (std::size_t i = 0; i < design.devices.size(); ++i) {
        const Device &d = design.devices[i];
        DeviceInfo &info = m_devices[i];
        info.device = &d;
        info.fabricBase.fill(std::numeric_limits<int>::max());
        if (d.kind == DeviceKind::ComputeNode)
            info.node = catalog.node(d.catalogId);
        else if (d.kind == DeviceKind::Switch)
            info.sw = catalog.switchSpec(d.catalogId);
        if (dense && d.id.value() >= 0)
            m_denseIndex[static_cast<std::size_t>(d.id.value())] = static_cast<int>(i);
        else
            m_sparseIndex[d.id.value()] = static_cast<int>(i);
    }
    std::unordered_map<std::string, std::string> modelFormFactor;
    for (const Link &l : design.links) {
        const MediumInfo *m = l.mediumId.empty() ? nullptr : &medium(l.mediumId);
        for (const PortRef *p : {&l.a, &l.b}) {
            const int i = deviceIndex(p->device);
            if (i < 0)
                continue;
            int &base = m_devices[std::size_t(i)].fabricBase[static_cast<std::size_t>(l.fabric)];
            base = std::min(base, p->port);
            if (m && m->hasModule && m_devices[std::size_t(i)].sw)
                modelFormFactor.try_emplace(m_devices[std::size_t(i)].device->catalogId, m->switchSide);
        }
    }
    for (DeviceInfo &info : m_devices)
        if (info.sw)
            if (const auto it = modelFormFactor.find(info.device->catalogId); it != modelFormFactor.end())
                info.switchFormFactor = it->second;
}

int PortNamer::deviceIndex(DeviceId id) const
{
    const std::int64_t v = id.value();
    if (!m_denseIndex.empty() && v >= 0 && v < static_cast<std::int64_t>(m_denseIndex.size()))
        return m_denseIndex[static_cast<std::size_t>(v)];
    const auto it = m_sparseIndex.find(v);
    return it == m_sparseIndex.end() ? -1 : it->second;
}

const PortNamer::MediumInfo &PortNamer::medium(const std::string &id) const
{
    auto [it, inserted] = m_media.try_emplace(id);
    if (inserted) {
        MediumInfo &info = it->second;
        const MediumSpec *m = m_catalog.medium(id);
        auto ff = [&](const std::string &module) {
            const TransceiverSpec *t = module.empty() ? nullptr : m_catalog.transceiver(module);
            return t && !t->formFactor.empty() ? t->formFactor : std::string("P");
        };
        info.switchSide = m ? ff(m->transceiverId) : "P";
        info.nicSide = m ? ff(m->nicTransceiverId.empty() ? m->transceiverId : m->nicTransceiverId) : "P";
        info.hasModule = m && !m->transceiverId.empty();
    }
    return it->second;
}

std::string PortNamer::name(const Link &link, const PortRef &end) const
{
    const int p = end.port;
    if (p < 0)
        return {};
    const int index = deviceIndex(end.device);
    if (index < 0)
        return fmt::format("{}", p + 1);
    const DeviceInfo &info = m_devices[std::size_t(index)];
    const Device *d = info.device;
    static const MediumInfo none{"P", "P", false};
    const MediumInfo &m = link.mediumId.empty() ? none : medium(link.mediumId);
    auto ordinal = [&] { return p - info.fabricBase[static_cast<std::size_t>(link.fabric)] + 1; };
    if (d->kind == DeviceKind::ComputeNode) {
        switch (link.fabric) {
        case Fabric::Compute:
            if (info.node && info.node->computeLinksPerModule > 1) {
                const int k = info.node->computeLinksPerModule;
                // a twin-port node cage is an OSFP cage (DGX H100/B200)
                const std::string &ff = m.nicSide == "P" ? std::string("OSFP") : m.nicSide;
                return fmt::format("{}{}/{}", ff, p / k + 1, p % k + 1);
            }
            return fmt::format("NIC{}", p + 1);
        case Fabric::Storage:
            return fmt::format("FE{}", ordinal());
        case Fabric::InbandMgmt:
            return fmt::format("MGMT{}", ordinal());
        case Fabric::OobMgmt: {
            const int n = ordinal();
            return n == 1 ? std::string("BMC") : fmt::format("BMC{}", n);
        }
        case Fabric::NvLink:
            return fmt::format("NVL{}", p + 1);
        }
    }
    if (d->kind == DeviceKind::Switch) {
        const SwitchSpec *sw = info.sw;
        if (sw && link.gbps <= kCopperMaxGbps && sw->portGbps > kCopperMaxGbps)
            return "MGMT";
        const std::string &ff = m.switchSide != "P" || info.switchFormFactor.empty() ? m.switchSide
                                                                                     : info.switchFormFactor;
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
