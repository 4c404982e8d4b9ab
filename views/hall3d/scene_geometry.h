// Where the 3D view puts things: boxes of racks, devices and equipment, aisles, scene bounds (no VTK).
#pragma once

#include "model/design.h"

#include <optional>
#include <vector>

namespace hallwright::views::hall3d {

/// An axis-aligned box in hall coordinates (metres; x east, y north, z up),
/// given by its minimum corner and size.
struct Box3
{
    double x = 0.0, y = 0.0, z = 0.0;
    double sx = 0.0, sy = 0.0, sz = 0.0;

    double cx() const { return x + sx / 2.0; }
    double cy() const { return y + sy / 2.0; }
    double cz() const { return z + sz / 2.0; }
    double top() const { return z + sz; }
    bool isEmpty() const { return sx <= 0.0 || sy <= 0.0 || sz <= 0.0; }
    bool operator==(const Box3 &) const = default;
};

/// The extent of a scene, grown box by box.
struct Bounds3
{
    double x0 = 0.0, y0 = 0.0, z0 = 0.0, x1 = 0.0, y1 = 0.0, z1 = 0.0;
    bool empty = true;

    void add(const Box3 &b);
    void add(const Rect &r, double z0, double z1);
    double width() const { return x1 - x0; }
    double depth() const { return y1 - y0; }
    double height() const { return z1 - z0; }
};

/// Heights the design does not hold, chosen for display (typical products,
/// not engine figures): see docs/3d-view.md.
namespace display {
constexpr double kUnitM = 0.04445;          ///< one rack unit (EIA-310)
constexpr double kRackPlinthAndTopM = 0.15; ///< castors, plinth and roof of a cabinet
constexpr double kRackGapM = 0.01;          ///< drawn between neighbouring racks so that each reads as one cabinet
constexpr double kDoorProudM = 0.01;        ///< the front door panel
constexpr double kSwitchProudM = 0.03;      ///< switch faces stand this far out of the rack front (and its door)
constexpr double kPduDepthM = 0.06;         ///< zero-U PDU strip at the rear
constexpr double kPduWidthM = 0.06;
constexpr double kBuswayBottomM = 2.55;     ///< overhead busway, above the tallest racks
constexpr double kBuswayHeightM = 0.15;
constexpr double kWallHeightM = 1.2;        ///< walls are cut at this height so that the hall stays visible
constexpr double kWallThicknessM = 0.3;
constexpr double kEyeHeightM = 1.6;         ///< the walk-through camera
} // namespace display

/// The door on the rack's front (its cold-aisle side): a panel standing 1 cm
/// proud of the cabinet, inset from its edges.
Box3 rackDoorBox(const Rack &rack);
/// Height of a cabinet of rack.heightU units, with plinth and roof.
double rackHeightM(const Rack &rack);
/// The rack's cabinet, inset by kRackGapM on each side along the row.
Box3 rackBox(const Rack &rack);
/// Display height of a kind of facility equipment (UPS cabinet, CRAH, generator set …).
double equipmentHeightM(EquipmentKind kind);
/// The equipment's box: on the floor, except busways, which hang above the racks.
Box3 equipmentBox(const Equipment &equipment);
/// A switch's face standing proud of the rack front at its units, or a zero-U
/// PDU strip at the rack's rear (feed A on the left, B on the right, seen
/// from the rear); nullopt for devices that are not drawn (compute nodes,
/// storage, patch panels: the rack's colour shows them).
std::optional<Box3> deviceBox(const Device &device, const Rack &rack);

/// Radius in metres of a round bundle of cables whose cross-sections sum to areaMm2.
double bundleRadiusM(double areaMm2);

/// A floor strip between two facing rows: cold when both fronts face it, hot
/// when both backs do.
struct Aisle
{
    Rect area;
    bool cold = true;
    RowId south;    ///< the row on the aisle's south side
    RowId north;
};

/// The hot and cold aisles between rows that overlap along x and face each
/// other across at most maxGapM, south to north, then west to east.
std::vector<Aisle> findAisles(const Design &design, double maxGapM = 4.0);

/// Everything the scene draws: the hall, zones (an outdoor yard too), racks,
/// equipment, trays; z from the floor to the highest tray or the walls.
Bounds3 sceneBounds(const Design &design);
/// How far the ground reaches beyond the scene's bounds on each side.
double groundMarginM(const Bounds3 &bounds);

} // namespace hallwright::views::hall3d
