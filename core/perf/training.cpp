// Training FLOPs, days and the summary's `training` JSON object.
#include "perf/training.h"

#include "brief/brief.h"

#include <cmath>
#include <string>

namespace hallwright::perf {

namespace {

template <typename T>
nlohmann::json orNull(const std::optional<T> &v)
{
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

} // namespace

TrainingJob jobFromBrief(const TrainingBrief &brief)
{
    TrainingJob job;
    job.params = brief.params;
    job.tokens = brief.tokens;
    job.activationRecompute = brief.activationRecompute;
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
    e.modelFlops = 6.0 * job.params * job.tokens;
    e.peakPflopsBf16 = peakPflopsBf16(cluster);
    e.peakPflopsFp8 = peakPflopsFp8(cluster);
    // Full recompute repeats the forward pass: 8 N D executed for 6 N D of model
    // work; a layout that recomputes only some layers lies in between.
    double recomputedShare = job.activationRecompute ? 1.0 : 0.0;
    if (mfu) {
        e.mfu = mfu;
    } else {
        e.prediction = predictMfu(cluster, job, assumptions);
        if (e.prediction) {
            e.mfu = e.prediction->best.mfu;
            e.mfuPredicted = true;
            const ParallelLayout &l = e.prediction->best;
            recomputedShare = double(l.recomputedLayers) / l.layersPerStage;
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
        {"layers_per_stage", l.layersPerStage},
        {"recomputed_layers_per_stage", l.recomputedLayers},
        {"idle_accelerators", l.idleAccelerators},
        {"memory_per_accelerator_gb", l.memoryPerAcceleratorGb},
        {"step_seconds", l.stepSeconds},
        {"compute_seconds", l.computeSeconds},
        {"tensor_comm_seconds", l.tensorCommSeconds},
        {"pipeline_comm_seconds", l.pipelineCommSeconds},
        {"bubble_seconds", l.bubbleSeconds},
        {"data_comm_seconds", l.dataCommSeconds},
        {"data_comm_exposed_seconds", l.dataCommExposedSeconds},
        {"bubble_fraction", l.bubbleFraction},
        {"hfu", l.hfu},
    };
}

nlohmann::json trainingJson(const TrainingEstimate &e)
{
    nlohmann::json j = {
        {"total_flops", e.modelFlops},
        {"mfu", orNull(e.mfu)},
        {"days", orNull(e.days)},
        {"hardware_flops", e.hardwareFlops},
        {"mfu_predicted", e.mfuPredicted},
        {"peak_pflops_bf16", e.peakPflopsBf16},
        {"peak_pflops_fp8", orNull(e.peakPflopsFp8)},
        {"sustained_pflops", orNull(e.sustainedPflops)},
    };
    if (e.prediction) {
        j["layout"] = layoutJson(e.prediction->best);
        j["global_batch_sequences"] = e.prediction->globalBatchSequences;
        j["model_shape"] = {{"layers", e.prediction->shape.layers},
                            {"hidden", e.prediction->shape.hidden},
                            {"heads", e.prediction->shape.heads}};
    }
    return j;
}

} // namespace hallwright::perf
