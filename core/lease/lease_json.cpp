// JSON writers for lease results, capex estimates and tornado data.
#include "lease/lease_json.h"

namespace hallwright::lease {

namespace {

template <typename T>
nlohmann::json orNull(const std::optional<T> &v)
{
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

} // namespace

nlohmann::json leaseJson(const LeaseResult &r, const std::string &currency,
                         const std::optional<CapexEstimate> &capexEstimate)
{
    nlohmann::json j = {
        {"currency", currency},
        {"capex", r.capex},
        {"revenue_per_year", r.revenue},
        {"net_profit_per_year", r.netProfit},
        {"equity_cash_flows", r.equityCashFlows},
        {"npv", r.npv},
        {"irr", orNull(r.irr)},
        {"payback_years", orNull(r.paybackYears)},
        {"opex_per_year", r.opex},
        {"electricity_per_year", r.electricity},
        {"ebitda_per_year", r.ebitda},
        {"depreciation_per_year", r.depreciation},
        {"interest_per_year", r.interest},
        {"principal_per_year", r.principal},
        {"tax_per_year", r.tax},
        {"equity_outlay", r.equityOutlay},
        {"loan", r.loan},
        {"residual_value", r.residualValue},
        {"break_even_price_per_accelerator_hour", orNull(r.breakEvenPricePerAcceleratorHour)},
    };
    if (capexEstimate)
        j["capex_lines"] = capexJson(*capexEstimate);
    return j;
}

nlohmann::json capexJson(const CapexEstimate &e)
{
    nlohmann::json lines = nlohmann::json::array();
    for (const CapexLine &l : e.lines) {
        lines.push_back({{"item", l.item},
                         {"quantity", l.quantity},
                         {"unit_price", l.unitPrice},
                         {"total", l.total},
                         {"estimated", l.estimated},
                         {"source", l.source}});
    }
    return lines;
}

nlohmann::json tornadoJson(const Tornado &t)
{
    nlohmann::json bars = nlohmann::json::array();
    for (const TornadoBar &b : t.bars) {
        bars.push_back({{"driver", toString(b.driver)},
                        {"base_value", b.baseValue},
                        {"low_value", b.lowValue},
                        {"high_value", b.highValue},
                        {"npv_low", b.npvLow},
                        {"npv_high", b.npvHigh},
                        {"irr_low", orNull(b.irrLow)},
                        {"irr_high", orNull(b.irrHigh)}});
    }
    return {{"delta", t.delta}, {"base_npv", t.baseNpv}, {"base_irr", orNull(t.baseIrr)}, {"bars", bars}};
}

} // namespace hallwright::lease
