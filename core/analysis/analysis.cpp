// Synthesis pipeline and whole-design analysis.
#include "analysis/analysis.h"

#include "analysis/analysis_stages.h"

#include "analysis/bill_of_materials.h"
#include "checks/checks.h"
#include "cooling/cooling_synthesis.h"
#include "layout/layout.h"
#include "layout/layout_checks.h"
#include "network/failure.h"
#include "network/fabric_inputs.h"
#include "network/synthesis.h"
#include "perf/cluster_spec.h"
#include "power/facility.h"
#include "power/network_impact.h"
#include "power/power_math.h"
#include "power/plant_synthesis.h"
#include "power/power_synthesis.h"

#include <algorithm>
#include <future>
#include <memory>

namespace hallwright {

namespace {
std::optional<perf::ClusterSpec> clusterFor(const Catalog &catalog, const Brief &brief, const std::string &platform,
                                            long long accelerators,
                                            const std::optional<network::NetworkResults> &network);
} // namespace

int Results::errors() const
{
    return static_cast<int>(std::count_if(checks.begin(), checks.end(),
                                          [](const Check &c) { return c.severity == Severity::Error; }));
}

int Results::warnings() const
{
    return static_cast<int>(checks.size()) - errors();
}

Catalog catalogFor(const Design &design)
{
    Catalog catalog = Catalog::builtin();
    if (!design.userCatalogJson.empty())
        catalog.merge(Catalog::fromJson(design.userCatalogJson));
    return catalog;
}

namespace {

/// A brief that fixes parallel-layout members must name a layout that fits:
/// refused (BriefError, exit 2 in the CLI) with the reason otherwise.
void checkTrainingLayout(const Brief &brief, const Catalog &catalog)
{
    const ParallelismBrief &p = brief.training.parallelism;
    if (p.empty() || brief.training.mfu)
        return;
    const NodeSpec *node = catalog.node(brief.compute.platform);
    if (!node)
        return;
    const long long per = std::max(1, node->acceleratorsPerNode);
    const long long accelerators = (brief.compute.accelerators + per - 1) / per * per;
    const auto spec = clusterFor(catalog, brief, brief.compute.platform, accelerators, std::nullopt);
    if (!spec)
        return;
    try {
        perf::predictMfu(*spec, perf::jobFromBrief(brief.training));
    } catch (const perf::PerfError &e) {
        throw BriefError(e.what());
    }
}

} // namespace

Design synthesize(const Brief &brief, const Catalog &catalog)
{
    checkTrainingLayout(brief, catalog);
    // Order matters: power sizes for the switches placed, cooling for the chain's losses.
    // The electrical room is first sized per MW; when the plant needs more floor
    // than that (small halls, where unit sizes dominate), lay out again with a room
    // of twice the plant's footprint (line-ups need service aisles and margins).
    LayoutRules rules;
    for (int attempt = 0;; ++attempt) {
        Design design = generateLayout(brief, catalog, rules);
        network::synthesizeNetwork(design, brief, catalog);
        try {
            synthesizePower(design, brief, catalog);
            synthesizeCooling(design, brief, catalog);
            synthesizePlant(design, brief, catalog);
        } catch (const PowerRoomTooSmall &e) {
            if (attempt >= 5)
                throw;
            rules.minPowerRoomAreaM2 = std::max(2.0 * e.equipmentAreaM2(), 1.5 * rules.minPowerRoomAreaM2);
            continue;
        }
        return design;
    }
}

ComputeResults analyzeCompute(const Design &design, const Catalog &catalog)
{
    ComputeResults r;
    r.racks = static_cast<int>(design.racks.size());
    for (const Rack &rack : design.racks) {
        if (rack.role == RackRole::Compute)
            ++r.computeRacks;
        else
            ++r.networkRacks;
    }
    bool fp8Everywhere = true;
    double fp8 = 0.0;
    for (const Device &dev : design.devices) {
        if (dev.kind != DeviceKind::ComputeNode)
            continue;
        ++r.nodes;
        if (r.platform.empty())
            r.platform = dev.catalogId;
        else if (r.platform != dev.catalogId)
            r.platform = "mixed";
        const NodeSpec *node = catalog.node(dev.catalogId);
        const AcceleratorSpec *acc = node ? catalog.accelerator(node->acceleratorId) : nullptr;
        if (!node || !acc) {
            fp8Everywhere = false;
            continue;
        }
        r.accelerators += node->acceleratorsPerNode;
        r.peakPflopsBf16 += node->acceleratorsPerNode * acc->bf16DenseTflops / 1000.0;
        if (acc->fp8DenseTflops)
            fp8 += node->acceleratorsPerNode * *acc->fp8DenseTflops / 1000.0;
        else
            fp8Everywhere = false;
    }
    if (fp8Everywhere && r.nodes > 0)
        r.peakPflopsFp8 = fp8;
    return r;
}

namespace {

/// The cluster the performance model sees: the design's accelerators on the
/// fabric as built (its tier count and worst oversubscription; the SU shape from the plan).
std::optional<perf::ClusterSpec> clusterFor(const Catalog &catalog, const Brief &brief, const std::string &platform,
                                            long long accelerators,
                                            const std::optional<network::NetworkResults> &network)
{
    const NodeSpec *node = catalog.node(platform);
    const AcceleratorSpec *acc = node ? catalog.accelerator(node->acceleratorId) : nullptr;
    if (!node || !acc || accelerators == 0)
        return std::nullopt;
    const network::FabricPlan plan = network::planFabric(network::fabricInputsFor(brief, catalog));
    const int tiers = network && network->tiers > 0 ? network->tiers : plan.compute.tiers;
    perf::ClusterSpec spec = perf::clusterSpecFromCatalog(*acc, *node, accelerators, brief.fabric, tiers,
                                                          plan.nodesPerLeaf);
    if (network && network->oversubscription)
        spec.oversubscription = std::max(1.0, *network->oversubscription);
    return spec;
}

/// Training estimate for the design's accelerators and fabric under its brief.
std::optional<perf::TrainingEstimate> analyzeTraining(const Catalog &catalog, const Brief &brief,
                                                     const ComputeResults &compute,
                                                     const std::optional<network::NetworkResults> &network)
{
    const auto spec = clusterFor(catalog, brief, compute.platform, compute.accelerators, network);
    if (!spec)
        return std::nullopt;
    return perf::estimateTraining(*spec, brief.training);
}

/// CNY per unit of the lease currency (catalog prices are CNY).
double cnyPerLeaseUnit(const LeaseBrief &lease)
{
    if (lease.currency == "CNY")
        return 1.0;
    if (lease.currency == "USD" && lease.fxCnyPerUsd && *lease.fxCnyPerUsd > 0.0)
        return *lease.fxCnyPerUsd;
    throw lease::LeaseError(phrase(
        QT_TRANSLATE_NOOP("Finding", "lease.fx_cny_per_usd: needed to convert catalog CNY prices to %1"), lease.currency));
}

/// Capex (brief's, else catalog estimate, by class) and the lease cash flows.
void analyzeLease(const Design &design, const Catalog &catalog, const Brief &brief, Results &r)
{
    const NodeSpec *node = catalog.node(r.compute.platform);
    if (node && r.power) {
        const DesignCapexLines lines = capexLines(designBom(design, catalog, r.network));
        r.capexEstimate = lease::estimateCapex(*node, r.compute.nodes, lines.lines, r.power->itKw);
        r.unpricedItems = lines.unpriced;
    }
    if (!r.power || !r.power->pue || r.compute.accelerators == 0)
        return;
    const double fx = cnyPerLeaseUnit(brief.lease);
    const bool estimateComplete = r.capexEstimate && r.unpricedItems.empty();
    const std::optional<double> itEstimate =
        estimateComplete ? std::optional<double>(r.capexEstimate->itTotal / fx) : std::nullopt;
    const std::optional<double> facilityEstimate =
        estimateComplete ? std::optional<double>(r.capexEstimate->facilityTotal / fx) : std::nullopt;
    if (!brief.lease.capexTotal && !brief.lease.capexPerNode && !itEstimate)
        return; // the estimate would leave out unpriced items: no number rather than a wrong one
    lease::LeaseInputs in;
    in.terms = brief.lease;
    std::string priceSource = "brief";
    bool priceEstimated = false;
    if (!in.terms.pricePerAcceleratorHour && !in.terms.pricePerNodeMonth) {
        if (!node || !node->marketPricePerAcceleratorHourCny)
            throw lease::LeaseError(phrase(QT_TRANSLATE_NOOP("Finding", "lease.price_per_accelerator_hour: not given, "
                                                                        "and the catalog has no market price for platform %1"),
                                           r.compute.platform));
        in.terms.pricePerAcceleratorHour = *node->marketPricePerAcceleratorHourCny / fx;
        priceSource = "catalog " + node->id + ": " + node->marketPriceSource;
        priceEstimated = node->provenance.isEstimated("market_price_per_accelerator_hour_cny");
    }
    in.capexIt = lease::resolveCapex(brief.lease, r.compute.nodes, itEstimate);
    in.capexFacility = lease::resolveFacilityCapex(brief.lease, facilityEstimate);
    in.itKw = r.power->itKw;
    in.pue = *r.power->pue;
    in.loadFactor = brief.power.loadFactor;
    in.electricityPricePerKwh = brief.power.electricityPricePerKwh;
    in.accelerators = r.compute.accelerators;
    in.nodes = r.compute.nodes;
    r.lease = lease::evaluate(in);
    r.lease->priceSource = priceSource;
    r.lease->priceEstimated = priceEstimated;
    r.tornado = lease::tornado(in);
}

} // namespace

void analyzeBriefStage(const Design &design, const Catalog &catalog, Results &r, StageChecks &checks)
{
    r.brief.reset();
    checks.brief.clear();
    r.name = design.hall.name;
    if (design.briefJson.empty())
        return;
    try {
        r.brief = parseBrief(design.briefJson, catalog);
    } catch (const BriefError &e) {
        checks.brief.push_back(finding(Severity::Warning, "brief-invalid",
                                       phrase(QT_TRANSLATE_NOOP("Finding", "the stored brief no longer validates: %1"),
                                              std::string(e.what())),
                                       ""));
    }
    if (r.name.empty() && r.brief)
        r.name = r.brief->name;
}

void analyzeFacilityStage(const Design &design, const Catalog &catalog, const Brief &brief,
                          const network::FailureAnalyzer *networkFailures, Results &r, StageChecks &checks)
{
    r.power.reset();
    r.cooling.reset();
    r.worstFailures.clear();
    r.powerSchedule.clear();
    checks.facility.clear();
    if (design.racks.empty())
        return;
    const FacilityAnalysis facility(design, catalog, brief.power, brief.cooling.mode);
    r.power = facility.power();
    r.cooling = facility.cooling();
    const SwitchImpactFn switchImpact = networkFailures ? networkSwitchImpact(design, *networkFailures) : SwitchImpactFn{};
    const SweepResult sweep = facility.failures(switchImpact).sweep(sweepOptionsFor(brief.power.redundancy));
    r.worstFailures = sweep.worst;
    r.powerSchedule = facility.schedule();
    checks.facility = facilityChecks(facility, sweep, brief.power.redundancy);
}

namespace {

/// An engine error's words for a finding (a translation follows them); other exceptions as they are.
Phrase errorWords(const std::exception &e)
{
    const Phrase *words = phraseOf(e);
    return words ? *words : literal(e.what());
}

} // namespace

void analyzeTrainingStage(const Catalog &catalog, Results &r, StageChecks &checks)
{
    r.training.reset();
    checks.training.clear();
    if (!r.brief)
        return;
    try {
        r.training = analyzeTraining(catalog, *r.brief, r.compute, r.network);
        // Idle accelerators are the brief's doing only when it fixes the batch or
        // the layout; the free search may leave a few idle when TP × PP does not
        // divide the cluster (they count against its MFU and are in the summary).
        const TrainingBrief &t = r.brief->training;
        const bool fixedByBrief = t.globalBatchTokens.has_value() || !t.parallelism.empty();
        if (r.training && !r.training->mfu && !r.training->mfuUnknownReason.empty())
            checks.training.push_back(finding(Severity::Warning, "training-not-estimated",
                                              phrase(QT_TRANSLATE_NOOP("Finding", "Training time not estimated: %1"),
                                                     r.training->mfuUnknownReason),
                                              ""));
        if (r.training && r.training->idleAccelerators > 0 && fixedByBrief)
            checks.training.push_back(finding(Severity::Warning, "training-idle-accelerators",
                                              phrase(QT_TRANSLATE_NOOP("Finding", "%1 of %2 accelerators sit idle in "
                                                                                  "the chosen layout (the global "
                                                                                  "batch, or the fixed layout, has "
                                                                                  "fewer replicas than the cluster can "
                                                                                  "hold)"),
                                                     r.training->idleAccelerators, r.compute.accelerators),
                                              ""));
    } catch (const std::exception &e) {
        checks.training.push_back(finding(Severity::Warning, "training-not-estimated", errorWords(e), ""));
    }
}

void analyzeLeaseStage(const Design &design, const Catalog &catalog, Results &r, StageChecks &checks)
{
    r.capexEstimate.reset();
    r.unpricedItems.clear();
    r.lease.reset();
    r.tornado.reset();
    checks.lease.clear();
    if (r.brief) {
        try {
            analyzeLease(design, catalog, *r.brief, r);
        } catch (const std::exception &e) {
            checks.lease.push_back(finding(Severity::Warning, "lease-not-evaluated", errorWords(e), ""));
        }
    }
    if (!r.unpricedItems.empty())
        checks.lease.push_back(finding(Severity::Warning, "capex-incomplete",
                                       phrase(QT_TRANSLATE_NOOP("Finding", "the catalog has no price for %1 placed item "
                                                                           "kinds (first: %2); capex is not estimated"),
                                              r.unpricedItems.size(), r.unpricedItems.front()),
                                       ""));
}

void assembleChecks(Results &r, const StageChecks &checks)
{
    r.checks.clear();
    for (const CheckList *part : {&checks.brief, &checks.layout, &checks.network, &checks.facility, &checks.training,
                                  &checks.lease})
        r.checks.insert(r.checks.end(), part->begin(), part->end());
}

network::AnalysisOptions analysisNetworkOptions()
{
    // Switch failures are swept with every other component (facility sweep with
    // the network's impact), so the network analysis skips its own.
    network::AnalysisOptions options;
    options.failures = false;
    return options;
}

Results analyzeStages(const Design &design, const Catalog &catalog, StageChecks &checks,
                      std::unique_ptr<network::FailureAnalyzer> *networkFailuresOut)
{
    Results r;
    analyzeBriefStage(design, catalog, r, checks);
    // A design without a brief is analysed under the documented defaults.
    const Brief brief = r.brief.value_or(Brief{});
    r.compute = analyzeCompute(design, catalog);
    checks.layout = checkLayout(design, catalog);

    std::unique_ptr<network::FailureAnalyzer> networkFailures;
    checks.network.clear();
    // The network analysis and the facility stage read the design and the catalog and
    // share nothing else, so the network runs on a second thread meanwhile (the facility
    // sweep's switch failures use their own FailureAnalyzer). get() rethrows its errors.
    std::future<network::NetworkResults> networkJob;
    if (std::any_of(design.links.begin(), design.links.end(), [](const Link &l) { return l.fabric == Fabric::Compute; })) {
        networkJob = std::async(std::launch::async, [&design, &catalog] {
            return network::analyzeNetwork(design, catalog, analysisNetworkOptions());
        });
        networkFailures = std::make_unique<network::FailureAnalyzer>(design, catalog);
    }
    analyzeFacilityStage(design, catalog, brief, networkFailures.get(), r, checks);
    if (networkJob.valid()) {
        r.network = networkJob.get();
        checks.network = r.network->checks;
    }
    analyzeTrainingStage(catalog, r, checks);
    analyzeLeaseStage(design, catalog, r, checks);
    assembleChecks(r, checks);
    if (networkFailuresOut)
        *networkFailuresOut = std::move(networkFailures);
    return r;
}

Results analyze(const Design &design, const Catalog &catalog)
{
    StageChecks checks;
    return analyzeStages(design, catalog, checks);
}

} // namespace hallwright
