// Checks panel: findings in a list, resolved by name to selectable objects.
#include "panels/checks_panel.h"

#include "analysis/analysis.h"
#include "common/finding_text.h"
#include "common/labels.h"
#include "common/units.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hallwright::views {

namespace {

enum Column { SeverityColumn, LocationColumn, RuleColumn, FindingColumn };

} // namespace

ChecksPanel::ChecksPanel(QWidget *parent)
    : QWidget(parent), m_filter(new QComboBox(this)), m_counts(new QLabel(this)), m_list(new QTreeWidget(this)),
      m_refreshTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto *bar = new QHBoxLayout;
    m_filter->addItem(tr("All findings"), -1);
    m_filter->addItem(tr("Errors"), int(Severity::Error));
    m_filter->addItem(tr("Warnings"), int(Severity::Warning));
    m_filter->setToolTip(tr("Show every finding, or only the errors or the warnings"));
    bar->addWidget(m_filter);
    bar->addWidget(m_counts, 1);
    layout->addLayout(bar);
    layout->addWidget(m_list);
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Severity"), tr("Where"), tr("Rule"), tr("Finding")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(SeverityColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(LocationColumn, QHeaderView::Interactive);
    m_list->setColumnWidth(LocationColumn, 160);
    m_list->header()->setSectionResizeMode(RuleColumn, QHeaderView::Interactive);
    m_list->setColumnWidth(RuleColumn, 220);
    m_list->header()->setStretchLastSection(true);
    m_list->setToolTip(tr("Double-click a finding to select it in the plan"));
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ChecksPanel::refresh);
    connect(m_list, &QTreeWidget::itemActivated, this, &ChecksPanel::activate);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(60);
    connect(m_refreshTimer, &QTimer::timeout, this, &ChecksPanel::refresh);
}

void ChecksPanel::setData(const Design *design, const Results *results)
{
    m_design = design;
    m_results = results;
    m_byName.clear();
    if (design) {
        // Later kinds win a name clash: equipment and racks are what findings name most.
        for (const Device &d : design->devices)
            m_byName.insert(QString::fromStdString(d.name), SelectionItem::device(d.id));
        for (const Zone &z : design->zones)
            m_byName.insert(QString::fromStdString(z.name), SelectionItem::zone(z.id));
        for (const Row &r : design->rows)
            m_byName.insert(QString::fromStdString(r.name), SelectionItem::row(r.id));
        for (const Equipment &e : design->equipment)
            m_byName.insert(QString::fromStdString(e.name), SelectionItem::equipment(e.id));
        for (const Rack &r : design->racks)
            m_byName.insert(QString::fromStdString(r.name), SelectionItem::rack(r.id));
    }
    refresh();
}

void ChecksPanel::applyChanges(const PlanChanges &changes)
{
    if (changes.structural || changes.regenerated)
        setData(m_design, m_results);
    else
        m_refreshTimer->start();
}

void ChecksPanel::setSelectionModel(SelectionModel *model)
{
    m_selection = model;
}

SelectionItem ChecksPanel::resolve(const QString &location) const
{
    if (const auto it = m_byName.constFind(location); it != m_byName.constEnd())
        return it.value();
    // "A01/A01-PDU-A1", "SU03 leaf 2 (L03-2)": try the parts, most specific first.
    QStringList parts = location.split(QRegularExpression(QStringLiteral("[/ ,;()]+")), Qt::SkipEmptyParts);
    std::reverse(parts.begin(), parts.end());
    for (const QString &p : parts)
        if (const auto it = m_byName.constFind(p); it != m_byName.constEnd())
            return it.value();
    return {};
}

void ChecksPanel::refresh()
{
    m_refreshTimer->stop();
    m_list->setUpdatesEnabled(false);
    m_list->clear();
    if (!m_results) {
        m_counts->setText(tr("No hall open"));
        m_list->setUpdatesEnabled(true);
        return;
    }
    const int want = m_filter->currentData().toInt();
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const Check &c : m_results->checks) {
        if (want >= 0 && int(c.severity) != want)
            continue;
        auto *item = new QTreeWidgetItem(m_list);
        const bool error = c.severity == Severity::Error;
        item->setIcon(SeverityColumn, error ? errorIcon : warningIcon);
        item->setText(SeverityColumn, error ? tr("Error") : tr("Warning"));
        const QString location = QString::fromStdString(c.location);
        item->setText(LocationColumn, location.isEmpty() ? tr("whole hall") : Labels::placeName(location));
        const QString code = QString::fromStdString(c.code);
        item->setText(RuleColumn, Labels::checkRule(code));
        item->setToolTip(RuleColumn, tr("Rule %1").arg(code));
        const QString text = findingText(c);
        item->setText(FindingColumn, text);
        item->setToolTip(FindingColumn, tr("%1 (rule %2)").arg(text, code));
        item->setData(LocationColumn, Qt::UserRole, location);
    }
    const int errors = m_results->errors(), warnings = m_results->warnings();
    m_counts->setText((errors == 1 ? tr("1 error") : tr("%1 errors").arg(Units::count(errors))) + tr(", ")
                      + (warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(Units::count(warnings))));
    m_list->setUpdatesEnabled(true);
}

void ChecksPanel::activate(QTreeWidgetItem *item)
{
    if (!item || !m_selection)
        return;
    const SelectionItem target = resolve(item->data(LocationColumn, Qt::UserRole).toString());
    if (!target.isValid())
        return;
    m_selection->setSelection({target});
    m_selection->requestCentre(target);
}

} // namespace hallwright::views
