// The mechanical plant's electrical feeds: every fan, pump, chiller and dry cooler traced to its MCC and transformer.
#pragma once

#include "catalog/catalog.h"
#include "model/design.h"

#include <string>
#include <vector>

namespace hallwright {

/// Equipment of the mechanical plant's own chain carries feed "M": its
/// transformers, UPS and switchgear are not part of the IT tree (PowerNetwork
/// leaves them out) and are judged here.
inline constexpr const char *kMechanicalFeed = "M";

/// MCCs whose name starts so feed the rear doors' fans (one circuit per door).
inline constexpr const char *kRearDoorMccPrefix = "MCC-RDX-";

/// The rear doors' fans: Hall::rearDoor on every rack with air heat, each at
/// the door's catalogued draw. Zero without doors or with an unknown door item.
struct RearDoorFans
{
    int doors = 0;
    double kw = 0.0;
};
RearDoorFans rearDoorFans(const Design &design, const Catalog &catalog);

/// One load of the mechanical plant and the path that feeds it.
struct PlantLoad
{
    std::string name;
    std::string kind;                   ///< toString(EquipmentKind): "crah", "cdu", "chiller", "dry-cooler", "pump"; "rear-door" for door fans
    std::string zone;
    double kw = 0.0;                    ///< catalog draw at capacity
    std::string mcc;                    ///< empty when unfed
    std::string ups;                    ///< the UPS system between MCC and transformer, if any
    std::string transformer;
    bool fed = false;                   ///< its chain reaches a transformer
};

/// An MCC or mechanical transformer with the plant load it carries.
struct PlantFeeder
{
    std::string name;
    std::string kind;                   ///< "mcc", "ups" or "transformer"
    double loadKw = 0.0;
    double continuousKw = 0.0;          ///< 80 % of nameplate for MCCs (breaker-rated), nameplate otherwise
};

/// Generator sets sharing one paralleling bus (their common upstream switchgear).
struct GeneratorBus
{
    std::string name;                   ///< the bus switchgear, or "(no bus)" for sets without one
    int sets = 0;
    double ratedKw = 0.0;
};

struct PlantFeeds
{
    std::vector<PlantLoad> loads;
    std::vector<PlantFeeder> feeders;
    std::vector<GeneratorBus> generatorBuses;
    std::vector<std::string> standbyGenerators; ///< sets catalogued with an ISO 8528-1 standby rating
    double totalKw = 0.0;
    double unfedKw = 0.0;
};

/// Traces every cooling unit (CRAH / fan wall, CDU, chiller, dry cooler, pump)
/// through Equipment::upstream: an MCC, optionally a UPS module, then a
/// transformer. A load whose chain breaks, or reaches no transformer, is unfed.
PlantFeeds analyzePlantFeeds(const Design &design, const Catalog &catalog);

} // namespace hallwright
