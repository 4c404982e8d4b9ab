// The one selection of a document, shared by the plan, 3D view, tree, properties and panels.
#pragma once

// Qt first: moc cannot parse <compare> (pulled in by model/ids.h) before a Qt header has set up the C++ library macros.
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>

#include "model/ids.h"

#include <cstdint>

namespace hallwright::views {

/// One selected object: its kind and the value of its typed id.
/// A port is selected through the cable (Link) plugged into it.
struct SelectionItem
{
    enum class Kind { Rack, Row, Zone, Device, Equipment, Link, Tray };
    Kind kind = Kind::Rack;
    std::int64_t id = 0;

    static SelectionItem rack(RackId r) { return {Kind::Rack, r.value()}; }
    static SelectionItem row(RowId r) { return {Kind::Row, r.value()}; }
    static SelectionItem zone(ZoneId z) { return {Kind::Zone, z.value()}; }
    static SelectionItem device(DeviceId d) { return {Kind::Device, d.value()}; }
    static SelectionItem equipment(EquipmentId e) { return {Kind::Equipment, e.value()}; }
    static SelectionItem link(LinkId l) { return {Kind::Link, l.value()}; }
    static SelectionItem tray(TrayId t) { return {Kind::Tray, t.value()}; }

    bool isValid() const { return id > 0; }
    bool operator==(const SelectionItem &) const = default;
};

inline size_t qHash(const SelectionItem &item, size_t seed = 0) noexcept
{
    return qHashMulti(seed, static_cast<int>(item.kind), item.id);
}

/// The selection of one document (one instance, owned by the app). Order is
/// kept: the first item selected first; current() is the item last added.
/// Every setter emits selectionChanged() once, and only when something changed.
class SelectionModel : public QObject
{
    Q_OBJECT

public:
    explicit SelectionModel(QObject *parent = nullptr);

    /// Replaces the selection (duplicates and invalid items are dropped).
    void setSelection(const QList<SelectionItem> &items);
    /// Adds the item, or removes it when already selected (Ctrl-click).
    void toggle(const SelectionItem &item);
    /// Adds the items that are not selected yet (Ctrl + rubber band).
    void add(const QList<SelectionItem> &items);
    void clear();

    const QList<SelectionItem> &selection() const { return m_items; }
    bool contains(const SelectionItem &item) const { return m_index.contains(item); }
    bool isEmpty() const { return m_items.isEmpty(); }
    /// The item last added, or an invalid item when nothing is selected.
    SelectionItem current() const;
    /// The selected racks, in selection order.
    QList<RackId> racks() const;
    /// The selected items of one kind, in selection order.
    QList<std::int64_t> ids(SelectionItem::Kind kind) const;

public slots:
    /// Asks every view to bring item into sight (Find, a double-click in the checks list).
    void requestCentre(const hallwright::views::SelectionItem &item);

signals:
    void selectionChanged();
    void centreRequested(const hallwright::views::SelectionItem &item);

private:
    void rebuildIndex();

    QList<SelectionItem> m_items;
    QHash<SelectionItem, int> m_index;
    SelectionItem m_current;
};

} // namespace hallwright::views

Q_DECLARE_METATYPE(hallwright::views::SelectionItem)
