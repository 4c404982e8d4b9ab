// Look-ups by id into a Design (racks, rows, devices, links, equipment) and the racks of a row, devices of a rack.
#pragma once

#include "model/design.h"

#include <unordered_map>
#include <vector>

namespace hallwright::views {

/// Indices (not pointers) into the design's vectors, so that in-place edits
/// such as moves keep it valid; rebuild it after an edit that adds or removes
/// items. Look-ups return nullptr for an unknown id. Devices and links (the
/// large tables: ~400,000 links at 102,400 accelerators) are indexed on the
/// first question about them, so that building the plan does not pay for them
/// (hence not thread-safe: the views use it on the UI thread only).
class DesignIndex
{
public:
    DesignIndex() = default;
    explicit DesignIndex(const Design &design);

    const Design *design() const { return m_design; }

    const Rack *rack(RackId id) const;
    const Row *row(RowId id) const;
    const Zone *zone(ZoneId id) const;
    const Device *device(DeviceId id) const;
    const Link *link(LinkId id) const;
    const Equipment *equipment(EquipmentId id) const;
    const TraySegment *tray(TrayId id) const;
    int rackIndex(RackId id) const;
    int trayIndex(TrayId id) const;

    /// Indices into Design::racks of the racks in the row, west to east as stored.
    const std::vector<int> &racksOfRow(RowId row) const;
    /// Indices into Design::devices of the devices in the rack.
    const std::vector<int> &devicesOfRack(RackId rack) const;
    /// Indices into Design::links of the links with an end on the device.
    const std::vector<int> &linksOfDevice(DeviceId device) const;
    /// The link plugged into port of device, or nullptr.
    const Link *linkAtPort(DeviceId device, int port) const;

private:
    template <typename T>
    static const T *at(const std::vector<T> &v, const std::unordered_map<std::int64_t, int> &map, std::int64_t id);
    void indexDevices() const;
    void indexLinks() const;

    const Design *m_design = nullptr;
    std::unordered_map<std::int64_t, int> m_racks, m_rows, m_zones, m_equipment, m_trays;
    std::unordered_map<std::int64_t, std::vector<int>> m_rowRacks;
    mutable bool m_devicesIndexed = false, m_linksIndexed = false;
    mutable std::unordered_map<std::int64_t, int> m_devices, m_links;
    mutable std::unordered_map<std::int64_t, std::vector<int>> m_rackDevices, m_deviceLinks;
    static const std::vector<int> kNone;
};

} // namespace hallwright::views
