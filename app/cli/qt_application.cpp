// The CLI's QApplication, created on first use on the offscreen platform.
#include "qt_application.h"

#include <QApplication>

namespace hallwright::cli {

void ensureQtApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 3;
    static char name[] = "hallwright-cli", platform[] = "-platform", offscreen[] = "offscreen";
    static char *argv[] = {name, platform, offscreen, nullptr};
    static QApplication app(argc, argv);
}

} // namespace hallwright::cli
