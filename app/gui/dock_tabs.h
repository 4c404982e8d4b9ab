// The tab bars of tabified docks: whole titles with scroll arrows instead of "Pro…", "N…".
#pragma once

#include <QObject>

class QMainWindow;

namespace hallwright::app {

/// Keeps every dock tab bar of `window` (Qt makes them when docks are tabified, also later,
/// when a user drags a dock onto another) showing whole titles, with scroll arrows when
/// they do not fit. The filter is the window's child.
class DockTabs : public QObject
{
    Q_OBJECT
public:
    explicit DockTabs(QMainWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fix();
    QMainWindow *m_window;
};

} // namespace hallwright::app
