// The CLI's QApplication, created on first use on the offscreen platform.
#include "qt_application.h"

#include <QApplication>

#include <cstdio>

namespace hallwright::cli {

namespace {

/// The CLI's stderr carries one line per failure (docs/cli.md): Qt's own
/// notes (XDG_RUNTIME_DIR, fonts) are not for the user of a script.
void quietQt(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "hallwright-cli: Qt: %s\n", message.toLocal8Bit().constData());
}

} // namespace

void ensureQtApplication()
{
    if (QCoreApplication::instance())
        return;
    qInstallMessageHandler(quietQt);
    static int argc = 3;
    static char name[] = "hallwright-cli", platform[] = "-platform", offscreen[] = "offscreen";
    static char *argv[] = {name, platform, offscreen, nullptr};
    static QApplication app(argc, argv);
}

} // namespace hallwright::cli
