// The walls of a cooling gallery that open onto the white space, and units placed one deep along them.
#pragma once

#include "model/design.h"
#include "model/geometry.h"

#include <vector>

namespace hallwright {

/// A stretch of a gallery's wall shared with a white-space (ZoneKind::Compute)
/// zone. Only air units standing against it move air into the room (docs/engineering-reference.md §4).
struct FacingWall
{
    bool vertical = true;   ///< the wall runs along y (east/west galleries); false: along x
    double coord = 0.0;     ///< x of a vertical wall, y of a horizontal one
    double lo = 0.0, hi = 0.0; ///< the shared stretch along the wall
    int side = 1;           ///< +1: the room lies towards +x / +y of the wall, -1 towards −x / −y

    double lengthM() const { return hi - lo; }
};

/// Walls of `gallery` shared with any of `rooms` (edges that coincide within 1 mm).
std::vector<FacingWall> facingWalls(const Rect &gallery, const std::vector<Rect> &rooms);

/// The facing walls of a cooling zone of the design (its shared edges with compute zones).
std::vector<FacingWall> facingWalls(const Design &design, const Zone &coolingZone);

/// True when a unit stands against the wall: its room-side face within
/// toleranceM of the wall and along the shared stretch.
bool facesWall(const Rect &unit, const FacingWall &wall, double toleranceM);

/// Units of widthM × depthM (width along the wall) that fit one deep against
/// the walls, flush with the opening, `endMarginM` clear of each end and
/// `gapM` apart, clear of `occupied` (with gapM). At most maxCount, in wall order.
std::vector<Rect> placeAlongWalls(const std::vector<FacingWall> &walls, double widthM, double depthM,
                                  double endMarginM, double gapM, const std::vector<Rect> &occupied, int maxCount);

/// The part of `gallery` farther than bandM from the facing wall: where units
/// that need no opening (CDUs) stand behind the line of air units. Empty
/// (zero width or depth) when the gallery is no deeper than the band.
Rect behindWall(const Rect &gallery, const FacingWall &wall, double bandM);

/// How many units of widthM fit along a wall of lengthM: ⌊(L − 2·margin + gap) / (w + gap)⌋.
int unitsAlongWall(double lengthM, double widthM, double endMarginM, double gapM);

} // namespace hallwright
