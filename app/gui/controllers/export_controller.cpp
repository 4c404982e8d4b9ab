// File → Export: PDF on the UI thread with progress and cancel; XLSX and CSV on the worker from a copy.
#include "controllers/export_controller.h"

#include "common/finding_text.h"
#include "controllers/background_task.h"
#include "dialogs/message_boxes.h"
#include "document.h"
#include "language.h"

#include "analysis/analysis.h"
#include "hall3d/hall_render.h"
#include "report/csv_export.h"
#include "report/lease_workbook.h"
#include "report/proposal_pdf.h"
#include "report/workbook_words.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFileDialog>
#include <QMenu>
#include <QProgressDialog>

#include <memory>
#include <utility>

namespace hallwright::app {

namespace {

/// What the worker needs: a copy, so that the document may change meanwhile.
struct Snapshot
{
    Design design;
    Catalog catalog;
    Results results;
};

std::shared_ptr<const Snapshot> snapshot(const Document &d)
{
    return std::make_shared<const Snapshot>(Snapshot{*d.design(), *d.catalog(), *d.results()});
}

} // namespace

ExportController::ExportController(Document *document, BackgroundTask *tasks, QWidget *window, QObject *parent)
    : QObject(parent), m_document(document), m_tasks(tasks), m_window(window)
{
}

ExportController *ExportController::addToMenu(QMenu *menu, Document *document, BackgroundTask *tasks,
                                               QWidget *window)
{
    auto *c = new ExportController(document, tasks, window, window);
    QMenu *sub = menu->addMenu(tr("&Export"));
    sub->setObjectName(QStringLiteral("exportMenu"));
    auto add = [&](const QString &name, const QString &text, auto slot) {
        QAction *a = sub->addAction(text);
        a->setObjectName(name);
        connect(a, &QAction::triggered, c, slot);
        return a;
    };
    add(QStringLiteral("exportPdfEn"), tr("Proposal (PDF, English)…"),
        [c] { c->exportPdfDialog(views::ReportLanguage::English); });
    add(QStringLiteral("exportPdfZh"), tr("Proposal (PDF, Chinese)…"),
        [c] { c->exportPdfDialog(views::ReportLanguage::SimplifiedChinese); });
    add(QStringLiteral("exportXlsx"), tr("Lease Workbook (XLSX)…"), [c] { c->exportXlsxDialog(); });
    add(QStringLiteral("exportCsv"), tr("Installer Schedules (CSV)…"), [c] { c->exportCsvDialog(); });
    connect(menu, &QMenu::aboutToShow, sub, [sub, document] { sub->setEnabled(!document->isEmpty()); });
    sub->setEnabled(!document->isEmpty());
    return c;
}

void ExportController::report(Outcome outcome, const QString &message)
{
    const bool ok = outcome == Outcome::Written;
    const bool fromMenu = std::exchange(m_fromMenu, false);
    m_lastError = ok ? QString() : message;
    emit statusMessage(message);
    emit finished(ok, message);
    if (outcome == Outcome::Failed && fromMenu)
        showError(m_window, tr("Export"), message);
}

bool ExportController::exportPdf(const QString &path, views::ReportLanguage language)
{
    if (m_document->isEmpty()) {
        report(Outcome::Failed, tr("No hall is open."));
        return false;
    }
    const Design &design = *m_document->design();
    const Catalog &catalog = *m_document->catalog();
    const Results &results = *m_document->results();
    // The window's own words are made before the proposal's language is switched in for the pictures.
    m_cancelRequested = false;
    QProgressDialog dialog(tr("Writing the proposal…"), tr("Cancel"), 0, 100, m_window);
    dialog.setWindowTitle(tr("Export"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    connect(&dialog, &QProgressDialog::canceled, this, &ExportController::cancel);
    const QString cancelled = tr("Export cancelled; nothing was written.");
    int pages = 0;
    QString error;
    bool wasCancelled = false, failed = false;
    {
        // The plan and the 3D view are labelled in the proposal's language, whatever the window
        // speaks, for as long as they are drawn; the window's messages follow after.
        const i18n::ScopedLanguage pictureLanguage(language == views::ReportLanguage::SimplifiedChinese
                                                       ? QStringLiteral("zh_CN")
                                                       : QStringLiteral("en"));
        views::ProposalOptions options;
        options.language = language;
        views::ProposalPicture picture = views::proposalPicture(design, catalog, results);
        options.hall3d = std::move(picture.image);
        options.hall3dNote = picture.note;
        try {
            pages = views::writeProposalPdf(design, catalog, results, path.toStdString(), options, [&](int percent) {
                dialog.setValue(percent);
                QCoreApplication::processEvents();
                return !m_cancelRequested;
            });
        } catch (const views::ReportCancelled &) {
            wasCancelled = true;
        } catch (const std::exception &e) {
            failed = true;
            error = views::errorText(e);
        }
    }
    if (wasCancelled) {
        report(Outcome::Cancelled, cancelled);
    } else if (failed) {
        report(Outcome::Failed, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error));
    } else {
        report(Outcome::Written, tr("Proposal written: %1 (%2 pages)").arg(QDir::toNativeSeparators(path)).arg(pages));
        return true;
    }
    return false;
}

bool ExportController::exportXlsx(const QString &path)
{
    if (m_document->isEmpty() || !m_document->results()->lease) {
        report(Outcome::Failed, tr("The hall has no lease result to put in a workbook."));
        return false;
    }
    const auto copy = snapshot(*m_document);
    const std::string target = path.toStdString();
    // The workbook speaks the interface's language.
    const views::ReportLanguage language = views::interfaceLanguage();
    const WorkbookWords words =
        views::workbookWords(language, i18n::loadTranslator(views::reportLanguageKey(language)));
    return m_tasks->run(
        tr("Writing the lease workbook"), 1,
        [copy, target, words](TaskProgress &progress) {
            progress.stage(0, tr("Writing the lease workbook"));
            exportLeaseWorkbook(copy->design, copy->results, target, words);
        },
        [this, path] { report(Outcome::Written, tr("Lease workbook written: %1").arg(QDir::toNativeSeparators(path))); },
        [this, path](const QString &error) {
            report(Outcome::Failed, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error));
        },
        [this] { report(Outcome::Cancelled, tr("Export cancelled.")); });
}

bool ExportController::exportCsv(const QString &directory)
{
    if (m_document->isEmpty()) {
        report(Outcome::Failed, tr("No hall is open."));
        return false;
    }
    const auto copy = snapshot(*m_document);
    const std::string target = directory.toStdString();
    // The schedules speak the interface's language, as the workbook does.
    const views::ReportLanguage language = views::interfaceLanguage();
    const ReportWords words = views::csvWords(language, i18n::loadTranslator(views::reportLanguageKey(language)));
    auto written = std::make_shared<std::vector<std::string>>();
    return m_tasks->run(
        tr("Writing the installer schedules"), 1,
        [copy, target, words, written](TaskProgress &progress) {
            progress.stage(0, tr("Writing the schedules"));
            *written = hallwright::exportCsv(copy->design, copy->catalog, copy->results, target, words);
        },
        [this, directory, written] {
            // The folder first (where to look), then the files it now holds.
            QStringList names;
            for (const std::string &f : *written)
                names << QFileInfo(QString::fromStdString(f)).fileName();
            report(Outcome::Written, tr("%1 schedules written to %2: %3")
                                         .arg(names.size())
                                         .arg(QDir::toNativeSeparators(directory), names.join(QStringLiteral(", "))));
        },
        [this, directory](const QString &error) {
            report(Outcome::Failed, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(directory), error));
        },
        [this] { report(Outcome::Cancelled, tr("Export cancelled.")); });
}

void ExportController::exportPdfDialog(views::ReportLanguage language)
{
    const QString suffix = language == views::ReportLanguage::English ? QStringLiteral("-proposal-en.pdf")
                                                                      : QStringLiteral("-proposal-zh_CN.pdf");
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export proposal"),
                                                      m_document->displayName().section(QLatin1Char('.'), 0, 0) + suffix,
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    m_fromMenu = true;
    exportPdf(path, language);
}

void ExportController::exportXlsxDialog()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export lease workbook"),
                                                      m_document->displayName().section(QLatin1Char('.'), 0, 0)
                                                          + QStringLiteral("-lease.xlsx"),
                                                      tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    m_fromMenu = true;
    if (!exportXlsx(path))
        m_fromMenu = false; // busy with another task: nothing started
}

void ExportController::exportCsvDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(m_window, tr("Export installer schedules to"));
    if (dir.isEmpty())
        return;
    m_fromMenu = true;
    if (!exportCsv(dir))
        m_fromMenu = false;
}

} // namespace hallwright::app
