// OptionalNumber: a check box and a spin box.
#include "optional_number.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>

namespace hallwright::app {

OptionalNumber::OptionalNumber(const QString &autoText, double minimum, double maximum, int decimals,
                               const QString &suffix, QWidget *parent)
    : QWidget(parent), m_auto(new QCheckBox(autoText, this)), m_spin(new QDoubleSpinBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_spin->setRange(minimum, maximum);
    m_spin->setDecimals(decimals);
    m_spin->setSuffix(suffix);
    m_spin->setGroupSeparatorShown(true);
    layout->addWidget(m_spin, 1);
    layout->addWidget(m_auto);
    setFocusProxy(m_spin);
    m_auto->setChecked(true);
    m_spin->setEnabled(false);
    connect(m_auto, &QCheckBox::toggled, this, [this](bool automatic) {
        m_spin->setEnabled(!automatic);
        emit valueChanged();
    });
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, &OptionalNumber::valueChanged);
}

std::optional<double> OptionalNumber::value() const
{
    if (m_auto->isChecked())
        return std::nullopt;
    return m_spin->value();
}

void OptionalNumber::setValue(std::optional<double> value)
{
    const QSignalBlocker b1(m_auto);
    const QSignalBlocker b2(m_spin);
    m_auto->setChecked(!value);
    m_spin->setEnabled(bool(value));
    if (value)
        m_spin->setValue(*value);
    emit valueChanged();
}

void OptionalNumber::setSuggestedValue(double value)
{
    if (m_auto->isChecked()) {
        const QSignalBlocker b(m_spin);
        m_spin->setValue(value);
    }
}

void OptionalNumber::setSingleStep(double step)
{
    m_spin->setSingleStep(step);
}

} // namespace hallwright::app
