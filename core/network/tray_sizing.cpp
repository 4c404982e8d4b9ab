// Tray sizing: candidate sizes ordered by capacity, the smallest that carries each segment's load.
#include "network/tray_sizing.h"

#include "network/cabling.h"

#include <algorithm>
#include <tuple>

namespace hallwright::network {

namespace {

std::vector<TraySize> candidates(const TraySizing &sizing)
{
    std::vector<TraySize> sizes;
    for (int levels = 1; levels <= sizing.maxLevels; ++levels)
        for (double w : sizing.widthsMm)
            for (double d : sizing.depthsMm)
                if (w > 0 && d > 0)
                    sizes.push_back({w, d, levels});
    std::sort(sizes.begin(), sizes.end(), [](const TraySize &a, const TraySize &b) {
        return std::make_tuple(a.capacityMm2(1.0), a.levels, a.widthMm)
               < std::make_tuple(b.capacityMm2(1.0), b.levels, b.widthMm);
    });
    return sizes;
}

} // namespace

double trayCapacityMm2(const TraySegment &tray, double maxFill)
{
    if (tray.levels < 1 || !(tray.widthMm > 0) || !(tray.depthMm > 0))
        return 0.0;
    return tray.levels * tray.widthMm * tray.depthMm * maxFill;
}

std::optional<TraySize> smallestTray(double cableAreaMm2, double maxFill, const TraySizing &sizing)
{
    for (const TraySize &s : candidates(sizing))
        if (s.capacityMm2(maxFill) >= cableAreaMm2)
            return s;
    return std::nullopt;
}

TraySize largestTray(const TraySizing &sizing)
{
    const std::vector<TraySize> sizes = candidates(sizing);
    return sizes.empty() ? TraySize{} : sizes.back();
}

int sizeTrays(Design &design, const std::vector<TrayLoad> &loads, double maxFill, const TraySizing &sizing)
{
    const std::vector<TraySize> sizes = candidates(sizing);
    if (sizes.empty())
        return 0;
    int overfilled = 0;
    for (std::size_t s = 0; s < design.trays.size() && s < loads.size(); ++s) {
        const double area = loads[s].cableAreaMm2;
        const auto it = std::find_if(sizes.begin(), sizes.end(),
                                     [&](const TraySize &t) { return t.capacityMm2(maxFill) >= area; });
        const TraySize &pick = it != sizes.end() ? *it : sizes.back();
        overfilled += it == sizes.end() ? 1 : 0;
        TraySegment &tray = design.trays[s];
        tray.widthMm = pick.widthMm;
        tray.depthMm = pick.depthMm;
        tray.levels = pick.levels;
    }
    return overfilled;
}

} // namespace hallwright::network
