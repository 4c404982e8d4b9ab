// Project file save and load times for synthetic halls of 1,024 / 10,240 / 102,400 accelerators.
#include "store/project_store.h"

#include "../core/store/store_designs.h"

#include <benchmark/benchmark.h>

#include <filesystem>
#include <map>
#include <string>

#include <unistd.h>

using namespace hallwright;

namespace {

// Designs are built once per size; building one is not what is measured.
const Design &designOf(int accelerators)
{
    static std::map<int, Design> cache;
    auto it = cache.find(accelerators);
    if (it == cache.end())
        it = cache.emplace(accelerators, test::syntheticDesign(accelerators)).first;
    return it->second;
}

// A directory on the same disk as the system temp dir (ext4 here), so that fsync is real.
std::string benchPath(int accelerators)
{
    const auto dir = std::filesystem::temp_directory_path() / ("hallwright-bench-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    return (dir / ("hall-" + std::to_string(accelerators) + ".hall")).string();
}

void setCounters(benchmark::State &state, const Design &d, const std::string &path)
{
    state.counters["racks"] = static_cast<double>(d.racks.size());
    state.counters["devices"] = static_cast<double>(d.devices.size());
    state.counters["links"] = static_cast<double>(d.links.size());
    state.counters["file_MB"] = static_cast<double>(std::filesystem::file_size(path)) / 1e6;
}

void BM_SaveProject(benchmark::State &state)
{
    const int accelerators = static_cast<int>(state.range(0));
    const Design &design = designOf(accelerators);
    const std::string path = benchPath(accelerators);
    for (auto _ : state)
        saveProject(design, path);
    setCounters(state, design, path);
}

void BM_LoadProject(benchmark::State &state)
{
    const int accelerators = static_cast<int>(state.range(0));
    const Design &design = designOf(accelerators);
    const std::string path = benchPath(accelerators);
    saveProject(design, path);
    for (auto _ : state) {
        Design loaded = loadProject(path);
        benchmark::DoNotOptimize(loaded);
    }
    if (!(loadProject(path) == design))
        state.SkipWithError("loaded design differs from the saved one");
    setCounters(state, design, path);
    std::filesystem::remove_all(std::filesystem::path(path).parent_path());
}

} // namespace

BENCHMARK(BM_SaveProject)->Arg(1024)->Arg(10240)->Arg(102400)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_LoadProject)->Arg(1024)->Arg(10240)->Arg(102400)->Unit(benchmark::kMillisecond)->UseRealTime();
