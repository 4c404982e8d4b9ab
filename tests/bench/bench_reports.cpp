// Report writers: all CSV schedules (target: 102,400 accelerators in at most 1 s) and the lease workbook.
#include "bench_halls.h"

#include "analysis/analysis.h"
#include "brief/brief.h"
#include "report/csv_export.h"
#include "report/lease_workbook.h"

#include <benchmark/benchmark.h>

#include <filesystem>

using namespace hallwright;

namespace {

using bench::hall;

std::string scratch(const char *name)
{
    const auto dir = std::filesystem::temp_directory_path() / name;
    std::filesystem::create_directories(dir);
    return dir.string();
}

// All five schedules, text and the files written and synced (what `export --csv` does).
void BM_ExportAllCsv(benchmark::State &state)
{
    const bench::Hall &h = hall(state.range(0));
    const std::string dir = scratch("hallwright-bench-csv");
    std::size_t bytes = 0;
    for (auto _ : state) {
        const auto written = exportCsv(h.design, Catalog::builtin(), h.results, dir);
        benchmark::DoNotOptimize(written.size());
    }
    for (const auto &e : std::filesystem::directory_iterator(dir))
        bytes += std::filesystem::file_size(e.path());
    state.counters["links"] = double(h.design.links.size());
    state.counters["MB"] = double(bytes) / 1e6;
    std::filesystem::remove_all(dir);
}
BENCHMARK(BM_ExportAllCsv)->Arg(10240)->Arg(102400)->Unit(benchmark::kMillisecond)->Iterations(3);

// The cable schedule alone: the largest table (one row per link, installer port names).
void BM_CablesCsvText(benchmark::State &state)
{
    const bench::Hall &h = hall(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(cablesCsv(h.design, Catalog::builtin()).size());
}
BENCHMARK(BM_CablesCsvText)->Arg(10240)->Arg(102400)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_LeaseWorkbook(benchmark::State &state)
{
    const bench::Hall &h = hall(10240);
    const std::string path = scratch("hallwright-bench-xlsx") + "/lease.xlsx";
    for (auto _ : state)
        exportLeaseWorkbook(h.design, h.results, path);
}
BENCHMARK(BM_LeaseWorkbook)->Unit(benchmark::kMillisecond);

} // namespace
