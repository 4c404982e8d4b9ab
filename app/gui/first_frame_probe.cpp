// FirstFrameProbe: a paint after the load ends the process.
#include "first_frame_probe.h"

#include "controllers/file_controller.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace hallwright::app {

FirstFrameProbe::FirstFrameProbe(FileController *files, QWidget *painted, QObject *parent)
    : QObject(parent), m_painted(painted)
{
    m_painted->installEventFilter(this);
    connect(files, &FileController::hallLoaded, this, [this] {
        m_loaded = true;
        m_painted->update();
    });
    connect(files, &FileController::loadFailed, this, [] { QCoreApplication::exit(2); });
}

bool FirstFrameProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (m_loaded && watched == m_painted && event->type() == QEvent::Paint) {
        m_loaded = false;
        // After this paint has gone to the screen.
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace hallwright::app
