// File → Export in the window: the submenu follows the open hall, the PDF (UI thread, progress,
// cancel), the workbook and the schedules (worker), and failures that leave no partial file.
#include "app_test_support.h"
#include "controllers/export_controller.h"
#include "document.h"
#include "main_window.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTimer>
#include <QtTest>

using namespace hallwright;

namespace {

QByteArray head(const QString &path, qint64 n)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(n) : QByteArray();
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

} // namespace

class TestExportController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_sample;

    app::ExportController *controllerOf(app::MainWindow &w)
    {
        return w.findChild<app::ExportController *>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sample = test::copyOfSample(m_dir);
        QVERIFY(!m_sample.isEmpty());
    }

    void menuFollowsTheOpenHall()
    {
        app::MainWindow w;
        auto *menu = w.findChild<QMenu *>(QStringLiteral("exportMenu"));
        QVERIFY(menu);
        for (const char *name : {"exportPdfEn", "exportPdfZh", "exportXlsx", "exportCsv"})
            QVERIFY2(w.findChild<QAction *>(QString::fromLatin1(name)), name);
        QVERIFY(!menu->isEnabled()); // nothing to export yet
        QVERIFY(w.openFile(m_sample));
        w.waitForIdle();
        emit qobject_cast<QMenu *>(menu->parent())->aboutToShow();
        QVERIFY(menu->isEnabled());
        // Without a hall every entry point says so instead of writing something empty.
        app::MainWindow empty;
        app::ExportController *c = controllerOf(empty);
        QVERIFY(c);
        QVERIFY(!c->exportPdf(m_dir.filePath("none.pdf"), views::ReportLanguage::English));
        QVERIFY(!c->lastError().isEmpty());
        QVERIFY(!QFileInfo::exists(m_dir.filePath("none.pdf")));
    }

    void pdfInBothLanguages()
    {
        app::MainWindow w;
        QVERIFY(w.openFile(m_sample));
        w.waitForIdle();
        app::ExportController *c = controllerOf(w);
        QSignalSpy done(c, &app::ExportController::finished);
        for (auto language : {views::ReportLanguage::English, views::ReportLanguage::SimplifiedChinese}) {
            const QString path = m_dir.filePath(language == views::ReportLanguage::English ? "en.pdf" : "zh.pdf");
            QVERIFY2(c->exportPdf(path, language), qPrintable(c->lastError()));
            QVERIFY2(w.statusBar()->currentMessage().startsWith(
                         QStringLiteral("Proposal written: %1 (").arg(QDir::toNativeSeparators(path))),
                     qPrintable(w.statusBar()->currentMessage()));
            QCOMPARE(head(path, 5), QByteArray("%PDF-"));
            QVERIFY(QFileInfo(path).size() > 100'000); // pictures of the plan and charts, not a blank page
        }
        QCOMPARE(done.count(), 2);
        QCOMPARE(done.at(0).at(0).toBool(), true);
        QVERIFY(done.at(0).at(1).toString().contains(QStringLiteral("pages")));
    }

    void cancelledPdfLeavesTheOldFile()
    {
        app::MainWindow w;
        QVERIFY(w.openFile(m_sample));
        w.waitForIdle();
        app::ExportController *c = controllerOf(w);
        const QString path = m_dir.filePath("kept.pdf");
        write(path, "the proposal sent last week");
        // Cancel as soon as the export first hands the event loop a turn (its first stage).
        QTimer::singleShot(0, c, &app::ExportController::cancel);
        QVERIFY(!c->exportPdf(path, views::ReportLanguage::English));
        QVERIFY(c->lastError().contains(QStringLiteral("cancelled")));
        QCOMPARE(contents(path), QByteArray("the proposal sent last week"));
        QCOMPARE(QDir(m_dir.path()).entryList({"kept.pdf*"}, QDir::Files), QStringList{"kept.pdf"});
    }

    void workbookAndSchedulesOnTheWorker()
    {
        app::MainWindow w;
        QVERIFY(w.openFile(m_sample));
        w.waitForIdle();
        app::ExportController *c = controllerOf(w);
        QSignalSpy done(c, &app::ExportController::finished);
        const QString xlsx = m_dir.filePath("lease.xlsx");
        QVERIFY(c->exportXlsx(xlsx));
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30'000);
        QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
        QCOMPARE(head(xlsx, 2), QByteArray("PK")); // an OOXML zip
        QCOMPARE(w.statusBar()->currentMessage(),
                 QStringLiteral("Lease workbook written: %1").arg(QDir::toNativeSeparators(xlsx)));
        const QString csv = m_dir.filePath("schedules");
        QVERIFY(QDir().mkpath(csv));
        QVERIFY(c->exportCsv(csv));
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 30'000);
        QVERIFY2(done.at(1).at(0).toBool(), qPrintable(done.at(1).at(1).toString()));
        // The window says where the files went, in its status bar, and keeps saying it a while.
        const QString said = w.statusBar()->currentMessage();
        QVERIFY2(said.startsWith(QStringLiteral("5 schedules written to %1: ").arg(QDir::toNativeSeparators(csv))),
                 qPrintable(said));
        for (const char *f : {"bom.csv", "cables.csv", "power.csv", "racks.csv", "elevations.csv"}) {
            QVERIFY2(said.contains(QString::fromLatin1(f)), f);
            const QByteArray text = head(QDir(csv).filePath(QString::fromLatin1(f)), 4096);
            QVERIFY2(text.startsWith("\xEF\xBB\xBF"), f); // UTF-8 with a byte-order mark
            QVERIFY2(text.contains("Sample hall"), f);     // the design's name in every schedule
        }
        QTest::qWait(3000);
        QCOMPARE(w.statusBar()->currentMessage(), said);
    }

    void unwritableDestinationFailsCleanly()
    {
        app::MainWindow w;
        QVERIFY(w.openFile(m_sample));
        w.waitForIdle();
        app::ExportController *c = controllerOf(w);
        const QString blocker = m_dir.filePath("blocker");
        write(blocker, "a file, not a folder");
        QSignalSpy done(c, &app::ExportController::finished);
        QVERIFY(!c->exportPdf(blocker + "/out.pdf", views::ReportLanguage::English));
        QVERIFY(c->lastError().contains(QStringLiteral("Cannot write")));
        QVERIFY(c->exportXlsx(blocker + "/out.xlsx")); // starts; fails on the worker
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 30'000);
        QCOMPARE(done.at(1).at(0).toBool(), false);
        QVERIFY(!c->lastError().isEmpty());
        QCOMPARE(contents(blocker), QByteArray("a file, not a folder"));
    }
};

HALLWRIGHT_APP_TEST_MAIN(TestExportController)
#include "test_export_controller.moc"
