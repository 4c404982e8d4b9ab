// Edit → Find…: a rack, row or device by name.
#pragma once

#include "selection/selection_model.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QLabel;

namespace hallwright {
struct Design;
}

namespace hallwright::app {

/// Lists the racks, rows and devices whose name contains the text typed
/// (exact matches first, then those that start with it); Enter or a
/// double-click picks one and closes the dialog.
class FindDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FindDialog(QWidget *parent = nullptr);

    /// The design searched; must stay valid while the dialog is open (null: nothing to find).
    void setDesign(const Design *design);
    /// Clears the previous search text's selection and focuses the input.
    void prepare();
    QLineEdit *input() const { return m_input; }
    QListWidget *matches() const { return m_list; }

    /// The matches for text, best first, at most limit (for the dialog and tests).
    static QList<views::SelectionItem> search(const Design &design, const QString &text, int limit);
    /// "Rack M09", "Row M", "Device M09-N1 (compute node)".
    static QString describe(const Design &design, const views::SelectionItem &item);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void found(const hallwright::views::SelectionItem &item);

private slots:
    void refresh();
    void pick();

private:
    const Design *m_design = nullptr;
    QLineEdit *m_input;
    QListWidget *m_list;
    QLabel *m_count;
};

} // namespace hallwright::app
