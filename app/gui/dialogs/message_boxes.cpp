// Message boxes: error and save prompt.
#include "message_boxes.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace hallwright::app {

namespace {

class MessageText
{
    Q_DECLARE_TR_FUNCTIONS(MessageText)
};

} // namespace

void showError(QWidget *parent, const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("errorBox"));
    box->open();
}

SaveChoice askToSave(QWidget *parent, const QString &documentName, const QString &action)
{
    QMessageBox box(QMessageBox::Warning, MessageText::tr("Unsaved changes"),
                    MessageText::tr("Save the changes to “%1” before %2?").arg(documentName, action),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("savePrompt"));
    box.setInformativeText(MessageText::tr("Your changes are lost if you do not save them."));
    box.button(QMessageBox::Discard)->setText(MessageText::tr("Do&n't Save"));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save: return SaveChoice::Save;
    case QMessageBox::Discard: return SaveChoice::Discard;
    default: return SaveChoice::Cancel;
    }
}

bool askToRegenerate(QWidget *parent, const QString &inputName, int handEdits)
{
    // Singular and plural spelled out: without an English translation Qt's %n forms read "1 edit(s)".
    const QString edits = handEdits == 1 ? MessageText::tr("1 hand edit")
                                         : MessageText::tr("%1 hand edits").arg(QLocale().toString(handEdits));
    QMessageBox box(QMessageBox::Warning, MessageText::tr("Regenerate the hall?"),
                    MessageText::tr("Changing “%1” lays the hall out again from its brief and discards %2 made "
                                    "since it was last generated (racks and rows moved, added, turned or deleted).")
                        .arg(inputName, edits),
                    QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("regeneratePrompt"));
    box.setInformativeText(MessageText::tr("Undo brings the edits back afterwards."));
    QPushButton *regenerate = box.addButton(MessageText::tr("&Regenerate"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == regenerate;
}

} // namespace hallwright::app
