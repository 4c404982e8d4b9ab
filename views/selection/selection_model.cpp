// The shared selection: ordered, duplicate-free, one change signal per edit.
#include "selection/selection_model.h"

namespace hallwright::views {

SelectionModel::SelectionModel(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<SelectionItem>();
}

void SelectionModel::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(m_items.size());
    for (int i = 0; i < m_items.size(); ++i)
        m_index.insert(m_items[i], i);
}

void SelectionModel::setSelection(const QList<SelectionItem> &items)
{
    QList<SelectionItem> unique;
    QHash<SelectionItem, int> index;
    unique.reserve(items.size());
    for (const SelectionItem &item : items)
        if (item.isValid() && !index.contains(item)) {
            index.insert(item, int(unique.size()));
            unique.push_back(item);
        }
    if (unique == m_items)
        return;
    m_items = std::move(unique);
    m_index = std::move(index);
    m_current = m_items.isEmpty() ? SelectionItem{} : m_items.back();
    emit selectionChanged();
}

void SelectionModel::toggle(const SelectionItem &item)
{
    if (!item.isValid())
        return;
    if (m_index.contains(item)) {
        m_items.removeOne(item);
        rebuildIndex();
        if (m_current == item)
            m_current = m_items.isEmpty() ? SelectionItem{} : m_items.back();
    } else {
        m_index.insert(item, int(m_items.size()));
        m_items.push_back(item);
        m_current = item;
    }
    emit selectionChanged();
}

void SelectionModel::add(const QList<SelectionItem> &items)
{
    bool changed = false;
    for (const SelectionItem &item : items)
        if (item.isValid() && !m_index.contains(item)) {
            m_index.insert(item, int(m_items.size()));
            m_items.push_back(item);
            m_current = item;
            changed = true;
        }
    if (changed)
        emit selectionChanged();
}

void SelectionModel::clear()
{
    if (m_items.isEmpty())
        return;
    m_items.clear();
    m_index.clear();
    m_current = {};
    emit selectionChanged();
}

SelectionItem SelectionModel::current() const
{
    return m_current;
}

QList<RackId> SelectionModel::racks() const
{
    QList<RackId> out;
    for (const SelectionItem &item : m_items)
        if (item.kind == SelectionItem::Kind::Rack)
            out.push_back(RackId(item.id));
    return out;
}

QList<std::int64_t> SelectionModel::ids(SelectionItem::Kind kind) const
{
    QList<std::int64_t> out;
    for (const SelectionItem &item : m_items)
        if (item.kind == kind)
            out.push_back(item.id);
    return out;
}

void SelectionModel::requestCentre(const SelectionItem &item)
{
    if (item.isValid())
        emit centreRequested(item);
}

} // namespace hallwright::views
