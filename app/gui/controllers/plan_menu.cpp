// The plan's context menu: edits of the racks and rows under the pointer.
#include "controllers/plan_menu.h"

#include "controllers/edit_controller.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>

namespace hallwright::app {

QMenu *planMenu(EditController &edits, const QList<views::SelectionItem> &items, QWidget *parent)
{
    using Kind = views::SelectionItem::Kind;
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("planMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    int racks = 0, rows = 0;
    for (const views::SelectionItem &s : items) {
        racks += s.kind == Kind::Rack;
        rows += s.kind == Kind::Row;
    }
    EditController *e = &edits;
    if (items.size() == 1 && racks == 1) {
        const RackId rack(items.front().id);
        QAction *a = menu->addAction(EditController::tr("Add a Rack Like This"), e, [e, rack] { e->addRackLike(rack); });
        a->setObjectName(QStringLiteral("addRackLike"));
        a->setToolTip(EditController::tr("A copy of this rack (nodes, PDUs, links to the same switches) at its row's east end"));
    }
    if (items.size() == 1 && rows == 1) {
        const RowId row(items.front().id);
        QAction *a = menu->addAction(EditController::tr("Rotate Row"), e, [e, row] { e->rotateRow(row); });
        a->setObjectName(QStringLiteral("rotateRow"));
        a->setToolTip(EditController::tr("Turn the row to face the other way: its fronts move to the other aisle"));
    }
    if (racks + rows > 0) {
        if (!menu->isEmpty())
            menu->addSeparator();
        QAction *a = menu->addAction(EditController::tr("Delete"), e, [e, items] { e->deleteItems(items); });
        a->setObjectName(QStringLiteral("deleteSelection"));
        a->setShortcut(QKeySequence::Delete); // shown as a reminder; the plan's Delete key does it
    }
    if (menu->isEmpty())
        menu->addAction(EditController::tr("Select a rack or a row to edit it"))->setEnabled(false);
    menu->setToolTipsVisible(true);
    return menu;
}

} // namespace hallwright::app
