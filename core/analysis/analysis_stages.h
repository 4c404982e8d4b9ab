// The stages of analyze(), for callers that re-run only the stages an edit affects (core/edit).
#pragma once

#include "analysis/analysis.h"
#include "network/failure.h"

namespace hallwright {

/// The design-rule findings of each stage; Results::checks is their concatenation in this order.
struct StageChecks
{
    CheckList brief;     ///< the stored brief no longer validates
    CheckList layout;    ///< checkLayout
    CheckList network;   ///< NetworkResults::checks
    CheckList facility;  ///< power, cooling, floor load, failures
    CheckList training;
    CheckList lease;     ///< lease evaluation and capex completeness
};

/// r.brief from the design's stored brief.
void analyzeBriefStage(const Design &design, const Catalog &catalog, Results &r, StageChecks &checks);

/// r.power, r.cooling, r.worstFailures, r.powerSchedule (nothing without racks). `networkFailures`
/// gives the loss of each switch (null without a compute fabric).
void analyzeFacilityStage(const Design &design, const Catalog &catalog, const Brief &brief,
                          const network::FailureAnalyzer *networkFailures, Results &r, StageChecks &checks);

/// r.training (needs r.brief, r.compute and r.network).
void analyzeTrainingStage(const Catalog &catalog, Results &r, StageChecks &checks);

/// r.capexEstimate, r.unpricedItems, r.lease and r.tornado (needs r.brief, r.compute, r.network, r.power).
void analyzeLeaseStage(const Design &design, const Catalog &catalog, Results &r, StageChecks &checks);

/// r.checks = the stages' findings in order.
void assembleChecks(Results &r, const StageChecks &checks);

/// The options analyze() runs the network analysis with.
network::AnalysisOptions analysisNetworkOptions();

/// analyze() that also hands back each stage's findings and the network failure analyser.
Results analyzeStages(const Design &design, const Catalog &catalog, StageChecks &checks,
                      std::unique_ptr<network::FailureAnalyzer> *networkFailures = nullptr);

} // namespace hallwright
