// Builds the summary JSON and its text rendering from analysis results.
#include "report/summary.h"

#include "cooling/cooling_analysis.h"
#include "lease/lease_json.h"
#include "power/power_analysis.h"

#include <fmt/format.h>

#include <cmath>

namespace hallwright {

namespace {

using json = nlohmann::ordered_json;

/// An object with each named field null: the shape scripts rely on, before an engine fills it.
json nullObject(std::initializer_list<const char *> fields)
{
    json o = json::object();
    for (const char *f : fields)
        o[f] = nullptr;
    return o;
}

json skeleton()
{
    json s;
    s["schema"] = "hallwright.summary/1";
    s["name"] = nullptr;
    s["compute"] = nullObject({"accelerators", "nodes", "racks", "peak_pflops_bf16"});
    json network = nullObject({"tiers", "switch", "cables_total", "transceivers", "cable_length_m", "bisection_tbps",
                               "oversubscription"});
    network["switches"] = nullObject({"leaf", "spine", "core"});
    network["links"] = nullObject({"node_leaf", "leaf_spine", "spine_core"});
    s["network"] = network;
    s["power"] = nullObject({"it_kw", "facility_kw", "pue", "ups_kw", "annual_mwh"});
    s["cooling"] = nullObject({"heat_kw", "air_kw", "liquid_kw", "crah_units", "cdu_units", "rear_doors", "rear_door_kw"});
    s["training"] = nullObject({"total_flops", "mfu", "days"});
    s["lease"] = nullObject({"currency", "capex", "revenue_per_year", "net_profit_per_year", "equity_cash_flows",
                             "npv", "irr", "payback_years"});
    s["checks"] = nullObject({"errors", "warnings"});
    return s;
}

std::string orNull(const json &v, const char *format = "{}")
{
    if (v.is_null())
        return "not computed";
    if (v.is_number_float())
        return fmt::format(fmt::runtime(format), v.get<double>());
    return v.dump();
}

/// Fills a contract section from an engine's JSON: the contract's fields keep
/// their order, further fields the engine gives extend the section.
template <typename Json>
void fill(json &section, const Json &values)
{
    for (auto it = values.begin(); it != values.end(); ++it)
        section[it.key()] = it.value();
}

} // namespace

json summaryJson(const Results &r)
{
    json s = skeleton();
    s["name"] = r.name;
    json &c = s["compute"];
    c["accelerators"] = r.compute.accelerators;
    c["nodes"] = r.compute.nodes;
    c["racks"] = r.compute.racks;
    c["peak_pflops_bf16"] = r.compute.peakPflopsBf16;
    c["peak_pflops_fp8"] = r.compute.peakPflopsFp8 ? json(*r.compute.peakPflopsFp8) : json(nullptr);
    c["compute_racks"] = r.compute.computeRacks;
    c["network_racks"] = r.compute.networkRacks;
    c["platform"] = r.compute.platform;
    if (r.network)
        fill(s["network"], network::networkSummaryJson(*r.network));
    if (r.power)
        fill(s["power"], powerSummaryJson(*r.power));
    if (r.cooling)
        fill(s["cooling"], coolingSummaryJson(*r.cooling));
    if (r.training)
        fill(s["training"], perf::trainingJson(*r.training));
    if (r.lease)
        fill(s["lease"], lease::leaseJson(*r.lease, r.brief ? r.brief->lease.currency : "CNY", r.capexEstimate));
    else if (r.brief)
        s["lease"]["currency"] = r.brief->lease.currency;
    if (r.tornado)
        s["lease"]["sensitivity"] = lease::tornadoJson(*r.tornado);
    if (!r.worstFailures.empty()) {
        json failures = json::array();
        for (const FailureImpact &f : r.worstFailures)
            failures.push_back({{"kind", toString(f.component.kind)},
                                {"component", f.name},
                                {"location", f.location},
                                {"racks_dark", f.racksDark.size()},
                                {"racks_over_limit", f.racksOverLimit.size()},
                                {"accelerators_dark", f.acceleratorsDark},
                                {"accelerators_at_risk", f.acceleratorsAtRisk},
                                {"accelerators_cut_off", f.acceleratorsCut},
                                {"accelerators_degraded", f.acceleratorsDegraded},
                                {"sus_affected", f.sus.size()},
                                {"accelerator_share_running", f.acceleratorShareRunning
                                                                  ? json(*f.acceleratorShareRunning)
                                                                  : json(nullptr)},
                                {"training_share_left",
                                 f.trainingShareLeft ? json(*f.trainingShareLeft) : json(nullptr)}});
        s["failures"] = failures;
    }
    s["checks"]["errors"] = r.errors();
    s["checks"]["warnings"] = r.warnings();
    return s;
}

namespace {

/// A figure of the summary for a line: the number as `format` writes it, or "not computed".
Phrase figure(const json &v, const char *format = "{}")
{
    if (v.is_null())
        return phrase(QT_TRANSLATE_NOOP("Finding", "not computed"));
    return literal(orNull(v, format));
}

} // namespace

std::vector<Phrase> summaryLines(const Results &r, MoneyScale money)
{
    const json s = summaryJson(r);
    std::vector<Phrase> out;
    const json &c = s["compute"];
    out.push_back(phrase(QT_TRANSLATE_NOOP("Finding", "Compute   %1 accelerators in %2 nodes (%3), %4 racks (%5 compute, %6 network)"),
                         c["accelerators"].get<long long>(), c["nodes"].get<long long>(), r.compute.platform,
                         c["racks"].get<int>(), r.compute.computeRacks, r.compute.networkRacks));
    // FP8 with its unit, or the reason there is none (a part without FP8).
    const Phrase fp8 = c["peak_pflops_fp8"].is_number()
                           ? literal(fmt::format("{:.1f} PFLOP/s", c["peak_pflops_fp8"].get<double>()))
                           : figure(c["peak_pflops_fp8"]);
    out.push_back(phrase(QT_TRANSLATE_NOOP("Finding", "          peak %1 PFLOP/s BF16 dense, FP8 %2"),
                         figure(c["peak_pflops_bf16"], "{:.1f}"), fp8));
    const json &n = s["network"];
    out.push_back(phrase(QT_TRANSLATE_NOOP("Finding", "Network   tiers %1, switches leaf %2 spine %3 core %4, cables %5, bisection %6 Tb/s"),
                         figure(n["tiers"]), figure(n["switches"]["leaf"]), figure(n["switches"]["spine"]),
                         figure(n["switches"]["core"]), figure(n["cables_total"]), figure(n["bisection_tbps"], "{:.1f}")));
    const json &p = s["power"];
    out.push_back(phrase(QT_TRANSLATE_NOOP("Finding", "Power     IT %1 kW, facility %2 kW, PUE %3, %4 MWh/year"),
                         figure(p["it_kw"], "{:.0f}"), figure(p["facility_kw"], "{:.0f}"), figure(p["pue"], "{:.2f}"),
                         figure(p["annual_mwh"], "{:.0f}")));
    const json &k = s["cooling"];
    // Behind rear doors the heat is air + liquid + doors: the doors' share in the same sentence.
    if (k["rear_doors"].is_number() && k["rear_doors"].get<long long>() > 0)
        out.push_back(phrase(QT_TRANSLATE_NOOP("Finding", "Cooling   heat %1 kW (air %2, liquid %3, rear doors %4), "
                                                          "CRAH %5, CDU %6, rear doors on %7 racks"),
                             figure(k["heat_kw"], "{:.0f}"), figure(k["air_kw"], "{:.0f}"),
                             figure(k["liquid_kw"], "{:.0f}"), figure(k["rear_door_kw"], "{:.0f}"),
                             figure(k["crah_units"]), figure(k["cdu_units"]), figure(k["rear_doors"])));
    else
        out.push_back(phrase(QT_TRANSLATE_NOOP("Finding", "Cooling   heat %1 kW (air %2, liquid %3), CRAH %4, CDU %5"),
                             figure(k["heat_kw"], "{:.0f}"), figure(k["air_kw"], "{:.0f}"),
                             figure(k["liquid_kw"], "{:.0f}"), figure(k["crah_units"]), figure(k["cdu_units"])));
    const json &t = s["training"];
    // MFU as a percentage, as the IRR below.
    const Phrase mfu = t["mfu"].is_number() ? literal(fmt::format("{:.1f} %", t["mfu"].get<double>() * 100))
                                            : figure(t["mfu"]);
    out.push_back(phrase(QT_TRANSLATE_NOOP("Finding", "Training  %1 days at MFU %2"), figure(t["days"], "{:.1f}"), mfu));
    const json &l = s["lease"];
    // Millions in the lease currency: "CNY 4261.5 M"; for a Chinese reader one scale for the
    // capex and the NPV, 亿 (or 万 for a capex below 1 亿), as the GUI writes them: "42.62 亿元".
    const std::string currency = l["currency"].is_string() ? l["currency"].get<std::string>() : "";
    const Phrase currencyWord = currency == "CNY" ? phrase(QT_TRANSLATE_NOOP("Finding", "CNY")) : literal(currency);
    const bool yi = l["capex"].is_number() && std::abs(l["capex"].get<double>()) >= 1e8;
    auto millions = [&](const json &v) {
        if (!v.is_number())
            return phrase(QT_TRANSLATE_NOOP("Finding", "not computed"));
        const double amount = v.get<double>();
        if (money == MoneyScale::ChineseUnits) {
            const Phrase word = currency.empty() ? literal("") : currencyWord;
            return yi ? phrase(QT_TRANSLATE_NOOP("Finding", "%1 × 10⁸ %2"), literal(fmt::format("{:.2f}", amount / 1e8)), word)
                      : phrase(QT_TRANSLATE_NOOP("Finding", "%1 × 10⁴ %2"), literal(fmt::format("{:.1f}", amount / 1e4)), word);
        }
        const Phrase value = literal(fmt::format("{:.1f}", amount / 1e6));
        return currency.empty() ? phrase(QT_TRANSLATE_NOOP("Finding", "%1 M"), value)
                                : phrase(QT_TRANSLATE_NOOP("Finding", "%1 %2 M"), currencyWord, value);
    };
    const bool leased = l["npv"].is_number(); // irr and payback may be null in a computed lease
    const Phrase irr = l["irr"].is_number() ? literal(fmt::format("{:.1f} %", l["irr"].get<double>() * 100))
                       : leased             ? phrase(QT_TRANSLATE_NOOP("Finding", "none"))
                                            : phrase(QT_TRANSLATE_NOOP("Finding", "not computed"));
    const Phrase payback =
        l["payback_years"].is_number()
            ? phrase(QT_TRANSLATE_NOOP("Finding", "%1 years"), literal(fmt::format("{:.2f}", l["payback_years"].get<double>())))
        : leased ? phrase(QT_TRANSLATE_NOOP("Finding", "not within the lease term"))
                 : phrase(QT_TRANSLATE_NOOP("Finding", "not computed"));
    out.push_back(phrase(QT_TRANSLATE_NOOP("Finding", "Lease     capex %1, NPV %2, IRR %3, payback %4"), millions(l["capex"]),
                         millions(l["npv"]), irr, payback));
    out.push_back(phrase(QT_TRANSLATE_NOOP("Finding", "Checks    %1 errors, %2 warnings"), r.errors(), r.warnings()));
    return out;
}

std::string summaryText(const Results &r)
{
    std::string out;
    for (const Phrase &line : summaryLines(r))
        out += line.english() + "\n";
    return out;
}

} // namespace hallwright
