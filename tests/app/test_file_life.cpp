// Document life: open, new from brief, save, save as, recent files, prompts, and saves that fail.
#include "app_test_support.h"
#include "controllers/background_task.h"
#include "controllers/file_controller.h"
#include "controllers/recent_files.h"
#include "document.h"
#include "main_window.h"
#include "settings/settings_registry.h"

#include "store/project_store.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStatusBar>
#include <QUndoStack>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace hallwright;
using hallwright::test::clickMessageBoxButton;
using hallwright::test::whenModalShows;

class TestFileLife : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        // Each test starts from no history: an earlier test's folder may be gone by now.
        app::settings::recentFiles.remove();
        app::settings::lastDirectory.remove();
    }

    void openingAFileMakesItCurrentAndRecent()
    {
        QTemporaryDir dir;
        const QString path = test::copyOfSample(dir);
        app::MainWindow w;
        QSignalSpy loaded(w.files(), &app::FileController::hallLoaded);
        QVERIFY(w.openFile(path));
        w.waitForIdle();
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(w.document()->path(), QFileInfo(path).absoluteFilePath());
        QVERIFY(!w.document()->isModified());
        QCOMPARE(w.windowTitle(), QStringLiteral("sample.hall[*] — Hallwright"));
        // The start-up hint gives way to what is open.
        QVERIFY2(w.statusBar()->currentMessage().startsWith(QStringLiteral("Opened ")),
                 qPrintable(w.statusBar()->currentMessage()));
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("sample.hall")));
        QCOMPARE(w.files()->recentFiles()->files(), QStringList{QFileInfo(path).absoluteFilePath()});
        // The figures are those of the file: loadProject + analyze of the same bytes.
        const Design fromDisk = loadProject(path.toStdString());
        QVERIFY(*w.document()->design() == fromDisk);
    }

    void theSampleOpensAsAnUntitledCopy()
    {
        app::MainWindow w;
        QVERIFY(w.files()->openSample());
        w.waitForIdle();
        QVERIFY(!w.document()->isEmpty());
        // Save must not write into the bundled file: the hall has no path, only a name.
        QVERIFY(w.document()->path().isEmpty());
        QCOMPARE(w.document()->displayName(), QStringLiteral("sample-10240.hall"));
        QVERIFY(!w.document()->isModified());
    }

    void aNewHallIsModifiedUntilSaved()
    {
        QTemporaryDir dir;
        app::MainWindow w;
        QVERIFY(w.files()->generate(test::smallBrief(256, "N+1"), {}));
        w.waitForIdle();
        QVERIFY(!w.document()->isEmpty());
        QCOMPARE(w.document()->results()->compute.accelerators, 256);
        QVERIFY(w.document()->results()->brief);
        QCOMPARE(w.document()->results()->brief->power.redundancy, Redundancy::NPlus1);
        QVERIFY(w.document()->isModified());
        QVERIFY(w.isWindowModified());
        QCOMPARE(w.document()->displayName(), QStringLiteral("Test hall.hall"));

        const QString path = dir.filePath("new.hall");
        QSignalSpy modified(w.document(), &app::Document::modifiedChanged);
        QVERIFY(w.files()->saveTo(path));
        QVERIFY(!w.document()->isModified());
        QVERIFY(!w.isWindowModified());
        QCOMPARE(modified.count(), 1);
        QCOMPARE(w.windowTitle(), QStringLiteral("new.hall[*] — Hallwright"));
        // Saved and reopened, the design is the same, field by field.
        QVERIFY(loadProject(path.toStdString()) == *w.document()->design());
    }

    void aBadBriefSaysWhyAndKeepsTheHall()
    {
        app::MainWindow w;
        QVERIFY(w.openFile(test::sampleHall()));
        w.waitForIdle();
        const Design *before = w.document()->design();
        QSignalSpy failed(w.files(), &app::FileController::loadFailed);
        QVERIFY(w.files()->generate(R"({"schema": "hallwright.brief/1", "cooling": {"mode": "sea water"}})", {}));
        w.waitForIdle();
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains("cooling.mode"), qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(w.document()->design(), before);
    }

    void aFailedSaveKeepsTheDocumentModified_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::newRow("read-only folder") << "readonly";
        QTest::newRow("folder vanished") << "vanished";
        QTest::newRow("disk full") << "full";
    }

    void aFailedSaveKeepsTheDocumentModified()
    {
        QFETCH(QString, problem);
        QTemporaryDir dir;
        app::MainWindow w;
        QVERIFY(w.files()->generate(test::smallBrief(), {}));
        w.waitForIdle();
        QVERIFY(w.document()->isModified());

        QString target = dir.filePath("sub/hall.hall");
        QVERIFY(QDir(dir.path()).mkpath("sub"));
        // An older file at the target must survive a failed save byte for byte.
        QVERIFY(QFile::copy(test::sampleHall(), target));
        const QByteArray old = [&] {
            QFile f(target);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        rlimit saved{};
        if (problem == "readonly") {
            // Root ignores folder permissions; /proc is read-only to everyone.
            if (::geteuid() == 0)
                target = "/proc/hall.hall";
            else
                QFile::setPermissions(dir.filePath("sub"), QFile::ReadOwner | QFile::ExeOwner);
        } else if (problem == "vanished") {
            QVERIFY(QDir(dir.filePath("sub")).removeRecursively());
        } else {
            // A file-size limit makes write() fail the way a full disk does (EFBIG instead of ENOSPC).
            std::signal(SIGXFSZ, SIG_IGN);
            getrlimit(RLIMIT_FSIZE, &saved);
            rlimit small = saved;
            small.rlim_cur = 64 * 1024;
            setrlimit(RLIMIT_FSIZE, &small);
        }
        const bool ok = w.files()->saveTo(target);
        if (problem == "full")
            setrlimit(RLIMIT_FSIZE, &saved);
        QFile::setPermissions(dir.filePath("sub"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        QVERIFY(!ok);
        QVERIFY(w.document()->isModified());
        QVERIFY(w.document()->path().isEmpty());
        auto *box = w.findChild<QMessageBox *>("errorBox");
        QVERIFY(box);
        QVERIFY2(box->text().contains("hall.hall"), qPrintable(box->text()));
        QVERIFY2(box->text().contains("still open with its changes"), qPrintable(box->text()));
        if (target.startsWith(dir.path()) && problem != "vanished") {
            QFile f(target);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), old);
        }
    }

    void closingWithUnsavedWorkAsks()
    {
        app::MainWindow w;
        w.show();
        QVERIFY(w.files()->generate(test::smallBrief(), {}));
        w.waitForIdle();

        // Cancel keeps the window and the work.
        whenModalShows<QMessageBox>("savePrompt", [](QMessageBox *box) { clickMessageBoxButton(box, "Cancel"); });
        QVERIFY(!w.close());
        QVERIFY(w.isVisible());
        QVERIFY(w.document()->isModified());

        // Don't Save closes without writing anything.
        QString question;
        whenModalShows<QMessageBox>("savePrompt", [&question](QMessageBox *box) {
            question = box->text();
            clickMessageBoxButton(box, "Don't Save");
        });
        QVERIFY(w.close());
        QVERIFY2(question.contains("Test hall.hall"), qPrintable(question));
    }

    void openingAnotherHallAsksFirst()
    {
        app::MainWindow w;
        QVERIFY(w.files()->generate(test::smallBrief(), {}));
        w.waitForIdle();
        whenModalShows<QMessageBox>("savePrompt", [](QMessageBox *box) { clickMessageBoxButton(box, "Cancel"); });
        QVERIFY(!w.openFile(test::sampleHall()));
        QCOMPARE(w.document()->results()->compute.accelerators, 256);
    }

    void recentFilesAreNewestFirstWithoutDuplicates()
    {
        QTemporaryDir dir;
        app::RecentFiles recent;
        app::settings::recentFilesMax.setValue(3);
        QStringList paths;
        for (int i = 0; i < 4; ++i) {
            paths << dir.filePath(QStringLiteral("h%1.hall").arg(i));
            QFile f(paths.back());
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        for (const QString &p : paths)
            recent.add(p);
        recent.add(paths[2]);
        QCOMPARE(recent.files(), (QStringList{paths[2], paths[3], paths[1]}));
        QMenu menu;
        recent.attachMenu(&menu);
        QFile::remove(paths[3]);
        emit menu.aboutToShow();
        const QList<QAction *> actions = menu.actions();
        QVERIFY(actions.size() >= 3);
        QCOMPARE(actions[0]->data().toString(), paths[2]);
        QVERIFY(actions[0]->isEnabled());
        QVERIFY(!actions[1]->isEnabled()); // h3.hall is gone
        app::settings::recentFilesMax.remove();
    }

    void saveAsAddsTheSuffix()
    {
        QTemporaryDir dir;
        // The dialog opens in the folder the name is typed into, so the answer does not
        // depend on the file system model catching up with a change of folder.
        app::settings::lastDirectory.setValue(dir.path());
        app::MainWindow w;
        QVERIFY(w.files()->generate(test::smallBrief(), {}));
        w.waitForIdle();
        // Typed into the file-name box as a user does: QFileDialog::selectFile leaves that box alone while it
        // has the keyboard focus (Qt keeps what a user is typing), and a shown save dialog gives it the focus,
        // so selectFile here would save under the preselected name.
        QString shownIn, preselected;
        whenModalShows<QFileDialog>("saveAsDialog", [&](QFileDialog *d) {
            shownIn = QDir(d->directory()).absolutePath();
            auto *name = d->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            if (!name) {
                d->reject();
                return;
            }
            preselected = name->text();
            name->setFocus();
            name->selectAll();
            QTest::keyClicks(name, QStringLiteral("plain"));
            QTest::keyClick(name, Qt::Key_Return);
        });
        QVERIFY(w.files()->saveAs());
        QCOMPARE(shownIn, QDir(dir.path()).absolutePath());
        QCOMPARE(preselected, QStringLiteral("Test hall.hall"));
        QCOMPARE(w.document()->path(), dir.filePath("plain.hall"));
        QVERIFY(QFileInfo::exists(dir.filePath("plain.hall")));
    }
};

HALLWRIGHT_APP_TEST_MAIN(TestFileLife)
#include "test_file_life.moc"
