// Sizing and placing cooling units: CRAH / fan walls and CDUs, N+1 per cooling zone.
#include "cooling/cooling_synthesis.h"

#include "cooling/facing_wall.h"
#include "power/power_math.h"

#include <fmt/format.h>

#include <algorithm>

namespace hallwright {

namespace {

std::vector<const CoolingSpec *> coolingItems(const Catalog &catalog, bool air)
{
    std::vector<const CoolingSpec *> out;
    for (const auto &[id, s] : catalog.coolingItems()) {
        const bool isAir = s.kind == CoolingKind::Crah || s.kind == CoolingKind::FanWall;
        if ((air ? isAir : s.kind == CoolingKind::Cdu) && s.capacityKw > 0.0)
            out.push_back(&s);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const CoolingSpec *a, const CoolingSpec *b) { return a->capacityKw < b->capacityKw; });
    return out;
}

/// The unit with the most capacity per metre of line-up.
const CoolingSpec *densest(const std::vector<const CoolingSpec *> &items)
{
    return *std::max_element(items.begin(), items.end(), [](const CoolingSpec *a, const CoolingSpec *b) {
        return a->capacityKw / footprintOf(*a).widthM < b->capacityKw / footprintOf(*b).widthM;
    });
}

/// Whether the galleries can deliver the room's air heat without rear doors:
/// in every zone that opens onto the white space, the supply air stays within
/// the face-velocity warning and the N+1 air units of the densest type fit one
/// deep along the facing walls.
bool galleriesDeliver(const Design &d, const CoolingResults &cr, const std::vector<const CoolingSpec *> &airItems,
                      const CoolingSynthesisRules &rules)
{
    if (airItems.empty())
        return true;
    const CoolingSpec *air = densest(airItems);
    const ItemSize sz = footprintOf(*air);
    const std::vector<Rect> occupied = occupiedFootprints(d);
    for (const CoolingZoneLoad &z : cr.zones) {
        if (z.airKw <= 0.0 || z.openingLengthM <= 0.0)
            continue;
        if (z.faceVelocityMs > rules.cooling.faceVelocityWarnMs)
            return false;
        const auto zone = std::find_if(d.zones.begin(), d.zones.end(), [&](const Zone &x) { return x.id == z.zone; });
        const int need = unitsNPlus1(z.airKw, air->capacityKw, z.airflowM3s, air->airflowM3s);
        const auto fit = placeAlongWalls(facingWalls(d, *zone), sz.widthM, sz.depthM, rules.packing.marginM,
                                         rules.packing.gapM, occupied, need);
        if (static_cast<int>(fit.size()) < need)
            return false;
    }
    return true;
}

/// Hall::rearDoor for the brief, given the design's cooling without doors:
/// none when the brief says false; the catalog's door when it says true; when
/// it says null (auto), a door only for an air-cooled hall whose galleries
/// cannot deliver the air heat (a liquid hall's residual air is small, and its
/// CDUs run warm water).
std::string resolveRearDoor(const Design &d, const CoolingResults &bare, const Brief &brief, const Catalog &catalog,
                            const std::vector<const CoolingSpec *> &airItems, const CoolingSynthesisRules &rules)
{
    if (!brief.cooling.rearDoors.value_or(true))
        return {};
    if (!brief.cooling.rearDoors
        && (bare.mode != CoolingMode::Air || galleriesDeliver(d, bare, airItems, rules)))
        return {};
    double rackAirKw = 0.0;
    for (const RackHeat &h : bare.racks)
        rackAirKw = std::max(rackAirKw, h.airKw);
    // The smallest door that takes the largest rack's exhaust, else the largest door.
    const CoolingSpec *door = smallestCoolingFor(catalog, CoolingKind::RearDoor, rackAirKw);
    return door ? door->id : std::string{};
}

} // namespace

void synthesizeCooling(Design &d, const Brief &brief, const Catalog &catalog, const CoolingSynthesisRules &rules,
                       CoolingSynthesisStats *stats)
{
    std::erase_if(d.equipment,
                  [](const Equipment &e) { return e.kind == EquipmentKind::Crah || e.kind == EquipmentKind::Cdu; });
    const auto airItems = coolingItems(catalog, true);
    const auto cduItems = coolingItems(catalog, false);
    d.hall.rearDoor.clear();
    CoolingResults cr = analyzeCooling(d, catalog, brief.cooling.mode, rules.cooling);
    d.hall.rearDoor = resolveRearDoor(d, cr, brief, catalog, airItems, rules);
    if (!d.hall.rearDoor.empty())
        cr = analyzeCooling(d, catalog, brief.cooling.mode, rules.cooling);
    if (cr.unassignedKw > 0.0)
        throw PowerError(phrase(QT_TRANSLATE_NOOP("Finding", "cooling: %1 kW of heat has no cooling zone to go to"),
                                number(cr.unassignedKw, 0)));
    if (cr.airKw > 0.0 && airItems.empty())
        throw PowerError(phrase(QT_TRANSLATE_NOOP("Finding", "cooling: the catalog has no CRAH or fan-wall unit")));
    if (cr.liquidKw + cr.rearDoorKw > 0.0 && cduItems.empty())
        throw PowerError(phrase(QT_TRANSLATE_NOOP("Finding", "cooling: the catalog has no CDU for the liquid-cooled share")));

    std::vector<Rect> occupied = occupiedFootprints(d);
    std::int64_t nextId = 1;
    for (const Equipment &e : d.equipment)
        nextId = std::max(nextId, e.id.value() + 1);

    CoolingSynthesisStats st;
    int zoneNumber = 0;
    for (const CoolingZoneLoad &z : cr.zones) {
        ++zoneNumber;
        if (z.airKw + z.largestRearDoorKw <= 0.0 && z.cduLoadKw <= 0.0)
            continue;
        const auto zone = std::find_if(d.zones.begin(), d.zones.end(), [&](const Zone &x) { return x.id == z.zone; });
        const std::vector<Rect> area{zone->area};
        const std::vector<const CoolingSpec *> airChoices =
            z.airKw + z.largestRearDoorKw > 0.0 ? airItems : std::vector<const CoolingSpec *>{nullptr};
        const std::vector<const CoolingSpec *> cduChoices =
            z.cduLoadKw > 0.0 ? cduItems : std::vector<const CoolingSpec *>{nullptr};
        // Behind rear doors, the air units also take the exhaust of one rack whose door has failed.
        const double airDesignKw = z.airKw + z.largestRearDoorKw;
        const double airDesignM3s = requiredAirflowM3s(airDesignKw, rules.cooling.airDeltaTK, rules.cooling);
        auto count = [&](const CoolingSpec *s, bool air) {
            if (!s)
                return 0;
            return air ? unitsNPlus1(airDesignKw, s->capacityKw, airDesignM3s, s->airflowM3s)
                       : unitsNPlus1(z.cduLoadKw, s->capacityKw, z.coolantLps, s->coolantFlowLps);
        };
        auto itemsFor = [&](const CoolingSpec *a, int na, const CoolingSpec *c, int nc) {
            std::vector<ItemSize> items(static_cast<std::size_t>(nc), c ? footprintOf(*c) : ItemSize{});
            items.insert(items.end(), static_cast<std::size_t>(na), a ? footprintOf(*a) : ItemSize{});
            return items;
        };

        const CoolingSpec *air = nullptr, *cdu = nullptr;
        int nAir = 0, nCdu = 0;
        std::vector<PlacedItem> placed;
        const std::vector<FacingWall> walls = facingWalls(d, *zone);
        if (walls.empty()) {
            // A gallery that opens onto no white space: pack as before (the
            // facing rules cannot judge it and say nothing).
            bool found = false;
            for (const CoolingSpec *a : airChoices) {
                for (const CoolingSpec *c : cduChoices) {
                    const int na = count(a, true), nc = count(c, false);
                    const auto items = itemsFor(a, na, c, nc);
                    auto p = packItems(area, items, occupied, rules.packing);
                    if (p.size() == items.size()) {
                        air = a, cdu = c, nAir = na, nCdu = nc, placed = std::move(p);
                        found = true;
                        break;
                    }
                }
                if (found)
                    break;
            }
            if (!found) {
                air = z.airKw + z.largestRearDoorKw > 0.0 ? densest(airItems) : nullptr;
                cdu = z.cduLoadKw > 0.0 ? densest(cduItems) : nullptr;
                nAir = count(air, true);
                nCdu = count(cdu, false);
                placed = packItems(area, itemsFor(air, nAir, cdu, nCdu), occupied, rules.packing);
            }
        } else {
            // Air units one deep against the wall open to the white space: the
            // smallest type whose N+1 count fits, else the most capacity per
            // metre of wall, as many as fit (the shortfall is then reported).
            std::vector<Rect> airRects;
            if (z.airKw + z.largestRearDoorKw > 0.0) {
                for (const CoolingSpec *a : airItems) {
                    const int na = count(a, true);
                    const ItemSize sz = footprintOf(*a);
                    auto r = placeAlongWalls(walls, sz.widthM, sz.depthM, rules.packing.marginM, rules.packing.gapM,
                                             occupied, na);
                    if (static_cast<int>(r.size()) == na) {
                        air = a, nAir = na, airRects = std::move(r);
                        break;
                    }
                }
                if (!air) {
                    air = densest(airItems);
                    nAir = count(air, true);
                    const ItemSize sz = footprintOf(*air);
                    airRects = placeAlongWalls(walls, sz.widthM, sz.depthM, rules.packing.marginM,
                                               rules.packing.gapM, occupied, nAir);
                }
            }
            // CDUs need no opening: they stand behind, in the rest of the gallery,
            // across a service aisle from the air units (one facing wall), else
            // wherever the gallery has room.
            std::vector<Rect> blocked = occupied;
            blocked.insert(blocked.end(), airRects.begin(), airRects.end());
            std::vector<Rect> cduArea = area;
            if (walls.size() == 1 && !airRects.empty()) {
                const double band = footprintOf(*air).depthM + rules.packing.aisleM - rules.packing.marginM;
                const Rect behind = behindWall(zone->area, walls.front(), band);
                if (behind.width > 0.0 && behind.depth > 0.0)
                    cduArea = {behind};
            }
            std::vector<PlacedItem> cduPlaced;
            if (z.cduLoadKw > 0.0) {
                // Behind the air units first, else anywhere in the gallery.
                auto pack = [&](const CoolingSpec *c, int nc) {
                    auto p = packItems(cduArea, itemsFor(nullptr, 0, c, nc), blocked, rules.packing);
                    if (static_cast<int>(p.size()) < nc && cduArea != area) {
                        auto q = packItems(area, itemsFor(nullptr, 0, c, nc), blocked, rules.packing);
                        if (q.size() > p.size())
                            p = std::move(q);
                    }
                    return p;
                };
                for (const CoolingSpec *c : cduItems) {
                    const int nc = count(c, false);
                    auto p = pack(c, nc);
                    if (static_cast<int>(p.size()) == nc) {
                        cdu = c, nCdu = nc, cduPlaced = std::move(p);
                        break;
                    }
                }
                if (!cdu) {
                    cdu = densest(cduItems);
                    nCdu = count(cdu, false);
                    cduPlaced = pack(cdu, nCdu);
                }
            }
            // Placement order: CDUs first, then air units, as the loop below expects;
            // short CDUs are counted by padding the CDU part to nCdu.
            const int placedCdus = static_cast<int>(cduPlaced.size());
            st.cdusShort += nCdu - placedCdus;
            st.airUnitsShort += nAir - static_cast<int>(airRects.size());
            nCdu = placedCdus;
            placed = std::move(cduPlaced);
            for (const Rect &r : airRects)
                placed.push_back({0, r});
            nAir = static_cast<int>(airRects.size());
        }

        for (std::size_t i = 0; i < placed.size(); ++i) {
            const bool isCdu = static_cast<int>(i) < nCdu;
            const CoolingSpec &spec = isCdu ? *cdu : *air;
            Equipment e;
            e.id = EquipmentId(nextId++);
            e.zone = z.zone;
            e.catalogId = spec.id;
            e.kind = isCdu ? EquipmentKind::Cdu : EquipmentKind::Crah;
            const char *prefix = isCdu ? "CDU" : spec.kind == CoolingKind::FanWall ? "FW" : "CRAH";
            const int number = isCdu ? static_cast<int>(i) + 1 : static_cast<int>(i) - nCdu + 1;
            e.name = fmt::format("{}-{}-{:02}", prefix, zoneNumber, number);
            e.footprint = placed[i].footprint;
            occupied.push_back(e.footprint);
            d.equipment.push_back(e);
            (isCdu ? st.cdus : st.airUnits) += 1;
        }
        if (walls.empty()) {
            const int placedCdus = std::min(nCdu, static_cast<int>(placed.size()));
            st.cdusShort += nCdu - placedCdus;
            st.airUnitsShort += nAir - (static_cast<int>(placed.size()) - placedCdus);
        }
    }
    if (stats)
        *stats = st;
}

} // namespace hallwright
