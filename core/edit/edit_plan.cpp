// Planning and validating edits: where each operation puts racks, and the design rules it would break.
#include "edit/edit_ops.h"

#include "layout/layout.h"
#include "layout/layout_checks.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <unordered_set>

namespace hallwright::edit {

namespace {

template <typename T, typename IdT>
std::optional<std::size_t> indexOf(const std::vector<T> &items, IdT id)
{
    // Lists are kept in id order; a scan covers designs built in another order.
    const auto it = std::lower_bound(items.begin(), items.end(), id,
                                     [](const T &item, IdT key) { return item.id < key; });
    if (it != items.end() && it->id == id)
        return static_cast<std::size_t>(it - items.begin());
    const auto scan = std::find_if(items.begin(), items.end(), [id](const T &item) { return item.id == id; });
    if (scan == items.end())
        return std::nullopt;
    return static_cast<std::size_t>(scan - items.begin());
}

bool finiteStep(double dx, double dy)
{
    return std::isfinite(dx) && std::isfinite(dy);
}

Rect shifted(Rect r, double dx, double dy)
{
    r.x += dx;
    r.y += dy;
    return r;
}

Rect unite(const Rect &a, const Rect &b)
{
    const double x = std::min(a.x, b.x), y = std::min(a.y, b.y);
    return {x, y, std::max(a.right(), b.right()) - x, std::max(a.top(), b.top()) - y};
}

std::vector<std::size_t> racksOfRow(const Design &design, RowId row)
{
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < design.racks.size(); ++i)
        if (design.racks[i].row == row)
            out.push_back(i);
    std::stable_sort(out.begin(), out.end(), [&](std::size_t a, std::size_t b) {
        return design.racks[a].footprint.x < design.racks[b].footprint.x;
    });
    return out;
}

/// Splits "A07" into ("A", 7); number -1 when the name does not end in digits.
std::pair<std::string, int> splitName(const std::string &name)
{
    std::size_t k = name.size();
    while (k > 0 && std::isdigit(static_cast<unsigned char>(name[k - 1])))
        --k;
    if (k == name.size() || name.size() - k > 6)
        return {name, -1};
    return {name.substr(0, k), std::stoi(name.substr(k))};
}

/// Hands out rack names "<prefix><nn>" not used in the design yet.
class RackNamer
{
public:
    explicit RackNamer(const Design &design)
    {
        for (const Rack &r : design.racks) {
            m_taken.insert(r.name);
            const auto [prefix, n] = splitName(r.name);
            if (n >= 0)
                m_top[prefix] = std::max(m_top[prefix], n);
        }
    }

    /// The prefix of a row's rack names: its racks' ("A01" → "A"), else the letters of "Row A".
    static std::string prefixOf(const Design &design, const Row &row)
    {
        for (std::size_t i : racksOfRow(design, row.id)) {
            const auto [prefix, n] = splitName(design.racks[i].name);
            if (n >= 0)
                return prefix;
        }
        return row.name.rfind("Row ", 0) == 0 ? row.name.substr(4) : row.name;
    }

    std::string next(const std::string &prefix)
    {
        for (int n = m_top[prefix] + 1;; ++n) {
            std::string name = fmt::format("{}{:02}", prefix, n);
            if (m_taken.insert(name).second) {
                m_top[prefix] = n;
                return name;
            }
        }
    }

private:
    std::unordered_set<std::string> m_taken;
    std::map<std::string, int> m_top;
};

/// "Row <letters>" names after the last one in use (A … Z, AA …).
std::string nextRowName(const Design &design)
{
    std::unordered_set<std::string> taken;
    for (const Row &r : design.rows)
        taken.insert(r.name);
    for (int i = static_cast<int>(design.rows.size());; ++i) {
        std::string letters;
        for (int k = i + 1; k > 0; k = (k - 1) / 26)
            letters.insert(letters.begin(), static_cast<char>('A' + (k - 1) % 26));
        if (!taken.count("Row " + letters))
            return "Row " + letters;
    }
}

double contentsKw(const Design &design, const Catalog &catalog, RackId rack)
{
    double kw = 0.0;
    for (const Device &dev : design.devices)
        if (dev.rack == rack)
            kw += deviceMaxKw(dev, catalog);
    return kw;
}

/// A copy of rack `source` (footprint placed by the caller), for the row `row`.
NewRack copyOf(const Design &design, const Catalog &catalog, std::size_t source, RowId row, std::string name)
{
    NewRack n;
    n.rack = design.racks[source];
    n.rack.row = row;
    n.rack.name = std::move(name);
    n.source = source;
    n.maxKw = contentsKw(design, catalog, n.rack.id);
    return n;
}

/// The compute rack of a row that holds nodes of `platform`, the easternmost one.
std::optional<std::size_t> rackWithPlatform(const Design &design, const std::vector<std::size_t> &rowRacks,
                                            const std::string &platform)
{
    std::unordered_set<std::int64_t> holders;
    for (const Device &dev : design.devices)
        if (dev.kind == DeviceKind::ComputeNode && dev.catalogId == platform)
            holders.insert(dev.rack.value());
    for (auto it = rowRacks.rbegin(); it != rowRacks.rend(); ++it)
        if (holders.count(design.racks[*it].id.value()))
            return *it;
    return std::nullopt;
}

std::variant<Plan, Phrase> planAddRack(const Design &design, const Catalog &catalog, const AddRack &op)
{
    const auto rowIndex = indexOf(design.rows, op.row);
    if (!rowIndex)
        return phrase(QT_TRANSLATE_NOOP("Finding", "unknown row id %1"), op.row.value());
    const Row &row = design.rows[*rowIndex];
    if (op.xM && !std::isfinite(*op.xM))
        return phrase(QT_TRANSLATE_NOOP("Finding", "x_m must be a finite number"));
    const std::vector<std::size_t> rowRacks = racksOfRow(design, row.id);
    RackNamer namer(design);
    const std::string name = namer.next(RackNamer::prefixOf(design, row));

    NewRack n;
    if (op.likeRack) {
        const auto like = indexOf(design.racks, *op.likeRack);
        if (!like)
            return phrase(QT_TRANSLATE_NOOP("Finding", "unknown rack id %1"), op.likeRack->value());
        n = copyOf(design, catalog, *like, row.id, name);
    } else {
        if (op.platform.empty())
            return phrase(QT_TRANSLATE_NOOP("Finding", "give a rack to copy or a catalog platform"));
        const NodeSpec *node = catalog.node(op.platform);
        if (!node)
            return phrase(QT_TRANSLATE_NOOP("Finding", "unknown platform '%1' (see hallwright-cli catalog)"), op.platform);
        if (const auto holder = rackWithPlatform(design, rowRacks, op.platform)) {
            n = copyOf(design, catalog, *holder, row.id, name);
        } else {
            // A rack of another platform: sized like the row's last rack, filled as the layout fills racks.
            const LayoutRules rules;
            n.platform = op.platform;
            std::optional<std::size_t> like;
            for (std::size_t i : rowRacks)
                if (!like || design.racks[i].role == RackRole::Compute)
                    like = i;
            if (like) {
                n.rack = design.racks[*like];
                n.pduSource = *like;
            } else {
                const RackSpec *spec = catalog.rack(rules.computeRackId);
                n.rack.footprint = {0, 0, spec ? spec->widthM : 0.6, spec ? spec->depthM : 1.2};
                n.rack.heightU = spec ? spec->heightU : 48;
                n.rack.weightLimitKg = spec ? spec->staticLoadKg : 0.0;
                n.rack.powerLimitKw = node->cooling == CoolingType::Liquid ? rules.liquidRackLimitKw : rules.airRackLimitKw;
                n.rack.coolingLimitKw = n.rack.powerLimitKw;
            }
            n.rack.role = RackRole::Compute;
            n.rack.row = row.id;
            n.rack.name = name;
            if (node->rackScale) {
                n.platformNodes = 1;
            } else {
                const int byUnits = node->uHeight > 0 ? (n.rack.heightU - rules.reservedUPerRack) / node->uHeight : 0;
                const int byPower = node->maxKw > 0 && n.rack.powerLimitKw > 0
                                        ? static_cast<int>(std::floor(n.rack.powerLimitKw / node->maxKw + 1e-9))
                                        : byUnits;
                n.platformNodes = std::min(byUnits, byPower);
            }
            if (n.platformNodes <= 0)
                return phrase(QT_TRANSLATE_NOOP("Finding", "a %1 node (%2 kW, %3U) does not fit a %4U rack of %5 kW"), op.platform,
                              number(node->maxKw, 1), node->uHeight, n.rack.heightU, number(n.rack.powerLimitKw, 1));
            n.maxKw = n.platformNodes * node->maxKw;
        }
    }
    n.rack.id = RackId(nextId(design.racks));
    n.rack.facing = row.facing;
    double x = row.area.x;
    for (std::size_t i : rowRacks)
        x = std::max(x, design.racks[i].footprint.right());
    n.rack.footprint.x = op.xM.value_or(x);
    n.rack.footprint.y = row.area.y + (row.area.depth - n.rack.footprint.depth) / 2.0;

    Plan plan;
    Row grown = row;
    grown.area = unite(row.area, n.rack.footprint);
    plan.rowsTo.emplace_back(*rowIndex, grown);
    plan.added.push_back(std::move(n));
    return plan;
}

std::variant<Plan, Phrase> planCopies(const Design &design, const Catalog &catalog,
                                           const std::vector<RackId> &racks, double dx, double dy,
                                           std::optional<Row> newRow)
{
    Plan plan;
    RackNamer namer(design);
    std::int64_t id = nextId(design.racks);
    const std::string newPrefix = newRow ? RackNamer::prefixOf(design, *newRow) : std::string();
    for (RackId rackId : racks) {
        const auto i = indexOf(design.racks, rackId);
        if (!i)
            return phrase(QT_TRANSLATE_NOOP("Finding", "unknown rack id %1"), rackId.value());
        const Rack &src = design.racks[*i];
        const RowId row = newRow ? newRow->id : src.row;
        std::string prefix = newPrefix;
        if (!newRow) {
            const auto r = indexOf(design.rows, src.row);
            prefix = r ? RackNamer::prefixOf(design, design.rows[*r]) : splitName(src.name).first;
        }
        NewRack n = copyOf(design, catalog, *i, row, namer.next(prefix));
        n.rack.id = RackId(id++);
        n.rack.footprint = shifted(src.footprint, dx, dy);
        plan.added.push_back(std::move(n));
    }
    plan.newRow = std::move(newRow);
    return plan;
}

struct Planner
{
    const Design &design;
    const Catalog &catalog;

    std::variant<Plan, Phrase> operator()(const MoveRacks &op) const
    {
        if (!finiteStep(op.dxM, op.dyM))
            return phrase(QT_TRANSLATE_NOOP("Finding", "dx_m and dy_m must be finite numbers"));
        if (op.racks.empty())
            return phrase(QT_TRANSLATE_NOOP("Finding", "no rack to move"));
        Plan plan;
        std::set<std::size_t> seen;
        for (RackId id : op.racks) {
            const auto i = indexOf(design.racks, id);
            if (!i)
                return phrase(QT_TRANSLATE_NOOP("Finding", "unknown rack id %1"), id.value());
            if (!seen.insert(*i).second)
                continue;
            Rack r = design.racks[*i];
            r.footprint = shifted(r.footprint, op.dxM, op.dyM);
            plan.moved.push_back(*i);
            plan.movedTo.push_back(r);
        }
        return plan;
    }

    std::variant<Plan, Phrase> operator()(const MoveRows &op) const
    {
        if (!finiteStep(op.dxM, op.dyM))
            return phrase(QT_TRANSLATE_NOOP("Finding", "dx_m and dy_m must be finite numbers"));
        if (op.rows.empty())
            return phrase(QT_TRANSLATE_NOOP("Finding", "no row to move"));
        Plan plan;
        std::set<std::size_t> seen;
        for (RowId id : op.rows) {
            const auto r = indexOf(design.rows, id);
            if (!r)
                return phrase(QT_TRANSLATE_NOOP("Finding", "unknown row id %1"), id.value());
            if (!seen.insert(*r).second)
                continue;
            Row row = design.rows[*r];
            row.area = shifted(row.area, op.dxM, op.dyM);
            plan.rowsTo.emplace_back(*r, row);
            for (std::size_t i : racksOfRow(design, id)) {
                Rack rack = design.racks[i];
                rack.footprint = shifted(rack.footprint, op.dxM, op.dyM);
                plan.moved.push_back(i);
                plan.movedTo.push_back(rack);
            }
        }
        return plan;
    }

    std::variant<Plan, Phrase> operator()(const RotateRow &op) const
    {
        const auto r = indexOf(design.rows, op.row);
        if (!r)
            return phrase(QT_TRANSLATE_NOOP("Finding", "unknown row id %1"), op.row.value());
        Plan plan;
        Row row = design.rows[*r];
        auto flip = [](Facing f) { return f == Facing::North ? Facing::South : Facing::North; };
        // Mirror about the row's centre in both axes: a turn by 180° in plan.
        const double sx = row.area.x + row.area.right(), sy = row.area.y + row.area.top();
        for (std::size_t i : racksOfRow(design, row.id)) {
            Rack rack = design.racks[i];
            rack.footprint.x = sx - rack.footprint.right();
            rack.footprint.y = sy - rack.footprint.top();
            rack.facing = flip(rack.facing);
            plan.moved.push_back(i);
            plan.movedTo.push_back(rack);
        }
        row.facing = flip(row.facing);
        plan.rowsTo.emplace_back(*r, row);
        return plan;
    }

    std::variant<Plan, Phrase> operator()(const AddRack &op) const { return planAddRack(design, catalog, op); }

    std::variant<Plan, Phrase> operator()(const AddRow &op) const
    {
        if (!finiteStep(op.dxM, op.dyM))
            return phrase(QT_TRANSLATE_NOOP("Finding", "dx_m and dy_m must be finite numbers"));
        if (!op.likeRow)
            return phrase(QT_TRANSLATE_NOOP("Finding", "give the row to copy"));
        const auto r = indexOf(design.rows, *op.likeRow);
        if (!r)
            return phrase(QT_TRANSLATE_NOOP("Finding", "unknown row id %1"), op.likeRow->value());
        const Row &like = design.rows[*r];
        Row row = like;
        row.id = RowId(nextId(design.rows));
        row.name = nextRowName(design);
        row.area = shifted(like.area, op.dxM, op.dyM);
        std::vector<RackId> racks;
        for (std::size_t i : racksOfRow(design, like.id))
            racks.push_back(design.racks[i].id);
        return planCopies(design, catalog, racks, op.dxM, op.dyM, row);
    }

    std::variant<Plan, Phrase> operator()(const DuplicateRacks &op) const
    {
        if (!finiteStep(op.dxM, op.dyM))
            return phrase(QT_TRANSLATE_NOOP("Finding", "dx_m and dy_m must be finite numbers"));
        if (op.racks.empty())
            return phrase(QT_TRANSLATE_NOOP("Finding", "no rack to duplicate"));
        std::vector<RackId> unique;
        for (RackId id : op.racks)
            if (std::find(unique.begin(), unique.end(), id) == unique.end())
                unique.push_back(id);
        return planCopies(design, catalog, unique, op.dxM, op.dyM, std::nullopt);
    }

    std::variant<Plan, Phrase> operator()(const DeleteRacks &op) const
    {
        if (op.racks.empty())
            return phrase(QT_TRANSLATE_NOOP("Finding", "no rack to delete"));
        Plan plan;
        for (RackId id : op.racks) {
            const auto i = indexOf(design.racks, id);
            if (!i)
                return phrase(QT_TRANSLATE_NOOP("Finding", "unknown rack id %1"), id.value());
            plan.removedRacks.push_back(*i);
        }
        return plan;
    }

    std::variant<Plan, Phrase> operator()(const DeleteRows &op) const
    {
        if (op.rows.empty())
            return phrase(QT_TRANSLATE_NOOP("Finding", "no row to delete"));
        Plan plan;
        for (RowId id : op.rows) {
            const auto r = indexOf(design.rows, id);
            if (!r)
                return phrase(QT_TRANSLATE_NOOP("Finding", "unknown row id %1"), id.value());
            plan.removedRows.push_back(*r);
            for (std::size_t i : racksOfRow(design, id))
                plan.removedRacks.push_back(i);
        }
        return plan;
    }

    std::variant<Plan, Phrase> operator()(const SetInput &) const
    {
        return phrase(QT_TRANSLATE_NOOP("Finding", "set is applied by regenerating the design"));
    }
};

/// Floor-standing equipment a rack cannot share floor with (busways hang overhead).
bool standsOnFloor(const Equipment &e)
{
    return e.kind != EquipmentKind::Busway;
}

std::string key(const Check &c)
{
    return c.code + '\n' + c.location;
}

} // namespace

std::variant<Plan, Phrase> planOp(const Design &design, const Catalog &catalog, const Op &op)
{
    return std::visit(Planner{design, catalog}, op);
}

std::optional<Phrase> refusePlacement(const Design &design, const Catalog &catalog, const Plan &plan)
{
    (void)catalog;
    for (const NewRack &n : plan.added)
        if (n.rack.powerLimitKw > 0 && n.maxKw > n.rack.powerLimitKw + 1e-9)
            return phrase(QT_TRANSLATE_NOOP("Finding", "rack %1 would draw up to %2 kW, above its %3 kW limit"),
                          n.rack.name, number(n.maxKw, 1), number(n.rack.powerLimitKw, 1));
    if (plan.moved.empty() && plan.added.empty())
        return std::nullopt;

    // The racks as they would stand: moved ones in place, new ones appended.
    Design after;
    after.hall = design.hall;
    after.racks = design.racks;
    std::vector<std::size_t> placed = plan.moved;
    for (std::size_t k = 0; k < plan.moved.size(); ++k)
        after.racks[plan.moved[k]] = plan.movedTo[k];
    for (const NewRack &n : plan.added) {
        placed.push_back(after.racks.size());
        after.racks.push_back(n.rack);
    }
    for (std::size_t i : placed) {
        const Rack &r = after.racks[i];
        for (const Equipment &e : design.equipment)
            if (standsOnFloor(e) && e.footprint.overlaps(r.footprint))
                return phrase(QT_TRANSLATE_NOOP("Finding", "rack %1 would stand on %2"), r.name, e.name);
    }
    // Mixed aisles are a fault of the design, not of the placement: validate and the checks
    // report them, but the edit is not refused, since an architect who adds a row and then
    // turns it passes through one (and the incremental checks show it at once).
    auto refuses = [](const Check &c) { return c.severity == Severity::Error && c.code != "aisle-mixed"; };
    for (const Check &c : checkRackPlacement(after, placed))
        if (refuses(c))
            return c.text;

    // Racks that stay put may lose their aisle to a rack placed in front of them.
    const LayoutRules rules;
    const double reach = std::max(rules.coldAisleM, rules.hotAisleM);
    std::vector<bool> isPlaced(after.racks.size(), false);
    for (std::size_t i : placed)
        isPlaced[i] = true;
    std::vector<std::size_t> near;
    for (std::size_t j = 0; j < design.racks.size(); ++j) {
        if (isPlaced[j])
            continue;
        const Rect &f = after.racks[j].footprint;
        const Rect around{f.x, f.y - reach, f.width, f.depth + 2 * reach};
        for (std::size_t i : placed)
            if (around.overlaps(after.racks[i].footprint)) {
                near.push_back(j);
                break;
            }
    }
    if (near.empty())
        return std::nullopt;
    std::unordered_set<std::string> before;
    for (const Check &c : checkRackPlacement(design, near))
        before.insert(key(c));
    for (const Check &c : checkRackPlacement(after, near))
        if (refuses(c) && !before.count(key(c)))
            return c.text;
    return std::nullopt;
}

} // namespace hallwright::edit
