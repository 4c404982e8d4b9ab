// The leasing proposal as an A4 PDF (QPdfWriter + QTextDocument): cover, contents, sections, headers, page numbers.
#pragma once

#include "report/report_text.h"

#include <QImage>
#include <QString>

#include <functional>
#include <optional>
#include <stdexcept>
#include <string>

namespace hallwright {
class Catalog;
struct Design;
struct Results;
} // namespace hallwright

namespace hallwright::views {

class ReportCancelled : public std::runtime_error
{
public:
    ReportCancelled() : std::runtime_error("cancelled") {}
};

struct ProposalOptions
{
    ReportLanguage language = ReportLanguage::English;
    /// The 3D view (views/hall3d renderHallImage); when absent the PDF says
    /// why in its place with `hall3dNote` (e.g. no X display for OpenGL).
    std::optional<QImage> hall3d;
    QString hall3dNote;
};

/// Called with 0–100 as the work goes; returning false cancels (ReportCancelled).
using ReportProgress = std::function<bool(int percent)>;

/// Writes the proposal to path, replacing an existing file only with the
/// complete new one. Needs a QApplication (the plan and charts are drawn with
/// Qt widgets' graphics); works on the offscreen platform. Throws
/// std::runtime_error naming the problem, or ReportCancelled.
/// Returns the number of pages.
int writeProposalPdf(const Design &design, const Catalog &catalog, const Results &results, const std::string &path,
                     const ProposalOptions &options, const ReportProgress &progress = {});

} // namespace hallwright::views
