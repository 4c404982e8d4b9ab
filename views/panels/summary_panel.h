// A panel listing the summary figures of the analysed design.
#pragma once

#include <QWidget>

#include <nlohmann/json_fwd.hpp>

class QTreeWidget;

namespace hallwright {
class Catalog;
}

namespace hallwright::views {

/// Shows the summary JSON as a two-column tree: section / figure / value.
/// Figures no engine computes yet read "not computed".
class SummaryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SummaryPanel(QWidget *parent = nullptr);

    /// Shows `summary` (summaryJson); `catalog`, when given, names the catalog ids it holds.
    void setSummary(const nlohmann::ordered_json &summary, const Catalog *catalog = nullptr);
    void clear();

    /// The displayed value of section.field (for tests), empty if absent.
    QString valueText(const QString &section, const QString &field) const;

private:
    QTreeWidget *m_tree;
};

} // namespace hallwright::views
