// The few message boxes the controllers share: an error that does not block, the save prompt.
#pragma once

#include <QString>

class QWidget;

namespace hallwright::app {

/// Shows title and message in a window-modal box that does not block the
/// caller (scripted sessions and tests go on); object name "errorBox".
void showError(QWidget *parent, const QString &title, const QString &message);

enum class SaveChoice { Save, Discard, Cancel };

/// "Save changes to NAME before closing?" with Save, Don't Save and Cancel.
/// Blocks until answered; object name "savePrompt".
SaveChoice askToSave(QWidget *parent, const QString &documentName, const QString &action);

/// "Regenerate the hall? … discards N hand edits" with Regenerate and Cancel, before a brief
/// input lays the hall out again; inputName is the input's name. Blocks until answered;
/// object name "regeneratePrompt". True for Regenerate.
bool askToRegenerate(QWidget *parent, const QString &inputName, int handEdits);

} // namespace hallwright::app
