// Per-stage times of synthesis and analysis at 10,240 and 102,400 accelerators (the benchmark
// halls of bench_halls.h), so that each stage's growth with hall size can be read off.
#include "bench_halls.h"

#include "analysis/analysis_stages.h"
#include "brief/brief.h"
#include "catalog/catalog.h"
#include "cooling/cooling_synthesis.h"
#include "layout/layout.h"
#include "network/failure.h"
#include "network/network_analysis.h"
#include "network/synthesis.h"
#include "power/plant_synthesis.h"
#include "power/power_math.h"
#include "power/power_synthesis.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <map>
#include <memory>

using namespace hallwright;

namespace {

/// The design of a benchmark hall after each synthesis step, built the way synthesize() builds it.
struct Steps
{
    Brief brief;
    LayoutRules rules;
    Design laidOut;    ///< after the layout
    Design networked;  ///< after the network
    Design cooled;     ///< after power and cooling, before the plant
};

const Steps &steps(long long accelerators)
{
    static std::map<long long, std::unique_ptr<Steps>> all;
    auto &s = all[accelerators];
    if (!s) {
        s = std::make_unique<Steps>();
        const Catalog &cat = Catalog::builtin();
        s->brief = parseBrief(bench::briefJson(accelerators), cat);
        for (int attempt = 0;; ++attempt) {
            s->laidOut = generateLayout(s->brief, cat, s->rules);
            s->networked = s->laidOut;
            network::synthesizeNetwork(s->networked, s->brief, cat);
            s->cooled = s->networked;
            try {
                synthesizePower(s->cooled, s->brief, cat);
                synthesizeCooling(s->cooled, s->brief, cat);
                Design probe = s->cooled;
                synthesizePlant(probe, s->brief, cat);
            } catch (const PowerRoomTooSmall &e) {
                if (attempt >= 5)
                    throw;
                s->rules.minPowerRoomAreaM2 = std::max(2.0 * e.equipmentAreaM2(), 1.5 * s->rules.minPowerRoomAreaM2);
                continue;
            }
            break;
        }
    }
    return *s;
}

void BM_StageLayout(benchmark::State &state)
{
    const Steps &s = steps(state.range(0));
    for (auto _ : state) {
        Design d = generateLayout(s.brief, Catalog::builtin(), s.rules);
        benchmark::DoNotOptimize(d);
    }
}

void BM_StageNetworkSynthesis(benchmark::State &state)
{
    const Steps &s = steps(state.range(0));
    Design d; // copied and freed while the clock is stopped
    for (auto _ : state) {
        state.PauseTiming();
        d = s.laidOut;
        state.ResumeTiming();
        benchmark::DoNotOptimize(network::synthesizeNetwork(d, s.brief, Catalog::builtin()));
    }
}

void BM_StagePlant(benchmark::State &state)
{
    const Steps &s = steps(state.range(0));
    Design d; // copied and freed while the clock is stopped
    for (auto _ : state) {
        state.PauseTiming();
        d = s.cooled;
        state.ResumeTiming();
        synthesizePlant(d, s.brief, Catalog::builtin());
        benchmark::DoNotOptimize(d);
    }
}

void BM_StageNetworkAnalysis(benchmark::State &state)
{
    const Design &d = bench::hall(state.range(0)).design;
    for (auto _ : state)
        benchmark::DoNotOptimize(network::analyzeNetwork(d, Catalog::builtin(), analysisNetworkOptions()));
}

/// The facility stage with the switch-failure analyser it is given (built on the same thread in analyze()).
void BM_StageFacility(benchmark::State &state)
{
    const Design &d = bench::hall(state.range(0)).design;
    const Brief brief = parseBrief(d.briefJson, Catalog::builtin());
    for (auto _ : state) {
        const network::FailureAnalyzer failures(d, Catalog::builtin());
        Results r;
        StageChecks checks;
        analyzeFacilityStage(d, Catalog::builtin(), brief, &failures, r, checks);
        benchmark::DoNotOptimize(r);
    }
}

} // namespace

BENCHMARK(BM_StageLayout)->Arg(10240)->Arg(102400)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StageNetworkSynthesis)->Arg(10240)->Arg(102400)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StagePlant)->Arg(10240)->Arg(102400)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StageNetworkAnalysis)->Arg(10240)->Arg(102400)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StageFacility)->Arg(10240)->Arg(102400)->Unit(benchmark::kMillisecond);
