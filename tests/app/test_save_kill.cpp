// A GUI save killed at any moment leaves the old file or the new one, never a mix or nothing.
#include "app_test_support.h"

#include "analysis/analysis.h"
#include "brief/brief.h"
#include "store/project_store.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QThread>
#include <QtTest>

using namespace hallwright;

class TestSaveKill : public QObject
{
    Q_OBJECT

private slots:
    void killedSavesLeaveOldOrNew()
    {
        QTemporaryDir dir;
        // Old: a small hall; new: the sample, whose save takes long enough to be hit in the middle.
        const QString target = dir.filePath("target.hall");
        const Design oldDesign = [] {
            const Brief b = parseBrief(test::smallBrief(), Catalog::builtin());
            return synthesize(b, Catalog::builtin());
        }();
        const Design newDesign = loadProject(test::sampleHall().toStdString());

        QElapsedTimer clock;
        clock.start();
        saveProject(newDesign, dir.filePath("timing.hall").toStdString());
        const qint64 saveMs = std::max<qint64>(clock.elapsed(), 20);

        const int kills = 16;
        int sawOld = 0, sawNew = 0;
        for (int i = 0; i < kills; ++i) {
            saveProject(oldDesign, target.toStdString());
            QProcess child;
            child.start(QStringLiteral(HALLWRIGHT_APP_TEST_CHILD), {"save", target, test::sampleHall()});
            QVERIFY(child.waitForStarted(10'000));
            QByteArray out;
            while (!out.contains("saving") && child.waitForReadyRead(60'000))
                out += child.readAllStandardOutput();
            QVERIFY2(out.contains("saving"), out.constData());
            // Spread the kills over the first save and a little beyond.
            QThread::msleep(static_cast<unsigned long>(saveMs * 3 / 2 * i / kills));
            child.kill();
            QVERIFY(child.waitForFinished(10'000));

            Design onDisk;
            try {
                onDisk = loadProject(target.toStdString());
            } catch (const std::exception &e) {
                QFAIL(qPrintable(QStringLiteral("kill %1 after %2 ms left a broken file: %3")
                                     .arg(i)
                                     .arg(saveMs * 3 / 2 * i / kills)
                                     .arg(e.what())));
            }
            if (onDisk == oldDesign)
                ++sawOld;
            else if (onDisk == newDesign)
                ++sawNew;
            else
                QFAIL(qPrintable(QStringLiteral("kill %1 left a file that is neither the old nor the new hall").arg(i)));
        }
        qInfo("save of the sample: %lld ms; %d kills left the old file, %d the new one", saveMs, sawOld, sawNew);
        QCOMPARE(sawOld + sawNew, kills);
        QVERIFY(sawOld > 0); // the early kills did hit before the rename
    }
};

HALLWRIGHT_APP_TEST_MAIN(TestSaveKill)
#include "test_save_kill.moc"
