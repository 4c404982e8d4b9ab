// Training FLOPs, days and the summary's `training` JSON object.
#include "perf/training.h"

#include "brief/brief.h"

#include <cmath>
#include <string>

namespace hallwright::perf {

namespace {

template <typename T>
nlohmann::json jsonOrNull(const std::optional<T> &v)
{
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

} // namespace

TrainingJob jobFromBrief(const TrainingBrief &brief)
{
    TrainingJob job;
    job.params = brief.params;
    job.tokens = brief.tokens;
    job.sequenceLength = brief.sequenceLength;
    job.globalBatchTokens = brief.globalBatchTokens;
    if (brief.activationRecompute) {
        switch (*brief.activationRecompute) {
        case ActivationRecompute::None: job.recompute = Recompute::None; break;
        case ActivationRecompute::Selective: job.recompute = Recompute::Selective; break;
        case ActivationRecompute::Full: job.recompute = Recompute::Full; break;
        }
    }
    job.zeroStage = brief.zeroStage;
    job.overlapCommunication = brief.overlapCommunication;
    job.gemmEfficiency = brief.gemmEfficiency;
    job.fixed.tensorParallel = brief.parallelism.tp;
    job.fixed.pipelineParallel = brief.parallelism.pp;
    job.fixed.dataParallel = brief.parallelism.dp;
    job.fixed.microBatchSize = brief.parallelism.microBatch;
    job.fixed.virtualStages = brief.parallelism.virtualStages;
    return job;
}

TrainingEstimate estimateTraining(const ClusterSpec &cluster, const TrainingJob &job,
                                  std::optional<double> mfu, const PerfAssumptions &assumptions)
{
    validate(cluster);
    validate(job);
    if (mfu && (!std::isfinite(*mfu) || *mfu <= 0.0 || *mfu > 1.0))
        throw PerfError("training.mfu: must be in (0, 1], got " + std::to_string(*mfu));

    TrainingEstimate e;
    e.job = job;
    e.modelFlops = 6.0 * job.params * job.tokens;
    e.peakPflopsBf16 = peakPflopsBf16(cluster);
    e.peakPflopsFp8 = peakPflopsFp8(cluster);
    e.gemmEfficiency = job.gemmEfficiency.value_or(cluster.gemmEfficiency);
    e.gemmEfficiencySource = job.gemmEfficiency ? std::string("brief") : cluster.gemmEfficiencySource;
    // Full recompute repeats the forward pass: 8 N D executed for 6 N D of model
    // work; a layout that recomputes only some layers lies in between.
    double recomputedShare = job.recompute == Recompute::Full ? 1.0 : 0.0;
    if (mfu) {
        e.mfu = mfu;
    } else {
        e.prediction = predictMfu(cluster, job, assumptions, &e.mfuUnknownReason);
        if (e.prediction) {
            e.mfu = e.prediction->best.mfu;
            e.mfuPredicted = true;
            const ParallelLayout &l = e.prediction->best;
            recomputedShare = double(l.recomputedLayers) / l.layersPerStage;
            e.idleAccelerators = l.idleAccelerators;
        }
    }
    e.hardwareFlops = (6.0 + 2.0 * recomputedShare) * job.params * job.tokens;
    if (e.mfu) {
        e.sustainedPflops = e.peakPflopsBf16 * *e.mfu;
        e.days = e.modelFlops / (*e.sustainedPflops * 1e15) / 86400.0;
    }
    return e;
}

TrainingEstimate estimateTraining(const ClusterSpec &cluster, const TrainingBrief &brief,
                                  const PerfAssumptions &assumptions)
{
    return estimateTraining(cluster, jobFromBrief(brief), brief.mfu, assumptions);
}

nlohmann::json layoutJson(const ParallelLayout &l)
{
    return {
        {"tensor_parallel", l.tensorParallel},
        {"pipeline_parallel", l.pipelineParallel},
        {"data_parallel", l.dataParallel},
        {"micro_batch_size", l.microBatchSize},
        {"micro_batches", l.microBatches},
        {"virtual_stages", l.virtualStages},
        {"rank_order", toString(l.order)},
        {"global_batch_sequences", l.globalBatchSequences},
        {"layers_per_stage", l.layersPerStage},
        {"activation_recompute", toString(l.recompute)},
        {"recomputed_layers_per_stage", l.recomputedLayers},
        {"idle_accelerators", l.idleAccelerators},
        {"memory_per_accelerator_gb", l.memoryPerAcceleratorGb},
        {"memory_budget_gb", l.memoryBudgetGb},
        {"step_seconds", l.stepSeconds},
        {"compute_seconds", l.computeSeconds},
        {"tensor_comm_seconds", l.tensorCommSeconds},
        {"tensor_comm_exposed_seconds", l.tensorCommExposedSeconds},
        {"pipeline_comm_seconds", l.pipelineCommSeconds},
        {"pipeline_comm_exposed_seconds", l.pipelineCommExposedSeconds},
        {"bubble_seconds", l.bubbleSeconds},
        {"data_comm_seconds", l.dataCommSeconds},
        {"data_comm_exposed_seconds", l.dataCommExposedSeconds},
        {"bubble_fraction", l.bubbleFraction},
        {"hfu", l.hfu},
    };
}

nlohmann::json trainingJson(const TrainingEstimate &e)
{
    const TrainingJob &job = e.job;
    const FixedLayout &f = job.fixed;
    nlohmann::json j = {
        {"total_flops", e.modelFlops},
        {"mfu", jsonOrNull(e.mfu)},
        {"days", jsonOrNull(e.days)},
        {"hardware_flops", e.hardwareFlops},
        {"mfu_predicted", e.mfuPredicted},
        {"peak_pflops_bf16", e.peakPflopsBf16},
        {"peak_pflops_fp8", jsonOrNull(e.peakPflopsFp8)},
        {"sustained_pflops", jsonOrNull(e.sustainedPflops)},
        {"params", job.params},
        {"tokens", job.tokens},
        {"sequence_length", job.sequenceLength},
        {"activation_recompute", job.recompute ? nlohmann::json(toString(*job.recompute)) : nlohmann::json(nullptr)},
        {"zero_stage", job.zeroStage},
        {"overlap_communication", job.overlapCommunication},
        {"gemm_efficiency", e.gemmEfficiency > 0.0 ? nlohmann::json(e.gemmEfficiency) : nlohmann::json(nullptr)},
        {"gemm_efficiency_source", e.gemmEfficiencySource},
        {"parallelism_fixed", {{"tp", jsonOrNull(f.tensorParallel)},
                               {"pp", jsonOrNull(f.pipelineParallel)},
                               {"dp", jsonOrNull(f.dataParallel)},
                               {"micro_batch", jsonOrNull(f.microBatchSize)},
                               {"virtual_stages", jsonOrNull(f.virtualStages)}}},
    };
    if (e.prediction) {
        const ParallelLayout &l = e.prediction->best;
        j["layout"] = layoutJson(l);
        j["global_batch_sequences"] = e.prediction->globalBatchSequences;
        j["global_batch_tokens"] = double(e.prediction->globalBatchSequences) * job.sequenceLength;
        j["global_batch_default"] = e.prediction->defaultBatch;
        j["idle_accelerators"] = l.idleAccelerators;
        j["activation_recompute_used"] = toString(l.recompute);
        j["model_shape"] = {{"layers", e.prediction->shape.layers},
                            {"hidden", e.prediction->shape.hidden},
                            {"heads", e.prediction->shape.heads}};
        j["layouts_evaluated"] = e.prediction->layoutsEvaluated;
    } else {
        j["global_batch_tokens"] = jsonOrNull(job.globalBatchTokens);
    }
    if (!e.mfu && !e.mfuUnknownReason.empty())
        j["mfu_unknown_reason"] = e.mfuUnknownReason.english();
    return j;
}

} // namespace hallwright::perf
