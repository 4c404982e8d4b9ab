// File → Export View as PNG: the plan or the 3D view, as the user sees it, to a picture file.
#pragma once

#include <QImage>
#include <QObject>
#include <QString>

class QWidget;

namespace hallwright::app {

class PlanWorkspace;

/// Writes the current view of the workspace (the plan, or the 3D view) to a PNG.
class ViewExportController : public QObject
{
    Q_OBJECT

public:
    ViewExportController(PlanWorkspace *workspace, QWidget *window, QObject *parent = nullptr);

    /// The picture of view as shown (a 3D view through OpenGL, any other widget by grabbing it).
    static QImage imageOf(QWidget *view);
    /// Writes the current view to path (replacing a file only by a complete new one);
    /// false with the reason in error.
    bool exportTo(const QString &path, QString *error = nullptr) const;

public slots:
    /// Asks where, then writes the current view.
    void exportDialog();

signals:
    void statusMessage(const QString &text);

private:
    PlanWorkspace *m_workspace;
    QWidget *m_window;
};

} // namespace hallwright::app
