// A number input with an "Auto" box: unchecked it gives a value, checked it leaves the engine's default.
#pragma once

#include <QWidget>

#include <optional>

class QCheckBox;
class QDoubleSpinBox;

namespace hallwright::app {

class OptionalNumber : public QWidget
{
    Q_OBJECT

public:
    /// autoText names the default, e.g. "Auto (sized to fit)".
    OptionalNumber(const QString &autoText, double minimum, double maximum, int decimals, const QString &suffix,
                   QWidget *parent = nullptr);

    std::optional<double> value() const;
    void setValue(std::optional<double> value);
    /// The value the spin box shows when the user turns Auto off.
    void setSuggestedValue(double value);
    void setSingleStep(double step);
    QDoubleSpinBox *spinBox() const { return m_spin; }
    QCheckBox *autoBox() const { return m_auto; }

signals:
    void valueChanged();

private:
    QCheckBox *m_auto;
    QDoubleSpinBox *m_spin;
};

} // namespace hallwright::app
