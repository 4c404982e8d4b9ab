// Parallel layout search (tensor, pipeline, data parallel) and the step-time model that predicts MFU.
#pragma once

#include "perf/cluster_spec.h"

#include <optional>
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

/// What is trained. Batch and sequence are not in the brief; defaults are documented.
struct TrainingJob
{
    double params = 0.0;
    double tokens = 0.0;
    int sequenceLength = 4096;
    std::optional<double> globalBatchTokens;   ///< default: defaultGlobalBatchTokens()
    bool activationRecompute = false;          ///< true forces full activation recomputation
    std::optional<ModelShape> shape;           ///< default: deriveShape(params)
};

/// 2,048 tokens per accelerator, clamped to [4 Mi, 32 Mi] tokens (GPT-3 175B on
/// 1,024 A100 used 3.1 M; Llama 3 405B on 16,384 H100 used 16 M).
double defaultGlobalBatchTokens(long long accelerators);

/// Constants of the model; docs/performance-model.md gives the source of each.
struct PerfAssumptions
{
    double kernelEfficiency = 0.55;         ///< share of peak one GPU sustains on a layer's kernels
    double usableMemoryFraction = 0.90;     ///< of HBM; the rest is workspace, fragmentation, context
    double weightBytes = 2.0;               ///< BF16 weights
    double gradientBytes = 2.0;             ///< BF16 gradients (also the all-reduce payload)
    double optimizerBytes = 12.0;           ///< FP32 master weights + Adam m and v
    bool zero1 = true;                      ///< optimizer states sharded over data parallel
    double activationBytesPerSbh = 34.0;    ///< per layer, selective recompute + sequence parallel
    double recomputeBytesPerSbh = 2.0;      ///< per layer with full recompute (the layer input)
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
    long long microBatches = 1;             ///< per pipeline per step
    int layersPerStage = 0;
    int recomputedLayers = 0;               ///< per stage, fully recomputed to fit memory
    bool fullRecompute = false;             ///< every layer recomputed
    long long idleAccelerators = 0;
    double memoryPerAcceleratorGb = 0.0;
    bool fitsMemory = false;

    double computeSeconds = 0.0;            ///< kernels of all micro-batches on the slowest stage
    double tensorCommSeconds = 0.0;         ///< tensor-parallel all-reduces (exposed)
    double pipelineCommSeconds = 0.0;       ///< stage-to-stage sends (exposed)
    double bubbleSeconds = 0.0;             ///< (p - 1) / v micro-batch slots of fill and drain
    double dataCommSeconds = 0.0;           ///< whole gradient all-reduce
    double dataCommExposedSeconds = 0.0;    ///< the part not hidden behind the last backward pass
    double stepSeconds = 0.0;
    double bubbleFraction = 0.0;            ///< (p - 1) / (v m + p - 1)
    double mfu = 0.0;                       ///< 6 N x tokens per step / (step x accelerators x peak)
    double hfu = 0.0;                       ///< executed FLOPs (recompute, attention) over the same
};

/// Evaluate one layout. Layers are recomputed (whole layers, fewest first) only
/// as far as memory requires, or all of them when the job asks for activation
/// recompute. Throws PerfError for an impossible layout (tp x pp x dp larger
/// than the cluster, pp x v above the layer count, non-positive sizes).
ParallelLayout evaluateLayout(const ClusterSpec &cluster, const TrainingJob &job,
                              const ModelShape &shape, const LayoutChoice &choice,
                              const PerfAssumptions &assumptions = {});

struct MfuPrediction
{
    ModelShape shape;
    long long globalBatchSequences = 0;
    ParallelLayout best;
    int layoutsEvaluated = 0;
    int layoutsFitting = 0;
};

/// Search tensor parallel (powers of two within the NVLink domain dividing the
/// heads), pipeline parallel (1..layers), interleaving, data parallel (the
/// rest), micro-batch size and rank order; keep the layout that fits memory
/// with the highest MFU.
/// nullopt when no layout fits. Throws PerfError on invalid inputs.
std::optional<MfuPrediction> predictMfu(const ClusterSpec &cluster, const TrainingJob &job,
                                        const PerfAssumptions &assumptions = {});

const char *toString(RankOrder order);

/// Throws PerfError naming the first invalid field of the job.
void validate(const TrainingJob &job);

} // namespace hallwright::perf
