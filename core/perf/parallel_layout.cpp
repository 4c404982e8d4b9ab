// Step-time model of 3D-parallel transformer training and the search for the best layout.
#include "perf/parallel_layout.h"

#include "perf/collective.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace hallwright::perf {

namespace {

constexpr double kAspectRatio = 128.0;   // hidden / layers
constexpr double kHeadDim = 128.0;

void validateShape(const ModelShape &s)
{
    if (!std::isfinite(s.params) || s.params <= 0.0)
        failOutOfRange("training.shape.params", "> 0", s.params);
    if (s.layers < 1)
        failOutOfRange("training.shape.layers", ">= 1", s.layers);
    if (s.hidden < 1)
        failOutOfRange("training.shape.hidden", ">= 1", s.hidden);
    if (s.heads < 1)
        failOutOfRange("training.shape.heads", ">= 1", s.heads);
}

} // namespace

ModelShape deriveShape(double params)
{
    if (!std::isfinite(params) || params <= 0.0 || params > 1e15)
        failOutOfRange("training.params", "in (0, 1e15]", params);
    // params = 12 L h² with L = h / 128  =>  h = (128 params / 12)^(1/3).
    const double h = std::cbrt(kAspectRatio * params / 12.0);
    ModelShape s;
    s.params = params;
    s.heads = h < 1024.0 ? int(std::max(1.0, std::round(h / kHeadDim)))
                         : int(std::round(h / (8.0 * kHeadDim))) * 8;
    s.hidden = int(s.heads * kHeadDim);
    s.layers = int(std::max(1.0, std::round(params / (12.0 * double(s.hidden) * s.hidden))));
    return s;
}

double defaultGlobalBatchTokens(long long accelerators)
{
    constexpr double lo = 4.0 * 1024 * 1024;
    constexpr double hi = 32.0 * 1024 * 1024;
    return std::clamp(2048.0 * double(std::max(1LL, accelerators)), lo, hi);
}

void validate(const TrainingJob &job)
{
    // Upper bounds keep derived sizes (hidden, layers, sequences) inside integers.
    if (!std::isfinite(job.params) || job.params <= 0.0 || job.params > 1e15)
        failOutOfRange("training.params", "in (0, 1e15]", job.params);
    if (!std::isfinite(job.tokens) || job.tokens <= 0.0 || job.tokens > 1e18)
        failOutOfRange("training.tokens", "in (0, 1e18]", job.tokens);
    if (job.sequenceLength < 1 || job.sequenceLength > 10'000'000)
        failOutOfRange("training.sequenceLength", "in [1, 1e7]", job.sequenceLength);
    if (job.globalBatchTokens
        && (!std::isfinite(*job.globalBatchTokens) || *job.globalBatchTokens < job.sequenceLength
            || *job.globalBatchTokens > 1e12))
        failOutOfRange("training.globalBatchTokens", "in [sequenceLength, 1e12]", *job.globalBatchTokens);
    if (job.zeroStage < 0 || job.zeroStage > 3)
        failOutOfRange("training.zeroStage", "0, 1, 2 or 3", job.zeroStage);
    if (job.shape)
        validateShape(*job.shape);
}

double gemmEfficiencyFor(const ClusterSpec &cluster, const TrainingJob &job)
{
    const double e = job.gemmEfficiency.value_or(cluster.gemmEfficiency);
    if (!(e > 0.0 && e <= 1.0)) {
        if (!job.gemmEfficiency && cluster.gemmEfficiency == 0.0)
            throw PerfError(phrase(QT_TRANSLATE_NOOP("Finding", "training.gemm_efficiency: not given, and the accelerator has no catalog default")));
        failOutOfRange("training.gemm_efficiency", "in (0, 1]", e);
    }
    return e;
}

long long layoutBatchSequences(const ClusterSpec &c, const TrainingJob &job, long long dp)
{
    if (job.globalBatchTokens)
        return std::max<long long>(1, std::llround(*job.globalBatchTokens / job.sequenceLength));
    // The default: at least the target, in whole sequences per replica.
    const long long target = std::max<long long>(
        1, std::llround(defaultGlobalBatchTokens(c.accelerators) / job.sequenceLength));
    return ceilDiv(target, dp) * dp;
}

ParallelLayout evaluateLayout(const ClusterSpec &c, const TrainingJob &job, const ModelShape &shape,
                              const LayoutChoice &choice, const PerfAssumptions &a)
{
    validate(c);
    validate(job);
    validateShape(shape);
    const double gemmEff = gemmEfficiencyFor(c, job);
    const int tp = choice.tensorParallel;
    const int pp = choice.pipelineParallel;
    const long long dp = choice.dataParallel;
    const int b = choice.microBatchSize;
    const int v = choice.virtualStages;
    if (tp < 1)
        failOutOfRange("layout.tensorParallel", ">= 1", tp);
    if (pp < 1)
        failOutOfRange("layout.pipelineParallel", ">= 1", pp);
    if (v < 1 || (pp == 1 && v != 1))
        failOutOfRange("layout.virtualStages", pp == 1 ? "1 without pipeline parallel" : ">= 1", v);
    if ((long long)pp * v > shape.layers)
        failOutOfRange("layout.pipelineParallel x virtualStages", "<= layers", double(pp) * v);
    if (dp < 1)
        failOutOfRange("layout.dataParallel", ">= 1", double(dp));
    if (b < 1)
        failOutOfRange("layout.microBatchSize", ">= 1", b);
    if (double(tp) * pp * double(dp) > double(c.accelerators))
        failOutOfRange("layout.tensorParallel x pipelineParallel x dataParallel", "<= accelerators",
             double(tp) * pp * double(dp));

    ParallelLayout L;
    L.tensorParallel = tp;
    L.pipelineParallel = pp;
    L.dataParallel = dp;
    L.microBatchSize = b;
    L.virtualStages = v;
    L.order = choice.order;
    const bool pipelineInner = choice.order == RankOrder::PipelineInner;
    // The slowest device holds v chunks of ceil(L / (p v)) layers.
    L.layersPerStage = v * int(ceilDiv(shape.layers, (long long)pp * v));
    L.idleAccelerators = c.accelerators - (long long)tp * pp * dp;

    const double N = job.params;
    const double s = job.sequenceLength;
    const double h = shape.hidden;
    const long long B = layoutBatchSequences(c, job, dp);
    L.globalBatchSequences = B;
    L.microBatches = ceilDiv(ceilDiv(B, dp), b);
    const double m = double(L.microBatches);
    const double lps = L.layersPerStage;

    // Memory of the busiest (first) stage. ZeRO shards optimizer states (1),
    // gradients (2) and parameters (3) over data parallel; ZeRO-3 gathers two
    // layers' weights at a time.
    const double paramsPerGpu = N * lps / shape.layers / tp;
    const double layerParams = N / shape.layers / tp;
    const double shards = double(dp);
    const int z = job.zeroStage;
    const double weights = z >= 3 ? paramsPerGpu * a.weightBytes / shards + 2.0 * layerParams * a.weightBytes
                                  : paramsPerGpu * a.weightBytes;
    const double grads = paramsPerGpu * a.gradientBytes / (z >= 2 ? shards : 1.0);
    const double optimizer = paramsPerGpu * a.optimizerBytes / (z >= 1 ? shards : 1.0);
    const double stateBytes = weights + grads + optimizer;
    // 1F1B keeps min(m, p) micro-batches in flight; interleaving adds a factor
    // 1 + (p - 1) / (p v) (Korthikanti et al. 2022).
    const double sbh = s * b * h;
    double inFlight = double(std::min<long long>(L.microBatches, pp));
    if (v > 1)
        inFlight *= 1.0 + double(pp - 1) / (double(pp) * v);
    const double selectiveKeep = a.activationBytesPerSbh * sbh / tp;
    const double noneKeep = (a.activationBytesPerSbh + a.attentionScoreBytes * shape.heads * s / h) * sbh / tp;
    const double ckpt = a.recomputeBytesPerSbh * sbh / tp;     // a recomputed layer's input
    const double budget = c.memoryGb * 1e9 * a.usableMemoryFraction;
    L.memoryBudgetGb = budget / 1e9;
    // r whole layers recomputed, the rest keep `keep` bytes; a recomputed layer
    // rebuilds its activations once during its backward pass.
    auto activationBytes = [&](double keep, int r) {
        return inFlight * ((lps - r) * keep + r * ckpt) + (r > 0 ? keep : 0.0);
    };
    auto fits = [&](double keep, int r) { return stateBytes + activationBytes(keep, r) <= budget; };
    int r = 0;
    Recompute mode = Recompute::None;
    double keep = noneKeep;
    if (job.recompute == Recompute::Full) {
        mode = Recompute::Full;
        keep = selectiveKeep;
        r = L.layersPerStage;
    } else if (job.recompute == Recompute::Selective) {
        mode = Recompute::Selective;
        keep = selectiveKeep;
    } else if (!job.recompute && !fits(noneKeep, 0)) {
        mode = Recompute::Selective;
        keep = selectiveKeep;
        if (!fits(keep, 0) && keep > ckpt) {
            // Recompute the fewest whole layers that bring the stage within budget.
            const double excess = stateBytes + inFlight * lps * keep + keep - budget;
            r = int(std::clamp(std::ceil(excess / (inFlight * (keep - ckpt))), 1.0, lps));
        }
    }
    L.recompute = r == L.layersPerStage ? Recompute::Full : mode;
    L.recomputedLayers = r;
    L.fullRecompute = r == L.layersPerStage;
    L.memoryPerAcceleratorGb = (stateBytes + activationBytes(keep, r)) / 1e9;
    L.fitsMemory = fits(keep, r);

    // One layer's forward pass for one micro-batch on one GPU: its GEMMs,
    // 2 (N/L) b s / tp FLOPs, the attention core, s/6h of that (Narayanan et al.
    // 2021, eq. 3), both at the GEMM efficiency, and its memory-bound kernels
    // (norms, activations, dropout, residuals) at HBM speed. Backward is twice
    // the forward; a recomputed layer runs its forward once more, a selective
    // recompute its attention core.
    const double peak = c.peakBf16Tflops * 1e12 * gemmEff;
    const double gemmSeconds = 2.0 * (N / shape.layers) * b * s / tp / peak;
    const double attentionSeconds = gemmSeconds * s / (6.0 * h);
    const double elementwiseSeconds = a.elementwiseBytesPerSbh * sbh / tp / (c.memoryBandwidthTBs * 1e12);
    const double forwardSeconds = gemmSeconds + attentionSeconds + elementwiseSeconds;
    const double selectiveLayers = L.recompute == Recompute::Selective ? lps - r : 0.0;
    const double mbCompute = (3.0 * lps + r) * forwardSeconds + selectiveLayers * attentionSeconds;
    const double mbGemm = (3.0 * lps + r) * gemmSeconds;
    const bool overlap = job.overlapCommunication;
    // Traffic that runs beside compute it does not depend on: with overlap only
    // overlapResidual of it, or what the compute cannot cover, stays exposed.
    auto exposed = [&](double comm, double cover) {
        return overlap ? std::max(a.overlapResidual * comm, comm - cover) : comm;
    };

    // Tensor parallel with sequence parallel: a reduce-scatter and an all-gather
    // (one all-reduce's volume) twice per layer forward, twice per backward, and
    // again in a recomputed forward; overlapped with the layers' GEMMs when the
    // stack does (chunked GEMM + collective), else on the critical path.
    double mbTp = 0.0;
    if (tp > 1)
        mbTp = (4.0 * lps + 2.0 * r) * allReduce(c, tp, sbh * 2.0, 1).seconds;
    const double mbTpExposed = exposed(mbTp, mbGemm);
    // Pipeline: each chunk sends activations forward and gradients backward per
    // micro-batch, each TP rank its 1/tp slice (scatter-gather, Narayanan et al. 2021).
    double mbPp = 0.0;
    if (pp > 1) {
        const long long distance = pipelineInner ? tp : (long long)tp * dp;
        const long long extent = distance * (pp - 1) + 1;
        mbPp = 2.0 * v * sendRecv(c, sbh * 2.0 / tp, distance, extent).seconds;
    }
    const double mbPpExposed = exposed(mbPp, mbCompute);

    const double slot = mbCompute + mbTpExposed + mbPpExposed;
    const double fill = double(pp - 1) / v;
    L.computeSeconds = m * mbCompute;
    L.tensorCommSeconds = m * mbTp;
    L.tensorCommExposedSeconds = m * mbTpExposed;
    L.pipelineCommSeconds = m * mbPp;
    L.pipelineCommExposedSeconds = m * mbPpExposed;
    L.bubbleSeconds = fill * slot;
    L.bubbleFraction = fill / (m + fill);

    // Data parallel. ZeRO 0: an all-reduce of the gradients; 1 and 2: a
    // reduce-scatter of the gradients and an all-gather of the updated weights
    // (the same volume); both overlap, when the stack does, only the last
    // micro-batch's backward and the first one's forward. ZeRO-3 all-gathers
    // the weights for every forward and backward and reduce-scatters the
    // gradients, every micro-batch, overlapped with that micro-batch's compute.
    if (dp > 1) {
        const long long stride = pipelineInner ? (long long)tp * pp : tp;
        const double allReduceSeconds = allReduce(c, dp, paramsPerGpu * a.gradientBytes, stride).seconds;
        const double backward = (2.0 * lps + r) * forwardSeconds;
        const double forward = lps * forwardSeconds;
        if (z >= 3) {
            const double perMb = 1.5 * allReduceSeconds;
            L.dataCommSeconds = m * perMb;
            L.dataCommExposedSeconds = m * exposed(perMb, mbCompute);
        } else if (z == 0) {
            L.dataCommSeconds = allReduceSeconds;
            L.dataCommExposedSeconds = overlap ? std::max(0.0, allReduceSeconds - backward) : allReduceSeconds;
        } else {
            L.dataCommSeconds = allReduceSeconds;
            const double half = 0.5 * allReduceSeconds;
            L.dataCommExposedSeconds = overlap
                ? std::max(0.0, half - backward) + std::max(0.0, half - forward)
                : allReduceSeconds;
        }
    }

    L.stepSeconds = (m + fill) * slot + L.dataCommExposedSeconds;
    const double tokensPerStep = double(B) * s;
    const double peakPerStep = L.stepSeconds * double(c.accelerators) * c.peakBf16Tflops * 1e12;
    L.mfu = 6.0 * N * tokensPerStep / peakPerStep;
    const double executedPerLayerForward = (3.0 * lps + r) * (1.0 + s / (6.0 * h)) + selectiveLayers * s / (6.0 * h);
    L.hfu = 2.0 * (executedPerLayerForward / lps) * N * tokensPerStep / peakPerStep;
    return L;
}

const char *toString(Recompute mode)
{
    switch (mode) {
    case Recompute::None: return "none";
    case Recompute::Selective: return "selective";
    case Recompute::Full: return "full";
    }
    return "none";
}

const char *toString(RankOrder order)
{
    return order == RankOrder::PipelineInner ? "tp-pp-dp" : "tp-dp-pp";
}

} // namespace hallwright::perf
