// For `hallwright --quit-after-first-frame FILE`: quits once the opened hall's plan has been painted.
#pragma once

#include <QObject>

class QWidget;

namespace hallwright::app {

class FileController;

/// Watches one widget's paint events after the file controller has loaded a
/// hall, and quits the application (exit code 0) after the first of them; a
/// failed load quits with 2. The benchmarks time the whole process with it.
class FirstFrameProbe : public QObject
{
    Q_OBJECT

public:
    FirstFrameProbe(FileController *files, QWidget *painted, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_painted;
    bool m_loaded = false;
};

} // namespace hallwright::app
