// A two-column table of labelled figures in sections, shared by the properties and analysis panels.
#pragma once

#include <QTreeWidget>

namespace hallwright::views {

/// Sections (top-level rows) of "label — value" rows. Rebuilding keeps which
/// sections were collapsed and the scroll position, so that panels refreshed
/// on every edit do not jump.
class FigureTable : public QTreeWidget
{
    Q_OBJECT

public:
    explicit FigureTable(QWidget *parent = nullptr);

    /// Starts a rebuild: remembers collapsed sections and the scroll position, clears.
    void beginRebuild();
    /// Ends a rebuild: restores what beginRebuild remembered.
    void endRebuild();

    QTreeWidgetItem *addSection(const QString &title);
    QTreeWidgetItem *addFigure(QTreeWidgetItem *section, const QString &label, const QString &value,
                               const QString &toolTip = {});

    /// The value shown for label in section (tests, reports), empty when absent.
    QString value(const QString &section, const QString &label) const;
    /// Every label of a section, in order.
    QStringList labels(const QString &section) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    /// The label column as wide as its labels, but never so wide that the values leave the
    /// view: at most 60 % of it (a longer label is elided, its whole text in the tooltip).
    void fitColumns();

    QSet<QString> m_collapsed;
    int m_scroll = 0;
};

} // namespace hallwright::views
