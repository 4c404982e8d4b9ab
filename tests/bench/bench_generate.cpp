// Benchmarks of the foundation: generate a hall from a brief, save it, load it (issue targets in README).
#include "bench_halls.h"

#include "analysis/analysis.h"
#include "brief/brief.h"
#include "catalog/catalog.h"
#include "layout/layout.h"
#include "store/project_store.h"

#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>

using namespace hallwright;

namespace {

/// A brief for n DGX H100 accelerators. Beyond 65,536 endpoints radix-64
/// switches cannot build a non-blocking 3-tier fabric, so use the 128-port SN5600.
Brief briefFor(long long accelerators)
{
    return parseBrief(bench::briefJson(accelerators), Catalog::builtin());
}

std::string tempPath(const char *name)
{
    return (std::filesystem::temp_directory_path() / name).string();
}

/// Layout only: racks, rows, rooms and trays from the brief.
void BM_Layout(benchmark::State &state)
{
    const Brief brief = briefFor(state.range(0));
    for (auto _ : state) {
        Design d = generateLayout(brief, Catalog::builtin());
        benchmark::DoNotOptimize(d);
    }
}

/// The whole synthesis: layout, network (links routed), power and cooling.
void BM_Generate(benchmark::State &state)
{
    const Brief brief = briefFor(state.range(0));
    std::size_t racks = 0;
    for (auto _ : state) {
        Design d = synthesize(brief, Catalog::builtin());
        racks = d.racks.size();
        benchmark::DoNotOptimize(d);
    }
    state.counters["racks"] = static_cast<double>(racks);
}

/// Synthesis and the full analysis (every engine and design rule), as `new` runs them.
void BM_GenerateAnalyze(benchmark::State &state)
{
    const Brief brief = briefFor(state.range(0));
    int errors = 0;
    for (auto _ : state) {
        Design d = synthesize(brief, Catalog::builtin());
        const Results r = analyze(d, Catalog::builtin());
        errors = r.errors();
        benchmark::DoNotOptimize(d);
    }
    state.counters["errors"] = errors;
}

void BM_Save(benchmark::State &state)
{
    const Design d = synthesize(briefFor(state.range(0)), Catalog::builtin());
    const std::string path = tempPath("bench-generate-save.hall");
    for (auto _ : state)
        saveProject(d, path);
    state.counters["bytes"] = static_cast<double>(std::filesystem::file_size(path));
    state.counters["links"] = static_cast<double>(d.links.size());
    std::filesystem::remove(path);
}

void BM_Load(benchmark::State &state)
{
    const std::string path = tempPath("bench-generate-load.hall");
    saveProject(synthesize(briefFor(state.range(0)), Catalog::builtin()), path);
    for (auto _ : state) {
        Design d = loadProject(path);
        benchmark::DoNotOptimize(d);
    }
    std::filesystem::remove(path);
}

} // namespace

BENCHMARK(BM_Layout)->Arg(1024)->Arg(10240)->Arg(102400)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Generate)->Arg(1024)->Arg(10240)->Arg(102400)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_GenerateAnalyze)->Arg(1024)->Arg(10240)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Save)->Arg(1024)->Arg(10240)->Arg(102400)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Load)->Arg(1024)->Arg(10240)->Arg(102400)->Unit(benchmark::kMillisecond);
