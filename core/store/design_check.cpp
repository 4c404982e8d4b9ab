// Ids, references, numbers and enum values of a design, checked before saving and after loading.
#include "design_check.h"

#include "design_limits.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace hallwright::store {

namespace {

using Problem = std::optional<std::string>;

// The ids of one entity vector, sorted, for uniqueness and reference checks.
class IdSet
{
public:
    template <typename T>
    explicit IdSet(const std::vector<T> &items)
    {
        m_ids.reserve(items.size());
        for (const T &item : items)
            m_ids.push_back(item.id.value());
        // Loaded designs and generated ones are already in id order.
        if (!std::is_sorted(m_ids.begin(), m_ids.end()))
            std::sort(m_ids.begin(), m_ids.end());
    }

    bool contains(std::int64_t id) const { return std::binary_search(m_ids.begin(), m_ids.end(), id); }

    Problem idProblem(const char *what) const
    {
        if (!m_ids.empty() && m_ids.front() <= 0)
            return fmt::format("{} has id {}; ids must be positive", what, m_ids.front());
        auto dup = std::adjacent_find(m_ids.begin(), m_ids.end());
        if (dup != m_ids.end())
            return fmt::format("two objects of type {} share id {}", what, *dup);
        return std::nullopt;
    }

private:
    std::vector<std::int64_t> m_ids;
};

using NamedValue = std::pair<const char *, double>;

Problem finite(const char *what, std::int64_t id, std::initializer_list<NamedValue> fields)
{
    for (const auto &[name, value] : fields)
        if (!std::isfinite(value))
            return fmt::format("{} {}: {} is not a finite number", what, id, name);
    return std::nullopt;
}

Problem finiteRect(const char *what, std::int64_t id, const Rect &r)
{
    return finite(what, id, {{"x", r.x}, {"y", r.y}, {"width", r.width}, {"depth", r.depth}});
}

template <typename E>
Problem named(const char *what, std::int64_t id, const char *field, E value)
{
    if (std::string_view(toString(value)) == "unknown")
        return fmt::format("{} {}: {} has no name (value {})", what, id, field, static_cast<int>(value));
    return std::nullopt;
}

// allowNone: id 0 stands for "no object" and is stored as NULL.
template <typename IdT>
Problem reference(const char *what, std::int64_t id, const char *targetWhat, IdT target, const IdSet &targets,
                  bool allowNone = true)
{
    if ((allowNone && target.value() == 0) || targets.contains(target.value()))
        return std::nullopt;
    return fmt::format("{} {} refers to {} {}, which does not exist", what, id, targetWhat, target.value());
}

// Upstream references must form chains that end, or engines walking them would loop forever.
Problem upstreamCycle(const std::vector<Equipment> &equipment)
{
    std::unordered_map<std::int64_t, std::size_t> index;
    index.reserve(equipment.size());
    for (std::size_t i = 0; i < equipment.size(); ++i)
        index.emplace(equipment[i].id.value(), i);

    enum : unsigned char { Unvisited, OnPath, Done };
    std::vector<unsigned char> state(equipment.size(), Unvisited);
    std::vector<std::size_t> path;
    for (std::size_t start = 0; start < equipment.size(); ++start) {
        path.clear();
        std::size_t i = start;
        bool more = true;
        while (more && state[i] == Unvisited) {
            state[i] = OnPath;
            path.push_back(i);
            const EquipmentId up = equipment[i].upstream;
            more = up.isValid();
            if (more)
                i = index.at(up.value()); // dangling references were rejected before
        }
        if (more && state[i] == OnPath)
            return fmt::format("equipment {} is its own upstream through a cycle of upstream references",
                               equipment[i].id.value());
        for (std::size_t p : path)
            state[p] = Done;
    }
    return std::nullopt;
}

Problem checkIds(const Design &d, const IdSet &zones, const IdSet &rows, const IdSet &racks, const IdSet &devices,
                 const IdSet &equipment)
{
    for (Problem p : {IdSet(d.hall.obstacles).idProblem("obstacle"), zones.idProblem("zone"),
                      rows.idProblem("row"), racks.idProblem("rack"), devices.idProblem("device"),
                      IdSet(d.links).idProblem("link"), equipment.idProblem("equipment"),
                      IdSet(d.trays).idProblem("tray")})
        if (p)
            return p;
    return std::nullopt;
}

Problem placementProblem(const Design &d, const IdSet &zones, const IdSet &rows, const IdSet &racks,
                       const IdSet &equipment)
{
    const Hall &h = d.hall;
    if (Problem p = finite("hall", 1, {{"width_m", h.widthM}, {"depth_m", h.depthM}, {"ceiling_m", h.ceilingM},
                                       {"floor_load_kg_per_m2", h.floorLoadKgPerM2}}))
        return p;
    for (const Obstacle &o : h.obstacles)
        if (Problem p = finiteRect("obstacle", o.id.value(), o.area))
            return p;
    for (const Zone &z : d.zones) {
        const std::int64_t id = z.id.value();
        Problem p = named("zone", id, "kind", z.kind);
        if (p || (p = finiteRect("zone", id, z.area)))
            return p;
    }
    for (const Row &r : d.rows) {
        const std::int64_t id = r.id.value();
        Problem p = reference("row", id, "zone", r.zone, zones);
        if (p || (p = named("row", id, "facing", r.facing)) || (p = finiteRect("row", id, r.area)))
            return p;
    }
    for (const Rack &r : d.racks) {
        const std::int64_t id = r.id.value();
        Problem p = reference("rack", id, "row", r.row, rows);
        if (p || (p = named("rack", id, "role", r.role)) || (p = named("rack", id, "facing", r.facing))
            || (p = finiteRect("rack", id, r.footprint))
            || (p = finite("rack", id, {{"power_limit_kw", r.powerLimitKw}, {"cooling_limit_kw", r.coolingLimitKw},
                                        {"weight_limit_kg", r.weightLimitKg}})))
            return p;
    }
    for (const Device &dev : d.devices) {
        const std::int64_t id = dev.id.value();
        Problem p = reference("device", id, "rack", dev.rack, racks);
        if (p || (p = reference("device", id, "power feed equipment", dev.powerFeed, equipment))
            || (p = named("device", id, "kind", dev.kind)))
            return p;
    }
    return std::nullopt;
}

Problem checkLinks(const Design &d, const IdSet &devices)
{
    for (const Link &l : d.links) {
        const std::int64_t id = l.id.value();
        Problem p = reference("link", id, "device", l.a.device, devices, false);
        if (p || (p = reference("link", id, "device", l.b.device, devices, false))
            || (p = named("link", id, "fabric", l.fabric)) || (p = named("link", id, "tier", l.tier))
            || (p = finite("link", id, {{"gbps", l.gbps}, {"length_m", l.lengthM}})))
            return p;
    }
    return std::nullopt;
}

Problem checkFacility(const Design &d, const IdSet &zones, const IdSet &equipment)
{
    for (const Equipment &e : d.equipment) {
        const std::int64_t id = e.id.value();
        Problem p = reference("equipment", id, "zone", e.zone, zones);
        if (p || (p = reference("equipment", id, "upstream equipment", e.upstream, equipment))
            || (p = named("equipment", id, "kind", e.kind)) || (p = finiteRect("equipment", id, e.footprint)))
            return p;
    }
    if (Problem p = upstreamCycle(d.equipment))
        return p;
    for (const TraySegment &t : d.trays)
        if (Problem p = finite("tray", t.id.value(),
                               {{"ax", t.a.x}, {"ay", t.a.y}, {"bx", t.b.x}, {"by", t.b.y}, {"height_m", t.heightM},
                                {"width_mm", t.widthMm}, {"depth_mm", t.depthMm}}))
            return p;
    return std::nullopt;
}

} // namespace

std::optional<std::string> findStorageProblem(const Design &design)
{
    const IdSet zones(design.zones), rows(design.rows), racks(design.racks), devices(design.devices),
        equipment(design.equipment);
    if (Problem p = checkIds(design, zones, rows, racks, devices, equipment))
        return p;
    if (Problem p = placementProblem(design, zones, rows, racks, equipment))
        return p;
    if (Problem p = checkLinks(design, devices))
        return p;
    if (Problem p = checkFacility(design, zones, equipment))
        return p;
    return findLimitProblem(design);
}

} // namespace hallwright::store
