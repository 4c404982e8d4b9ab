// Hand-built halls and a small catalog with round figures, shared by the power, cooling and checks tests.
#pragma once

#include "brief/brief.h"
#include "catalog/catalog.h"
#include "model/design.h"

#include <fmt/format.h>

#include <string>

namespace hallwright::test {

/// Round figures so that every expected number can be worked out by hand:
/// node-10: 8 accelerators, 10 kW, 100 kg, air; node-120: rack-scale, 72
/// accelerators, 120 kW, 80 % liquid, 1,300 kg; sw-1: 1 kW switch, 10 kg.
/// pdu-63: 400 V 63 A 3-phase (43.65 kW, 34.92 kW continuous); pdu-32: 400 V
/// 32 A (22.17 kW, 17.74 kW continuous); bw-400: 400 V 400 A (277.13 kW,
/// 221.70 kW continuous); ups-100 (100 kW, 96 %), ups-250 (250 kW, 97 %);
/// tx-500 (500 kW, 99 %); gen-400 (400 kW prime). crah-100: 100 kW, 10 m³/s, 3 kW
/// fans, 2.0 × 1.0 m; cdu-300: 300 kW, 10 L/s, 3 kW pumps, 1.0 × 1.0 m; rdx-50: a 50 kW rear door
/// with 1 kW fans; mcc-100
/// (100 kW, 80 kW continuous), chiller-300 (300 kW, 60 kW), pump-300 (5 kW) for the plant.
inline const char *kTestCatalogJson = R"({
  "schema": "hallwright.catalog/1",
  "accelerators": [ {"id": "acc-x", "name": "Test accelerator", "bf16_dense_tflops": 1000} ],
  "nodes": [
    {"id": "node-10", "name": "Air node", "accelerator": "acc-x", "accelerators_per_node": 8,
     "max_kw": 10, "u_height": 8, "weight_kg": 100, "cooling": "air"},
    {"id": "node-120", "name": "Rack-scale node", "accelerator": "acc-x", "accelerators_per_node": 72,
     "rack_scale": true, "max_kw": 120, "u_height": 48, "weight_kg": 1300, "cooling": "liquid",
     "liquid_fraction": 0.8}
  ],
  "switches": [ {"id": "sw-1", "name": "Switch", "technology": "infiniband", "ports": 64, "port_gbps": 400,
                 "max_w": 1000, "weight_kg": 10} ],
  "racks": [ {"id": "rack-600", "name": "Rack", "width_m": 0.6, "depth_m": 1.2, "height_u": 48,
              "static_load_kg": 1500, "empty_weight_kg": 150} ],
  "power": [
    {"id": "pdu-63", "name": "PDU 63 A", "kind": "pdu", "voltage_v": 400, "current_a": 63, "phases": 3,
     "power_factor": 1.0, "rated_kw": 43.65},
    {"id": "pdu-32", "name": "PDU 32 A", "kind": "pdu", "voltage_v": 400, "current_a": 32, "phases": 3,
     "power_factor": 1.0, "rated_kw": 22.17},
    {"id": "bw-400", "name": "Busway 400 A", "kind": "busway", "voltage_v": 400, "current_a": 400, "phases": 3,
     "power_factor": 1.0, "rated_kw": 277.13},
    {"id": "ups-100", "name": "UPS 100 kW", "kind": "ups", "rated_kw": 100, "efficiency": 0.96,
     "width_m": 1.0, "depth_m": 1.0},
    {"id": "ups-250", "name": "UPS 250 kW", "kind": "ups", "rated_kw": 250, "efficiency": 0.97,
     "width_m": 1.5, "depth_m": 1.0},
    {"id": "tx-500", "name": "Transformer 500 kW", "kind": "transformer", "rated_kw": 500, "efficiency": 0.99,
     "width_m": 2.0, "depth_m": 1.5},
    {"id": "gen-400", "name": "Generator 400 kW", "kind": "generator", "rated_kw": 400,
     "width_m": 3.0, "depth_m": 1.5, "rating": "prime"},
    {"id": "mcc-100", "name": "MCC 100 kW", "kind": "mcc", "rated_kw": 100, "width_m": 1.0, "depth_m": 0.5}
  ],
  "cooling": [
    {"id": "crah-100", "name": "CRAH 100 kW", "kind": "crah", "capacity_kw": 100, "airflow_m3s": 10,
     "power_kw": 3, "width_m": 2.0, "depth_m": 1.0},
    {"id": "cdu-300", "name": "CDU 300 kW", "kind": "cdu", "capacity_kw": 300, "coolant_flow_lps": 10,
     "power_kw": 3, "width_m": 1.0, "depth_m": 1.0},
    {"id": "rdx-50", "name": "Rear door 50 kW", "kind": "rear-door", "capacity_kw": 50, "airflow_m3s": 4,
     "coolant_flow_lps": 1.2, "power_kw": 1, "width_m": 0.6, "depth_m": 0.3},
    {"id": "chiller-300", "name": "Chiller 300 kW", "kind": "chiller", "capacity_kw": 300, "power_kw": 60,
     "width_m": 4.0, "depth_m": 2.0},
    {"id": "pump-300", "name": "Pump 300 kW", "kind": "pump", "capacity_kw": 300, "power_kw": 5,
     "width_m": 1.0, "depth_m": 1.0}
  ]
})";

inline const Catalog &testCatalog()
{
    static const Catalog catalog = Catalog::fromJson(kTestCatalogJson);
    return catalog;
}

/// A hall 40 × 40 m: power room along the south wall (y 0–10), cooling
/// galleries along the west and east walls (x 0–3, 37–40), white space between.
/// `rows` rows of `racks` racks (0.6 × 1.2 m, from x = 6), rows 3 m apart,
/// each rack holding `nodes` devices of catalog item `node`; row r is SU r.
inline Design testHall(int rows, int racks, int nodes, const std::string &node = "node-10")
{
    Design d;
    d.hall.name = "Test hall";
    d.hall.widthM = 40.0;
    d.hall.depthM = 40.0;
    d.zones = {{ZoneId(1), "White space", ZoneKind::Compute, {3.0, 10.0, 34.0, 30.0}},
               {ZoneId(2), "Electrical room", ZoneKind::Power, {0.0, 0.0, 40.0, 10.0}},
               {ZoneId(3), "West gallery", ZoneKind::Cooling, {0.0, 10.0, 3.0, 30.0}},
               {ZoneId(4), "East gallery", ZoneKind::Cooling, {37.0, 10.0, 3.0, 30.0}}};
    std::int64_t deviceId = 1;
    for (int r = 0; r < rows; ++r) {
        Row row;
        row.id = RowId(r + 1);
        row.zone = ZoneId(1);
        row.name = fmt::format("Row {}", static_cast<char>('A' + r));
        row.area = {6.0, 12.0 + 3.0 * r, 0.6 * racks, 1.2};
        row.facing = r % 2 == 0 ? Facing::North : Facing::South;
        d.rows.push_back(row);
        for (int k = 0; k < racks; ++k) {
            Rack rack;
            rack.id = RackId(static_cast<std::int64_t>(d.racks.size()) + 1);
            rack.row = row.id;
            rack.name = fmt::format("{}{:02}", static_cast<char>('A' + r), k + 1);
            rack.footprint = {6.0 + 0.6 * k, row.area.y, 0.6, 1.2};
            rack.facing = row.facing;
            rack.heightU = 48;
            rack.powerLimitKw = 200.0;
            rack.coolingLimitKw = 200.0;
            rack.weightLimitKg = 1500.0;
            rack.su = r;
            d.racks.push_back(rack);
            for (int n = 0; n < nodes; ++n) {
                Device dev;
                dev.id = DeviceId(deviceId++);
                dev.rack = rack.id;
                dev.catalogId = node;
                dev.kind = node.rfind("sw", 0) == 0 ? DeviceKind::Switch : DeviceKind::ComputeNode;
                dev.name = fmt::format("{}-N{}", rack.name, n + 1);
                dev.uPosition = 1 + 8 * n;
                dev.uHeight = node == "node-120" ? 48 : 8;
                dev.su = r;
                d.devices.push_back(dev);
            }
        }
    }
    return d;
}

inline Brief testBrief(Redundancy redundancy, std::optional<double> pue = std::nullopt)
{
    Brief b;
    b.power.redundancy = redundancy;
    b.power.pue = pue;
    b.power.loadFactor = 0.8;
    b.power.electricityPricePerKwh = 0.5;
    return b;
}

inline const Equipment *findEquipment(const Design &d, const std::string &name)
{
    for (const Equipment &e : d.equipment)
        if (e.name == name)
            return &e;
    return nullptr;
}

inline const Device *findDevice(const Design &d, const std::string &name)
{
    for (const Device &x : d.devices)
        if (x.name == name)
            return &x;
    return nullptr;
}

inline int countEquipment(const Design &d, EquipmentKind kind)
{
    int n = 0;
    for (const Equipment &e : d.equipment)
        n += e.kind == kind;
    return n;
}

} // namespace hallwright::test
