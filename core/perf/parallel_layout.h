// Parallel layout search (tensor, pipeline, data parallel) and the step-time model that predicts MFU.
#pragma once

#include "checks/phrase.h"
#include "perf/cluster_spec.h"

#include <optional>
#include <string>
#include <vector>

namespace hallwright::perf {

/// Dense decoder-only transformer shape.
struct ModelShape
{
    double params = 0.0;
    int layers = 0;
    int hidden = 0;
    int heads = 0;
};

/// Shape from a parameter count with the usual aspect ratio: hidden = 128 x
/// layers (GPT-3 175B: 12288 / 96; Llama 3 405B: 16384 / 126), params ≈ 12 L h²,
/// head dimension 128, head count a multiple of 8 (so tensor parallel up to 8
/// divides it) from hidden 1,024 up.
ModelShape deriveShape(double params);

/// What the backward pass recomputes (Korthikanti et al. 2022): nothing, the
/// attention core ("selective"), or whole layers ("full").
enum class Recompute { None, Selective, Full };

const char *toString(Recompute mode);        ///< "none", "selective", "full"

/// Members of the parallel layout the user fixed; the others are searched.
struct FixedLayout
{
    std::optional<int> tensorParallel, pipelineParallel;
    std::optional<long long> dataParallel;
    std::optional<int> microBatchSize, virtualStages;

    bool any() const
    {
        return tensorParallel || pipelineParallel || dataParallel || microBatchSize || virtualStages;
    }
};

/// What is trained and how the software stack runs it.
struct TrainingJob
{
    double params = 0.0;
    double tokens = 0.0;
    int sequenceLength = 4096;
    std::optional<double> globalBatchTokens;   ///< default: defaultGlobalBatchTokens(), rounded up to whole replicas
    std::optional<Recompute> recompute;        ///< null: the least that fits (none, selective, then whole layers)
    int zeroStage = 1;                         ///< 0 none, 1 optimizer, 2 + gradients, 3 + parameters (FSDP)
    bool overlapCommunication = true;          ///< DP, TP and PP traffic overlapped with compute where it can be
    std::optional<double> gemmEfficiency;      ///< null: the cluster's (catalog) figure
    FixedLayout fixed;
    std::optional<ModelShape> shape;           ///< default: deriveShape(params)
};

/// 2,048 tokens per accelerator, clamped to [4 Mi, 32 Mi] tokens (GPT-3 175B on
/// 1,024 A100 used 3.1 M; Llama 3 405B on 16,384 H100 used 16 M). The search
/// rounds it up to a whole number of sequences per data-parallel replica, so
/// the default batch leaves no accelerator idle.
double defaultGlobalBatchTokens(long long accelerators);

/// Sequences per step a layout with `dp` replicas runs: the job's batch, else the
/// default rounded up to a multiple of dp.
long long layoutBatchSequences(const ClusterSpec &cluster, const TrainingJob &job, long long dp);

/// Constants of the model; docs/performance-model.md gives the source of each.
struct PerfAssumptions
{
    double usableMemoryFraction = 0.90;     ///< of HBM; the rest is workspace, fragmentation, context
    double weightBytes = 2.0;               ///< BF16 weights
    double gradientBytes = 2.0;             ///< BF16 gradients (also the all-reduce payload)
    double optimizerBytes = 12.0;           ///< FP32 master weights + Adam m and v
    double activationBytesPerSbh = 34.0;    ///< per layer with selective recompute + sequence parallel
    double attentionScoreBytes = 5.0;       ///< x a s / h more per sbh without recompute (softmax, dropout)
    double recomputeBytesPerSbh = 2.0;      ///< per layer with full recompute (the layer input)
    double elementwiseBytesPerSbh = 68.0;   ///< HBM traffic of a layer's memory-bound kernels, forward
    double overlapResidual = 0.25;          ///< share of overlappable traffic that stays exposed
    std::vector<int> microBatchSizes = {1, 2, 4, 8};
    int maxVirtualStages = 8;               ///< interleaved pipeline chunks per device tried
};

/// How global ranks are assigned: tensor parallel is always innermost (inside
/// the NVLink domain); then data parallel (Megatron-LM's default tp-dp-pp) or
/// pipeline (tp-pp-dp, as Llama 3 ordered its groups).
enum class RankOrder { DataInner, PipelineInner };

/// The parallel decomposition to evaluate.
struct LayoutChoice
{
    int tensorParallel = 1;
    int pipelineParallel = 1;
    long long dataParallel = 1;
    int microBatchSize = 1;
    int virtualStages = 1;                  ///< interleaved 1F1B chunks per device (1 = plain 1F1B)
    RankOrder order = RankOrder::DataInner;
};

/// One evaluated layout with its memory and step-time breakdown (seconds per step).
struct ParallelLayout
{
    int tensorParallel = 1;
    int pipelineParallel = 1;
    long long dataParallel = 1;
    int microBatchSize = 1;
    int virtualStages = 1;
    RankOrder order = RankOrder::DataInner;
    long long globalBatchSequences = 1;     ///< the batch this layout runs
    long long microBatches = 1;             ///< per pipeline per step
    int layersPerStage = 0;
    Recompute recompute = Recompute::None;  ///< the mode of the layers not fully recomputed
    int recomputedLayers = 0;               ///< per stage, fully recomputed (all of them with Recompute::Full)
    bool fullRecompute = false;             ///< every layer recomputed
    long long idleAccelerators = 0;
    double memoryPerAcceleratorGb = 0.0;
    double memoryBudgetGb = 0.0;            ///< usable HBM
    bool fitsMemory = false;

    double computeSeconds = 0.0;            ///< kernels of all micro-batches on the slowest stage
    double tensorCommSeconds = 0.0;         ///< tensor-parallel traffic, all of it
    double tensorCommExposedSeconds = 0.0;  ///< the part not hidden behind the layers' GEMMs
    double pipelineCommSeconds = 0.0;       ///< stage-to-stage sends, all of them
    double pipelineCommExposedSeconds = 0.0;
    double bubbleSeconds = 0.0;             ///< (p - 1) / v micro-batch slots of fill and drain
    double dataCommSeconds = 0.0;           ///< data-parallel traffic (gradients; parameters with ZeRO-3)
    double dataCommExposedSeconds = 0.0;    ///< the part not hidden behind compute
    double stepSeconds = 0.0;
    double bubbleFraction = 0.0;            ///< (p - 1) / (v m + p - 1)
    double mfu = 0.0;                       ///< 6 N x tokens per step / (step x accelerators x peak)
    double hfu = 0.0;                       ///< executed FLOPs (recompute, attention) over the same
};

/// Evaluate one layout. With the job's recompute mode unset the layout recomputes
/// as little as fits: nothing, then the attention core, then whole layers
/// (fewest first); a mode given is used as is. Throws PerfError for an
/// impossible layout (tp x pp x dp larger than the cluster, pp x v above the
/// layer count, non-positive sizes, no GEMM efficiency).
ParallelLayout evaluateLayout(const ClusterSpec &cluster, const TrainingJob &job,
                              const ModelShape &shape, const LayoutChoice &choice,
                              const PerfAssumptions &assumptions = {});

struct MfuPrediction
{
    ModelShape shape;
    long long globalBatchSequences = 0;
    bool defaultBatch = true;               ///< the batch is the engine's (no idle accelerators by construction)
    double gemmEfficiency = 0.0;            ///< used
    ParallelLayout best;
    int layoutsEvaluated = 0;
    int layoutsFitting = 0;
};

/// The GEMM efficiency a job runs at: its own, else the cluster's; throws
/// PerfError when neither is set.
double gemmEfficiencyFor(const ClusterSpec &cluster, const TrainingJob &job);

/// Search tensor parallel (powers of two within the NVLink domain dividing the
/// heads), pipeline parallel (1..layers), interleaving, data parallel (the
/// rest), micro-batch size and rank order, keeping the job's fixed members;
/// keep the layout that fits memory with the highest MFU.
/// nullopt when no layout fits and nothing is fixed (then whyNone, when given,
/// says why, as a phrase a translation can follow: the nearest layout's memory against the budget). Throws PerfError on
/// invalid inputs, and, when the job fixes members, when no layout with them
/// fits (the message gives the nearest layout's memory against the budget) or
/// they cannot be arranged (heads not divisible by tp, tp x pp x dp above the
/// accelerators, a batch smaller than dp).
std::optional<MfuPrediction> predictMfu(const ClusterSpec &cluster, const TrainingJob &job,
                                        const PerfAssumptions &assumptions = {}, Phrase *whyNone = nullptr);

const char *toString(RankOrder order);

/// Throws PerfError naming the first invalid field of the job.
void validate(const TrainingJob &job);

/// a / b rounded up, for positive a and b.
inline long long ceilDiv(long long a, long long b)
{
    return (a + b - 1) / b;
}

} // namespace hallwright::perf
