// Unit formatting shared by the panels, properties, legend and charts.
#include "common/units.h"

#include <QLocale>

#include <cmath>

namespace hallwright::views {

namespace {

/// Decimals that keep about three significant figures without noise.
int decimalsFor(double v)
{
    const double a = std::abs(v);
    return a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 1 : 2;
}

/// The value with the given decimals, or none when it is a whole number.
QString trimmed(double v, int decimals)
{
    const bool whole = std::abs(v - std::round(v)) < 1e-9;
    return QLocale().toString(v, 'f', whole ? 0 : decimals);
}

} // namespace

QString Units::notComputed() { return tr("not computed"); }

QString Units::number(double v, int decimals) { return QLocale().toString(v, 'f', decimals); }

namespace {

/// `v` with three significant figures, grouped ("175", "3.6", "1,750").
QString significant3(double v)
{
    const double a = std::abs(v);
    const int decimals = a >= 100 ? 0 : a >= 10 ? 1 : 2;
    QString s = QLocale().toString(v, 'f', decimals);
    if (decimals > 0) {
        // "3.60" reads "3.6"; the decimal point is the locale's.
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLocale().decimalPoint()))
            s.chop(QLocale().decimalPoint().size());
    }
    return s;
}

} // namespace

QString Units::bigCount(double v)
{
    const double a = std::abs(v);
    if (QLocale().language() == QLocale::Chinese) {
        if (a >= 1e12)
            return tr("%1 × 10¹²", "a count in 万亿").arg(significant3(v / 1e12));
        if (a >= 1e8)
            return tr("%1 × 10⁸", "a count in 亿").arg(significant3(v / 1e8));
        if (a >= 1e4)
            return tr("%1 × 10⁴", "a count in 万").arg(significant3(v / 1e4));
        return significant3(v);
    }
    if (a >= 1e12)
        return tr("%1 T", "a count in trillions").arg(significant3(v / 1e12));
    if (a >= 1e9)
        return tr("%1 B", "a count in billions").arg(significant3(v / 1e9));
    if (a >= 1e6)
        return tr("%1 M", "a count in millions").arg(significant3(v / 1e6));
    return significant3(v);
}

QString Units::scientific(double v)
{
    if (v == 0.0 || !std::isfinite(v))
        return number(v, 0);
    const int exponent = static_cast<int>(std::floor(std::log10(std::abs(v))));
    const double mantissa = v / std::pow(10.0, exponent);
    static const char16_t *digits[] = {u"⁰", u"¹", u"²", u"³", u"⁴", u"⁵", u"⁶", u"⁷", u"⁸", u"⁹"};
    QString power;
    for (const QChar c : QString::number(std::abs(exponent)))
        power += QString::fromUtf16(digits[c.digitValue()]);
    if (exponent < 0)
        power.prepend(QStringLiteral("⁻"));
    return QStringLiteral("%1 × 10%2").arg(QLocale().toString(mantissa, 'f', 2), power);
}

QString Units::count(long long n) { return QLocale().toString(static_cast<qlonglong>(n)); }

QString Units::power(double kw)
{
    if (std::abs(kw) >= 10000.0)
        return tr("%1 MW").arg(trimmed(kw / 1000.0, decimalsFor(kw / 1000.0)));
    return tr("%1 kW").arg(trimmed(kw, std::abs(kw) >= 1000 ? 0 : decimalsFor(kw)));
}

QString Units::power(std::optional<double> kw) { return kw ? power(*kw) : notComputed(); }

QString Units::length(double m)
{
    if (std::abs(m) >= 1000.0)
        return tr("%1 km").arg(trimmed(m / 1000.0, decimalsFor(m / 1000.0)));
    return tr("%1 m").arg(trimmed(m, decimalsFor(m)));
}

QString Units::length(std::optional<double> m) { return m ? length(*m) : notComputed(); }

QString Units::percent(double share, int decimals) { return tr("%1 %").arg(number(share * 100.0, decimals)); }

QString Units::percent(std::optional<double> share, int decimals)
{
    return share ? percent(*share, decimals) : notComputed();
}

namespace {

/// The currency's word after an amount in Chinese (元, 美元); another code as it is.
QString currencyWord(const QString &currency)
{
    return currency == QLatin1String("CNY")   ? Units::tr("CNY", "currency word after an amount: 元")
           : currency == QLatin1String("USD") ? Units::tr("USD", "currency word after an amount: 美元")
                                              : currency;
}

} // namespace

QString Units::money(double value, const QString &currency)
{
    if (QLocale().language() == QLocale::Chinese)
        return money(value, currency, value);
    const double a = std::abs(value);
    if (a >= 1e9)
        return tr("%1 %2 bn").arg(currency, number(value / 1e9, 2));
    if (a >= 1e6)
        return tr("%1 %2 M").arg(currency, number(value / 1e6, 1));
    return tr("%1 %2").arg(currency, number(value, 0));
}

QString Units::money(double value, const QString &currency, double scale)
{
    if (QLocale().language() != QLocale::Chinese)
        return money(value, currency);
    // Chinese readers count money in 万 (10^4) and 亿 (10^8), the currency after the
    // amount: "40.90 亿元", "512.3 万美元".
    const QString unit = currencyWord(currency);
    const double a = std::abs(scale);
    if (a >= 1e8)
        return tr("%1 × 10⁸ %2", "money: amount in 亿, currency").arg(number(value / 1e8, 2), unit);
    if (a >= 1e4)
        return tr("%1 × 10⁴ %2", "money: amount in 万, currency").arg(number(value / 1e4, 1), unit);
    return tr("%1 %2", "money: amount, currency").arg(number(value, 0), unit);
}

QString Units::money(std::optional<double> value, const QString &currency, double scale)
{
    return value ? money(*value, currency, scale) : notComputed();
}

QString Units::price(double value, const QString &currency)
{
    if (QLocale().language() == QLocale::Chinese)
        return tr("%1 %2", "money: amount, currency").arg(number(value, 2), currencyWord(currency));
    return tr("%1 %2").arg(currency, number(value, 2));
}

QString Units::money(std::optional<double> value, const QString &currency)
{
    return value ? money(*value, currency) : notComputed();
}

QString Units::energyMwh(double mwh)
{
    if (std::abs(mwh) >= 10000.0)
        return tr("%1 GWh").arg(number(mwh / 1000.0, decimalsFor(mwh / 1000.0)));
    return tr("%1 MWh").arg(number(mwh, 0));
}

QString Units::airflow(double m3s) { return tr("%1 m³/s").arg(number(m3s, decimalsFor(m3s))); }
QString Units::coolantFlow(double lps) { return tr("%1 L/s").arg(number(lps, decimalsFor(lps))); }
QString Units::bandwidthTbps(double tbps) { return tr("%1 Tb/s").arg(number(tbps, decimalsFor(tbps))); }
QString Units::gbps(double g) { return tr("%1 Gb/s").arg(number(g, 0)); }
QString Units::pflops(double p) { return tr("%1 PFLOPS").arg(number(p, decimalsFor(p))); }
QString Units::days(double d) { return tr("%1 days").arg(number(d, decimalsFor(d))); }
QString Units::years(double y) { return tr("%1 years").arg(number(y, 1)); }
QString Units::mass(double kg)
{
    if (std::abs(kg) >= 10000.0)
        return tr("%1 t").arg(number(kg / 1000.0, 1));
    return tr("%1 kg").arg(number(kg, 0));
}
QString Units::ratio(double r) { return tr("%1 : 1").arg(number(r, 2)); }

} // namespace hallwright::views
