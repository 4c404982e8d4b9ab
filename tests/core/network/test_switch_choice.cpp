// Tests of the default switch choice: the cheapest catalog switch that reaches the size, by hand.
#include "brief/brief.h"
#include "catalog/catalog.h"
#include "network/fabric_inputs.h"
#include "network/fabric_plan.h"
#include "network/switch_choice.h"

#include <QtTest>

#include <string>

using namespace hallwright;
using namespace hallwright::network;

namespace {

Brief briefFor(const std::string &platform, long long accelerators)
{
    return parseBrief(R"({"schema": "hallwright.brief/1", "compute": {"platform": ")" + platform
                          + R"(", "accelerators": )" + std::to_string(accelerators) + "}}",
                      Catalog::builtin());
}

} // namespace

class TestSwitchChoice : public QObject
{
    Q_OBJECT

private slots:
    void ndrReachesTenThousand();
    void beyondNdrTakesSpectrum4();
    void qsfp56RocePortsNeedAMatchingMedium();
    void cheapestOfTwoThatFit();
};

void TestSwitchChoice::ndrReachesTenThousand()
{
    // DGX H100 (VPI ConnectX-7, 400G): InfiniBand first, of the NIC's generation (NDR, 400G
    // ports): QM9700 alone. 3 tiers of R = 64 reach R³/4 = 65,536 ≥ 10,240 endpoints.
    const Brief b = briefFor("dgx-h100", 10240);
    QCOMPARE(b.fabric.switchId, std::string("qm9700"));
    QCOMPARE(b.fabric.nodesPerSu, 32); // 64 ports: 32 nodes down, 32 uplinks
}

void TestSwitchChoice::beyondNdrTakesSpectrum4()
{
    // 102,400 DGX H100 = 102,400 endpoints > 65,536 = 64³/4: no NDR fabric reaches. Ethernet
    // (the VPI NICs speak it): SN4700 (32 × 400G) reaches 32³/4 = 8,192, too few; CE9866's
    // single-port QSFP-DD cages take no twin-port module for the DGX's twin-port OSFP cages (no
    // medium fits both ends); SN5600 (128 × 400G) reaches 524,288. With the SU sized to the leaf
    // (64 nodes): 1,600 leaves, 1,600 spines, 832 cores.
    const Brief b = briefFor("dgx-h100", 102400);
    QCOMPARE(b.fabric.switchId, std::string("sn5600"));
    QCOMPARE(b.fabric.nodesPerSu, 64);
    const FabricPlan p = planFabric(fabricInputsFor(b, Catalog::builtin()));
    QCOMPARE(p.compute.leaves, 1600);
    QCOMPARE(p.compute.spines, 1600);
    QCOMPARE(p.compute.cores, 832);
    Brief ce = b;
    ce.fabric.switchId = "ce9866-128dq";
    QVERIFY(!computeFabricCost(ce, Catalog::builtin()));
}

void TestSwitchChoice::qsfp56RocePortsNeedAMatchingMedium()
{
    // Atlas 800T A2: 200GE RoCE ports in QSFP56 cages. SN5600's 200G medium takes a QSFP112 SR2
    // module at the NIC, which a QSFP56 port cannot take: no SN5600 fabric. The CloudEngine's
    // 400GE cage splits into 2 × 200G SR4 (SR8 module) facing a QSFP56 200G SR4: CE9866.
    const Brief b = briefFor("atlas-800t-a2", 10240);
    QCOMPARE(b.fabric.switchId, std::string("ce9866-128dq"));
    Brief sn = b;
    sn.fabric.switchId = "sn5600";
    sn.fabric.switchRadix.reset();
    sn.fabric.switchRadix = Catalog::builtin().switchSpec("sn5600")->portsAt(200);
    QVERIFY(!computeFabricCost(sn, Catalog::builtin()));
}

void TestSwitchChoice::cheapestOfTwoThatFit()
{
    // Kunlunxin P800 (400GE RoCE, QSFP112), 10,240 accelerators = 1,280 nodes, N = 10,240.
    // SN4700 (R = 32) reaches only 8,192. SN5600 and CE9866 both have R = 128 at 400G and media
    // for QSFP112 NICs, so both plan the same fabric: SU 64 nodes → 20 SUs × 8 = 160 leaves > 128
    // → 3 tiers; pods of 64 leaves → 3; 64 spines per pod → 192; cores ceil(3 × 64 / 128) = 2
    // per group × 64 = 128: 480 switches. Switches: 480 × 420,000 = 201.6 M CNY (SN5600) against
    // 480 × 900,000 = 432 M (CE9866). Media at 30 m: node-leaf 600 + 3,500 + 4,000 = 8,100 (SN5600,
    // half a twin 2×SR4 + QSFP112 SR4) against 600 + 4,200 + 4,000 = 8,800 (CE9866, QSFP-DD SR4);
    // so SN5600 is cheaper on every line.
    const Brief b = briefFor("kunlunxin-p800-8", 10240);
    QCOMPARE(b.fabric.switchId, std::string("sn5600"));
    const auto sn = computeFabricCost(b, Catalog::builtin());
    QVERIFY(sn);
    QCOMPARE(sn->switches, 480);
    QCOMPARE(sn->switchesCny, 480 * 420000.0);
    Brief ce = b;
    ce.fabric.switchId = "ce9866-128dq";
    const auto c = computeFabricCost(ce, Catalog::builtin());
    QVERIFY(c);
    QCOMPARE(c->switches, 480);
    QVERIFY(c->totalCny() > sn->totalCny());
}

QTEST_APPLESS_MAIN(TestSwitchChoice)
#include "test_switch_choice.moc"
