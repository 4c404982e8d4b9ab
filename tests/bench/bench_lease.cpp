// Benchmarks of the lease model (sensitivity sweep, tornado, break-even) and the MFU search.
#include "lease/sensitivity.h"
#include "perf/parallel_layout.h"

#include <benchmark/benchmark.h>

using namespace hallwright;

namespace {

// The brief's default lease on a 10,240-accelerator hall.
lease::LeaseInputs hallLease()
{
    lease::LeaseInputs in;
    in.accelerators = 10240;
    in.nodes = 1280;
    in.terms.pricePerAcceleratorHour = 12.0;
    in.capexIt = 1280 * 2.1e6 * 1.3;
    in.itKw = 1280 * 10.2;
    return in;
}

// Target: a 1,000-point sweep (NPV and IRR at each point) in at most 100 ms.
void BM_SensitivitySweep1000(benchmark::State &state)
{
    const lease::LeaseInputs in = hallLease();
    for (auto _ : state) {
        auto points = lease::sweep(in, lease::Driver::Price, 0.0, 24.0, 1000);
        benchmark::DoNotOptimize(points.data());
    }
}
BENCHMARK(BM_SensitivitySweep1000)->Unit(benchmark::kMillisecond);

void BM_Tornado(benchmark::State &state)
{
    const lease::LeaseInputs in = hallLease();
    for (auto _ : state)
        benchmark::DoNotOptimize(lease::tornado(in, 0.10).baseNpv);
}
BENCHMARK(BM_Tornado)->Unit(benchmark::kMicrosecond);

void BM_LeaseWithBreakEven(benchmark::State &state)
{
    const lease::LeaseInputs in = hallLease();
    for (auto _ : state)
        benchmark::DoNotOptimize(lease::evaluate(in).breakEvenPricePerAcceleratorHour);
}
BENCHMARK(BM_LeaseWithBreakEven)->Unit(benchmark::kMicrosecond);

// The layout search for the brief's default job (175B) on 10,240 and on 102,400
// H100 (target: at most 50 ms at 102,400), 3 tiers, 32-node SUs.
void BM_PredictMfu(benchmark::State &state)
{
    perf::ClusterSpec c;
    c.accelerators = state.range(0);
    c.fabricTiers = 3;
    c.peakBf16Tflops = 989.0;
    c.memoryGb = 80.0;
    c.memoryBandwidthTBs = 3.35;
    c.gemmEfficiency = 0.72;
    c.scaleUpGBs = 450.0;
    c.nicGbpsPerAccelerator = 400.0;
    perf::TrainingJob job;
    job.params = 1.75e11;
    job.tokens = 3.0e11;
    for (auto _ : state)
        benchmark::DoNotOptimize(perf::predictMfu(c, job));
}
BENCHMARK(BM_PredictMfu)->Arg(10240)->Arg(102400)->Unit(benchmark::kMillisecond);

} // namespace
