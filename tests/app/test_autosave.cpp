// Autosave and recovery: copies of unsaved work, removed when saved or closed cleanly, offered after a kill.
#include "app_test_support.h"
#include "controllers/autosave_controller.h"
#include "controllers/background_task.h"
#include "controllers/file_controller.h"
#include "document.h"
#include "main_window.h"

#include "analysis/analysis.h"
#include "brief/brief.h"
#include "store/project_store.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

using namespace hallwright;
using hallwright::test::clickMessageBoxButton;
using hallwright::test::whenModalShows;

namespace {

/// Starts the child in autosave mode and kills it (SIGKILL) once its copy is on disk.
QString crashAfterAutosave(const QString &recoveryDir)
{
    QProcess child;
    child.start(QStringLiteral(HALLWRIGHT_APP_TEST_CHILD), {"autosave", recoveryDir});
    if (!child.waitForStarted(10'000))
        return {};
    QByteArray out;
    while (!out.contains('\n') && child.waitForReadyRead(60'000))
        out += child.readAllStandardOutput();
    child.kill();
    child.waitForFinished(10'000);
    const QString line = QString::fromUtf8(out).trimmed();
    return line.startsWith("written ") ? line.mid(8) : QString();
}

Design crashedHallDesign()
{
    const Brief b = parseBrief(R"({"schema": "hallwright.brief/1", "name": "Crashed hall", "compute": {"accelerators": 256}})",
                               Catalog::builtin());
    return synthesize(b, Catalog::builtin());
}

} // namespace

class TestAutosave : public QObject
{
    Q_OBJECT

private slots:
    void unsavedWorkIsCopiedAndTheCopyIsTheDesign()
    {
        QTemporaryDir dir;
        app::Document doc;
        app::BackgroundTask tasks(nullptr);
        app::FileController files(&doc, &tasks, nullptr);
        app::AutosaveController autosave(&doc, dir.path());
        QVERIFY(files.generate(test::smallBrief(), {}));
        tasks.waitForIdle();
        QVERIFY(doc.isModified());
        autosave.autosaveNow();
        autosave.waitForWrite();
        QVERIFY(QFileInfo::exists(autosave.recoveryHallPath()));
        QVERIFY(loadProject(autosave.recoveryHallPath().toStdString()) == *doc.design());

        // Saved, the work needs no copy any more.
        QVERIFY(files.saveTo(dir.filePath("saved.hall")));
        QVERIFY(!QFileInfo::exists(autosave.recoveryHallPath()));
        // Nothing unsaved: nothing is written.
        autosave.autosaveNow();
        autosave.waitForWrite();
        QVERIFY(!QFileInfo::exists(autosave.recoveryHallPath()));
    }

    void theTimerWritesWithinTheInterval()
    {
        QTemporaryDir dir;
        app::Document doc;
        app::BackgroundTask tasks(nullptr);
        app::FileController files(&doc, &tasks, nullptr);
        app::AutosaveController autosave(&doc, dir.path());
        autosave.setInterval(1);
        QSignalSpy written(&autosave, &app::AutosaveController::written);
        QVERIFY(files.generate(test::smallBrief(), {}));
        tasks.waitForIdle();
        QVERIFY(written.wait(5'000));
        QVERIFY(QFileInfo::exists(autosave.recoveryHallPath()));
        // Unchanged since: the next tick writes nothing new.
        QVERIFY(!written.wait(2'500));
    }

    void aCleanCloseLeavesNothingBehind()
    {
        QTemporaryDir dir;
        app::Document doc;
        app::BackgroundTask tasks(nullptr);
        app::FileController files(&doc, &tasks, nullptr);
        app::AutosaveController autosave(&doc, dir.path());
        QVERIFY(files.generate(test::smallBrief(), {}));
        tasks.waitForIdle();
        autosave.autosaveNow();
        autosave.waitForWrite();
        QVERIFY(QFileInfo::exists(autosave.recoveryHallPath()));
        autosave.closeCleanly();
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }

    void aRunningSessionsCopyIsNotOffered()
    {
        QTemporaryDir dir;
        app::Document doc;
        app::BackgroundTask tasks(nullptr);
        app::FileController files(&doc, &tasks, nullptr);
        app::AutosaveController running(&doc, dir.path());
        QVERIFY(files.generate(test::smallBrief(), {}));
        tasks.waitForIdle();
        running.autosaveNow();
        running.waitForWrite();
        app::Document other;
        app::AutosaveController starting(&other, dir.path());
        QVERIFY(starting.pending().isEmpty());
    }

    void aKilledSessionsWorkIsOfferedAndRecovered()
    {
        QTemporaryDir dir;
        const QString copy = crashAfterAutosave(dir.path());
        QVERIFY2(!copy.isEmpty(), "the child did not write its copy");
        QVERIFY(QFileInfo::exists(copy));

        app::MainWindow w(dir.path());
        w.show();
        const QList<app::RecoveryEntry> pending = w.autosave()->pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.front().hallPath, copy);
        QCOMPARE(pending.front().name, QStringLiteral("Crashed hall.hall"));
        QVERIFY(pending.front().savedAt.secsTo(QDateTime::currentDateTime()) <= 60);

        whenModalShows<QMessageBox>("recoveryPrompt", [](QMessageBox *box) { clickMessageBoxButton(box, "Recover"); });
        w.offerRecovery();
        w.waitForIdle();
        QVERIFY(!w.document()->isEmpty());
        QVERIFY(w.document()->isModified());
        // The recovered hall is the one the killed session had.
        QVERIFY(*w.document()->design() == crashedHallDesign());
        // This session now holds the work: the dead session's copy is gone once ours is written.
        w.autosave()->waitForWrite();
        QTRY_VERIFY(!QFileInfo::exists(copy));
        QVERIFY(QFileInfo::exists(w.autosave()->recoveryHallPath()));
        QVERIFY(w.autosave()->pending().isEmpty());
    }

    void aCopyCanBeDiscardedOrKeptForLater()
    {
        QTemporaryDir dir;
        const QString copy = crashAfterAutosave(dir.path());
        QVERIFY(!copy.isEmpty());
        {
            app::MainWindow w(dir.path());
            whenModalShows<QMessageBox>("recoveryPrompt", [](QMessageBox *box) { clickMessageBoxButton(box, "Later"); });
            w.offerRecovery();
            QVERIFY(w.document()->isEmpty());
            QVERIFY(QFileInfo::exists(copy));
        }
        app::MainWindow w(dir.path());
        whenModalShows<QMessageBox>("recoveryPrompt", [](QMessageBox *box) { clickMessageBoxButton(box, "Discard"); });
        w.offerRecovery();
        QVERIFY(!QFileInfo::exists(copy));
        QVERIFY(w.autosave()->pending().isEmpty());
    }
};

HALLWRIGHT_APP_TEST_MAIN(TestAutosave)
#include "test_autosave.moc"
