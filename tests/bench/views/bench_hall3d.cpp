// The 3D hall view at 10,240 and 102,400 accelerators: time to the first frame, the frame rate of an
// orbit, and the memory the view adds. Targets: first frame at most 1.5 s; orbit at least 30 frames/s
// at 10,240 and 10 at 102,400; the view's memory at most 1 GB. Needs an X display with GLX (xvfb-run -a):
// Debian's VTK draws through X only. BM_Hall3dOrbitFrame reads each full-quality frame back
// (grabFramebuffer, as a picture is taken); BM_Hall3dOrbitInteractive times the frame an orbit draws,
// in a 1600 x 900 view (a large window given to 3D) and a 960 x 900 one (the 3D half of a 1920-wide
// window beside the plan). BM_Hall3dEmptyFrame is the same frame with no hall: what Qt's widget
// composition, the GL driver and the X server cost on their own, the ceiling of any frame rate here.
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
    if (views::renderUnavailableReason().empty())
        return false;
    state.SkipWithError("no X display with OpenGL (run under xvfb-run -a)");
    return true;
}

std::unique_ptr<views::Hall3DView> shownView(int width = 1600, int height = 900)
{
    auto view = std::make_unique<views::Hall3DView>();
    view->resize(width, height);
    view->show();
    QApplication::processEvents();
    return view;
}

/// A shown view of `h` from the isometric camera, its first frame drawn.
std::unique_ptr<views::Hall3DView> isometricView(const bench::Hall &h, int width = 1600, int height = 900)
{
    auto view = shownView(width, height);
    view->setData(&h.design, &Catalog::builtin(), &h.results);
    QCoreApplication::processEvents(); // the cable bundles, computed once the view has its data
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

/// Asks the view for its next frame, as a mouse move does (update()), and returns once Qt has
/// composed it into the window and the GL driver is done. (A synchronous repaint() is no measure:
/// Qt skips it while the previous frame is still being delivered.)
void drawNow(views::Hall3DView &view)
{
    int swapped = 0;
    const QMetaObject::Connection c = QObject::connect(&view, &QOpenGLWidget::frameSwapped, [&] { ++swapped; });
    view.update();
    QElapsedTimer waited;
    waited.start();
    while (swapped == 0 && waited.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    QObject::disconnect(c);
    view.makeCurrent();
    QOpenGLContext::currentContext()->functions()->glFinish();
    view.doneCurrent();
}

/// One orbit step as the user sees it while dragging: the interactive frame (no FXAA, no read-back).
/// Arguments: accelerators, view width (the height is 900).
void BM_Hall3dOrbitInteractive(benchmark::State &state)
{
    if (displayMissing(state))
        return;
    auto view = isometricView(bench::hall(state.range(0)), int(state.range(1)), 900);
    for (auto _ : state) {
        view->orbit(3.0, 0.0);
        drawNow(*view);
    }
    state.counters["fps"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}

/// The interactive frame of a view with no hall, at the widths BM_Hall3dOrbitInteractive uses.
void BM_Hall3dEmptyFrame(benchmark::State &state)
{
    if (displayMissing(state))
        return;
    auto view = shownView(int(state.range(0)), 900);
    for (auto _ : state) {
        view->orbit(3.0, 0.0);
        drawNow(*view);
    }
    state.counters["fps"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}

BENCHMARK(BM_Hall3dFirstFrame)->Arg(10240)->Arg(102400)->UseManualTime()->Iterations(2)->Unit(benchmark::kMillisecond);
// Real time: the frame is drawn by the GL driver and the X server, outside this thread.
BENCHMARK(BM_Hall3dOrbitFrame)->Arg(10240)->Arg(102400)->UseRealTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Hall3dOrbitInteractive)
    ->ArgsProduct({{10240, 102400}, {1600, 960}})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Hall3dEmptyFrame)->Arg(1600)->Arg(960)->UseRealTime()->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv); // the xcb platform: QOpenGLWidget needs a real GL context
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
