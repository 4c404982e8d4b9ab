// The design checks list: errors and warnings; double-click selects the offender and centres the views on it.
#pragma once

#include <QPointer>
#include <QWidget>

#include "floorplan/floor_plan_scene.h"
#include "selection/selection_model.h"

class QComboBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;
class QTimer;

namespace hallwright {
struct Results;
}

namespace hallwright::views {

/// Lists Results::checks with severity, location and message, filterable by
/// severity. A double-click (or Enter) on a finding selects the rack, row,
/// zone, equipment or device it names and asks every view to centre on it.
class ChecksPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChecksPanel(QWidget *parent = nullptr);

    void setData(const Design *design, const Results *results);
    /// Checks come with the results: refreshed shortly after each edit.
    void applyChanges(const PlanChanges &changes);
    void setSelectionModel(SelectionModel *model);

    QTreeWidget *list() const { return m_list; }
    /// The object a check location names, or an invalid item.
    SelectionItem resolve(const QString &location) const;

public slots:
    void refresh();

private:
    void activate(QTreeWidgetItem *item);

    const Design *m_design = nullptr;
    const Results *m_results = nullptr;
    QPointer<SelectionModel> m_selection;
    QHash<QString, SelectionItem> m_byName;
    QComboBox *m_filter;
    QLabel *m_counts;
    QTreeWidget *m_list;
    QTimer *m_refreshTimer;
};

} // namespace hallwright::views
