// Editor benchmarks: one drag step (move a rack + incremental re-analysis) against a full analyze(),
// at 10,240 accelerators (the bundled sample) and 102,400 (generated, SN5600 fabric).
#include "analysis/analysis.h"
#include "brief/brief.h"
#include "catalog/catalog.h"
#include "edit/editor.h"
#include "store/project_store.h"

#include <benchmark/benchmark.h>

#include <map>
#include <memory>
#include <string>

using namespace hallwright;

namespace {

const Design &hall(long long accelerators)
{
    static std::map<long long, Design> halls;
    auto it = halls.find(accelerators);
    if (it != halls.end())
        return it->second;
    Design d;
    if (accelerators == 10240) {
        d = loadProject(std::string(HALLWRIGHT_RESOURCES_DIR) + "/sample/sample-10240.hall");
    } else {
        std::string json = R"({"schema": "hallwright.brief/1", "compute": {"platform": "dgx-h100", "accelerators": )"
                           + std::to_string(accelerators) + "}";
        if (accelerators > 65536)
            json += R"(, "fabric": {"switch": "sn5600"})";
        json += "}";
        d = synthesize(parseBrief(json, Catalog::builtin()), Catalog::builtin());
    }
    return halls.emplace(accelerators, std::move(d)).first->second;
}

/// An editor on the hall and a compute rack that can be dragged 0.1 m east and back.
struct DragCase
{
    std::unique_ptr<edit::Editor> editor;
    RackId rack;
};

DragCase &dragCase(long long accelerators)
{
    static std::map<long long, DragCase> cases;
    auto it = cases.find(accelerators);
    if (it != cases.end())
        return it->second;
    const Design &d = hall(accelerators);
    DragCase c;
    c.editor = std::make_unique<edit::Editor>(d, catalogFor(d));
    for (auto r = d.racks.rbegin(); r != d.racks.rend(); ++r)
        if (r->role == RackRole::Compute && !c.editor->check(edit::MoveRacks{{r->id}, 0.1, 0.0})) {
            c.rack = r->id;
            break;
        }
    return cases.emplace(accelerators, std::move(c)).first->second;
}

/// One step of a drag: the rack moves 0.1 m (one grid step), its cables are routed
/// again and the design re-analysed; steps alternate east and west.
void BM_DragStep(benchmark::State &state)
{
    DragCase &c = dragCase(state.range(0));
    if (!c.rack.isValid()) {
        state.SkipWithError("no rack can move");
        return;
    }
    double dx = 0.1;
    for (auto _ : state) {
        auto applied = c.editor->apply(edit::MoveRacks{{c.rack}, dx, 0.0});
        benchmark::DoNotOptimize(applied);
        dx = -dx;
    }
    state.counters["links"] = static_cast<double>(c.editor->design().links.size());
    state.counters["cable_km"] = c.editor->results().network->cableLengthM / 1000.0;
}

/// Undo of one drag step (revert its token), as the undo stack does it.
void BM_DragStepUndo(benchmark::State &state)
{
    DragCase &c = dragCase(state.range(0));
    if (!c.rack.isValid()) {
        state.SkipWithError("no rack can move");
        return;
    }
    for (auto _ : state) {
        state.PauseTiming();
        auto applied = c.editor->apply(edit::MoveRacks{{c.rack}, 0.1, 0.0});
        state.ResumeTiming();
        c.editor->revert(*applied.undo);
    }
}

/// The validation the plan runs on every mouse move of a drag.
void BM_DragCheck(benchmark::State &state)
{
    DragCase &c = dragCase(state.range(0));
    for (auto _ : state) {
        auto reason = c.editor->check(edit::MoveRacks{{c.rack}, 0.1, 0.0});
        benchmark::DoNotOptimize(reason);
    }
}

/// A full analysis of the same hall, for comparison.
void BM_FullAnalyze(benchmark::State &state)
{
    const Design &d = hall(state.range(0));
    const Catalog catalog = catalogFor(d);
    for (auto _ : state) {
        Results r = analyze(d, catalog);
        benchmark::DoNotOptimize(r);
    }
}

} // namespace

BENCHMARK(BM_DragCheck)->Arg(10240)->Arg(102400)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DragStep)->Arg(10240)->Arg(102400)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DragStepUndo)->Arg(10240)->Arg(102400)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FullAnalyze)->Arg(10240)->Arg(102400)->Unit(benchmark::kMillisecond)->Iterations(3);
