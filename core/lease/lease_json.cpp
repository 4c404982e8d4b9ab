// JSON writers for lease results, capex estimates and tornado data.
#include "lease/lease_json.h"

namespace hallwright::lease {

nlohmann::json leaseJson(const LeaseResult &r, const std::string &currency,
                         const std::optional<CapexEstimate> &capexEstimate)
{
    nlohmann::json j = {
        {"currency", currency},
        {"capex", r.capex},
        {"capex_it", r.capexIt},
        {"capex_facility", r.capexFacility},
        {"price_per_accelerator_hour", r.pricePerAcceleratorHour},
        {"price_source", r.priceSource},
        {"price_estimated", r.priceEstimated},
        {"revenue_per_year", r.revenue},
        {"net_profit_per_year", r.netProfit},
        {"tax_per_year", r.tax},
        {"tax_refund_per_year", r.taxRefund},
        {"equity_cash_flows", r.equityCashFlows},
        {"npv", r.npv},
        {"irr", orNull(r.irr)},
        {"payback_years", orNull(r.paybackYears)},
        {"utilization_per_year", r.utilization},
        {"opex_per_year", r.opex},
        {"electricity_per_year", r.electricity},
        {"colocation_rent_per_year", r.colocationRent},
        {"ebitda_per_year", r.ebitda},
        {"depreciation_per_year", r.depreciation},
        {"depreciation_it_per_year", r.depreciationIt},
        {"depreciation_facility_per_year", r.depreciationFacility},
        {"interest_per_year", r.interest},
        {"principal_per_year", r.principal},
        {"ebt_per_year", r.ebt},
        {"loss_used_per_year", r.lossUsed},
        {"taxable_income_per_year", r.taxableIncome},
        {"equity_outlay", r.equityOutlay},
        {"loan", r.loan},
        {"annuity_payment", r.annuityPayment},
        {"loan_balance_repaid_at_end", r.loanBalanceRepaidAtEnd},
        {"residual_value", r.residualValue},
        {"it_book_value_at_end", r.itBookValueAtEnd},
        {"facility_book_value_at_end", r.facilityBookValueAtEnd},
        {"resale_gain", r.resaleGain},
        {"loss_carried_forward_at_end", r.lossCarriedForwardAtEnd},
        {"break_even_price_per_accelerator_hour", orNull(r.breakEvenPricePerAcceleratorHour)},
    };
    if (capexEstimate) {
        j["capex_lines"] = capexJson(*capexEstimate);
        j["capex_lines_currency"] = "CNY";
    }
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
                         {"class", toString(l.capexClass)},
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
