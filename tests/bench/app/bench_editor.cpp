// Editor benchmarks: the whole program opening a hall to its first painted plan, one drag step in the
// main window (move + incremental re-analysis + repaint) at 10,240 and 102,400, and the program's memory.
#include "controllers/edit_controller.h"
#include "document.h"
#include "main_window.h"

#include "analysis/analysis.h"
#include "brief/brief.h"
#include "floorplan/floor_plan_view.h"
#include "store/project_store.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <chrono>
#include <map>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace hallwright;

namespace {

QTemporaryDir &scratch()
{
    static QTemporaryDir dir;
    return dir;
}

/// The hall of a size as a file: the bundled sample, or a hall synthesized from a
/// brief once and saved (102,400 uses the 128-port SN5600, as the other benchmarks do).
std::string hallFile(long long accelerators)
{
    if (accelerators == 10240)
        return HALLWRIGHT_SAMPLE_HALL;
    static std::map<long long, std::string> files;
    auto &f = files[accelerators];
    if (f.empty()) {
        std::string json = R"({"schema": "hallwright.brief/1", "compute": {"platform": "dgx-h100", "accelerators": )" +
                           std::to_string(accelerators) + "}";
        if (accelerators > 65536)
            json += R"(, "fabric": {"switch": "sn5600"})";
        json += "}";
        const Design d = synthesize(parseBrief(json, Catalog::builtin()), Catalog::builtin());
        f = QDir(scratch().path()).filePath(QStringLiteral("hall-%1.hall").arg(accelerators)).toStdString();
        saveProject(d, f);
    }
    return f;
}

struct ChildRun
{
    double seconds = 0;
    double cpuSeconds = 0; ///< user + system time of the child (the machine may be shared)
    long maxRssKb = 0;
    int status = -1;
};

/// Runs `hallwright --quit-after-first-frame FILE` and waits: wall time and peak memory of the whole process.
ChildRun runGui(const std::string &file)
{
    const std::string gui = HALLWRIGHT_GUI_PATH;
    std::vector<std::string> args{gui, "--quit-after-first-frame", file};
    std::vector<char *> argv;
    for (auto &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    ChildRun run;
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    if (posix_spawn(&pid, gui.c_str(), nullptr, nullptr, argv.data(), environ) != 0)
        return run;
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.maxRssKb = usage.ru_maxrss;
    run.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                     double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

/// Whole process: start, open and analyse the hall, build every view and dock, paint the plan once, quit.
void BM_OpenToFirstFrame(benchmark::State &state)
{
    const std::string file = hallFile(state.range(0));
    long rss = 0;
    double cpu = 0;
    for (auto _ : state) {
        const ChildRun run = runGui(file);
        if (run.status != 0) {
            state.SkipWithError("hallwright did not open the hall");
            return;
        }
        state.SetIterationTime(run.seconds);
        rss = std::max(rss, run.maxRssKb);
        cpu += run.cpuSeconds;
    }
    state.counters["peak_rss_MB"] = double(rss) / 1024.0;
    state.counters["child_cpu_ms"] = benchmark::Counter(cpu * 1000.0, benchmark::Counter::kAvgIterations);
}

/// A rack at the end of a row that may move one pitch east and back: the drag steps alternate.
std::optional<std::pair<RackId, double>> movableRack(const app::Document &doc)
{
    const Design &d = *doc.design();
    for (const Rack &r : d.racks) {
        for (double dx : {r.footprint.width, -r.footprint.width}) {
            if (!doc.checkEdit(edit::MoveRacks{{r.id}, dx, 0.0}))
                return std::make_pair(r.id, dx);
        }
    }
    return std::nullopt;
}

/// One drag step in the window: the plan reports a new snapped position, the edit controller
/// applies the move (cables of the rack re-routed, analysis brought up to date), every view
/// takes the ChangeSet, and the plan repaints. Analysis docks and the summary refresh once the
/// drag pauses (coalesced timers), which this step does not wait for.
void BM_DragStep(benchmark::State &state)
{
    app::MainWindow w;
    w.resize(1600, 1000);
    w.show();
    if (!w.openFile(QString::fromStdString(hallFile(state.range(0))))) {
        state.SkipWithError("cannot open");
        return;
    }
    w.waitForIdle();
    QApplication::processEvents();
    const auto movable = movableRack(*w.document());
    if (!movable) {
        state.SkipWithError("no rack can move");
        return;
    }
    const QList<views::SelectionItem> items{views::SelectionItem::rack(movable->first)};
    w.document()->selection()->setSelection(items);
    views::FloorPlanView *plan = w.floorPlan();
    plan->centreOn(items.first());
    QApplication::processEvents();
    bool there = false;
    for (auto _ : state) {
        there = !there;
        w.edits()->dragUpdated(items, QPointF(there ? movable->second : 0.0, 0.0));
        plan->viewport()->repaint();
    }
    w.edits()->dragCancelled();
    state.counters["racks"] = double(w.document()->design()->racks.size());
}

/// The core's part of a drag step alone: Editor::apply of the same move (validation,
/// cables re-routed, analysis brought up to date), without any view.
void BM_EditorMoveOnly(benchmark::State &state)
{
    Design design = loadProject(hallFile(state.range(0)));
    Catalog catalog = catalogFor(design);
    edit::Editor editor(std::move(design), std::move(catalog));
    std::optional<edit::MoveRacks> move;
    for (const Rack &r : editor.design().racks) {
        if (!editor.check(edit::MoveRacks{{r.id}, r.footprint.width, 0.0})) {
            move = edit::MoveRacks{{r.id}, r.footprint.width, 0.0};
            break;
        }
    }
    if (!move) {
        state.SkipWithError("no rack can move");
        return;
    }
    for (auto _ : state) {
        editor.apply(*move);
        move->dxM = -move->dxM;
    }
}

/// Peak memory of the whole program holding a hall of 102,400 accelerators with every view built.
void BM_ProgramMemory(benchmark::State &state)
{
    const std::string file = hallFile(state.range(0));
    long rss = 0;
    for (auto _ : state) {
        const ChildRun run = runGui(file);
        if (run.status != 0) {
            state.SkipWithError("hallwright did not open the hall");
            return;
        }
        rss = std::max(rss, run.maxRssKb);
    }
    state.counters["peak_rss_MB"] = double(rss) / 1024.0;
}

} // namespace

BENCHMARK(BM_OpenToFirstFrame)->Arg(10240)->UseManualTime()->Iterations(3)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DragStep)->Arg(10240)->Arg(102400)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EditorMoveOnly)->Arg(10240)->Arg(102400)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ProgramMemory)->Arg(102400)->Iterations(1)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    // The benchmark's own settings and recovery copies stay out of the user's.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Hallwright"));
    QApplication::setOrganizationName(QStringLiteral("Hallwright"));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
