// Tests of the fabric sizing rules against NVIDIA's SuperPOD table, Al-Fares' fat-tree and docs/engineering-reference.md formulas.
#include "network/fabric_plan.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

#include <QtTest>

using namespace hallwright::network;

namespace {

FabricInputs superPod(long long nodes)
{
    FabricInputs in;
    in.nodes = nodes;
    in.acceleratorsPerNode = 8;
    in.railsPerNode = 8;
    in.nicGbps = 400;
    in.switchRadix = 64;
    in.linkGbps = 400;
    in.nodesPerSu = 32;
    return in;
}

/// Full SUs of 8 rails at radix R with R/2 nodes per SU: every leaf non-blocking and full.
FabricInputs fullSus(int radix, int sus, int tiers = 0)
{
    FabricInputs in = superPod(static_cast<long long>(sus) * (radix / 2));
    in.switchRadix = radix;
    in.nodesPerSu = radix / 2;
    in.tiers = tiers;
    return in;
}

} // namespace

class TestFabricPlan : public QObject
{
    Q_OBJECT

private slots:
    void superPodReference();
    void fatTreeReference();
    void twoTierFormulas_data();
    void twoTierFormulas();
    void threeTierFormulas_data();
    void threeTierFormulas();
    void closMinimum();
    void autoTiers();
    void oversubscribed();
    void partialSu();
    void refusals();
    void otherFabrics();
    void nicFasterThanPort();
};

void TestFabricPlan::superPodReference()
{
    const auto ref = nlohmann::json::parse(hallwright::test::readFile(
        hallwright::test::referencePath("dgx-h100-superpod-compute-fabric.json")));
    QCOMPARE(ref["rows"].size(), std::size_t(4));
    for (const auto &row : ref["rows"]) {
        const FabricPlan p = planFabric(superPod(row["nodes"].get<long long>()));
        QCOMPARE(p.sus, row["sus"].get<int>());
        QCOMPARE(p.compute.tiers, 2);
        QCOMPARE(p.compute.leaves, row["leaf"].get<int>());
        QCOMPARE(p.compute.spines, row["spine"].get<int>());
        // UFM links are excluded: the table's node_and_ufm_cables = nodes × 8 + 4 UFM links.
        QCOMPARE(p.nodeLeafLinks, row["node_and_ufm_cables"].get<long long>() - 4);
        QCOMPARE(p.compute.leafSpineLinks, row["leaf_spine_cables"].get<long long>());
        QCOMPARE(p.nodes, row["nodes"].get<long long>());
    }
}

void TestFabricPlan::fatTreeReference()
{
    const auto ref = nlohmann::json::parse(hallwright::test::readFile(hallwright::test::referencePath("fat-tree.json")));
    for (const auto &c : ref["cases"]) {
        const int k = c["k"].get<int>();
        // A k-ary fat-tree: one NIC per host, an edge switch of k/2 hosts per "SU", radix k, 3 tiers.
        FabricInputs in;
        in.nodes = c["hosts"].get<long long>();
        in.acceleratorsPerNode = 1;
        in.railsPerNode = 1;
        in.switchRadix = k;
        in.nodesPerSu = k / 2;
        in.tiers = 0; // k³/4 hosts exceed k²/2, so auto must choose 3
        const FabricPlan p = planFabric(in);
        QCOMPARE(p.compute.tiers, 3);
        QCOMPARE(p.compute.leaves, c["edge"].get<int>());
        QCOMPARE(p.compute.spines, c["aggregation"].get<int>());
        QCOMPARE(p.compute.cores, c["core"].get<int>());
        QCOMPARE(p.compute.switches(), c["switches"].get<int>());
        QCOMPARE(p.compute.pods, k);
        QCOMPARE(p.maxEndpoints, static_cast<long long>(k) * k * k / 4);
    }
}

void TestFabricPlan::twoTierFormulas_data()
{
    QTest::addColumn<int>("radix");
    QTest::addColumn<int>("sus");
    // N = sus × R/2 nodes × 8 rails.
    QTest::newRow("R64 N1024") << 64 << 4;
    QTest::newRow("R64 N2048 = R²/2") << 64 << 8;
    QTest::newRow("R128 N4096") << 128 << 8;
    QTest::newRow("R128 N8192 = R²/2") << 128 << 16;
}

void TestFabricPlan::twoTierFormulas()
{
    QFETCH(int, radix);
    QFETCH(int, sus);
    const FabricPlan p = planFabric(fullSus(radix, sus));
    const long long n = static_cast<long long>(sus) * (radix / 2) * 8;
    QCOMPARE(p.endpoints, n);
    QCOMPARE(p.compute.tiers, 2);
    // docs/engineering-reference.md §1: 2 tiers → 2N/R leaves, N/R spines, 2N links.
    QCOMPARE(static_cast<long long>(p.compute.leaves), 2 * n / radix);
    QCOMPARE(static_cast<long long>(p.compute.spines), n / radix);
    QCOMPARE(p.nodeLeafLinks + p.compute.leafSpineLinks, 2 * n);
    QCOMPARE(p.compute.spineCoreLinks, 0LL);
}

void TestFabricPlan::threeTierFormulas_data()
{
    QTest::addColumn<int>("radix");
    QTest::addColumn<int>("sus");
    QTest::newRow("R64 N4096") << 64 << 16;
    QTest::newRow("R64 N16384") << 64 << 64;
    QTest::newRow("R64 N65536 = R³/4") << 64 << 256;
    QTest::newRow("R128 N131072") << 128 << 256;
    QTest::newRow("R128 N524288 = R³/4") << 128 << 1024;
}

void TestFabricPlan::threeTierFormulas()
{
    QFETCH(int, radix);
    QFETCH(int, sus);
    const FabricPlan p = planFabric(fullSus(radix, sus));
    const long long n = static_cast<long long>(sus) * (radix / 2) * 8;
    QCOMPARE(p.compute.tiers, 3);
    // docs/engineering-reference.md §1: 3 tiers → 2N/R leaves, 2N/R spines, N/R cores, 3N links.
    QCOMPARE(static_cast<long long>(p.compute.leaves), 2 * n / radix);
    QCOMPARE(static_cast<long long>(p.compute.spines), 2 * n / radix);
    QCOMPARE(static_cast<long long>(p.compute.cores), n / radix);
    QCOMPARE(p.nodeLeafLinks + p.compute.leafSpineLinks + p.compute.spineCoreLinks, 3 * n);
    // A pod holds R/2 leaves = R/16 SUs of 8 rails.
    QCOMPARE(p.compute.leavesPerPod, radix / 2);
}

void TestFabricPlan::closMinimum()
{
    // Non-blocking 3-tier minimum (docs/engineering-reference.md §1): 2N/R leaves, 2N/R spines, N/R cores.
    // 10,240 DGX H100 on QM9700 (R = 64): N = 10,240; 40 SUs × 8 leaves = 320 = 2N/R leaves.
    // Pods of R/2 = 32 leaves (4 SUs) → 10 pods; spines per pod ceil(32 × 32 / 32) = 32 → 320 = 2N/R;
    // cores per group ceil(10 pods × 32 uplinks / 64) = 5, 32 groups → 160 = N/R (an exact
    // divisor spread, 32/g links per spine-core pair, needed 8 per group: 256).
    const FabricPlan h = planFabric(superPod(1280));
    QCOMPARE(h.compute.tiers, 3);
    QCOMPARE(h.compute.leaves, 320);
    QCOMPARE(h.compute.spines, 320);
    QCOMPARE(h.compute.cores, 160);
    QCOMPARE(h.compute.pods, 10);
    QCOMPARE(h.compute.coresPerGroup, 5);
    QCOMPARE(h.nodeLeafLinks + h.compute.leafSpineLinks + h.compute.spineCoreLinks, 3LL * 10240);

    // GB200 NVL72, 9,216 GPUs = 128 racks of 72 NICs, SU of 8 racks, R = 64: 8 × 72/r ≤ 32 →
    // r = 18 rails of 4 NICs: 18 leaves per SU × 16 SUs = 288 = 2N/R. Pods of floor(32/18) × 18 =
    // 18 leaves → 16 pods; spines per pod ceil(18 × 32 / 32) = 18 → 288; cores per group
    // ceil(16 × 32 / 64) = 8, 18 groups → 144 = N/R. 720 = 5N/R switches (whole-SU pods with
    // evenly divided spines gave 992).
    FabricInputs gb;
    gb.nodes = 128;
    gb.acceleratorsPerNode = 72;
    gb.railsPerNode = 72;
    gb.nicGbps = 400;
    gb.linkGbps = 400;
    gb.switchRadix = 64;
    gb.nodesPerSu = 8;
    groupRackScaleRails(gb);
    QCOMPARE(gb.railsPerNode, 18);
    const FabricPlan g = planFabric(gb);
    QCOMPARE(g.compute.leaves, 288);
    QCOMPARE(g.compute.spines, 288);
    QCOMPARE(g.compute.cores, 144);
    QCOMPARE(g.compute.switches(), 5 * 9216 / 64);

    // 102,400 DGX H100 on SN5600 (R = 128 at 400G) with the SU sized to the leaf: 64 nodes.
    // 200 SUs × 8 = 1,600 leaves = 2N/R (SUs of 32 nodes idled half of every leaf: 3,200).
    // Pods of 64 leaves → 25; spines ceil(64 × 64 / 64) = 64 per pod → 1,600 = 2N/R; cores per
    // group ceil(25 × 64 / 128) = 13, 64 groups → 832 against N/R = 800: within one pod.
    FabricInputs big = superPod(12800);
    big.switchRadix = 128;
    big.nodesPerSu = 64;
    const FabricPlan b = planFabric(big);
    QCOMPARE(b.compute.leaves, 1600);
    QCOMPARE(b.compute.spines, 1600);
    QCOMPARE(b.compute.cores, 832);
    QVERIFY(b.compute.cores - 102400 / 128 <= b.compute.leavesPerPod + b.compute.spinesPerPod);
}

void TestFabricPlan::autoTiers()
{
    // R = 64: 8 full SUs are 64 leaves (2 tiers); a 9th SU makes 72 > 64 leaves → 3 tiers.
    QCOMPARE(planFabric(fullSus(64, 8)).compute.tiers, 2);
    const FabricPlan p = planFabric(fullSus(64, 9));
    QCOMPARE(p.compute.tiers, 3);
    // 72 leaves, pods of 32 → 3 pods; 32 spines per pod (one link per leaf-spine pair) → 96;
    // each spine 32 uplinks; core group size g: 3 pods × 32/g ≤ 64 → g = 2; cores = 32 × 2 = 64.
    QCOMPARE(p.compute.pods, 3);
    QCOMPARE(p.compute.spines, 96);
    QCOMPARE(p.compute.cores, 64);
    QCOMPARE(p.compute.spineCoreLinks, 96LL * 32);
    // Forcing 3 tiers on 1 SU: 8 leaves in one pod; spines per pod: 8 × 32/s ≤ 32 → s = 8;
    // 32 uplinks per spine, 1 pod → g = 1 (32 ≤ 64): 8 cores.
    const FabricPlan forced = planFabric(fullSus(64, 1, 3));
    QCOMPARE(forced.compute.tiers, 3);
    QCOMPARE(forced.compute.spines, 8);
    QCOMPARE(forced.compute.cores, 8);
}

void TestFabricPlan::oversubscribed()
{
    // o = 2 at R = 64: a leaf takes at most floor(64·2/3) = 42 nodes; 42 down, 21 up.
    FabricInputs in = superPod(84);
    in.nodesPerSu = 42;
    in.oversubscription = 2.0;
    const FabricPlan p = planFabric(in);
    QCOMPARE(p.compute.leafUplinks, 21);
    // 16 leaves × 21 uplinks: spines s | 21 with 16 × 21/s ≤ 64 → s ∈ {1,3,7,21}: 336, 112, 48 → s = 7.
    QCOMPARE(p.compute.spines, 7);
    QCOMPARE(p.compute.linksPerLeafSpine, 3);
    QCOMPARE(p.compute.leafSpineLinks, 16LL * 21);
    in.nodesPerSu = 43; // 43 + 22 = 65 ports > 64
    QVERIFY_THROWS_EXCEPTION(FabricError, planFabric(in));
}

void TestFabricPlan::partialSu()
{
    // 33 nodes in SUs of 32: 2 SUs, the second with 1 node but a full set of 8 leaves, all uplinks cabled.
    const FabricPlan p = planFabric(superPod(33));
    QCOMPARE(p.sus, 2);
    QCOMPARE(p.lastSuNodes, 1);
    QCOMPARE(p.compute.leaves, 16);
    QCOMPARE(p.nodeLeafLinks, 33LL * 8);
    QCOMPARE(p.compute.leafSpineLinks, 16LL * 32);
}

void TestFabricPlan::refusals()
{
    // 40 nodes per SU at R = 64 non-blocking: 40 + 40 > 64.
    FabricInputs wide = superPod(80);
    wide.nodesPerSu = 40;
    try {
        planFabric(wide);
        QFAIL("an SU wider than a leaf must be refused");
    } catch (const FabricError &e) {
        QVERIFY(std::string(e.what()).find("SU wider than a leaf") != std::string::npos);
    }
    // R³/4 = 65,536 endpoints at R = 64; 257 full SUs need 257 × 8 = 2056 leaves = 65 pods > 64.
    QVERIFY_THROWS_EXCEPTION(FabricError, planFabric(fullSus(64, 257)));
    // 2 tiers forced on 9 SUs (72 leaves > 64).
    QVERIFY_THROWS_EXCEPTION(FabricError, planFabric(fullSus(64, 9, 2)));
    FabricInputs bad = superPod(0);
    QVERIFY_THROWS_EXCEPTION(FabricError, planFabric(bad));
    bad = superPod(10);
    bad.tiers = 4;
    QVERIFY_THROWS_EXCEPTION(FabricError, planFabric(bad));
    bad = superPod(10);
    bad.oversubscription = 0;
    QVERIFY_THROWS_EXCEPTION(FabricError, planFabric(bad));
}

void TestFabricPlan::otherFabrics()
{
    FabricInputs in = superPod(127); // 4 SUs, 32 leaves, 16 spines
    in.storagePortsPerNode = 1;
    in.storageGbps = 200;
    in.storageSwitchRadix = 64;
    in.inbandPortsPerNode = 1;
    in.inbandSwitchRadix = 64;
    in.oobPortsPerNode = 1;
    in.oobSwitchRadix = 48;
    const FabricPlan p = planFabric(in);
    // Storage: 32 ports per SU → 1 leaf (32 down, 32 up); 4 leaves: s | 32, 4 × 32/s ≤ 64 → s = 2.
    QCOMPARE(p.storageLeavesPerSu, 1);
    QCOMPARE(p.storage.leaves, 4);
    QCOMPARE(p.storage.spines, 2);
    QCOMPARE(p.storage.leafSpineLinks, 128LL);
    QCOMPARE(p.storageNodeLinks, 127LL);
    // In-band: 32 ports per SU on a 62-port access switch → 1; 4 access switches → one aggregation pair.
    QCOMPARE(p.inbandSwitchesPerSu, 1);
    QCOMPARE(p.inbandAggregation, 2);
    QCOMPARE(p.inbandUplinks, 8LL);
    // OOB per SU: 32 BMCs + 8 leaves + 1 storage leaf + 1 in-band = 42 ≤ 47 → 1 switch.
    // Central: 16 spines + 2 storage spines + 2 aggregation + 4 SU uplinks = 24 ≤ 48 → 1.
    QCOMPARE(p.oobSwitchesPerSu, 1);
    QCOMPARE(p.oobCentralSwitches, 1);
    QCOMPARE(p.oobLinks, 127LL + 4 * 10 + 20);
    QCOMPARE(p.switchesPerSu(), 8 + 1 + 1 + 1);
    QCOMPARE(p.centralSwitches(), 16 + 2 + 2 + 1);
    QCOMPARE(p.totalSwitches(), 4 * 11 + 21);
    // Trunk fibres per SU: 8 × 32 compute + 32 storage + 2 in-band + 1 OOB uplinks.
    QCOMPARE(p.trunkFibresPerSu(), 256LL + 32 + 2 + 1);
}

void TestFabricPlan::nicFasterThanPort()
{
    // 800G NICs on 400G ports: 2 links per NIC, so an SU of 16 nodes fills 32 leaf downlinks.
    FabricInputs in = superPod(32);
    in.nicGbps = 800;
    in.nodesPerSu = 16;
    const FabricPlan p = planFabric(in);
    QCOMPARE(p.linksPerNic, 2);
    QCOMPARE(p.compute.leafDownlinks, 32);
    QCOMPARE(p.nodeLeafLinks, 32LL * 8 * 2);
    QCOMPARE(p.compute.leaves, 16);
}

QTEST_APPLESS_MAIN(TestFabricPlan)
#include "test_fabric_plan.moc"
