// Project tree model (built once per structural change) and its two-way selection sync.
#include "panels/project_tree.h"

#include "analysis/analysis.h"
#include "common/labels.h"
#include "common/units.h"

#include <QHeaderView>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace hallwright::views {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

bool powerKindOfEquipment(EquipmentKind kind)
{
    switch (kind) {
    case EquipmentKind::Busway:
    case EquipmentKind::Rpp:
    case EquipmentKind::Ups:
    case EquipmentKind::Transformer:
    case EquipmentKind::Generator:
    case EquipmentKind::Switchgear:
    case EquipmentKind::Mcc:
    case EquipmentKind::Battery: return true;
    case EquipmentKind::Crah:
    case EquipmentKind::Cdu:
    case EquipmentKind::Chiller:
    case EquipmentKind::DryCooler:
    case EquipmentKind::Pump: return false;
    }
    return false;
}

} // namespace

ProjectTreeModel::ProjectTreeModel(QObject *parent) : QAbstractItemModel(parent)
{
    m_nodes.resize(1);
}

int ProjectTreeModel::add(int parent, const QString &name, const QString &detail, SelectionItem item)
{
    Node n;
    n.item = item;
    n.name = name;
    n.detail = detail;
    n.parent = parent;
    n.row = int(m_nodes[std::size_t(parent)].children.size());
    const int id = int(m_nodes.size());
    m_nodes.push_back(std::move(n));
    m_nodes[std::size_t(parent)].children.push_back(id);
    if (item.isValid())
        m_nodeOf.insert(item, id);
    return id;
}

void ProjectTreeModel::setData(const Design *design, const Catalog *catalog, const Results *results)
{
    beginResetModel();
    m_nodes.clear();
    m_nodes.resize(1);
    m_nodeOf.clear();
    if (design)
        build(*design, catalog, results);
    endResetModel();
}

void ProjectTreeModel::build(const Design &d, const Catalog *catalog, const Results *results)
{
    // Catalog items by their names in the interface's language, each looked up once.
    std::unordered_map<std::string, QString> itemNames;
    auto item = [&](const std::string &id) -> const QString & {
        auto [it, fresh] = itemNames.try_emplace(id);
        if (fresh)
            it->second = catalog ? Labels::catalogItem(*catalog, id) : qs(id);
        return it->second;
    };
    std::unordered_map<std::int64_t, double> rackKw;
    if (results && results->cooling)
        for (const RackHeat &h : results->cooling->racks)
            rackKw[h.rack.value()] = h.heatKw;

    const int hall = add(0, qs(d.hall.name), tr("%1 × %2").arg(Units::length(d.hall.widthM), Units::length(d.hall.depthM)));

    // Floor: zones → rows → racks → devices (devices top-down, as an installer reads a rack).
    const int floor = add(hall, tr("Floor"));
    std::unordered_map<std::int64_t, int> zoneNode, rowNode, rackNode;
    for (const Zone &z : d.zones)
        zoneNode[z.id.value()] = add(floor, Labels::placeName(z.name), Labels::zoneKind(z.kind), SelectionItem::zone(z.id));
    int looseRows = -1;
    for (const Row &r : d.rows) {
        auto it = zoneNode.find(r.zone.value());
        int parent = it != zoneNode.end() ? it->second : -1;
        if (parent < 0)
            parent = looseRows >= 0 ? looseRows : (looseRows = add(floor, tr("Rows outside any zone")));
        rowNode[r.id.value()] = add(parent, Labels::placeName(r.name), {}, SelectionItem::row(r.id));
    }
    int looseRacks = -1;
    for (const Rack &r : d.racks) {
        auto it = rowNode.find(r.row.value());
        int parent = it != rowNode.end() ? it->second : -1;
        if (parent < 0)
            parent = looseRacks >= 0 ? looseRacks : (looseRacks = add(floor, tr("Racks outside any row")));
        const auto kw = rackKw.find(r.id.value());
        const QString detail = kw != rackKw.end()
                                   ? tr("%1 · %2").arg(Labels::rackRole(r.role), Units::power(kw->second))
                                   : Labels::rackRole(r.role);
        rackNode[r.id.value()] = add(parent, qs(r.name), detail, SelectionItem::rack(r.id));
    }
    for (const auto &[row, node] : rowNode)
        m_nodes[std::size_t(node)].detail = tr("%n racks", nullptr, int(m_nodes[std::size_t(node)].children.size()));
    std::vector<const Device *> devices;
    devices.reserve(d.devices.size());
    for (const Device &dev : d.devices)
        devices.push_back(&dev);
    std::stable_sort(devices.begin(), devices.end(), [](const Device *a, const Device *b) {
        return a->rack != b->rack ? a->rack < b->rack : a->uPosition > b->uPosition;
    });
    for (const Device *dev : devices) {
        auto it = rackNode.find(dev->rack.value());
        if (it == rackNode.end())
            continue;
        const QString where = dev->uHeight > 0 ? tr("U%1").arg(dev->uPosition) : tr("zero-U");
        add(it->second, qs(dev->name), tr("%1 · %2 · %3").arg(Labels::deviceKind(dev->kind), item(dev->catalogId), where),
            SelectionItem::device(dev->id));
    }

    // Power plant: transformers → UPS modules → busways / RPPs, following `upstream`; generators apart.
    const int power = add(hall, tr("Power plant"));
    const int cooling = add(hall, tr("Cooling plant"));
    std::unordered_map<std::int64_t, std::vector<const Equipment *>> below;
    std::vector<const Equipment *> roots;
    std::unordered_map<std::int64_t, const Equipment *> byId;
    for (const Equipment &e : d.equipment)
        byId[e.id.value()] = &e;
    for (const Equipment &e : d.equipment) {
        if (!powerKindOfEquipment(e.kind))
            continue;
        if (e.upstream.isValid() && byId.count(e.upstream.value()))
            below[e.upstream.value()].push_back(&e);
        else
            roots.push_back(&e);
    }
    std::map<int, int> powerGroups; // equipment kind → group node, for roots
    auto addEquipment = [&](auto &&self, int parent, const Equipment &e) -> void {
        QString detail = tr("%1 · %2").arg(Labels::equipmentKind(e.kind), item(e.catalogId));
        if (!e.feed.empty())
            detail += tr(" · feed %1").arg(qs(e.feed));
        const int node = add(parent, qs(e.name), detail, SelectionItem::equipment(e.id));
        for (const Equipment *child : below[e.id.value()])
            self(self, node, *child);
    };
    for (const Equipment *e : roots) {
        auto g = powerGroups.find(int(e->kind));
        if (g == powerGroups.end())
            g = powerGroups.emplace(int(e->kind), add(power, Labels::equipmentKind(e->kind))).first;
        addEquipment(addEquipment, g->second, *e);
    }
    for (const auto &[kind, node] : powerGroups)
        m_nodes[std::size_t(node)].detail = Units::count(qsizetype(m_nodes[std::size_t(node)].children.size()));
    std::map<int, int> coolingGroups;
    for (const Equipment &e : d.equipment) {
        if (powerKindOfEquipment(e.kind))
            continue;
        auto g = coolingGroups.find(int(e.kind));
        if (g == coolingGroups.end())
            g = coolingGroups.emplace(int(e.kind), add(cooling, Labels::equipmentKind(e.kind))).first;
        add(g->second, qs(e.name), item(e.catalogId), SelectionItem::equipment(e.id));
    }
    for (const auto &[kind, node] : coolingGroups)
        m_nodes[std::size_t(node)].detail = Units::count(qsizetype(m_nodes[std::size_t(node)].children.size()));
    // Rear doors are on the racks, not equipment of their own: one line with their count.
    if (results && results->cooling && results->cooling->rearDoors > 0)
        add(cooling, tr("Rear doors"),
            tr("%1 × %2").arg(Units::count(results->cooling->rearDoors), item(results->cooling->rearDoorId)));

    // Fabrics → switches: a switch belongs to the fabric of its links.
    const int fabrics = add(hall, tr("Fabrics"));
    std::unordered_map<std::int64_t, Fabric> fabricOf;
    for (const Link &l : d.links)
        for (const PortRef &end : {l.a, l.b})
            fabricOf.emplace(end.device.value(), l.fabric);
    std::map<int, int> fabricGroups;
    std::unordered_map<std::int64_t, const Rack *> rackById;
    for (const Rack &r : d.racks)
        rackById[r.id.value()] = &r;
    for (const Device *dev : devices) {
        if (dev->kind != DeviceKind::Switch)
            continue;
        const auto f = fabricOf.find(dev->id.value());
        const int key = f == fabricOf.end() ? -1 : int(f->second);
        auto g = fabricGroups.find(key);
        if (g == fabricGroups.end())
            g = fabricGroups.emplace(key, add(fabrics, key < 0 ? tr("Not connected") : Labels::fabric(Fabric(key)))).first;
        const auto rack = rackById.find(dev->rack.value());
        add(g->second, qs(dev->name),
            tr("%1 · %2 · rack %3").arg(qs(dev->role), item(dev->catalogId), rack != rackById.end() ? qs(rack->second->name) : QString()),
            SelectionItem::device(dev->id));
    }
    for (const auto &[key, node] : fabricGroups)
        m_nodes[std::size_t(node)].detail = tr("%n switches", nullptr, int(m_nodes[std::size_t(node)].children.size()));
}

QModelIndex ProjectTreeModel::indexOf(const SelectionItem &item) const
{
    const int n = m_nodeOf.value(item, -1);
    return n < 0 ? QModelIndex() : createIndex(m_nodes[std::size_t(n)].row, 0, quintptr(n));
}

SelectionItem ProjectTreeModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    return m_nodes[std::size_t(index.internalId())].item;
}

QModelIndex ProjectTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const int p = parent.isValid() ? int(parent.internalId()) : 0;
    const auto &children = m_nodes[std::size_t(p)].children;
    if (row < 0 || row >= int(children.size()) || column < 0 || column > 1)
        return {};
    return createIndex(row, column, quintptr(children[std::size_t(row)]));
}

QModelIndex ProjectTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_nodes[std::size_t(child.internalId())].parent;
    if (p <= 0)
        return {};
    return createIndex(m_nodes[std::size_t(p)].row, 0, quintptr(p));
}

int ProjectTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const int p = parent.isValid() ? int(parent.internalId()) : 0;
    return int(m_nodes[std::size_t(p)].children.size());
}

int ProjectTreeModel::columnCount(const QModelIndex &) const
{
    return 2;
}

QVariant ProjectTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &n = m_nodes[std::size_t(index.internalId())];
    if (role == Qt::DisplayRole)
        return index.column() == 0 ? n.name : n.detail;
    // The columns of a narrow dock elide long names: the tooltip has the whole line.
    if (role == Qt::ToolTipRole)
        return n.detail.isEmpty() ? n.name : n.name + QStringLiteral(" — ") + n.detail;
    if (role == Qt::FontRole && !n.item.isValid() && index.column() == 0) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant ProjectTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Name") : tr("Details");
}

// ---- ProjectTree ----

ProjectTree::ProjectTree(QWidget *parent) : QTreeView(parent), m_model(new ProjectTreeModel(this))
{
    setModel(m_model);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setSectionResizeMode(0, QHeaderView::Interactive);
    header()->setStretchLastSection(true);
    setColumnWidth(0, 230);
    connect(QTreeView::selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProjectTree::toShared);
}

void ProjectTree::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    setColumnWidth(0, std::clamp(viewport()->width() * 3 / 5, 120, 230));
}

void ProjectTree::setData(const Design *design, const Catalog *catalog, const Results *results)
{
    m_design = design;
    m_catalog = catalog;
    m_results = results;
    m_syncing = true;
    m_model->setData(design, catalog, results);
    expandToDepth(1);
    m_syncing = false;
    fromShared();
}

void ProjectTree::applyChanges(const PlanChanges &changes)
{
    if (changes.structural || changes.regenerated)
        setData(m_design, m_catalog, m_results);
}

void ProjectTree::setSelectionModel(SelectionModel *model)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = model;
    if (m_selection)
        connect(m_selection, &SelectionModel::selectionChanged, this, &ProjectTree::fromShared);
    fromShared();
}

void ProjectTree::fromShared()
{
    if (m_syncing || !m_selection)
        return;
    m_syncing = true;
    QItemSelection selection;
    for (const SelectionItem &item : m_selection->selection()) {
        const QModelIndex i = m_model->indexOf(item);
        if (i.isValid())
            selection.select(i, i.siblingAtColumn(1));
    }
    QTreeView::selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    const QModelIndex current = m_model->indexOf(m_selection->current());
    if (current.isValid()) {
        for (QModelIndex p = current.parent(); p.isValid(); p = p.parent())
            expand(p);
        QTreeView::selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        scrollTo(current);
    }
    m_syncing = false;
}

void ProjectTree::toShared()
{
    if (m_syncing || !m_selection)
        return;
    m_syncing = true;
    QList<SelectionItem> items;
    for (const QModelIndex &i : QTreeView::selectionModel()->selectedRows())
        if (const SelectionItem item = m_model->itemAt(i); item.isValid())
            items << item;
    // Keep the clicked row last, so that it is the shared selection's current item.
    const SelectionItem current = m_model->itemAt(QTreeView::selectionModel()->currentIndex());
    if (current.isValid() && items.removeOne(current))
        items << current;
    m_selection->setSelection(items);
    m_syncing = false;
}

} // namespace hallwright::views
