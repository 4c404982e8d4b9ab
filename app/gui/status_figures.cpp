// StatusFigures: formatting the headline figures with their units.
#include "status_figures.h"

#include "analysis/analysis.h"
#include "common/units.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

#include <cmath>

namespace hallwright::app {

namespace {

QLabel *figureLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setContentsMargins(8, 0, 8, 0);
    return label;
}

/// A money amount with a scale word: "CNY 4.09 bn", "CNY 512.3 M" (亿 and 万 in Chinese).
QString money(double amount, const QString &currency)
{
    return views::Units::money(amount, currency);
}

} // namespace

StatusFigures::StatusFigures(QWidget *parent)
    : QWidget(parent), m_accelerators(figureLabel(QStringLiteral("statusAccelerators"), this)),
      m_power(figureLabel(QStringLiteral("statusPower"), this)),
      m_cables(figureLabel(QStringLiteral("statusCables"), this)),
      m_capex(figureLabel(QStringLiteral("statusCapex"), this)), m_irr(figureLabel(QStringLiteral("statusIrr"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    for (QLabel *l : {m_accelerators, m_power, m_cables, m_capex, m_irr})
        layout->addWidget(l);
    m_accelerators->setToolTip(tr("Accelerators placed in the hall"));
    m_power->setToolTip(tr("IT load: Σ the catalog maximum of every placed device"));
    m_cables->setToolTip(tr("Cables of every fabric and their routed length (stock lengths)"));
    m_capex->setToolTip(tr("Capital expenditure of the lease model"));
    m_irr->setToolTip(tr("Internal rate of return of the lessor's equity cash flows"));
    setResults(nullptr);
}

void StatusFigures::setResults(const Results *r)
{
    const QLocale l;
    setVisible(r != nullptr);
    if (!r)
        return;
    m_accelerators->setText(tr("%1 accelerators").arg(l.toString(r->compute.accelerators)));
    if (r->power)
        m_power->setText(tr("IT %1 MW").arg(l.toString(r->power->itKw / 1000.0, 'f', 2)));
    else
        m_power->setText(tr("IT — MW"));
    if (r->network)
        m_cables->setText(tr("%1 cables, %2 km")
                              .arg(l.toString(r->network->cablesTotal))
                              .arg(l.toString(r->network->cableLengthM / 1000.0, 'f', 1)));
    else
        m_cables->setText(tr("no fabric"));
    const QString currency =
        r->brief ? QString::fromStdString(r->brief->lease.currency) : QStringLiteral("CNY");
    if (r->lease) {
        m_capex->setText(tr("Capex %1").arg(money(r->lease->capex, currency)));
        m_irr->setText(r->lease->irr ? tr("IRR %1 %").arg(l.toString(*r->lease->irr * 100.0, 'f', 1))
                                     : tr("IRR —"));
        m_irr->setToolTip(r->lease->irr ? tr("Internal rate of return of the lessor's equity cash flows")
                                        : tr("The equity cash flows have no internal rate of return"));
    } else {
        m_capex->setText(tr("Capex —"));
        m_irr->setText(tr("IRR —"));
        m_irr->setToolTip(tr("No lease model: the design has no brief or no IT load"));
    }
}

QString StatusFigures::acceleratorsText() const { return m_accelerators->text(); }
QString StatusFigures::powerText() const { return m_power->text(); }
QString StatusFigures::cablesText() const { return m_cables->text(); }
QString StatusFigures::capexText() const { return m_capex->text(); }
QString StatusFigures::irrText() const { return m_irr->text(); }

} // namespace hallwright::app
