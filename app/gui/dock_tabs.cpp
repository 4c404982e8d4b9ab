// Dock tab bars with whole titles (see dock_tabs.h).
#include "dock_tabs.h"

#include <QChildEvent>
#include <QMainWindow>
#include <QTabBar>

namespace hallwright::app {

DockTabs::DockTabs(QMainWindow *window) : QObject(window), m_window(window)
{
    window->installEventFilter(this);
    fix();
}

bool DockTabs::eventFilter(QObject *watched, QEvent *event)
{
    // Qt adds a tab bar as a child of the window when it first tabifies two docks.
    if (watched == m_window && event->type() == QEvent::ChildPolished)
        if (qobject_cast<QTabBar *>(static_cast<QChildEvent *>(event)->child()))
            fix();
    return QObject::eventFilter(watched, event);
}

void DockTabs::fix()
{
    for (QTabBar *bar : m_window->findChildren<QTabBar *>(QString(), Qt::FindDirectChildrenOnly)) {
        bar->setElideMode(Qt::ElideNone);
        bar->setUsesScrollButtons(true);
    }
}

} // namespace hallwright::app
