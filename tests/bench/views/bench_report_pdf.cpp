// The leasing proposal of the 10,240 sample (target: at most 3 s with its 3D picture), in English and Chinese.
#include "analysis/analysis.h"
#include "hall3d/hall_render.h"
#include "report/proposal_pdf.h"
#include "store/project_store.h"

#include <QApplication>

#include <benchmark/benchmark.h>

#include <filesystem>
#include <memory>

using namespace hallwright;

namespace {

struct Hall
{
    Design design;
    Catalog catalog;
    Results results;
};

const Hall &sample()
{
    static std::unique_ptr<Hall> h;
    if (!h) {
        h = std::make_unique<Hall>();
        h->design = loadProject(HALLWRIGHT_SAMPLE_HALL);
        h->catalog = catalogFor(h->design);
        h->results = analyze(h->design, h->catalog);
    }
    return *h;
}

const std::string &out()
{
    static const std::string path = (std::filesystem::temp_directory_path() / "hallwright-bench-proposal.pdf").string();
    return path;
}

// The PDF without the 3D picture (the renderer's own cost is BM_Hall3dPicture).
void BM_ProposalPdf(benchmark::State &state)
{
    const Hall &h = sample();
    views::ProposalOptions options;
    options.language = state.range(0) ? views::ReportLanguage::SimplifiedChinese : views::ReportLanguage::English;
    options.hall3dNote = QStringLiteral("benchmark");
    int pages = 0;
    for (auto _ : state)
        pages = views::writeProposalPdf(h.design, h.catalog, h.results, out(), options);
    state.counters["pages"] = pages;
    state.counters["MB"] = double(std::filesystem::file_size(out())) / 1e6;
}
BENCHMARK(BM_ProposalPdf)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(3);

// The 3D picture the CLI puts in the PDF (2000 × 1250, isometric); needs an X display (xvfb-run).
void BM_Hall3dPicture(benchmark::State &state)
{
    if (!views::renderUnavailableReason().empty()) {
        state.SkipWithError("no X display with OpenGL (run under xvfb-run -a)");
        return;
    }
    const Hall &h = sample();
    for (auto _ : state)
        benchmark::DoNotOptimize(views::renderHallImage(h.design, h.catalog, h.results,
                                                        views::CameraPreset::Isometric, QSize(2000, 1250))
                                     .width());
}
BENCHMARK(BM_Hall3dPicture)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
