// Figure table: sections of labelled values, stable across rebuilds.
#include "panels/figure_table.h"

#include <QHeaderView>
#include <QScrollBar>

#include <algorithm>

namespace hallwright::views {

FigureTable::FigureTable(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Figure"), tr("Value")});
    header()->setSectionResizeMode(0, QHeaderView::Interactive);
    header()->setStretchLastSection(true);
    setTextElideMode(Qt::ElideMiddle);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setRootIsDecorated(true);
}

void FigureTable::beginRebuild()
{
    m_collapsed.clear();
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (!topLevelItem(i)->isExpanded())
            m_collapsed.insert(topLevelItem(i)->text(0));
    m_scroll = verticalScrollBar()->value();
    setUpdatesEnabled(false);
    clear();
}

void FigureTable::endRebuild()
{
    for (int i = 0; i < topLevelItemCount(); ++i)
        topLevelItem(i)->setExpanded(!m_collapsed.contains(topLevelItem(i)->text(0)));
    verticalScrollBar()->setValue(m_scroll);
    fitColumns();
    setUpdatesEnabled(true);
}

void FigureTable::resizeEvent(QResizeEvent *event)
{
    QTreeWidget::resizeEvent(event);
    fitColumns();
}

void FigureTable::fitColumns()
{
    const int content = std::max(sizeHintForColumn(0), header()->sectionSizeHint(0));
    const int most = viewport()->width() * 3 / 5;
    setColumnWidth(0, std::max(80, std::min(content, most)));
}

QTreeWidgetItem *FigureTable::addSection(const QString &title)
{
    auto *item = new QTreeWidgetItem(this);
    item->setText(0, title);
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setFirstColumnSpanned(true);
    item->setExpanded(true);
    return item;
}

QTreeWidgetItem *FigureTable::addFigure(QTreeWidgetItem *section, const QString &label, const QString &value,
                                        const QString &toolTip)
{
    auto *item = section ? new QTreeWidgetItem(section) : new QTreeWidgetItem(this);
    item->setText(0, label);
    item->setText(1, value);
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    if (!toolTip.isEmpty()) {
        item->setToolTip(0, toolTip);
        item->setToolTip(1, toolTip);
    } else { // the whole texts where the columns elide them
        item->setToolTip(0, label);
        item->setToolTip(1, value);
    }
    return item;
}

QString FigureTable::value(const QString &section, const QString &label) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        const QTreeWidgetItem *s = topLevelItem(i);
        if (s->text(0) != section)
            continue;
        for (int j = 0; j < s->childCount(); ++j)
            if (s->child(j)->text(0) == label)
                return s->child(j)->text(1);
    }
    return {};
}

QStringList FigureTable::labels(const QString &section) const
{
    QStringList out;
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->text(0) == section)
            for (int j = 0; j < topLevelItem(i)->childCount(); ++j)
                out << topLevelItem(i)->child(j)->text(0);
    return out;
}

} // namespace hallwright::views
