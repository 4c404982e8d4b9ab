// Sizing and placing the power chain of a laid-out design: PDUs, busways, UPS, transformers, generators.
#include "power/power_synthesis.h"

#include "cooling/cooling_analysis.h"
#include "power/power_analysis.h"
#include "power/power_math.h"
#include "power/yard.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

namespace hallwright {

namespace {

/// Catalog items of one kind, smallest continuous rating first (ties by id).
std::vector<const PowerSpec *> powerItems(const Catalog &catalog, PowerKind kind)
{
    std::vector<const PowerSpec *> out;
    for (const auto &[id, spec] : catalog.powerItems())
        if (spec.kind == kind && nameplateKw(spec) > 0.0)
            out.push_back(&spec);
    std::stable_sort(out.begin(), out.end(),
                     [](const PowerSpec *a, const PowerSpec *b) { return continuousKw(*a) < continuousKw(*b); });
    return out;
}

std::vector<const PowerSpec *> requireItems(const Catalog &catalog, PowerKind kind, const char *what)
{
    auto items = powerItems(catalog, kind);
    if (items.empty())
        throw PowerError(phrase(QT_TRANSLATE_NOOP("Finding", "power: the catalog has no %1 (power item of kind \"%2\")"),
                                what, toString(kind)));
    return items;
}

/// The smallest item whose continuous rating carries kw in `count` units at
/// most; else the largest, with as many units as it takes.
std::pair<const PowerSpec *, int> chooseUnits(const std::vector<const PowerSpec *> &items, double kw, int maxUnits,
                                              bool byNameplate = false)
{
    auto rating = [&](const PowerSpec *s) { return byNameplate ? nameplateKw(*s) : continuousKw(*s); };
    for (const PowerSpec *s : items) {
        const int n = std::max(1, static_cast<int>(std::ceil(kw / rating(s) - kPowerTolerance)));
        if (n <= maxUnits)
            return {s, n};
    }
    const PowerSpec *largest = *std::max_element(items.begin(), items.end(), [&](auto *a, auto *b) {
        return rating(a) < rating(b);
    });
    return {largest, std::max(1, static_cast<int>(std::ceil(kw / rating(largest) - kPowerTolerance)))};
}

std::string rowTag(const std::string &rowName)
{
    std::string tag = rowName.rfind("Row ", 0) == 0 ? rowName.substr(4) : rowName;
    tag.erase(std::remove(tag.begin(), tag.end(), ' '), tag.end());
    return tag;
}

/// Consecutive racks of one row on one pair of busways (A and B).
struct Segment
{
    RowId row;
    ZoneId zone;
    std::vector<std::size_t> racks;
    double kw = 0.0;
    const PowerSpec *spec = nullptr;
    std::string name;                   ///< without the feed suffix
    Rect stripA, stripB;
    EquipmentId buswayA, buswayB;
};

/// Facility load at full IT load for generator sizing: the brief's PUE, else
/// IT + UPS and transformer losses + cooling estimate + misc.
double facilityEstimateKw(double itKw, double liquidKw, double upsEff, double txEff, const Brief &brief)
{
    if (brief.power.pue)
        return itKw * *brief.power.pue;
    const CoolingRules r;
    const CoolingMode mode =
        brief.cooling.mode != CoolingMode::Auto ? brief.cooling.mode
                                                : (liquidKw > 0.0 ? CoolingMode::Liquid : CoolingMode::Air);
    const double upsIn = itKw / upsEff;
    const double txIn = upsIn / txEff;
    // Distribution losses become heat in the air, like the IT air share.
    // Fans' and pumps' power becomes heat in the loop they serve (as in analyzeCooling).
    const double airKw = txIn - liquidKw;
    const double mech = airKw * (r.defaultFanKwPerKw + (1.0 + r.defaultFanKwPerKw) * r.chilledWaterKwPerKw)
                        + liquidKw * (r.defaultPumpKwPerKw
                                      + (1.0 + r.defaultPumpKwPerKw)
                                            * (mode == CoolingMode::Air ? r.chilledWaterKwPerKw : r.warmWaterKwPerKw));
    return txIn + mech + itKw * kMiscFractionOfIt;
}

struct GeneratorPlan
{
    const PowerSpec *spec = nullptr;
    std::vector<int> setsPerBus;        ///< sets on each bus, spare included
};

/// N sets carry the facility; buses of at most generatorsPerBus sets (never
/// more than maxGeneratorsPerSet), each with its own spare for N+1 and 2N.
GeneratorPlan planGenerators(const std::vector<const PowerSpec *> &items, double facilityKw, Redundancy red,
                             const PowerSynthesisRules &rules)
{
    const int spare = red == Redundancy::N ? 0 : 1;
    const int perBus = std::max(spare + 1, std::min(rules.generatorsPerBus, rules.maxGeneratorsPerSet));
    GeneratorPlan p;
    // The smallest set that needs at most one bus, else the largest.
    const auto [spec, n] = chooseUnits(items, facilityKw, perBus - spare, true);
    p.spec = spec;
    const int buses = std::max(1, (n + perBus - spare - 1) / (perBus - spare));
    // Split N evenly over the buses, then add each bus's spare.
    for (int b = 0; b < buses; ++b)
        p.setsPerBus.push_back(n / buses + (b < n % buses ? 1 : 0) + spare);
    return p;
}

} // namespace

void synthesizePower(Design &d, const Brief &brief, const Catalog &catalog, const PowerSynthesisRules &rules,
                     PowerSynthesisStats *stats)
{
    const auto pduItems = requireItems(catalog, PowerKind::Pdu, "rack PDU");
    auto distItems = powerItems(catalog, PowerKind::Busway);
    const bool useRpp = distItems.empty();
    if (useRpp)
        distItems = requireItems(catalog, PowerKind::Rpp, "busway or RPP");
    const auto upsItems = requireItems(catalog, PowerKind::Ups, "UPS");
    const auto txItems = requireItems(catalog, PowerKind::Transformer, "transformer");
    auto genItems = requireItems(catalog, PowerKind::Generator, "generator");
    // A standby (ESP) rating allows limited hours a year: size on prime or DCP only (ISO 8528-1).
    std::erase_if(genItems, [](const PowerSpec *s) {
        return s->rating != GeneratorRating::Prime && s->rating != GeneratorRating::DataCentre;
    });
    if (genItems.empty())
        throw PowerError(phrase(QT_TRANSLATE_NOOP("Finding", "power: the catalog has no generator with a prime or data-centre (DCP) rating (ISO 8528-1 \"rating\": \"prime\" or \"data-centre\"); standby sets cannot carry a hall")));
    // Switchgear (10 kV panels and LV main switchboards) and UPS batteries, when the catalog has them.
    const PowerSpec *mvPanel = nullptr, *lvBoard = nullptr, *battery = nullptr;
    for (const PowerSpec *s : powerItems(catalog, PowerKind::Switchgear)) {
        if (s->voltageV >= 1000.0 && !mvPanel)
            mvPanel = s;
        else if (s->voltageV > 0.0 && s->voltageV < 1000.0)
            lvBoard = s; // the largest LV board
    }
    for (const PowerSpec *s : powerItems(catalog, PowerKind::Battery))
        if (s->energyKwh > 0.0)
            battery = s;
    std::vector<Rect> powerRooms;
    std::vector<ZoneId> powerRoomIds;
    std::string roomNames;
    for (const Zone &z : d.zones) {
        if (z.kind != ZoneKind::Power)
            continue;
        powerRooms.push_back(z.area);
        powerRoomIds.push_back(z.id);
        roomNames += (roomNames.empty() ? "'" : ", '") + z.name + "'";
    }
    if (powerRooms.empty())
        throw PowerError(phrase(QT_TRANSLATE_NOOP("Finding", "power: the design has no power zone for UPS, transformers and generators")));

    // Replace any chain the design already has (with its switchgear, batteries and generator yard).
    std::erase_if(d.devices, [](const Device &x) { return x.kind == DeviceKind::Pdu; });
    std::erase_if(d.equipment, [](const Equipment &e) {
        return powerKindOf(e.kind).has_value() || e.kind == EquipmentKind::Switchgear || e.kind == EquipmentKind::Battery;
    });
    std::erase_if(d.zones, [](const Zone &z) { return z.kind == ZoneKind::Yard && z.name == kGeneratorYard; });

    // Rack loads from the devices' catalog maximum.
    std::unordered_map<std::int64_t, std::size_t> rackIndex;
    for (std::size_t i = 0; i < d.racks.size(); ++i)
        rackIndex[d.racks[i].id.value()] = i;
    std::vector<double> load(d.racks.size(), 0.0);
    double liquidKw = 0.0;
    for (const Device &dev : d.devices) {
        const auto it = rackIndex.find(dev.rack.value());
        if (it == rackIndex.end())
            throw PowerError(phrase(QT_TRANSLATE_NOOP("Finding", "device '%1': rack %2 does not exist"),
                                    dev.name, dev.rack.value()));
        const auto kw = deviceLoadKw(dev, catalog);
        if (!kw)
            throw PowerError(phrase(QT_TRANSLATE_NOOP("Finding", "rack %1: device '%2' has unknown catalog item '%3'"),
                                    d.racks[it->second].name, dev.name, dev.catalogId));
        load[it->second] += *kw;
        liquidKw += *kw * deviceLiquidFraction(dev, catalog);
    }
    std::vector<double> sizing(d.racks.size());
    double itKw = 0.0;
    for (std::size_t i = 0; i < d.racks.size(); ++i) {
        // An empty rack (a network rack before its switches) is sized for its budget.
        sizing[i] = load[i] > 0.0 ? load[i] : d.racks[i].powerLimitKw;
        itKw += sizing[i];
    }

    // Rack PDUs: each feed carries the whole rack.
    std::int64_t nextDevice = 1, nextEquipment = 1;
    for (const Device &dev : d.devices)
        nextDevice = std::max(nextDevice, dev.id.value() + 1);
    for (const Equipment &e : d.equipment)
        nextEquipment = std::max(nextEquipment, e.id.value() + 1);
    std::vector<std::vector<std::size_t>> rackPdus(d.racks.size()); // device indices, A first then B
    std::vector<Device> newPdus;
    for (std::size_t i = 0; i < d.racks.size(); ++i) {
        if (sizing[i] <= 0.0)
            continue;
        const auto [spec, k] = chooseUnits(pduItems, sizing[i], 1);
        for (const char *feed : {"A", "B"}) {
            for (int j = 1; j <= k; ++j) {
                Device p;
                p.id = DeviceId(nextDevice++);
                p.rack = d.racks[i].id;
                p.catalogId = spec->id;
                p.kind = DeviceKind::Pdu;
                p.name = fmt::format("{}-PDU-{}{}", d.racks[i].name, feed, j);
                p.role = feed;
                p.su = d.racks[i].su;
                rackPdus[i].push_back(newPdus.size());
                newPdus.push_back(p);
            }
        }
    }

    // Blocks: one transformer and one UPS system each (per side in 2N).
    const Redundancy red = brief.power.redundancy;
    const int spare = red == Redundancy::NPlus1 ? 1 : 0;
    const int usableModules = std::max(1, rules.maxUpsModulesPerSystem - spare);
    double minUpsEff = 1.0;
    for (const PowerSpec *s : upsItems)
        minUpsEff = std::min(minUpsEff, s->efficiency);
    const double blockMax = std::min(nameplateKw(*upsItems.back()) * usableModules,
                                     nameplateKw(*txItems.back()) * minUpsEff);
    // Under N and N+1 a rack hangs on one block: two blocks at least for N+1,
    // so that no single transformer carries the whole hall. Network racks are
    // spread: the central rows split over all blocks, and each network rack of
    // an SU (its leaves, storage, management) is its own busway segment on a
    // block of its own where it can, so that a block's loss takes some rails
    // of the SU, not every one (rule single-point-of-failure).
    int blockCount = std::max(red == Redundancy::NPlus1 ? 2 : 1,
                              static_cast<int>(std::ceil(itKw / blockMax - kPowerTolerance)));
    // The loaded racks of each row, west to east (racks face north or south, so
    // rows run along x), in one pass; a rack naming no row has no busway.
    struct RowRacks
    {
        const Row *row = nullptr;
        std::vector<std::size_t> racks;
        bool central = false; ///< only network racks outside any SU (spines, cores)
    };
    std::vector<RowRacks> rowRacks(d.rows.size());
    std::unordered_map<std::int64_t, std::size_t> rowOf;
    for (std::size_t k = 0; k < d.rows.size(); ++k) {
        rowRacks[k].row = &d.rows[k];
        rowOf[d.rows[k].id.value()] = k;
    }
    for (std::size_t i = 0; i < d.racks.size(); ++i) {
        if (sizing[i] <= 0.0)
            continue;
        const auto it = rowOf.find(d.racks[i].row.value());
        if (it == rowOf.end())
            throw PowerError(phrase(QT_TRANSLATE_NOOP("Finding", "rack %1: row %2 does not exist, so no busway can reach it"),
                                    d.racks[i].name, d.racks[i].row.value()));
        rowRacks[it->second].racks.push_back(i);
    }
    std::erase_if(rowRacks, [](const RowRacks &r) { return r.racks.empty(); });
    for (RowRacks &r : rowRacks) {
        std::sort(r.racks.begin(), r.racks.end(), [&](std::size_t a, std::size_t b) {
            return d.racks[a].footprint.x < d.racks[b].footprint.x;
        });
        r.central = std::all_of(r.racks.begin(), r.racks.end(), [&](std::size_t i) { return d.racks[i].su < 0; });
    }

    const PowerSpec *largestDist = distItems.back();
    std::vector<Segment> segments;
    std::vector<std::int64_t> spreadGroup; // -1: packed into blocks; else the group whose segments spread apart
    std::vector<std::vector<std::size_t>> blocks;
    // Under N+1 a network rack's B feed comes from a second block (its A feed
    // from the first): a transformer's loss then takes no switch, only the
    // compute racks of its block. Each block is sized for both.
    const bool dualNetwork = red == Redundancy::NPlus1;
    std::vector<std::vector<std::size_t>> secondaries; // per block: segments whose B feed it carries
    // Busway segments per row (consecutive racks whose whole load one busway
    // carries), then segments into blocks; grows blockCount until every block
    // stays within blockMax with its share of the spread segments.
    for (;;) {
        const bool spread = red != Redundancy::TwoN && blockCount > 1;
        segments.clear();
        spreadGroup.clear();
        for (const RowRacks &rr : rowRacks) {
            const Row &row = *rr.row;
            const std::vector<std::size_t> &racks = rr.racks;
            const bool central = rr.central;
            // With few N+1 blocks every compute row splits in two, so that the blocks
            // balance (a transformer's loss then takes about its share, not two rows of three).
            const bool halve = red == Redundancy::NPlus1 && blockCount <= 3 && racks.size() >= 2;
            const std::size_t pieces = halve ? 2 : 1;
            // Every network rack alone, so that its neighbours (the other spines, the
            // SU's other rails) can go to other blocks.
            auto isNetwork = [&](std::size_t i) { return spread && (central || d.racks[i].role != RackRole::Compute); };
            std::vector<Segment> rowSegs;
            std::vector<std::int64_t> rowGroups;
            for (std::size_t k = 0; k < racks.size(); ++k) {
                const std::size_t i = racks[k];
                const bool newPiece =
                    k > 0 && pieces > 1 && (k * pieces / racks.size()) != ((k - 1) * pieces / racks.size());
                const bool alone = isNetwork(i) || (k > 0 && isNetwork(racks[k - 1]));
                if (rowSegs.empty() || newPiece || alone
                    || rowSegs.back().kw + sizing[i] > continuousKw(*largestDist) + kPowerTolerance) {
                    rowSegs.emplace_back();
                    rowSegs.back().row = row.id;
                    rowSegs.back().zone = row.zone;
                    rowGroups.push_back(!isNetwork(i) ? -1
                                        : central         ? row.id.value()
                                                          : (std::int64_t(1) << 40) + d.racks[i].su);
                }
                rowSegs.back().racks.push_back(i);
                rowSegs.back().kw += sizing[i];
            }
            for (std::size_t s = 0; s < rowSegs.size(); ++s) {
                Segment &seg = rowSegs[s];
                seg.spec = chooseUnits(distItems, seg.kw, 1).first;
                seg.name = fmt::format("{}-{}{}", useRpp ? "RPP" : "BW", rowTag(row.name),
                                       rowSegs.size() > 1 ? std::to_string(s + 1) : std::string());
                double lo = 1e300, hi = -1e300;
                for (std::size_t i : seg.racks) {
                    const Rect &f = d.racks[i].footprint;
                    lo = std::min(lo, f.x);
                    hi = std::max(hi, f.right());
                }
                const double w = rules.buswayStripM;
                // Overhead busways drawn as thin strips along the row, A on the south side, B on the north.
                auto strip = [&](double frac) {
                    return Rect{lo, row.area.y + row.area.depth * frac - w / 2, hi - lo, w};
                };
                seg.stripA = strip(0.3);
                seg.stripB = strip(0.7);
                segments.push_back(std::move(seg));
                spreadGroup.push_back(rowGroups[s]);
            }
        }

        // Packed segments into balanced blocks, leaving room for the spread ones.
        double total = 0.0, spreadKw = 0.0, largestSpread = 0.0;
        for (std::size_t s = 0; s < segments.size(); ++s) {
            if (spreadGroup[s] < 0)
                total += segments[s].kw;
            else
                spreadKw += segments[s].kw, largestSpread = std::max(largestSpread, segments[s].kw);
        }
        const double target = total / blockCount;
        const double cap = std::max(0.25 * blockMax, blockMax - (dualNetwork ? 2.0 : 1.0) * spreadKw / blockCount
                                                          - largestSpread);
        blocks.clear();
        secondaries.clear();
        std::vector<double> blockKw;
        for (std::size_t s = 0; s < segments.size(); ++s) {
            if (spreadGroup[s] >= 0)
                continue;
            const double kw = segments[s].kw;
            if (blocks.empty() || blockKw.back() + kw > cap + kPowerTolerance || blockKw.back() + kw / 2 > target + kPowerTolerance) {
                blocks.emplace_back();
                blockKw.push_back(0.0);
            }
            blocks.back().push_back(s);
            blockKw.back() += kw;
        }
        while (spread && static_cast<int>(blocks.size()) < blockCount)
            blocks.emplace_back(), blockKw.push_back(0.0);
        secondaries.assign(blocks.size(), {});
        // Each spread segment to the least-loaded block its group does not use yet.
        std::map<std::int64_t, std::set<std::size_t>> used;
        for (std::size_t s = 0; s < segments.size(); ++s) {
            if (spreadGroup[s] < 0)
                continue;
            std::set<std::size_t> &u = used[spreadGroup[s]];
            if (u.size() >= blocks.size())
                u.clear();
            std::size_t best = blocks.size();
            for (std::size_t b = 0; b < blocks.size(); ++b)
                if (!u.count(b) && (best == blocks.size() || blockKw[b] < blockKw[best] - kPowerTolerance))
                    best = b;
            blocks[best].push_back(s);
            blockKw[best] += segments[s].kw;
            u.insert(best);
            if (dualNetwork && blocks.size() > 1) {
                std::size_t second = blocks.size();
                for (std::size_t b = 0; b < blocks.size(); ++b)
                    if (b != best && (second == blocks.size() || blockKw[b] < blockKw[second] - kPowerTolerance))
                        second = b;
                secondaries[second].push_back(s);
                blockKw[second] += segments[s].kw;
            }
        }
        const bool withinRating = std::all_of(blockKw.begin(), blockKw.end(),
                                              [&](double kw) { return kw <= blockMax + kPowerTolerance; });
        if (withinRating || blockCount > static_cast<int>(segments.size()))
            break;
        ++blockCount;
    }
    for (std::size_t b = blocks.size(); b-- > 0;)
        if (blocks[b].empty() && secondaries[b].empty()) {
            blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(b));
            secondaries.erase(secondaries.begin() + static_cast<std::ptrdiff_t>(b));
        }

    std::vector<Equipment> chain;       // switchgear, transformers, UPS and batteries, in placement order
    std::vector<ItemSize> chainSizes;
    auto addEquipment = [&](EquipmentKind kind, const PowerSpec &spec, std::string name, std::string feed,
                            EquipmentId upstream) {
        Equipment e;
        e.id = EquipmentId(nextEquipment++);
        e.catalogId = spec.id;
        e.kind = kind;
        e.name = std::move(name);
        e.feed = std::move(feed);
        e.upstream = upstream;
        chain.push_back(e);
        chainSizes.push_back(footprintOf(spec));
        return e.id;
    };
    std::vector<Equipment> busways;
    double upsEffSum = 0.0, txEffSum = 0.0;
    int effCount = 0;
    PowerSynthesisStats st;
    std::vector<char> dualFed(segments.size(), 0);
    for (const auto &v : secondaries)
        for (std::size_t s : v)
            dualFed[s] = 1;
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        double kw = 0.0;
        for (std::size_t s : blocks[b])
            kw += segments[s].kw;
        for (std::size_t s : secondaries[b])
            kw += segments[s].kw;
        const auto [upsSpec, modules] = chooseUnits(upsItems, kw, usableModules, true);
        const double upsInput = kw / upsSpec->efficiency;
        const PowerSpec *txSpec = chooseUnits(txItems, upsInput, 1, true).first;
        upsEffSum += upsSpec->efficiency;
        txEffSum += txSpec->efficiency;
        ++effCount;
        const std::vector<std::string> sides =
            red == Redundancy::TwoN ? std::vector<std::string>{"A", "B"} : std::vector<std::string>{""};
        for (const std::string &side : sides) {
            const std::string tag = fmt::format("{:02}{}", b + 1, side);
            const EquipmentId feeder = mvPanel ? addEquipment(EquipmentKind::Switchgear, *mvPanel, "MV-TX-" + tag,
                                                              side, EquipmentId())
                                               : EquipmentId();
            const EquipmentId tx = addEquipment(EquipmentKind::Transformer, *txSpec, "TX-" + tag, side, feeder);
            if (lvBoard)
                addEquipment(EquipmentKind::Switchgear, *lvBoard, "LV-" + tag, side, tx);
            st.switchgearPanels += (mvPanel ? 1 : 0) + (lvBoard ? 1 : 0);
            EquipmentId firstUps;
            for (int m = 1; m <= modules + spare; ++m) {
                const EquipmentId id =
                    addEquipment(EquipmentKind::Ups, *upsSpec, fmt::format("UPS-{}-{}", tag, m), side, tx);
                if (m == 1)
                    firstUps = id;
            }
            if (battery) {
                // Autonomy at the system's rating: kWh = kW × minutes / 60.
                const double kwh = nameplateKw(*upsSpec) * (modules + spare) * rules.batteryMinutes / 60.0;
                const int cabinets = std::max(1, static_cast<int>(std::ceil(kwh / battery->energyKwh - kPowerTolerance)));
                for (int k = 1; k <= cabinets; ++k)
                    addEquipment(EquipmentKind::Battery, *battery, fmt::format("BAT-{}-{}", tag, k), side, firstUps);
                st.batteryCabinets += cabinets;
            }
            st.upsModules += modules + spare;
            ++st.transformers;
            ++st.blocks;
            std::vector<std::pair<std::size_t, bool>> fed; // (segment, fed here only on its B side)
            for (std::size_t s : blocks[b])
                fed.emplace_back(s, false);
            for (std::size_t s : secondaries[b])
                fed.emplace_back(s, true);
            for (const auto &[s, onlyB] : fed) {
                Segment &seg = segments[s];
                const bool dual = dualFed[s] != 0;
                for (const char *feed : {"A", "B"}) {
                    if (!side.empty() && side != feed)
                        continue;
                    if ((onlyB && feed[0] == 'A') || (!onlyB && dual && feed[0] == 'B'))
                        continue;
                    Equipment e;
                    e.id = EquipmentId(nextEquipment++);
                    e.zone = seg.zone;
                    e.catalogId = seg.spec->id;
                    e.kind = useRpp ? EquipmentKind::Rpp : EquipmentKind::Busway;
                    e.name = seg.name + "-" + feed;
                    e.footprint = feed[0] == 'A' ? seg.stripA : seg.stripB;
                    e.feed = feed;
                    e.upstream = firstUps;
                    (feed[0] == 'A' ? seg.buswayA : seg.buswayB) = e.id;
                    busways.push_back(e);
                }
            }
        }
    }
    for (const Segment &seg : segments)
        for (std::size_t i : seg.racks)
            for (std::size_t p : rackPdus[i])
                newPdus[p].powerFeed = newPdus[p].role == "A" ? seg.buswayA : seg.buswayB;

    // 10 kV switchboard: two utility incomers and one incomer per generator bus.
    const double facilityKw = facilityEstimateKw(itKw, liquidKw, effCount ? upsEffSum / effCount : 1.0,
                                                 effCount ? txEffSum / effCount : 1.0, brief);
    const GeneratorPlan gp = planGenerators(genItems, facilityKw, red, rules);
    if (mvPanel) {
        for (int i = 1; i <= 2; ++i)
            addEquipment(EquipmentKind::Switchgear, *mvPanel, fmt::format("MV-IN-{}", i), "", EquipmentId());
        for (std::size_t bus = 0; bus < gp.setsPerBus.size(); ++bus)
            addEquipment(EquipmentKind::Switchgear, *mvPanel, fmt::format("MV-GEN-{}", bus + 1), "", EquipmentId());
        st.switchgearPanels += 2 + static_cast<int>(gp.setsPerBus.size());
    }

    // Line-ups in the power rooms, clear of whatever already stands there.
    std::vector<Rect> occupied = occupiedFootprints(d);
    const auto placed = packItems(powerRooms, chainSizes, occupied, rules.packing);
    if (placed.size() < chain.size()) {
        double area = 0.0;
        for (const ItemSize &s : chainSizes)
            area += s.widthM * s.depthM;
        throw PowerRoomTooSmall(fmt::format("power: {} transformers, UPS modules and generators ({:.0f} m² of "
                                            "equipment) do not fit the power zone(s) {}; only {} do",
                                            chain.size(), area, roomNames, placed.size()),
                                area);
    }
    for (std::size_t i = 0; i < chain.size(); ++i) {
        chain[i].footprint = placed[i].footprint;
        chain[i].zone = powerRoomIds[placed[i].area];
    }

    // Generator sets and their bus switchgear in the outdoor yard.
    std::vector<Equipment> yardItems;
    std::vector<ItemSize> yardSizes;
    int genNumber = 0;
    for (std::size_t bus = 0; bus < gp.setsPerBus.size(); ++bus) {
        EquipmentId busPanel;
        auto add = [&](EquipmentKind kind, const PowerSpec &spec, std::string name, EquipmentId upstream) {
            Equipment e;
            e.id = EquipmentId(nextEquipment++);
            e.catalogId = spec.id;
            e.kind = kind;
            e.name = std::move(name);
            e.upstream = upstream;
            yardItems.push_back(e);
            yardSizes.push_back(footprintOf(spec));
            return e.id;
        };
        if (mvPanel) {
            busPanel = add(EquipmentKind::Switchgear, *mvPanel, fmt::format("GB-{}-OUT", bus + 1), EquipmentId());
            ++st.switchgearPanels;
        }
        for (int g = 0; g < gp.setsPerBus[bus]; ++g) {
            if (mvPanel) {
                add(EquipmentKind::Switchgear, *mvPanel, fmt::format("GB-{}-G{:02}", bus + 1, g + 1), busPanel);
                ++st.switchgearPanels;
            }
            // Without bus switchgear, sets of a bus still name a common upstream: the first set.
            const EquipmentId id = add(EquipmentKind::Generator, *gp.spec, fmt::format("GEN-{}-{:02}", bus + 1, g + 1),
                                       busPanel);
            if (!mvPanel && g == 0)
                busPanel = id;
            ++genNumber;
        }
    }
    placeInYard(d, kGeneratorYard, Side::South, yardItems, yardSizes, rules.yardPacking);

    d.devices.insert(d.devices.end(), newPdus.begin(), newPdus.end());
    d.equipment.insert(d.equipment.end(), busways.begin(), busways.end());
    d.equipment.insert(d.equipment.end(), chain.begin(), chain.end());
    d.equipment.insert(d.equipment.end(), yardItems.begin(), yardItems.end());
    std::sort(d.devices.begin(), d.devices.end(), [](const Device &a, const Device &b) { return a.id < b.id; });
    std::sort(d.equipment.begin(), d.equipment.end(), [](const Equipment &a, const Equipment &b) { return a.id < b.id; });

    st.pdus = static_cast<int>(newPdus.size());
    st.busways = static_cast<int>(busways.size());
    st.generators = genNumber;
    st.generatorBuses = static_cast<int>(gp.setsPerBus.size());
    if (stats)
        *stats = st;
}

} // namespace hallwright
