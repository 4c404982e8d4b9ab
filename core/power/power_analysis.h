// Power analysis of a design as it stands: IT load, chain loads, losses, PUE, energy and the power schedule.
#pragma once

#include "brief/brief.h"
#include "catalog/catalog.h"
#include "model/design.h"
#include "power/power_network.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <vector>

namespace hallwright {

struct CoolingResults;

/// Share of IT power drawn by lighting, controls and security (estimate).
inline constexpr double kMiscFractionOfIt = 0.01;
inline constexpr double kHoursPerYear = 8760.0;

struct PowerResults
{
    double itKw = 0.0;                  ///< Σ catalog maximum of every placed device
    double itDesignKw = 0.0;            ///< itKw × load factor
    long long accelerators = 0;
    double upsKw = 0.0;                 ///< installed UPS nameplate (both sides of a 2N design)
    double generatorKw = 0.0;           ///< installed generator nameplate
    double upsLossKw = 0.0;             ///< at full IT load
    double transformerLossKw = 0.0;
    double distributionLossKw = 0.0;    ///< PDUs, busways, RPPs
    double coolingKw = 0.0;             ///< cooling units and heat rejection (CoolingResults::mechanicalKw)
    double miscKw = 0.0;                ///< kMiscFractionOfIt × itKw
    std::optional<double> pue;          ///< the brief's, else the estimate; nullopt without IT load
    bool pueEstimated = false;
    std::optional<double> estimatedPue; ///< (IT + losses + cooling + misc) / IT, whatever the brief says
    std::optional<double> facilityKw;   ///< itKw × pue
    std::optional<double> annualMwh;    ///< itKw × load factor × 8,760 h × pue / 1,000
    std::optional<double> annualCost;   ///< annualMwh × 1,000 × price per kWh
    int pdus = 0, busways = 0, rpps = 0, upsModules = 0, transformers = 0, generators = 0;
    std::vector<PowerElement> elements; ///< every element with its normal load
};

/// One line of the power schedule: a rack PDU and the path behind it.
struct PowerScheduleRow
{
    std::string load = "rack";          ///< "rack", or the plant load's kind ("crah", "cdu", "chiller", "pump", "lighting" …)
    std::string rack;                   ///< the rack, or the plant load's name
    std::string row;
    std::string feed;                   ///< "A" / "B"; empty for a rack with no PDU
    std::string pdu;
    std::string pduCatalogId;
    std::string busway;                 ///< busway or RPP
    std::string ups;                    ///< UPS system
    std::string transformer;
    double rackKw = 0.0;                ///< rack maximum
    double rackDesignKw = 0.0;          ///< rack maximum × load factor
    double feedKw = 0.0;                ///< load on this PDU with both feeds live
    double pduContinuousKw = 0.0;
};

/// Analyse the design's power chain. Cooling power for the PUE estimate comes
/// from analyzeCooling(design, catalog, mode).
PowerResults analyzePower(const Design &design, const Catalog &catalog, const PowerBrief &brief, CoolingMode mode);
/// The same from an electrical tree and cooling results already computed.
PowerResults analyzePower(const PowerNetwork &network, const CoolingResults &cooling, const PowerBrief &brief);

/// Every rack PDU with its feed, busway, UPS system, transformer and kW.
std::vector<PowerScheduleRow> powerSchedule(const Design &design, const PowerNetwork &network, double loadFactor);

/// The summary's `power` object: it_kw, facility_kw, pue, ups_kw, annual_mwh (null when unknown).
nlohmann::ordered_json powerSummaryJson(const PowerResults &results);

} // namespace hallwright
