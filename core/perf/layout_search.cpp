// The search over parallel layouts (tensor, pipeline, data parallel, micro-batch, interleaving, rank order).
#include "checks/phrase.h"
#include "perf/parallel_layout.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <string>

namespace hallwright::perf {

namespace {

[[noreturn]] void refuse(Phrase why)
{
    throw PerfError(phrase(QT_TRANSLATE_NOOP("Finding", "training.parallelism: %1"), std::move(why)));
}

std::string describeLayout(const ParallelLayout &l)
{
    std::ostringstream out;
    out << "tp " << l.tensorParallel << " x pp " << l.pipelineParallel << " x dp " << l.dataParallel
        << " (micro-batch " << l.microBatchSize << ", " << l.virtualStages << " virtual stage"
        << (l.virtualStages == 1 ? "" : "s") << ", recompute " << toString(l.recompute) << ")";
    return out.str();
}

/// The fixed members can be arranged at all (before any memory check).
void checkFixed(const ClusterSpec &c, const TrainingJob &job, const ModelShape &shape)
{
    const FixedLayout &f = job.fixed;
    if (f.tensorParallel && (*f.tensorParallel < 1 || shape.heads % *f.tensorParallel != 0))
        refuse(phrase(QT_TRANSLATE_NOOP("Finding", "tp %1 must divide the model's %2 attention heads"),
                      *f.tensorParallel, shape.heads));
    if (f.pipelineParallel && (*f.pipelineParallel < 1 || *f.pipelineParallel > shape.layers))
        refuse(phrase(QT_TRANSLATE_NOOP("Finding", "pp %1 must be in [1, %2] (the model's layers)"),
                      *f.pipelineParallel, shape.layers));
    if (f.virtualStages && *f.virtualStages < 1)
        refuse(phrase(QT_TRANSLATE_NOOP("Finding", "virtual_stages must be >= 1")));
    if (f.virtualStages && *f.virtualStages > 1 && f.pipelineParallel
        && (long long)*f.pipelineParallel * *f.virtualStages > shape.layers)
        refuse(phrase(QT_TRANSLATE_NOOP("Finding", "pp x virtual_stages = %1 exceeds the model's %2 layers"),
                      (long long)*f.pipelineParallel * *f.virtualStages, shape.layers));
    if (f.virtualStages && *f.virtualStages > 1 && f.pipelineParallel && *f.pipelineParallel == 1)
        refuse(phrase(QT_TRANSLATE_NOOP("Finding", "virtual_stages > 1 needs pp > 1")));
    if (f.microBatchSize && *f.microBatchSize < 1)
        refuse(phrase(QT_TRANSLATE_NOOP("Finding", "micro_batch must be >= 1")));
    if (f.dataParallel && *f.dataParallel < 1)
        refuse(phrase(QT_TRANSLATE_NOOP("Finding", "dp must be >= 1")));
    const double product = double(f.tensorParallel.value_or(1)) * f.pipelineParallel.value_or(1)
                         * double(f.dataParallel.value_or(1));
    if (product > double(c.accelerators)) {
        std::ostringstream out;
        out << product;
        refuse(phrase(QT_TRANSLATE_NOOP("Finding", "tp x pp x dp = %1 exceeds the cluster's %2 accelerators"),
                      out.str(),
                      c.accelerators));
    }
    if (f.dataParallel && job.globalBatchTokens) {
        const long long B = layoutBatchSequences(c, job, *f.dataParallel);
        if (B < *f.dataParallel)
            refuse(phrase(QT_TRANSLATE_NOOP("Finding", "dp %1 is larger than the global batch of %2 sequences (a "
                                                       "replica would get no data)"),
                          *f.dataParallel, B));
    }
}

} // namespace

std::optional<MfuPrediction> predictMfu(const ClusterSpec &c, const TrainingJob &job, const PerfAssumptions &a,
                                        Phrase *whyNone)
{
    validate(c);
    validate(job);
    if (a.maxVirtualStages < 1)
        throw PerfError("assumptions.maxVirtualStages: must be >= 1, got " + std::to_string(a.maxVirtualStages));

    MfuPrediction out;
    out.shape = job.shape.value_or(deriveShape(job.params));
    out.defaultBatch = !job.globalBatchTokens;
    out.gemmEfficiency = gemmEfficiencyFor(c, job);
    const FixedLayout &f = job.fixed;
    checkFixed(c, job, out.shape);

    std::optional<ParallelLayout> best;
    std::optional<ParallelLayout> nearest;   // the smallest memory of those that do not fit
    auto consider = [&](const LayoutChoice &choice) {
        ParallelLayout L = evaluateLayout(c, job, out.shape, choice, a);
        ++out.layoutsEvaluated;
        if (!L.fitsMemory) {
            if (!nearest || L.memoryPerAcceleratorGb < nearest->memoryPerAcceleratorGb)
                nearest = L;
            return;
        }
        ++out.layoutsFitting;
        if (!best || L.mfu > best->mfu)
            best = L;
    };

    std::vector<int> tps;
    if (f.tensorParallel) {
        tps.push_back(*f.tensorParallel);
    } else {
        const int tpMax = int(std::min<long long>({c.nvlinkDomain, out.shape.heads, c.accelerators}));
        for (int tp = 1; tp <= tpMax; tp *= 2)
            if (out.shape.heads % tp == 0 && c.nvlinkDomain % tp == 0)
                tps.push_back(tp);
    }
    const std::vector<int> micro = f.microBatchSize ? std::vector<int>{*f.microBatchSize} : a.microBatchSizes;
    for (int tp : tps) {
        const int ppLo = f.pipelineParallel.value_or(1);
        const long long ppHi = f.pipelineParallel ? *f.pipelineParallel
                                                  : std::min<long long>(out.shape.layers, c.accelerators / tp);
        for (long long ppl = ppLo; ppl <= ppHi; ++ppl) {
            const int pp = int(ppl);
            const long long replicas = c.accelerators / ((long long)tp * pp);
            if (replicas < 1)
                continue;
            for (int b : micro) {
                if (b < 1)
                    continue;
                // The most replicas (every accelerator busy where the batch allows),
                // and the fewest that give the same micro-batch count (less gradient
                // traffic for the same pipeline time) when the batch is fixed.
                std::vector<long long> dps;
                if (f.dataParallel) {
                    dps.push_back(*f.dataParallel);
                } else if (job.globalBatchTokens) {
                    const long long B = layoutBatchSequences(c, job, 1);
                    const long long dpMax = std::min(replicas, B);
                    if (b > ceilDiv(B, dpMax))
                        continue;
                    const long long mb = ceilDiv(ceilDiv(B, dpMax), b);
                    dps = {dpMax};
                    if (const long long dpMin = ceilDiv(B, mb * b); dpMin != dpMax)
                        dps.push_back(dpMin);
                } else {
                    dps.push_back(replicas);
                }
                for (long long dp : dps) {
                    if ((long long)tp * pp * dp > c.accelerators)
                        continue;
                    const long long B = layoutBatchSequences(c, job, dp);
                    if (B < dp || b > ceilDiv(B, dp))
                        continue;
                    const long long m = ceilDiv(ceilDiv(B, dp), b);
                    // Interleaving needs a full pipeline of micro-batches (m >= p).
                    int vLo = 1, vHi = 1;
                    if (f.virtualStages) {
                        vLo = vHi = *f.virtualStages;
                        if ((long long)pp * vLo > out.shape.layers || (pp == 1 && vLo > 1))
                            continue;
                    } else if (pp > 1 && m >= pp) {
                        vHi = std::min(a.maxVirtualStages, out.shape.layers / pp);
                    }
                    for (int v = vLo; v <= vHi; ++v) {
                        consider({tp, pp, dp, b, v, RankOrder::DataInner});
                        if (pp > 1 && dp > 1)
                            consider({tp, pp, dp, b, v, RankOrder::PipelineInner});
                    }
                }
            }
        }
    }
    if (!best) {
        const auto gb = [](double v) { // as the stream writes it, 3 significant digits
            std::ostringstream text;
            text.precision(3);
            text << v;
            return text.str();
        };
        if (f.any()) {
            if (!nearest)
                refuse(phrase(QT_TRANSLATE_NOOP("Finding", "no layout with the fixed members can run this batch on this cluster")));
            refuse(phrase(QT_TRANSLATE_NOOP("Finding", "the nearest layout, %1, needs %2 GB per accelerator, more than the "
                                                       "%3 GB usable of %4 GB"),
                          describeLayout(*nearest), gb(nearest->memoryPerAcceleratorGb), gb(nearest->memoryBudgetGb),
                          gb(c.memoryGb)));
        }
        if (whyNone) {
            if (!nearest)
                *whyNone = phrase(QT_TRANSLATE_NOOP("Finding", "no parallel layout can run this batch on %1 accelerators"),
                                  c.accelerators);
            else if (nearest->recompute != Recompute::Full)
                *whyNone = phrase(QT_TRANSLATE_NOOP("Finding", "no parallel layout fits in memory: the nearest, %1, needs %2 "
                                                               "GB per accelerator, more than the %3 GB usable of %4 GB; "
                                                               "activation recompute (training.activation_recompute "
                                                               "\"selective\" or \"full\") or a higher ZeRO stage lowers it"),
                                  describeLayout(*nearest), gb(nearest->memoryPerAcceleratorGb), gb(nearest->memoryBudgetGb),
                                  gb(c.memoryGb));
            else
                *whyNone = phrase(QT_TRANSLATE_NOOP("Finding", "no parallel layout fits in memory: the nearest, %1, needs %2 "
                                                               "GB per accelerator, more than the %3 GB usable of %4 GB"),
                                  describeLayout(*nearest), gb(nearest->memoryPerAcceleratorGb), gb(nearest->memoryBudgetGb),
                                  gb(c.memoryGb));
        }
        return std::nullopt;
    }
    out.best = *best;
    out.globalBatchSequences = best->globalBatchSequences;
    return out;
}

} // namespace hallwright::perf
