// Geometric and rack-level design rules, computed on the design as it stands.
#include "layout/layout_checks.h"

#include "catalog/catalog.h"
#include "power/power_math.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace hallwright {

namespace {

/// Buckets rack indices by the grid cells their footprints touch, so that
/// neighbour queries stay near-linear at 100,000 accelerators.
class RackGrid
{
public:
    RackGrid(const std::vector<Rack> &racks, double cell) : m_racks(racks), m_cell(cell)
    {
        for (std::size_t i = 0; i < racks.size(); ++i)
            if (!forCells(racks[i].footprint, [&](long long key) { m_cells[key].push_back(i); }))
                m_oversized.push_back(i);
    }

    /// Calls f(index) once for every rack whose cells meet the area.
    template <typename F>
    void query(const Rect &area, std::size_t self, F &&f) const
    {
        std::vector<std::size_t> seen;
        auto visit = [&](std::size_t i) {
            if (i != self && std::find(seen.begin(), seen.end(), i) == seen.end()) {
                seen.push_back(i);
                f(i);
            }
        };
        const bool bounded = forCells(area, [&](long long key) {
            auto it = m_cells.find(key);
            if (it == m_cells.end())
                return;
            for (std::size_t i : it->second)
                visit(i);
        });
        // An area of absurd size meets everything: every rack, once, without a cell walk.
        if (!bounded) {
            for (std::size_t i = 0; i < m_racks.size(); ++i)
                if (i != self)
                    f(i);
            return;
        }
        for (std::size_t i : m_oversized)
            visit(i);
    }

private:
    // Calls f(key) for each cell the rectangle touches and returns true, or
    // returns false without calling f when it touches more than kMaxCells (or
    // is not finite): such a rack is kept aside and checked against all.
    template <typename F>
    bool forCells(const Rect &r, F &&f) const
    {
        constexpr double kMaxCells = 4096.0;
        const double fx0 = std::floor(r.x / m_cell), fx1 = std::floor(r.right() / m_cell);
        const double fy0 = std::floor(r.y / m_cell), fy1 = std::floor(r.top() / m_cell);
        if (!std::isfinite(fx0) || !std::isfinite(fx1) || !std::isfinite(fy0) || !std::isfinite(fy1)
            || (fx1 - fx0 + 1.0) * (fy1 - fy0 + 1.0) > kMaxCells || std::abs(fx0) > 1e12 || std::abs(fy0) > 1e12)
            return false;
        const auto x0 = static_cast<long long>(fx0), x1 = static_cast<long long>(fx1);
        const auto y0 = static_cast<long long>(fy0), y1 = static_cast<long long>(fy1);
        for (long long x = x0; x <= x1; ++x)
            for (long long y = y0; y <= y1; ++y)
                f(x * 1'000'003LL + y);
        return true;
    }

    const std::vector<Rack> &m_racks;
    double m_cell;
    std::unordered_map<long long, std::vector<std::size_t>> m_cells;
    std::vector<std::size_t> m_oversized;
};

bool xOverlap(const Rect &a, const Rect &b)
{
    return a.x < b.right() - 1e-9 && b.x < a.right() - 1e-9;
}

} // namespace

double deviceMaxKw(const Device &device, const Catalog &catalog)
{
    // One rule for a device's draw, shared with the power engine.
    return deviceLoadKw(device, catalog).value_or(0.0);
}

namespace {

/// Placement rules of rack i: inside the hall, off obstacles, no overlap (with
/// racks after it only, or with every rack), clearance in front and behind.
void checkPlacement(const Design &design, const RackGrid &grid, std::size_t i, bool everyOverlap,
                    const LayoutRules &rules, CheckList &out)
{
    const Rect hall = design.hall.bounds();
    const double minFront = std::min(rules.coldAisleM, rules.hotAisleM);
    const Rack &r = design.racks[i];
    if (!hall.contains(r.footprint))
        out.push_back(finding(Severity::Error, "rack-outside-hall",
                              phrase(QT_TRANSLATE_NOOP("Finding", "rack %1 lies outside the hall (%2 × %3 m)"), r.name,
                                     number(hall.width, 1), number(hall.depth, 1)),
                              r.name));
    for (const Obstacle &o : design.hall.obstacles)
        if (o.area.overlaps(r.footprint))
            out.push_back(finding(Severity::Error, "rack-on-obstacle",
                                  phrase(QT_TRANSLATE_NOOP("Finding", "rack %1 stands on %2"), r.name, o.name),
                                  r.name));

    // Overlaps and clearance in front of and behind the rack.
    // A little past the widest aisle, so that the rack across an aisle of exactly that width is seen.
    const double reach = std::max(rules.coldAisleM, rules.hotAisleM) + 0.05;
    const Rect around{r.footprint.x, r.footprint.y - reach, r.footprint.width, r.footprint.depth + 2 * reach};
    double frontGap = reach, backGap = reach;
    const Rack *frontRack = nullptr;
    grid.query(around, i, [&](std::size_t j) {
        const Rack &o = design.racks[j];
        if (r.footprint.overlaps(o.footprint)) {
            if (everyOverlap || j > i)
                out.push_back(finding(Severity::Error, "rack-overlap",
                                      phrase(QT_TRANSLATE_NOOP("Finding", "racks %1 and %2 overlap"), r.name, o.name),
                                      r.name));
            return;
        }
        if (!xOverlap(r.footprint, o.footprint))
            return;
        const bool north = o.footprint.y >= r.footprint.top() - 1e-9;
        const double gap = north ? o.footprint.y - r.footprint.top() : r.footprint.y - o.footprint.top();
        const bool inFront = (r.facing == Facing::North) == north;
        double &slot = inFront ? frontGap : backGap;
        if (gap < slot) {
            slot = gap;
            if (inFront)
                frontRack = &o;
        }
    });
    const bool facingFronts = frontRack && frontRack->facing != r.facing;
    const double needFront = facingFronts ? rules.coldAisleM : minFront;
    // Across the aisle in front, a rack facing the same way shows its back: this rack would
    // draw the other's exhaust. Rows across an aisle face each other (a cold aisle) or turn
    // their backs to each other (a hot aisle).
    if (frontRack && frontRack->facing == r.facing)
        out.push_back(finding(Severity::Error, "aisle-mixed",
                              phrase(QT_TRANSLATE_NOOP("Finding", "rack %1 faces the back of rack %2 across the aisle: it would draw %2's hot exhaust (rows across an aisle face each other, or turn their backs to each other)"),
                                     r.name, frontRack->name),
                              r.name));
    if (frontGap < needFront - 1e-6)
        out.push_back(finding(Severity::Error, "aisle-too-narrow",
                              phrase(QT_TRANSLATE_NOOP("Finding", "aisle in front of rack %1 is %2 m, needs %3 m"),
                                     r.name, number(frontGap, 2), number(needFront, 2)),
                              r.name));
    if (backGap < rules.hotAisleM - 1e-6 && backGap > 1e-6)
        out.push_back(finding(Severity::Warning, "aisle-too-narrow",
                              phrase(QT_TRANSLATE_NOOP("Finding", "aisle behind rack %1 is %2 m, hot aisles need %3 m"),
                                     r.name, number(backGap, 2), number(rules.hotAisleM, 2)),
                              r.name));
}

} // namespace

CheckList checkRackPlacement(const Design &design, const std::vector<std::size_t> &racks, const LayoutRules &rules)
{
    CheckList out;
    const RackGrid grid(design.racks, 2.0);
    for (std::size_t i : racks)
        if (i < design.racks.size())
            checkPlacement(design, grid, i, true, rules, out);
    return out;
}

CheckList checkLayout(const Design &design, const Catalog &catalog, const LayoutRules &rules)
{
    CheckList out = checkRackPlacements(design, rules);
    const CheckList contents = checkRackContents(design, catalog);
    out.insert(out.end(), contents.begin(), contents.end());
    return out;
}

CheckList checkRackPlacements(const Design &design, const LayoutRules &rules)
{
    CheckList out;
    const RackGrid grid(design.racks, 2.0);
    for (std::size_t i = 0; i < design.racks.size(); ++i)
        checkPlacement(design, grid, i, false, rules, out);
    return out;
}

CheckList checkRackContents(const Design &design, const Catalog &catalog)
{
    // Devices: within their rack's units, no two sharing a unit, power within the rack limit.
    CheckList out;
    std::unordered_map<std::int64_t, std::vector<const Device *>> byRack;
    for (const Device &dev : design.devices)
        byRack[dev.rack.value()].push_back(&dev);
    for (const Rack &r : design.racks) {
        auto it = byRack.find(r.id.value());
        if (it == byRack.end())
            continue;
        std::vector<const Device *> devs = it->second;
        double kw = 0.0;
        for (const Device *dev : devs) {
            kw += deviceMaxKw(*dev, catalog);
            if (dev->uHeight > 0
                && (dev->uPosition < 1 || static_cast<long long>(dev->uPosition) + dev->uHeight - 1 > r.heightU))
                out.push_back(finding(Severity::Error, "device-outside-rack",
                                      phrase(QT_TRANSLATE_NOOP("Finding", "%1 at U%2 (%3U) does not fit rack %4 of %5U"),
                                             dev->name, dev->uPosition, dev->uHeight, r.name, r.heightU),
                                      r.name));
        }
        std::sort(devs.begin(), devs.end(), [](const Device *a, const Device *b) { return a->uPosition < b->uPosition; });
        const Device *prev = nullptr;
        for (const Device *dev : devs) {
            if (dev->uHeight == 0)
                continue;
            if (prev && dev->uPosition < static_cast<long long>(prev->uPosition) + prev->uHeight)
                out.push_back(finding(Severity::Error, "device-overlap",
                                      phrase(QT_TRANSLATE_NOOP("Finding", "%1 and %2 share units in rack %3"),
                                             prev->name, dev->name, r.name),
                                      r.name));
            prev = dev;
        }
        if (r.powerLimitKw > 0 && kw > r.powerLimitKw + 1e-9)
            out.push_back(finding(Severity::Error, "rack-power-limit",
                                  phrase(QT_TRANSLATE_NOOP("Finding", "rack %1 draws up to %2 kW, above its %3 kW limit"),
                                         r.name, number(kw, 1), number(r.powerLimitKw, 1)),
                                  r.name));
    }
    return out;
}

} // namespace hallwright
