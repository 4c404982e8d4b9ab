// hallwright: the desktop application's entry point.
#include "first_frame_probe.h"
#include "floorplan/floor_plan_view.h"
#include "language.h"
#include "main_window.h"
#include "settings/settings_registry.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSurfaceFormat>

int main(int argc, char **argv)
{
    // VTK views need a 3.2 core-profile default surface set before QApplication (docs/platform.md).
    QSurfaceFormat format = QSurfaceFormat::defaultFormat();
    format.setVersion(3, 2);
    format.setProfile(QSurfaceFormat::CoreProfile);
    QSurfaceFormat::setDefaultFormat(format);

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Hallwright"));
    QApplication::setOrganizationName(QStringLiteral("Hallwright"));
    QApplication::setApplicationVersion(QStringLiteral(HALLWRIGHT_VERSION));
    // The desktop entry installer/linux ships: docks and task bars find the icon through it.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.hallwright.Hallwright"));
    QApplication::setWindowIcon(hallwright::app::MainWindow::applicationIcon());
    // The interface language: the setting when the user chose one, else the system locale (LANG).
    hallwright::i18n::installTranslators(hallwright::i18n::chooseLanguage(hallwright::app::settings::uiLanguage.value()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Design AI data halls: layout, network, power, cooling, economics."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption firstFrame(
        QStringLiteral("quit-after-first-frame"),
        QCoreApplication::translate("main", "Quit once FILE is open and its plan painted (for timing)."));
    parser.addOption(firstFrame);
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("main", "A .hall project to open."));
    parser.process(app);

    hallwright::app::MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (parser.isSet(firstFrame)) {
        if (files.isEmpty())
            parser.showHelp(2);
        new hallwright::app::FirstFrameProbe(window.files(), window.floorPlan()->viewport(), &window);
    }
    window.show();
    if (!files.isEmpty())
        window.openFile(files.first());
    else
        // Work left by a crash is offered only when no file was asked for, once the window is up.
        QMetaObject::invokeMethod(&window, &hallwright::app::MainWindow::offerRecovery, Qt::QueuedConnection);
    return app.exec();
}
