// The mechanical plant and its feeds: chillers, dry coolers and pumps, their MCCs, transformers and switchgear.
#include "power/plant_synthesis.h"

#include "cooling/cooling_analysis.h"
#include "power/plant_feeds.h"
#include "power/power_math.h"
#include "power/yard.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace hallwright {

namespace {

/// The catalog cooling item of a kind with the largest capacity (fewest units).
const CoolingSpec *largestCooling(const Catalog &catalog, CoolingKind kind)
{
    const CoolingSpec *best = nullptr;
    for (const auto &[id, s] : catalog.coolingItems())
        if (s.kind == kind && s.capacityKw > 0.0 && (!best || s.capacityKw > best->capacityKw))
            best = &s;
    return best;
}

const PowerSpec *largestPower(const Catalog &catalog, PowerKind kind, bool mediumVoltage = false)
{
    const PowerSpec *best = nullptr;
    for (const auto &[id, s] : catalog.powerItems()) {
        if (s.kind != kind || nameplateKw(s) <= 0.0)
            continue;
        if (kind == PowerKind::Switchgear && (s.voltageV >= 1000.0) != mediumVoltage)
            continue;
        if (!best || nameplateKw(s) > nameplateKw(*best))
            best = &s;
    }
    return best;
}

} // namespace

void synthesizePlant(Design &d, const Brief &brief, const Catalog &catalog, const PlantSynthesisRules &rules,
                     PlantSynthesisStats *stats)
{
    std::erase_if(d.equipment, [](const Equipment &e) {
        return e.kind == EquipmentKind::Chiller || e.kind == EquipmentKind::DryCooler || e.kind == EquipmentKind::Pump
               || e.kind == EquipmentKind::Mcc || e.feed == kMechanicalFeed;
    });
    std::erase_if(d.zones, [](const Zone &z) { return z.kind == ZoneKind::Yard && z.name == kChillerYard; });
    std::vector<Rect> powerRooms;
    std::vector<ZoneId> powerRoomIds;
    for (const Zone &z : d.zones) {
        if (z.kind == ZoneKind::Power) {
            powerRooms.push_back(z.area);
            powerRoomIds.push_back(z.id);
        }
    }
    if (powerRooms.empty())
        throw PowerError(phrase(QT_TRANSLATE_NOOP("Finding", "plant: the design has no power zone for the mechanical plant's switchgear")));

    std::int64_t nextId = 1;
    for (const Equipment &e : d.equipment)
        nextId = std::max(nextId, e.id.value() + 1);
    PlantSynthesisStats st;

    // Heat rejection: the heat of each loop, in-hall fan and pump power included.
    const CoolingResults cr = analyzeCooling(d, catalog, brief.cooling.mode);
    std::vector<Equipment> yard;
    std::vector<ItemSize> yardSizes;
    auto make = [&](EquipmentKind kind, const std::string &catalogId, std::string name, std::string feed = {}) {
        Equipment e;
        e.id = EquipmentId(nextId++);
        e.catalogId = catalogId;
        e.kind = kind;
        e.name = std::move(name);
        e.feed = std::move(feed);
        return e;
    };
    auto addRejection = [&](double kw, CoolingKind kind, EquipmentKind ekind, const char *prefix, const char *what,
                            int &count) {
        if (kw <= 0.0)
            return;
        const CoolingSpec *unit = largestCooling(catalog, kind);
        if (!unit)
            throw PowerError(
                phrase(QT_TRANSLATE_NOOP("Finding", "plant: the catalog has no %1 for %2 kW of heat"),
                       what, number(kw, 0)));
        const CoolingSpec *pump = smallestCoolingFor(catalog, CoolingKind::Pump, unit->capacityKw);
        if (!pump)
            throw PowerError(phrase(QT_TRANSLATE_NOOP("Finding", "plant: the catalog has no pump set for the heat-rejection loop")));
        const int pumpsEach = std::max(1, static_cast<int>(std::ceil(unit->capacityKw / pump->capacityKw - kPowerTolerance)));
        count = unitsNPlus1(kw, unit->capacityKw);
        for (int i = 1; i <= count; ++i) {
            yard.push_back(make(ekind, unit->id, fmt::format("{}-{:02}", prefix, i)));
            yardSizes.push_back(footprintOf(*unit));
            for (int p = 1; p <= pumpsEach; ++p) {
                yard.push_back(make(EquipmentKind::Pump, pump->id,
                                    fmt::format("P-{}-{:02}{}", prefix, i,
                                                pumpsEach > 1 ? fmt::format("-{}", p) : std::string())));
                yardSizes.push_back(footprintOf(*pump));
                ++st.pumps;
            }
        }
    };
    addRejection(cr.chilledWaterKw, CoolingKind::Chiller, EquipmentKind::Chiller, "CH", "chiller", st.chillers);
    addRejection(cr.warmWaterKw, CoolingKind::DryCooler, EquipmentKind::DryCooler, "DC", "dry cooler", st.dryCoolers);
    placeInYard(d, kChillerYard, Side::North, yard, yardSizes, rules.yardPacking);
    d.equipment.insert(d.equipment.end(), yard.begin(), yard.end());

    // Loads by kind onto MCCs.
    const PowerSpec *mccSpec = largestPower(catalog, PowerKind::Mcc);
    const PowerSpec *txSpec = largestPower(catalog, PowerKind::Transformer);
    const PowerSpec *mvPanel = largestPower(catalog, PowerKind::Switchgear, true);
    const PowerSpec *upsSpec = largestPower(catalog, PowerKind::Ups);
    const PowerSpec *battery = nullptr;
    for (const auto &[id, s] : catalog.powerItems())
        if (s.kind == PowerKind::Battery && s.energyKwh > 0.0 && (!battery || s.energyKwh > battery->energyKwh))
            battery = &s;
    if (!mccSpec || !txSpec)
        throw PowerError(phrase(QT_TRANSLATE_NOOP("Finding", "plant: the catalog has no MCC or transformer to feed the mechanical plant")));
    const double mccCont = nameplateKw(*mccSpec) * kContinuousDerating;
    struct Group
    {
        const char *tag;
        bool onUps;
        std::vector<std::size_t> loads; // indices into d.equipment
    };
    std::vector<Group> groups{{"AIR", false, {}}, {"CDU", true, {}}, {"CHW", false, {}}, {"WW", false, {}}};
    for (std::size_t i = 0; i < d.equipment.size(); ++i) {
        const EquipmentKind k = d.equipment[i].kind;
        const bool chw = k == EquipmentKind::Chiller
                         || (k == EquipmentKind::Pump && d.equipment[i].name.rfind("P-CH", 0) == 0);
        const int g = k == EquipmentKind::Crah                                    ? 0
                      : k == EquipmentKind::Cdu                                   ? 1
                      : chw                                                       ? 2
                      : k == EquipmentKind::DryCooler || k == EquipmentKind::Pump ? 3
                                                                                  : -1;
        if (g >= 0)
            groups[g].loads.push_back(i);
    }
    auto drawOf = [&](std::size_t i) {
        const CoolingSpec *s = catalog.cooling(d.equipment[i].catalogId);
        return s ? s->powerKw : 0.0;
    };

    std::vector<Equipment> room; // placed in the electrical room, in order
    std::vector<ItemSize> roomSizes;
    auto addRoom = [&](Equipment e, const PowerSpec &spec) {
        room.push_back(std::move(e));
        roomSizes.push_back(footprintOf(spec));
        return room.back().id;
    };
    struct Mcc
    {
        std::size_t roomIndex;
        double kw;
        bool onUps;
    };
    std::vector<Mcc> mccs;
    for (const Group &g : groups) {
        double kw = 0.0;
        int number = 0;
        for (std::size_t i : g.loads) {
            const double draw = drawOf(i);
            st.plantKw += draw;
            if (number == 0 || kw + draw > mccCont + kPowerTolerance) {
                Equipment m = make(EquipmentKind::Mcc, mccSpec->id, fmt::format("MCC-{}-{}", g.tag, ++number),
                                   kMechanicalFeed);
                addRoom(m, *mccSpec);
                mccs.push_back({room.size() - 1, 0.0, g.onUps});
                kw = 0.0;
                ++st.mccs;
            }
            kw += draw;
            mccs.back().kw += draw;
            d.equipment[i].upstream = room[mccs.back().roomIndex].id;
        }
    }

    // Rear-door fans: one circuit per door from MCCs of their own, on the UPS
    // like the CDU pumps (without them the racks' exhaust heat would reach the
    // room while the generators start).
    const RearDoorFans doors = rearDoorFans(d, catalog);
    for (int k = 0; k * mccCont < doors.kw - kPowerTolerance; ++k) {
        const double kw = std::min(mccCont, doors.kw - k * mccCont);
        Equipment m = make(EquipmentKind::Mcc, mccSpec->id, fmt::format("{}{}", kRearDoorMccPrefix, k + 1),
                           kMechanicalFeed);
        addRoom(m, *mccSpec);
        mccs.push_back({room.size() - 1, kw, true});
        st.plantKw += kw;
        ++st.mccs;
    }

    // CDU pumps (and rear-door fans) ride through an outage on UPS systems of
    // N+1 modules, each carried by one mechanical transformer: the UPS-fed MCCs
    // are grouped so that a system's input fits the transformer.
    struct Load
    {
        std::vector<std::size_t> roomIndices;
        double kw;
    };
    std::vector<Load> txLoads;
    for (const Mcc &m : mccs)
        if (!m.onUps)
            txLoads.push_back({{m.roomIndex}, m.kw});
    const double txKw = nameplateKw(*txSpec);
    std::vector<std::vector<std::size_t>> systems; // indices into mccs
    {
        const double upsEff = upsSpec && upsSpec->efficiency > 0.0 ? upsSpec->efficiency : 1.0;
        double kw = 0.0;
        for (std::size_t i = 0; i < mccs.size(); ++i) {
            if (!mccs[i].onUps)
                continue;
            if (systems.empty() || (kw + mccs[i].kw) / upsEff > txKw + kPowerTolerance) {
                systems.emplace_back();
                kw = 0.0;
            }
            systems.back().push_back(i);
            kw += mccs[i].kw;
        }
    }
    if (!systems.empty() && !upsSpec)
        throw PowerError(phrase(QT_TRANSLATE_NOOP("Finding", "plant: the catalog has no UPS for the CDU pumps")));
    for (std::size_t sys = 0; sys < systems.size(); ++sys) {
        // One system keeps the plain names (UPS-M-1 …); several are numbered (UPS-M2-1 …).
        const std::string tag = systems.size() == 1 ? std::string("M") : fmt::format("M{}", sys + 1);
        double upsLoad = 0.0;
        for (std::size_t i : systems[sys])
            upsLoad += mccs[i].kw;
        const int modules =
            std::max(1, static_cast<int>(std::ceil(upsLoad / nameplateKw(*upsSpec) - kPowerTolerance))) + 1;
        Load l{{}, upsLoad / (upsSpec->efficiency > 0.0 ? upsSpec->efficiency : 1.0)};
        EquipmentId upsFirst;
        for (int m = 1; m <= modules; ++m) {
            Equipment u = make(EquipmentKind::Ups, upsSpec->id, fmt::format("UPS-{}-{}", tag, m), kMechanicalFeed);
            const EquipmentId id = addRoom(u, *upsSpec);
            l.roomIndices.push_back(room.size() - 1);
            if (m == 1)
                upsFirst = id;
        }
        st.upsModules += modules;
        if (battery) {
            const double kwh = nameplateKw(*upsSpec) * modules * rules.cduUpsMinutes / 60.0;
            const int cabinets = std::max(1, static_cast<int>(std::ceil(kwh / battery->energyKwh - kPowerTolerance)));
            for (int k = 1; k <= cabinets; ++k) {
                Equipment b =
                    make(EquipmentKind::Battery, battery->id, fmt::format("BAT-{}-{}", tag, k), kMechanicalFeed);
                b.upstream = upsFirst;
                addRoom(b, *battery);
            }
        }
        for (std::size_t i : systems[sys])
            room[mccs[i].roomIndex].upstream = upsFirst;
        txLoads.push_back(l);
    }

    // Mechanical transformers, each with its 10 kV feeder panel, carry the MCCs
    // (a UPS system counted at its input).
    double kw = 0.0;
    EquipmentId tx;
    for (const Load &l : txLoads) {
        if (!tx.isValid() || kw + l.kw > txKw + kPowerTolerance) {
            EquipmentId feeder;
            if (mvPanel) {
                feeder = addRoom(make(EquipmentKind::Switchgear, mvPanel->id,
                                      fmt::format("MV-TXM-{:02}", st.transformers + 1), kMechanicalFeed),
                                 *mvPanel);
                ++st.switchgearPanels;
            }
            Equipment t = make(EquipmentKind::Transformer, txSpec->id, fmt::format("TX-M{:02}", st.transformers + 1),
                               kMechanicalFeed);
            t.upstream = feeder;
            tx = addRoom(t, *txSpec);
            ++st.transformers;
            kw = 0.0;
        }
        kw += l.kw;
        for (std::size_t i : l.roomIndices)
            room[i].upstream = tx;
    }

    std::vector<Rect> occupied = occupiedFootprints(d);
    const auto placed = packItems(powerRooms, roomSizes, occupied, rules.packing);
    if (placed.size() < room.size()) {
        double area = 0.0;
        for (const ItemSize &s : roomSizes)
            area += s.widthM * s.depthM;
        for (const Equipment &e : d.equipment)
            if (std::find(powerRoomIds.begin(), powerRoomIds.end(), e.zone) != powerRoomIds.end())
                area += e.footprint.width * e.footprint.depth;
        throw PowerRoomTooSmall(fmt::format("plant: {} MCCs, transformers, UPS modules and panels of the "
                                            "mechanical plant do not fit the electrical room; only {} do",
                                            room.size(), placed.size()),
                                1.5 * area); // line-ups of long boards leave gaps: ask for more

    }
    for (std::size_t i = 0; i < room.size(); ++i) {
        room[i].footprint = placed[i].footprint;
        room[i].zone = powerRoomIds[placed[i].area];
    }
    d.equipment.insert(d.equipment.end(), room.begin(), room.end());
    std::sort(d.equipment.begin(), d.equipment.end(), [](const Equipment &a, const Equipment &b) { return a.id < b.id; });
    if (stats)
        *stats = st;
}

} // namespace hallwright
