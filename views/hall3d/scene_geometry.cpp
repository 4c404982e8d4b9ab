// Boxes, aisles and bounds of the 3D scene, derived from the design alone.
#include "hall3d/scene_geometry.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace hallwright::views::hall3d {

using namespace display;

namespace {

constexpr double kPlinthM = 0.10; ///< below the first rack unit
constexpr double kRoofM = 0.05;

Box3 onFloor(const Rect &r, double height)
{
    return {r.x, r.y, 0.0, r.width, r.depth, height};
}

} // namespace

void Bounds3::add(const Box3 &b)
{
    if (b.isEmpty() && b.sx <= 0.0 && b.sy <= 0.0)
        return;
    if (empty) {
        x0 = b.x, y0 = b.y, z0 = b.z, x1 = b.x + b.sx, y1 = b.y + b.sy, z1 = b.top();
        empty = false;
        return;
    }
    x0 = std::min(x0, b.x), y0 = std::min(y0, b.y), z0 = std::min(z0, b.z);
    x1 = std::max(x1, b.x + b.sx), y1 = std::max(y1, b.y + b.sy), z1 = std::max(z1, b.top());
}

void Bounds3::add(const Rect &r, double zLow, double zHigh)
{
    add(Box3{r.x, r.y, zLow, r.width, r.depth, zHigh - zLow});
}

double rackHeightM(const Rack &rack)
{
    return std::max(rack.heightU, 1) * kUnitM + kRackPlinthAndTopM;
}

Box3 rackBox(const Rack &rack)
{
    const Rect &f = rack.footprint;
    const double gap = std::min(kRackGapM, f.width / 4.0);
    return {f.x + gap, f.y, 0.0, f.width - 2.0 * gap, f.depth, rackHeightM(rack)};
}

Box3 rackDoorBox(const Rack &rack)
{
    const Box3 cabinet = rackBox(rack);
    const double inset = std::min(0.03, cabinet.sx / 8.0);
    Box3 b;
    b.x = cabinet.x + inset;
    b.sx = cabinet.sx - 2.0 * inset;
    b.z = kPlinthM;
    b.sz = cabinet.top() - kRoofM - kPlinthM;
    b.sy = kDoorProudM;
    b.y = rack.facing == Facing::North ? cabinet.y + cabinet.sy : cabinet.y - kDoorProudM;
    return b;
}

double equipmentHeightM(EquipmentKind kind)
{
    switch (kind) {
    case EquipmentKind::Busway: return kBuswayHeightM;
    case EquipmentKind::Rpp: return 1.9;         // remote power panel cabinet
    case EquipmentKind::Ups: return 2.0;         // modular UPS cabinet
    case EquipmentKind::Transformer: return 2.2; // dry-type transformer enclosure
    case EquipmentKind::Generator: return 2.6;   // containerised diesel set
    case EquipmentKind::Crah: return 2.2;        // downflow computer-room air handler
    case EquipmentKind::Cdu: return 2.0;         // in-row coolant distribution unit
    case EquipmentKind::Chiller: return 2.4;     // air-cooled chiller
    case EquipmentKind::Switchgear: return 2.2;  // metal-clad switchgear panels
    case EquipmentKind::Mcc: return 2.2;         // motor-control centre line-up
    case EquipmentKind::Battery: return 2.0;     // battery cabinet
    case EquipmentKind::DryCooler: return 2.6;   // adiabatic dry cooler
    case EquipmentKind::Pump: return 1.5;        // pump skid
    }
    return 2.0;
}

Box3 equipmentBox(const Equipment &equipment)
{
    Box3 b = onFloor(equipment.footprint, equipmentHeightM(equipment.kind));
    if (equipment.kind == EquipmentKind::Busway)
        b.z = kBuswayBottomM;
    return b;
}

std::optional<Box3> deviceBox(const Device &device, const Rack &rack)
{
    const Box3 cabinet = rackBox(rack);
    const bool north = rack.facing == Facing::North;
    if (device.kind == DeviceKind::Switch) {
        if (device.uPosition < 1 || device.uHeight < 1)
            return std::nullopt;
        const double inset = std::min(0.05, cabinet.sx / 8.0);
        Box3 b;
        b.x = cabinet.x + inset;
        b.sx = cabinet.sx - 2.0 * inset;
        b.z = kPlinthM + (device.uPosition - 1) * kUnitM;
        b.sz = device.uHeight * kUnitM;
        b.z = std::min(b.z, cabinet.top() - kRoofM - b.sz);
        b.sy = kSwitchProudM;
        b.y = north ? cabinet.y + cabinet.sy : cabinet.y - kSwitchProudM;
        return b;
    }
    if (device.kind == DeviceKind::Pdu) {
        // Seen from the rear, feed A is on the left: west for a north-facing rack.
        const bool feedB = device.role == "B";
        const bool west = north != feedB;
        Box3 b;
        b.sx = kPduWidthM;
        b.x = west ? cabinet.x + 0.02 : cabinet.x + cabinet.sx - 0.02 - kPduWidthM;
        b.sy = kPduDepthM;
        b.y = north ? cabinet.y - kPduDepthM : cabinet.y + cabinet.sy;
        b.z = 0.25;
        b.sz = std::max(0.2, cabinet.top() - kRoofM - 0.15 - b.z);
        return b;
    }
    return std::nullopt;
}

double bundleRadiusM(double areaMm2)
{
    return areaMm2 > 0.0 ? std::sqrt(areaMm2 / std::numbers::pi) / 1000.0 : 0.0;
}

std::vector<Aisle> findAisles(const Design &design, double maxGapM)
{
    std::vector<const Row *> rows;
    for (const Row &r : design.rows)
        if (r.area.width > 0.0 && r.area.depth > 0.0)
            rows.push_back(&r);
    std::sort(rows.begin(), rows.end(),
              [](const Row *a, const Row *b) { return a->area.y != b->area.y ? a->area.y < b->area.y : a->area.x < b->area.x; });
    std::vector<Aisle> aisles;
    for (const Row *south : rows) {
        // The nearest row north of this one that overlaps it along x.
        const Row *north = nullptr;
        for (const Row *other : rows) {
            if (other == south || other->area.y < south->area.top() - 1e-6)
                continue;
            const double overlap = std::min(south->area.right(), other->area.right()) - std::max(south->area.x, other->area.x);
            if (overlap <= 0.1)
                continue;
            if (!north || other->area.y < north->area.y)
                north = other;
        }
        if (!north)
            continue;
        const double gap = north->area.y - south->area.top();
        if (gap <= 0.05 || gap > maxGapM)
            continue;
        const bool fronts = south->facing == Facing::North && north->facing == Facing::South;
        const bool backs = south->facing == Facing::South && north->facing == Facing::North;
        if (!fronts && !backs)
            continue;
        Aisle a;
        a.area.x = std::max(south->area.x, north->area.x);
        a.area.width = std::min(south->area.right(), north->area.right()) - a.area.x;
        a.area.y = south->area.top();
        a.area.depth = gap;
        a.cold = fronts;
        a.south = south->id;
        a.north = north->id;
        aisles.push_back(a);
    }
    return aisles;
}

Bounds3 sceneBounds(const Design &design)
{
    Bounds3 b;
    b.add(design.hall.bounds(), 0.0, kWallHeightM);
    for (const Zone &z : design.zones)
        b.add(z.area, 0.0, 0.0);
    for (const Rack &r : design.racks)
        b.add(rackBox(r));
    for (const Equipment &e : design.equipment)
        b.add(equipmentBox(e));
    for (const Obstacle &o : design.hall.obstacles)
        b.add(o.area, 0.0, std::max(design.hall.ceilingM, kWallHeightM));
    for (const TraySegment &t : design.trays) {
        const double halfW = t.widthMm / 2000.0;
        b.add(Box3{std::min(t.a.x, t.b.x) - halfW, std::min(t.a.y, t.b.y) - halfW, t.heightM,
                   std::abs(t.a.x - t.b.x) + 2.0 * halfW, std::abs(t.a.y - t.b.y) + 2.0 * halfW, t.depthMm / 1000.0});
    }
    return b;
}

double groundMarginM(const Bounds3 &bounds)
{
    // Far enough that the top view sees ground to its edges and the isometric view a horizon.
    return std::max(40.0, 1.5 * std::max(bounds.width(), bounds.depth()));
}

} // namespace hallwright::views::hall3d
