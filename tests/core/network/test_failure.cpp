// Tests of failure impact: accelerators cut off and bandwidth lost for failed switches, links and racks.
#include "hall_fixture.h"

#include "catalog/catalog.h"
#include "network/failure.h"
#include "network/network_analysis.h"
#include "network/synthesis.h"

#include <QtTest>

using namespace hallwright;
using namespace hallwright::network;

namespace {

const Catalog &catalog()
{
    return Catalog::builtin();
}

/// DGX H100 SUs of 32 on QM9700, compute fabric plus OOB.
Design hall(int sus, long long nodes)
{
    test::HallSpec spec;
    spec.sus = sus;
    spec.nodes = nodes;
    spec.centralRacks = 2;
    Design d = test::makeHall(spec, catalog());
    FabricInputs in;
    in.nodesPerSu = 32;
    in.oobPortsPerNode = 1;
    synthesizeNetwork(d, in, SwitchIds{}, catalog());
    return d;
}

DeviceId byName(const Design &d, const std::string &name)
{
    for (const Device &dev : d.devices)
        if (dev.name == name)
            return dev.id;
    return {};
}

} // namespace

class TestFailure : public QObject
{
    Q_OBJECT

private slots:
    void leafFailure();
    void spineFailureRailLocal();
    void spineFailureAcrossSus();
    void linkAndRackFailures();
    void allSpinesFail();
    void sweep();
};

void TestFailure::leafFailure()
{
    // 1 SU of 31 nodes: leaf 3 carries rail 3 of every node (31 NICs) and 32 uplinks.
    const Design d = hall(1, 31);
    const FailureAnalyzer fa(d, catalog());
    const FailureImpact f = fa.deviceFailure(byName(d, "SU000-L03"));
    QCOMPARE(f.acceleratorsCutOff, 31LL);
    QCOMPARE(f.nodesAffected, 31LL);
    QCOMPARE(f.computeLinksLost, 31LL + 32);
    QCOMPARE(f.computeGbpsLost, 63 * 400.0);
    QCOMPARE(f.otherLinksLost, 1LL); // its management port
    const FailureImpact g = switchFailureImpact(d, catalog(), byName(d, "SU000-L03"));
    QCOMPARE(g.acceleratorsCutOff, f.acceleratorsCutOff);
}

void TestFailure::spineFailureRailLocal()
{
    // 1 SU: a spine carries 8 links from each of 8 leaves. No accelerator is cut off, and the
    // bisection (halves of 15 and 16 nodes on the same rail leaves) stays 15 × 8 × 0.4 = 48 Tb/s.
    const Design d = hall(1, 31);
    const FailureAnalyzer fa(d, catalog());
    const FailureImpact f = fa.deviceFailure(byName(d, "SP0000"), true);
    QCOMPARE(f.acceleratorsCutOff, 0LL);
    QCOMPARE(f.nodesAffected, 0LL);
    QCOMPARE(f.computeLinksLost, 64LL);
    QCOMPARE(f.computeGbpsLost, 64 * 400.0);
    QCOMPARE(*f.bisectionTbpsAfter, 48.0);
}

void TestFailure::spineFailureAcrossSus()
{
    // 2 full SUs: halves are the SUs; 16 leaves × 32 uplinks over 8 spines, 4 links per leaf-spine pair.
    // Before: 8 leaves × 32 × 0.4 = 102.4 Tb/s; one spine lost: 8 × 28 × 0.4 = 89.6 Tb/s.
    const Design d = hall(2, 64);
    const NetworkResults r = analyzeNetwork(d, catalog());
    QCOMPARE(*r.bisectionTbps, 102.4);
    const FailureAnalyzer fa(d, catalog());
    const FailureImpact f = fa.deviceFailure(byName(d, "SP0003"), true);
    QCOMPARE(f.acceleratorsCutOff, 0LL);
    QCOMPARE(f.computeLinksLost, 16LL * 4);
    QCOMPARE(*f.bisectionTbpsAfter, 89.6);
}

void TestFailure::linkAndRackFailures()
{
    const Design d = hall(1, 31);
    const FailureAnalyzer fa(d, catalog());
    // The first compute link (node 0, rail 0): one NIC, one accelerator.
    const Link *first = nullptr;
    for (const Link &l : d.links)
        if (l.fabric == Fabric::Compute && l.tier == LinkTier::NodeLeaf) {
            first = &l;
            break;
        }
    QVERIFY(first);
    const FailureImpact fl = fa.linkFailure(first->id);
    QCOMPARE(fl.acceleratorsCutOff, 1LL);
    QCOMPARE(fl.nodesAffected, 1LL);
    QCOMPARE(fl.computeGbpsLost, 400.0);
    // A leaf-spine link: bandwidth only.
    for (const Link &l : d.links)
        if (l.tier == LinkTier::LeafSpine && l.fabric == Fabric::Compute) {
            const FailureImpact f = fa.linkFailure(l.id);
            QCOMPARE(f.acceleratorsCutOff, 0LL);
            QCOMPARE(f.computeGbpsLost, 400.0);
            break;
        }
    // A compute rack of 4 nodes: 32 accelerators, 4 × 8 compute links and 4 BMC links.
    const Rack *rack = nullptr;
    for (const Rack &r : d.racks)
        if (r.role == RackRole::Compute) {
            rack = &r;
            break;
        }
    const FailureImpact fr = fa.rackFailure(rack->id);
    QCOMPARE(fr.acceleratorsCutOff, 32LL);
    QCOMPARE(fr.nodesAffected, 4LL);
    QCOMPARE(fr.computeLinksLost, 32LL);
    QCOMPARE(fr.otherLinksLost, 4LL);
}

void TestFailure::allSpinesFail()
{
    // Every leaf loses every uplink: all 31 × 8 = 248 accelerators are cut off from the fabric.
    const Design d = hall(1, 31);
    const FailureAnalyzer fa(d, catalog());
    std::vector<DeviceId> spines;
    for (const Device &dev : d.devices)
        if (dev.role == "spine")
            spines.push_back(dev.id);
    QCOMPARE(spines.size(), std::size_t(4));
    const FailureImpact f = fa.failure(spines, {});
    QCOMPARE(f.acceleratorsCutOff, 248LL);
    QCOMPARE(f.nodesAffected, 31LL);
    QCOMPARE(f.computeLinksLost, 256LL);
}

void TestFailure::sweep()
{
    const Design d = hall(1, 31);
    const FailureAnalyzer fa(d, catalog());
    const auto all = fa.everyComputeSwitch();
    QCOMPARE(all.size(), std::size_t(8 + 4)); // leaves and spines; the OOB switch is not compute
    long long worst = 0;
    for (const auto &[id, f] : all)
        worst = std::max(worst, f.acceleratorsCutOff);
    QCOMPARE(worst, 31LL);
    const NetworkResults r = analyzeNetwork(d, catalog());
    QCOMPARE(r.worstSwitchFailure.acceleratorsCutOff, 31LL);
    QCOMPARE(r.worstSwitchName.substr(0, 7), std::string("SU000-L"));
}

QTEST_APPLESS_MAIN(TestFailure)
#include "test_failure.moc"
