// Help → About Hallwright: what the program is, its version and the libraries it is built on.
#pragma once

#include <QString>

class QWidget;

namespace hallwright::app {

/// The About box's text (rich text), also used by tests.
QString aboutText();
/// Shows the About box, window-modal to parent.
void showAboutDialog(QWidget *parent);

} // namespace hallwright::app
