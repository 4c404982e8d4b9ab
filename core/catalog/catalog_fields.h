// Internal: the JSON field list of each catalog section, shared by the reader and the writer.
#pragma once

#include "catalog/catalog.h"

#include <array>
#include <type_traits>
#include <utility>

namespace hallwright::catalog_detail {

/// What a numeric field may hold. Every number must also be finite.
enum class Range {
    NonNegative, ///< ≥ 0
    Positive,    ///< > 0
    Fraction,    ///< 0…1
    Ratio,       ///< (0, 1] (power factor, efficiency)
};

enum class Req { Optional, Required };

inline constexpr std::array<std::pair<CoolingType, const char *>, 2> kCoolingTypes{{
    {CoolingType::Air, "air"}, {CoolingType::Liquid, "liquid"}}};
inline constexpr std::array<std::pair<MediumKind, const char *>, 6> kMediumKinds{{
    {MediumKind::Dac, "dac"}, {MediumKind::Acc, "acc"}, {MediumKind::Aoc, "aoc"},
    {MediumKind::MultiMode, "multimode"}, {MediumKind::SingleMode, "singlemode"},
    {MediumKind::Copper1G, "copper-1g"}}};
inline constexpr std::array<std::pair<PowerKind, const char *>, 9> kPowerKinds{{
    {PowerKind::Pdu, "pdu"}, {PowerKind::Busway, "busway"}, {PowerKind::Rpp, "rpp"},
    {PowerKind::Ups, "ups"}, {PowerKind::Transformer, "transformer"},
    {PowerKind::Generator, "generator"}, {PowerKind::Switchgear, "switchgear"},
    {PowerKind::Mcc, "mcc"}, {PowerKind::Battery, "battery"}}};
inline constexpr std::array<std::pair<GeneratorRating, const char *>, 3> kGeneratorRatings{{
    {GeneratorRating::Standby, "standby"}, {GeneratorRating::Prime, "prime"},
    {GeneratorRating::DataCentre, "data-centre"}}};
inline constexpr std::array<std::pair<CoolingKind, const char *>, 7> kCoolingKinds{{
    {CoolingKind::Crah, "crah"}, {CoolingKind::FanWall, "fan-wall"}, {CoolingKind::Cdu, "cdu"},
    {CoolingKind::Chiller, "chiller"}, {CoolingKind::DryCooler, "dry-cooler"}, {CoolingKind::Pump, "pump"},
    {CoolingKind::RearDoor, "rear-door"}}};
inline constexpr std::array<const char *, 2> kTechnologies{"infiniband", "ethernet"};
inline constexpr std::array<const char *, 2> kFibreMedia{"mm", "sm"};

// Each visit() names every JSON field of one item besides id, name, source,
// estimated and note. V is the reader (S non-const) or the writer (S const).

template <class V, class S>
void visit(V &v, S &s, const AcceleratorSpec *)
{
    v.text("vendor", s.vendor);
    v.number("bf16_dense_tflops", s.bf16DenseTflops, Range::Positive, Req::Required);
    v.optionalNumber("fp8_dense_tflops", s.fp8DenseTflops, Range::Positive);
    v.number("tdp_w", s.tdpW, Range::Positive);
    v.number("memory_gb", s.memoryGb);
    v.number("memory_bandwidth_tbs", s.memoryBandwidthTBs);
    v.number("scale_up_gbs", s.scaleUpGBs);
    v.optionalNumber("gemm_efficiency", s.gemmEfficiency, Range::Ratio);
    v.text("gemm_efficiency_source", s.gemmEfficiencySource);
}

template <class V, class S>
void visit(V &v, S &s, const NodeSpec *)
{
    v.text("vendor", s.vendor);
    v.text("accelerator", s.acceleratorId, Req::Required);
    v.integer("accelerators_per_node", s.acceleratorsPerNode, 1, Req::Required);
    v.integer("nvlink_domain", s.nvlinkDomain, 1);
    v.boolean("rack_scale", s.rackScale);
    v.integer("compute_nics", s.computeNics, 0);
    v.number("compute_nic_gbps", s.computeNicGbps);
    v.integer("compute_links_per_module", s.computeLinksPerModule, 1);
    v.text("compute_nic_form_factor", s.computeNicFormFactor);
    v.integer("storage_nics", s.storageNics, 0);
    v.number("storage_nic_gbps", s.storageNicGbps);
    v.integer("mgmt_ports", s.mgmtPorts, 0);
    v.integer("oob_ports", s.oobPorts, 0);
    v.number("max_kw", s.maxKw, Range::Positive, Req::Required);
    v.number("typical_kw", s.typicalKw);
    v.integer("u_height", s.uHeight, 0);
    v.number("weight_kg", s.weightKg);
    v.enumeration("cooling", s.cooling, kCoolingTypes);
    v.number("liquid_fraction", s.liquidFraction, Range::Fraction);
    v.integer("power_supplies", s.powerSupplies, 0);
    v.optionalPositive("power_supply_kw", s.powerSupplyKw);
    v.number("price_cny", s.priceCny);
    v.choiceList("compute_nic_technologies", s.computeNicTechnologies, kTechnologies);
    v.integer("supernode_nodes", s.supernodeNodes, 0);
    v.integer("supernode_switch_racks", s.supernodeSwitchRacks, 0);
    v.number("supernode_switch_rack_kw", s.supernodeSwitchRackKw);
    v.optionalNumber("market_price_per_accelerator_hour_cny", s.marketPricePerAcceleratorHourCny, Range::Positive);
    v.text("market_price_source", s.marketPriceSource);
}

template <class V, class S>
void visit(V &v, S &s, const SwitchSpec *)
{
    v.text("vendor", s.vendor);
    v.choice("technology", s.technology, kTechnologies, Req::Required);
    v.integer("ports", s.ports, 1, Req::Required);
    v.number("port_gbps", s.portGbps, Range::Positive, Req::Required);
    v.integer("cages", s.cages, 0);
    v.number("cage_gbps", s.cageGbps);
    v.integer("uplinks", s.uplinks, 0);
    v.number("uplink_gbps", s.uplinkGbps);
    v.integer("u_height", s.uHeight, 1);
    v.number("max_w", s.maxW);
    v.number("weight_kg", s.weightKg);
    v.number("price_cny", s.priceCny);
}

template <class V, class S>
void visit(V &v, S &s, const NicSpec *)
{
    v.text("vendor", s.vendor);
    v.integer("ports", s.ports, 1);
    v.number("port_gbps", s.portGbps, Range::Positive, Req::Required);
    v.number("max_w", s.maxW);
    v.number("price_cny", s.priceCny);
}

template <class V, class S>
void visit(V &v, S &s, const TransceiverSpec *)
{
    v.text("form_factor", s.formFactor);
    v.number("gbps", s.gbps, Range::Positive, Req::Required);
    v.integer("links_per_module", s.linksPerModule, 1);
    v.choice("media", s.media, kFibreMedia, Req::Required);
    v.number("reach_m", s.reachM, Range::Positive, Req::Required);
    v.number("power_w", s.powerW);
    v.number("price_cny", s.priceCny);
}

template <class V, class S>
void visit(V &v, S &s, const MediumSpec *)
{
    v.enumeration("kind", s.kind, kMediumKinds, Req::Required);
    v.number("gbps", s.gbps, Range::Positive, Req::Required);
    v.number("max_reach_m", s.maxReachM, Range::Positive, Req::Required);
    v.text("transceiver", s.transceiverId);
    v.text("nic_transceiver", s.nicTransceiverId);
    v.integer("ports_per_end", s.portsPerEnd, 1);
    v.numberList("stock_lengths_m", s.stockLengthsM);
    v.number("price_cny_fixed", s.priceCnyFixed);
    v.number("price_cny_per_m", s.priceCnyPerM);
    v.number("diameter_mm", s.diameterMm);
}

template <class V, class S>
void visit(V &v, S &s, const PatchPanelSpec *)
{
    v.integer("u_height", s.uHeight, 1);
    v.integer("ports", s.ports, 1, Req::Required);
    v.text("connector", s.connector);
    v.number("weight_kg", s.weightKg);
    v.number("price_cny", s.priceCny);
}

template <class V, class S>
void visit(V &v, S &s, const RackSpec *)
{
    v.number("width_m", s.widthM, Range::Positive);
    v.number("depth_m", s.depthM, Range::Positive);
    v.integer("height_u", s.heightU, 1);
    v.number("static_load_kg", s.staticLoadKg);
    v.number("empty_weight_kg", s.emptyWeightKg);
    v.number("price_cny", s.priceCny);
}

template <class V, class S>
void visit(V &v, S &s, const PowerSpec *)
{
    v.enumeration("kind", s.kind, kPowerKinds, Req::Required);
    v.number("voltage_v", s.voltageV);
    v.number("current_a", s.currentA);
    v.integer("phases", s.phases, 1);
    v.number("power_factor", s.powerFactor, Range::Ratio);
    v.number("rated_kw", s.ratedKw, Range::Positive, Req::Required);
    v.number("efficiency", s.efficiency, Range::Ratio);
    v.number("width_m", s.widthM);
    v.number("depth_m", s.depthM);
    v.number("price_cny", s.priceCny);
    v.enumeration("rating", s.rating, kGeneratorRatings);
    v.optionalPositive("energy_kwh", s.energyKwh);
}

template <class V, class S>
void visit(V &v, S &s, const CoolingSpec *)
{
    v.enumeration("kind", s.kind, kCoolingKinds, Req::Required);
    v.number("capacity_kw", s.capacityKw, Range::Positive, Req::Required);
    v.number("airflow_m3s", s.airflowM3s);
    v.number("coolant_flow_lps", s.coolantFlowLps);
    v.number("power_kw", s.powerKw);
    v.number("width_m", s.widthM);
    v.number("depth_m", s.depthM);
    v.number("price_cny", s.priceCny);
}

/// Dispatch on the spec type, const or not.
template <class V, class S>
void visitFields(V &v, S &s)
{
    using Plain = std::remove_const_t<S>;
    visit(v, s, static_cast<const Plain *>(nullptr));
}

} // namespace hallwright::catalog_detail
