// Network analysis of a design as it stands: counts, bill of materials, bisection, hops, failures, checks.
#pragma once

#include "checks/check.h"
#include "model/design.h"
#include "network/cabling.h"
#include "network/failure.h"
#include "network/topology.h"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace hallwright {
class Catalog;
}

namespace hallwright::network {

/// One line of the network bill of materials. Prices are null where the
/// catalog has none (an item missing from the catalog, or priced 0).
struct BomLine
{
    std::string category;        ///< "switch", "transceiver", "cable", "patch-panel"
    std::string catalogId;
    std::string description;
    double lengthM = 0.0;        ///< cables: the stock length; 0 otherwise
    long long quantity = 0;
    std::optional<double> unitPriceCny;
    std::optional<double> totalPriceCny() const
    {
        return unitPriceCny ? std::optional<double>(*unitPriceCny * static_cast<double>(quantity)) : std::nullopt;
    }
};

/// One cable of the schedule: both ends as rack / U / device / port.
struct CableRow
{
    LinkId link;
    std::string label;
    std::string fabric;          ///< toString(Fabric)
    std::string tier;            ///< toString(LinkTier)
    std::string fromRack, fromDevice;
    int fromU = 0, fromPort = -1;
    std::string toRack, toDevice;
    int toU = 0, toPort = -1;
    std::string medium;          ///< empty when not cabled
    double lengthM = 0.0;
    double gbps = 0.0;
};

/// Per-fabric totals.
struct FabricTotals
{
    int switches = 0;
    long long links = 0;
    long long cables = 0;        ///< physical cables: links with a medium, a twin-port DAC/ACC counted once per cage pair
    long long transceivers = 0;  ///< modules (a twin-port module counts for the fabric of its first link)
    double cableLengthM = 0.0;
};

/// The bill of materials with the transceivers it counts per fabric (keyed by toString(Fabric)).
struct NetworkBom
{
    std::vector<BomLine> lines;
    std::map<std::string, long long> transceiversByFabric;
};

struct NetworkResults
{
    // compute fabric, as docs/cli.md's summary reports it
    int tiers = 0;
    std::string computeSwitch;  ///< catalog id of the compute leaves (the most common one); empty without leaves
    int leaves = 0, spines = 0, cores = 0;
    long long nodeLeafLinks = 0, leafSpineLinks = 0, spineCoreLinks = 0;
    std::optional<double> bisectionTbps;
    std::optional<double> oversubscription; ///< worst leaf: endpoint bandwidth / uplink bandwidth

    // every fabric (compute, storage, in-band and OOB management); per fabric in `fabrics`
    long long cablesTotal = 0;
    long long transceivers = 0;
    double cableLengthM = 0.0;
    std::map<std::string, int> switchesByRole;
    std::map<std::string, FabricTotals> fabrics; ///< keyed by toString(Fabric)
    int patchPanels = 0;
    std::vector<BomLine> bom;
    std::optional<double> bomPriceCny;          ///< null when some line has no price

    HopStats hops;
    FailureImpact worstSwitchFailure;           ///< the compute switch whose loss costs most accelerators
    std::string worstSwitchName;

    // design rules
    long long uncabledLinks = 0;
    long long unlinkedNics = 0;                 ///< compute NICs of placed nodes with no compute-fabric link
    long long portConflicts = 0;
    long long danglingLinks = 0;                ///< an end names no device of the design
    long long beyondReach = 0;
    long long overfilledTrays = 0;
    double maxTrayFill = 0.0;
    CheckList checks;
};

struct AnalysisOptions
{
    bool bisection = true;       ///< max-flow over the compute fabric
    bool hops = true;
    bool failures = true;        ///< every compute switch failed in turn
    bool trayFill = true;        ///< routes cabled links again to load the trays
    CablingRules cabling;
};

/// Faults counted over links, each one finding with the first link's location.
enum class LinkFault { Dangling, PortConflict, Uncabled, BeyondReach };
/// Adds the finding for `count` links with `fault` (none when count is 0); shared with the incremental analysis.
void addLinkFaultCheck(NetworkResults &r, LinkFault fault, long long count, const std::string &first);
/// The finding for an overfilled tray.
Check trayOverfillCheck(const TrayLoad &t);

/// Analyses the design as it stands (pure; an edited design reports the truth).
NetworkResults analyzeNetwork(const Design &design, const Catalog &catalog, const AnalysisOptions &options = {});

/// The network bill of materials: switches by catalog id, transceivers by type
/// (twin-port modules counted once per cage), cables by medium and stock length, patch panels.
std::vector<BomLine> networkBom(const Design &design, const Catalog &catalog);
/// The same with the transceivers of each fabric.
NetworkBom networkBomByFabric(const Design &design, const Catalog &catalog);

/// Every link as a cable schedule row, in link order.
std::vector<CableRow> cableSchedule(const Design &design);

/// The `network` object of the summary JSON as docs/cli.md defines it: tiers,
/// switch (the compute fabric's catalog switch), switches and links.* of the compute fabric; cables_total, transceivers and
/// cable_length_m of every fabric. Further fields break those totals down:
/// `switches_by_fabric`, `links_by_fabric`, `cables_by_fabric`,
/// `transceivers_by_fabric`, `cable_length_m_by_fabric` (keys compute, storage,
/// inband_mgmt, oob_mgmt, nvlink: the fabrics present; they sum to the totals), `patch_panels` and
/// `bom_price_cny` (null when an item has no price).
nlohmann::json networkSummaryJson(const NetworkResults &results);

} // namespace hallwright::network
