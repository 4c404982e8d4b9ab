// Synthesis pipeline and whole-design analysis.
#include "analysis/analysis.h"

#include "layout/fabric_inputs.h"
#include "layout/layout.h"
#include "layout/layout_checks.h"
#include "network/fabric_plan.h"
#include "perf/cluster_spec.h"

#include <algorithm>

namespace hallwright {

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

Design synthesize(const Brief &brief, const Catalog &catalog)
{
    return generateLayout(brief, catalog);
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

/// Training estimate for the design's accelerators and fabric under its brief.
std::optional<perf::TrainingEstimate> analyzeTraining(const Design &design, const Catalog &catalog,
                                                     const Brief &brief, const ComputeResults &compute)
{
    const NodeSpec *node = catalog.node(compute.platform);
    const AcceleratorSpec *acc = node ? catalog.accelerator(node->acceleratorId) : nullptr;
    if (!node || !acc || compute.accelerators == 0)
        return std::nullopt;
    (void)design;
    const network::FabricPlan plan = network::planFabric(fabricInputsFor(brief, catalog));
    const perf::ClusterSpec spec = perf::clusterSpecFromCatalog(*acc, *node, compute.accelerators, brief.fabric,
                                                                plan.compute.tiers, plan.nodesPerLeaf);
    return perf::estimateTraining(spec, brief.training);
}

} // namespace

Results analyze(const Design &design, const Catalog &catalog)
{
    Results r;
    if (!design.briefJson.empty()) {
        try {
            r.brief = parseBrief(design.briefJson, catalog);
        } catch (const BriefError &e) {
            r.checks.push_back({Severity::Warning, "brief-invalid",
                                std::string("the stored brief no longer validates: ") + e.what(), ""});
        }
    }
    r.compute = analyzeCompute(design, catalog);
    if (r.brief) {
        try {
            r.training = analyzeTraining(design, catalog, *r.brief, r.compute);
        } catch (const std::exception &e) {
            r.checks.push_back({Severity::Warning, "training-not-estimated", e.what(), ""});
        }
    }
    const CheckList layout = checkLayout(design, catalog);
    r.checks.insert(r.checks.end(), layout.begin(), layout.end());
    return r;
}

} // namespace hallwright
