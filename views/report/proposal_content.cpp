// Sections of the leasing proposal: summary, hall, network and BOM, power and cooling, performance, lease, assumptions.
#include "report/proposal_content.h"

#include "analysis/analysis.h"
#include "analysis/bill_of_materials.h"
#include "report/catalog_sources.h"
#include "report/catalog_fields.h"
#include "report/csv_export.h"
#include "report/proposal_html.h"
#include "report/summary.h"

#include "common/units.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>

namespace hallwright::views {

namespace {

using json = nlohmann::ordered_json;

std::optional<double> num(const json &s, const char *pointer)
{
    const json::json_pointer p(pointer);
    if (!s.contains(p) || !s[p].is_number())
        return std::nullopt;
    return s[p].get<double>();
}

std::optional<long long> integer(const json &s, const char *pointer)
{
    const json::json_pointer p(pointer);
    if (!s.contains(p) || !s[p].is_number())
        return std::nullopt;
    return s[p].get<long long>();
}

std::optional<std::vector<double>> series(const json &s, const char *pointer)
{
    const json::json_pointer p(pointer);
    if (!s.contains(p) || !s[p].is_array())
        return std::nullopt;
    std::vector<double> v;
    for (const json &x : s[p])
        v.push_back(x.is_number() ? x.get<double>() : 0.0);
    return v;
}

std::optional<double> sum(const std::optional<std::vector<double>> &v)
{
    if (!v)
        return std::nullopt;
    return std::accumulate(v->begin(), v->end(), 0.0);
}

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

/// The Chinese text where the report is in Chinese and has one, else the English.
QString localized(const ReportText &t, const std::string &english, const std::string &chinese)
{
    return q(t.chinese() && !chinese.empty() ? chinese : english);
}

/// The English label of a failed component's kind (the summary's "kind").
const char *kindLabel(const std::string &kind)
{
    static const std::pair<const char *, const char *> labels[] = {
        {"pdu", "Rack PDU"},       {"busway", "Busway"},       {"rpp", "Remote power panel"},
        {"ups", "UPS"},            {"transformer", "Transformer"}, {"generator", "Generator"},
        {"crah", "CRAH / fan wall"}, {"cdu", "CDU"},           {"switch", "Network switch"},
    };
    for (const auto &[k, l] : labels)
        if (kind == k)
            return l;
    return kind.c_str();
}

class Builder
{
public:
    Builder(const Design &design, const Catalog &catalog, const Results &results, const ReportText &text,
            const ProposalPictures &pictures)
        : d(design), c(catalog), r(results), t(text), pics(pictures), s(summaryJson(results)),
          currency(q(results.brief ? results.brief->lease.currency : "CNY"))
    {
    }

    ProposalContent build()
    {
        ProposalContent out;
        out.title = t.tr("Compute leasing proposal");
        out.name = q(designName(d));
        out.date = t.date();
        out.keyFigures = keyFigures();
        out.sections.push_back({t.tr("Executive summary"), executive(out.keyFigures)});
        out.sections.push_back({t.tr("The hall"), hall()});
        out.sections.push_back({t.tr("Network and bill of materials"), network()});
        out.sections.push_back({t.tr("Power and cooling"), powerCooling()});
        out.sections.push_back({t.tr("Performance"), performance()});
        out.sections.push_back({t.tr("Lease economics"), leaseSection()});
        out.sections.push_back({t.tr("Assumptions and sources"), assumptions()});
        return out;
    }

private:
    bool leased() const { return s["lease"]["npv"].is_number(); }

    /// A model's size or a token count as its reader counts it: "175 B" (billions, `gap` before
    /// the B) in English, "1,750 亿" or "14 万亿" in Chinese.
    QString bigCount(double v, int decimals, const QString &gap) const
    {
        if (!t.chinese())
            return t.number(v / 1e9, decimals) + gap + QStringLiteral("B");
        if (std::abs(v) >= 1e12)
            return t.number(v / 1e12, 1) + QStringLiteral(" 万亿");
        return t.number(v / 1e8, 0) + QStringLiteral(" 亿");
    }

    QString irrText() const
    {
        if (const auto irr = num(s, "/lease/irr"))
            return t.percent(irr);
        return leased() ? t.tr("none (the equity cash flows never turn)") : t.notComputed();
    }

    QString paybackText() const
    {
        if (const auto p = num(s, "/lease/payback_years"))
            return t.years(p);
        return leased() ? t.tr("not within the lease term") : t.notComputed();
    }

    int leaseYears() const { return r.brief ? r.brief->lease.years : 0; }

    std::vector<std::pair<QString, QString>> keyFigures() const
    {
        std::vector<std::pair<QString, QString>> f;
        const auto acc = integer(s, "/compute/accelerators");
        QString accText = acc ? t.count(*acc) : t.notComputed();
        if (const NodeSpec *n = c.node(r.compute.platform))
            accText += QStringLiteral(" × ") + localized(t, n->name, n->nameZh);
        f.push_back({t.tr("Accelerators"), accText});
        f.push_back({t.tr("Peak compute, BF16 dense"), t.pflops(num(s, "/compute/peak_pflops_bf16"))});
        f.push_back({t.tr("IT power"), t.power(num(s, "/power/it_kw"))});
        f.push_back({t.tr("Facility power"), t.power(num(s, "/power/facility_kw"))});
        f.push_back({t.tr("PUE"), t.number(num(s, "/power/pue"), 2)});
        QString model = t.tr("Training time");
        if (r.brief)
            model = t.tr("Training time (%1 parameters, %2 tokens)", bigCount(r.brief->training.params, 0, QString()),
                         bigCount(r.brief->training.tokens, 0, QString()));
        f.push_back({model, t.days(num(s, "/training/days"))});
        f.push_back({t.tr("Capex"), t.money(num(s, "/lease/capex"), currency)});
        const QString yrs = QString::number(leaseYears());
        f.push_back({t.tr("Revenue over %1 years", yrs), t.money(sum(series(s, "/lease/revenue_per_year")), currency)});
        f.push_back(
            {t.tr("Net profit over %1 years", yrs), t.money(sum(series(s, "/lease/net_profit_per_year")), currency)});
        f.push_back({t.tr("Equity NPV"), t.money(num(s, "/lease/npv"), currency)});
        f.push_back({t.tr("Equity IRR"), irrText()});
        f.push_back({t.tr("Payback"), paybackText()});
        return f;
    }

    QString executive(const std::vector<std::pair<QString, QString>> &figures) const
    {
        QString h;
        const auto acc = integer(s, "/compute/accelerators");
        h += html::paragraph(t.tr("This proposal offers %1 accelerators in one hall, %2, for lease over %3 years. "
                                  "The figures below are the engine's analysis of the design as it stands.",
                                  acc ? t.count(*acc) : t.notComputed(), q(designName(d)))
                                 .arg(leaseYears()));
        h += html::figures(figures);
        const auto errors = integer(s, "/checks/errors"), warnings = integer(s, "/checks/warnings");
        h += html::paragraph(t.tr("Design-rule check: %1 errors, %2 warnings.",
                                  errors ? t.count(*errors) : t.notComputed(),
                                  warnings ? t.count(*warnings) : t.notComputed()));
        if (r.brief && !r.brief->lease.pricePerNodeMonth && r.brief->lease.pricePerAcceleratorHour)
            h += html::paragraph(t.tr("Lease price: %1 per accelerator-hour at %2 utilization.",
                                      t.unitPrice(r.brief->lease.pricePerAcceleratorHour, currency),
                                      t.percent(r.brief->lease.utilization, 0)));
        return h;
    }

    QString hall() const
    {
        QString h;
        h += html::figures({
            {t.tr("Hall (width × depth)"),
             t.tr("%1 m × %2 m", t.number(d.hall.widthM, 1), t.number(d.hall.depthM, 1))},
            {t.tr("Racks"), t.count(r.compute.racks)},
            {t.tr("Compute racks"), t.count(r.compute.computeRacks)},
            {t.tr("Network racks"), t.count(r.compute.networkRacks)},
            {t.tr("Rows"), t.count(static_cast<long long>(d.rows.size()))},
            {t.tr("Compute nodes"), t.count(r.compute.nodes)},
        });
        h += html::heading2(t.tr("Floor plan"));
        if (!pics.plan.isEmpty())
            h += html::image(pics.plan, pics.widthPx);
        h += html::paragraph(t.tr("Racks coloured by role; north is up."));
        h += html::heading2(t.tr("3D view"));
        if (!pics.hall3d.isEmpty())
            h += html::image(pics.hall3d, pics.widthPx);
        else
            h += html::note(pics.hall3dNote);
        return h;
    }

    QString network() const
    {
        QString h;
        const json &n = s["network"];
        auto cnt = [&](const char *p) {
            const auto v = integer(s, p);
            return v ? t.count(*v) : t.notComputed();
        };
        const auto lengthM = num(s, "/network/cable_length_m");
        std::vector<std::pair<QString, QString>> f = {
            {t.tr("Fabric tiers"), cnt("/network/tiers")},
        };
        if (n.contains("switch") && n["switch"].is_string()) {
            // The catalog's name in the reader's language, as the bill of materials names it.
            const std::string id = n["switch"].get<std::string>();
            const std::string name = catalogItemName(c, id);
            f.push_back({t.tr("Switch"), name.empty() ? q(id) : localized(t, name, catalogItemNameZh(c, id))});
        }
        f.push_back({t.tr("Leaf switches"), cnt("/network/switches/leaf")});
        f.push_back({t.tr("Spine switches"), cnt("/network/switches/spine")});
        f.push_back({t.tr("Core switches"), cnt("/network/switches/core")});
        f.push_back({t.tr("Node–leaf links"), cnt("/network/links/node_leaf")});
        f.push_back({t.tr("Leaf–spine links"), cnt("/network/links/leaf_spine")});
        f.push_back({t.tr("Spine–core links"), cnt("/network/links/spine_core")});
        f.push_back({t.tr("Compute-fabric cables"), cnt("/network/cables_total")});
        f.push_back({t.tr("Compute-fabric transceivers"), cnt("/network/transceivers")});
        f.push_back({t.tr("Compute-fabric cable length"),
                     lengthM ? t.tr("%1 km", t.number(*lengthM / 1000.0, 1)) : t.notComputed()});
        f.push_back({t.tr("Bisection bandwidth"),
                     num(s, "/network/bisection_tbps") ? t.number(num(s, "/network/bisection_tbps"), 1) + " Tb/s"
                                                       : t.notComputed()});
        f.push_back({t.tr("Oversubscription"), t.number(num(s, "/network/oversubscription"), 2)});
        if (n.contains("all_fabrics")) {
            f.push_back({t.tr("Cables, all fabrics"), cnt("/network/all_fabrics/cables")});
            f.push_back({t.tr("Transceivers, all fabrics"), cnt("/network/all_fabrics/transceivers")});
            f.push_back({t.tr("Switches, all fabrics"), cnt("/network/all_fabrics/switches")});
        }
        h += html::figures(f);

        h += html::heading2(t.tr("Bill of materials"));
        std::vector<QStringList> rows;
        double total = 0;
        bool complete = true;
        for (const BomItem &b : designBom(d, c, r.network)) {
            QString desc = localized(t, b.description, b.descriptionZh);
            if (b.lengthM > 0)
                desc += (t.chinese() ? QStringLiteral("，") : QStringLiteral(", ")) + t.number(b.lengthM, 1)
                        + QStringLiteral("\u00a0m"); // the unit stays on the number's line
            const auto unit = b.unitPriceCny, line = b.totalCny();
            if (line)
                total += *line;
            else
                complete = false;
            rows.push_back({q(b.catalogId), desc, t.count(b.quantity), unit ? t.number(*unit, 0) : t.notComputed(),
                            line ? t.number(*line, 0) : t.notComputed(),
                            !unit ? t.tr("no price") : b.priceEstimated ? t.tr("estimate") : t.tr("sourced")});
        }
        rows.push_back({t.tr("Total"), QString(), QString(), QString(),
                        complete ? t.number(total, 0) : t.notComputed(), QString()});
        // Capex also holds what is not a placed item (the fit-out, priced per kW of IT): the
        // rows that take the bill's total to the capex of the lease economics.
        if (r.capexEstimate && complete) {
            for (const lease::CapexLine &l : r.capexEstimate->lines)
                if (l.perItKw)
                    rows.push_back({QString(), t.tr("Facility fit-out, per kW of IT (not a placed item)"),
                                    t.number(l.quantity, 0) + QStringLiteral(" kW"), t.number(l.unitPrice, 0),
                                    t.number(l.total, 0), l.estimated ? t.tr("estimate") : t.tr("sourced")});
            rows.push_back({t.tr("Capex estimate"), QString(), QString(), QString(),
                            t.number(r.capexEstimate->total, 0), QString()});
        }
        h += html::table({t.tr("Part"), t.tr("Description"), t.tr("Quantity"), t.tr("Unit price (CNY)"),
                          t.tr("Total (CNY)"), t.tr("Price basis")},
                         rows, {2, 3, 4});
        h += html::paragraph(t.tr("Catalog prices are indicative; the basis column says whether a price is "
                                  "sourced or an estimate (see Assumptions and sources)."));
        return h;
    }

    QString powerCooling() const
    {
        QString h;
        const QString pue = t.number(num(s, "/power/pue"), 2);
        const QString pueText = r.power && r.power->pueEstimated ? t.tr("%1 (estimate)", pue) : pue;
        std::vector<std::pair<QString, QString>> p = {
            {t.tr("Redundancy"), r.brief ? q(toString(r.brief->power.redundancy)) : t.notComputed()},
            {t.tr("IT power"), t.power(num(s, "/power/it_kw"))},
            {t.tr("Facility power"), t.power(num(s, "/power/facility_kw"))},
            {t.tr("PUE"), pueText},
            {t.tr("UPS installed"), t.power(num(s, "/power/ups_kw"))},
            {t.tr("Energy per year"),
             num(s, "/power/annual_mwh") ? t.number(num(s, "/power/annual_mwh"), 0) + " MWh" : t.notComputed()},
        };
        if (r.power) {
            // The power results count the IT chain's transformers; the mechanical plant has its own.
            const long long allTransformers = std::count_if(d.equipment.begin(), d.equipment.end(), [](const Equipment &e) {
                return e.kind == EquipmentKind::Transformer;
            });
            p.push_back({t.tr("Transformers, IT load"), t.count(r.power->transformers)});
            p.push_back({t.tr("Transformers, mechanical plant"),
                         t.count(std::max(0LL, allTransformers - r.power->transformers))});
            p.push_back({t.tr("Generators"), t.count(r.power->generators)});
            p.push_back({t.tr("Rack PDUs"), t.count(r.power->pdus)});
        }
        h += html::heading2(t.tr("Power distribution"));
        h += html::figures(p);
        h += html::heading2(t.tr("Cooling"));
        std::vector<std::pair<QString, QString>> k = {
            {t.tr("Heat load"), t.power(num(s, "/cooling/heat_kw"))},
            {t.tr("Air-cooled heat"), t.power(num(s, "/cooling/air_kw"))},
            {t.tr("Liquid-cooled heat"), t.power(num(s, "/cooling/liquid_kw"))},
            {t.tr("CRAH / fan-wall units"),
             integer(s, "/cooling/crah_units") ? t.count(*integer(s, "/cooling/crah_units")) : t.notComputed()},
            {t.tr("CDU units"),
             integer(s, "/cooling/cdu_units") ? t.count(*integer(s, "/cooling/cdu_units")) : t.notComputed()},
        };
        if (r.cooling && r.cooling->rearDoors > 0) {
            // Heat = air + liquid + rear doors: without this line the doors' share is nowhere.
            k.insert(k.begin() + 3, {t.tr("Heat taken by rear doors"), t.power(r.cooling->rearDoorKw)});
            k.push_back({t.tr("Racks with a rear-door heat exchanger"), t.count(r.cooling->rearDoors)});
        }
        if (r.cooling)
            k.push_back({t.tr("Chillers"), t.count(r.cooling->chillers)});
        h += html::figures(k);

        h += html::heading2(t.tr("Single failures"));
        h += html::paragraph(t.tr("The worst single failure of each kind of component, as the engine sweeps them."));
        std::vector<QStringList> rows;
        if (s.contains("failures"))
            for (const json &f : s["failures"]) {
                auto n = [&](const char *key) {
                    return f[key].is_number() ? t.count(f[key].get<long long>()) : t.notComputed();
                };
                auto share = [&](const char *key) {
                    return f.contains(key) && f[key].is_number() ? std::optional<double>(f[key].get<double>())
                                                                 : std::nullopt;
                };
                rows.push_back({t.tr(kindLabel(f["kind"].get<std::string>())), q(f["component"].get<std::string>()),
                                n("accelerators_dark"), n("accelerators_at_risk"), n("accelerators_degraded"),
                                n("accelerators_cut_off"), t.percent(share("accelerator_share_running")),
                                t.percent(share("training_share_left"))});
            }
        if (rows.empty()) {
            h += html::paragraph(t.notComputed());
        } else {
            h += html::table({t.tr("Component"), t.tr("Worst case"), t.tr("Accelerators dark"), t.tr("At risk"),
                              t.tr("Degraded"), t.tr("Cut off"), t.tr("Still powered"), t.tr("Training capacity left")},
                             rows, {2, 3, 4, 5, 6, 7});
            h += html::paragraph(t.tr("Dark: without power. At risk: powered, but beyond the cooling left. Degraded: "
                                      "running throttled (a feed at its limit). Cut off: powered, but without a path "
                                      "through the fabric. Training capacity left: the share of the accelerators a "
                                      "training job can still use."));
        }
        return h;
    }

    QString performance() const
    {
        QString h;
        const json &tr = s["training"];
        std::vector<std::pair<QString, QString>> f;
        if (r.brief) {
            f.push_back({t.tr("Model parameters"), bigCount(r.brief->training.params, 1, QStringLiteral(" "))});
            f.push_back({t.tr("Training tokens"), bigCount(r.brief->training.tokens, 1, QStringLiteral(" "))});
        }
        const auto flops = num(s, "/training/total_flops");
        f.push_back({t.tr("Training compute (6 N D)"),
                     flops ? Units::scientific(*flops) + QStringLiteral(" FLOP") : t.notComputed()});
        f.push_back({t.tr("Peak compute, BF16 dense"), t.pflops(num(s, "/compute/peak_pflops_bf16"))});
        f.push_back({t.tr("Model FLOPs utilization (MFU)"),
                     tr.value("mfu_predicted", false) ? t.tr("%1 (predicted)", t.percent(num(s, "/training/mfu")))
                                                      : t.percent(num(s, "/training/mfu"))});
        f.push_back({t.tr("Sustained compute"), t.pflops(num(s, "/training/sustained_pflops"))});
        f.push_back({t.tr("Training time"), t.days(num(s, "/training/days"))});
        h += html::figures(f);
        if (tr.contains("layout") && tr["layout"].is_object()) {
            h += html::heading2(t.tr("Chosen parallel layout"));
            const json &l = tr["layout"];
            auto li = [&](const char *key) {
                return l.contains(key) && l[key].is_number() ? t.count(l[key].get<long long>()) : t.notComputed();
            };
            auto ld = [&](const char *key, int dec) {
                return l.contains(key) && l[key].is_number() ? t.number(l[key].get<double>(), dec) : t.notComputed();
            };
            h += html::figures({
                {t.tr("Tensor parallel"), li("tensor_parallel")},
                {t.tr("Pipeline parallel"), li("pipeline_parallel")},
                {t.tr("Data parallel"), li("data_parallel")},
                {t.tr("Virtual pipeline stages"), li("virtual_stages")},
                {t.tr("Micro-batch size"), li("micro_batch_size")},
                {t.tr("Micro-batches per step"), li("micro_batches")},
                {t.tr("Memory per accelerator"), ld("memory_per_accelerator_gb", 1) + QStringLiteral(" GB")},
                {t.tr("Step time"), ld("step_seconds", 2) + QStringLiteral(" s")},
                {t.tr("Pipeline bubble"),
                 l.contains("bubble_fraction") && l["bubble_fraction"].is_number()
                     ? t.percent(l["bubble_fraction"].get<double>())
                     : t.notComputed()},
                {t.tr("Rank order"), l.contains("rank_order") && l["rank_order"].is_string()
                                         ? q(l["rank_order"].get<std::string>())
                                         : t.notComputed()},
            });
        } else {
            h += html::paragraph(t.tr("The MFU was given in the brief; no parallel layout was searched."));
        }
        return h;
    }

    QString leaseSection() const
    {
        QString h;
        if (!leased()) {
            h += html::note(t.tr("The lease is not computed: it needs a brief, prices for every placed item and a "
                                 "PUE."));
            return h;
        }
        const QString unit = t.moneyTableUnit(currency);
        std::vector<std::pair<QString, QString>> f = {
            {t.tr("Capex"), t.money(num(s, "/lease/capex"), currency)},
            {t.tr("Equity outlay (year 0)"), t.money(num(s, "/lease/equity_outlay"), currency)},
            {t.tr("Loan"), t.money(num(s, "/lease/loan"), currency)},
            {t.tr("Resale value at the end"), t.money(num(s, "/lease/residual_value"), currency)},
            {t.tr("Equity NPV"), t.money(num(s, "/lease/npv"), currency)},
            {t.tr("Equity IRR"), irrText()},
            {t.tr("Payback"), paybackText()},
            {t.tr("Break-even price per accelerator-hour"),
             t.unitPrice(num(s, "/lease/break_even_price_per_accelerator_hour"), currency)},
        };
        h += html::figures(f);
        h += html::heading2(t.tr("Cash flow by year (%1)", unit));
        struct Col
        {
            const char *label;
            const char *pointer;
        };
        const std::vector<Col> cols = {
            {"Revenue", "/lease/revenue_per_year"},         {"Opex", "/lease/opex_per_year"},
            {"Depreciation", "/lease/depreciation_per_year"}, {"Interest", "/lease/interest_per_year"},
            {"Tax", "/lease/tax_per_year"},                  {"Tax refund", "/lease/tax_refund_per_year"},
            {"Net profit", "/lease/net_profit_per_year"},
        };
        QStringList header{t.tr("Year")};
        for (const Col &col : cols)
            header << t.tr(col.label);
        header << t.tr("Equity cash flow") << t.tr("Cumulative");
        std::vector<std::optional<std::vector<double>>> data;
        for (const Col &col : cols)
            data.push_back(series(s, col.pointer));
        const auto equity = series(s, "/lease/equity_cash_flows");
        std::vector<QStringList> rows;
        double cumulative = 0;
        const int years = equity ? static_cast<int>(equity->size()) - 1 : leaseYears();
        for (int y = 0; y <= years; ++y) {
            QStringList row{QString::number(y)};
            for (const auto &v : data) {
                if (y == 0)
                    row << QString();
                else if (!v || std::size_t(y - 1) >= v->size())
                    row << t.notComputed();
                else
                    row << t.moneyCell((*v)[std::size_t(y - 1)]);
            }
            if (equity) {
                cumulative += (*equity)[std::size_t(y)];
                row << t.moneyCell((*equity)[std::size_t(y)]) << t.moneyCell(cumulative);
            } else {
                row << t.notComputed() << t.notComputed();
            }
            rows.push_back(row);
        }
        std::vector<int> numeric;
        for (int i = 0; i < header.size(); ++i)
            numeric.push_back(i);
        h += QStringLiteral("<div style=\"font-size:8pt\">") + html::table(header, rows, numeric)
             + QStringLiteral("</div>");
        for (const QString &img : {pics.cashFlow, pics.payback, pics.tornado})
            if (!img.isEmpty())
                h += html::image(img, pics.widthPx * 9 / 10);
        h += html::paragraph(t.tr("The tornado moves each driver by ±10 % (the yearly price change by ±5 percentage points) with the "
                                     "others at their base values."));
        return h;
    }

    /// A brief's value in the reader's words where it is one of the brief's fixed words (cooling
    /// "air", tiers "auto"); a name or an id as typed.
    QString briefWord(const std::string &word) const
    {
        if (word == "auto")
            return t.tr("automatic");
        if (word == "air")
            return t.tr("air");
        if (word == "liquid")
            return t.tr("liquid");
        return q(word);
    }

    void flatten(const nlohmann::json &j, const std::string &prefix, std::vector<QStringList> &rows) const
    {
        if (j.is_object() && !j.empty()) {
            for (auto it = j.begin(); it != j.end(); ++it)
                flatten(it.value(), prefix.empty() ? it.key() : prefix + "." + it.key(), rows);
            return;
        }
        QString value;
        if (j.is_null())
            value = t.tr("engine chooses");
        else if (j.is_boolean())
            value = j.get<bool>() ? t.tr("yes") : t.tr("no");
        else if (j.is_string())
            value = briefWord(j.get<std::string>());
        else
            value = q(j.dump());
        rows.push_back({q(prefix), value});
    }

    QString assumptions() const
    {
        QString h;
        h += html::heading2(t.tr("Inputs of the design brief"));
        if (r.brief) {
            std::vector<QStringList> rows;
            flatten(nlohmann::json::parse(toJson(*r.brief)), "", rows);
            h += html::table({t.tr("Input"), t.tr("Value")}, rows);
        } else {
            h += html::paragraph(t.tr("The design has no brief: the lease and training inputs are not known."));
        }
        h += html::heading2(t.tr("Catalog items and their sources"));
        std::set<std::string> ids;
        for (const Device &dev : d.devices)
            ids.insert(dev.catalogId);
        for (const Equipment &e : d.equipment)
            ids.insert(e.catalogId);
        for (const Link &l : d.links)
            if (!l.mediumId.empty())
                ids.insert(l.mediumId);
        std::set<std::string> more;
        for (const std::string &id : ids) {
            if (const NodeSpec *n = c.node(id))
                more.insert(n->acceleratorId);
            if (const MediumSpec *m = c.medium(id)) {
                if (!m->transceiverId.empty())
                    more.insert(m->transceiverId);
                if (!m->nicTransceiverId.empty())
                    more.insert(m->nicTransceiverId);
            }
        }
        ids.insert(more.begin(), more.end());
        std::vector<QStringList> rows;
        for (const std::string &id : ids) {
            if (id.empty())
                continue;
            const Provenance *p = catalogProvenance(c, id);
            QString est;
            if (p)
                for (const std::string &e : p->estimated)
                    est += (est.isEmpty() ? QString() : t.chinese() ? QStringLiteral("、") : QStringLiteral(", "))
                           + catalogFieldWords(e, t);
            rows.push_back({q(id), localized(t, catalogItemName(c, id), catalogItemNameZh(c, id)),
                            p && !p->source.empty() ? q(p->source) : t.tr("estimate"),
                            est.isEmpty() ? QStringLiteral("—") : est});
        }
        h += QStringLiteral("<div style=\"font-size:7.5pt\">")
             + html::table({t.tr("Item"), t.tr("Name"), t.tr("Source"), t.tr("Estimated figures")}, rows)
             + QStringLiteral("</div>");
        h += html::paragraph(t.tr("Methods: training time is 6 N D model FLOPs over peak compute times MFU "
                                  "(Kaplan et al. 2020); the MFU is predicted from the parallel layout searched for "
                                  "the fabric (Narayanan et al. 2021; Korthikanti et al. 2022); the lease cash flows, "
                                  "NPV, IRR and payback are those of the lease economics section."));
        return h;
    }

    const Design &d;
    const Catalog &c;
    const Results &r;
    const ReportText &t;
    const ProposalPictures &pics;
    const json s;
    const QString currency;
};

} // namespace

ProposalContent buildProposalContent(const Design &design, const Catalog &catalog, const Results &results,
                                     const ReportText &text, const ProposalPictures &pictures)
{
    return Builder(design, catalog, results, text, pictures).build();
}

} // namespace hallwright::views
