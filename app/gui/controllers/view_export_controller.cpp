// ViewExportController: grabbing the current view and saving it atomically.
#include "controllers/view_export_controller.h"

#include "dialogs/message_boxes.h"
#include "plan_workspace.h"
#include "settings/settings_registry.h"

#include "hall3d/hall3d_view.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsView>
#include <QSaveFile>

namespace hallwright::app {

ViewExportController::ViewExportController(PlanWorkspace *workspace, QWidget *window, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_window(window)
{
}

QImage ViewExportController::imageOf(QWidget *view)
{
    if (!view)
        return {};
    if (auto *v3 = qobject_cast<views::Hall3DView *>(view))
        return v3->grabImage();
    // The plan with its legend and cards, as on screen.
    if (auto *gv = qobject_cast<QGraphicsView *>(view))
        return gv->grab().toImage();
    return view->grab().toImage();
}

bool ViewExportController::exportTo(const QString &path, QString *error) const
{
    const QImage image = imageOf(m_workspace->currentView());
    if (image.isNull()) {
        if (error)
            *error = tr("The view has nothing to show yet.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        if (error)
            *error = file.errorString().isEmpty() ? tr("The picture could not be written.") : file.errorString();
        return false;
    }
    return true;
}

void ViewExportController::exportDialog()
{
    const bool is3d = qobject_cast<views::Hall3DView *>(m_workspace->currentView()) != nullptr;
    const QString suggested =
        QDir(settings::lastDirectory.value()).filePath(is3d ? tr("hall-3d.png") : tr("hall-plan.png"));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export View as PNG"), suggested,
                                                tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");
    QString error;
    if (!exportTo(path, &error)) {
        showError(m_window, tr("Cannot export the view"), error);
        return;
    }
    emit statusMessage(tr("Exported the view to %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace hallwright::app
