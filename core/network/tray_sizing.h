// Tray sizing: the smallest standard tray (width × depth × stacked levels) that carries a segment's cables.
#pragma once

#include "model/design.h"

#include <optional>
#include <vector>

namespace hallwright::network {

struct TrayLoad;

/// Standard tray sizes to choose from. Widths and depths are common ladder /
/// wire-mesh tray sizes; levels are trays stacked on one route.
struct TraySizing
{
    std::vector<double> widthsMm{300, 450, 600, 750, 900};
    std::vector<double> depthsMm{100, 150};
    int maxLevels = 4;
};

struct TraySize
{
    double widthMm = 0.0;
    double depthMm = 0.0;
    int levels = 1;
    /// Cable cross-section the size carries at `maxFill` (0…1 of its area).
    double capacityMm2(double maxFill) const { return levels * widthMm * depthMm * maxFill; }
};

/// Cable cross-section a segment carries at `maxFill`: levels × width × depth × fill
/// (a segment with fewer than one level carries nothing).
double trayCapacityMm2(const TraySegment &tray, double maxFill);

/// The smallest standard size whose capacity at `maxFill` covers `cableAreaMm2`:
/// least capacity first, then fewer levels, then the narrower tray. nullopt
/// when even the largest size (most levels, widest, deepest) is too small.
std::optional<TraySize> smallestTray(double cableAreaMm2, double maxFill, const TraySizing &sizing = {});

/// The largest standard size.
TraySize largestTray(const TraySizing &sizing = {});

/// Gives every segment the smallest size that carries its load (`loads` indexed
/// like Design::trays; an empty segment gets the smallest size). A segment no
/// size can carry gets the largest and is counted in the result, so that the
/// tray-fill check reports it.
int sizeTrays(Design &design, const std::vector<TrayLoad> &loads, double maxFill, const TraySizing &sizing = {});

} // namespace hallwright::network
