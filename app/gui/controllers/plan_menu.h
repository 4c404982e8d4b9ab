// The plan's context menu: what can be done with the racks and rows under the pointer.
#pragma once

#include "selection/selection_model.h"

#include <QList>

class QMenu;
class QWidget;

namespace hallwright::app {

class EditController;

/// A menu (deleted when it closes) for `items`: for one rack, "Add a Rack Like This" at its
/// row's end; for one row, "Rotate Row"; for racks and rows, "Delete"; each an undoable edit
/// through `edits`. Nothing to do: a disabled line that says so.
QMenu *planMenu(EditController &edits, const QList<views::SelectionItem> &items, QWidget *parent);

} // namespace hallwright::app
