// Benchmarks of the power and cooling engines on a 102,400-accelerator hall (issue target:
// analysis ≤ 100 ms, single-failure sweep ≤ 1 s).
#include "brief/brief.h"
#include "catalog/catalog.h"
#include "checks/checks.h"
#include "cooling/cooling_synthesis.h"
#include "layout/layout.h"
#include "network/failure.h"
#include "network/synthesis.h"
#include "power/facility.h"
#include "power/network_impact.h"
#include "power/power_synthesis.h"

#include <benchmark/benchmark.h>

#include <map>
#include <memory>

using namespace hallwright;

namespace {

/// A laid-out 102,400-accelerator hall with its network, power chain and cooling units.
struct Hall
{
    Brief brief;
    Design design;
    CoolingSynthesisStats cooling;
};

const Hall &hall(const std::string &platform)
{
    static std::map<std::string, std::unique_ptr<Hall>> cache;
    auto &slot = cache[platform];
    if (!slot) {
        slot = std::make_unique<Hall>();
        Brief b;
        b.compute.platform = platform;
        b.compute.accelerators = 102400;
        // A 64-port QM9700 fat tree tops out at 65,536 endpoints: use the Q3400.
        b.fabric.switchId = "q3400";
        slot->brief = resolveBrief(b, Catalog::builtin());
        slot->design = generateLayout(slot->brief, Catalog::builtin());
        network::synthesizeNetwork(slot->design, slot->brief, Catalog::builtin());
        synthesizePower(slot->design, slot->brief, Catalog::builtin());
        synthesizeCooling(slot->design, slot->brief, Catalog::builtin(), {}, &slot->cooling);
    }
    return *slot;
}

void analysis(benchmark::State &state, const std::string &platform)
{
    const Hall &h = hall(platform);
    for (auto _ : state) {
        const FacilityAnalysis fa(h.design, Catalog::builtin(), h.brief.power, h.brief.cooling.mode);
        benchmark::DoNotOptimize(fa.power().pue);
    }
    const FacilityAnalysis fa(h.design, Catalog::builtin(), h.brief.power, h.brief.cooling.mode);
    state.counters["racks"] = static_cast<double>(h.design.racks.size());
    state.counters["it_mw"] = fa.power().itKw / 1000.0;
    state.counters["pdus"] = fa.power().pdus;
    state.counters["ups"] = fa.power().upsModules;
    state.counters["air_units"] = fa.cooling().crahUnits;
    state.counters["air_short"] = h.cooling.airUnitsShort;
}

void sweep(benchmark::State &state, const std::string &platform)
{
    const Hall &h = hall(platform);
    const FacilityAnalysis fa(h.design, Catalog::builtin(), h.brief.power, h.brief.cooling.mode);
    const network::FailureAnalyzer net(h.design, Catalog::builtin());
    int evaluated = 0;
    for (auto _ : state) {
        const SweepResult s = fa.failures(networkSwitchImpact(h.design, net)).sweep(sweepOptionsFor(h.brief.power.redundancy));
        evaluated = s.evaluated;
        benchmark::DoNotOptimize(s.worst.data());
    }
    state.counters["components"] = evaluated;
}

void checks(benchmark::State &state, const std::string &platform)
{
    const Hall &h = hall(platform);
    for (auto _ : state) {
        const CheckList c = runChecks(h.design, Catalog::builtin(), h.brief);
        benchmark::DoNotOptimize(c.data());
    }
}

void synthesis(benchmark::State &state, const std::string &platform)
{
    const Hall &h = hall(platform);
    for (auto _ : state) {
        state.PauseTiming();
        Design d = h.design;
        state.ResumeTiming();
        synthesizePower(d, h.brief, Catalog::builtin());
        synthesizeCooling(d, h.brief, Catalog::builtin());
        benchmark::DoNotOptimize(d.equipment.data());
    }
}

} // namespace

BENCHMARK_CAPTURE(analysis, dgx_h100, std::string("dgx-h100"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(sweep, dgx_h100, std::string("dgx-h100"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(checks, dgx_h100, std::string("dgx-h100"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(synthesis, dgx_h100, std::string("dgx-h100"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(analysis, gb200_nvl72, std::string("gb200-nvl72"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(sweep, gb200_nvl72, std::string("gb200-nvl72"))->Unit(benchmark::kMillisecond);
