// The editor's analysis: a full analyze() once, then only the stages a move affects, equal to a full run.
#pragma once

#include "analysis/analysis.h"

#include <memory>
#include <vector>

namespace hallwright::edit {

/// What a geometric edit changed: racks moved or turned (their centres before),
/// rows moved or turned in place, links whose cables were routed again.
/// Devices, links' ends, trays, equipment and zones are as before.
struct MoveDelta
{
    std::vector<RackId> racks;
    std::vector<Point2> centresBefore;     ///< per rack in `racks`
    bool rowsChanged = false;
    std::vector<std::size_t> recabled;     ///< link indices whose medium or length may have changed
};

/// Results of one design, equal field by field to analyze(design, catalog) after
/// every call. A move re-runs what depends on where racks stand: the layout
/// rules; the cable totals, bill of materials and tray fill from the re-cabled
/// links only (network::NetworkBomIndex, network::TrayLoadIndex); power and
/// cooling only when a rack changes cooling zone or a row changes (cooling
/// assigns racks to zones by position, floor load shares aisles between rows);
/// capex and the lease. Topology (switch counts, tiers, bisection, hops,
/// failures) and training do not depend on positions and are kept.
/// Holds references to the design and catalog passed to the last full().
class IncrementalAnalysis
{
public:
    IncrementalAnalysis(const Design &design, const Catalog &catalog);
    ~IncrementalAnalysis();
    IncrementalAnalysis(const IncrementalAnalysis &) = delete;
    IncrementalAnalysis &operator=(const IncrementalAnalysis &) = delete;

    const Results &results() const;

    /// Everything again (after a structural edit or a new design).
    void full(const Design &design, const Catalog &catalog);
    /// After a geometric edit of the design last passed to full().
    void moved(const Design &design, const Catalog &catalog, const MoveDelta &delta);

    /// How many moves re-ran the power and cooling stage (a rack changed cooling zone, a row changed).
    long long facilityRuns() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace hallwright::edit
