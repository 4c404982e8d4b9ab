// Hand-built halls for the network tests and benchmark: SU rows of compute and leaf racks, central rows, trays.
#pragma once

#include "catalog/catalog.h"
#include "model/design.h"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

namespace hallwright::test {

struct HallSpec
{
    std::string platform = "dgx-h100";
    int sus = 1;
    int nodesPerSu = 32;
    long long nodes = -1;      ///< -1: sus × nodesPerSu; fewer leaves the last SU partial
    int nodesPerRack = 4;
    int leafRacksPerSu = 1;
    int centralRacks = 2;
    int racksPerRow = 40;
    int rackU = 48;
    double rackWidthM = 0.6;
    double rackDepthM = 1.2;
    double rowPitchM = 3.0;    ///< rack depth + aisle
    double trunkX = -1.2;      ///< each column's trunk tray runs north-south this far west of the column
    int columns = 1;           ///< columns of rows side by side, joined by a cross trunk
    double columnGapM = 3.0;
    double trayHeightM = 3.0;
    double trayWidthMm = 600;
    double trayDepthMm = 100;
    double networkRackLimitKw = 0; ///< power limit of the Leaf and Spine racks (0: none)
};

/// SUs are packed into rows (an SU never splits, unless it alone is longer
/// than a row); rows stack into columns side by side, and the central network
/// rows sit in the middle of the middle column. Every rack centre is an end
/// of a "row" tray segment; each row's first rack joins its column's trunk,
/// and a cross trunk joins the columns at the central rows.
inline Design makeHall(const HallSpec &spec, const Catalog &catalog)
{
    const NodeSpec *node = catalog.node(spec.platform);
    if (!node)
        throw std::runtime_error("makeHall: unknown platform " + spec.platform);
    const long long totalNodes = spec.nodes >= 0 ? spec.nodes : static_cast<long long>(spec.sus) * spec.nodesPerSu;

    struct Slot { RackRole role; int su; int nodes; };
    std::vector<std::vector<Slot>> suRows, centralRows;
    std::vector<Slot> row;
    long long left = totalNodes;
    for (int s = 0; s < spec.sus; ++s) {
        std::vector<Slot> block;
        int suNodes = static_cast<int>(std::min<long long>(spec.nodesPerSu, std::max<long long>(0, left)));
        left -= suNodes;
        while (suNodes > 0) {
            const int n = std::min(spec.nodesPerRack, suNodes);
            block.push_back({RackRole::Compute, s, n});
            suNodes -= n;
        }
        for (int k = 0; k < spec.leafRacksPerSu; ++k)
            block.push_back({RackRole::Leaf, s, 0});
        if (!row.empty() && static_cast<int>(row.size() + block.size()) > spec.racksPerRow) {
            suRows.push_back(row);
            row.clear();
        }
        row.insert(row.end(), block.begin(), block.end());
    }
    if (!row.empty())
        suRows.push_back(row);
    row.clear();
    for (int k = 0; k < spec.centralRacks; ++k) {
        if (static_cast<int>(row.size()) == spec.racksPerRow) {
            centralRows.push_back(row);
            row.clear();
        }
        row.push_back({RackRole::Spine, -1, 0});
    }
    if (!row.empty())
        centralRows.push_back(row);

    // Columns of rows; the central rows sit in the middle of the middle column.
    const int columns = std::max(1, spec.columns);
    const std::size_t perColumn = (suRows.size() + static_cast<std::size_t>(columns) - 1) / static_cast<std::size_t>(columns);
    std::vector<std::vector<std::vector<Slot>>> cols(static_cast<std::size_t>(columns));
    for (std::size_t k = 0; k < suRows.size(); ++k)
        cols[std::min(k / std::max<std::size_t>(1, perColumn), cols.size() - 1)].push_back(suRows[k]);
    auto &mid = cols[cols.size() / 2];
    const std::size_t half = mid.size() / 2;
    mid.insert(mid.begin() + static_cast<std::ptrdiff_t>(half), centralRows.begin(), centralRows.end());
    const double yCross = static_cast<double>(half) * spec.rowPitchM + spec.rackDepthM / 2;
    const double columnWidth = spec.racksPerRow * spec.rackWidthM + spec.columnGapM;

    Design d;
    d.hall.name = "fixture";
    std::int64_t rackId = 1, deviceId = 1, trayId = 1, rowId = 1;
    auto addTray = [&](Point2 a, Point2 b, const char *kind) {
        TraySegment t;
        t.id = TrayId(trayId++);
        t.a = a;
        t.b = b;
        t.heightM = spec.trayHeightM;
        t.widthMm = spec.trayWidthMm;
        t.depthMm = spec.trayDepthMm;
        t.kind = kind;
        d.trays.push_back(t);
    };
    double maxX = 0, maxY = 0;
    for (std::size_t c = 0; c < cols.size(); ++c) {
        const double x0 = static_cast<double>(c) * columnWidth;
        const double tx = x0 + spec.trunkX;
        std::vector<double> trunkYs{yCross};
        for (std::size_t r = 0; r < cols[c].size(); ++r) {
            Row rw;
            rw.id = RowId(rowId++);
            rw.name = "C" + std::to_string(c + 1) + "R" + std::to_string(r + 1);
            const double y = static_cast<double>(r) * spec.rowPitchM;
            const auto &slots = cols[c][r];
            rw.area = {x0, y, static_cast<double>(slots.size()) * spec.rackWidthM, spec.rackDepthM};
            d.rows.push_back(rw);
            trunkYs.push_back(y + spec.rackDepthM / 2);
            Point2 prev{tx, y + spec.rackDepthM / 2};
            for (std::size_t k = 0; k < slots.size(); ++k) {
                const Slot &slot = slots[k];
                Rack rack;
                rack.id = RackId(rackId++);
                rack.row = rw.id;
                rack.role = slot.role;
                rack.su = slot.su;
                rack.heightU = spec.rackU;
                if (slot.role != RackRole::Compute)
                    rack.powerLimitKw = spec.networkRackLimitKw;
                rack.footprint = {x0 + static_cast<double>(k) * spec.rackWidthM, y, spec.rackWidthM, spec.rackDepthM};
                rack.name = rw.name + "-" + std::to_string(k + 1);
                d.racks.push_back(rack);
                maxX = std::max(maxX, rack.footprint.right());
                maxY = std::max(maxY, rack.footprint.top());
                const Point2 ctr = rack.footprint.center();
                addTray(prev, ctr, "row");
                prev = ctr;
                for (int n = 0; n < slot.nodes; ++n) {
                    Device dev;
                    dev.id = DeviceId(deviceId++);
                    dev.rack = rack.id;
                    dev.catalogId = spec.platform;
                    dev.kind = DeviceKind::ComputeNode;
                    dev.name = rack.name + "-N" + std::to_string(n + 1);
                    dev.uHeight = node->uHeight;
                    dev.uPosition = 1 + n * node->uHeight;
                    dev.su = slot.su;
                    d.devices.push_back(dev);
                }
            }
        }
        std::sort(trunkYs.begin(), trunkYs.end());
        trunkYs.erase(std::unique(trunkYs.begin(), trunkYs.end()), trunkYs.end());
        for (std::size_t k = 1; k < trunkYs.size(); ++k)
            addTray({tx, trunkYs[k - 1]}, {tx, trunkYs[k]}, "trunk");
        if (c > 0)
            addTray({tx - columnWidth, yCross}, {tx, yCross}, "trunk");
    }
    d.hall.widthM = maxX + 2.0;
    d.hall.depthM = maxY + 2.0;
    return d;
}

} // namespace hallwright::test
