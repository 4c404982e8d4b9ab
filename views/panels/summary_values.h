// A summary field's value as the summary panel shows it: a share as a percentage, the payback in
// years, the lease's money in its currency; a field whose name gives its unit (…_kw, …_m) as
// the number in that unit.
#pragma once

#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>

namespace hallwright {
class Catalog;
}

namespace hallwright::views {

/// Where a field stands: the lease's money is in the lease's currency.
struct SummaryPlace
{
    bool inLease = false;
    QString currency = QStringLiteral("CNY");
    const Catalog *catalog = nullptr;   ///< names the catalog ids (platform, switch) where given
    std::string section;                ///< the top-level section ("network") the field stands in
    /// The lease's amounts are all written in the scale of this one (its capex), in Chinese
    /// 亿 or 万; none: each amount in its own scale.
    std::optional<double> moneyScale;
};

/// The value of field `key` as the interface shows it: "-3.0 %" for an IRR, "CNY 4.26 bn" for
/// the capex, "14,726" for it_kw (the name says kW); null as "not computed" (a payback
/// outside the contract says so). The engine's words are translated ("selective", "pdu",
/// "capex" as a sensitivity driver, "brief" as the price's source), a catalog id is the
/// item's name with the id after it; any other text (names, sources) is shown as it is.
QString summaryValueText(const std::string &key, const nlohmann::ordered_json &value, const SummaryPlace &place);

} // namespace hallwright::views
