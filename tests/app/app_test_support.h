// Shared by the application's Qt Test programs: an isolated settings/data home, the sample, modal-dialog helpers.
#pragma once

#include "test_support.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace hallwright::test {

/// Points QSettings and QStandardPaths at a private temporary home, so tests
/// never read or write the user's settings or recovery copies, and two test
/// programs running at once (ctest -j) never share a settings file, a
/// recovery folder or a file dialog's history.
class IsolatedHome
{
public:
    IsolatedHome()
    {
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/hallwright-test-XXXXXX"));
        qputenv("HOME", m_dir->path().toUtf8());
        qputenv("XDG_CONFIG_HOME", QDir(m_dir->path()).filePath("config").toUtf8());
        qputenv("XDG_DATA_HOME", QDir(m_dir->path()).filePath("data").toUtf8());
        qputenv("XDG_CACHE_HOME", QDir(m_dir->path()).filePath("cache").toUtf8());
        qputenv("XDG_RUNTIME_DIR", m_dir->path().toUtf8());
    }
    QString path() const { return m_dir->path(); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

inline QString sampleHall()
{
    return QString::fromStdString(resourcePath("sample/sample-10240.hall"));
}

/// A copy of the sample hall in dir (so a test may save over it).
inline QString copyOfSample(const QTemporaryDir &dir, const QString &name = QStringLiteral("sample.hall"))
{
    const QString path = QDir(dir.path()).filePath(name);
    QFile::remove(path);
    if (!QFile::copy(sampleHall(), path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return path;
}

/// A small brief (fast to generate) for tests that need a hall that was never saved.
inline std::string smallBrief(long long accelerators = 256, const char *redundancy = "2N")
{
    return std::string(R"({"schema": "hallwright.brief/1", "name": "Test hall", "compute": {"accelerators": )") +
           std::to_string(accelerators) + R"(}, "power": {"redundancy": ")" + redundancy + R"("}})";
}

/// Once a modal dialog of class T named objectName is up, runs act on it
/// (e.g. clicks a button). Polls, because the dialog's exec() blocks the test.
template <typename T>
void whenModalShows(const QString &objectName, std::function<void(T *)> act, int timeoutMs = 10'000)
{
    auto *timer = new QTimer(qApp);
    auto elapsed = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        *elapsed += 20;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *d = qobject_cast<T *>(w);
            if (d && d->isVisible() && (objectName.isEmpty() || d->objectName() == objectName)) {
                timer->stop();
                timer->deleteLater();
                act(d);
                return;
            }
        }
        if (*elapsed > timeoutMs) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start(20);
}

/// Clicks the message box's button whose text contains text (mnemonic & ignored).
inline void clickMessageBoxButton(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *b : box->buttons()) {
        if (b->text().remove('&').contains(text, Qt::CaseInsensitive)) {
            b->click();
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no button '%1' in '%2'").arg(text, box->text())));
}

} // namespace hallwright::test

/// main() of an application test: private home first, then the QApplication with the product's names.
#define HALLWRIGHT_APP_TEST_MAIN(TestClass)                                                                  \
    int main(int argc, char **argv)                                                                          \
    {                                                                                                        \
        hallwright::test::IsolatedHome home;                                                                 \
        QStandardPaths::setTestModeEnabled(true);                                                            \
        QApplication app(argc, argv);                                                                        \
        QApplication::setApplicationName(QStringLiteral("Hallwright"));                                      \
        QApplication::setOrganizationName(QStringLiteral("Hallwright"));                                     \
        QApplication::setApplicationVersion(QStringLiteral(HALLWRIGHT_VERSION));                             \
        TestClass test;                                                                                      \
        return QTest::qExec(&test, argc, argv);                                                              \
    }
