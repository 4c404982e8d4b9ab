// The mechanical plant's electrical feeds: every fan, pump, chiller and dry cooler traced to its MCC and transformer.
#include "power/plant_feeds.h"

#include "power/power_math.h"

#include <fmt/format.h>

#include <map>
#include <unordered_map>

namespace hallwright {

namespace {

bool isPlantLoad(EquipmentKind k)
{
    return k == EquipmentKind::Crah || k == EquipmentKind::Cdu || k == EquipmentKind::Chiller
           || k == EquipmentKind::DryCooler || k == EquipmentKind::Pump;
}

/// The MCC's chain up to a transformer (through a UPS), added to l and to the feeders it passes.
template <class Find, class Feeder>
void traceFrom(const Equipment *mcc, PlantLoad &l, const Catalog &catalog, Find find, Feeder feeder)
{
    if (!mcc || mcc->kind != EquipmentKind::Mcc)
        return;
    l.mcc = mcc->name;
    feeder(*mcc, "mcc").loadKw += l.kw;
    const Equipment *next = find(mcc->upstream);
    double kw = l.kw;
    if (next && next->kind == EquipmentKind::Ups) {
        PlantFeeder &u = feeder(*next, "ups");
        l.ups = u.name;
        u.loadKw += kw;
        const PowerSpec *us = catalog.power(next->catalogId);
        kw /= us && us->efficiency > 0.0 ? us->efficiency : 1.0;
        next = find(next->upstream);
    }
    if (next && next->kind == EquipmentKind::Transformer) {
        l.transformer = next->name;
        l.fed = true;
        feeder(*next, "transformer").loadKw += kw;
    }
}

} // namespace

RearDoorFans rearDoorFans(const Design &design, const Catalog &catalog)
{
    RearDoorFans out;
    const CoolingSpec *door = design.hall.rearDoor.empty() ? nullptr : catalog.cooling(design.hall.rearDoor);
    if (!door || door->kind != CoolingKind::RearDoor)
        return out;
    // As analyzeCooling: a rack has air heat when a device with load is not all liquid-cooled.
    std::unordered_map<std::int64_t, bool> airRacks;
    for (const Device &d : design.devices)
        if (deviceLoadKw(d, catalog).value_or(0.0) > 0.0 && deviceLiquidFraction(d, catalog) < 1.0)
            airRacks[d.rack.value()] = true;
    for (const Rack &r : design.racks)
        out.doors += airRacks.count(r.id.value()) ? 1 : 0;
    out.kw = out.doors * door->powerKw;
    return out;
}

PlantFeeds analyzePlantFeeds(const Design &design, const Catalog &catalog)
{
    PlantFeeds out;
    std::unordered_map<std::int64_t, const Equipment *> byId;
    std::unordered_map<std::int64_t, std::string> zoneNames;
    for (const Equipment &e : design.equipment)
        byId[e.id.value()] = &e;
    for (const Zone &z : design.zones)
        zoneNames[z.id.value()] = z.name;
    auto find = [&](EquipmentId id) -> const Equipment * {
        const auto it = id.isValid() ? byId.find(id.value()) : byId.end();
        return it == byId.end() ? nullptr : it->second;
    };

    std::map<std::string, std::size_t> feederIndex;
    auto feeder = [&](const Equipment &e, const char *kind) -> PlantFeeder & {
        const std::string key = e.kind == EquipmentKind::Ups ? "UPS@" + std::to_string(e.upstream.value()) : e.name;
        auto it = feederIndex.find(key);
        if (it == feederIndex.end()) {
            PlantFeeder f;
            f.name = e.name;
            f.kind = kind;
            it = feederIndex.emplace(key, out.feeders.size()).first;
            out.feeders.push_back(f);
        }
        return out.feeders[it->second];
    };
    // Ratings first, so that a feeder without load still shows.
    std::map<std::int64_t, int> upsCounted;
    for (const Equipment &e : design.equipment) {
        const PowerSpec *spec = catalog.power(e.catalogId);
        if (!spec)
            continue;
        if (e.kind == EquipmentKind::Mcc)
            feeder(e, "mcc").continuousKw += nameplateKw(*spec) * kContinuousDerating;
        else if (e.feed == kMechanicalFeed && e.kind == EquipmentKind::Transformer)
            feeder(e, "transformer").continuousKw += nameplateKw(*spec);
        else if (e.feed == kMechanicalFeed && e.kind == EquipmentKind::Ups)
            feeder(e, "ups").continuousKw += nameplateKw(*spec);
        else if (e.kind == EquipmentKind::Generator) {
            if (spec->rating == GeneratorRating::Standby)
                out.standbyGenerators.push_back(e.name);
        }
    }
    // A UPS system is named after its first module.
    for (const Equipment &e : design.equipment)
        if (e.feed == kMechanicalFeed && e.kind == EquipmentKind::Ups && !upsCounted[e.upstream.value()]++)
            feeder(e, "ups").name = e.name.substr(0, e.name.rfind('-'));

    // Generator buses: sets grouped by the switchgear they parallel on.
    std::map<std::string, std::size_t> busIndex;
    for (const Equipment &e : design.equipment) {
        if (e.kind != EquipmentKind::Generator)
            continue;
        const Equipment *bus = find(e.upstream);
        const std::string name = bus ? bus->name : std::string("(no bus)");
        auto it = busIndex.find(name);
        if (it == busIndex.end()) {
            it = busIndex.emplace(name, out.generatorBuses.size()).first;
            out.generatorBuses.push_back({name, 0, 0.0});
        }
        GeneratorBus &b = out.generatorBuses[it->second];
        ++b.sets;
        if (const PowerSpec *spec = catalog.power(e.catalogId))
            b.ratedKw += nameplateKw(*spec);
    }

    for (const Equipment &e : design.equipment) {
        if (!isPlantLoad(e.kind))
            continue;
        PlantLoad l;
        l.name = e.name;
        l.kind = toString(e.kind);
        const auto z = zoneNames.find(e.zone.value());
        l.zone = z == zoneNames.end() ? std::string() : z->second;
        const CoolingSpec *spec = catalog.cooling(e.catalogId);
        l.kw = spec ? spec->powerKw : 0.0;
        out.totalKw += l.kw;
        // MCC → (UPS) → transformer, at most a few steps; anything else breaks the chain.
        traceFrom(find(e.upstream), l, catalog, find, feeder);
        if (!l.fed)
            out.unfedKw += l.kw;
        out.loads.push_back(std::move(l));
    }

    // The rear doors' fans fill their MCCs in turn, each to its continuous rating;
    // what no MCC takes is unfed.
    const RearDoorFans doors = rearDoorFans(design, catalog);
    double left = doors.kw;
    int circuit = 0;
    for (const Equipment &e : design.equipment) {
        if (left <= 0.0 || e.kind != EquipmentKind::Mcc || e.name.rfind(kRearDoorMccPrefix, 0) != 0)
            continue;
        const PowerSpec *spec = catalog.power(e.catalogId);
        PlantLoad l;
        l.name = fmt::format("RDX-FANS-{}", ++circuit);
        l.kind = toString(CoolingKind::RearDoor);
        l.kw = std::min(left, spec ? nameplateKw(*spec) * kContinuousDerating : left);
        left -= l.kw;
        out.totalKw += l.kw;
        traceFrom(&e, l, catalog, find, feeder);
        if (!l.fed)
            out.unfedKw += l.kw;
        out.loads.push_back(std::move(l));
    }
    if (left > 1e-9) {
        PlantLoad l;
        l.name = fmt::format("RDX-FANS-{}", ++circuit);
        l.kind = toString(CoolingKind::RearDoor);
        l.kw = left;
        out.totalKw += l.kw;
        out.unfedKw += l.kw;
        out.loads.push_back(std::move(l));
    }
    return out;
}

} // namespace hallwright
