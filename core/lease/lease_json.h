// The summary's `lease` object and JSON views of capex and sensitivity results.
#pragma once

#include "lease/capex.h"
#include "lease/lease_model.h"
#include "lease/sensitivity.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace hallwright::lease {

/// The value, or JSON null when there is none (a figure the engine could not compute).
template <typename T>
nlohmann::json orNull(const std::optional<T> &v)
{
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

/// docs/cli.md's `lease` object: currency, capex, capex_it, capex_facility,
/// price_per_accelerator_hour, revenue_per_year, net_profit_per_year,
/// tax_per_year, tax_refund_per_year, equity_cash_flows (years + 1), npv, irr
/// and payback_years (null when none); plus every other line of the cash flow
/// (docs/lease-model.md lists them) and, when given, capex_lines (in CNY, the
/// catalog's currency, as capex_lines_currency says).
nlohmann::json leaseJson(const LeaseResult &result, const std::string &currency,
                         const std::optional<CapexEstimate> &capexEstimate = std::nullopt);

/// Capex lines: item, quantity, unit_price, total, estimated, source.
nlohmann::json capexJson(const CapexEstimate &estimate);

/// Tornado bars: driver, base/low/high value, npv_low/high, irr_low/high.
nlohmann::json tornadoJson(const Tornado &tornado);

} // namespace hallwright::lease
