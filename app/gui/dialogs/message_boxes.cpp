// Message boxes: error and save prompt.
#include "message_boxes.h"

#include <QCoreApplication>
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

} // namespace hallwright::app
