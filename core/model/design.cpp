// Name tables for the model's enumerations and id lookups on the design.
#include "design.h"

#include <algorithm>
#include <array>
#include <utility>

namespace hallwright {

namespace {

template <typename E, std::size_t N>
using NameTable = std::array<std::pair<E, const char *>, N>;

constexpr NameTable<ZoneKind, 6> kZoneKinds{{{ZoneKind::Compute, "compute"},
                                             {ZoneKind::Network, "network"},
                                             {ZoneKind::Power, "power"},
                                             {ZoneKind::Cooling, "cooling"},
                                             {ZoneKind::Storage, "storage"},
                                             {ZoneKind::Yard, "yard"}}};
constexpr NameTable<RackRole, 6> kRackRoles{{{RackRole::Compute, "compute"},
                                             {RackRole::Leaf, "leaf"},
                                             {RackRole::Spine, "spine"},
                                             {RackRole::Core, "core"},
                                             {RackRole::Storage, "storage"},
                                             {RackRole::Management, "management"}}};
constexpr NameTable<DeviceKind, 6> kDeviceKinds{{{DeviceKind::ComputeNode, "compute-node"},
                                                 {DeviceKind::Switch, "switch"},
                                                 {DeviceKind::PatchPanel, "patch-panel"},
                                                 {DeviceKind::Pdu, "pdu"},
                                                 {DeviceKind::Storage, "storage"},
                                                 {DeviceKind::Other, "other"}}};
constexpr NameTable<Fabric, 5> kFabrics{{{Fabric::Compute, "compute"},
                                         {Fabric::Storage, "storage"},
                                         {Fabric::InbandMgmt, "inband-mgmt"},
                                         {Fabric::OobMgmt, "oob-mgmt"},
                                         {Fabric::NvLink, "nvlink"}}};
constexpr NameTable<LinkTier, 4> kLinkTiers{{{LinkTier::NodeLeaf, "node-leaf"},
                                             {LinkTier::LeafSpine, "leaf-spine"},
                                             {LinkTier::SpineCore, "spine-core"},
                                             {LinkTier::Other, "other"}}};
constexpr NameTable<EquipmentKind, 13> kEquipmentKinds{{{EquipmentKind::Busway, "busway"},
                                                       {EquipmentKind::Rpp, "rpp"},
                                                       {EquipmentKind::Ups, "ups"},
                                                       {EquipmentKind::Transformer, "transformer"},
                                                       {EquipmentKind::Generator, "generator"},
                                                       {EquipmentKind::Crah, "crah"},
                                                       {EquipmentKind::Cdu, "cdu"},
                                                       {EquipmentKind::Chiller, "chiller"},
                                                       {EquipmentKind::Switchgear, "switchgear"},
                                                       {EquipmentKind::Mcc, "mcc"},
                                                       {EquipmentKind::Battery, "battery"},
                                                       {EquipmentKind::DryCooler, "dry-cooler"},
                                                       {EquipmentKind::Pump, "pump"}}};
constexpr NameTable<Facing, 2> kFacings{{{Facing::North, "north"}, {Facing::South, "south"}}};

template <typename E, std::size_t N>
const char *nameOf(const NameTable<E, N> &table, E value)
{
    for (const auto &[e, name] : table)
        if (e == value)
            return name;
    return "unknown";
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const NameTable<E, N> &table, const std::string &name)
{
    for (const auto &[e, n] : table)
        if (name == n)
            return e;
    return std::nullopt;
}

template <typename T, typename IdT>
T *findById(std::vector<T> &items, IdT id)
{
    // Ids are assigned in ascending order, so a binary search usually works;
    // fall back to a scan for hand-edited designs whose order was disturbed.
    auto it = std::lower_bound(items.begin(), items.end(), id,
                               [](const T &item, IdT key) { return item.id < key; });
    if (it != items.end() && it->id == id)
        return &*it;
    auto scan = std::find_if(items.begin(), items.end(), [id](const T &item) { return item.id == id; });
    return scan == items.end() ? nullptr : &*scan;
}

} // namespace

const Rack *Design::findRack(RackId id) const
{
    return findById(const_cast<std::vector<Rack> &>(racks), id);
}

Rack *Design::findRack(RackId id)
{
    return findById(racks, id);
}

const Device *Design::findDevice(DeviceId id) const
{
    return findById(const_cast<std::vector<Device> &>(devices), id);
}

const char *toString(ZoneKind v) { return nameOf(kZoneKinds, v); }
const char *toString(RackRole v) { return nameOf(kRackRoles, v); }
const char *toString(DeviceKind v) { return nameOf(kDeviceKinds, v); }
const char *toString(Fabric v) { return nameOf(kFabrics, v); }
const char *toString(LinkTier v) { return nameOf(kLinkTiers, v); }
const char *toString(EquipmentKind v) { return nameOf(kEquipmentKinds, v); }
const char *toString(Facing v) { return nameOf(kFacings, v); }

std::optional<ZoneKind> zoneKindFromString(const std::string &s) { return valueOf(kZoneKinds, s); }
std::optional<RackRole> rackRoleFromString(const std::string &s) { return valueOf(kRackRoles, s); }
std::optional<DeviceKind> deviceKindFromString(const std::string &s) { return valueOf(kDeviceKinds, s); }
std::optional<Fabric> fabricFromString(const std::string &s) { return valueOf(kFabrics, s); }
std::optional<LinkTier> linkTierFromString(const std::string &s) { return valueOf(kLinkTiers, s); }
std::optional<EquipmentKind> equipmentKindFromString(const std::string &s) { return valueOf(kEquipmentKinds, s); }
std::optional<Facing> facingFromString(const std::string &s) { return valueOf(kFacings, s); }

} // namespace hallwright
