// Tests of the design brief: defaults, the docs/cli.md example, every bad brief, round trip, default resolution.
#include "brief/brief.h"
#include "catalog/catalog.h"

#include "bad_briefs.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QTest>

#include <cmath>
#include <set>

using namespace hallwright;
using hallwright::test::BadBrief;
using hallwright::test::badBriefs;
using hallwright::test::dataPath;
using hallwright::test::readFile;

Q_DECLARE_METATYPE(std::string)

namespace {

const std::string schemaLine = R"("schema": "hallwright.brief/1")";

std::string brief(const std::string &body)
{
    return "{ " + schemaLine + (body.empty() ? "" : ", " + body) + " }";
}

/// The message of the BriefError parseBrief throws, or "" when it accepts the text.
std::string errorOf(const std::string &text)
{
    try {
        parseBrief(text, Catalog::builtin());
    } catch (const BriefError &e) {
        return e.what();
    }
    return {};
}

QStringList briefFiles(const char *folder)
{
    return QDir(QString::fromStdString(dataPath(std::string("briefs/") + folder)))
        .entryList({"*.json"}, QDir::Files, QDir::Name);
}

const SwitchSpec &switchOf(const char *id)
{
    const SwitchSpec *sw = Catalog::builtin().switchSpec(id);
    if (!sw)
        throw std::runtime_error(std::string("switch missing from the built-in catalog: ") + id);
    return *sw;
}


} // namespace

class TestBrief : public QObject
{
    Q_OBJECT

private slots:
    void rackScaleSuDefaultsToEightRacks()
    {
        // GB200 NVL72: NVIDIA's SU is 8 racks; an explicit nodes_per_su is kept.
        const Catalog &c = Catalog::builtin();
        QCOMPARE(parseBrief(R"({"schema": "hallwright.brief/1", "compute": {"platform": "gb200-nvl72"}})", c)
                     .fabric.nodesPerSu,
                 8);
        QCOMPARE(parseBrief(R"({"schema": "hallwright.brief/1", "compute": {"platform": "gb200-nvl72"},
                               "fabric": {"nodes_per_su": 4}})",
                            c)
                     .fabric.nodesPerSu,
                 4);
        QCOMPARE(parseBrief(R"({"schema": "hallwright.brief/1", "compute": {"platform": "dgx-h100"}})", c)
                     .fabric.nodesPerSu,
                 32);
    }

    void superNodeIsOneSu();
    void suShrinksToWhatALeafTakes();
    void coolingModeTheServerCannotTakeIsRefused();
    void switchTechnologyMustMatchTheNics();
    void minimalBriefTakesDocumentedDefaults();
    void interfaceExampleParsesToItsValues();
    void gb200LiquidBrief();
    void threeTierBrief();
    void goodBriefsRoundTrip_data();
    void goodBriefsRoundTrip();
    void badBriefsAreRejected_data();
    void badBriefsAreRejected();
    void everyBadFileIsInTheTable();
    void jsonErrorsCarryLineAndColumn();
    void defaultResolution_data();
    void defaultResolution();
    void defaultSwitchFollowsNicSpeed();
    void fasterNicDefaultsToXdrSwitch();
    void nodeMonthPriceClearsHourlyPrice();
    void wholeFloatsAreCounts();
    void nullMeansDefault();
    void resolveBriefValidatesCodeBuiltBriefs();
    void nodesPerRackLimitedByTallestRack();
    void enumSpellings();
    void damagedBriefsFailCleanly();
};

void TestBrief::superNodeIsOneSu()
{
    // CloudMatrix 384: 12 compute cabinets share one 384-NPU domain, so an SU is one
    // super-node (12 cabinets), never a domain cut in two; an explicit size is kept.
    const Catalog &c = Catalog::builtin();
    const Brief b = parseBrief(R"({"schema": "hallwright.brief/1", "compute": {"platform": "cloudmatrix-384"}})", c);
    QCOMPARE(b.fabric.nodesPerSu, 12);
    QCOMPARE(b.fabric.nodesPerSu * c.node("cloudmatrix-384")->acceleratorsPerNode, 384);
    QCOMPARE(parseBrief(R"({"schema": "hallwright.brief/1", "compute": {"platform": "cloudmatrix-384"},
                           "fabric": {"nodes_per_su": 24}})",
                        c)
                 .fabric.nodesPerSu,
             24);
}

void TestBrief::suShrinksToWhatALeafTakes()
{
    // DGX A100 on 40-port HDR QM8700 leaves: a non-blocking leaf has 40 / 2 = 20 endpoint
    // ports, one per node on its rail, so the SU is 20 nodes (NVIDIA's DGX A100 SuperPOD SU).
    const Catalog &c = Catalog::builtin();
    const Brief a100 = parseBrief(R"({"schema": "hallwright.brief/1", "compute": {"platform": "dgx-a100"}})", c);
    QCOMPARE(a100.fabric.switchId, std::string("qm8700"));
    QCOMPARE(a100.fabric.nodesPerSu, 20);
    // At 2:1 a leaf has 40 × 2/3 = 26 endpoint ports: 26 nodes.
    QCOMPARE(parseBrief(R"({"schema": "hallwright.brief/1", "compute": {"platform": "dgx-a100"},
                           "fabric": {"oversubscription": 2}})",
                        c)
                 .fabric.nodesPerSu,
             26);
    // Given explicitly, a size the leaf cannot take is the fabric's to refuse, not changed here.
    QCOMPARE(parseBrief(R"({"schema": "hallwright.brief/1", "compute": {"platform": "dgx-a100"},
                           "fabric": {"nodes_per_su": 32}})",
                        c)
                 .fabric.nodesPerSu,
             32);
}

void TestBrief::coolingModeTheServerCannotTakeIsRefused()
{
    // Air-only servers refuse "liquid" as liquid-cooled ones refuse "air"; "auto" and the
    // platform's own mode are accepted for every platform.
    const Catalog &c = Catalog::builtin();
    for (const auto &[id, node] : c.nodes()) {
        const bool liquid = node.cooling == CoolingType::Liquid;
        const std::string own = liquid ? "liquid" : "air", other = liquid ? "air" : "liquid";
        for (const std::string &mode : {std::string("auto"), own})
            parseBrief(brief(R"("compute": {"platform": ")" + id + R"("}, "cooling": {"mode": ")" + mode + "\"}"), c);
        const std::string m = errorOf(
            brief(R"("compute": {"platform": ")" + id + R"("}, "cooling": {"mode": ")" + other + "\"}"));
        QVERIFY2(m.rfind("cooling.mode: \"" + other + "\" cannot cool " + id, 0) == 0, m.c_str());
    }
}

void TestBrief::switchTechnologyMustMatchTheNics()
{
    // RoCE-only NICs need an Ethernet switch; VPI (ConnectX) NICs take either.
    const Catalog &c = Catalog::builtin();
    QCOMPARE(errorOf(brief(R"("compute": {"platform": "atlas-800t-a3"}, "fabric": {"switch": "qm9700"})")),
             std::string("fabric.switch: qm9700 is an InfiniBand switch, but the compute NICs of atlas-800t-a3 "
                         "speak only Ethernet (RoCE); name an Ethernet switch or omit fabric.switch"));
    const Brief roce = parseBrief(brief(R"("compute": {"platform": "atlas-800t-a3"}, "fabric": {"switch": "sn5600"})"), c);
    QCOMPARE(roce.fabric.switchId, std::string("sn5600"));
    const Brief vpi = parseBrief(brief(R"("compute": {"platform": "dgx-h100"}, "fabric": {"switch": "sn5600"})"), c);
    QCOMPARE(vpi.fabric.switchRadix, std::optional<int>(128)); // Spectrum-4: 64 × 800G = 128 × 400G
}

void TestBrief::minimalBriefTakesDocumentedDefaults()
{
    const Brief b = parseBrief(readFile(dataPath("briefs/good/minimal.json")), Catalog::builtin());
    // Defaults from docs/cli.md's brief and brief.h.
    QCOMPARE(b.name, std::string("Hall A"));
    QCOMPARE(b.compute.platform, std::string("dgx-h100"));
    QCOMPARE(b.compute.accelerators, 10240LL);
    QVERIFY(!b.compute.nodesPerRack); // left to the layout (rack power and U space)
    // DGX H100: 8 × ConnectX-7 at 400 Gb/s ≤ 400 → qm9700; QM9700: 64 NDR ports of 400 Gb/s → 64 × 400 / 400 = 64.
    QCOMPARE(b.fabric.switchId, std::string("qm9700"));
    QCOMPARE(b.fabric.linkGbps, std::optional<double>(400.0));
    QCOMPARE(b.fabric.switchRadix, std::optional<int>(64));
    QCOMPARE(b.fabric.tiers, 0);
    QCOMPARE(b.fabric.oversubscription, 1.0);
    QCOMPARE(b.fabric.railOptimized, true);
    QCOMPARE(b.fabric.nodesPerSu, 32);
    QCOMPARE(b.power.redundancy, Redundancy::TwoN);
    QVERIFY(!b.power.pue);
    QCOMPARE(b.power.loadFactor, 0.8);
    QCOMPARE(b.power.electricityPricePerKwh, 0.5);
    QCOMPARE(b.cooling.mode, CoolingMode::Auto);
    QVERIFY(!b.hall.widthM);
    QVERIFY(!b.hall.depthM);
    QCOMPARE(b.training.params, 1.75e11);
    QCOMPARE(b.training.tokens, 3.0e11);
    QVERIFY(!b.training.mfu);
    QVERIFY(!b.training.activationRecompute); // null: the engine chooses the least that fits
    const LeaseBrief &l = b.lease;
    QCOMPARE(l.currency, std::string("CNY"));
    QCOMPARE(l.years, 5);
    QVERIFY(!l.pricePerAcceleratorHour); // null: the platform's catalog market price
    QVERIFY(!l.pricePerNodeMonth);
    QCOMPARE(l.utilization, 0.9);
    QVERIFY(!l.capexTotal);
    QVERIFY(!l.capexPerNode);
    QCOMPARE(l.omFractionPerYear, 0.03);
    QCOMPARE(l.extraOpexPerYear, 0.0);
    QCOMPARE(l.electricityPaidBy, ElectricityPayer::Lessor);
    QCOMPARE(l.debtFraction, 0.6);
    QCOMPARE(l.interestRate, 0.05);
    QCOMPARE(l.loanYears, 5);
    QCOMPARE(l.taxRate, 0.25);
    QCOMPARE(l.depreciationYears, 5);
    QCOMPARE(l.residualFraction, 0.05);
    QCOMPARE(l.discountRate, 0.08);

    // A default-constructed brief differs only in what the catalog resolves.
    const Brief unresolved;
    Brief expected = b;
    expected.fabric.switchId.clear();
    expected.fabric.switchRadix.reset();
    expected.fabric.linkGbps.reset();
    QVERIFY(expected == unresolved);
    QVERIFY(resolveBrief(unresolved, Catalog::builtin()) == b);
}

void TestBrief::interfaceExampleParsesToItsValues()
{
    const Brief b = parseBrief(readFile(dataPath("briefs/good/interface-example.json")), Catalog::builtin());
    QCOMPARE(b.name, std::string("Hall A"));
    QCOMPARE(b.compute.platform, std::string("dgx-h100"));
    QCOMPARE(b.compute.accelerators, 10240LL);
    QCOMPARE(b.compute.nodesPerRack, std::optional<int>(4));
    QCOMPARE(b.fabric.switchId, std::string("qm9700"));
    QCOMPARE(b.fabric.switchRadix, std::optional<int>(64));
    QCOMPARE(b.fabric.linkGbps, std::optional<double>(400.0));
    QCOMPARE(b.fabric.tiers, 0);
    QCOMPARE(b.fabric.oversubscription, 1.0);
    QCOMPARE(b.fabric.railOptimized, true);
    QCOMPARE(b.fabric.nodesPerSu, 32);
    QCOMPARE(b.power.redundancy, Redundancy::TwoN);
    QCOMPARE(b.power.pue, std::optional<double>(1.25));
    QCOMPARE(b.power.loadFactor, 0.8);
    QCOMPARE(b.power.electricityPricePerKwh, 0.5);
    QCOMPARE(b.cooling.mode, CoolingMode::Auto);
    QVERIFY(!b.hall.widthM && !b.hall.depthM);
    QCOMPARE(b.training.params, 1.75e11);
    QCOMPARE(b.training.tokens, 3.0e11);
    QVERIFY(!b.training.mfu);
    QCOMPARE(b.training.activationRecompute, std::optional<ActivationRecompute>(ActivationRecompute::None)); // false
    QCOMPARE(b.training.sequenceLength, 4096);
    QVERIFY(!b.training.globalBatchTokens && b.training.parallelism.empty());
    QCOMPARE(b.training.zeroStage, 1);
    QVERIFY(b.training.overlapCommunication);
    QVERIFY(!b.training.gemmEfficiency);
    QCOMPARE(b.lease.priceChangePerYear, 0.0);
    QCOMPARE(b.lease.taxRefundPerYear, 0.0);
    QCOMPARE(b.lease.facility, FacilityMode::Build);
    QCOMPARE(b.lease.facilityDepreciationYears, 20);
    QVERIFY(!b.lease.colocationPricePerKwMonth && !b.lease.fxCnyPerUsd && !b.lease.facilityCapexTotal);
    QCOMPARE(b.lease.currency, std::string("CNY"));
    QCOMPARE(b.lease.years, 5);
    QVERIFY(!b.lease.pricePerAcceleratorHour);
    QVERIFY(!b.lease.pricePerNodeMonth);
    QCOMPARE(b.lease.utilization, 0.9);
    QVERIFY(!b.lease.capexTotal && !b.lease.capexPerNode);
    QCOMPARE(b.lease.omFractionPerYear, 0.03);
    QCOMPARE(b.lease.extraOpexPerYear, 0.0);
    QCOMPARE(b.lease.electricityPaidBy, ElectricityPayer::Lessor);
    QCOMPARE(b.lease.debtFraction, 0.6);
    QCOMPARE(b.lease.interestRate, 0.05);
    QCOMPARE(b.lease.loanYears, 5);
    QCOMPARE(b.lease.taxRate, 0.25);
    QCOMPARE(b.lease.depreciationYears, 5);
    QCOMPARE(b.lease.residualFraction, 0.05);
    QCOMPARE(b.lease.discountRate, 0.08);

    // The example spells out the defaults except nodes_per_rack 4, pue 1.25 and
    // activation_recompute false (the default, null, lets the engine choose).
    Brief minimal = parseBrief(brief(""), Catalog::builtin());
    minimal.compute.nodesPerRack = 4;
    minimal.power.pue = 1.25;
    minimal.training.activationRecompute = ActivationRecompute::None;
    QVERIFY2(minimal == b, (toJson(minimal) + "\n---\n" + toJson(b)).c_str());
}

void TestBrief::gb200LiquidBrief()
{
    const Catalog &cat = Catalog::builtin();
    const Brief b = parseBrief(readFile(dataPath("briefs/good/gb200-liquid.json")), cat);
    const NodeSpec *node = cat.node("gb200-nvl72");
    QVERIFY(node);
    QVERIFY(node->rackScale);
    QCOMPARE(b.compute.platform, std::string("gb200-nvl72"));
    QCOMPARE(b.compute.accelerators, 10368LL); // 144 racks × 72 GPUs
    QCOMPARE(b.compute.nodesPerRack, std::optional<int>(1));
    QCOMPARE(b.cooling.mode, CoolingMode::Liquid);
    QCOMPARE(b.power.redundancy, Redundancy::NPlus1);
    QCOMPARE(b.power.loadFactor, 0.9);
    QCOMPARE(b.power.electricityPricePerKwh, 0.45);
    QCOMPARE(b.hall.widthM, std::optional<double>(60.0));
    QCOMPARE(b.hall.depthM, std::optional<double>(80.5));
    QCOMPARE(b.training.params, 1.8e12);
    QCOMPARE(b.training.tokens, 1.0e13);
    QCOMPARE(b.training.mfu, std::optional<double>(0.4));
    QCOMPARE(b.training.activationRecompute, std::optional<ActivationRecompute>(ActivationRecompute::Full));
    QCOMPARE(b.fabric.nodesPerSu, 8); // as the file gives (also the rack-scale default)
    // Defaults by the rule: qm9700 up to 400 Gb/s NICs, q3400 beyond; link = NIC speed.
    QCOMPARE(b.fabric.linkGbps, std::optional<double>(node->computeNicGbps));
    QCOMPARE(b.fabric.switchId, std::string(node->computeNicGbps <= 400.0 ? "qm9700" : "q3400"));
    QCOMPARE(b.lease.currency, std::string("USD"));
    QCOMPARE(b.lease.years, 6);
    QCOMPARE(b.lease.pricePerNodeMonth, std::optional<double>(250000.0));
    QVERIFY(!b.lease.pricePerAcceleratorHour); // cleared by the per-node price
    QCOMPARE(b.lease.utilization, 0.85);
    QCOMPARE(b.lease.capexPerNode, std::optional<double>(3.9e6));
    QCOMPARE(b.lease.electricityPaidBy, ElectricityPayer::Lessee);
    QCOMPARE(b.lease.discountRate, 0.1);
}

void TestBrief::threeTierBrief()
{
    const Brief b = parseBrief(readFile(dataPath("briefs/good/three-tier.json")), Catalog::builtin());
    QCOMPARE(b.compute.accelerators, 4000LL); // not a multiple of 8: nodes = ceil(4000 / 8) = 500 downstream
    QCOMPARE(b.fabric.switchId, std::string("sn5600"));
    QCOMPARE(b.fabric.tiers, 3);
    // SN5600: 64 ports of 800GbE, each split into 2 × 400G → 64 × 800 / 400 = 128.
    QCOMPARE(b.fabric.switchRadix, std::optional<int>(128));
    QCOMPARE(b.fabric.linkGbps, std::optional<double>(400.0));
    QCOMPARE(b.fabric.oversubscription, 2.0);
    QCOMPARE(b.fabric.railOptimized, false);
    QCOMPARE(b.fabric.nodesPerSu, 16);
    QCOMPARE(b.power.redundancy, Redundancy::N);
    QVERIFY(!b.power.pue);
    QCOMPARE(b.cooling.mode, CoolingMode::Air);
    QCOMPARE(b.lease.pricePerAcceleratorHour, std::optional<double>(9.5));
    QCOMPARE(b.lease.capexTotal, std::optional<double>(2.5e9));
    QCOMPARE(b.lease.debtFraction, 0.0);
    QCOMPARE(b.lease.interestRate, 0.0);
    QCOMPARE(b.lease.taxRate, 0.0);
    QCOMPARE(b.lease.discountRate, -0.02);
}

void TestBrief::goodBriefsRoundTrip_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = briefFiles("good");
    QVERIFY(files.size() >= 4);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << f;
}

void TestBrief::goodBriefsRoundTrip()
{
    QFETCH(QString, file);
    const Catalog &cat = Catalog::builtin();
    const Brief b = parseBrief(readFile(dataPath("briefs/good/" + file.toStdString())), cat);
    const std::string canonical = toJson(b);
    const Brief again = parseBrief(canonical, cat);
    QVERIFY(again == b);
    QCOMPARE(toJson(again), canonical);
    // Every field is written: each section of docs/cli.md is present, optional ones as null.
    for (const char *key : {"\"schema\"", "\"nodes_per_rack\"", "\"switch_radix\"", "\"link_gbps\"", "\"pue\"",
                            "\"width_m\"", "\"mfu\"", "\"price_per_node_month\"", "\"capex_per_node\"",
                            "\"discount_rate\""})
        QVERIFY2(canonical.find(key) != std::string::npos, key);
    // A resolved brief resolves to itself.
    QVERIFY(resolveBrief(b, cat) == b);
}

void TestBrief::badBriefsAreRejected_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<std::string>("path");
    QTest::addColumn<std::string>("fragment");
    for (const BadBrief &bad : badBriefs)
        QTest::newRow(bad.file) << QString(bad.file) << std::string(bad.path) << std::string(bad.fragment);
}

void TestBrief::badBriefsAreRejected()
{
    QFETCH(QString, file);
    QFETCH(std::string, path);
    QFETCH(std::string, fragment);
    const std::string message = errorOf(readFile(dataPath("briefs/bad/" + file.toStdString())));
    QVERIFY2(!message.empty(), "accepted");
    QVERIFY2(message.find('\n') == std::string::npos && message.find('\r') == std::string::npos,
             message.c_str());
    QVERIFY2(message.rfind(path + ": ", 0) == 0, message.c_str()); // starts with the field path
    QVERIFY2(message.find(fragment) != std::string::npos, message.c_str());
}

void TestBrief::everyBadFileIsInTheTable()
{
    // The CLI tests run every file in bad/ and expect exit 2: each must be listed (and so rejected) above.
    std::set<QString> listed;
    for (const BadBrief &bad : badBriefs)
        listed.insert(QString(bad.file));
    const QStringList files = briefFiles("bad");
    QVERIFY(files.size() >= 24);
    QCOMPARE(files.size(), static_cast<qsizetype>(listed.size()));
    for (const QString &f : files)
        QVERIFY2(listed.count(f), qPrintable(f));
}

void TestBrief::jsonErrorsCarryLineAndColumn()
{
    // Line 2 is `  "power": { "pue": NaN } }`: the N is the 21st character.
    const std::string nan = "{ " + schemaLine + ",\n  \"power\": { \"pue\": NaN } }";
    const std::string m = errorOf(nan);
    QVERIFY2(m.rfind("power.pue: invalid JSON at line 2, column 21", 0) == 0, m.c_str());

    // A truncated document: the error is at the end, on line 3.
    const std::string cut = "{\n  " + schemaLine + ",\n  \"compute\": {";
    const std::string m2 = errorOf(cut);
    QVERIFY2(m2.find("invalid JSON at line 3") != std::string::npos, m2.c_str());

    // A control character inside a string is reported on one line.
    const std::string raw = "{ " + schemaLine + ", \"name\": \"Hall\nA\" }";
    const std::string m3 = errorOf(raw);
    QVERIFY2(m3.rfind("name: invalid JSON at line 1", 0) == 0, m3.c_str());
    QVERIFY(m3.find('\n') == std::string::npos);
}

void TestBrief::defaultResolution_data()
{
    QTest::addColumn<std::string>("fabric");
    QTest::addColumn<std::string>("switchId");
    QTest::addColumn<int>("radix");
    QTest::addColumn<double>("linkGbps");
    // QM9700: 64 × 400G (NDR); SN5600: 64 × 800GbE; both split a port into two halves.
    QTest::newRow("h100 default") << std::string("{}") << std::string("qm9700") << 64 << 400.0;
    QTest::newRow("qm9700 at 200G") << std::string(R"({"link_gbps": 200})") << std::string("qm9700")
                                    << 128 << 200.0; // 64 × 400 / 200
    QTest::newRow("sn5600 at NIC speed") << std::string(R"({"switch": "sn5600"})") << std::string("sn5600")
                                         << 128 << 400.0; // 64 × 800 / 400
    QTest::newRow("sn5600 at 200G") << std::string(R"({"switch": "sn5600", "link_gbps": 200})")
                                    << std::string("sn5600") << 256 << 200.0; // 64 × 800 / 200
    QTest::newRow("explicit radix") << std::string(R"({"switch_radix": 48})") << std::string("qm9700") << 48
                                    << 400.0;
    QTest::newRow("radix at capacity") << std::string(R"({"switch": "sn5600", "switch_radix": 128})")
                                       << std::string("sn5600") << 128 << 400.0;
}

void TestBrief::defaultResolution()
{
    QFETCH(std::string, fabric);
    QFETCH(std::string, switchId);
    QFETCH(int, radix);
    QFETCH(double, linkGbps);
    // Check the published port figures the expectations rest on.
    QCOMPARE(switchOf("qm9700").ports, 64);
    QCOMPARE(switchOf("qm9700").portGbps, 400.0);
    QCOMPARE(switchOf("sn5600").portGbps, 800.0);
    QCOMPARE(switchOf("sn5600").ports, 64);
    const Brief b = parseBrief(brief("\"fabric\": " + fabric), Catalog::builtin());
    QCOMPARE(b.fabric.switchId, switchId);
    QCOMPARE(b.fabric.switchRadix, std::optional<int>(radix));
    QCOMPARE(b.fabric.linkGbps, std::optional<double>(linkGbps));
}

void TestBrief::defaultSwitchFollowsNicSpeed()
{
    const Catalog &cat = Catalog::builtin();
    QVERIFY(cat.nodes().size() >= 7);
    for (const auto &[id, node] : cat.nodes()) {
        const std::string cooling = node.cooling == CoolingType::Liquid ? "liquid" : "auto";
        const std::string text = brief(R"("compute": {"platform": ")" + id + R"("}, "cooling": {"mode": ")" + cooling
                                       + "\"}");
        const Brief b = parseBrief(text, cat);
        // By hand from docs/cli.md and docs/network.md (the cheapest switch that reaches 10,240):
        // InfiniBand-capable NICs take their generation, HDR for 200G, NDR for 400G, XDR above.
        // RoCE-only NICs: 200GE QSFP56 ports fit only the CloudEngine's 2 × 200G SR4 split; at
        // 400G SN5600 (420,000 CNY for 128 × 400G) undercuts CE9866 (900,000 for 128) with media
        // for OSFP and QSFP112 NICs alike.
        const bool ib = node.computeNicsSpeak("infiniband");
        const double g = node.computeNicGbps;
        const std::string expected = ib ? (g <= 200.0 ? "qm8700" : g <= 400.0 ? "qm9700" : "q3400")
                                        : (g <= 200.0 ? "ce9866-128dq" : "sn5600");
        QCOMPARE(b.fabric.switchId, expected);
        QCOMPARE(b.fabric.linkGbps, std::optional<double>(node.computeNicGbps));
        const SwitchSpec &sw = switchOf(expected.c_str());
        // ports × (port speed / link speed) for a port speed that is a whole multiple of the link.
        const double split = sw.portGbps / node.computeNicGbps;
        QCOMPARE(split, std::round(split));
        QCOMPARE(b.fabric.switchRadix, std::optional<int>(sw.ports * static_cast<int>(split)));
    }
}

void TestBrief::fasterNicDefaultsToXdrSwitch()
{
    // A DGX H100 copy with 800 Gb/s NICs: the same chassis, only the NIC speed decides.
    nlohmann::json doc = nlohmann::json::parse(Catalog::builtin().toJson());
    nlohmann::json node;
    for (const auto &n : doc.at("nodes"))
        if (n.at("id") == "dgx-h100")
            node = n;
    QVERIFY(node.is_object());
    node["id"] = "test-800g";
    node["compute_nic_gbps"] = 800.0;
    doc["nodes"].push_back(node);
    const Catalog cat = Catalog::fromJson(doc.dump());

    const Brief b = parseBrief(brief(R"("compute": {"platform": "test-800g"})"), cat);
    // 800 > 400 → q3400; Quantum-X800 Q3400: 144 XDR ports of 800 Gb/s → 144 × 800 / 800 = 144.
    QCOMPARE(switchOf("q3400").ports, 144);
    QCOMPARE(switchOf("q3400").portGbps, 800.0);
    QCOMPARE(b.fabric.switchId, std::string("q3400"));
    QCOMPARE(b.fabric.linkGbps, std::optional<double>(800.0));
    QCOMPARE(b.fabric.switchRadix, std::optional<int>(144));

    // Forcing the NDR switch leaves the 800 Gb/s link default faster than its ports.
    std::string m;
    try {
        parseBrief(brief(R"("compute": {"platform": "test-800g"}, "fabric": {"switch": "qm9700"})"), cat);
    } catch (const BriefError &e) {
        m = e.what();
    }
    QCOMPARE(m, std::string("fabric.link_gbps: 800 Gb/s is faster than the 400 Gb/s ports of switch qm9700"));
    // Run at 400G on the NDR switch it fits: 64 × 400 / 400 = 64 ports.
    const Brief slow =
        parseBrief(brief(R"("compute": {"platform": "test-800g"}, "fabric": {"switch": "qm9700", "link_gbps": 400})"),
                   cat);
    QCOMPARE(slow.fabric.switchRadix, std::optional<int>(64));

    // And the other way round: a link faster than the node's NIC.
    QCOMPARE(errorOf(brief(R"("fabric": {"switch": "sn5600", "link_gbps": 800})")),
             std::string("fabric.link_gbps: 800 Gb/s is faster than the 400 Gb/s compute NIC of dgx-h100"));
}

void TestBrief::nodeMonthPriceClearsHourlyPrice()
{
    const Brief b = parseBrief(brief(R"("lease": {"price_per_node_month": 60000})"), Catalog::builtin());
    QCOMPARE(b.lease.pricePerNodeMonth, std::optional<double>(60000.0));
    QVERIFY(!b.lease.pricePerAcceleratorHour);
    // Null hourly price beside a monthly one is fine; null monthly leaves the catalog default (null).
    const Brief c = parseBrief(brief(R"("lease": {"price_per_accelerator_hour": null, "price_per_node_month": 1})"),
                               Catalog::builtin());
    QVERIFY(!c.lease.pricePerAcceleratorHour);
    const Brief d = parseBrief(brief(R"("lease": {"price_per_node_month": null})"), Catalog::builtin());
    QVERIFY(!d.lease.pricePerAcceleratorHour && !d.lease.pricePerNodeMonth);
    // Zero is a price (free capacity), not "missing".
    const Brief e = parseBrief(brief(R"("lease": {"price_per_accelerator_hour": 0})"), Catalog::builtin());
    QCOMPARE(e.lease.pricePerAcceleratorHour, std::optional<double>(0.0));
}

void TestBrief::wholeFloatsAreCounts()
{
    // JSON has one number type: 1e4 and 4.0 are whole numbers.
    const Brief b = parseBrief(brief(R"("compute": {"accelerators": 1e4, "nodes_per_rack": 4.0})"),
                               Catalog::builtin());
    QCOMPARE(b.compute.accelerators, 10000LL);
    QCOMPARE(b.compute.nodesPerRack, std::optional<int>(4));
    const Brief t = parseBrief(brief(R"("fabric": {"tiers": 2.0})"), Catalog::builtin());
    QCOMPARE(t.fabric.tiers, 2);
    // The bounds are inclusive: 1 and 1,000,000 accelerators.
    QCOMPARE(parseBrief(brief(R"("compute": {"accelerators": 1})"), Catalog::builtin()).compute.accelerators, 1LL);
    QCOMPARE(parseBrief(brief(R"("compute": {"accelerators": 1000000})"), Catalog::builtin()).compute.accelerators,
             1000000LL);
    QVERIFY(errorOf(brief(R"("compute": {"nodes_per_rack": 1e10})"))
                .rfind("compute.nodes_per_rack: must be at most", 0)
            == 0);
}

void TestBrief::nullMeansDefault()
{
    const Catalog &cat = Catalog::builtin();
    const Brief nulls = parseBrief(brief(R"("name": null, "compute": null, "fabric": {"switch": null,
        "switch_radix": null, "link_gbps": null, "tiers": null, "oversubscription": null},
        "power": {"pue": null, "redundancy": null}, "cooling": {"mode": null}, "hall": null,
        "training": {"mfu": null, "params": null}, "lease": {"years": null, "capex_total": null})"),
                                   cat);
    QVERIFY(nulls == parseBrief(brief(""), cat));
}

void TestBrief::resolveBriefValidatesCodeBuiltBriefs()
{
    const Catalog &cat = Catalog::builtin();
    Brief b;
    b.lease.pricePerAcceleratorHour = 12.0;
    b.lease.pricePerNodeMonth = 60000.0; // both set in code
    try {
        resolveBrief(b, cat);
        QFAIL("both prices accepted");
    } catch (const BriefError &e) {
        QVERIFY(std::string(e.what()).rfind("lease.price_per_node_month:", 0) == 0);
    }
    b.lease.pricePerAcceleratorHour.reset();
    QCOMPARE(resolveBrief(b, cat).fabric.switchId, std::string("qm9700"));

    Brief nan;
    nan.training.params = std::nan("");
    try {
        resolveBrief(nan, cat);
        QFAIL("NaN accepted");
    } catch (const BriefError &e) {
        QCOMPARE(std::string(e.what()), std::string("training.params: must be a finite number, got nan"));
    }

    Brief multiline;
    multiline.name = "Hall\nA";
    try {
        resolveBrief(multiline, cat);
        QFAIL("control character accepted");
    } catch (const BriefError &e) {
        QVERIFY(std::string(e.what()).rfind("name: ", 0) == 0);
    }
}

void TestBrief::nodesPerRackLimitedByTallestRack()
{
    const Catalog &cat = Catalog::builtin();
    int tallest = 0;
    for (const auto &[id, rack] : cat.racks())
        tallest = std::max(tallest, rack.heightU);
    const NodeSpec *h100 = cat.node("dgx-h100");
    QVERIFY(h100);
    if (tallest == 0 || h100->uHeight == 0)
        QSKIP("the built-in catalog has no rack heights or node heights");
    const int fits = tallest / h100->uHeight; // e.g. 42U / 8U = 5
    QCOMPARE(parseBrief(brief("\"compute\": {\"nodes_per_rack\": " + std::to_string(fits) + "}"), cat)
                 .compute.nodesPerRack,
             std::optional<int>(fits));
    const std::string m = errorOf(brief("\"compute\": {\"nodes_per_rack\": " + std::to_string(fits + 1) + "}"));
    QVERIFY2(m.rfind("compute.nodes_per_rack:", 0) == 0 && m.find("tallest catalog rack") != std::string::npos,
             m.c_str());
}

void TestBrief::enumSpellings()
{
    for (CoolingMode m : {CoolingMode::Auto, CoolingMode::Air, CoolingMode::Liquid})
        QCOMPARE(coolingModeFromString(toString(m)), std::optional<CoolingMode>(m));
    for (Redundancy r : {Redundancy::N, Redundancy::NPlus1, Redundancy::TwoN})
        QCOMPARE(redundancyFromString(toString(r)), std::optional<Redundancy>(r));
    for (ElectricityPayer p : {ElectricityPayer::Lessor, ElectricityPayer::Lessee})
        QCOMPARE(electricityPayerFromString(toString(p)), std::optional<ElectricityPayer>(p));
    QCOMPARE(std::string(toString(Redundancy::NPlus1)), std::string("N+1"));
    QCOMPARE(std::string(toString(Redundancy::TwoN)), std::string("2N"));
    QVERIFY(!coolingModeFromString("Air")); // spellings are exact
    QVERIFY(!redundancyFromString("2n"));
}

void TestBrief::damagedBriefsFailCleanly()
{
    // Every prefix of the example and every single-byte change of it either parses
    // or throws BriefError with one line: no other exception, no crash.
    const std::string text = readFile(dataPath("briefs/good/interface-example.json"));
    int rejected = 0;
    int accepted = 0;
    const auto attempt = [&](const std::string &damaged) {
        try {
            parseBrief(damaged, Catalog::builtin());
            ++accepted;
        } catch (const BriefError &e) {
            const std::string m = e.what();
            QVERIFY2(!m.empty() && m.find('\n') == std::string::npos, m.c_str());
            ++rejected;
        }
    };
    for (std::size_t n = 0; n < text.size(); ++n)
        attempt(text.substr(0, n));
    for (std::size_t i = 0; i < text.size(); ++i)
        for (char c : {'"', '}', ']', ',', '-', '9', 'x', '\0', '\xff'}) {
            std::string damaged = text;
            damaged[i] = c;
            attempt(damaged);
        }
    // Only the prefixes ending inside the trailing whitespace are whole documents.
    QVERIFY(rejected > static_cast<int>(text.size()));
    QVERIFY(accepted > 0); // e.g. a digit changed inside a price
}

QTEST_APPLESS_MAIN(TestBrief)
#include "test_brief.moc"
