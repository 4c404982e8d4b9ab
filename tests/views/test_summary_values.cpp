// The summary panel's values: shares as percent, the lease's money in its own currency (and
// the capex lines' in theirs), a payback outside the contract said in words; a field whose
// name gives its unit as the number in that unit. Hand-written figures.
#include "panels/summary_panel.h"
#include "panels/summary_values.h"

#include "catalog/catalog.h"

#include <nlohmann/json.hpp>

#include <QtTest>

using namespace hallwright::views;
using Json = nlohmann::ordered_json;

class TestSummaryValues : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void unitsFromNames()
    {
        const SummaryPlace plain;
        SummaryPlace lease;
        lease.inLease = true;
        lease.currency = QStringLiteral("USD");
        // -0.030005 is an IRR of -3.0 %; 0.5544 an MFU of 55.4 %.
        QCOMPARE(summaryValueText("irr", Json(-0.030005390628108017), lease), QStringLiteral("-3.0 %"));
        QCOMPARE(summaryValueText("mfu", Json(0.5544164341057607), plain), QStringLiteral("55.4 %"));
        QCOMPARE(summaryValueText("payback_years", Json(4.52), lease), QStringLiteral("4.5 years"));
        QCOMPARE(summaryValueText("payback_years", Json(nullptr), lease), QStringLiteral("not within the contract"));
        QCOMPARE(summaryValueText("npv", Json(nullptr), lease), QStringLiteral("not computed"));
        // Money in the lease's currency; the same name outside the lease is a plain number.
        QCOMPARE(summaryValueText("capex", Json(4261515599.9999986), lease), QStringLiteral("USD 4.26 bn"));
        QCOMPARE(summaryValueText("npv", Json(-559527654.0068903), lease), QStringLiteral("USD -559.5 M"));
        QCOMPARE(summaryValueText("revenue_per_year", Json::array({968785920.0, 1.5e9}), lease),
                 QStringLiteral("USD 968.8 M, USD 1.50 bn"));
        QCOMPARE(summaryValueText("utilization_per_year", Json::array({0.9, 0.85}), lease),
                 QStringLiteral("90.0 %, 85.0 %"));
        QCOMPARE(summaryValueText("break_even_price_per_accelerator_hour", Json(14.12236), lease),
                 QStringLiteral("USD 14.12"));
        QCOMPARE(summaryValueText("capex", Json(4261515599.9999986), plain), QStringLiteral("4,261,515,600"));
        // A name that gives its unit keeps the number in it (the label says kW, m, CNY).
        QCOMPARE(summaryValueText("it_kw", Json(14726.2), plain), QStringLiteral("14,726"));
        QCOMPARE(summaryValueText("cable_length_m", Json(586664.0), plain), QStringLiteral("586,664"));
        QCOMPARE(summaryValueText("bom_price_cny", Json(523474860.0), plain), QStringLiteral("523,474,860"));
        QCOMPARE(summaryValueText("total_flops", Json(3.15e23), plain), QStringLiteral("3.15 × 10²³"));
        // No unit known: the number, grouped; an integer as a count.
        QCOMPARE(summaryValueText("oversubscription", Json(1.0), plain), QStringLiteral("1.00 : 1"));
        QCOMPARE(summaryValueText("leaf_ratio", Json(1.0), plain), QStringLiteral("1.00"));
        QCOMPARE(summaryValueText("accelerators", Json(10240), plain), QStringLiteral("10,240"));
    }

    void engineWordsAndCatalogIdsInWords()
    {
        const SummaryPlace plain;
        QCOMPARE(summaryValueText("kind", Json("pdu"), plain), QStringLiteral("PDU"));
        QCOMPARE(summaryValueText("kind", Json("ups"), plain), QStringLiteral("UPS module"));
        QCOMPARE(summaryValueText("kind", Json("crah"), plain), QStringLiteral("CRAH unit"));
        QCOMPARE(summaryValueText("driver", Json("electricity_price"), plain), QStringLiteral("Electricity price"));
        QCOMPARE(summaryValueText("activation_recompute", Json("selective"), plain), QStringLiteral("selective"));
        QCOMPARE(summaryValueText("price_source", Json("brief"), plain), QStringLiteral("the brief"));
        QCOMPARE(summaryValueText("class", Json("it"), plain), QStringLiteral("IT"));
        // A name or a source is shown as it is, even where it looks like a word of the engine's.
        QCOMPARE(summaryValueText("component", Json("UPS-01A-1"), plain), QStringLiteral("UPS-01A-1"));
        QCOMPARE(summaryValueText("price_source", Json("catalog dgx-h100: x"), plain), QStringLiteral("catalog dgx-h100: x"));
        // A catalog id: the item's name, then the id; without a catalog, or unknown, the id.
        const hallwright::Catalog &catalog = hallwright::Catalog::builtin();
        SummaryPlace named;
        named.catalog = &catalog;
        const QString h100 = QString::fromStdString(catalog.node("dgx-h100")->name);
        QCOMPARE(summaryValueText("platform", Json("dgx-h100"), named), h100 + QStringLiteral(" (dgx-h100)"));
        QCOMPARE(summaryValueText("platform", Json("dgx-h100"), plain), QStringLiteral("dgx-h100"));
        QCOMPARE(summaryValueText("platform", Json("zz9"), named), QStringLiteral("zz9"));
    }

    void panelUsesEachPlacesCurrency()
    {
        SummaryPanel panel;
        Json summary;
        summary["lease"]["currency"] = "USD";
        summary["lease"]["capex"] = 2.5e9;
        summary["lease"]["irr"] = 0.081;
        summary["lease"]["payback_years"] = nullptr;
        summary["lease"]["capex_lines_currency"] = "CNY";
        summary["lease"]["capex_lines"] = Json::array({Json{{"item", "node"}, {"total", 3.2e9}}});
        summary["power"]["it_kw"] = 800.0;
        panel.setSummary(summary);
        QCOMPARE(panel.valueText("lease", "capex"), QStringLiteral("USD 2.50 bn"));
        QCOMPARE(panel.valueText("lease", "irr"), QStringLiteral("8.1 %"));
        QCOMPARE(panel.valueText("lease", "payback_years"), QStringLiteral("not within the contract"));
        QCOMPARE(panel.valueText("power", "it_kw"), QStringLiteral("800"));
    }

    void chineseLeaseMoneyReadsInOneScale()
    {
        // In Chinese every amount of the lease is in the capex's scale (亿 here; with no translator
        // loaded the units read "× 10⁸", which the translation writes 亿), a price per
        // accelerator-hour in 元 with its fen: no 万 beside 亿.
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        SummaryPanel panel;
        Json summary;
        summary["lease"]["currency"] = "CNY";
        summary["lease"]["capex"] = 4.09e9;
        summary["lease"]["annuity_payment"] = 3.5e7;
        summary["lease"]["revenue_per_year"] = Json::array({9.0e7, 1.2e8});
        summary["lease"]["price_per_accelerator_hour"] = 14.125;
        panel.setSummary(summary);
        QCOMPARE(panel.valueText("lease", "capex"), QStringLiteral("40.90 × 10⁸ CNY"));
        QCOMPARE(panel.valueText("lease", "annuity_payment"), QStringLiteral("0.35 × 10⁸ CNY"));
        QCOMPARE(panel.valueText("lease", "revenue_per_year"), QStringLiteral("0.90 × 10⁸ CNY, 1.20 × 10⁸ CNY"));
        QCOMPARE(panel.valueText("lease", "price_per_accelerator_hour"), QStringLiteral("14.13 CNY"));
        // A hall under 1 亿: all in 万.
        summary["lease"]["capex"] = 6.0e7;
        panel.setSummary(summary);
        QCOMPARE(panel.valueText("lease", "annuity_payment"), QStringLiteral("3,500.0 × 10⁴ CNY"));
        QCOMPARE(panel.valueText("lease", "revenue_per_year"), QStringLiteral("9,000.0 × 10⁴ CNY, 12,000.0 × 10⁴ CNY"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
};

QTEST_MAIN(TestSummaryValues)
#include "test_summary_values.moc"
