// Network engine benchmarks: synthesis + routing + BOM at 1,024 / 10,240 / 102,400 accelerators (fixture and
// generated halls), analysis, one-rack re-route.
#include "../core/network/hall_fixture.h"

#include "brief/brief.h"
#include "catalog/catalog.h"
#include "layout/layout.h"
#include "network/network_analysis.h"
#include "network/rack_needs.h"
#include "network/synthesis.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <map>

using namespace hallwright;
using namespace hallwright::network;

namespace {

struct Case
{
    test::HallSpec hall;
    FabricInputs inputs;
    SwitchIds switches;
};

/// DGX H100 halls: QM9700 (64 × 400G) up to 10,240 accelerators; at 102,400 the
/// QM9700's R³/4 = 65,536 endpoints are not enough, so SN5600 at 400G (128 ports)
/// and SUs of 64 nodes, with SN5600 storage leaves too.
Case makeCase(long long accelerators)
{
    Case c;
    FabricInputs &in = c.inputs;
    in.nodesPerSu = 32;
    in.storagePortsPerNode = 2;
    in.storageGbps = 400;
    in.storageSwitchRadix = 32;
    in.inbandPortsPerNode = 2;
    in.inbandSwitchRadix = 32;
    in.oobPortsPerNode = 1;
    in.oobSwitchRadix = 48;
    if (accelerators > 65'536) {
        in.switchRadix = 128;
        in.nodesPerSu = 64;
        in.storageSwitchRadix = 128;
        c.switches.compute = "sn5600";
        c.switches.storage = "sn5600";
    }
    const long long nodes = accelerators / 8;
    in.nodes = nodes;
    const FabricPlan plan = planFabric(in);
    const Catalog &cat = Catalog::builtin();
    // Network racks as the layout sizes them: 48U, 25 kW, 2U reserved.
    const NetworkRackNeeds needs = networkRackNeeds(plan, c.switches, cat, *cat.rack("rack-800x1200-48u"), 25.0, 2);
    c.hall.sus = plan.sus;
    c.hall.nodesPerSu = in.nodesPerSu;
    c.hall.nodes = nodes;
    c.hall.leafRacksPerSu = needs.racksPerSu;
    c.hall.centralRacks = needs.centralRacks;
    c.hall.networkRackLimitKw = 25.0;
    // Roughly square halls: a column of rows is ~27 m wide and 3 m per row deep.
    const int racksPerSu = (in.nodesPerSu + c.hall.nodesPerRack - 1) / c.hall.nodesPerRack + needs.racksPerSu;
    const int rows = (plan.sus + 40 / racksPerSu - 1) / (40 / racksPerSu);
    c.hall.columns = std::max(1, static_cast<int>(std::lround(std::sqrt(rows / 9.0))));
    // Trays start at the layout's 600 × 100; synthesis sizes each for its load.
    return c;
}

const Case &cachedCase(long long accelerators)
{
    static std::map<long long, Case> cases;
    auto it = cases.find(accelerators);
    if (it == cases.end())
        it = cases.emplace(accelerators, makeCase(accelerators)).first;
    return it->second;
}

void BM_SynthesizeRouteBom(benchmark::State &state)
{
    const Catalog &cat = Catalog::builtin();
    const Case &c = cachedCase(state.range(0));
    const Design pristine = test::makeHall(c.hall, cat);
    long long links = 0, unrouted = 0, overfilled = 0;
    for (auto _ : state) {
        state.PauseTiming();
        Design d = pristine;
        state.ResumeTiming();
        const SynthesisStats s = synthesizeNetwork(d, c.inputs, c.switches, cat);
        const auto bom = networkBom(d, cat);
        benchmark::DoNotOptimize(bom.data());
        links = s.links;
        unrouted = s.routing.unrouted + s.routing.noMedium;
        overfilled = s.traysOverfilled;
    }
    state.counters["links"] = static_cast<double>(links);
    state.counters["uncabled"] = static_cast<double>(unrouted);
    state.counters["trays_overfilled"] = static_cast<double>(overfilled);
}
BENCHMARK(BM_SynthesizeRouteBom)->Arg(1024)->Arg(10240)->Arg(102400)->Unit(benchmark::kMillisecond);

/// The same on the layout generator's hall for the sample brief at this size
/// (SN5600 at 102,400): layout once, then network synthesis + routing + tray sizing + BOM.
void BM_GeneratedHallNetwork(benchmark::State &state)
{
    const Catalog &cat = Catalog::builtin();
    Brief brief; // as resources/sample/sample-10240.json: DGX H100, 4 per rack, air, rail-optimised SUs of 32
    brief.compute.platform = "dgx-h100";
    brief.compute.accelerators = state.range(0);
    brief.compute.nodesPerRack = 4;
    brief.fabric.switchId = state.range(0) > 65'536 ? "sn5600" : "qm9700";
    brief.cooling.mode = CoolingMode::Air;
    brief = resolveBrief(brief, cat);
    const Design pristine = generateLayout(brief, cat);
    long long links = 0, uncabled = 0, overfilled = 0;
    for (auto _ : state) {
        state.PauseTiming();
        Design d = pristine;
        state.ResumeTiming();
        try {
            const SynthesisStats s = synthesizeNetwork(d, brief, cat);
            const auto bom = networkBom(d, cat);
            benchmark::DoNotOptimize(bom.data());
            links = s.links;
            uncabled = s.routing.unrouted + s.routing.noMedium;
            overfilled = s.traysOverfilled;
        } catch (const FabricError &e) {
            state.SkipWithError(e.what()); // the layout did not size the network racks for the fabric
            break;
        }
    }
    state.counters["links"] = static_cast<double>(links);
    state.counters["uncabled"] = static_cast<double>(uncabled);
    state.counters["trays_overfilled"] = static_cast<double>(overfilled);
}
BENCHMARK(BM_GeneratedHallNetwork)->Arg(1024)->Arg(10240)->Arg(102400)->Unit(benchmark::kMillisecond);

void BM_AnalyzeNetwork(benchmark::State &state)
{
    const Catalog &cat = Catalog::builtin();
    const Case &c = cachedCase(state.range(0));
    Design d = test::makeHall(c.hall, cat);
    synthesizeNetwork(d, c.inputs, c.switches, cat);
    for (auto _ : state) {
        const NetworkResults r = analyzeNetwork(d, cat);
        benchmark::DoNotOptimize(r.bisectionTbps);
    }
}
BENCHMARK(BM_AnalyzeNetwork)->Arg(10240)->Arg(102400)->Unit(benchmark::kMillisecond);

/// Moves one rack back and forth by 3 m and re-routes only its cables: a compute
/// rack (range 1 = 0), an SU network rack (1) or a central spine rack (2).
void BM_MoveOneRack(benchmark::State &state)
{
    const Catalog &cat = Catalog::builtin();
    const Case &c = cachedCase(state.range(0));
    Design d = test::makeHall(c.hall, cat);
    synthesizeNetwork(d, c.inputs, c.switches, cat);
    CableRouter router(d, cat);
    router.routeAll(d);
    const RackRole role = state.range(1) == 0 ? RackRole::Compute : state.range(1) == 1 ? RackRole::Leaf : RackRole::Spine;
    std::vector<std::size_t> candidates;
    for (std::size_t r = 0; r < d.racks.size(); ++r)
        if (d.racks[r].role == role)
            candidates.push_back(r);
    Rack &rack = d.racks[candidates[candidates.size() / 2]]; // one in the middle of the hall
    double step = 3.0;
    long long rerouted = 0;
    for (auto _ : state) {
        rack.footprint.x += step;
        step = -step;
        const RoutingStats s = router.rerouteRack(d, rack.id);
        rerouted = s.routed + s.unrouted + s.noMedium;
    }
    state.counters["links_rerouted"] = static_cast<double>(rerouted);
}
BENCHMARK(BM_MoveOneRack)->Args({102400, 0})->Args({102400, 1})->Args({102400, 2})->Unit(benchmark::kMillisecond);

} // namespace
