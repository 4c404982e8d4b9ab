// The 3D hall view at 10,240 and 102,400 accelerators: time to the first frame, the frame rate of an
// orbit, and the memory the view adds. Targets: first frame at most 1.5 s; orbit at least 30 frames/s
// at 10,240 and 10 at 102,400; the view's memory at most 1 GB. Needs an X display with GLX (xvfb-run -a):
// Debian's VTK draws through X only. BM_Hall3dOrbitFrame reads each full-quality frame back
// (grabFramebuffer, as a picture is taken); BM_Hall3dOrbitInteractive times the frame an orbit draws.
#include "../bench_halls.h"

#include "analysis/analysis.h"
#include "hall3d/hall3d_view.h"
#include "hall3d/hall_render.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QOpenGLContext>
#include <QOpenGLFunctions>

#include <benchmark/benchmark.h>

#include <fstream>
#include <memory>
#include <string>

#include <unistd.h>

using namespace hallwright;

namespace {

/// Resident memory of this process now, MB (/proc/self/statm).
double residentMb()
{
    std::ifstream statm("/proc/self/statm");
    long pages = 0, resident = 0;
    statm >> pages >> resident;
    return double(resident) * double(sysconf(_SC_PAGESIZE)) / 1e6;
}

bool displayMissing(benchmark::State &state)
{
    if (views::renderUnavailableReason().isEmpty())
        return false;
    state.SkipWithError("no X display with OpenGL (run under xvfb-run -a)");
    return true;
}

std::unique_ptr<views::Hall3DView> shownView()
{
    auto view = std::make_unique<views::Hall3DView>();
    view->resize(1600, 900);
    view->show();
    QApplication::processEvents();
    return view;
}

/// A shown view of `h` from the isometric camera, its first frame drawn.
std::unique_ptr<views::Hall3DView> isometricView(const bench::Hall &h)
{
    auto view = shownView();
    view->setData(&h.design, &Catalog::builtin(), &h.results);
    view->showIsometric();
    benchmark::DoNotOptimize(view->grabImage().width());
    return view;
}

/// From setData (the scene built from the design) to the first frame drawn and read back.
void BM_Hall3dFirstFrame(benchmark::State &state)
{
    if (displayMissing(state))
        return;
    const bench::Hall &h = bench::hall(state.range(0));
    double addedMb = 0;
    for (auto _ : state) {
        auto view = shownView();
        const double before = residentMb();
        QElapsedTimer t;
        t.start();
        view->setData(&h.design, &Catalog::builtin(), &h.results);
        const QImage frame = view->grabImage();
        state.SetIterationTime(double(t.nsecsElapsed()) / 1e9);
        addedMb = std::max(addedMb, residentMb() - before);
        benchmark::DoNotOptimize(frame.width());
    }
    state.counters["view_MB"] = addedMb;
    state.counters["racks"] = double(h.design.racks.size());
}

/// One orbit step (3 degrees about the focal point) and its frame.
void BM_Hall3dOrbitFrame(benchmark::State &state)
{
    if (displayMissing(state))
        return;
    auto view = isometricView(bench::hall(state.range(0)));
    for (auto _ : state) {
        view->orbit(3.0, 0.0);
        benchmark::DoNotOptimize(view->grabImage().width());
    }
    state.counters["fps"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}

/// One orbit step as the user sees it while dragging: the interactive frame (no FXAA, no read-back),
/// drawn by a synchronous repaint and finished by glFinish.
void BM_Hall3dOrbitInteractive(benchmark::State &state)
{
    if (displayMissing(state))
        return;
    auto view = isometricView(bench::hall(state.range(0)));
    for (auto _ : state) {
        view->orbit(3.0, 0.0);
        view->repaint();
        view->makeCurrent();
        QOpenGLContext::currentContext()->functions()->glFinish();
        view->doneCurrent();
    }
    state.counters["fps"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}

BENCHMARK(BM_Hall3dFirstFrame)->Arg(10240)->Arg(102400)->UseManualTime()->Iterations(2)->Unit(benchmark::kMillisecond);
// Real time: the frame is drawn by the GL driver and the X server, outside this thread.
BENCHMARK(BM_Hall3dOrbitFrame)->Arg(10240)->Arg(102400)->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Hall3dOrbitInteractive)->Arg(10240)->Arg(102400)->UseRealTime()->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv); // the xcb platform: QOpenGLWidget needs a real GL context
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
