// Grid and row-slot snapping, kept pure so that tests check it without a view.
#include "floorplan/snapping.h"

#include <cmath>

namespace hallwright::views {

namespace {

constexpr double kDefaultPitchM = 0.6;

Point2 gridded(Point2 target, double grid)
{
    return {snapToGrid(target.x, grid), snapToGrid(target.y, grid)};
}

} // namespace

double snapToGrid(double v, double grid)
{
    if (grid <= 0)
        return v;
    // Round to 1 µm afterwards so that 0.1 × k prints and compares as expected.
    return std::round(std::round(v / grid) * grid * 1e6) / 1e6;
}

SnappedDelta snapRackDrag(const DesignIndex &index, RackId anchor, Point2 raw, bool snapping, const SnapRules &rules)
{
    const Rack *rack = index.rack(anchor);
    if (!snapping || !rack)
        return {raw, SnapKind::None, {}};
    const Point2 origin{rack->footprint.x, rack->footprint.y};
    const Point2 target{origin.x + raw.x, origin.y + raw.y};
    const double pitch = rack->footprint.width > 0 ? rack->footprint.width : kDefaultPitchM;
    SnappedDelta best;
    double bestDistance = rules.slotCaptureM;
    for (const Row &row : index.design()->rows) {
        if (std::abs(target.y - row.area.y) > bestDistance)
            continue;
        if (target.x < row.area.x - pitch - rules.slotCaptureM || target.x > row.area.right() + rules.slotCaptureM)
            continue;
        const double k = std::round((target.x - row.area.x) / pitch);
        const Point2 slot{row.area.x + k * pitch, row.area.y};
        const double dist = std::hypot(target.x - slot.x, target.y - slot.y);
        if (dist <= bestDistance) {
            bestDistance = dist;
            best = {{slot.x - origin.x, slot.y - origin.y}, SnapKind::RowSlot, row.id};
        }
    }
    if (best.kind == SnapKind::RowSlot)
        return best;
    const Point2 g = gridded(target, rules.gridM);
    return {{g.x - origin.x, g.y - origin.y}, SnapKind::Grid, {}};
}

SnappedDelta snapRowDrag(const DesignIndex &index, RowId rowId, Point2 raw, bool snapping, const SnapRules &rules)
{
    const Row *row = index.row(rowId);
    if (!snapping || !row)
        return {raw, SnapKind::None, {}};
    const Point2 origin{row->area.x, row->area.y};
    const Point2 g = gridded({origin.x + raw.x, origin.y + raw.y}, rules.gridM);
    return {{g.x - origin.x, g.y - origin.y}, SnapKind::Grid, {}};
}

double rackPitchM(const DesignIndex &index, const std::vector<RackId> &racks, const std::vector<RowId> &rows)
{
    for (RackId id : racks)
        if (const Rack *r = index.rack(id); r && r->footprint.width > 0)
            return r->footprint.width;
    for (RowId id : rows)
        for (int i : index.racksOfRow(id)) {
            const Rack &r = index.design()->racks[std::size_t(i)];
            if (r.footprint.width > 0)
                return r.footprint.width;
        }
    return kDefaultPitchM;
}

} // namespace hallwright::views
