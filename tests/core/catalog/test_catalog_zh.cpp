// Simplified Chinese names of catalog items: every built-in item has one, a user catalog may
// leave them out, and the bill of materials carries them while bom.csv stays in English.
#include "analysis/analysis.h"
#include "analysis/bill_of_materials.h"
#include "brief/brief.h"
#include "catalog/catalog.h"
#include "report/catalog_sources.h"
#include "report/csv_export.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

#include <QtTest>

#include <cstdint>
#include <string>

using namespace hallwright;

namespace {

/// True when the UTF-8 text holds a CJK Unified Ideograph (U+4E00 … U+9FFF).
bool hasCjk(const std::string &s)
{
    for (std::size_t i = 0; i + 2 < s.size(); ++i) {
        const auto b0 = static_cast<std::uint8_t>(s[i]);
        if ((b0 & 0xF0) != 0xE0)
            continue;
        const std::uint32_t cp = ((b0 & 0x0Fu) << 12) | ((static_cast<std::uint8_t>(s[i + 1]) & 0x3Fu) << 6)
                                 | (static_cast<std::uint8_t>(s[i + 2]) & 0x3Fu);
        if (cp >= 0x4E00 && cp <= 0x9FFF)
            return true;
    }
    return false;
}

std::string doc(const std::string &body)
{
    return R"({"schema": "hallwright.catalog/1", )" + body + "}";
}

template <class Spec>
void checkSection(const char *section, const std::map<std::string, Spec> &items, int &checked)
{
    QVERIFY2(!items.empty(), section);
    for (const auto &[id, spec] : items) {
        const std::string where = std::string(section) + "[" + id + "]: name_zh \"" + spec.nameZh + "\"";
        QVERIFY2(!spec.nameZh.empty(), where.c_str());
        QVERIFY2(hasCjk(spec.nameZh), where.c_str());
        QVERIFY2(spec.nameZh != spec.name, where.c_str());
        ++checked;
    }
}

const Design &hall1024()
{
    static const Design d = [] {
        const Catalog &c = Catalog::builtin();
        return synthesize(parseBrief(R"({"schema":"hallwright.brief/1","compute":{"accelerators":1024}})", c), c);
    }();
    return d;
}

} // namespace

class TestCatalogZh : public QObject
{
    Q_OBJECT

private slots:
    void everyBuiltinItemHasAChineseName()
    {
        const Catalog &c = Catalog::builtin();
        int checked = 0;
        checkSection("accelerators", c.accelerators(), checked);
        checkSection("nodes", c.nodes(), checked);
        checkSection("switches", c.switches(), checked);
        checkSection("nics", c.nics(), checked);
        checkSection("transceivers", c.transceivers(), checked);
        checkSection("media", c.media(), checked);
        checkSection("patch_panels", c.patchPanels(), checked);
        checkSection("racks", c.racks(), checked);
        checkSection("power", c.powerItems(), checked);
        checkSection("cooling", c.coolingItems(), checked);
        QCOMPARE(std::size_t(checked), c.size());
        // Model numbers stay as they are.
        QCOMPARE(c.switchSpec("qm9700")->nameZh, std::string("NVIDIA Quantum-2 QM9700 交换机（64 口 NDR 400G InfiniBand）"));
        QVERIFY(c.medium("dac-osfp-800g")->nameZh.find("MCP4Y10") != std::string::npos);
        QVERIFY(c.node("atlas-800t-a3")->nameZh.find("Atlas 800T A3") != std::string::npos);
    }

    void everyRawItemOfTheResourceFileHasOne()
    {
        // The file itself, section by section: no item left out by a section the reader skips.
        const auto root = nlohmann::json::parse(test::readFile(test::resourcePath("catalog/catalog.json")));
        int items = 0;
        for (const char *section : {"accelerators", "nodes", "switches", "nics", "transceivers", "media",
                                    "patch_panels", "racks", "power", "cooling"}) {
            for (const auto &item : root.at(section)) {
                const std::string where = std::string(section) + "[" + item.value("id", "?") + "]";
                QVERIFY2(item.contains("name_zh") && item["name_zh"].is_string(), where.c_str());
                QVERIFY2(hasCjk(item["name_zh"].get<std::string>()), where.c_str());
                ++items;
            }
        }
        QCOMPARE(std::size_t(items), Catalog::builtin().size());
    }

    void userCatalogMayOmitIt()
    {
        const Catalog c = Catalog::fromJson(doc(R"("racks": [{"id": "my-rack", "name": "My rack", "price_cny": 1}])"));
        QVERIFY(c.rack("my-rack"));
        QVERIFY(c.rack("my-rack")->nameZh.empty());
        QVERIFY(catalogItemNameZh(c, "my-rack").empty());
        QCOMPARE(catalogItemName(c, "my-rack"), std::string("My rack"));
        // Written back without the field, read back equal.
        QVERIFY(c.toJson().find("name_zh") == std::string::npos);
        QVERIFY(Catalog::fromJson(c.toJson()) == c);
    }

    void userCatalogMayGiveIt()
    {
        const Catalog c = Catalog::fromJson(
            doc(R"("racks": [{"id": "my-rack", "name": "My rack", "name_zh": "我的机柜", "price_cny": 1}])"));
        QCOMPARE(c.rack("my-rack")->nameZh, std::string("我的机柜"));
        QCOMPARE(catalogItemNameZh(c, "my-rack"), std::string("我的机柜"));
        QVERIFY(Catalog::fromJson(c.toJson()) == c);
        QCOMPARE(catalogItemNameZh(Catalog::builtin(), "cdu-1350kw"), Catalog::builtin().cooling("cdu-1350kw")->nameZh);
        QVERIFY(catalogItemNameZh(Catalog::builtin(), "no-such-item").empty());
    }

    void badChineseNameIsRefused()
    {
        for (const char *bad : {R"("name_zh": 3)", R"("name_zh": null)", R"("name_zh": ["机柜"])"}) {
            const std::string text = doc(std::string(R"("racks": [{"id": "r", "name": "R", )") + bad + "}]");
            try {
                Catalog::fromJson(text);
                QFAIL(bad);
            } catch (const CatalogError &e) {
                QVERIFY2(std::string(e.what()).find("racks[r].name_zh") != std::string::npos, e.what());
            }
        }
        // Invalid UTF-8 is refused by the JSON reader like in any other string.
        QVERIFY_THROWS_EXCEPTION(CatalogError,
                                 Catalog::fromJson(doc("\"racks\": [{\"id\": \"r\", \"name\": \"R\", \"name_zh\": \"\xC3\x28\"}]")));
    }

    void billOfMaterialsCarriesChineseNames()
    {
        const Catalog &c = Catalog::builtin();
        const Design &d = hall1024();
        const Results r = analyze(d, c);
        QVERIFY(r.network);
        const std::vector<BomItem> bom = designBom(d, c, r.network);
        QVERIFY(bom.size() > 10);
        int facility = 0;
        for (const BomItem &b : bom) {
            const std::string where = b.category + " " + b.catalogId + ": \"" + b.descriptionZh + "\"";
            // Every row of a hall built from the built-in catalog has a Chinese description.
            QVERIFY2(hasCjk(b.descriptionZh), where.c_str());
            QVERIFY2(!hasCjk(b.description), where.c_str());
            if (b.category == "facility")
                ++facility;
            else if (!b.catalogId.empty())
                QCOMPARE(b.descriptionZh, catalogItemNameZh(c, b.catalogId));
        }
        QCOMPARE(facility, 2);
        // bom.csv is an interface contract: the English descriptions, no Chinese.
        const std::string csv = bomCsv(d, c, r);
        QVERIFY(!hasCjk(csv));
        for (const BomItem &b : bom)
            QVERIFY2(csv.find(b.description) != std::string::npos, b.description.c_str());
    }
};

QTEST_APPLESS_MAIN(TestCatalogZh)
#include "test_catalog_zh.moc"
