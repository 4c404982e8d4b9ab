// Training time of a model on a cluster: 6ND model FLOPs at a given or predicted MFU.
#pragma once

#include "perf/cluster_spec.h"
#include "perf/parallel_layout.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace hallwright {
struct TrainingBrief;
}

namespace hallwright::perf {

/// The result behind the summary's `training` object.
/// Days = modelFlops / (accelerators x peak BF16 x MFU) / 86,400, MFU being
/// model FLOPs utilisation (6ND basis) whether given or predicted.
struct TrainingEstimate
{
    double modelFlops = 0.0;               ///< 6 N D (reported as total_flops)
    double hardwareFlops = 0.0;            ///< 8 N D with full activation recompute, else 6 N D
    std::optional<double> mfu;             ///< nullopt when it cannot be predicted (nothing fits)
    bool mfuPredicted = false;
    std::optional<double> days;
    double peakPflopsBf16 = 0.0;
    std::optional<double> peakPflopsFp8;
    std::optional<double> sustainedPflops; ///< peak x MFU
    std::optional<MfuPrediction> prediction;
    TrainingJob job;                       ///< the inputs used (sequence, batch, recompute, ZeRO, overlap, fixed layout)
    double gemmEfficiency = 0.0;           ///< used (0 when the MFU was given and none is known)
    std::string gemmEfficiencySource;      ///< "brief", or the catalog's source
    long long idleAccelerators = 0;        ///< of the chosen layout
    Phrase mfuUnknownReason;               ///< why mfu is nullopt (no layout fits), else empty
};

/// A TrainingJob from the brief: every run input, fixed layout members included.
TrainingJob jobFromBrief(const TrainingBrief &brief);

/// Training estimate. A given MFU (job or `mfu`) is used as is; otherwise it is
/// predicted with predictMfu(). Throws PerfError on invalid inputs (MFU outside (0, 1]).
TrainingEstimate estimateTraining(const ClusterSpec &cluster, const TrainingJob &job,
                                  std::optional<double> mfu,
                                  const PerfAssumptions &assumptions = {});

/// Convenience: estimateTraining(cluster, jobFromBrief(brief), brief.mfu).
TrainingEstimate estimateTraining(const ClusterSpec &cluster, const TrainingBrief &brief,
                                  const PerfAssumptions &assumptions = {});

/// The summary's `training` object: total_flops, mfu, days (null when unknown),
/// plus hardware_flops, mfu_predicted, peak_pflops_bf16, peak_pflops_fp8,
/// sustained_pflops, the inputs used (sequence_length, global_batch_tokens,
/// activation_recompute, zero_stage, overlap_communication, gemm_efficiency and
/// its source, the fixed parallelism) and, when predicted, the chosen layout,
/// idle_accelerators and global_batch_default.
nlohmann::json trainingJson(const TrainingEstimate &estimate);

/// The layout as JSON (tensor/pipeline/data parallel, micro-batches, step-time breakdown).
nlohmann::json layoutJson(const ParallelLayout &layout);

} // namespace hallwright::perf
