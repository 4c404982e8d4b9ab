// Designs for the store tests and benchmarks, built by hand (no engines): one that sets every
// field of every entity, and synthetic halls of a chosen size.
#pragma once

#include "model/design.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace hallwright::test {

/// A small design in which every field of every entity has a non-default
/// value somewhere, every enum value appears, and the awkward cases are
/// present: empty strings, unicode names, negative coordinates, zero-U
/// devices, "no object" references (id 0), ids beyond 2^53, doubles that are
/// not exact decimals. Vectors are sorted by id, as loadProject returns them.
inline Design fullDesign()
{
    Design d;
    d.hall = Hall{"机房 A — \"North\" hall", 36.5, 24.25, 5.1, 1200.5, "rdhx-55kw", {}};
    d.hall.obstacles = {Obstacle{ObstacleId(1), "column C3", Rect{-1.5, 2.25, 0.6, 0.6}},
                        Obstacle{ObstacleId(7), "", Rect{10.0, -3.0, 0.5, 1.0 / 3.0}}};
    d.briefJson = R"({"schema":"hallwright.brief/1","name":"机房 A","compute":{"accelerators":64}})";
    d.userCatalogJson = R"({"items":[{"id":"my-switch","name":"Überswitch ✓"}]})";
    d.zones = {Zone{ZoneId(1), "Compute ☃", ZoneKind::Compute, Rect{0, 0, 30, 20}},
               Zone{ZoneId(2), "", ZoneKind::Network, Rect{-5, -5, 4, 4}},
               Zone{ZoneId(3), "power", ZoneKind::Power, Rect{30, 0, 6.5, 10}},
               Zone{ZoneId(4), "cooling", ZoneKind::Cooling, Rect{30, 10, 6.5, 14.25}},
               Zone{ZoneId(5), "storage", ZoneKind::Storage, Rect{0, 20, 30, 4.25}}};
    d.rows = {Row{RowId(1), ZoneId(1), "Row A", Rect{1, 2, 20, 1.2}, Facing::North},
              Row{RowId(2), ZoneId(), "", Rect{-4.5, -4.5, 3, 1.2}, Facing::South}};
    d.racks = {Rack{RackId(1), RowId(1), "R01", RackRole::Compute, Rect{1, 2, 0.6, 1.2}, Facing::North, 48, 41.6,
                    45.0, 1500.0, 0},
               Rack{RackId(2), RowId(1), "机柜 2", RackRole::Leaf, Rect{1.6, 2, 0.6, 1.2}, Facing::South, 42, 12.5,
                    12.0, 900.5, 3},
               Rack{RackId(3), RowId(2), "", RackRole::Spine, Rect{-4.5, -4.5, 0.6, 1.2}, Facing::North, 0, 0.0, 0.0,
                    0.0, -1},
               Rack{RackId(4), RowId(2), "core", RackRole::Core, Rect{-3.9, -4.5, 0.8, 1.2}, Facing::South, 52, 20,
                    20, 1200, -1},
               Rack{RackId(5), RowId(), "loose", RackRole::Storage, Rect{5, 15, 0.6, 1.0}, Facing::North, 42, 8, 8,
                    1000, -1},
               Rack{RackId(6), RowId(1), "mgmt", RackRole::Management, Rect{2.2, 2, 0.6, 1.2}, Facing::North, 42,
                    0.1, 0.2, 0.3, 7}};
    d.devices = {Device{DeviceId(1), RackId(1), "dgx-h100", DeviceKind::ComputeNode, "node-1", 2, 10, "", 0, -1, EquipmentId()},
                 Device{DeviceId(2), RackId(2), "qm9700", DeviceKind::Switch, "leaf ☆", 40, 1, "leaf", 3, 7, EquipmentId()},
                 Device{DeviceId(3), RackId(2), "", DeviceKind::PatchPanel, "", 41, 1, "", -1, -1, EquipmentId()},
                 Device{DeviceId(4), RackId(1), "pdu-3ph-60a", DeviceKind::Pdu, "PDU A", 0, 0, "A", -1, -1, EquipmentId(5)},
                 Device{DeviceId(5), RackId(5), "storage-node", DeviceKind::Storage, "st-1", 10, 2, "storage", 2, 0, EquipmentId()},
                 Device{DeviceId(6), RackId(), "spare", DeviceKind::Other, "spare in stock", 0, 0, "mgmt", -1, -1,
                        EquipmentId()},
                 Device{DeviceId(9007199254740993), RackId(3), "qm9700", DeviceKind::Switch, "spine", 20, 1, "spine",
                        -1, 1, EquipmentId()}};
    const DeviceId big(9007199254740993);
    d.links = {Link{LinkId(1), Fabric::Compute, LinkTier::NodeLeaf, PortRef{DeviceId(1), 0}, PortRef{DeviceId(2), 63},
                    400.0, "osfp-400g-sr4", 12.5, "C-1"},
               Link{LinkId(2), Fabric::Storage, LinkTier::LeafSpine, PortRef{DeviceId(2), 1}, PortRef{big, 0}, 800.5,
                    "", 0.0, ""},
               Link{LinkId(3), Fabric::InbandMgmt, LinkTier::SpineCore, PortRef{big, 5}, PortRef{DeviceId(5), 1},
                    100, "dac-0.5m", 0.5, "管理 ↔"},
               Link{LinkId(4), Fabric::OobMgmt, LinkTier::Other, PortRef{DeviceId(6), -1}, PortRef{DeviceId(3), 0}, 1,
                    "cat6", 1.0 / 3.0, "oob"},
               Link{LinkId(5), Fabric::NvLink, LinkTier::Other, PortRef{DeviceId(1), 17}, PortRef{DeviceId(1), 18},
                    900, "nvlink-copper", 0.25, "self"}};
    d.equipment = {
        Equipment{EquipmentId(1), ZoneId(3), "tx-2500", EquipmentKind::Transformer, "TX-1", Rect{30, 0, 2, 2}, "",
                  EquipmentId()},
        Equipment{EquipmentId(2), ZoneId(3), "gen-2000", EquipmentKind::Generator, "GEN", Rect{32, 0, 3, 2}, "A",
                  EquipmentId()},
        Equipment{EquipmentId(3), ZoneId(3), "ups-500", EquipmentKind::Ups, "UPS-A", Rect{30, 3, 1, 1}, "A",
                  EquipmentId(1)},
        Equipment{EquipmentId(4), ZoneId(3), "busway-800", EquipmentKind::Busway, "BW", Rect{-2, 1, 20, 0.2}, "B",
                  EquipmentId(3)},
        Equipment{EquipmentId(5), ZoneId(), "rpp-400", EquipmentKind::Rpp, "", Rect{33, 3, 1, 0.5}, "A",
                  EquipmentId(6)},
        Equipment{EquipmentId(6), ZoneId(3), "ups-500", EquipmentKind::Ups, "UPS-B", Rect{31, 3, 1, 1}, "B",
                  EquipmentId(1)},
        Equipment{EquipmentId(7), ZoneId(4), "crah-150", EquipmentKind::Crah, "CRAH 1", Rect{30, 12, 2, 0.9}, "",
                  EquipmentId()},
        Equipment{EquipmentId(8), ZoneId(4), "cdu-1000", EquipmentKind::Cdu, "CDU", Rect{33, 12, 1.2, 1.2}, "",
                  EquipmentId(7)},
        Equipment{EquipmentId(9), ZoneId(4), "chiller-1", EquipmentKind::Chiller, "冷水机", Rect{30, 20, 5, 3}, "",
                  EquipmentId()}};
    d.trays = {TraySegment{TrayId(1), Point2{1, 2.6}, Point2{21, 2.6}, 3.0, 600.0, 100.0, "row"},
               TraySegment{TrayId(2), Point2{-4.5, -3.9}, Point2{21, -3.9}, 3.25, 300.0, 50.0, "trunk", 3},
               TraySegment{TrayId(3), Point2{-1, -1}, Point2{-1, -1}, 0.0, 0.0, 0.0, ""}};
    return d;
}

/// A design shaped like a GPU hall: 8 accelerators per node, 4 nodes per
/// compute rack, leaf/spine/core switches 16 to a network rack, one
/// management rack per 8 compute racks, two zero-U PDUs per rack, racks 16 to
/// a row, facility equipment with upstream chains, one tray per row, and
/// 3 links per accelerator. `variant` changes names and lengths so two
/// designs of the same size differ in content but not in shape.
inline Design syntheticDesign(int accelerators, int variant = 0)
{
    const std::string tag = "v" + std::to_string(variant);
    Design d;
    d.hall = Hall{"Synthetic hall " + tag, 120.0, 80.0, 5.0, 1500.0, {}};
    d.hall.obstacles.push_back(Obstacle{ObstacleId(1), "column", Rect{30.0, 30.0, 0.6, 0.6}});
    d.briefJson = R"({"schema":"hallwright.brief/1","name":"Synthetic )" + tag + R"(","compute":{"accelerators":)"
        + std::to_string(accelerators) + "}}";
    d.zones = {Zone{ZoneId(1), "compute", ZoneKind::Compute, Rect{0, 0, 100, 60}},
               Zone{ZoneId(2), "network", ZoneKind::Network, Rect{0, 60, 100, 20}},
               Zone{ZoneId(3), "power", ZoneKind::Power, Rect{100, 0, 20, 40}},
               Zone{ZoneId(4), "cooling", ZoneKind::Cooling, Rect{100, 40, 20, 40}}};

    const int nodes = (accelerators + 7) / 8;
    const int computeRacks = (nodes + 3) / 4;
    const int leaves = (accelerators + 31) / 32;
    const int spines = (leaves + 1) / 2;
    const int cores = (spines + 3) / 4;
    const int switches = leaves + spines + cores;
    const int networkRacks = (switches + 15) / 16;
    const int mgmtRacks = (computeRacks + 7) / 8;
    const int racks = computeRacks + networkRacks + mgmtRacks;

    constexpr int kRacksPerRow = 16;
    for (int r = 0; r < (racks + kRacksPerRow - 1) / kRacksPerRow; ++r)
        d.rows.push_back(Row{RowId(r + 1), ZoneId(r % 5 == 4 ? 2 : 1), "Row " + std::to_string(r + 1) + " " + tag,
                             Rect{2.0, 2.0 + 3.0 * r, 0.6 * kRacksPerRow, 1.2}, r % 2 ? Facing::South : Facing::North});

    // Equipment ids: 1 transformer, 2-3 UPS, then the RPPs that feed the rack PDUs.
    const int rpps = std::max(1, racks / 32);
    std::int64_t deviceId = 0;
    auto addDevice = [&](RackId rack, DeviceKind kind, const char *catalogId, std::string role, int u, int height,
                         EquipmentId feed = EquipmentId()) {
        d.devices.push_back(Device{DeviceId(++deviceId), rack, catalogId, kind,
                                   std::string(catalogId) + "-" + std::to_string(deviceId) + "-" + tag, u, height,
                                   std::move(role), static_cast<int>(deviceId % 40), static_cast<int>(deviceId % 8),
                                   feed});
        return DeviceId(deviceId);
    };
    std::vector<DeviceId> nodeIds, switchIds;
    int nodesLeft = nodes, switchesLeft = switches;
    for (int k = 0; k < racks; ++k) {
        const RackId id(k + 1);
        const int slot = k % kRacksPerRow;
        const RackRole role = k < computeRacks                  ? RackRole::Compute
                              : k < computeRacks + networkRacks ? (k % 2 ? RackRole::Leaf : RackRole::Spine)
                                                                : RackRole::Management;
        d.racks.push_back(Rack{id, RowId(k / kRacksPerRow + 1), "R" + std::to_string(k + 1) + "-" + tag, role,
                               Rect{2.0 + 0.6 * slot, 2.0 + 3.0 * (k / kRacksPerRow), 0.6, 1.2},
                               (k / kRacksPerRow) % 2 ? Facing::South : Facing::North, 48, 41.6, 45.0, 1500.0,
                               k < computeRacks ? k / 8 : -1});
        if (role == RackRole::Compute) {
            for (int n = 0; n < 4 && nodesLeft > 0; ++n, --nodesLeft) {
                nodeIds.push_back(addDevice(id, DeviceKind::ComputeNode, "dgx-h100", "", 2 + 10 * n, 10));
            }
        } else if (role == RackRole::Management) {
            addDevice(id, DeviceKind::Switch, "sn2201", "oob", 40, 1);
            addDevice(id, DeviceKind::Storage, "storage-node", "storage", 2, 2);
        } else {
            for (int s = 0; s < 16 && switchesLeft > 0; ++s, --switchesLeft) {
                switchIds.push_back(
                    addDevice(id, DeviceKind::Switch, "qm9700", s % 2 ? "leaf" : "spine", 2 + 2 * s, 1));
            }
        }
        addDevice(id, DeviceKind::Pdu, "pdu-3ph-60a", "A", 0, 0, EquipmentId(4 + k % rpps));
        addDevice(id, DeviceKind::Pdu, "pdu-3ph-60a", "B", 0, 0, EquipmentId(4 + (k + 1) % rpps));
    }

    // Link ends cycle through the nodes and switches; only the shape and the volume matter here.
    const std::int64_t links = 3LL * accelerators;
    const auto pick = [](const std::vector<DeviceId> &ids, std::int64_t k) {
        return ids[static_cast<std::size_t>(k % static_cast<std::int64_t>(ids.size()))];
    };
    d.links.reserve(static_cast<std::size_t>(links));
    for (std::int64_t i = 0; i < links; ++i) {
        const std::int64_t third = i * 3 / links; // 0: node-leaf, 1: leaf-spine, 2: spine-core and others
        const DeviceId a = third == 0 ? pick(nodeIds, i / 8) : pick(switchIds, i);
        const DeviceId b = pick(switchIds, i * 7 + 3);
        const LinkTier tier = third == 0 ? LinkTier::NodeLeaf : third == 1 ? LinkTier::LeafSpine
                                                           : i % 4 ? LinkTier::SpineCore : LinkTier::Other;
        const Fabric fabric = third < 2 ? Fabric::Compute : i % 4 == 0 ? Fabric::Storage : Fabric::Compute;
        d.links.push_back(Link{LinkId(i + 1), fabric, tier, PortRef{a, static_cast<int>(i % 8)},
                               PortRef{b, static_cast<int>(i % 64)}, 400.0,
                               third == 0 ? "osfp-400g-sr4" : "osfp-800g-dr8", 3.0 + (i + variant) % 40 * 0.5,
                               "C" + std::to_string(i + 1)});
    }

    std::int64_t eq = 0;
    d.equipment.push_back(Equipment{EquipmentId(++eq), ZoneId(3), "transformer-2500kva", EquipmentKind::Transformer,
                                    "TX-1", Rect{102, 2, 3, 2}, "", EquipmentId()});
    for (int u = 0; u < 2; ++u)
        d.equipment.push_back(Equipment{EquipmentId(++eq), ZoneId(3), "ups-500kw", EquipmentKind::Ups,
                                        "UPS-" + std::string(u ? "B" : "A"), Rect{102.0 + 4 * u, 6, 3, 1},
                                        u ? "B" : "A", EquipmentId(1)});
    for (int r = 0; r < rpps; ++r)
        d.equipment.push_back(Equipment{EquipmentId(++eq), ZoneId(3), "rpp-400a", EquipmentKind::Rpp,
                                        "RPP-" + std::to_string(r + 1), Rect{110, 2.0 + r, 1, 0.5}, r % 2 ? "B" : "A",
                                        EquipmentId(2 + r % 2)});
    for (int c = 0; c < std::max(1, racks / 20); ++c)
        d.equipment.push_back(Equipment{EquipmentId(++eq), ZoneId(4), "crah-150kw", EquipmentKind::Crah,
                                        "CRAH-" + std::to_string(c + 1), Rect{104, 42.0 + c, 2, 0.9}, "",
                                        EquipmentId()});

    for (std::size_t r = 0; r < d.rows.size(); ++r) {
        const Rect &a = d.rows[r].area;
        d.trays.push_back(TraySegment{TrayId(static_cast<std::int64_t>(r) + 1), Point2{a.x, a.y + 0.6},
                                      Point2{a.right(), a.y + 0.6}, 3.0, 600.0, 100.0, "row"});
    }
    return d;
}

} // namespace hallwright::test
