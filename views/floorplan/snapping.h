// Snapping of drags and the nudge step: 0.1 m grid, rack slots along a row at the rack pitch.
#pragma once

#include "common/design_index.h"

namespace hallwright::views {

struct SnapRules
{
    double gridM = 0.1;          ///< floor grid
    double slotCaptureM = 0.3;   ///< a rack within this of a row slot lands in it
};

/// What a drag snapped to, for the user's feedback.
enum class SnapKind { None, Grid, RowSlot };

struct SnappedDelta
{
    Point2 deltaM;
    SnapKind kind = SnapKind::None;
    RowId row;                   ///< for RowSlot: the row whose slot it took
};

/// v rounded to the nearest multiple of grid.
double snapToGrid(double v, double grid);

/// The total delta of a rack drag: the anchor rack (the one under the mouse)
/// moved by rawDeltaM lands on the grid, and into a row's rack slot (row
/// origin + k × rack pitch, on the row line) when within slotCaptureM of it.
/// With snapping off, rawDeltaM is returned unchanged.
SnappedDelta snapRackDrag(const DesignIndex &index, RackId anchor, Point2 rawDeltaM, bool snapping,
                          const SnapRules &rules = {});

/// The total delta of a row drag: the row's origin lands on the grid.
SnappedDelta snapRowDrag(const DesignIndex &index, RowId row, Point2 rawDeltaM, bool snapping,
                         const SnapRules &rules = {});

/// One rack pitch: the width of the first selected rack (or of the racks of
/// the first selected row), else 0.6 m.
double rackPitchM(const DesignIndex &index, const std::vector<RackId> &racks, const std::vector<RowId> &rows);

} // namespace hallwright::views
