// Tests of the hardware catalog: built-in data (sources, units, published figures) and strict JSON parsing.
#include "catalog/catalog.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

#include <QtTest>

#include <cmath>
#include <set>

using hallwright::Catalog;
using hallwright::CatalogError;

namespace {

const char *const kSections[] = {"accelerators", "nodes", "switches", "nics", "transceivers",
                                 "media", "patch_panels", "racks", "power", "cooling"};

std::string doc(const std::string &body)
{
    return R"({"schema": "hallwright.catalog/1")" + (body.empty() ? "" : ", " + body) + "}";
}

bool isNumeric(const nlohmann::json &v)
{
    if (v.is_number())
        return true;
    return v.is_array() && !v.empty() && std::all_of(v.begin(), v.end(), [](const auto &e) { return e.is_number(); });
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void builtinLoads();
    void requiredIdsExist();
    void builtinMatchesResourceFile();
    void everyFigureSourcedOrEstimated();
    void unitsAreSane();
    void keyFiguresMatchDomain();
    void platformsForChinaMatchTheirSources();
    void derivedFiguresMatchHandCalculation();
    void referencesResolve();
    void switchPortsAt();
    void enumNames();
    void minimalCatalogIsEmpty();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void userCatalogMayReferenceBuiltins();
    void mergeOverridesAndAdds();
    void roundTrip();
};

void TestCatalog::builtinLoads()
{
    const Catalog &c = Catalog::builtin();
    QVERIFY(!c.empty());
    QVERIFY(c.accelerators().size() >= 7);
    QVERIFY(c.nodes().size() >= 7);
    QVERIFY(c.switches().size() >= 5);
    QVERIFY(c.nics().size() >= 3);
    QVERIFY(c.transceivers().size() >= 4);
    QVERIFY(c.media().size() >= 6);
    QVERIFY(c.patchPanels().size() >= 1);
    QVERIFY(c.racks().size() >= 2);
    QVERIFY(c.powerItems().size() >= 8);
    QVERIFY(c.coolingItems().size() >= 4);
    // size() is the sum of the sections.
    const std::size_t sum = c.accelerators().size() + c.nodes().size() + c.switches().size() + c.nics().size()
        + c.transceivers().size() + c.media().size() + c.patchPanels().size() + c.racks().size() + c.powerItems().size()
        + c.coolingItems().size();
    QCOMPARE(c.size(), sum);
    // builtin() parses once: the same object every time.
    QCOMPARE(&Catalog::builtin(), &c);
}

void TestCatalog::requiredIdsExist()
{
    const Catalog &c = Catalog::builtin();
    for (const char *id : {"a100-sxm4-80gb", "h100-sxm5-80gb", "h800-sxm5-80gb", "h20", "b200-sxm-180gb",
                           "gb200-blackwell", "ascend-910b"})
        QVERIFY2(c.accelerator(id), id);
    for (const char *id : {"dgx-a100", "dgx-h100", "hgx-h800", "hgx-h20", "dgx-b200", "gb200-nvl72", "atlas-800t-a2"})
        QVERIFY2(c.node(id), id);
    for (const char *id : {"qm9700", "sn5600", "q3400", "sn4700", "sn2201"})
        QVERIFY2(c.switchSpec(id), id);
    for (const char *id : {"cx7-400g-osfp", "bf3-b3220", "cx8-800g"})
        QVERIFY2(c.nic(id), id);
    for (const char *id : {"osfp-800g-2xsr4", "osfp-800g-2xdr4", "osfp-400g-sr4-flt", "osfp-400g-dr4-flt"})
        QVERIFY2(c.transceiver(id), id);
    // One medium of every kind.
    std::set<hallwright::MediumKind> kinds;
    for (const auto &[id, m] : c.media())
        kinds.insert(m.kind);
    QCOMPARE(kinds.size(), std::size_t(6));
    // 800G (XDR) media, 1 GbE beyond copper reach, and the network synthesizer's patch panel.
    for (const char *id : {"osfp-1.6t-2xdr4", "osfp-800g-dr4-flt", "mc-1g-rj45-lx"})
        QVERIFY2(c.transceiver(id), id);
    for (const char *id : {"smf-mpo12-1.6t", "dac-osfp-1.6t", "acc-osfp-1.6t", "smf-lc-1g"})
        QVERIFY2(c.medium(id), id);
    QVERIFY(c.patchPanel("pp-1u-48-mpo"));
    for (const char *id : {"rack-600x1200-48u", "rack-800x1200-48u"})
        QVERIFY2(c.rack(id), id);
    std::set<hallwright::PowerKind> powerKinds;
    for (const auto &[id, p] : c.powerItems())
        powerKinds.insert(p.kind);
    // PDU, busway, RPP, UPS, transformer, generator, switchgear, MCC, battery.
    QCOMPARE(powerKinds.size(), std::size_t(9));
    std::set<hallwright::CoolingKind> coolingKinds;
    for (const auto &[id, k] : c.coolingItems())
        coolingKinds.insert(k.kind);
    // CRAH, fan wall, CDU, chiller, dry cooler, pump, rear door.
    QCOMPARE(coolingKinds.size(), std::size_t(7));
    QVERIFY(c.cooling("rdhx-55kw") && c.cooling("rdhx-55kw")->kind == hallwright::CoolingKind::RearDoor);
    QVERIFY(c.accelerator("no-such-part") == nullptr);
    // The 2026 platforms a buyer in China chooses between, with their parts.
    for (const char *id : {"h200-sxm-141gb", "b300-sxm-288gb", "gb300-blackwell-ultra", "ascend-910c", "kunlunxin-p800",
                           "cambricon-mlu590", "hygon-k100-ai"})
        QVERIFY2(c.accelerator(id), id);
    for (const char *id : {"dgx-h200", "dgx-b300", "gb300-nvl72", "atlas-800t-a3", "cloudmatrix-384", "kunlunxin-p800-8",
                           "cambricon-mlu590-8", "hygon-k100-ai-8"})
        QVERIFY2(c.node(id), id);
    for (const char *id : {"ce9866-128dq", "qm8700"})
        QVERIFY2(c.switchSpec(id), id);
    for (const char *id : {"cx7-400g-qsfp112", "cx8-800g-osfp"})
        QVERIFY2(c.nic(id), id);
    for (const char *id : {"om4-mpo-200g", "smf-lc-200g", "om4-mpo12-400g-qsfpdd", "om4-mpo12-200g-sr2", "om4-mpo12-200g",
                           "smf-lc-200g-qsfp56", "smf-mpo12-200g-4x"})
        QVERIFY2(c.medium(id), id);
}

void TestCatalog::builtinMatchesResourceFile()
{
    // The compiled-in text is resources/catalog/catalog.json.
    const auto text = hallwright::test::readFile(hallwright::test::resourcePath("catalog/catalog.json"));
    QVERIFY(Catalog::fromJson(text) == Catalog::builtin());
}

void TestCatalog::everyFigureSourcedOrEstimated()
{
    const auto root = nlohmann::json::parse(
        hallwright::test::readFile(hallwright::test::resourcePath("catalog/catalog.json")));
    int checkedFigures = 0;
    for (const char *section : kSections) {
        QVERIFY2(root.contains(section), section);
        for (const auto &item : root[section]) {
            const std::string where = std::string(section) + "[" + item.value("id", "?") + "]";
            const std::string source = item.value("source", "");
            std::set<std::string> estimated;
            for (const auto &e : item.value("estimated", nlohmann::json::array()))
                estimated.insert(e.get<std::string>());
            for (const auto &name : estimated) {
                const std::string msg = where + ": estimated names missing field " + name;
                QVERIFY2(item.contains(name), msg.c_str());
                // A flagged figure is a number or a stated fact without a source (a NIC's cage form factor).
                QVERIFY2(isNumeric(item[name]) || item[name].is_string(),
                         (where + ": estimated names a field that is neither a figure nor a fact: " + name).c_str());
            }
            if (!estimated.empty())
                QVERIFY2(!item.value("note", "").empty(), (where + ": estimates need a note").c_str());
            for (const auto &[key, value] : item.items()) {
                if (!isNumeric(value))
                    continue;
                ++checkedFigures;
                const bool covered = (!source.empty() && !estimated.count(key)) || estimated.count(key);
                QVERIFY2(covered, (where + "." + key + ": neither sourced nor estimated").c_str());
            }
            // Prices are indicative: flagged wherever they appear.
            for (const char *price : {"price_cny", "price_cny_fixed", "price_cny_per_m"}) {
                if (item.contains(price))
                    QVERIFY2(estimated.count(price), (where + ": price not flagged as estimate").c_str());
            }
        }
    }
    QVERIFY(checkedFigures > 300);
}

void TestCatalog::unitsAreSane()
{
    const Catalog &c = Catalog::builtin();
    for (const auto &[id, a] : c.accelerators()) {
        QVERIFY2(a.tdpW >= 100 && a.tdpW <= 2000, id.c_str());
        QVERIFY2(a.bf16DenseTflops >= 50 && a.bf16DenseTflops <= 5000, id.c_str());
        if (a.fp8DenseTflops)
            QVERIFY2(*a.fp8DenseTflops >= a.bf16DenseTflops, id.c_str());
        QVERIFY2(a.memoryGb >= 16 && a.memoryGb <= 512, id.c_str());
        QVERIFY2(a.memoryBandwidthTBs > 0.5 && a.memoryBandwidthTBs < 20, id.c_str());
        QVERIFY2(a.scaleUpGBs > 0 && a.scaleUpGBs <= 2000, id.c_str());
    }
    for (const auto &[id, n] : c.nodes()) {
        QVERIFY2(n.maxKw >= 1 && n.maxKw <= 200, id.c_str());
        QVERIFY2(n.typicalKw > 0 && n.typicalKw <= n.maxKw, id.c_str());
        QVERIFY2(n.uHeight >= 1 && n.uHeight <= 48, id.c_str());
        QVERIFY2(n.acceleratorsPerNode >= 1, id.c_str());
        // A scale-up domain is the node's, or a super-node's of several whole nodes.
        QVERIFY2(n.nvlinkDomain >= 1
                     && (n.supernodeNodes > 1 ? n.nvlinkDomain == n.supernodeNodes * n.acceleratorsPerNode
                                              : n.nvlinkDomain <= n.acceleratorsPerNode),
                 id.c_str());
        // One compute NIC per accelerator (rail-optimised).
        QCOMPARE(n.computeNics, n.acceleratorsPerNode);
        QVERIFY2(n.computeNicGbps >= 100 && n.computeNicGbps <= 800, id.c_str());
        QVERIFY2(n.weightKg > 0 && n.priceCny >= 0, id.c_str());
        if (n.cooling == hallwright::CoolingType::Liquid)
            QVERIFY2(n.liquidFraction > 0 && n.liquidFraction <= 1, id.c_str());
        else
            QCOMPARE(n.liquidFraction, 0.0);
        // Node power per accelerator between 0.4 and 2.5 kW.
        const double kwPerAccelerator = n.maxKw / n.acceleratorsPerNode;
        QVERIFY2(kwPerAccelerator > 0.4 && kwPerAccelerator < 2.5, id.c_str());
    }
    for (const auto &[id, s] : c.switches()) {
        QVERIFY2(s.ports > 0 && s.portGbps > 0, id.c_str());
        QVERIFY2(s.cages > 0 && s.cages * s.cageGbps >= s.ports * s.portGbps, id.c_str());
        QVERIFY2(s.uHeight >= 1 && s.uHeight <= 10 && s.maxW > 0 && s.priceCny >= 0, id.c_str());
    }
    for (const auto &[id, n] : c.nics())
        QVERIFY2(n.ports >= 1 && n.portGbps > 0 && n.maxW > 0 && n.priceCny >= 0, id.c_str());
    for (const auto &[id, t] : c.transceivers()) {
        QVERIFY2(t.reachM > 0 && t.gbps > 0 && t.powerW > 0 && t.priceCny >= 0, id.c_str());
        // Single, twin-port, or a twin-port module split four ways (4 × 200G); at most a 1.6T module.
        QVERIFY2(t.linksPerModule == 1 || t.linksPerModule == 2 || t.linksPerModule == 4, id.c_str());
        QVERIFY2(t.gbps * t.linksPerModule <= 1600, id.c_str());
    }
    for (const auto &[id, m] : c.media()) {
        QVERIFY2(m.maxReachM > 0 && m.gbps > 0 && m.diameterMm > 0, id.c_str());
        QVERIFY2(m.priceCnyFixed >= 0 && m.priceCnyPerM >= 0, id.c_str());
        QVERIFY2(std::is_sorted(m.stockLengthsM.begin(), m.stockLengthsM.end()), id.c_str());
        QVERIFY2(std::adjacent_find(m.stockLengthsM.begin(), m.stockLengthsM.end()) == m.stockLengthsM.end(), id.c_str());
        if (!m.stockLengthsM.empty())
            QVERIFY2(m.stockLengthsM.back() <= m.maxReachM, id.c_str());
    }
    for (const auto &[id, pp] : c.patchPanels())
        QVERIFY2(pp.uHeight >= 1 && pp.uHeight <= 4 && pp.ports >= 12 && pp.ports <= 144 && pp.priceCny > 0, id.c_str());
    for (const auto &[id, r] : c.racks())
        QVERIFY2(r.heightU == 48 && r.staticLoadKg > 1000 && r.emptyWeightKg > 0 && r.priceCny >= 0, id.c_str());
    for (const auto &[id, p] : c.powerItems())
        QVERIFY2(p.ratedKw > 0 && p.efficiency > 0.9 && p.efficiency <= 1 && p.priceCny >= 0, id.c_str());
    for (const auto &[id, k] : c.coolingItems())
        QVERIFY2(k.capacityKw > 0 && k.powerKw > 0 && k.priceCny >= 0, id.c_str());
}

void TestCatalog::keyFiguresMatchDomain()
{
    const Catalog &c = Catalog::builtin();
    // docs/engineering-reference.md §5: A100 312, H100/H800 SXM 989 dense BF16, B200 about 2,250.
    QCOMPARE(c.accelerator("a100-sxm4-80gb")->bf16DenseTflops, 312.0);
    QVERIFY(!c.accelerator("a100-sxm4-80gb")->fp8DenseTflops);
    QVERIFY(!c.accelerator("ascend-910b")->fp8DenseTflops);
    QVERIFY(std::abs(c.accelerator("h100-sxm5-80gb")->bf16DenseTflops - 989.0) < 1.0);
    QVERIFY(std::abs(c.accelerator("h800-sxm5-80gb")->bf16DenseTflops - 989.0) < 1.0);
    QCOMPARE(c.accelerator("b200-sxm-180gb")->bf16DenseTflops, 2250.0);
    // H100 datasheet: 3,958 TFLOP/s FP8 with sparsity → 1,979 dense (±1 for rounding).
    QVERIFY(std::abs(*c.accelerator("h100-sxm5-80gb")->fp8DenseTflops - 3958.0 / 2) < 1.0);
    // H800 differs from H100 only in NVLink: 400 vs 900 GB/s bidirectional.
    QCOMPARE(c.accelerator("h800-sxm5-80gb")->scaleUpGBs, 400.0 / 2);
    QCOMPARE(c.accelerator("h100-sxm5-80gb")->scaleUpGBs, 900.0 / 2);

    // docs/engineering-reference.md §3: DGX H100 10.2 kW max, 6 PSUs; 8 GPUs, 8 NICs at 400G (§1 rails).
    const auto *dgx = c.node("dgx-h100");
    QCOMPARE(dgx->maxKw, 10.2);
    QCOMPARE(dgx->powerSupplies, 6);
    QCOMPARE(dgx->acceleratorsPerNode, 8);
    QCOMPARE(dgx->computeNics, 8);
    QCOMPARE(dgx->computeNicGbps, 400.0);
    QCOMPARE(dgx->acceleratorId, std::string("h100-sxm5-80gb"));
    // docs/engineering-reference.md §4: 4 × DGX H100 = 40.8 kW.
    QCOMPARE(4 * dgx->maxKw, 40.8);
    // docs/engineering-reference.md §3: DGX B200 14.3 kW max.
    QCOMPARE(c.node("dgx-b200")->maxKw, 14.3);
    // GB200 NVL72: 72 GPUs in one NVLink domain, 120–132 kW per rack, liquid cooled.
    const auto *nvl = c.node("gb200-nvl72");
    QCOMPARE(nvl->acceleratorsPerNode, 72);
    QCOMPARE(nvl->nvlinkDomain, 72);
    QVERIFY(nvl->rackScale);
    QVERIFY(nvl->maxKw >= 120 && nvl->maxKw <= 132);
    QCOMPARE(nvl->cooling, hallwright::CoolingType::Liquid);
    QVERIFY(nvl->liquidFraction > 0.5 && nvl->liquidFraction < 1.0);
    QVERIFY(nvl->provenance.isEstimated("max_kw"));
    // docs/engineering-reference.md §6: 8-GPU H800 servers around RMB 2.1 M, flagged as an estimate.
    QCOMPARE(c.node("hgx-h800")->priceCny, 2.1e6);
    QVERIFY(c.node("hgx-h800")->provenance.isEstimated("price_cny"));
    // QM9700: 64 × 400G NDR in 32 twin-port OSFP cages.
    const auto *qm = c.switchSpec("qm9700");
    QCOMPARE(qm->ports, 64);
    QCOMPARE(qm->portGbps, 400.0);
    QCOMPARE(qm->cages, 32);
    QCOMPARE(qm->technology, std::string("infiniband"));
    // docs/engineering-reference.md §1: a twin-port 800G module carries two 400G links.
    QCOMPARE(c.transceiver("osfp-800g-2xsr4")->linksPerModule, 2);
    QCOMPARE(c.transceiver("osfp-400g-sr4-flt")->linksPerModule, 1);
    // Multimode SR ≤ 50 m on OM4, DR single-mode ≤ 500 m.
    QCOMPARE(c.medium("om4-mpo12-800g")->maxReachM, 50.0);
    QCOMPARE(c.medium("smf-mpo12-800g")->maxReachM, 500.0);
    // IEEE 802.3dj 800GBASE-DR4: 500 m; a twin-port 1.6T module carries two 800G links.
    QCOMPARE(c.medium("smf-mpo12-1.6t")->maxReachM, 500.0);
    QCOMPARE(c.transceiver("osfp-1.6t-2xdr4")->gbps * c.transceiver("osfp-1.6t-2xdr4")->linksPerModule,
             c.switchSpec("q3400")->cageGbps);
    // IEEE 802.3 clause 38 1000BASE-LX: 5 km on single-mode, beyond Cat6A's 100 m.
    QCOMPARE(c.medium("smf-lc-1g")->maxReachM, 5000.0);
    QCOMPARE(c.medium("cat6a")->maxReachM, 100.0);
}

void TestCatalog::platformsForChinaMatchTheirSources()
{
    const Catalog &c = Catalog::builtin();
    // H200 datasheet: 1,979 BF16 and 3,958 FP8 TFLOP/s with sparsity (dense = half), 141 GB at 4.8 TB/s.
    const auto *h200 = c.accelerator("h200-sxm-141gb");
    QVERIFY(std::abs(h200->bf16DenseTflops - 1979.0 / 2) < 1.0);
    QVERIFY(std::abs(*h200->fp8DenseTflops - 3958.0 / 2) < 1.0);
    QCOMPARE(h200->memoryGb, 141.0);
    QCOMPARE(h200->memoryBandwidthTBs, 4.8);
    // DGX H100/H200 user guide: the same 10.2 kW, 8U chassis with 4 twin-port cages.
    QCOMPARE(c.node("dgx-h200")->maxKw, c.node("dgx-h100")->maxKw);
    QCOMPARE(c.node("dgx-h200")->computeLinksPerModule, 2);
    // DGX B300: 72 PFLOPS FP8 (sparse) for 8 GPUs → 4.5 dense each; 2.3 TB / 8 = 288 GB;
    // one ConnectX-8 800G per GPU, one link per OSFP module.
    QCOMPARE(*c.accelerator("b300-sxm-288gb")->fp8DenseTflops, 72000.0 / 8 / 2);
    QCOMPARE(c.accelerator("b300-sxm-288gb")->memoryGb, 288.0);
    const auto *b300 = c.node("dgx-b300");
    QCOMPARE(b300->computeNics, 8);
    QCOMPARE(b300->computeNicGbps, 800.0);
    QCOMPARE(b300->computeLinksPerModule, 1);
    // GB300 NVL72: 360 PFLOPS BF16 (sparse) over 72 GPUs → 2.5 dense; up to 142 kW per rack
    // (NVIDIA reference architecture); 8 power shelves × 6 PSUs; 72 ConnectX-8.
    QCOMPARE(c.accelerator("gb300-blackwell-ultra")->bf16DenseTflops, 360000.0 / 72 / 2);
    const auto *gb300 = c.node("gb300-nvl72");
    QCOMPARE(gb300->maxKw, 142.0);
    QVERIFY(!gb300->provenance.isEstimated("max_kw"));
    QCOMPARE(gb300->powerSupplies, 8 * 6);
    QCOMPARE(gb300->computeNics, 72);
    QCOMPARE(gb300->computeNicGbps, 800.0);
    QCOMPARE(gb300->cooling, hallwright::CoolingType::Liquid);
    // CloudMatrix 384 (Huawei's paper): 12 compute cabinets of 4 × 8 NPUs = 384 NPUs in one
    // UB domain, 4 communication cabinets; 300 PFLOPS BF16 within the reports' 752–800 per chip.
    const auto *cm = c.node("cloudmatrix-384");
    QCOMPARE(cm->supernodeNodes * cm->acceleratorsPerNode, 384);
    QCOMPARE(cm->nvlinkDomain, 384);
    QCOMPARE(cm->supernodeNodes + cm->supernodeSwitchRacks, 16);
    const auto *c910 = c.accelerator("ascend-910c");
    QVERIFY(c910->bf16DenseTflops * 384 >= 0.95 * 289e3 && c910->bf16DenseTflops * 384 <= 1.05 * 300e3);
    QCOMPARE(c910->memoryGb, 128.0);
    QVERIFY(!c910->fp8DenseTflops);
    // SemiAnalysis: about 559 kW for the 16 racks; the catalog's split must add up within 5 %.
    const double cmKw = cm->supernodeNodes * cm->maxKw + cm->supernodeSwitchRacks * cm->supernodeSwitchRackKw;
    QVERIFY2(std::abs(cmKw - 559.0) <= 0.05 * 559.0, qPrintable(QString::number(cmKw)));
    QVERIFY(cm->provenance.isEstimated("max_kw"));
    QVERIFY(!cm->provenance.note.empty());
    // RoCE-only platforms speak Ethernet only; ConnectX (VPI) platforms either technology.
    for (const char *id : {"atlas-800t-a2", "atlas-800t-a3", "cloudmatrix-384", "kunlunxin-p800-8", "cambricon-mlu590-8",
                           "hygon-k100-ai-8"}) {
        QVERIFY2(c.node(id)->computeNicsSpeak("ethernet"), id);
        QVERIFY2(!c.node(id)->computeNicsSpeak("infiniband"), id);
    }
    QVERIFY(c.node("dgx-h100")->computeNicsSpeak("infiniband") && c.node("dgx-h100")->computeNicsSpeak("ethernet"));
    // CE9866-128DQ: 128 × 400GE QSFP-DD, each cage 2 × 200GE (an Ascend 910B rail).
    const auto *ce = c.switchSpec("ce9866-128dq");
    QCOMPARE(ce->technology, std::string("ethernet"));
    QCOMPARE(ce->portsAt(400), 128);
    QCOMPARE(ce->portsAt(200), 256);
    // A 200G split module fills its cage: 2 × 200 G in a 400G QSFP-DD cage, 4 × 200 G in an 800G OSFP.
    QCOMPARE(c.transceiver("qsfpdd-400g-sr8-2x200g")->gbps * c.transceiver("qsfpdd-400g-sr8-2x200g")->linksPerModule,
             ce->cageGbps);
    QCOMPARE(c.transceiver("osfp-800g-2xsr4-4x200g")->gbps * c.transceiver("osfp-800g-2xsr4-4x200g")->linksPerModule,
             c.switchSpec("sn5600")->cageGbps);
    // IEEE 802.3cd 200GBASE-SR4: 100 m on OM4; 802.3bs 200GBASE-FR4: 2 km.
    QCOMPARE(c.medium("om4-mpo-200g")->maxReachM, 100.0);
    QCOMPARE(c.medium("smf-lc-200g")->maxReachM, 2000.0);
    // QM8700: 40 × HDR 200G, the DGX A100's leaf.
    QCOMPARE(c.switchSpec("qm8700")->portsAt(200), 40);
    // Every Chinese accelerator without a datasheet says so: its compute figure is an estimate.
    for (const char *id : {"kunlunxin-p800", "cambricon-mlu590", "hygon-k100-ai"}) {
        QVERIFY2(c.accelerator(id)->provenance.isEstimated("bf16_dense_tflops"), id);
        QVERIFY2(!c.accelerator(id)->provenance.note.empty(), id);
    }
}

void TestCatalog::derivedFiguresMatchHandCalculation()
{
    const Catalog &c = Catalog::builtin();
    // P = √3 × 400 V × 63 A = 43,647.7 W; × 32 A = 22,170.3 W; × 1,600 A = 1,108,512 W.
    QVERIFY(std::abs(c.power("pdu-3ph-63a")->ratedKw - 43.65) < 0.01);
    QVERIFY(std::abs(c.power("pdu-3ph-32a")->ratedKw - 22.17) < 0.01);
    QVERIFY(std::abs(c.power("busway-1600a")->ratedKw - 1108.51) < 0.01);
    for (const auto &[id, p] : c.powerItems()) {
        if (p.kind != hallwright::PowerKind::Pdu && p.kind != hallwright::PowerKind::Busway
            && p.kind != hallwright::PowerKind::Rpp)
            continue;
        const double kw = std::sqrt(3.0) * p.voltageV * p.currentA * p.powerFactor / 1000.0;
        QVERIFY2(std::abs(p.ratedKw - kw) < 0.01, id.c_str());
    }
    // 2,500 kVA at 400 V: I = 2.5e6 / (√3 × 400) = 3,608.4 A.
    QVERIFY(std::abs(c.power("transformer-2500kva")->currentA - 3608.4) < 0.1);
    // ISO 8528 standby: 2,500 kVA × 0.8 = 2,000 kW.
    QCOMPARE(c.power("generator-2000kw")->ratedKw, 2000.0);
    // Air: V = P / (ρ cp ΔT) = 200 kW / (1.2 × 1.005 × 12 K) = 13.82 m³/s.
    QVERIFY(std::abs(c.cooling("crah-200kw")->airflowM3s - 13.82) < 0.01);
    // Water: 1,350 kW / (4.18 kJ/kgK × 10 K) = 32.3 L/s.
    QVERIFY(std::abs(c.cooling("cdu-1350kw")->coolantFlowLps - 32.3) < 0.05);
    // GB200: 13.4 TB / 72 GPUs = 186 GB; 360 PFLOPS sparse BF16 / 72 / 2 = 2.5 PFLOP/s dense.
    QCOMPARE(c.accelerator("gb200-blackwell")->memoryGb, 186.0);
    QCOMPARE(c.accelerator("gb200-blackwell")->bf16DenseTflops, 360000.0 / 72 / 2);
}

void TestCatalog::referencesResolve()
{
    const Catalog &c = Catalog::builtin();
    for (const auto &[id, n] : c.nodes())
        QVERIFY2(c.accelerator(n.acceleratorId), id.c_str());
    for (const auto &[id, m] : c.media()) {
        const bool fibre = m.kind == hallwright::MediumKind::MultiMode || m.kind == hallwright::MediumKind::SingleMode;
        QCOMPARE(fibre, !m.transceiverId.empty());
        if (!m.transceiverId.empty())
            QVERIFY2(c.transceiver(m.transceiverId), id.c_str());
        if (!m.nicTransceiverId.empty())
            QVERIFY2(c.transceiver(m.nicTransceiverId), id.c_str());
    }
}

void TestCatalog::switchPortsAt()
{
    const Catalog &c = Catalog::builtin();
    // QM9700: 32 cages × 800G: 64 × 400G, 128 × 200G (NDR200), no 800G ports.
    QCOMPARE(c.switchSpec("qm9700")->portsAt(400), 64);
    QCOMPARE(c.switchSpec("qm9700")->portsAt(200), 128);
    QCOMPARE(c.switchSpec("qm9700")->portsAt(800), 0);
    // SN5600: 64 × 800G or 128 × 400G.
    QCOMPARE(c.switchSpec("sn5600")->portsAt(800), 64);
    QCOMPARE(c.switchSpec("sn5600")->portsAt(400), 128);
    // Q3400: 72 cages × 1.6T = 144 × 800G.
    QCOMPARE(c.switchSpec("q3400")->portsAt(800), 144);
    // 300G does not divide 800G: 2 links per cage, 64 in all.
    QCOMPARE(c.switchSpec("qm9700")->portsAt(300), 64);
    QCOMPARE(c.switchSpec("qm9700")->portsAt(0), 0);
}

void TestCatalog::enumNames()
{
    QCOMPARE(std::string(hallwright::toString(hallwright::CoolingType::Liquid)), std::string("liquid"));
    QCOMPARE(std::string(hallwright::toString(hallwright::MediumKind::SingleMode)), std::string("singlemode"));
    QCOMPARE(std::string(hallwright::toString(hallwright::MediumKind::Copper1G)), std::string("copper-1g"));
    QCOMPARE(std::string(hallwright::toString(hallwright::PowerKind::Transformer)), std::string("transformer"));
    QCOMPARE(std::string(hallwright::toString(hallwright::CoolingKind::FanWall)), std::string("fan-wall"));
}

void TestCatalog::minimalCatalogIsEmpty()
{
    const Catalog c = Catalog::fromJson(doc(""));
    QVERIFY(c.empty());
    QCOMPARE(c.size(), std::size_t(0));
}

void TestCatalog::rejectsMalformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    const std::string acc = R"({"id": "x1", "name": "X1", "bf16_dense_tflops": 100)";
    const std::string node = R"({"id": "n1", "name": "N1", "accelerator": "h100-sxm5-80gb", "accelerators_per_node": 8, "max_kw": 10)";
    auto row = [](const char *tag, const std::string &text, const char *message) {
        QTest::newRow(tag) << QString::fromStdString(text) << QString::fromUtf8(message);
    };
    row("not json", "{\"schema\": ", "catalog: invalid JSON");
    row("not an object", "[1, 2]", "catalog: expected a JSON object, got array");
    row("missing schema", "{}", "catalog: missing \"schema\"");
    row("wrong schema", R"({"schema": "hallwright.catalog/2"})", "catalog: unsupported schema \"hallwright.catalog/2\"");
    row("unknown top-level", doc(R"("gpus": [])"), "catalog: unknown top-level field \"gpus\"");
    row("section not array", doc(R"("nodes": {})"), "catalog: nodes: expected an array, got object");
    row("item not object", doc(R"("racks": [42])"), "catalog: racks[0]: expected an object, got number");
    row("missing id", doc(R"("accelerators": [{"name": "X"}])"), "catalog: accelerators[0].id: missing required field");
    row("bad id", doc(R"("accelerators": [{"id": "DGX H100", "name": "X"}])"),
        "catalog: accelerators[0].id: \"DGX H100\" must use only a-z");
    row("missing name", doc(R"("accelerators": [{"id": "x1", "bf16_dense_tflops": 1}])"),
        "catalog: accelerators[x1].name: missing required field");
    row("missing required figure", doc(R"("accelerators": [{"id": "x1", "name": "X1"}])"),
        "catalog: accelerators[x1].bf16_dense_tflops: missing required field");
    row("unknown field", doc(R"("accelerators": [)" + acc + R"(, "tdp": 700}])"),
        "catalog: accelerators[x1].tdp: unknown field");
    row("wrong type", doc(R"("accelerators": [)" + acc + R"(, "tdp_w": "700"}])"),
        "catalog: accelerators[x1].tdp_w: expected a number, got string");
    row("negative", doc(R"("accelerators": [)" + acc + R"(, "memory_gb": -80}])"),
        "catalog: accelerators[x1].memory_gb: expected a number >= 0, got -80");
    row("zero where positive", doc(R"("accelerators": [)" + acc + R"(, "tdp_w": 0}])"),
        "catalog: accelerators[x1].tdp_w: expected a number > 0, got 0");
    row("non-finite", doc(R"("accelerators": [)" + acc + R"(, "tdp_w": 1e999}])"),
        "catalog: invalid JSON: number overflow parsing '1e999'");
    row("fp8 below bf16", doc(R"("accelerators": [)" + acc + R"(, "fp8_dense_tflops": 50}])"),
        "catalog: accelerators[x1].fp8_dense_tflops: is below bf16_dense_tflops");
    row("duplicate id", doc(R"("accelerators": [)" + acc + "}, " + acc + "}]"),
        "catalog: accelerators[x1].id: duplicate id \"x1\"");
    row("duplicate key", doc(R"("racks": [{"id": "r1", "id": "r2", "name": "R"}])"), "catalog: duplicate key \"id\"");
    row("estimated unknown field", doc(R"("accelerators": [)" + acc + R"(, "estimated": ["price"]}])"),
        "catalog: accelerators[x1].estimated: \"price\" is not a field of this section");
    row("estimated not array", doc(R"("accelerators": [)" + acc + R"(, "estimated": "tdp_w"}])"),
        "catalog: accelerators[x1].estimated: expected an array of field names, got string");
    row("unknown accelerator", doc(R"("nodes": [{"id": "n1", "name": "N", "accelerator": "nope", "accelerators_per_node": 8, "max_kw": 10}])"),
        "catalog: nodes[n1].accelerator: unknown accelerator \"nope\"");
    row("fractional integer", doc(R"("nodes": [{"id": "n1", "name": "N", "accelerator": "h100-sxm5-80gb", "accelerators_per_node": 8.5, "max_kw": 10}])"),
        "catalog: nodes[n1].accelerators_per_node: expected an integer, got 8.5");
    row("zero accelerators", doc(R"("nodes": [{"id": "n1", "name": "N", "accelerator": "h100-sxm5-80gb", "accelerators_per_node": 0, "max_kw": 10}])"),
        "catalog: nodes[n1].accelerators_per_node: expected an integer >= 1, got 0");
    row("bad enum", doc(R"("nodes": [)" + node + R"(, "cooling": "water"}])"),
        "catalog: nodes[n1].cooling: unknown value \"water\" (expected air, liquid)");
    row("fraction out of range", doc(R"("nodes": [)" + node + R"(, "cooling": "liquid", "liquid_fraction": 1.5}])"),
        "catalog: nodes[n1].liquid_fraction: expected a fraction between 0 and 1, got 1.5");
    row("air with liquid share", doc(R"("nodes": [)" + node + R"(, "liquid_fraction": 0.5}])"),
        "catalog: nodes[n1].liquid_fraction: must be 0 for an air-cooled node");
    row("typical above max", doc(R"("nodes": [)" + node + R"(, "typical_kw": 12}])"),
        "catalog: nodes[n1].typical_kw: exceeds max_kw");
    row("bool wrong type", doc(R"("nodes": [)" + node + R"(, "rack_scale": "yes"}])"),
        "catalog: nodes[n1].rack_scale: expected true or false, got string");
    row("unknown technology", doc(R"("switches": [{"id": "s1", "name": "S", "technology": "fddi", "ports": 64, "port_gbps": 400}])"),
        "catalog: switches[s1].technology: unknown value \"fddi\"");
    row("cages too small", doc(R"("switches": [{"id": "s1", "name": "S", "technology": "ethernet", "ports": 64, "port_gbps": 400, "cages": 16, "cage_gbps": 800}])"),
        "catalog: switches[s1].ports: ports x port_gbps exceeds cages x cage_gbps");
    row("unknown transceiver", doc(R"("media": [{"id": "m1", "name": "M", "kind": "multimode", "gbps": 400, "max_reach_m": 50, "transceiver": "nope"}])"),
        "catalog: media[m1].transceiver: unknown transceiver \"nope\"");
    row("fibre without transceiver", doc(R"("media": [{"id": "m1", "name": "M", "kind": "singlemode", "gbps": 400, "max_reach_m": 500}])"),
        "catalog: media[m1].transceiver: a fibre medium needs a transceiver");
    row("wrong fibre for module", doc(R"("media": [{"id": "m1", "name": "M", "kind": "singlemode", "gbps": 400, "max_reach_m": 500, "transceiver": "osfp-800g-2xsr4"}])"),
        "catalog: media[m1].transceiver: transceiver \"osfp-800g-2xsr4\" is for \"mm\" fibre, not singlemode");
    row("lengths not ascending", doc(R"("media": [{"id": "m1", "name": "M", "kind": "dac", "gbps": 400, "max_reach_m": 3, "stock_lengths_m": [1, 3, 2]}])"),
        "catalog: media[m1].stock_lengths_m: must be strictly ascending");
    row("length beyond reach", doc(R"("media": [{"id": "m1", "name": "M", "kind": "dac", "gbps": 400, "max_reach_m": 3, "stock_lengths_m": [1, 5]}])"),
        "catalog: media[m1].stock_lengths_m: a stock length exceeds max_reach_m");
    row("length not a number", doc(R"("media": [{"id": "m1", "name": "M", "kind": "dac", "gbps": 400, "max_reach_m": 3, "stock_lengths_m": [1, "2"]}])"),
        "catalog: media[m1].stock_lengths_m: expected a number, got string");
    row("panel without ports", doc(R"("patch_panels": [{"id": "pp1", "name": "P", "u_height": 1}])"),
        "catalog: patch_panels[pp1].ports: missing required field");
    row("panel zero height", doc(R"("patch_panels": [{"id": "pp1", "name": "P", "u_height": 0, "ports": 48}])"),
        "catalog: patch_panels[pp1].u_height: expected an integer >= 1, got 0");
    row("power factor zero", doc(R"("power": [{"id": "p1", "name": "P", "kind": "ups", "rated_kw": 500, "power_factor": 0}])"),
        "catalog: power[p1].power_factor: expected a ratio in (0, 1], got 0");
    row("two phases", doc(R"("power": [{"id": "p1", "name": "P", "kind": "pdu", "rated_kw": 22, "phases": 2}])"),
        "catalog: power[p1].phases: expected 1 or 3, got 2");
    row("unknown cooling kind", doc(R"("cooling": [{"id": "k1", "name": "K", "kind": "swamp-cooler", "capacity_kw": 100}])"),
        "catalog: cooling[k1].kind: unknown value \"swamp-cooler\"");
    row("nic technology unknown", doc(R"("nodes": [)" + node + R"(, "compute_nic_technologies": ["roce"]}])"),
        "catalog: nodes[n1].compute_nic_technologies: unknown value \"roce\" (expected infiniband, ethernet)");
    row("nic technology twice", doc(R"("nodes": [)" + node + R"(, "compute_nic_technologies": ["ethernet", "ethernet"]}])"),
        "catalog: nodes[n1].compute_nic_technologies: \"ethernet\" is listed twice");
    row("nic technology not a list", doc(R"("nodes": [)" + node + R"(, "compute_nic_technologies": "ethernet"}])"),
        "catalog: nodes[n1].compute_nic_technologies: expected an array of strings, got string");
    row("domain beyond node", doc(R"("nodes": [)" + node + R"(, "nvlink_domain": 16}])"),
        "catalog: nodes[n1].nvlink_domain: exceeds accelerators_per_node; a domain spanning several nodes needs supernode_nodes");
    row("super-node of one", doc(R"("nodes": [)" + node + R"(, "supernode_nodes": 1}])"),
        "catalog: nodes[n1].supernode_nodes: must be 0 (no super-node) or at least 2");
    row("super-node domain mismatch", doc(R"("nodes": [)" + node + R"(, "supernode_nodes": 4, "nvlink_domain": 16}])"),
        "catalog: nodes[n1].nvlink_domain: must equal supernode_nodes x accelerators_per_node (32) for a super-node, got 16");
    row("switch racks without super-node", doc(R"("nodes": [)" + node + R"(, "supernode_switch_racks": 4, "supernode_switch_rack_kw": 20}])"),
        "catalog: nodes[n1].supernode_switch_racks: needs supernode_nodes");
    row("switch racks without power", doc(R"("nodes": [)" + node + R"(, "supernode_nodes": 2, "nvlink_domain": 16, "supernode_switch_racks": 1}])"),
        "catalog: nodes[n1].supernode_switch_rack_kw: must be > 0 when supernode_switch_racks > 0");
}

void TestCatalog::rejectsMalformed()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    try {
        Catalog::fromJson(text.toStdString());
        QFAIL("accepted malformed catalog");
    } catch (const CatalogError &e) {
        const QString what = QString::fromUtf8(e.what());
        QVERIFY2(what.startsWith(message), qPrintable("got: " + what));
        QVERIFY2(!what.contains('\n'), qPrintable("not one line: " + what));
    }
}

void TestCatalog::userCatalogMayReferenceBuiltins()
{
    // A user node on a built-in accelerator, and a user medium on built-in modules.
    const Catalog user = Catalog::fromJson(doc(R"(
        "nodes": [{"id": "my-h100-server", "name": "My H100 server", "accelerator": "h100-sxm5-80gb",
                   "accelerators_per_node": 8, "max_kw": 11, "estimated": ["max_kw"], "note": "measured"}],
        "media": [{"id": "om4-long", "name": "OM4 trunk", "kind": "multimode", "gbps": 400, "max_reach_m": 50,
                   "transceiver": "osfp-800g-2xsr4"}])"));
    QCOMPARE(user.size(), std::size_t(2));
    const auto *n = user.node("my-h100-server");
    QVERIFY(n);
    // nvlink_domain defaults to the accelerators per node.
    QCOMPARE(n->nvlinkDomain, 8);
    QCOMPARE(n->maxKw, 11.0);
    QVERIFY(n->provenance.isEstimated("max_kw"));
    QVERIFY(!n->provenance.isEstimated("u_height"));
    QCOMPARE(n->provenance.note, std::string("measured"));
    QCOMPARE(user.medium("om4-long")->stockLengthsM.size(), std::size_t(0));
}

void TestCatalog::mergeOverridesAndAdds()
{
    Catalog c = Catalog::builtin();
    const std::size_t before = c.size();
    const Catalog user = Catalog::fromJson(doc(R"json(
        "nodes": [{"id": "dgx-h100", "name": "DGX H100 (site measured)", "accelerator": "h100-sxm5-80gb",
                   "accelerators_per_node": 8, "max_kw": 9.8, "typical_kw": 7.5, "price_cny": 2300000}],
        "switches": [{"id": "my-leaf", "name": "Leaf", "technology": "ethernet", "ports": 64, "port_gbps": 400}])json"));
    c.merge(user);
    // One override, one addition: size grows by one.
    QCOMPARE(c.size(), before + 1);
    QCOMPARE(c.node("dgx-h100")->maxKw, 9.8);
    QCOMPARE(c.node("dgx-h100")->name, std::string("DGX H100 (site measured)"));
    QCOMPARE(c.node("dgx-h100")->priceCny, 2.3e6);
    QVERIFY(c.switchSpec("my-leaf"));
    QCOMPARE(c.switchSpec("my-leaf")->ports, 64);
    // Other built-ins are untouched, and builtin() itself is unchanged.
    QCOMPARE(c.node("dgx-b200")->maxKw, 14.3);
    QCOMPARE(Catalog::builtin().node("dgx-h100")->maxKw, 10.2);
}

void TestCatalog::roundTrip()
{
    const Catalog &c = Catalog::builtin();
    const std::string text = c.toJson();
    const Catalog back = Catalog::fromJson(text);
    QVERIFY(back == c);
    QCOMPARE(back.toJson(), text);
    // Optional FP8 stays absent, provenance survives.
    QVERIFY(!back.accelerator("a100-sxm4-80gb")->fp8DenseTflops);
    QCOMPARE(back.node("gb200-nvl72")->provenance, c.node("gb200-nvl72")->provenance);
    // A changed figure makes them differ.
    Catalog changed = back;
    changed.merge(Catalog::fromJson(doc(R"("racks": [{"id": "rack-600x1200-48u", "name": "Server cabinet", "height_u": 42}])")));
    QVERIFY(!(changed == c));
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "test_catalog.moc"
