// Performance panel: compute capacity as placed, and the training estimate with its parallel layout.
#include "panels/analysis_panels.h"

#include "analysis/analysis.h"
#include "common/labels.h"
#include "common/units.h"
#include "panels/figure_table.h"

namespace hallwright::views {

PerformancePanel::PerformancePanel(QWidget *parent) : AnalysisPanel(parent) {}

void PerformancePanel::fill(FigureTable &t, const Design &, const Results &r)
{
    auto *compute = t.addSection(tr("Compute as placed"));
    t.addFigure(compute, tr("Accelerators"), Units::count(r.compute.accelerators));
    t.addFigure(compute, tr("Nodes"), Units::count(r.compute.nodes));
    t.addFigure(compute, tr("Compute racks"), Units::count(r.compute.computeRacks));
    t.addFigure(compute, tr("Platform"),
                catalog() ? Labels::catalogItem(*catalog(), r.compute.platform) : QString::fromStdString(r.compute.platform),
                QString::fromStdString(r.compute.platform));
    t.addFigure(compute, tr("Peak BF16 (dense)"), Units::pflops(r.compute.peakPflopsBf16));
    t.addFigure(compute, tr("Peak FP8 (dense)"),
                r.compute.peakPflopsFp8 ? Units::pflops(*r.compute.peakPflopsFp8) : Units::notComputed());

    auto *training = t.addSection(tr("Training estimate"));
    if (!r.training) {
        t.addFigure(training, tr("Training time"), Units::notComputed(),
                    tr("Needs a brief and an accelerator the catalog knows"));
        return;
    }
    const perf::TrainingEstimate &e = *r.training;
    if (r.brief)
        t.addFigure(training, tr("Model"),
                    tr("%1 parameters, %2 tokens")
                        .arg(Units::bigCount(r.brief->training.params), Units::bigCount(r.brief->training.tokens)));
    t.addFigure(training, tr("Model FLOPs (6 N D)"), Units::scientific(e.modelFlops));
    t.addFigure(training, e.mfuPredicted ? tr("MFU (predicted)") : tr("MFU (from the brief)"),
                Units::percent(e.mfu, 1));
    t.addFigure(training, tr("Sustained"), e.sustainedPflops ? Units::pflops(*e.sustainedPflops) : Units::notComputed());
    t.addFigure(training, tr("Training time"), e.days ? Units::days(*e.days) : Units::notComputed());
    if (e.prediction) {
        const perf::ParallelLayout &l = e.prediction->best;
        auto *layout = t.addSection(tr("Parallel layout"));
        t.addFigure(layout, tr("Tensor × pipeline × data"),
                    tr("%1 × %2 × %3").arg(Units::count(l.tensorParallel), Units::count(l.pipelineParallel),
                                           Units::count(l.dataParallel)));
        t.addFigure(layout, tr("Micro-batch size"), Units::count(l.microBatchSize));
        t.addFigure(layout, tr("Step time"), tr("%1 s").arg(Units::number(l.stepSeconds, 2)));
        t.addFigure(layout, tr("Pipeline bubble"), Units::percent(l.bubbleFraction, 1));
        t.addFigure(layout, tr("Memory per accelerator"), tr("%1 GB").arg(Units::number(l.memoryPerAcceleratorGb, 1)));
    }
}

} // namespace hallwright::views
