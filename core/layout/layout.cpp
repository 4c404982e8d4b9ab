// Layout generation: from a brief to racks in rows, rooms, zones and tray routes.
#include "layout/layout.h"

#include "catalog/catalog.h"
#include "network/fabric_inputs.h"
#include "network/fabric_inputs.h"
#include "network/fabric_plan.h"
#include "network/rack_needs.h"
#include "cooling/cooling_analysis.h"
#include "cooling/facing_wall.h"
#include "power/placement.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace hallwright {

namespace {

/// One rack position in a row before it is placed on the floor.
struct Slot
{
    RackRole role = RackRole::Compute;
    int su = -1;
    int nodes = 0; ///< compute nodes in this rack
};

using RowPlan = std::vector<Slot>;

/// Everything the geometry needs, resolved once from brief and catalog.
struct Inputs
{
    const NodeSpec *node = nullptr;
    const RackSpec *computeRack = nullptr;
    const RackSpec *networkRack = nullptr;
    CoolingMode cooling = CoolingMode::Air;
    double rackLimitKw = 0.0;
    int nodesPerRack = 0;
    long long nodes = 0;
    network::FabricPlan plan;
    int networkRacksPerSu = 0;
    int centralRacks = 0;
    double itKwEstimate = 0.0;
    double airHeatKw = 0.0;       ///< estimated heat to air (with a margin for losses)
    double liquidHeatKw = 0.0;
    const CoolingSpec *airUnit = nullptr;
    const CoolingSpec *cdu = nullptr;
};

/// Footprint width (along the row) of a rack slot.
double slotWidth(const Inputs &in, const Slot &s)
{
    return s.role == RackRole::Compute ? in.computeRack->widthM : in.networkRack->widthM;
}

double rowLength(const Inputs &in, const RowPlan &row)
{
    double len = 0.0;
    for (const Slot &s : row)
        len += slotWidth(in, s);
    return len;
}

/// The racks of one SU in order: half the compute racks, the SU's network
/// racks in the middle (shortest cable runs), then the other half.
std::vector<Slot> suSlots(const Inputs &in, int su, long long suNodes)
{
    const int computeRacks = static_cast<int>((suNodes + in.nodesPerRack - 1) / in.nodesPerRack);
    std::vector<Slot> slots;
    long long remaining = suNodes;
    auto addCompute = [&](int count) {
        for (int i = 0; i < count; ++i) {
            const int n = static_cast<int>(std::min<long long>(in.nodesPerRack, remaining));
            remaining -= n;
            slots.push_back({RackRole::Compute, su, n});
        }
    };
    addCompute(computeRacks / 2);
    for (int i = 0; i < in.networkRacksPerSu; ++i)
        slots.push_back({RackRole::Leaf, su, 0});
    addCompute(computeRacks - computeRacks / 2);
    return slots;
}

/// Rows of at most maxSlots racks: whole SUs packed into rows when an SU fits,
/// else each SU split over consecutive rows. Central network rows go in the middle.
std::vector<RowPlan> planRows(const Inputs &in, int maxSlots)
{
    std::vector<RowPlan> rows;
    RowPlan current;
    for (int su = 0; su < in.plan.sus; ++su) {
        const long long suNodes = su + 1 == in.plan.sus ? in.plan.lastSuNodes : in.plan.nodesPerSu;
        std::vector<Slot> slots = suSlots(in, su, suNodes);
        const int n = static_cast<int>(slots.size());
        if (n <= maxSlots) {
            if (static_cast<int>(current.size()) + n > maxSlots) {
                rows.push_back(std::move(current));
                current.clear();
            }
            current.insert(current.end(), slots.begin(), slots.end());
        } else {
            if (!current.empty()) {
                rows.push_back(std::move(current));
                current.clear();
            }
            const int parts = (n + maxSlots - 1) / maxSlots;
            for (int p = 0; p < parts; ++p) {
                const int begin = p * n / parts, end = (p + 1) * n / parts;
                rows.emplace_back(slots.begin() + begin, slots.begin() + end);
            }
        }
    }
    if (!current.empty())
        rows.push_back(std::move(current));

    std::vector<RowPlan> central;
    for (int left = in.centralRacks; left > 0;) {
        const int n = std::min(left, maxSlots);
        central.emplace_back(static_cast<std::size_t>(n), Slot{RackRole::Spine, -1, 0});
        left -= n;
    }
    rows.insert(rows.begin() + static_cast<std::ptrdiff_t>(rows.size() / 2), central.begin(), central.end());
    return rows;
}

/// A candidate arrangement: rows split evenly over side-by-side columns.
struct Arrangement
{
    std::vector<RowPlan> rows;
    int columns = 1;
    int rowsPerColumn = 0;
    std::vector<double> columnWidths;
    double whiteWidth = 0.0;  ///< rack area incl. perimeter and cross aisles
    double galleryWidth = 0.0;///< each of the east and west cooling galleries
    double northGallery = 0.0;///< depth of the north cooling gallery, 0 without one
    double southGallery = 0.0;///< depth of the south cooling gallery (north of the electrical room), 0 without one
    double clearM = 0.0;      ///< clear floor between the racks and the white space's walls
    int slots = 0;            ///< racks per row the rows were planned with
    bool coolingDeliverable = true;
    double rowsDepth = 0.0;   ///< rack rows incl. aisles, without perimeter
    double hallWidth = 0.0;
    double hallDepth = 0.0;
    double powerRoomDepth = 0.0;
};

/// Depth of `count` stacked rows of depth d with alternating cold and hot aisles.
double stackDepth(int count, double d, const LayoutRules &rules)
{
    double depth = 0.0;
    for (int j = 0; j < count; ++j) {
        depth += d;
        if (j + 1 < count)
            depth += j % 2 == 0 ? rules.coldAisleM : rules.hotAisleM;
    }
    return depth;
}

/// The cooling galleries of an arrangement. Air units stand one deep against
/// the wall each gallery shares with the white space (only they move air into
/// it, docs/engineering-reference.md §4): east and west galleries as long as the white space is
/// deep, then a north gallery as long as it is wide, then a south one (between
/// the white space and the electrical room) when the walls are still too short.
/// CDUs need no opening and stand behind the air units.
struct Galleries
{
    double sideWidth = 0.0;   ///< each of the east and west galleries
    double northDepth = 0.0;  ///< 0 without a north gallery
    double southDepth = 0.0;  ///< 0 without a south gallery
    bool deliverable = true;  ///< the walls hold the air units N+1 at a face velocity within the limit
};

/// Shares of a W × D white space nearest to each gallery wall: west and east
/// (each, `side`), north and south when the gallery exists. The heat of a rack
/// goes to the nearest gallery (cooling analysis), so with heat spread evenly a
/// gallery takes about the share of floor nearest to it.
struct NearestShares
{
    double side = 0.0, north = 0.0, south = 0.0;
};

/// Closed form: an end wall (north, or south) owns the points of its half h of
/// the depth (h = D with one end wall, D / 2 with two) nearer to it than to
/// either side wall, under the tent min(x, W − x) of height W / 2:
/// ∫₀ᵂ min(x, W − x, h) dx = W² / 4 when h ≥ W / 2, else W·h − h².
NearestShares nearestShares(double w, double d, bool north, bool south)
{
    const int ends = (north ? 1 : 0) + (south ? 1 : 0);
    if (w <= 0.0 || d <= 0.0)
        return {};
    const double h = ends == 2 ? d / 2 : d;
    const double endArea = ends == 0 ? 0.0 : h >= w / 2 ? w * w / 4 : w * h - h * h;
    const double endShare = endArea / (w * d);
    return {(1.0 - ends * endShare) / 2, north ? endShare : 0.0, south ? endShare : 0.0};
}

Galleries planGalleries(const Inputs &in, const LayoutRules &rules, double sideLength, double northLength)
{
    const PackingRules packing;
    Galleries g;
    const CoolingSpec *air = in.airHeatKw > 0 ? in.airUnit : nullptr;
    const double airDepth = air ? air->depthM : 0.0;
    auto slots = [&](double length) {
        return air ? unitsAlongWall(length, air->widthM, packing.marginM, packing.gapM) : 0;
    };
    const int units = air ? static_cast<int>(std::ceil(in.airHeatKw / air->capacityKw - 1e-9)) : 0;
    // Supply air over the openings: Q = P / (ρ · cp · ΔT), face velocity = Q / (L · H).
    const CoolingRules cr;
    const double airflow = in.airHeatKw * 1000.0 / (cr.airDensity * cr.airCp * cr.airDeltaTK);
    auto velocityOk = [&](double share, double length) {
        return airflow * share / (length * cr.openingHeightM) <= cr.faceVelocityWarnMs;
    };
    // Heat goes to the nearest gallery, so one side can take more than its share:
    // east and west alone carry 60 % each; with a north gallery each wall
    // carries 1.2 × its share of the wall length.
    const bool twoWalls = !air
                          || (static_cast<int>(std::ceil(0.6 * units - 1e-9)) + 1 <= slots(sideLength)
                              && velocityOk(0.6, sideLength));
    bool threeWalls = false, fourWalls = false;
    if (!twoWalls) {
        auto fitsWith = [&](int endWalls) {
            const double total = 2 * sideLength + endWalls * northLength;
            auto fits = [&](double length) {
                const double share = std::min(1.0, 1.2 * length / total);
                return static_cast<int>(std::ceil(units * share - 1e-9)) + 1 <= slots(length)
                       && velocityOk(share, length);
            };
            return fits(sideLength) && fits(northLength);
        };
        threeWalls = fitsWith(1);
        fourWalls = !threeWalls && fitsWith(2);
        g.deliverable = threeWalls || fourWalls;
    }
    // CDU line-ups behind the air units, in every gallery the liquid heat goes
    // to: each takes the share of the white space nearest to it (heat spread
    // evenly), with 20 % to spare for uneven rows, N+1.
    const bool north = !twoWalls, south = !twoWalls && !threeWalls;
    const NearestShares shares = nearestShares(northLength, sideLength, north, south);
    const double cduDepth = in.cdu ? in.cdu->depthM : 0.0;
    auto cduLines = [&](double share, double length) {
        if (!in.cdu || in.liquidHeatKw <= 0 || share <= 0)
            return 0.0;
        const double usable = length - 2 * packing.marginM;
        const double heat = in.liquidHeatKw * std::min(1.0, 1.2 * share);
        const int n = static_cast<int>(std::ceil(heat / in.cdu->capacityKw - 1e-9)) + 1;
        return usable > 0 ? std::ceil(n * (in.cdu->widthM + packing.gapM) / usable - 1e-9) : 1.0;
    };
    auto width = [&](double airD, double lines) {
        double w = 2 * packing.marginM + (airD > 0 ? airD - packing.marginM : 0.0); // air units flush with the opening
        if (lines > 0)
            w += (airD > 0 ? packing.aisleM : 0.0) + lines * cduDepth + (lines - 1) * packing.aisleM;
        return std::max(rules.coolingGalleryM, std::ceil(w * 10.0) / 10.0);
    };
    g.sideWidth = width(airDepth, cduLines(shares.side, sideLength));
    if (north)
        g.northDepth = width(airDepth, cduLines(shares.north, northLength));
    if (south)
        g.southDepth = width(airDepth, cduLines(shares.south, northLength));
    return g;
}

/// The cooling unit of a kind with the most capacity per metre of line-up.
const CoolingSpec *densestUnit(const Catalog &catalog, bool air)
{
    const CoolingSpec *best = nullptr;
    for (const auto &[id, spec] : catalog.coolingItems()) {
        const bool isAir = spec.kind == CoolingKind::Crah || spec.kind == CoolingKind::FanWall;
        if ((air ? !isAir : spec.kind != CoolingKind::Cdu) || spec.capacityKw <= 0 || spec.widthM <= 0)
            continue;
        if (!best || spec.capacityKw / spec.widthM > best->capacityKw / best->widthM)
            best = &spec;
    }
    return best;
}

/// extraClearM widens the clear floor along the white space's walls (racks
/// unchanged), lengthening the walls the cooling galleries open onto.
/// The planned rows split into columns: each column as wide as its longest row.
struct ColumnSplit
{
    int columns = 1;
    int rowsPerColumn = 0;
    std::vector<double> widths;
    double total = 0.0;
};

/// rowLengths: rowLength() of each planned row, worked out once per row plan.
ColumnSplit splitColumns(const std::vector<double> &rowLengths, int columns)
{
    ColumnSplit c;
    c.columns = columns;
    c.rowsPerColumn = static_cast<int>((rowLengths.size() + columns - 1) / columns);
    c.widths.assign(columns, 0.0);
    for (std::size_t r = 0; r < rowLengths.size(); ++r) {
        const int k = static_cast<int>(r) / c.rowsPerColumn;
        c.widths[k] = std::max(c.widths[k], rowLengths[r]);
    }
    for (double w : c.widths)
        c.total += w;
    return c;
}

Arrangement arrange(const Inputs &in, const LayoutRules &rules, const ColumnSplit &split, double extraClearM = 0.0)
{
    Arrangement a;
    a.clearM = rules.perimeterM + extraClearM;
    const int columns = split.columns;
    a.columns = columns;
    a.rowsPerColumn = split.rowsPerColumn;
    a.columnWidths = split.widths;
    const double cols = split.total;
    const double rackDepth = std::max(in.computeRack->depthM, in.networkRack->depthM);
    a.whiteWidth = 2 * a.clearM + cols + (columns - 1) * rules.crossAisleM;
    a.rowsDepth = stackDepth(a.rowsPerColumn, rackDepth, rules);
    const Galleries galleries = planGalleries(in, rules, a.rowsDepth + 2 * a.clearM, a.whiteWidth);
    a.galleryWidth = galleries.sideWidth;
    a.northGallery = galleries.northDepth;
    a.southGallery = galleries.southDepth;
    a.coolingDeliverable = galleries.deliverable;
    a.hallWidth = a.whiteWidth + 2 * a.galleryWidth;
    const double powerArea = std::max(in.itKwEstimate / 1000.0 * rules.powerRoomM2PerMw, rules.minPowerRoomAreaM2);
    a.powerRoomDepth = std::max(rules.minPowerRoomDepthM, std::ceil(powerArea / a.hallWidth * 10.0) / 10.0);
    a.hallDepth = a.powerRoomDepth + 2 * a.clearM + a.rowsDepth + a.northGallery + a.southGallery;
    return a; // rows are attached to the chosen arrangement only (chooseArrangement)
}

Inputs resolveInputs(const Brief &brief, const Catalog &catalog, const LayoutRules &rules)
{
    Inputs in;
    in.node = catalog.node(brief.compute.platform);
    if (!in.node)
        throw LayoutError(
            phrase(QT_TRANSLATE_NOOP("Finding", "compute.platform: unknown platform '%1'"), brief.compute.platform));
    const NodeSpec &node = *in.node;
    in.computeRack = catalog.rack(rules.computeRackId);
    in.networkRack = catalog.rack(rules.networkRackId);
    if (!in.computeRack || !in.networkRack)
        throw LayoutError(phrase(QT_TRANSLATE_NOOP("Finding", "catalog: rack types '%1' and '%2' are needed for the layout"),
                                 rules.computeRackId, rules.networkRackId));
    if (node.acceleratorsPerNode <= 0 || node.maxKw <= 0 || node.uHeight <= 0)
        throw LayoutError(
            phrase(QT_TRANSLATE_NOOP("Finding", "catalog: node '%1' lacks accelerators, power or height"), node.id));

    in.cooling = resolveCooling(brief, catalog);
    if (in.cooling == CoolingMode::Air && node.cooling == CoolingType::Liquid)
        throw LayoutError(
            phrase(QT_TRANSLATE_NOOP("Finding", "cooling.mode: %1 is liquid-cooled and cannot be air-cooled"),
                   node.id));
    in.rackLimitKw = in.cooling == CoolingMode::Air ? rules.airRackLimitKw : rules.liquidRackLimitKw;

    if (node.rackScale) {
        if (brief.compute.nodesPerRack && *brief.compute.nodesPerRack != 1)
            throw LayoutError(phrase(QT_TRANSLATE_NOOP("Finding", "compute.nodes_per_rack: %1 is a rack-scale system, one per rack, got %2"),
                                     node.id, *brief.compute.nodesPerRack));
        if (node.maxKw > in.rackLimitKw)
            throw LayoutError(phrase(QT_TRANSLATE_NOOP("Finding", "compute.platform: %1 draws %2 kW, above the %3 kW rack limit"),
                                     node.id, number(node.maxKw, 1), number(in.rackLimitKw, 0)));
        in.nodesPerRack = 1;
    } else {
        const int usableU = in.computeRack->heightU - rules.reservedUPerRack;
        const int byU = usableU / node.uHeight;
        const int byPower = static_cast<int>(std::floor(in.rackLimitKw / node.maxKw + 1e-9));
        if (brief.compute.nodesPerRack) {
            const int n = *brief.compute.nodesPerRack;
            if (n > byU)
                throw LayoutError(phrase(QT_TRANSLATE_NOOP("Finding", "compute.nodes_per_rack: %1 × %2U does not fit %3U of usable rack space"),
                                         n, node.uHeight, usableU));
            if (n * node.maxKw > in.rackLimitKw + 1e-9)
                throw LayoutError(phrase(
                    in.cooling == CoolingMode::Air
                        ? QT_TRANSLATE_NOOP("Finding", "compute.nodes_per_rack: %1 × %2 kW = %3 kW exceeds the %4 kW air-cooled rack limit")
                        : QT_TRANSLATE_NOOP("Finding", "compute.nodes_per_rack: %1 × %2 kW = %3 kW exceeds the %4 kW liquid-cooled rack limit"),
                    n, number(node.maxKw, 1), number(n * node.maxKw, 1), number(in.rackLimitKw, 0)));
            in.nodesPerRack = n;
        } else {
            in.nodesPerRack = std::min(byU, byPower);
            if (in.nodesPerRack < 1)
                throw LayoutError(phrase(QT_TRANSLATE_NOOP("Finding", "compute.platform: one %1 (%2 kW, %3U) exceeds the %4 kW rack limit"),
                                         node.id, number(node.maxKw, 1), node.uHeight, number(in.rackLimitKw, 0)));
        }
    }

    in.plan = network::planFabric(network::fabricInputsFor(brief, catalog));
    in.nodes = (brief.compute.accelerators + node.acceleratorsPerNode - 1) / node.acceleratorsPerNode;

    // Network racks: sized by the same packing rule the network synthesis places
    // switches and patch panels with (rack units and the network rack power limit).
    const network::NetworkRackNeeds needs =
        network::networkRackNeeds(in.plan, network::switchIdsFor(brief, catalog), catalog, *in.networkRack,
                                  rules.networkRackLimitKw, rules.reservedUPerRack);
    in.networkRacksPerSu = needs.racksPerSu;
    in.centralRacks = needs.centralRacks;
    in.itKwEstimate = in.nodes * node.maxKw + needs.kwPerSu * in.plan.sus + needs.centralKw;
    // Heat by medium, with 10 % for the power chain's losses released in the hall.
    const double nodeLiquid = node.cooling == CoolingType::Liquid ? node.liquidFraction : 0.0;
    in.liquidHeatKw = 1.1 * in.nodes * node.maxKw * nodeLiquid;
    in.airHeatKw = 1.1 * in.itKwEstimate - in.liquidHeatKw;
    in.airUnit = densestUnit(catalog, true);
    in.cdu = in.liquidHeatKw > 0 ? densestUnit(catalog, false) : nullptr;
    return in;
}

/// Chooses the smallest arrangement that fits the brief's hall (or, when the
/// hall is left open, the smallest within the aspect-ratio limit).
Arrangement chooseArrangement(const Inputs &in, const Brief &brief, const LayoutRules &rules, int totalSlots)
{
    const std::optional<double> width = brief.hall.widthM, depth = brief.hall.depthM;
    const bool autoSize = !width && !depth;
    const int minSlots = std::max(1, std::min(rules.maxRacksPerRow, in.networkRacksPerSu + 2));
    std::optional<Arrangement> best, smallest, bestAnyCooling;
    auto area = [](const Arrangement &a) { return a.hallWidth * a.hallDepth; };
    for (int slots = minSlots; slots <= rules.maxRacksPerRow; ++slots) {
        const std::vector<RowPlan> rows = planRows(in, slots);
        std::vector<double> rowLengths;
        rowLengths.reserve(rows.size());
        for (const RowPlan &row : rows)
            rowLengths.push_back(rowLength(in, row));
        const int maxColumns = std::max(1, static_cast<int>(rows.size()));
        for (int columns = 1; columns <= std::min(maxColumns, 32); ++columns) {
            const ColumnSplit split = splitColumns(rowLengths, columns);
            Arrangement a = arrange(in, rules, split);
            a.slots = slots;
            // Walls too short for the air units: widen the clear floor around the
            // racks, a metre at a time, until they hold them (or give up at 20 m:
            // the cooling rules then say air cannot reach the room).
            for (double extra = 1.0; !a.coolingDeliverable && extra <= 20.0; extra += 1.0) {
                Arrangement wider = arrange(in, rules, split, extra);
                if (wider.coolingDeliverable) {
                    a = std::move(wider);
                    a.slots = slots;
                }
            }
            const double aspect = std::max(a.hallWidth, a.hallDepth) / std::min(a.hallWidth, a.hallDepth);
            if (aspect <= rules.maxAspect && (!smallest || area(a) < area(*smallest)))
                smallest = a;
            const bool fits = (!width || a.hallWidth <= *width + 1e-9) && (!depth || a.hallDepth <= *depth + 1e-9)
                              && (!autoSize || aspect <= rules.maxAspect);
            if (fits && (!bestAnyCooling || area(a) < area(*bestAnyCooling)))
                bestAnyCooling = a;
            // Prefer a shape whose gallery walls can deliver the air.
            if (fits && a.coolingDeliverable && (!best || area(a) < area(*best)))
                best = std::move(a);
        }
    }
    for (std::optional<Arrangement> *chosen : {&best, &bestAnyCooling}) {
        // bestAnyCooling: the cooling rules then say that air cannot reach the room.
        if (*chosen) {
            (*chosen)->rows = planRows(in, (*chosen)->slots);
            return **chosen;
        }
    }
    const std::string need = smallest ? fmt::format("{:.1f} × {:.1f} m", smallest->hallWidth, smallest->hallDepth)
                                      : std::string("more room");
    throw LayoutError(phrase(QT_TRANSLATE_NOOP("Finding", "hall: %1 × %2 m is too small for %3 racks; the layout needs at least %4 (leave hall.width_m and hall.depth_m null to size the hall automatically)"),
                             width ? fmt::format("{:.1f}", *width) : std::string("any"), depth ? fmt::format("{:.1f}", *depth) : std::string("any"), totalSlots, need));
}

std::string rowLetters(int index)
{
    std::string s;
    for (int i = index + 1; i > 0; i = (i - 1) / 26)
        s.insert(s.begin(), static_cast<char>('A' + (i - 1) % 26));
    return s;
}

/// Builds tray segments between consecutive points of a sorted line, merging
/// points closer than 1 mm so that segments share exact end points.
void addTrayLine(Design &d, const LayoutRules &rules, std::vector<double> positions, bool alongX, double fixed,
                 const char *kind)
{
    std::sort(positions.begin(), positions.end());
    positions.erase(std::unique(positions.begin(), positions.end(),
                                [](double a, double b) { return std::abs(a - b) < 1e-3; }),
                    positions.end());
    for (std::size_t i = 0; i + 1 < positions.size(); ++i) {
        TraySegment t;
        t.id = TrayId(static_cast<std::int64_t>(d.trays.size()) + 1);
        t.a = alongX ? Point2{positions[i], fixed} : Point2{fixed, positions[i]};
        t.b = alongX ? Point2{positions[i + 1], fixed} : Point2{fixed, positions[i + 1]};
        t.heightM = rules.trayHeightM;
        t.widthMm = rules.trayWidthMm;
        t.depthMm = rules.trayDepthMm;
        t.kind = kind;
        d.trays.push_back(t);
    }
}

} // namespace

CoolingMode resolveCooling(const Brief &brief, const Catalog &catalog)
{
    if (brief.cooling.mode != CoolingMode::Auto)
        return brief.cooling.mode;
    const NodeSpec *node = catalog.node(brief.compute.platform);
    return node && node->cooling == CoolingType::Liquid ? CoolingMode::Liquid : CoolingMode::Air;
}

Design generateLayout(const Brief &brief, const Catalog &catalog, const LayoutRules &rules, LayoutStats *stats)
{
    const Inputs in = resolveInputs(brief, catalog, rules);
    const int totalSlots = static_cast<int>(in.plan.sus) * in.networkRacksPerSu + in.centralRacks
                           + static_cast<int>((in.nodes + in.nodesPerRack - 1) / in.nodesPerRack);
    const Arrangement a = chooseArrangement(in, brief, rules, totalSlots);

    Design d;
    d.hall.name = brief.name;
    d.hall.widthM = brief.hall.widthM.value_or(a.hallWidth);
    d.hall.depthM = brief.hall.depthM.value_or(a.hallDepth);
    d.briefJson = toJson(brief);

    // Rooms: the electrical room along the south wall, cooling galleries along
    // the east and west walls, the white space between them.
    const double whiteY = a.powerRoomDepth + a.southGallery;
    const double northGallery = a.northGallery;
    const double whiteDepth = d.hall.depthM - whiteY - northGallery;
    auto addZone = [&](const char *name, ZoneKind kind, Rect area) {
        d.zones.push_back({ZoneId(static_cast<std::int64_t>(d.zones.size()) + 1), name, kind, area});
        return d.zones.back().id;
    };
    const double g = a.galleryWidth;
    const ZoneId computeZone = addZone("White space", ZoneKind::Compute, {g, whiteY, d.hall.widthM - 2 * g, whiteDepth});
    addZone("Electrical room", ZoneKind::Power, {0.0, 0.0, d.hall.widthM, a.powerRoomDepth});
    addZone("West cooling gallery", ZoneKind::Cooling, {0.0, whiteY, g, whiteDepth});
    addZone("East cooling gallery", ZoneKind::Cooling, {d.hall.widthM - g, whiteY, g, whiteDepth});
    if (northGallery > 0)
        addZone("North cooling gallery", ZoneKind::Cooling,
                {0.0, whiteY + whiteDepth, d.hall.widthM, northGallery});
    if (a.southGallery > 0)
        addZone("South cooling gallery", ZoneKind::Cooling, {0.0, a.powerRoomDepth, d.hall.widthM, a.southGallery});

    // Columns of rows, left to right; within a column rows alternate facing so
    // that fronts share a cold aisle and backs a hot aisle.
    // In a hall larger than the rows need (the brief fixed its size), the rows
    // stand in the middle of the white space, so that their heat reaches every
    // gallery rather than the nearest one only.
    const double spareX = std::max(0.0, d.hall.widthM - 2 * g - a.whiteWidth);
    const double spareY = std::max(0.0, whiteDepth - (a.rowsDepth + 2 * a.clearM));
    const double x0 = a.galleryWidth + a.clearM + spareX / 2;
    const double y0 = whiteY + a.clearM + spareY / 2;
    std::vector<double> columnX(a.columns + 1, x0);
    for (int c = 0; c < a.columns; ++c)
        columnX[c + 1] = columnX[c] + a.columnWidths[c] + rules.crossAisleM;
    std::vector<double> trunkX(a.columns + 1);
    trunkX[0] = x0 - rules.perimeterM / 2;
    for (int c = 1; c < a.columns; ++c)
        trunkX[c] = columnX[c] - rules.crossAisleM / 2;
    trunkX[a.columns] = columnX[a.columns - 1] + a.columnWidths[a.columns - 1] + rules.perimeterM / 2;
    const double backboneY = y0 + a.rowsDepth + rules.perimeterM / 2;
    std::vector<std::vector<double>> trunkPoints(a.columns + 1, std::vector<double>{backboneY});

    std::optional<ZoneId> networkZone;
    std::map<int, int> nodeCounter; // per SU, for node names
    const double rackDepth = std::max(in.computeRack->depthM, in.networkRack->depthM);
    for (std::size_t r = 0; r < a.rows.size(); ++r) {
        const RowPlan &plan = a.rows[r];
        const int column = static_cast<int>(r) / a.rowsPerColumn;
        const int j = static_cast<int>(r) % a.rowsPerColumn;
        const double y = y0 + stackDepth(j + 1, rackDepth, rules) - rackDepth;
        const bool central = !plan.empty() && plan.front().role == RackRole::Spine;
        if (central && !networkZone)
            networkZone = addZone("Central network row", ZoneKind::Network,
                                  {columnX[column], y, a.columnWidths[column], rackDepth});

        Row row;
        row.id = RowId(static_cast<std::int64_t>(d.rows.size()) + 1);
        row.zone = central ? *networkZone : computeZone;
        row.name = "Row " + rowLetters(static_cast<int>(r));
        row.facing = j % 2 == 0 ? Facing::North : Facing::South;
        row.area = {columnX[column], y, rowLength(in, plan), rackDepth};
        d.rows.push_back(row);

        std::vector<double> trayXs{trunkX[column], trunkX[column + 1]};
        const double trayY = y + rackDepth / 2;
        double x = columnX[column];
        for (std::size_t k = 0; k < plan.size(); ++k) {
            const Slot &slot = plan[k];
            const RackSpec &spec = slot.role == RackRole::Compute ? *in.computeRack : *in.networkRack;
            Rack rack;
            rack.id = RackId(static_cast<std::int64_t>(d.racks.size()) + 1);
            rack.row = row.id;
            rack.name = fmt::format("{}{:02}", rowLetters(static_cast<int>(r)), k + 1);
            rack.role = slot.role;
            rack.footprint = {x, trayY - spec.depthM / 2, spec.widthM, spec.depthM};
            rack.facing = row.facing;
            rack.heightU = spec.heightU;
            rack.powerLimitKw = slot.role == RackRole::Compute ? in.rackLimitKw : rules.networkRackLimitKw;
            rack.coolingLimitKw = rack.powerLimitKw;
            rack.weightLimitKg = spec.staticLoadKg;
            rack.su = slot.su;
            d.racks.push_back(rack);
            trayXs.push_back(rack.footprint.center().x);
            x += spec.widthM;

            for (int n = 0; n < slot.nodes; ++n) {
                Device dev;
                dev.id = DeviceId(static_cast<std::int64_t>(d.devices.size()) + 1);
                dev.rack = rack.id;
                dev.catalogId = in.node->id;
                dev.kind = DeviceKind::ComputeNode;
                dev.name = fmt::format("SU{:02}-N{:03}", slot.su + 1, ++nodeCounter[slot.su]);
                dev.uHeight = in.node->rackScale ? rack.heightU : in.node->uHeight;
                dev.uPosition = 1 + n * dev.uHeight;
                dev.su = slot.su;
                d.devices.push_back(dev);
            }
        }
        addTrayLine(d, rules, trayXs, true, trayY, "row");
        trunkPoints[column].push_back(trayY);
        trunkPoints[column + 1].push_back(trayY);
    }
    for (int c = 0; c <= a.columns; ++c)
        addTrayLine(d, rules, trunkPoints[c], false, trunkX[c], "trunk");
    addTrayLine(d, rules, trunkX, true, backboneY, "trunk");

    if (stats) {
        stats->accelerators = brief.compute.accelerators;
        stats->nodes = in.nodes;
        stats->nodesPerRack = in.nodesPerRack;
        stats->sus = in.plan.sus;
        stats->computeRacks = static_cast<int>(std::count_if(d.racks.begin(), d.racks.end(),
                                                             [](const Rack &k) { return k.role == RackRole::Compute; }));
        stats->networkRacks = in.plan.sus * in.networkRacksPerSu;
        stats->centralRacks = in.centralRacks;
        stats->rows = static_cast<int>(d.rows.size());
        stats->rackLimitKw = in.rackLimitKw;
        stats->cooling = in.cooling;
    }
    return d;
}

} // namespace hallwright
