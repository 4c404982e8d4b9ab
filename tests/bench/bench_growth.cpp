// Growth of the untrusted-input path with design size: load (all checks), full analysis and CSV
// export of generated halls of 1,024 / 10,240 / 102,400 accelerators (docs/cli.md, "Limits").
#include "analysis/analysis.h"
#include "brief/brief.h"
#include "catalog/catalog.h"
#include "report/csv_export.h"
#include "store/project_store.h"

#include <benchmark/benchmark.h>

#include <filesystem>
#include <map>
#include <string>

#include <unistd.h>

using namespace hallwright;

namespace {

std::filesystem::path benchDir()
{
    static const auto dir = std::filesystem::temp_directory_path() / ("hallwright-growth-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    return dir;
}

// One generated project per size, saved once; generating it is not what is measured.
// 102,400 accelerators need a 128-port switch to stay within three tiers.
const std::string &projectOf(int accelerators)
{
    static std::map<int, std::string> paths;
    auto it = paths.find(accelerators);
    if (it == paths.end()) {
        const Catalog &catalog = Catalog::builtin();
        std::string brief = R"({"schema":"hallwright.brief/1","compute":{"accelerators":)" + std::to_string(accelerators)
                            + "}" + (accelerators > 65536 ? R"(,"fabric":{"switch":"sn5600"})" : "") + "}";
        const Design d = synthesize(parseBrief(brief, catalog), catalog);
        const std::string path = (benchDir() / ("hall-" + std::to_string(accelerators) + ".hall")).string();
        saveProject(d, path);
        it = paths.emplace(accelerators, path).first;
    }
    return it->second;
}

void counters(benchmark::State &state, const Design &d, const std::string &path)
{
    state.counters["racks"] = static_cast<double>(d.racks.size());
    state.counters["devices"] = static_cast<double>(d.devices.size());
    state.counters["links"] = static_cast<double>(d.links.size());
    state.counters["file_MB"] = static_cast<double>(std::filesystem::file_size(path)) / 1e6;
}

void BM_LoadChecked(benchmark::State &state)
{
    const std::string &path = projectOf(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        Design d = loadProject(path);
        benchmark::DoNotOptimize(d);
    }
    counters(state, loadProject(path), path);
}

void BM_Analyze(benchmark::State &state)
{
    const std::string &path = projectOf(static_cast<int>(state.range(0)));
    const Design d = loadProject(path);
    const Catalog catalog = catalogFor(d);
    for (auto _ : state) {
        Results r = analyze(d, catalog);
        benchmark::DoNotOptimize(r);
    }
    counters(state, d, path);
}

void BM_ExportCsv(benchmark::State &state)
{
    const std::string &path = projectOf(static_cast<int>(state.range(0)));
    const Design d = loadProject(path);
    const Catalog catalog = catalogFor(d);
    const Results r = analyze(d, catalog);
    const std::string dir = (benchDir() / ("csv-" + std::to_string(state.range(0)))).string();
    std::filesystem::create_directories(dir);
    for (auto _ : state) {
        auto written = exportCsv(d, catalog, r, dir);
        benchmark::DoNotOptimize(written);
    }
    counters(state, d, path);
}

} // namespace

BENCHMARK(BM_LoadChecked)->Arg(1024)->Arg(10240)->Arg(102400)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Analyze)->Arg(1024)->Arg(10240)->Arg(102400)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ExportCsv)->Arg(1024)->Arg(10240)->Arg(102400)->Unit(benchmark::kMillisecond)->UseRealTime();
