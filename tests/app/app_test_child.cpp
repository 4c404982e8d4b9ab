// A child process for the crash tests: it does real GUI-side document work and is killed mid-way.
//   app_test_child autosave DIR      generates a hall, writes its recovery copy into DIR, prints "written", waits
//   app_test_child save TARGET HALL  opens HALL, saves it over TARGET again and again, printing "saving" first
#include "controllers/autosave_controller.h"
#include "controllers/background_task.h"
#include "controllers/file_controller.h"
#include "document.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>
#include <string>

using namespace hallwright::app;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Hallwright"));
    QApplication::setOrganizationName(QStringLiteral("Hallwright"));
    const QStringList args = QApplication::arguments();
    if (args.size() < 3)
        return 2;
    Document document;
    BackgroundTask tasks(nullptr);
    FileController files(&document, &tasks, nullptr);

    if (args[1] == QLatin1String("autosave")) {
        AutosaveController autosave(&document, args[2]);
        const std::string brief = R"({"schema": "hallwright.brief/1", "name": "Crashed hall", "compute": {"accelerators": 256}})";
        files.generate(brief, {});
        tasks.waitForIdle();
        autosave.autosaveNow();
        autosave.waitForWrite();
        std::printf("written %s\n", autosave.recoveryHallPath().toUtf8().constData());
        std::fflush(stdout);
        return app.exec(); // until killed
    }
    if (args[1] == QLatin1String("save") && args.size() >= 4) {
        files.openFile(args[3]);
        tasks.waitForIdle();
        if (document.isEmpty())
            return 3;
        std::printf("saving\n");
        std::fflush(stdout);
        for (;;)
            files.saveTo(args[2]);
    }
    return 2;
}
