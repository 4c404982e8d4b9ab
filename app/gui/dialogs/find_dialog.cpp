// FindDialog: name search over racks, rows and devices.
#include "find_dialog.h"

#include "common/labels.h"
#include "model/design.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace hallwright::app {

using views::SelectionItem;

namespace {

constexpr int kShown = 200;

/// 0 exact, 1 prefix, 2 contains, -1 no match (case-insensitive).
int rank(const QString &name, const QString &text)
{
    if (name.compare(text, Qt::CaseInsensitive) == 0)
        return 0;
    if (name.startsWith(text, Qt::CaseInsensitive))
        return 1;
    if (name.contains(text, Qt::CaseInsensitive))
        return 2;
    return -1;
}

QString deviceKindText(DeviceKind kind)
{
    switch (kind) {
    case DeviceKind::ComputeNode: return FindDialog::tr("compute node");
    case DeviceKind::Switch: return FindDialog::tr("switch");
    case DeviceKind::PatchPanel: return FindDialog::tr("patch panel");
    case DeviceKind::Pdu: return FindDialog::tr("PDU");
    case DeviceKind::Storage: return FindDialog::tr("storage");
    case DeviceKind::Other: break;
    }
    return FindDialog::tr("device");
}

} // namespace

FindDialog::FindDialog(QWidget *parent)
    : QDialog(parent), m_input(new QLineEdit(this)), m_list(new QListWidget(this)), m_count(new QLabel(this))
{
    setWindowTitle(tr("Find"));
    setObjectName(QStringLiteral("findDialog"));
    auto *layout = new QVBoxLayout(this);
    m_input->setObjectName(QStringLiteral("findInput"));
    m_input->setPlaceholderText(tr("Rack, row or device name, e.g. M09"));
    m_input->setClearButtonEnabled(true);
    m_input->setToolTip(tr("Part of a name, any case; Up and Down move through the matches"));
    layout->addWidget(m_input);
    m_list->setObjectName(QStringLiteral("findMatches"));
    m_list->setToolTip(tr("Double-click or press Enter to select the match in the plan"));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *go = buttons->addButton(tr("Select"), QDialogButtonBox::AcceptRole);
    go->setDefault(true);
    go->setToolTip(tr("Select the highlighted match and bring it into view"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FindDialog::pick);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_input, &QLineEdit::textChanged, this, &FindDialog::refresh);
    connect(m_input, &QLineEdit::returnPressed, this, &FindDialog::pick);
    connect(m_list, &QListWidget::itemActivated, this, &FindDialog::pick);
    // Up and Down in the input move through the matches, so the keyboard never leaves the input.
    m_input->installEventFilter(this);
    resize(420, 360);
}

void FindDialog::setDesign(const Design *design)
{
    m_design = design;
    refresh();
}

void FindDialog::prepare()
{
    m_input->selectAll();
    m_input->setFocus();
    refresh();
}

QList<SelectionItem> FindDialog::search(const Design &design, const QString &rawText, int limit)
{
    const QString text = rawText.trimmed();
    if (text.isEmpty())
        return {};
    struct Hit
    {
        int rank;
        int kindOrder;
        QString name;
        SelectionItem item;
    };
    std::vector<Hit> hits;
    // A name is found as stored and as the interface shows it ("Row A" is 机柜行 A in Chinese).
    auto consider = [&](const std::string &name, int kindOrder, SelectionItem item) {
        const QString n = QString::fromStdString(name);
        const QString shown = views::Labels::placeName(name);
        int r = rank(n, text);
        if (shown != n)
            if (const int s = rank(shown, text); s >= 0 && (r < 0 || s < r))
                r = s;
        if (r >= 0)
            hits.push_back({r, kindOrder, shown, item});
    };
    for (const Rack &r : design.racks)
        consider(r.name, 0, SelectionItem::rack(r.id));
    for (const Row &r : design.rows)
        consider(r.name, 1, SelectionItem::row(r.id));
    for (const Device &d : design.devices)
        consider(d.name, 2, SelectionItem::device(d.id));
    for (const Equipment &e : design.equipment)
        consider(e.name, 3, SelectionItem::equipment(e.id));
    for (const Zone &z : design.zones)
        consider(z.name, 4, SelectionItem::zone(z.id));
    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.kindOrder != b.kindOrder)
            return a.kindOrder < b.kindOrder;
        if (a.name.size() != b.name.size())
            return a.name.size() < b.name.size();
        return a.name < b.name;
    });
    QList<SelectionItem> out;
    for (const Hit &h : hits) {
        if (out.size() >= limit)
            break;
        out.append(h.item);
    }
    return out;
}

QString FindDialog::describe(const Design &design, const SelectionItem &item)
{
    switch (item.kind) {
    case SelectionItem::Kind::Rack:
        if (const Rack *r = design.findRack(RackId(item.id)))
            return tr("Rack %1").arg(QString::fromStdString(r->name));
        break;
    case SelectionItem::Kind::Row:
        for (const Row &r : design.rows)
            if (r.id.value() == item.id) {
                // An engine-given name already says "Row" (机柜行); a user's name gets the word.
                const QString shown = views::Labels::placeName(r.name);
                return shown != QString::fromStdString(r.name) ? shown : tr("Row %1").arg(shown);
            }
        break;
    case SelectionItem::Kind::Equipment:
        for (const Equipment &e : design.equipment)
            if (e.id.value() == item.id)
                return tr("%1 (%2)").arg(QString::fromStdString(e.name), views::Labels::equipmentKind(e.kind));
        break;
    case SelectionItem::Kind::Zone:
        for (const Zone &z : design.zones)
            if (z.id.value() == item.id)
                return tr("%1 (%2)").arg(views::Labels::placeName(z.name), views::Labels::zoneKind(z.kind));
        break;
    case SelectionItem::Kind::Device:
        if (const Device *d = design.findDevice(DeviceId(item.id))) {
            const Rack *r = design.findRack(d->rack);
            return tr("Device %1 (%2, rack %3)")
                .arg(QString::fromStdString(d->name), deviceKindText(d->kind),
                     r ? QString::fromStdString(r->name) : QStringLiteral("?"));
        }
        break;
    default:
        break;
    }
    return {};
}

void FindDialog::refresh()
{
    m_list->clear();
    if (!m_design) {
        m_count->setText(tr("No hall is open."));
        return;
    }
    const QString text = m_input->text();
    const QList<SelectionItem> items = search(*m_design, text, kShown + 1);
    for (int i = 0; i < std::min<int>(items.size(), kShown); ++i) {
        auto *row = new QListWidgetItem(describe(*m_design, items[i]), m_list);
        row->setData(Qt::UserRole, QVariant::fromValue(items[i]));
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    if (text.trimmed().isEmpty())
        m_count->setText(tr("Type part of a name."));
    else if (items.isEmpty())
        m_count->setText(tr("Nothing is named like “%1”.").arg(text.trimmed()));
    else if (items.size() > kShown)
        m_count->setText(tr("The first %1 matches.").arg(kShown));
    else
        m_count->setText(items.size() == 1 ? tr("1 match.") : tr("%1 matches.").arg(items.size()));
}

void FindDialog::pick()
{
    QListWidgetItem *row = m_list->currentItem();
    if (!row)
        return;
    const auto item = row->data(Qt::UserRole).value<SelectionItem>();
    accept();
    emit found(item);
}

bool FindDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace hallwright::app
