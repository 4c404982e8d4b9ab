// Heat per rack and cooling zone, the air / liquid split, airflow, coolant flow and cooling units.
#pragma once

#include "checks/phrase.h"

#include "brief/brief.h"
#include "catalog/catalog.h"
#include "model/design.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <vector>

namespace hallwright {

class PowerNetwork;

/// Physical constants and documented estimates of the cooling model (docs/engineering-reference.md §4).
struct CoolingRules
{
    double airDensity = 1.2;            ///< kg/m³
    double airCp = 1005.0;              ///< J/(kg·K)
    double waterCp = 4186.0;            ///< J/(kg·K); 1 kg of water ≈ 1 L
    double airDeltaTK = 12.0;           ///< supply-return ΔT across the IT equipment (typical 10–15 K)
    double liquidDeltaTK = 10.0;        ///< facility/technology loop ΔT at the CDU (typical 8–12 K)
    double airRackLimitKw = 50.0;       ///< practical limit of an air-cooled rack (docs/engineering-reference.md §4)
    double airRackWarnKw = 45.0;        ///< upper half of the 40–50 kW range: containment and care needed
    /// Heat rejection outside the hall, kW of electricity per kW of heat (estimates):
    /// chilled-water plant ≈ 0.8 kW per ton of refrigeration = 0.23 kW/kW;
    /// warm-water loop on dry coolers (no compressor) ≈ 0.05 kW/kW.
    double chilledWaterKwPerKw = 0.23;
    double warmWaterKwPerKw = 0.05;
    /// In-hall unit power when a zone has no units to take it from (estimates):
    /// EC-fan CRAH / fan wall ≈ 0.03 kW/kW, CDU pumps ≈ 0.01 kW/kW.
    double defaultFanKwPerKw = 0.03;
    double defaultPumpKwPerKw = 0.01;
    /// Air units move air into the white space only through the gallery wall
    /// they stand against (docs/engineering-reference.md §4): a unit faces the room when its face
    /// is within this distance of a wall shared with a compute zone.
    double facingToleranceM = 0.6;
    /// Height of the opening between a gallery and the white space (fan-wall
    /// coil and supply opening below the 3 m tray level; an estimate).
    double openingHeightM = 3.0;
    /// Face velocity of the supply air over the opening, m/s. Coil and supply
    /// openings are kept to about 2.5 m/s (500 fpm) to limit moisture carry-over,
    /// noise and pressure drop (ASHRAE Handbook—HVAC Systems and Equipment,
    /// "Air-Cooling and Dehumidifying Coils"); above 3 m/s air cannot be
    /// delivered evenly and the design fails (airflow-velocity).
    double faceVelocityWarnMs = 2.5;
    double faceVelocityLimitMs = 3.0;
};

/// Heat of one rack. All electrical power becomes heat; the liquid share is
/// the platform's liquidFraction of each node, the rest goes to air. A rack
/// with a rear door (Hall::rearDoor) passes its exhaust through the door's coil,
/// which takes up to the door's capacity into water; the rest reaches the room.
struct RackHeat
{
    RackId rack;
    std::string name;
    double heatKw = 0.0;
    double airKw = 0.0;
    double liquidKw = 0.0;
    double rearDoorKw = 0.0;            ///< of airKw, taken by the rack's rear door into water (≤ its capacity)
    double coolingLimitKw = 0.0;
    int accelerators = 0;
    int su = -1;
    int zone = -1;                      ///< index into CoolingResults::zones, -1 without a cooling zone
};

/// One cooling zone (a gallery of CRAH / fan-wall units and CDUs) with the
/// heat sources nearest to it.
struct CoolingZoneLoad
{
    ZoneId zone;
    std::string name;
    double airKw = 0.0;                 ///< to the room's air: racks' air share past their rear doors plus equipment losses
    double liquidKw = 0.0;
    double rearDoorKw = 0.0;            ///< taken by the racks' rear doors into the CDUs' water
    double cduLoadKw = 0.0;             ///< liquidKw + rearDoorKw: what the zone's CDUs carry
    double largestRearDoorKw = 0.0;     ///< the most one rack's door takes: what reaches the room if it fails
    double airflowM3s = 0.0;            ///< required: P / (ρ · cp · ΔT)
    double coolantLps = 0.0;            ///< required for cduLoadKw: P / (cp_water · ΔT)
    std::vector<EquipmentId> airUnits;  ///< installed CRAH / fan-wall units
    std::vector<EquipmentId> cdus;      ///< installed CDUs
    double airCapacityKw = 0.0;
    double airflowCapacityM3s = 0.0;
    double largestAirUnitKw = 0.0;
    double largestAirUnitM3s = 0.0;
    double cduCapacityKw = 0.0;
    double coolantCapacityLps = 0.0;
    double largestCduKw = 0.0;
    double largestCduLps = 0.0;
    std::optional<int> airUnitsRequired;  ///< N+1 with the installed unit type; nullopt without units
    std::optional<int> cdusRequired;
    double openingLengthM = 0.0;        ///< wall shared with the white space; 0 when the zone opens onto none
    double faceVelocityMs = 0.0;        ///< airflowM3s / (openingLengthM × opening height); 0 without an opening
    int facingAirUnits = 0;             ///< air units standing against the opening
    double facingAirCapacityKw = 0.0;
    double facingLargestAirUnitKw = 0.0;
    double facingAirflowCapacityM3s = 0.0;
    double facingLargestAirUnitM3s = 0.0;
    double unitPowerKw = 0.0;           ///< draw of its units at this load
    std::vector<int> racks;             ///< indices into CoolingResults::racks
};

struct CoolingResults
{
    double itKw = 0.0;
    double lossKw = 0.0;                ///< distribution losses (UPS, transformers …) released as heat
    double roomLossKw = 0.0;            ///< the part released in electrical rooms, cooled there (not by the galleries)
    double heatKw = 0.0;                ///< itKw + lossKw
    double airKw = 0.0;                 ///< heat to the room's air (past the rear doors)
    double liquidKw = 0.0;              ///< the devices' liquid share (cold plates)
    double rearDoorKw = 0.0;            ///< heat the rear doors take from the racks' exhaust
    double rearDoorFanKw = 0.0;         ///< the rear doors' fans at this load (part of inHallUnitKw)
    int rearDoors = 0;                  ///< racks with air heat fitted with a rear door
    std::string rearDoorId;             ///< the hall's rear-door item, empty without
    double rearDoorCapacityKw = 0.0;    ///< of one door
    double airflowM3s = 0.0;
    double coolantLps = 0.0;
    int crahUnits = 0;                  ///< installed CRAH and fan-wall units
    int cduUnits = 0;
    int chillers = 0;
    double unassignedKw = 0.0;          ///< heat with no cooling zone to go to
    double inHallUnitKw = 0.0;          ///< fans and pumps of the in-hall units
    double heatRejectionKw = 0.0;       ///< chillers / dry coolers and their pumps outside the hall (heat incl. in-hall fan and pump power)
    double chilledWaterKw = 0.0;        ///< heat the chilled-water plant rejects
    double warmWaterKw = 0.0;           ///< heat the warm-water loop rejects
    double mechanicalKw = 0.0;          ///< inHallUnitKw + heatRejectionKw
    CoolingMode mode = CoolingMode::Air; ///< resolved (never Auto)
    std::vector<RackHeat> racks;
    std::vector<CoolingZoneLoad> zones;
    std::vector<std::pair<std::string, Phrase>> problems; ///< (location, message)
};

/// Required airflow to carry kw of heat at a temperature rise of deltaTK, m³/s.
double requiredAirflowM3s(double kw, double deltaTK, const CoolingRules &rules = {});
/// Required coolant flow to carry kw of heat at deltaTK, L/s.
double requiredCoolantLps(double kw, double deltaTK, const CoolingRules &rules = {});

/// Units needed for N+1: max(⌈load / capacity⌉, ⌈flow / unit flow⌉) + 1, 0 without load.
int unitsNPlus1(double loadKw, double unitKw, double flow = 0.0, double unitFlow = 0.0);

/// Heat, split and units of the design as it stands. Auto resolves to Liquid
/// when any device has a liquid share, else Air; in Air mode the liquid share
/// is rejected through the chilled-water plant, otherwise through a warm-water loop.
CoolingResults analyzeCooling(const Design &design, const Catalog &catalog, CoolingMode mode,
                              const CoolingRules &rules = {});
/// The same with the design's electrical tree already built (for its losses).
CoolingResults analyzeCooling(const Design &design, const Catalog &catalog, CoolingMode mode,
                              const PowerNetwork &network, const CoolingRules &rules = {});

/// The summary's `cooling` object: heat_kw, air_kw, liquid_kw, crah_units, cdu_units.
nlohmann::ordered_json coolingSummaryJson(const CoolingResults &results);

} // namespace hallwright
