// Human-readable figures with units for every view: "40.8 kW", "613 km", "12.5 %", "CNY 1.23 bn".
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace hallwright::views {

/// Formatting of engine figures in the current locale. Every function takes
/// the engine's unit (kW, metres, shares 0–1, CNY) and picks a readable scale.
/// An absent figure reads "not computed".
class Units
{
    Q_DECLARE_TR_FUNCTIONS(Units)

public:
    static QString notComputed();
    static QString count(long long n);
    /// kW below 10,000 kW, MW above: "40.8 kW", "1,234 kW", "12.3 MW".
    static QString power(double kw);
    static QString power(std::optional<double> kw);
    /// Metres below 1 km, kilometres above: "3.5 m", "240 m", "1.6 km", "613 km".
    static QString length(double m);
    static QString length(std::optional<double> m);
    /// A share 0–1 as a percentage: "12.5 %".
    static QString percent(double share, int decimals = 1);
    static QString percent(std::optional<double> share, int decimals = 1);
    /// A money amount in currency: "CNY 1.23 bn", "CNY 456.7 M", "CNY 12,345"; in a
    /// Chinese locale in 亿 and 万 with the currency after: "12.30 亿元", "4,567.0 万元".
    static QString money(double value, const QString &currency = QStringLiteral("CNY"));
    static QString money(std::optional<double> value, const QString &currency = QStringLiteral("CNY"));
    /// Money of one kind, all in the scale of `scale` (the kind's largest figure: the capex for
    /// the lease's amounts), so that figures side by side read in one unit: in Chinese 亿 when
    /// |scale| ≥ 1 亿, else 万 when ≥ 1 万, else 元 ("0.35 亿元" beside "40.90 亿元"); in English as money().
    static QString money(double value, const QString &currency, double scale);
    static QString money(std::optional<double> value, const QString &currency, double scale);
    /// A small price with two decimals: "CNY 14.12" (Chinese: "14.12 元").
    static QString price(double value, const QString &currency = QStringLiteral("CNY"));
    static QString energyMwh(double mwh);
    static QString airflow(double m3s);
    static QString coolantFlow(double lps);
    static QString bandwidthTbps(double tbps);
    static QString gbps(double gbps);
    static QString pflops(double pflops);
    static QString days(double days);
    static QString years(double years);
    static QString mass(double kg);
    static QString ratio(double r);
    /// A plain number with the given decimals, grouped.
    static QString number(double v, int decimals);
    /// A large count in words a reader uses: "175 B", "3.6 T" in English; "1,750 亿", "3.6 万亿" in
    /// Chinese (万 = 10⁴, 亿 = 10⁸, 万亿 = 10¹²); three significant figures.
    static QString bigCount(double v);
    /// A very large figure in powers of ten, the same in every language: "3.15 × 10²³".
    static QString scientific(double v);
};

} // namespace hallwright::views
