// Units and words of the summary's fields by name (see summary_values.h).
#include "panels/summary_values.h"

#include "common/labels.h"
#include "common/units.h"

#include "catalog/catalog.h"
#include "lease/sensitivity.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <cmath>
#include <optional>
#include <set>
#include <string_view>

namespace hallwright::views {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(SummaryPanel)
};

bool endsWith(std::string_view s, std::string_view tail)
{
    return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

/// Shares written as fractions (0.554 is 55.4 %).
bool isShare(const std::string &key)
{
    static const std::set<std::string> keys{"irr", "irr_high", "irr_low", "base_irr", "mfu", "hfu",
                                            "bubble_fraction", "utilization", "utilization_per_year",
                                            "accelerator_share_running", "training_share_left",
                                            "gemm_efficiency", "delta", "price_change_per_year"};
    return keys.count(key) > 0;
}

/// Amounts of money in the lease's currency.
bool isLeaseMoney(const std::string &key)
{
    static const std::set<std::string> keys{"capex", "capex_it", "capex_facility", "npv", "base_npv", "npv_high",
                                            "npv_low", "annuity_payment", "equity_outlay", "loan", "resale_gain",
                                            "residual_value", "equity_cash_flows", "total", "unit_price"};
    if (keys.count(key) || endsWith(key, "_book_value_at_end") || endsWith(key, "_at_end"))
        return true;
    // Yearly flows: revenue, opex, tax, … per year (not the utilization or the price change).
    return endsWith(key, "_per_year") && !isShare(key);
}

QString plainNumber(double d)
{
    if (d == 0.0)
        return QLocale().toString(0);
    if (std::abs(d) >= 1e12) // FLOPs and the like: 3.15e+23 reads better than 24 digits
        return QLocale().toString(d, 'g', 4);
    return QLocale().toString(d, 'f', std::abs(d) >= 100 ? 0 : std::abs(d) >= 1 ? 2 : 3);
}

/// One number of field `key`. A field whose name gives its unit (it_kw, cable_length_m,
/// step_seconds, bom_price_cny) keeps the number in that unit, as the label says it; shares,
/// years and the lease's money get their unit here.
QString numberText(const std::string &key, double v, const SummaryPlace &place)
{
    if (isShare(key))
        return Units::percent(v, 1);
    if (key == "payback_years")
        return Units::years(v);
    if (key == "total_flops" || key == "hardware_flops")
        return Units::scientific(v);
    if (key == "params" || key == "tokens")
        return Units::bigCount(v); // 1,750 亿 in Chinese, 175 B in English
    if (key == "oversubscription")
        return Text::tr("%1 : 1", "oversubscription").arg(QLocale().toString(v, 'f', 2));
    if (place.inLease && endsWith(key, "_per_accelerator_hour"))
        return Units::price(v, place.currency);
    if (place.inLease && isLeaseMoney(key))
        return place.moneyScale ? Units::money(v, place.currency, *place.moneyScale) : Units::money(v, place.currency);
    return plainNumber(v);
}

/// One of the engine's words as a value of field `key`, in the interface's language; null
/// when `word` is not one of them (a name, a source: shown as it is).
std::optional<QString> wordText(const std::string &key, const std::string &word, const SummaryPlace &place)
{
    if (key == "kind") {
        if (const auto kind = equipmentKindFromString(word))
            return Labels::equipmentKind(*kind);
        if (word == "pdu")
            return Text::tr("PDU");
        if (word == "switch")
            return Text::tr("Switch");
    }
    if (key == "driver")
        for (lease::Driver d : lease::allDrivers())
            if (word == lease::toString(d))
                return Labels::leaseDriver(d);
    if (key == "activation_recompute" || key == "activation_recompute_used") {
        if (word == "selective")
            return Text::tr("selective", "activation recomputation");
        if (word == "full")
            return Text::tr("full", "activation recomputation");
        if (word == "none")
            return Text::tr("none", "activation recomputation");
    }
    if (key == "class") {
        if (word == "facility")
            return Text::tr("facility", "capex class");
        if (word == "it")
            return Text::tr("IT", "capex class");
    }
    if (key == "currency" || endsWith(key, "_currency")) {
        if (word == "CNY")
            return Text::tr("CNY");
        if (word == "USD")
            return Text::tr("USD");
    }
    if (key == "price_source" && word == "brief")
        return Text::tr("the brief", "where the lease price comes from");
    if ((key == "platform" || key == "switch") && place.catalog) {
        const QString name = Labels::catalogItem(*place.catalog, word);
        if (name != QString::fromStdString(word))
            return Text::tr("%1 (%2)", "a catalog item's name and its id").arg(name, QString::fromStdString(word));
    }
    return std::nullopt;
}

} // namespace

QString summaryValueText(const std::string &key, const nlohmann::ordered_json &value, const SummaryPlace &place)
{
    if (value.is_null())
        return key == "payback_years" ? Text::tr("not within the contract") : Units::notComputed();
    if (value.is_boolean())
        return value.get<bool>() ? Text::tr("yes") : Text::tr("no");
    if (value.is_number_integer())
        return QLocale().toString(static_cast<qlonglong>(value.get<long long>()));
    if (value.is_number_float())
        return numberText(key, value.get<double>(), place);
    if (value.is_string()) {
        const std::string &text = value.get_ref<const std::string &>();
        return wordText(key, text, place).value_or(QString::fromStdString(text));
    }
    if (value.is_array()) {
        QStringList parts;
        for (const auto &e : value)
            parts << summaryValueText(key, e, place);
        return parts.join(Text::tr(", ", "between the values of a list"));
    }
    return QString::fromStdString(value.dump());
}

} // namespace hallwright::views
