// The proposal's content in one language: cover figures and the sections (HTML), taken from the summary's figures.
#pragma once

#include "report/report_text.h"

#include <QString>

#include <utility>
#include <vector>

namespace hallwright {
class Catalog;
struct Design;
struct Results;
} // namespace hallwright

namespace hallwright::views {

struct ProposalSection
{
    QString title;
    QString html;
};

/// Names of the pictures registered with the document; an empty name means
/// the picture is absent, and `hall3dNote` then says why in the PDF.
struct ProposalPictures
{
    QString plan, hall3d, cashFlow, payback, tornado;
    QString hall3dNote;
    int widthPx = 0;     ///< body width in document pixels
};

struct ProposalContent
{
    QString title;       ///< "Compute leasing proposal" / "万卡集群算力租赁方案"
    QString name;        ///< the design's name
    QString date;
    std::vector<std::pair<QString, QString>> keyFigures; ///< the executive summary's figures
    std::vector<ProposalSection> sections;
};

/// Every figure comes from summaryJson(results) (or, for tables the summary
/// does not carry, from the same Results), formatted by `text`; a figure the
/// engine could not compute reads "not computed".
ProposalContent buildProposalContent(const Design &design, const Catalog &catalog, const Results &results,
                                     const ReportText &text, const ProposalPictures &pictures);

} // namespace hallwright::views
