// Step-time model of 3D-parallel transformer training and the search for the best layout.
#include "perf/parallel_layout.h"

#include "perf/collective.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <string>

namespace hallwright::perf {

namespace {

constexpr double kAspectRatio = 128.0;   // hidden / layers
constexpr double kHeadDim = 128.0;

long long ceilDiv(long long a, long long b)
{
    return (a + b - 1) / b;
}

[[noreturn]] void fail(const std::string &field, const std::string &rule, double got)
{
    std::ostringstream msg;
    msg << field << ": must be " << rule << ", got " << got;
    throw PerfError(msg.str());
}

long long globalBatchSequences(const ClusterSpec &cluster, const TrainingJob &job)
{
    const double tokens = job.globalBatchTokens.value_or(defaultGlobalBatchTokens(cluster.accelerators));
    return std::max<long long>(1, std::llround(tokens / job.sequenceLength));
}

void validateShape(const ModelShape &s)
{
    if (!std::isfinite(s.params) || s.params <= 0.0)
        fail("training.shape.params", "> 0", s.params);
    if (s.layers < 1)
        fail("training.shape.layers", ">= 1", s.layers);
    if (s.hidden < 1)
        fail("training.shape.hidden", ">= 1", s.hidden);
    if (s.heads < 1)
        fail("training.shape.heads", ">= 1", s.heads);
}

} // namespace

ModelShape deriveShape(double params)
{
    if (!std::isfinite(params) || params <= 0.0 || params > 1e15)
        fail("training.params", "in (0, 1e15]", params);
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
        fail("training.params", "in (0, 1e15]", job.params);
    if (!std::isfinite(job.tokens) || job.tokens <= 0.0 || job.tokens > 1e18)
        fail("training.tokens", "in (0, 1e18]", job.tokens);
    if (job.sequenceLength < 1 || job.sequenceLength > 10'000'000)
        fail("training.sequenceLength", "in [1, 1e7]", job.sequenceLength);
    if (job.globalBatchTokens
        && (!std::isfinite(*job.globalBatchTokens) || *job.globalBatchTokens < job.sequenceLength
            || *job.globalBatchTokens > 1e12))
        fail("training.globalBatchTokens", "in [sequenceLength, 1e12]", *job.globalBatchTokens);
    if (job.shape)
        validateShape(*job.shape);
}

ParallelLayout evaluateLayout(const ClusterSpec &c, const TrainingJob &job, const ModelShape &shape,
                              const LayoutChoice &choice, const PerfAssumptions &a)
{
    validate(c);
    validate(job);
    validateShape(shape);
    const int tp = choice.tensorParallel;
    const int pp = choice.pipelineParallel;
    const long long dp = choice.dataParallel;
    const int b = choice.microBatchSize;
    const int v = choice.virtualStages;
    if (tp < 1)
        fail("layout.tensorParallel", ">= 1", tp);
    if (pp < 1)
        fail("layout.pipelineParallel", ">= 1", pp);
    if (v < 1 || (pp == 1 && v != 1))
        fail("layout.virtualStages", pp == 1 ? "1 without pipeline parallel" : ">= 1", v);
    if ((long long)pp * v > shape.layers)
        fail("layout.pipelineParallel x virtualStages", "<= layers", double(pp) * v);
    if (dp < 1)
        fail("layout.dataParallel", ">= 1", double(dp));
    if (b < 1)
        fail("layout.microBatchSize", ">= 1", b);
    if (double(tp) * pp * double(dp) > double(c.accelerators))
        fail("layout.tensorParallel x pipelineParallel x dataParallel", "<= accelerators",
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
    const long long B = globalBatchSequences(c, job);
    L.microBatches = ceilDiv(ceilDiv(B, dp), b);
    const double m = double(L.microBatches);
    const double lps = L.layersPerStage;

    // Memory of the busiest (first) stage. 1F1B keeps min(m, p) micro-batches in
    // flight; interleaving adds a factor 1 + (p - 1) / (p v) (Korthikanti et al. 2022).
    const double paramsPerGpu = N * lps / shape.layers / tp;
    const double optimizerShards = a.zero1 ? double(dp) : 1.0;
    const double stateBytes = paramsPerGpu * (a.weightBytes + a.gradientBytes + a.optimizerBytes / optimizerShards);
    const double sbh = s * b * h;
    double inFlight = double(std::min<long long>(L.microBatches, pp));
    if (v > 1)
        inFlight *= 1.0 + double(pp - 1) / (double(pp) * v);
    const double keep = a.activationBytesPerSbh * sbh / tp;    // a layer's stored activations
    const double ckpt = a.recomputeBytesPerSbh * sbh / tp;     // a recomputed layer's input
    auto activationBytes = [&](int r) {
        return inFlight * ((lps - r) * keep + r * ckpt) + (r > 0 ? keep : 0.0);
    };
    const double budget = c.memoryGb * 1e9 * a.usableMemoryFraction;
    int r = 0;
    if (job.activationRecompute) {
        r = L.layersPerStage;
    } else if (stateBytes + activationBytes(0) > budget && keep > ckpt) {
        // Recompute the fewest whole layers that bring the stage within budget.
        const double excess = stateBytes + inFlight * lps * keep + keep - budget;
        r = int(std::clamp(std::ceil(excess / (inFlight * (keep - ckpt))), 1.0, lps));
    }
    L.recomputedLayers = r;
    L.fullRecompute = r == L.layersPerStage;
    L.memoryPerAcceleratorGb = (stateBytes + activationBytes(r)) / 1e9;
    L.fitsMemory = stateBytes + activationBytes(r) <= budget;

    // Compute of one layer's forward pass for one micro-batch on one GPU:
    // 2 (N/L) b s (1 + s/6h) / tp (Narayanan et al. 2021, eq. 3); backward is
    // twice that and a recomputed layer runs its forward once more.
    const double attention = 1.0 + s / (6.0 * h);
    const double forwardFlops = 2.0 * (N / shape.layers) * b * s * attention / tp;
    const double forwardSeconds = forwardFlops / (c.peakBf16Tflops * 1e12 * a.kernelEfficiency);
    const double passes = 3.0 * lps + r;                       // forward passes per stage
    const double mbCompute = passes * forwardSeconds;

    // Tensor parallel: two all-reduces of the b x s x h activations per forward
    // pass, two per backward; not overlapped (Megatron-LM 2021).
    double mbTp = 0.0;
    if (tp > 1)
        mbTp = (4.0 * lps + 2.0 * r) * allReduce(c, tp, sbh * 2.0, 1).seconds;
    // Pipeline: each chunk sends activations forward and gradients backward per
    // micro-batch, each TP rank its 1/tp slice (scatter-gather, Narayanan et al. 2021).
    double mbPp = 0.0;
    if (pp > 1) {
        const long long distance = pipelineInner ? tp : (long long)tp * dp;
        const long long extent = distance * (pp - 1) + 1;
        mbPp = 2.0 * v * sendRecv(c, sbh * 2.0 / tp, distance, extent).seconds;
    }

    const double slot = mbCompute + mbTp + mbPp;
    const double fill = double(pp - 1) / v;
    L.computeSeconds = m * mbCompute;
    L.tensorCommSeconds = m * mbTp;
    L.pipelineCommSeconds = m * mbPp;
    L.bubbleSeconds = fill * slot;
    L.bubbleFraction = fill / (m + fill);

    // Data parallel: the gradient all-reduce (with ZeRO-1 a reduce-scatter plus an
    // all-gather of the same volume) overlaps only the last micro-batch's backward.
    if (dp > 1) {
        const long long stride = pipelineInner ? (long long)tp * pp : tp;
        L.dataCommSeconds = allReduce(c, dp, paramsPerGpu * a.gradientBytes, stride).seconds;
        const double backward = (2.0 * lps + r) * forwardSeconds;
        L.dataCommExposedSeconds = std::max(0.0, L.dataCommSeconds - backward);
    }

    L.stepSeconds = (m + fill) * slot + L.dataCommExposedSeconds;
    const double tokensPerStep = double(B) * s;
    const double peakPerStep = L.stepSeconds * double(c.accelerators) * c.peakBf16Tflops * 1e12;
    L.mfu = 6.0 * N * tokensPerStep / peakPerStep;
    L.hfu = 2.0 * (passes / lps) * N * tokensPerStep * attention / peakPerStep;
    return L;
}

std::optional<MfuPrediction> predictMfu(const ClusterSpec &c, const TrainingJob &job,
                                        const PerfAssumptions &a)
{
    validate(c);
    validate(job);
    if (!(a.kernelEfficiency > 0.0 && a.kernelEfficiency <= 1.0))
        fail("assumptions.kernelEfficiency", "in (0, 1]", a.kernelEfficiency);
    if (a.maxVirtualStages < 1)
        fail("assumptions.maxVirtualStages", ">= 1", a.maxVirtualStages);

    MfuPrediction out;
    out.shape = job.shape.value_or(deriveShape(job.params));
    out.globalBatchSequences = globalBatchSequences(c, job);
    const long long B = out.globalBatchSequences;
    std::optional<ParallelLayout> best;
    auto consider = [&](const LayoutChoice &choice) {
        ParallelLayout L = evaluateLayout(c, job, out.shape, choice, a);
        ++out.layoutsEvaluated;
        if (!L.fitsMemory)
            return;
        ++out.layoutsFitting;
        if (!best || L.mfu > best->mfu)
            best = L;
    };

    const int tpMax = int(std::min<long long>({c.nvlinkDomain, out.shape.heads, c.accelerators}));
    for (int tp = 1; tp <= tpMax; tp *= 2) {
        if (out.shape.heads % tp != 0 || c.nvlinkDomain % tp != 0)
            continue;
        const long long ppMax = std::min<long long>(out.shape.layers, c.accelerators / tp);
        for (int pp = 1; pp <= ppMax; ++pp) {
            const long long dpMax = std::min<long long>(c.accelerators / ((long long)tp * pp), B);
            for (int b : a.microBatchSizes) {
                if (b < 1 || b > ceilDiv(B, dpMax))
                    continue;
                // The most replicas, and the fewest that give the same micro-batch
                // count (less gradient traffic for the same pipeline time).
                const long long m = ceilDiv(ceilDiv(B, dpMax), b);
                const long long dpMin = ceilDiv(B, m * b);
                for (long long dp : {dpMax, dpMin}) {
                    // Interleaving needs a full pipeline of micro-batches (m >= p).
                    const int vMax = pp == 1 || m < pp ? 1 : std::min(a.maxVirtualStages, out.shape.layers / pp);
                    for (int v = 1; v <= vMax; ++v) {
                        consider({tp, pp, dp, b, v, RankOrder::DataInner});
                        if (pp > 1 && dp > 1)
                            consider({tp, pp, dp, b, v, RankOrder::PipelineInner});
                    }
                    if (dpMin == dpMax)
                        break;
                }
            }
        }
    }
    if (!best)
        return std::nullopt;
    out.best = *best;
    return out;
}

const char *toString(RankOrder order)
{
    return order == RankOrder::PipelineInner ? "tp-pp-dp" : "tp-dp-pp";
}

} // namespace hallwright::perf
