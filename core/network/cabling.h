// Physical cabling: routes every link over the tray graph, picks its medium and stock length.
#pragma once

#include "model/design.h"

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace hallwright {
class Catalog;
}

namespace hallwright::network {

/// How a routed length is made up (docs/engineering-reference.md §2). Defaults are common
/// installer practice, not sourced figures.
struct CablingRules
{
    double slackFraction = 0.10;  ///< extra share of the routed length
    double serviceLoopM = 1.0;    ///< fixed service loop (0.5 m at each end)
    double uPitchM = 0.04445;     ///< one rack unit (EIA-310)
    double inRackRunM = 0.6;      ///< run through the vertical cable manager inside one rack
    double maxTrayFill = 0.5;     ///< share of a tray's cross-section cables may fill (TIA-569 practice)
};

/// Outcome of a routing pass.
struct RoutingStats
{
    long long routed = 0;         ///< links that got a medium and a stock length
    long long unrouted = 0;       ///< no tray path between the ends (or an end outside any rack)
    long long noMedium = 0;       ///< routed, but no catalog medium reaches that far at that speed
    std::string firstProblem;     ///< the first problem met, for the user
};

/// One tray segment's load: cable cross-section against capacity.
struct TrayLoad
{
    TrayId tray;
    long long cables = 0;
    double cableAreaMm2 = 0.0;
    double capacityMm2 = 0.0;     ///< levels × width × depth × maxTrayFill of the segment as it stands
    double fill() const { return capacityMm2 > 0 ? cableAreaMm2 / capacityMm2 : 0.0; }
    bool overfilled() const { return cableAreaMm2 > capacityMm2; }
};

/// Routes cables. Build once per design (it indexes devices, racks and the
/// tray graph), then route all links or only those of a moved rack. The
/// trays must not change between calls; racks may move.
class CableRouter
{
public:
    CableRouter(const Design &design, const Catalog &catalog, const CablingRules &rules = {});
    ~CableRouter();
    CableRouter(const CableRouter &) = delete;
    CableRouter &operator=(const CableRouter &) = delete;

    /// Indexes devices, racks, links and twin-port groups without routing
    /// (routeAll does this itself).
    void prepare(const Design &design);
    /// Sets mediumId and lengthM of every link (cleared where it cannot be cabled).
    RoutingStats routeAll(Design &design);
    /// Re-routes only the links with an end in `rack` (after a move), re-picking
    /// the medium of the twin-port groups they share. Call routeAll first.
    RoutingStats rerouteRack(Design &design, RackId rack);

    /// Indices of the links rerouteRack(rack) may rewrite: those with an end in the
    /// rack and those sharing a twin-port module with them (after prepare or routeAll).
    /// An editor records them before a move so that it can undo exactly.
    std::vector<std::size_t> linksRoutedWith(RackId rack) const;

    /// Required (unrounded) length of link `linkIndex` as last routed; nullopt when unroutable.
    std::optional<double> requiredLength(std::size_t linkIndex) const;

    /// Per tray segment (same order as Design::trays): the cables on it.
    std::vector<TrayLoad> trayLoads(const Design &design) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

/// Convenience: build a router and re-route one rack's links.
RoutingStats rerouteRack(Design &design, RackId rack, const Catalog &catalog, const CablingRules &rules = {});

/// Tray fill of the design as it stands (cables already chosen).
std::vector<TrayLoad> trayLoads(const Design &design, const Catalog &catalog, const CablingRules &rules = {});

/// The size of a table indexed by device id when the ids are dense enough for one (the
/// loader keeps them below 1,000,000, and a design numbers them in order), else 0: use a map.
std::size_t denseDeviceIdTable(const std::vector<Device> &devices);

/// Device id → position in Design::devices: a table when the ids are dense (they are in
/// practice, denseDeviceIdTable), a hash map otherwise.
class DeviceIndex
{
public:
    explicit DeviceIndex(const std::vector<Device> &devices = {});
    /// The device's position, or -1 for an id the devices do not have.
    int operator()(DeviceId id) const
    {
        const std::int64_t v = id.value();
        if (!m_table.empty())
            return v >= 0 && static_cast<std::size_t>(v) < m_table.size() ? m_table[static_cast<std::size_t>(v)] : -1;
        const auto it = m_map.find(v);
        return it == m_map.end() ? -1 : it->second;
    }

private:
    std::vector<int> m_table;
    std::unordered_map<std::int64_t, int> m_map;
};

} // namespace hallwright::network
