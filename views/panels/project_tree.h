// The project tree: hall → zones → rows → racks → devices; power and cooling plant; fabrics → switches.
#pragma once

#include <QAbstractItemModel>
#include <QPointer>
#include <QTreeView>

#include "floorplan/floor_plan_scene.h"
#include "selection/selection_model.h"

#include <vector>

namespace hallwright {
class Catalog;
struct Results;
} // namespace hallwright

namespace hallwright::views {

/// A read-only tree over a design: every object is a node carrying its
/// SelectionItem; groups ("Power plant", "Compute fabric") carry none.
class ProjectTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit ProjectTreeModel(QObject *parent = nullptr);

    void setData(const Design *design, const Catalog *catalog, const Results *results);

    QModelIndex indexOf(const SelectionItem &item) const;
    SelectionItem itemAt(const QModelIndex &index) const;
    /// Nodes in the tree (tests).
    int nodeCount() const { return int(m_nodes.size()) - 1; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        SelectionItem item;          ///< invalid for groups
        QString name, detail;
        int parent = -1;
        int row = 0;                 ///< index among its parent's children
        std::vector<int> children;
    };
    int add(int parent, const QString &name, const QString &detail = {}, SelectionItem item = {});
    void build(const Design &design, const Catalog *catalog, const Results *results);

    std::vector<Node> m_nodes;       ///< 0 is the invisible root
    QHash<SelectionItem, int> m_nodeOf;
};

/// The tree widget, selecting in step with the shared selection model.
class ProjectTree : public QTreeView
{
    Q_OBJECT

public:
    explicit ProjectTree(QWidget *parent = nullptr);

    void setData(const Design *design, const Catalog *catalog, const Results *results);
    /// Rebuilds on structural changes; moves change nothing the tree shows.
    void applyChanges(const PlanChanges &changes);
    void setSelectionModel(SelectionModel *model);
    ProjectTreeModel *treeModel() const { return m_model; }

protected:
    /// The name column takes at most 60 % of a narrow dock, so that the details stay in view.
    void resizeEvent(QResizeEvent *event) override;

private:
    void fromShared();
    void toShared();

    ProjectTreeModel *m_model;
    QPointer<SelectionModel> m_selection;
    const Design *m_design = nullptr;
    const Catalog *m_catalog = nullptr;
    const Results *m_results = nullptr;
    bool m_syncing = false;
};

} // namespace hallwright::views
