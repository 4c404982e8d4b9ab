// Id look-ups into a design, built once per structural change.
#include "common/design_index.h"

namespace hallwright::views {

const std::vector<int> DesignIndex::kNone;

namespace {

template <typename T>
std::unordered_map<std::int64_t, int> indexById(const std::vector<T> &items)
{
    std::unordered_map<std::int64_t, int> out;
    out.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i)
        out.emplace(items[i].id.value(), static_cast<int>(i));
    return out;
}

const std::vector<int> &lookup(const std::unordered_map<std::int64_t, std::vector<int>> &map, std::int64_t id,
                               const std::vector<int> &none)
{
    const auto it = map.find(id);
    return it == map.end() ? none : it->second;
}

} // namespace

DesignIndex::DesignIndex(const Design &design) : m_design(&design)
{
    m_racks = indexById(design.racks);
    m_rows = indexById(design.rows);
    m_zones = indexById(design.zones);
    m_equipment = indexById(design.equipment);
    m_trays = indexById(design.trays);
    for (std::size_t i = 0; i < design.racks.size(); ++i)
        m_rowRacks[design.racks[i].row.value()].push_back(static_cast<int>(i));
}

void DesignIndex::indexDevices() const
{
    if (m_devicesIndexed || !m_design)
        return;
    m_devicesIndexed = true;
    m_devices = indexById(m_design->devices);
    for (std::size_t i = 0; i < m_design->devices.size(); ++i)
        m_rackDevices[m_design->devices[i].rack.value()].push_back(static_cast<int>(i));
}

void DesignIndex::indexLinks() const
{
    if (m_linksIndexed || !m_design)
        return;
    m_linksIndexed = true;
    m_links = indexById(m_design->links);
    m_deviceLinks.reserve(m_design->devices.size());
    for (std::size_t i = 0; i < m_design->links.size(); ++i) {
        const Link &l = m_design->links[i];
        m_deviceLinks[l.a.device.value()].push_back(static_cast<int>(i));
        if (l.b.device != l.a.device)
            m_deviceLinks[l.b.device.value()].push_back(static_cast<int>(i));
    }
}

template <typename T>
const T *DesignIndex::at(const std::vector<T> &v, const std::unordered_map<std::int64_t, int> &map, std::int64_t id)
{
    const auto it = map.find(id);
    if (it == map.end() || it->second >= static_cast<int>(v.size()))
        return nullptr;
    return &v[static_cast<std::size_t>(it->second)];
}

const Rack *DesignIndex::rack(RackId id) const { return m_design ? at(m_design->racks, m_racks, id.value()) : nullptr; }
const Row *DesignIndex::row(RowId id) const { return m_design ? at(m_design->rows, m_rows, id.value()) : nullptr; }
const Zone *DesignIndex::zone(ZoneId id) const { return m_design ? at(m_design->zones, m_zones, id.value()) : nullptr; }
const Device *DesignIndex::device(DeviceId id) const
{
    indexDevices();
    return m_design ? at(m_design->devices, m_devices, id.value()) : nullptr;
}
const Link *DesignIndex::link(LinkId id) const
{
    indexLinks();
    return m_design ? at(m_design->links, m_links, id.value()) : nullptr;
}
const Equipment *DesignIndex::equipment(EquipmentId id) const
{
    return m_design ? at(m_design->equipment, m_equipment, id.value()) : nullptr;
}
const TraySegment *DesignIndex::tray(TrayId id) const
{
    return m_design ? at(m_design->trays, m_trays, id.value()) : nullptr;
}

int DesignIndex::rackIndex(RackId id) const
{
    const auto it = m_racks.find(id.value());
    return it == m_racks.end() ? -1 : it->second;
}

int DesignIndex::trayIndex(TrayId id) const
{
    const auto it = m_trays.find(id.value());
    return it == m_trays.end() ? -1 : it->second;
}

const std::vector<int> &DesignIndex::racksOfRow(RowId row) const { return lookup(m_rowRacks, row.value(), kNone); }
const std::vector<int> &DesignIndex::devicesOfRack(RackId rack) const
{
    indexDevices();
    return lookup(m_rackDevices, rack.value(), kNone);
}
const std::vector<int> &DesignIndex::linksOfDevice(DeviceId device) const
{
    indexLinks();
    return lookup(m_deviceLinks, device.value(), kNone);
}

const Link *DesignIndex::linkAtPort(DeviceId device, int port) const
{
    for (int i : linksOfDevice(device)) {
        const Link &l = m_design->links[static_cast<std::size_t>(i)];
        if ((l.a.device == device && l.a.port == port) || (l.b.device == device && l.b.port == port))
            return &l;
    }
    return nullptr;
}

} // namespace hallwright::views
