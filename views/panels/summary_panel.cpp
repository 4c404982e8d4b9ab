// Summary panel: figures of the summary JSON in a tree.
#include "panels/summary_panel.h"
#include "panels/summary_keys.h"
#include "panels/summary_values.h"

#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

namespace hallwright::views {

namespace {

bool isTable(const nlohmann::ordered_json &v)
{
    return v.is_array() && !v.empty() && v.front().is_object();
}

/// A readable label for one row of an array of objects: its first text field (an engine's word,
/// such as a driver or a kind, in the interface's language), else its index.
QString rowLabel(const nlohmann::ordered_json &row, std::size_t index, const SummaryPlace &place)
{
    for (const char *key : {"name", "item", "component", "driver", "kind"})
        if (row.contains(key) && row[key].is_string())
            return summaryValueText(key, row[key], place);
    return QString::number(index + 1);
}

void addValue(QTreeWidgetItem *item, const std::string &key, const nlohmann::ordered_json &value,
              const SummaryPlace &place);

void addObject(QTreeWidgetItem *parent, const nlohmann::ordered_json &obj, const SummaryPlace &place)
{
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        auto *item = new QTreeWidgetItem(parent);
        item->setText(0, summaryKeyLabel(it.key(), place.section));
        item->setToolTip(0, QString::fromStdString(it.key())); // the field's name in summary --json
        SummaryPlace inner = place;
        if (!place.section.empty())
            inner.section = place.section + "." + it.key(); // "network.all_fabrics": its own words
        // The capex lines' prices are in their own currency (the catalog's), which the lease names.
        if (place.inLease && it.key() == "capex_lines" && obj.contains("capex_lines_currency")
            && obj["capex_lines_currency"].is_string())
            inner.currency = QString::fromStdString(obj["capex_lines_currency"].get<std::string>());
        addValue(item, it.key(), *it, inner);
    }
}

void addValue(QTreeWidgetItem *item, const std::string &key, const nlohmann::ordered_json &value,
              const SummaryPlace &place)
{
    if (value.is_object()) {
        addObject(item, value, place);
    } else if (isTable(value)) {
        item->setText(1, QObject::tr("%n entries", nullptr, static_cast<int>(value.size())));
        for (std::size_t i = 0; i < value.size(); ++i) {
            auto *row = new QTreeWidgetItem(item);
            row->setText(0, rowLabel(value[i], i, place));
            row->setToolTip(0, row->text(0));
            addObject(row, value[i], place);
        }
    } else {
        item->setText(1, summaryValueText(key, value, place));
        item->setToolTip(1, item->text(1)); // the whole value where the column elides it
    }
}

} // namespace

SummaryPanel::SummaryPanel(QWidget *parent) : QWidget(parent), m_tree(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Figure"), tr("Value")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(0, 220);
    setMinimumWidth(380);
    m_tree->setAlternatingRowColors(true);
}

void SummaryPanel::clear()
{
    m_tree->clear();
}

void SummaryPanel::setSummary(const nlohmann::ordered_json &summary, const Catalog *catalog)
{
    m_tree->clear();
    for (auto it = summary.begin(); it != summary.end(); ++it) {
        if (!it->is_object() && !isTable(*it))
            continue;
        auto *section = new QTreeWidgetItem(m_tree);
        section->setText(0, summaryKeyLabel(it.key()));
        section->setToolTip(0, QString::fromStdString(it.key()));
        SummaryPlace place;
        place.catalog = catalog;
        place.section = it.key();
        if (it.key() == "lease") {
            place.inLease = true;
            if (it->contains("currency") && (*it)["currency"].is_string())
                place.currency = QString::fromStdString((*it)["currency"].get<std::string>());
            // One scale for every amount of the lease (亿 or 万 in Chinese): the capex's.
            if (it->contains("capex") && (*it)["capex"].is_number())
                place.moneyScale = (*it)["capex"].get<double>();
        }
        addValue(section, it.key(), *it, place);
        section->setExpanded(true);
    }
}

QString SummaryPanel::valueText(const QString &section, const QString &field) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *s = m_tree->topLevelItem(i);
        // By field name (the tooltip), whatever the language of the label.
        if (s->toolTip(0) != section)
            continue;
        for (int j = 0; j < s->childCount(); ++j)
            if (s->child(j)->toolTip(0) == field)
                return s->child(j)->text(1);
    }
    return {};
}

} // namespace hallwright::views
