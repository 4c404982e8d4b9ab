// Every figure of a design's analysis as text lines (doubles in shortest round-trip form), for exact comparison.
#pragma once

#include "analysis/analysis.h"
#include "report/csv_export.h"
#include "report/summary.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <string>
#include <vector>

namespace hallwright::test {

inline std::string num(const std::optional<double> &v)
{
    return v ? fmt::format("{}", *v) : std::string("null");
}

inline void csvLines(std::vector<std::string> &out, const std::string &name, const std::string &csv)
{
    std::size_t start = 0, line = 0;
    while (start < csv.size()) {
        std::size_t end = csv.find('\n', start);
        if (end == std::string::npos)
            end = csv.size();
        out.push_back(fmt::format("{}[{}] {}", name, line++, csv.substr(start, end - start)));
        start = end + 1;
    }
}

/// The results as lines "field value": summary JSON, every check, the network figures and
/// BOM, the power schedule and elements, cooling zones, worst failures, lease and tornado.
inline std::vector<std::string> dumpResults(const Design &design, const Catalog &catalog, const Results &r)
{
    std::vector<std::string> out;
    out.push_back("summary " + summaryJson(r).dump());
    for (const Check &c : r.checks)
        out.push_back(fmt::format("check {} {} {} @{}", static_cast<int>(c.severity), c.code, c.message, c.location));
    if (r.network) {
        const network::NetworkResults &n = *r.network;
        out.push_back(fmt::format("network tiers={} leaves={} spines={} cores={} nl={} ls={} sc={} bis={} over={}", n.tiers,
                                  n.leaves, n.spines, n.cores, n.nodeLeafLinks, n.leafSpineLinks, n.spineCoreLinks,
                                  num(n.bisectionTbps), num(n.oversubscription)));
        out.push_back(fmt::format("network cables={} transceivers={} length={} panels={} price={}", n.cablesTotal,
                                  n.transceivers, n.cableLengthM, n.patchPanels, num(n.bomPriceCny)));
        for (const auto &[f, t] : n.fabrics)
            out.push_back(fmt::format("fabric {} sw={} links={} cables={} tx={} length={}", f, t.switches, t.links,
                                      t.cables, t.transceivers, t.cableLengthM));
        for (const network::BomLine &b : n.bom)
            out.push_back(fmt::format("bom {} {} {} {} {}", b.category, b.catalogId, b.lengthM, b.quantity,
                                      num(b.unitPriceCny)));
        out.push_back(fmt::format("hops {} {} {} {}", n.hops.maxSwitchHops, n.hops.meanSwitchHops,
                                  n.hops.minShortestPaths, n.hops.sampled));
        out.push_back(fmt::format("rules uncabled={} unlinked={} conflicts={} dangling={} reach={} overfilled={} "
                                  "maxfill={}",
                                  n.uncabledLinks, n.unlinkedNics, n.portConflicts, n.danglingLinks, n.beyondReach,
                                  n.overfilledTrays, n.maxTrayFill));
    }
    if (r.power) {
        const PowerResults &p = *r.power;
        out.push_back(fmt::format("power it={} ups={} gen={} losses={} {} {} cooling={} misc={} pue={} fac={} mwh={}",
                                  p.itKw, p.upsKw, p.generatorKw, p.upsLossKw, p.transformerLossKw,
                                  p.distributionLossKw, p.coolingKw, p.miscKw, num(p.pue), num(p.facilityKw),
                                  num(p.annualMwh)));
        for (const PowerElement &e : p.elements)
            out.push_back(fmt::format("element {} {} {}", e.name, e.loadKw, e.ratingKw));
    }
    if (r.cooling) {
        const CoolingResults &c = *r.cooling;
        out.push_back(fmt::format("cooling heat={} air={} liquid={} loss={} crah={} cdu={}", c.heatKw, c.airKw,
                                  c.liquidKw, c.lossKw, c.crahUnits, c.cduUnits));
        for (const CoolingZoneLoad &z : c.zones)
            out.push_back(fmt::format("zone {} air={} liquid={} racks={}", z.name, z.airKw, z.liquidKw, z.racks.size()));
        for (const RackHeat &h : c.racks)
            out.push_back(fmt::format("rackheat {} {} {} zone={}", h.name, h.heatKw, h.airKw, h.zone));
    }
    for (const FailureImpact &f : r.worstFailures)
        out.push_back(fmt::format("failure {} dark={} risk={} cut={} racks={}", f.name, f.acceleratorsDark,
                                  f.acceleratorsAtRisk, f.acceleratorsCut, f.racksDark.size()));
    if (r.capexEstimate)
        out.push_back(fmt::format("capex {}", r.capexEstimate->total));
    if (r.tornado)
        for (const auto &bar : r.tornado->bars)
            out.push_back(fmt::format("tornado {} {} {} {} {}", static_cast<int>(bar.driver), bar.npvLow, bar.npvHigh, num(bar.irrLow), num(bar.irrHigh)));
    csvLines(out, "power.csv", powerCsv(design, r));
    csvLines(out, "bom.csv", bomCsv(design, catalog, r));
    return out;
}

/// The first line where a and b differ, or empty when they are equal.
inline std::string firstDifference(const std::vector<std::string> &a, const std::vector<std::string> &b)
{
    for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i)
        if (a[i] != b[i]) {
            std::size_t at = 0;
            while (at < a[i].size() && at < b[i].size() && a[i][at] == b[i][at])
                ++at;
            const std::size_t from = at > 120 ? at - 120 : 0;
            return fmt::format("line {} from character {}:\n  incremental: …{}\n  full:        …{}", i, from,
                               a[i].substr(from, 240), b[i].substr(from, 240));
        }
    if (a.size() != b.size())
        return fmt::format("{} lines against {}", a.size(), b.size());
    return {};
}

} // namespace hallwright::test
