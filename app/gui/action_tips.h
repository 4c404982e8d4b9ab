// What every command of the main window does, shown as its tooltip and in the status bar.
#pragma once

#include <QCoreApplication>

class QMainWindow;

namespace hallwright::app {

/// Gives each action of `window` (menus, dock toggles, export commands) that has
/// no status tip a one-line description, as status tip and tooltip, and makes
/// the menus show tooltips. Call once the menus exist.
void describeActions(QMainWindow *window);

/// Translation context of the descriptions.
class ActionTips
{
    Q_DECLARE_TR_FUNCTIONS(ActionTips)
};

} // namespace hallwright::app
