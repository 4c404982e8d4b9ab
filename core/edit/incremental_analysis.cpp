// Incremental re-analysis after moves: the stages that depend on positions, each as analyze() computes it.
#include "edit/incremental_analysis.h"

#include "analysis/analysis_stages.h"
#include "catalog/catalog.h"
#include "layout/layout_checks.h"
#include "network/bom_index.h"
#include "network/cages.h"
#include "network/tray_loads.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <unordered_map>

namespace hallwright::edit {

namespace {

/// The cooling zone the cooling engine assigns a rack centred at p to: the nearest
/// cooling zone, ties to the first (the rule of cooling_analysis.cpp, which the
/// incremental == full tests hold this to); -1 without cooling zones.
int coolingZoneOf(Point2 p, const Design &design)
{
    int best = -1, index = 0;
    double bestD = std::numeric_limits<double>::infinity();
    for (const Zone &z : design.zones) {
        if (z.kind != ZoneKind::Cooling)
            continue;
        const double dx = std::max({z.area.x - p.x, 0.0, p.x - z.area.right()});
        const double dy = std::max({z.area.y - p.y, 0.0, p.y - z.area.top()});
        const double d = std::hypot(dx, dy);
        if (d < bestD - 1e-12) {
            bestD = d;
            best = index;
        }
        ++index;
    }
    return best;
}

bool hasCoolingZones(const Design &design)
{
    return std::any_of(design.zones.begin(), design.zones.end(), [](const Zone &z) { return z.kind == ZoneKind::Cooling; });
}

bool isTopologyCheck(const Check &c)
{
    return c.code == "nic-unlinked" || c.code == "link-dangling" || c.code == "port-conflict";
}

} // namespace

struct IncrementalAnalysis::Impl
{
    Results results;
    StageChecks checks;
    std::unique_ptr<network::FailureAnalyzer> networkFailures;
    long long facilityRuns = 0;

    // Cable state of the network stage, built on the first move after a full run.
    bool cablingReady = false;
    std::unique_ptr<network::NetworkBomIndex> bom;
    std::unique_ptr<network::TrayLoadIndex> trays;
    std::unique_ptr<network::LinkEnds> ends;         ///< link ends and media, kept up to date with re-cabling
    std::vector<network::FabricTotals *> fabrics;    ///< the fabrics of the results, by slot
    std::vector<std::int8_t> slotOf;                 ///< per link: fabric slot, -1 when an end names no device
    std::vector<double> lengthOf;                    ///< per link: cable length, as in the design
    std::vector<double> reachOf;                     ///< per link: medium reach, NaN when uncabled or unknown
    CheckList topologyChecks;                        ///< the network findings moves cannot change
    std::optional<CheckList> contentsChecks;         ///< checkRackContents: moves cannot change them

    void full(const Design &design, const Catalog &catalog)
    {
        checks = StageChecks{};
        results = analyzeStages(design, catalog, checks, &networkFailures);
        cablingReady = false;
        bom.reset();
        trays.reset();
        ends.reset();
        contentsChecks.reset();
    }

    static double reachFor(const Catalog &catalog, const Link &l)
    {
        const auto it = l.mediumId.empty() ? catalog.media().end() : catalog.media().find(l.mediumId);
        return it == catalog.media().end() ? std::numeric_limits<double>::quiet_NaN() : it->second.maxReachM;
    }

    void prepareCabling(const Design &design, const Catalog &catalog)
    {
        network::NetworkResults &n = *results.network;
        bom = std::make_unique<network::NetworkBomIndex>(design, catalog);
        trays = std::make_unique<network::TrayLoadIndex>(design, catalog, analysisNetworkOptions().cabling);
        ends = std::make_unique<network::LinkEnds>(design, catalog);
        std::unordered_map<std::int64_t, char> known;
        known.reserve(design.devices.size());
        for (const Device &dev : design.devices)
            known[dev.id.value()] = 1;
        fabrics.clear();
        std::map<network::FabricTotals *, int> slots;
        slotOf.assign(design.links.size(), -1);
        lengthOf.assign(design.links.size(), 0.0);
        reachOf.assign(design.links.size(), 0.0);
        for (std::size_t i = 0; i < design.links.size(); ++i) {
            const Link &l = design.links[i];
            if (known.count(l.a.device.value()) && known.count(l.b.device.value())) {
                network::FabricTotals *ft = &n.fabrics[toString(l.fabric)];
                const auto [it, added] = slots.try_emplace(ft, static_cast<int>(fabrics.size()));
                if (added)
                    fabrics.push_back(ft);
                slotOf[i] = static_cast<std::int8_t>(it->second);
            }
            lengthOf[i] = l.lengthM;
            reachOf[i] = reachFor(catalog, l);
        }
        topologyChecks.clear();
        for (const Check &c : n.checks)
            if (isTopologyCheck(c))
                topologyChecks.push_back(c);
        cablingReady = true;
    }

    /// The network results that depend on cables, as analyzeNetwork computes them.
    void updateCabling(const Design &design, const Catalog &catalog, const std::vector<RackId> &moved,
                       const std::vector<std::size_t> &recabled)
    {
        network::NetworkResults &n = *results.network;
        for (std::size_t i : recabled)
            if (i < slotOf.size()) {
                ends->recable(design, i);
                lengthOf[i] = design.links[i].lengthM;
                reachOf[i] = reachFor(catalog, design.links[i]);
            }
        bom->update(design, recabled);
        trays->update(design, moved, recabled);

        for (auto &[name, ft] : n.fabrics) {
            ft.cables = 0;
            ft.cableLengthM = 0.0;
            ft.transceivers = 0;
        }
        n.cablesTotal = 0;
        n.cableLengthM = 0.0;
        n.uncabledLinks = 0;
        n.beyondReach = 0;
        // The sums run in link order, as in analyzeNetwork, so that they are equal to the last bit.
        std::vector<long long> cables(fabrics.size(), 0);
        std::vector<double> lengths(fabrics.size(), 0.0);
        std::size_t firstUncabledAt = 0, firstReachAt = 0;
        const std::vector<char> starts = network::cableStarts(design, *ends);
        for (std::size_t i = 0; i < slotOf.size(); ++i) {
            const int slot = slotOf[i];
            if (slot < 0)
                continue;
            const double reach = reachOf[i];
            if (std::isnan(reach)) {
                if (n.uncabledLinks++ == 0)
                    firstUncabledAt = i;
                continue;
            }
            const double len = lengthOf[i];
            if (starts[i]) { // the second link of a twin-port DAC rides on the first's cable
                ++cables[static_cast<std::size_t>(slot)];
                lengths[static_cast<std::size_t>(slot)] += len;
                ++n.cablesTotal;
                n.cableLengthM += len;
            }
            if (len > reach + 1e-9 && n.beyondReach++ == 0)
                firstReachAt = i;
        }
        for (std::size_t k = 0; k < fabrics.size(); ++k) {
            fabrics[k]->cables = cables[k];
            fabrics[k]->cableLengthM = lengths[k];
        }
        const std::string firstUncabled = n.uncabledLinks > 0 ? design.links[firstUncabledAt].label : std::string();
        std::string firstReach;
        if (n.beyondReach > 0) {
            const Link &l = design.links[firstReachAt];
            firstReach = fmt::format("{}: {} m of {} (reach {} m)", l.label, l.lengthM, l.mediumId, reachOf[firstReachAt]);
        }

        network::NetworkBom b = bom->bom();
        n.bom = std::move(b.lines);
        for (const auto &[fabric, count] : b.transceiversByFabric)
            n.fabrics[fabric].transceivers = count;
        n.transceivers = 0;
        n.bomPriceCny.reset();
        double price = 0.0;
        bool priced = true;
        for (const network::BomLine &line : n.bom) {
            if (line.category == "transceiver")
                n.transceivers += line.quantity;
            if (const auto p = line.totalPriceCny())
                price += *p;
            else
                priced = false;
        }
        if (priced)
            n.bomPriceCny = price;

        n.checks.clear();
        n.maxTrayFill = 0.0;
        n.overfilledTrays = 0;
        if (analysisNetworkOptions().trayFill && !design.trays.empty()) {
            int listed = 0;
            for (const network::TrayLoad &t : trays->loads(design)) {
                n.maxTrayFill = std::max(n.maxTrayFill, t.fill());
                if (!t.overfilled())
                    continue;
                ++n.overfilledTrays;
                if (listed++ < 50)
                    n.checks.push_back(network::trayOverfillCheck(t));
            }
        }
        for (const Check &c : topologyChecks)
            if (c.code == "nic-unlinked")
                n.checks.push_back(c);
        for (Check &c : network::checkCageSplitCables(design, *ends))
            n.checks.push_back(std::move(c));
        for (const Check &c : topologyChecks)
            if (c.code != "nic-unlinked")
                n.checks.push_back(c);
        network::addLinkFaultCheck(n, network::LinkFault::Uncabled, n.uncabledLinks, firstUncabled);
        network::addLinkFaultCheck(n, network::LinkFault::BeyondReach, n.beyondReach, firstReach);
        checks.network = n.checks;
    }

    void moved(const Design &design, const Catalog &catalog, const MoveDelta &delta)
    {
        if (!contentsChecks)
            contentsChecks = checkRackContents(design, catalog);
        checks.layout = checkRackPlacements(design);
        checks.layout.insert(checks.layout.end(), contentsChecks->begin(), contentsChecks->end());
        if (results.network) {
            if (!cablingReady)
                prepareCabling(design, catalog);
            updateCabling(design, catalog, delta.racks, delta.recabled);
        }

        bool facility = delta.rowsChanged;
        if (!facility && hasCoolingZones(design)) {
            for (std::size_t k = 0; k < delta.racks.size() && !facility; ++k) {
                const Rack *rack = design.findRack(delta.racks[k]);
                facility = !rack
                           || coolingZoneOf(delta.centresBefore[k], design)
                                  != coolingZoneOf(rack->footprint.center(), design);
            }
        }
        if (facility) {
            ++facilityRuns;
            analyzeFacilityStage(design, catalog, results.brief.value_or(Brief{}), networkFailures.get(), results,
                                 checks);
        }
        analyzeLeaseStage(design, catalog, results, checks);
        assembleChecks(results, checks);
    }
};

IncrementalAnalysis::IncrementalAnalysis(const Design &design, const Catalog &catalog) : d(std::make_unique<Impl>())
{
    d->full(design, catalog);
}

IncrementalAnalysis::~IncrementalAnalysis() = default;

const Results &IncrementalAnalysis::results() const
{
    return d->results;
}

void IncrementalAnalysis::full(const Design &design, const Catalog &catalog)
{
    d->full(design, catalog);
}

void IncrementalAnalysis::moved(const Design &design, const Catalog &catalog, const MoveDelta &delta)
{
    d->moved(design, catalog, delta);
}

long long IncrementalAnalysis::facilityRuns() const
{
    return d->facilityRuns;
}

} // namespace hallwright::edit
