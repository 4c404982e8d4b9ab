// File → Export: the leasing proposal (PDF, English or Chinese), the lease workbook (XLSX) and the CSV schedules.
#pragma once

#include "report/report_text.h"

#include <QObject>
#include <QString>

class QMenu;
class QWidget;

namespace hallwright::app {

class BackgroundTask;
class Document;

/// Exports the document's hall as it stands. The workbook and the schedules
/// are written on a worker (BackgroundTask) from a copy of the design and
/// results; the PDF paints with Qt's graphics classes, which belong to the UI
/// thread, so it runs there with a progress dialog whose Cancel stops it
/// between stages. An existing file is only replaced by a complete new one;
/// a failure or a cancel leaves no partial file.
class ExportController : public QObject
{
    Q_OBJECT

public:
    ExportController(Document *document, BackgroundTask *tasks, QWidget *window, QObject *parent = nullptr);

    /// Adds an "Export" submenu (PDF English, PDF Chinese, XLSX, CSV) to menu,
    /// enabled while a hall is open; the controller is owned by window. The one
    /// call MainWindow makes.
    static ExportController *addToMenu(QMenu *menu, Document *document, BackgroundTask *tasks, QWidget *window);

    /// Headless entry points (tests, scripts): true on success; the error is in lastError().
    bool exportPdf(const QString &path, views::ReportLanguage language);
    /// Start the export on the worker; finished(ok) is emitted when done.
    bool exportXlsx(const QString &path);
    bool exportCsv(const QString &directory);
    QString lastError() const { return m_lastError; }

public slots:
    void exportPdfDialog(views::ReportLanguage language);
    void exportXlsxDialog();
    void exportCsvDialog();
    /// Cancels the running PDF export at its next stage.
    void cancel() { m_cancelRequested = true; }

signals:
    /// What was written (the file, or the folder and its files) or why not: the window shows it
    /// in its status bar for 10 s.
    void statusMessage(const QString &text);
    void finished(bool ok, const QString &message);

private:
    enum class Outcome { Written, Failed, Cancelled };
    /// Says how an export ended; a failure of an export the user started from the menu is
    /// also shown in a dialog.
    void report(Outcome outcome, const QString &message);

    Document *m_document;
    BackgroundTask *m_tasks;
    QWidget *m_window;
    QString m_lastError;
    bool m_cancelRequested = false;
    bool m_fromMenu = false; ///< the running export was started from the menu: a failure is a dialog
};

} // namespace hallwright::app
