// The domain model of a data hall: hall, zones, rows, racks, devices, links,
// facility equipment and cable trays. Plain data; engines derive results from it.
#pragma once

#include "geometry.h"
#include "ids.h"

#include <optional>
#include <string>
#include <vector>

namespace hallwright {

/// A building column or other fixed obstruction on the floor.
struct Obstacle
{
    ObstacleId id;
    std::string name;
    Rect area;

    bool operator==(const Obstacle &) const = default;
};

struct Hall
{
    std::string name;
    double widthM = 0.0;   ///< along x
    double depthM = 0.0;   ///< along y
    double ceilingM = 4.5; ///< slab to slab; trays hang below it
    double floorLoadKgPerM2 = 1500.0;
    /// Catalog id of the rear-door heat exchanger fitted to every rack with air heat; empty: none.
    std::string rearDoor;
    std::vector<Obstacle> obstacles;

    Rect bounds() const { return {0.0, 0.0, widthM, depthM}; }

    bool operator==(const Hall &) const = default;
};

/// Yard: outdoor plant beside the building (generator sets), outside the hall outline.
enum class ZoneKind { Compute, Network, Power, Cooling, Storage, Yard };

struct Zone
{
    ZoneId id;
    std::string name;
    ZoneKind kind = ZoneKind::Compute;
    Rect area;

    bool operator==(const Zone &) const = default;
};

/// Which way the fronts of a row's racks face (the cold-aisle side).
enum class Facing { North, South };

struct Row
{
    RowId id;
    ZoneId zone;
    std::string name;
    Rect area;          ///< footprint of the rack line
    Facing facing = Facing::North;

    bool operator==(const Row &) const = default;
};

enum class RackRole { Compute, Leaf, Spine, Core, Storage, Management };

struct Rack
{
    RackId id;
    RowId row;
    std::string name;
    RackRole role = RackRole::Compute;
    Rect footprint;       ///< on the floor, metres
    Facing facing = Facing::North;
    int heightU = 42;
    double powerLimitKw = 0.0;
    double coolingLimitKw = 0.0;
    double weightLimitKg = 0.0;
    int su = -1;          ///< scalable unit served, -1 for central racks

    bool operator==(const Rack &) const = default;
};

enum class DeviceKind { ComputeNode, Switch, PatchPanel, Pdu, Storage, Other };

/// A catalog item placed in a rack. uPosition is the lowest unit it occupies
/// (1-based); zero-U devices such as vertical PDUs have uPosition 0, uHeight 0.
struct Device
{
    DeviceId id;
    RackId rack;
    std::string catalogId;
    DeviceKind kind = DeviceKind::Other;
    std::string name;
    int uPosition = 0;
    int uHeight = 0;
    std::string role;     ///< "leaf", "spine", "core", "storage-leaf", "mgmt", "oob", feed "A"/"B" for PDUs …
    int su = -1;
    int rail = -1;        ///< for leaves: the rail it serves
    EquipmentId powerFeed; ///< for PDUs: the busway or RPP it is plugged into

    bool operator==(const Device &) const = default;
};

/// One end of a link: a port of a device, numbered from 0 within the device.
struct PortRef
{
    DeviceId device;
    int port = -1;
    bool operator==(const PortRef &) const = default;
};

enum class Fabric { Compute, Storage, InbandMgmt, OobMgmt, NvLink };

enum class LinkTier { NodeLeaf, LeafSpine, SpineCore, Other };

struct Link
{
    LinkId id;
    Fabric fabric = Fabric::Compute;
    LinkTier tier = LinkTier::Other;
    PortRef a;
    PortRef b;
    double gbps = 0.0;
    std::string mediumId;      ///< catalog id of the cable or optic medium; empty until cabled
    double lengthM = 0.0;      ///< routed length, rounded to stock; 0 until cabled
    std::string label;

    bool operator==(const Link &) const = default;
};

/// Switchgear: MV (10 kV) or LV main switchboards; Mcc: motor-control centre feeding
/// the mechanical plant; Battery: UPS battery cabinet; DryCooler: warm-water heat
/// rejection; Pump: chilled- or warm-water pump set.
enum class EquipmentKind { Busway, Rpp, Ups, Transformer, Generator, Crah, Cdu, Chiller,
                           Switchgear, Mcc, Battery, DryCooler, Pump };

/// Facility equipment outside racks: power chain and cooling units.
struct Equipment
{
    EquipmentId id;
    ZoneId zone;
    std::string catalogId;
    EquipmentKind kind = EquipmentKind::Ups;
    std::string name;
    Rect footprint;
    std::string feed;          ///< "A", "B" or empty
    EquipmentId upstream;      ///< next element towards the utility, if any

    bool operator==(const Equipment &) const = default;
};

/// A straight overhead cable-tray segment. Segments sharing an end point are connected.
struct TraySegment
{
    TrayId id;
    Point2 a;
    Point2 b;
    double heightM = 3.0;      ///< above the floor
    double widthMm = 600.0;
    double depthMm = 100.0;
    std::string kind;          ///< "row" or "trunk"
    int levels = 1;            ///< stacked trays of widthMm × depthMm on this route (1…4)

    double lengthM() const { return distance(a, b); }

    bool operator==(const TraySegment &) const = default;
};

/// The whole design as held in one project file.
struct Design
{
    Hall hall;
    std::string briefJson;     ///< the brief the design was generated from (canonical JSON), may be empty
    std::vector<Zone> zones;
    std::vector<Row> rows;
    std::vector<Rack> racks;
    std::vector<Device> devices;
    std::vector<Link> links;
    std::vector<Equipment> equipment;
    std::vector<TraySegment> trays;
    std::string userCatalogJson; ///< user-added catalog items (catalog JSON format), may be empty

    const Rack *findRack(RackId id) const;
    const Device *findDevice(DeviceId id) const;
    Rack *findRack(RackId id);

    bool operator==(const Design &) const = default;
};

const char *toString(ZoneKind);
const char *toString(RackRole);
const char *toString(DeviceKind);
const char *toString(Fabric);
const char *toString(LinkTier);
const char *toString(EquipmentKind);
const char *toString(Facing);

/// Parse the names produced by toString; std::nullopt on an unknown name.
std::optional<ZoneKind> zoneKindFromString(const std::string &);
std::optional<RackRole> rackRoleFromString(const std::string &);
std::optional<DeviceKind> deviceKindFromString(const std::string &);
std::optional<Fabric> fabricFromString(const std::string &);
std::optional<LinkTier> linkTierFromString(const std::string &);
std::optional<EquipmentKind> equipmentKindFromString(const std::string &);
std::optional<Facing> facingFromString(const std::string &);

} // namespace hallwright
