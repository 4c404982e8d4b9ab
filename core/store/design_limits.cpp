// The documented limits of store/limits.h applied to a whole design: counts, text, ranges, chains.
#include "design_limits.h"

#include "limits.h"

#include <fmt/format.h>

#include <cmath>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hallwright::store {

namespace {

using Problem = std::optional<std::string>;
namespace L = limits;

Problem count(const char *table, std::size_t n, std::int64_t max)
{
    if (static_cast<std::int64_t>(n) > max)
        return fmt::format("table {} has {} rows; a project holds at most {}", table, n, max);
    return std::nullopt;
}

// `within` is false for NaN too, so a non-finite number never passes.
bool within(double v, double lo, double hi)
{
    return v >= lo && v <= hi;
}

Problem range(const char *what, std::int64_t id, const char *field, double v, double lo, double hi)
{
    if (within(v, lo, hi))
        return std::nullopt;
    if (!std::isfinite(v))
        return fmt::format("{} {}: {} is not a finite number", what, id, field);
    return fmt::format("{} {}: {} is {}, outside the limits {} … {}", what, id, field, v, lo, hi);
}

Problem rect(const char *what, std::int64_t id, const Rect &r, double maxSide)
{
    Problem p = range(what, id, "x", r.x, -L::kMaxCoordinateM, L::kMaxCoordinateM);
    if (p || (p = range(what, id, "y", r.y, -L::kMaxCoordinateM, L::kMaxCoordinateM))
        || (p = range(what, id, "width", r.width, 0.0, maxSide))
        || (p = range(what, id, "depth", r.depth, 0.0, maxSide)))
        return p;
    return std::nullopt;
}

Problem textProblem(const char *what, std::int64_t id, const char *field, const std::string &s,
             std::int64_t maxBytes = L::kMaxNameBytes)
{
    if (static_cast<std::int64_t>(s.size()) > maxBytes)
        return fmt::format("{} {}: {} is {} bytes long; the limit is {}", what, id, field, s.size(), maxBytes);
    if (auto bad = invalidUtf8At(s))
        return fmt::format("{} {}: {} is not valid UTF-8 (byte {})", what, id, field, *bad + 1);
    return std::nullopt;
}

Problem metaText(const char *key, const std::string &s)
{
    if (static_cast<std::int64_t>(s.size()) > L::kMaxJsonBytes)
        return fmt::format("meta {} is {} bytes long; the limit is {}", key, s.size(), L::kMaxJsonBytes);
    if (auto bad = invalidUtf8At(s))
        return fmt::format("meta {} is not valid UTF-8 (byte {})", key, *bad + 1);
    return std::nullopt;
}

Problem counts(const Design &d)
{
    for (Problem p : {count("obstacles", d.hall.obstacles.size(), L::kMaxObstacles),
                      count("zones", d.zones.size(), L::kMaxZones), count("rows", d.rows.size(), L::kMaxRows),
                      count("racks", d.racks.size(), L::kMaxRacks),
                      count("devices", d.devices.size(), L::kMaxDevices),
                      count("links", d.links.size(), L::kMaxLinks),
                      count("equipment", d.equipment.size(), L::kMaxEquipment),
                      count("trays", d.trays.size(), L::kMaxTrays)})
        if (p)
            return p;
    return std::nullopt;
}

Problem hallAndAreas(const Design &d)
{
    const Hall &h = d.hall;
    Problem p = textProblem("hall", 1, "name", h.name);
    if (p || (p = range("hall", 1, "width_m", h.widthM, 0.0, L::kMaxHallSideM))
        || (p = range("hall", 1, "depth_m", h.depthM, 0.0, L::kMaxHallSideM))
        || (p = range("hall", 1, "ceiling_m", h.ceilingM, 0.0, L::kMaxCeilingM))
        || (p = range("hall", 1, "floor_load_kg_per_m2", h.floorLoadKgPerM2, 0.0, L::kMaxFloorLoadKgPerM2)))
        return p;
    for (const Obstacle &o : h.obstacles)
        if ((p = textProblem("obstacle", o.id.value(), "name", o.name)) || (p = rect("obstacle", o.id.value(), o.area, L::kMaxAreaSideM)))
            return p;
    for (const Zone &z : d.zones)
        if ((p = textProblem("zone", z.id.value(), "name", z.name)) || (p = rect("zone", z.id.value(), z.area, L::kMaxAreaSideM)))
            return p;
    for (const Row &r : d.rows)
        if ((p = textProblem("row", r.id.value(), "name", r.name)) || (p = rect("row", r.id.value(), r.area, L::kMaxAreaSideM)))
            return p;
    return std::nullopt;
}

Problem racks(const Design &d)
{
    for (const Rack &r : d.racks) {
        const std::int64_t id = r.id.value();
        Problem p = textProblem("rack", id, "name", r.name);
        if (p || (p = rect("rack", id, r.footprint, L::kMaxRackSideM))
            || (p = range("rack", id, "height_u", r.heightU, 0, L::kMaxRackUnits))
            || (p = range("rack", id, "power_limit_kw", r.powerLimitKw, 0.0, L::kMaxRackKw))
            || (p = range("rack", id, "cooling_limit_kw", r.coolingLimitKw, 0.0, L::kMaxRackKw))
            || (p = range("rack", id, "weight_limit_kg", r.weightLimitKg, 0.0, L::kMaxRackKg))
            || (p = range("rack", id, "su", r.su, -1, L::kMaxScalableUnit)))
            return p;
    }
    return std::nullopt;
}

Problem devices(const Design &d)
{
    std::unordered_map<std::int64_t, std::pair<int, int>> perRack; // rack id → devices, PDUs
    for (const Device &v : d.devices) {
        const std::int64_t id = v.id.value();
        Problem p = textProblem("device", id, "name", v.name);
        if (p || (p = textProblem("device", id, "catalog_id", v.catalogId)) || (p = textProblem("device", id, "role", v.role))
            || (p = range("device", id, "u_position", v.uPosition, 0, L::kMaxRackUnits))
            || (p = range("device", id, "u_height", v.uHeight, 0, L::kMaxRackUnits))
            || (p = range("device", id, "su", v.su, -1, L::kMaxScalableUnit))
            || (p = range("device", id, "rail", v.rail, -1, L::kMaxRail)))
            return p;
        if (!v.rack.isValid())
            continue;
        auto &[all, pdus] = perRack[v.rack.value()];
        if (++all > L::kMaxDevicesPerRack)
            return fmt::format("rack {} holds more than {} devices", v.rack.value(), L::kMaxDevicesPerRack);
        if (v.kind == DeviceKind::Pdu && ++pdus > L::kMaxPdusPerRack)
            return fmt::format("rack {} holds more than {} PDUs", v.rack.value(), L::kMaxPdusPerRack);
    }
    return std::nullopt;
}

Problem links(const Design &d)
{
    for (const Link &l : d.links) {
        const std::int64_t id = l.id.value();
        Problem p = textProblem("link", id, "medium_id", l.mediumId);
        if (p || (p = textProblem("link", id, "label", l.label))
            || (p = range("link", id, "a_port", l.a.port, -1, L::kMaxPort))
            || (p = range("link", id, "b_port", l.b.port, -1, L::kMaxPort))
            || (p = range("link", id, "length_m", l.lengthM, 0.0, L::kMaxLinkLengthM)))
            return p;
        if (l.gbps != 0.0 && (p = range("link", id, "gbps", l.gbps, L::kMinLinkGbps, L::kMaxLinkGbps)))
            return p;
    }
    return std::nullopt;
}

// Chains of upstream references are at most kMaxUpstreamDepth long (cycles are found elsewhere;
// a cycle also exceeds the depth, so this terminates on any input).
Problem upstreamDepth(const std::vector<Equipment> &equipment)
{
    std::unordered_map<std::int64_t, std::size_t> index;
    index.reserve(equipment.size());
    for (std::size_t i = 0; i < equipment.size(); ++i)
        index.emplace(equipment[i].id.value(), i);
    std::vector<int> depth(equipment.size(), 0); // 0: not known yet
    std::vector<std::size_t> path;
    for (std::size_t start = 0; start < equipment.size(); ++start) {
        path.clear();
        std::size_t i = start;
        int known = 0;
        while (true) {
            if (depth[i] > 0) {
                known = depth[i];
                break;
            }
            path.push_back(i);
            if (static_cast<int>(path.size()) > L::kMaxUpstreamDepth)
                return fmt::format("equipment {}: its chain of upstream equipment is longer than {}",
                                   equipment[start].id.value(), L::kMaxUpstreamDepth);
            const EquipmentId up = equipment[i].upstream;
            const auto it = up.isValid() ? index.find(up.value()) : index.end();
            if (it == index.end())
                break;
            i = it->second;
        }
        for (auto p = path.rbegin(); p != path.rend(); ++p)
            depth[*p] = ++known;
        if (known > L::kMaxUpstreamDepth)
            return fmt::format("equipment {}: its chain of upstream equipment is longer than {}",
                               equipment[start].id.value(), L::kMaxUpstreamDepth);
    }
    return std::nullopt;
}

Problem facility(const Design &d)
{
    for (const Equipment &e : d.equipment) {
        const std::int64_t id = e.id.value();
        Problem p = textProblem("equipment", id, "name", e.name);
        if (p || (p = textProblem("equipment", id, "catalog_id", e.catalogId)) || (p = textProblem("equipment", id, "feed", e.feed))
            || (p = rect("equipment", id, e.footprint, L::kMaxAreaSideM)))
            return p;
    }
    if (Problem p = upstreamDepth(d.equipment))
        return p;
    for (const TraySegment &t : d.trays) {
        const std::int64_t id = t.id.value();
        Problem p = textProblem("tray", id, "kind", t.kind);
        const double c = L::kMaxCoordinateM;
        if (p || (p = range("tray", id, "ax", t.a.x, -c, c)) || (p = range("tray", id, "ay", t.a.y, -c, c))
            || (p = range("tray", id, "bx", t.b.x, -c, c)) || (p = range("tray", id, "by", t.b.y, -c, c))
            || (p = range("tray", id, "height_m", t.heightM, 0.0, L::kMaxCeilingM))
            || (p = range("tray", id, "width_mm", t.widthMm, 0.0, L::kMaxTrayMm))
            || (p = range("tray", id, "depth_mm", t.depthMm, 0.0, L::kMaxTrayMm))
            || (p = range("tray", id, "levels", t.levels, 1, L::kMaxTrayLevels)))
            return p;
    }
    return std::nullopt;
}

} // namespace

std::optional<std::size_t> invalidUtf8At(std::string_view s)
{
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    const std::size_t n = s.size();
    for (std::size_t i = 0; i < n;) {
        const unsigned c = p[i];
        std::size_t len;
        std::uint32_t cp;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (std::size_t k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and values above U+10FFFF are not UTF-8.
        static constexpr std::uint32_t kMinForLength[] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < kMinForLength[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return std::nullopt;
}

std::optional<std::string> findLimitProblem(const Design &design)
{
    Problem p = counts(design);
    if (p || (p = metaText("brief_json", design.briefJson)) || (p = metaText("user_catalog_json", design.userCatalogJson))
        || (p = hallAndAreas(design)) || (p = racks(design)) || (p = devices(design)) || (p = links(design)))
        return p;
    return facility(design);
}

} // namespace hallwright::store
