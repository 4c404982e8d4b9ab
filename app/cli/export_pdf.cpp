// The PDF proposal and the workbook's and schedules' language for hallwright-cli export: Qt on the offscreen platform, the 3D view when an X display allows.
#include "export_command.h"

#include "cli_support.h"
#include "cli_text.h"
#include "qt_application.h"

#include "analysis/analysis.h"
#include "hall3d/hall_render.h"
#include "report/lease_workbook.h"
#include "report/proposal_pdf.h"
#include "report/workbook_words.h"

#include "language.h"

#include <cstdio>

namespace hallwright::cli {

void exportPdf(const Design &design, const Catalog &catalog, const Results &results, const std::string &out,
               const std::string &lang)
{
    ensureQtApplication();
    // Why the 3D view cannot be drawn, in the interface's language for stderr (the proposal's
    // note says it in the proposal's).
    const Phrase unavailable = views::renderUnavailableReason();
    const std::string reason = unavailable.empty() ? std::string() : phraseText(unavailable);
    // The plan and the 3D view are labelled in the proposal's language.
    const i18n::ScopedLanguage pictureLanguage(QString::fromStdString(lang));
    views::ProposalOptions options;
    options.language = *views::reportLanguageFromKey(QString::fromStdString(lang));
    // The 3D view needs OpenGL on an X display. Without one the proposal is
    // still made, with a note in the picture's place, and stderr says how to get it.
    views::ProposalPicture picture = views::proposalPicture(design, catalog, results);
    options.hall3d = std::move(picture.image);
    options.hall3dNote = picture.note;
    if (!options.hall3d)
        std::fprintf(stderr, "hallwright-cli: %s\n",
                     fillSlots(text(QT_TRANSLATE_NOOP("hallwright-cli", "%1: warning: the 3D view is left out (%2); "
                                                                        "run under xvfb-run -a to include it")),
                               {out, reason.empty() ? options.hall3dNote.toStdString() : reason})
                         .c_str());
    guarded(out, [&] { return views::writeProposalPdf(design, catalog, results, out, options); });
}

void exportWorkbook(const Design &design, const Results &results, const std::string &out,
                    const std::string &lang)
{
    const QString key = QString::fromStdString(lang);
    const std::shared_ptr<const QTranslator> translation = i18n::loadTranslator(key);
    const WorkbookWords words = views::workbookWords(*views::reportLanguageFromKey(key), translation);
    guarded(out, [&] {
        exportLeaseWorkbook(design, results, out, words);
        return 0;
    });
}

ReportWords csvWords(const std::string &lang)
{
    const QString key = QString::fromStdString(lang);
    return views::csvWords(*views::reportLanguageFromKey(key), i18n::loadTranslator(key));
}

} // namespace hallwright::cli
