// The status bar's permanent figures: accelerators, IT power, cables, capex and IRR of the edited design.
#pragma once

#include <QWidget>

class QLabel;

namespace hallwright {
struct Results;
}

namespace hallwright::app {

/// Five labels, each the engine's figure for the design as it stands; a
/// figure the engine cannot compute reads "—" with the reason as tooltip.
class StatusFigures : public QWidget
{
    Q_OBJECT

public:
    explicit StatusFigures(QWidget *parent = nullptr);

    /// Shows results (null: an empty window).
    void setResults(const Results *results);

    QString acceleratorsText() const;
    QString powerText() const;
    QString cablesText() const;
    QString capexText() const;
    QString irrText() const;

private:
    QLabel *m_accelerators;
    QLabel *m_power;
    QLabel *m_cables;
    QLabel *m_capex;
    QLabel *m_irr;
};

} // namespace hallwright::app
