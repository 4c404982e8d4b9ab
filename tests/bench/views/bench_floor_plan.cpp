// 2D plan benchmarks: build the scene for the 10,240 sample and a 102,400 hall; one incremental
// repaint after one rack moved (applyChanges + the paint Qt does for it); a full repaint for scale.
#include "analysis/analysis.h"
#include "floorplan/floor_plan_scene.h"
#include "floorplan/floor_plan_view.h"
#include "selection/selection_model.h"
#include "store/project_store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPaintEvent>

#include <benchmark/benchmark.h>

#include <map>
#include <memory>

using namespace hallwright;
using namespace hallwright::views;

namespace {

struct Hall
{
    Design design;
    Catalog catalog;
    Results results;
};

/// The bundled sample (10,240) or a hall synthesized from a brief (102,400 uses the
/// 128-port SN5600, as the generation benchmarks do). Built once per size.
const Hall &hall(long long accelerators)
{
    static std::map<long long, std::unique_ptr<Hall>> halls;
    auto &h = halls[accelerators];
    if (!h) {
        h = std::make_unique<Hall>();
        if (accelerators == 10240) {
            h->design = loadProject(HALLWRIGHT_SAMPLE_HALL);
        } else {
            std::string json = R"({"schema": "hallwright.brief/1", "compute": {"platform": "dgx-h100", "accelerators": )"
                               + std::to_string(accelerators) + "}";
            if (accelerators > 65536)
                json += R"(, "fabric": {"switch": "sn5600"})";
            json += "}";
            h->design = synthesize(parseBrief(json, Catalog::builtin()), Catalog::builtin());
        }
        h->catalog = catalogFor(h->design);
        h->results = analyze(h->design, h->catalog);
    }
    return *h;
}

/// Counts the viewport's paint events and the pixels they cover.
class PaintCounter : public QObject
{
public:
    int paints = 0;
    long long pixels = 0;

protected:
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint) {
            ++paints;
            for (const QRect &r : static_cast<QPaintEvent *>(e)->region())
                pixels += qlonglong(r.width()) * r.height();
        }
        return false;
    }
};

void BM_BuildScene(benchmark::State &state)
{
    const Hall &h = hall(state.range(0));
    FloorPlanScene scene;
    for (auto _ : state) {
        scene.setData(&h.design, &h.catalog, &h.results);
        benchmark::DoNotOptimize(scene.rackItemCount());
    }
    state.counters["racks"] = double(scene.rackItemCount());
    state.counters["items"] = double(scene.items().size());
}

/// One drag step's view side: a rack moved 0.6 m (alternately east and back) in the
/// design, applyChanges with that rack, then the event loop until Qt has painted it.
/// The view shows the whole hall (the most items on screen) at 1600 × 1000, power-density colours.
void BM_MoveOneRackRepaint(benchmark::State &state)
{
    const Hall &h = hall(state.range(0));
    Design design = h.design; // moved in place, like the editor's design
    FloorPlanView view;
    SelectionModel selection;
    view.setSelectionModel(&selection);
    view.resize(1600, 1000);
    view.setData(&design, &h.catalog, &h.results);
    view.setColourMode(ColourMode::PowerDensity);
    view.show();
    view.zoomToFit();
    PaintCounter counter;
    view.viewport()->installEventFilter(&counter);
    QApplication::processEvents();
    Rack &rack = design.racks[design.racks.size() / 2];
    selection.setSelection({SelectionItem::rack(rack.id)});
    QApplication::processEvents();
    counter.paints = 0;
    counter.pixels = 0;
    double sign = 1;
    for (auto _ : state) {
        rack.footprint.x += 0.6 * sign;
        sign = -sign;
        const int before = counter.paints;
        view.applyChanges(PlanChanges{{rack.id}, {}, {}, false, false, false});
        for (int i = 0; i < 10 && counter.paints == before; ++i)
            QApplication::processEvents();
    }
    state.counters["paints/step"] = double(counter.paints) / double(state.iterations());
    state.counters["pixels/step"] = double(counter.pixels) / double(state.iterations());
}

/// For scale: repainting the whole viewport with the whole hall on screen.
void BM_FullRepaint(benchmark::State &state)
{
    const Hall &h = hall(state.range(0));
    FloorPlanView view;
    view.resize(1600, 1000);
    view.setData(&h.design, &h.catalog, &h.results);
    view.setColourMode(ColourMode::PowerDensity);
    view.show();
    view.zoomToFit();
    QApplication::processEvents();
    for (auto _ : state)
        view.viewport()->repaint();
}

} // namespace

BENCHMARK(BM_BuildScene)->Arg(10240)->Arg(102400)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MoveOneRackRepaint)->Arg(10240)->Arg(102400)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FullRepaint)->Arg(10240)->Arg(102400)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
