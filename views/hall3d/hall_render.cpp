// Off-screen rendering of the hall scene through VTK's own X render window, independent of Qt's platform.
#include "hall3d/hall_render.h"

#include "analysis/analysis.h"
#include "hall3d/detail/hall_scene_p.h"
#include "common/finding_text.h"
#include "common/legend_widget.h"
#include "hall3d/detail/x_display_p.h"

#include <vtkImageData.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>
#include <vtkSmartPointer.h>
#include <vtkUnsignedCharArray.h>
#include <vtkWindowToImageFilter.h>

#include <QApplication>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>

namespace hallwright::views {

namespace {
class RenderText
{
    Q_DECLARE_TR_FUNCTIONS(RenderText)
};
} // namespace

Phrase renderUnavailableReason()
{
    return hall3d::displayProblem();
}

QImage renderHallImage(const Design &design, const Catalog &catalog, const Results &results, CameraPreset view,
                       QSize size, const RenderOptions &options)
{
    if (size.width() < 1 || size.height() < 1 || size.width() > kMaxRenderSide || size.height() > kMaxRenderSide)
        throw RenderError(RenderText::tr("picture size %1×%2 is outside 1–%3 pixels a side")
                              .arg(size.width())
                              .arg(size.height())
                              .arg(kMaxRenderSide)
                              .toStdString());
    const hall3d::OpenedDisplay display;
    if (!display.problem().empty())
        throw RenderError(findingText(display.problem()).toStdString());

    hall3d::HallScene scene;
    // Labels keep their size relative to the picture, as on a 1000-pixel-high screen.
    scene.setFontScale(std::max(1.0, size.height() / 1000.0));
    scene.setData(&design, &catalog, &results);
    scene.setColourMode(options.colourMode);
    if (options.failure)
        scene.setFailure(options.failure);
    scene.setCablesVisible(options.cables);
    scene.setLabelsVisible(options.labels);
    if (options.cables && !design.trays.empty()) {
        try {
            scene.setTrayLoads(network::trayLoads(design, catalog));
        } catch (const std::exception &) {
            // A catalog that cannot route the cables: trays show, bundles do not.
        }
    }
    scene.applyPreset(view, double(size.width()) / size.height());

    auto window = vtkSmartPointer<vtkRenderWindow>::New();
    window->SetDisplayId(display.handle()); // VTK draws on the connection checked above, and leaves it open
    window->SetOffScreenRendering(1);
    window->SetSize(size.width(), size.height());
    window->SetMultiSamples(0); // FXAA smooths edges; multisampling is slow on software OpenGL
    window->AddRenderer(scene.renderer());
    // The legend card is painted over the bottom-left corner afterwards: no label under it.
    std::array<double, 4> keepOut{};
    const bool legendDrawn = options.legend && qobject_cast<QApplication *>(QCoreApplication::instance());
    std::unique_ptr<LegendWidget> legend; // a widget: only with a QApplication
    const double legendScale = std::max(1.0, size.height() / 1000.0);
    if (legendDrawn) {
        legend = std::make_unique<LegendWidget>();
        QString note;
        if (options.colourMode == ColourMode::FailureImpact && options.failure)
            note = RenderText::tr("Failure of %1: %2").arg(options.failure->component, options.failure->summary);
        legend->setLegend(colourModeName(options.colourMode), scene.legend(), note);
        keepOut = {12.0 * legendScale, 12.0 * legendScale, (12.0 + legend->width()) * legendScale,
                   (12.0 + legend->height()) * legendScale};
    }
    scene.prepareFrame(keepOut);
    window->Render();

    auto grab = vtkSmartPointer<vtkWindowToImageFilter>::New();
    grab->SetInput(window);
    grab->SetInputBufferTypeToRGB();
    grab->ReadFrontBufferOff();
    grab->Update();
    vtkImageData *pixels = grab->GetOutput();
    int dims[3] = {};
    pixels->GetDimensions(dims);
    if (dims[0] != size.width() || dims[1] != size.height())
        throw RenderError(RenderText::tr("OpenGL returned a %1×%2 picture instead of %3×%4")
                              .arg(dims[0])
                              .arg(dims[1])
                              .arg(size.width())
                              .arg(size.height())
                              .toStdString());
    QImage image(size, QImage::Format_RGB888);
    const auto *src = static_cast<const unsigned char *>(pixels->GetScalarPointer());
    // OpenGL's rows run bottom-up.
    for (int y = 0; y < size.height(); ++y)
        std::memcpy(image.scanLine(size.height() - 1 - y), src + std::size_t(y) * size.width() * 3,
                    std::size_t(size.width()) * 3);
    window->RemoveRenderer(scene.renderer());
    window->Finalize();

    // The plan's legend card, bottom left, grown with the picture like the labels.
    if (legend) {
        QPainter painter(&image);
        painter.translate(12.0 * legendScale, size.height() - (legend->height() + 12.0) * legendScale);
        painter.scale(legendScale, legendScale);
        legend->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    }
    return image;
}

ProposalPicture proposalPicture(const Design &design, const Catalog &catalog, const Results &results)
{
    ProposalPicture p;
    try {
        p.image = renderHallImage(design, catalog, results, CameraPreset::Isometric, QSize(2000, 1250));
    } catch (const std::exception &e) {
        p.note = QString::fromUtf8(e.what());
    }
    return p;
}

} // namespace hallwright::views
