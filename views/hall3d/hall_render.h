// Headless pictures of the 3D hall view for `hallwright-cli render` and the PDF report.
#pragma once

#include "checks/phrase.h"
#include "common/colour_modes.h"
#include "hall3d/camera_preset.h"

#include <QImage>
#include <QSize>

#include <optional>
#include <stdexcept>

namespace hallwright {
class Catalog;
struct Results;
} // namespace hallwright

namespace hallwright::views {

/// Raised when no picture can be made: no X display, no OpenGL, a size out of range.
class RenderError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct RenderOptions
{
    ColourMode colourMode = ColourMode::Role;
    std::optional<FailureHighlight> failure; ///< shown in FailureImpact mode
    bool legend = true;   ///< the colour mode's legend, bottom left (drawn when a QApplication exists)
    bool cables = true;   ///< trays and cable bundles
    bool labels = true;   ///< row and room names
};

/// The largest picture side renderHallImage() accepts.
constexpr int kMaxRenderSide = 8192;

/// Renders the design as the 3D view draws it, from preset, into an image of
/// size (1–8192 pixels a side), off screen. Debian's VTK draws through X only:
/// this needs an X display with GLX (a desktop session, or Xvfb: `xvfb-run`);
/// throws RenderError saying so when there is none. Results may come from
/// analyze(); catalog and results give the figures of the colour modes and
/// the cables on the trays.
QImage renderHallImage(const Design &design, const Catalog &catalog, const Results &results, CameraPreset view,
                       QSize size, const RenderOptions &options = {});

/// Empty when renderHallImage() can work here; else why not (one line, for a translation to follow).
Phrase renderUnavailableReason();

/// The 3D picture of a proposal (isometric, 2000 × 1250), or, when none can be
/// made here, why not (no X display with OpenGL, …), for the PDF to say in its place.
struct ProposalPicture
{
    std::optional<QImage> image;
    QString note;
};
ProposalPicture proposalPicture(const Design &design, const Catalog &catalog, const Results &results);

} // namespace hallwright::views
