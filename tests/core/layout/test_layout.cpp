// Layout generation rules: counts, no overlaps, aisles, rack limits, hall sizing, trays.
#include "catalog/catalog.h"
#include "layout/layout.h"
#include "layout/layout_checks.h"
#include "network/fabric_plan.h"

#include <QtTest>

#include <cmath>
#include <map>
#include <set>

using namespace hallwright;

namespace {

Brief dgxBrief(long long accelerators)
{
    Brief b;
    b.compute.platform = "dgx-h100";
    b.compute.accelerators = accelerators;
    b.fabric.switchId = "qm9700";
    return b;
}

bool hasCode(const CheckList &checks, const std::string &code)
{
    for (const Check &c : checks)
        if (c.code == code)
            return true;
    return false;
}

long long countKind(const Design &d, DeviceKind kind)
{
    return std::count_if(d.devices.begin(), d.devices.end(), [kind](const Device &x) { return x.kind == kind; });
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private slots:
    void sampleCounts()
    {
        LayoutStats s;
        const Design d = generateLayout(dgxBrief(10240), Catalog::builtin(), {}, &s);
        // 10,240 / 8 GPUs = 1,280 DGX H100; 50 kW / 10.2 kW = 4 per rack (40.8 kW) → 320 compute racks.
        QCOMPARE(s.nodes, 1280LL);
        QCOMPARE(s.nodesPerRack, 4);
        QCOMPARE(s.computeRacks, 320);
        QCOMPARE(countKind(d, DeviceKind::ComputeNode), 1280LL);
        // 1,280 nodes / 32 per SU = 40 SUs, each with its own network rack(s).
        QCOMPARE(s.sus, 40);
        QVERIFY(s.networkRacks >= 40);
        QVERIFY(s.centralRacks > 0);
        QCOMPARE(static_cast<int>(d.racks.size()), s.computeRacks + s.networkRacks + s.centralRacks);
        QVERIFY(!d.briefJson.empty());
    }

    void noFindingsOnGeneratedHalls_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<qlonglong>("accelerators");
        QTest::newRow("dgx-h100 1k") << "dgx-h100" << 1024LL;
        QTest::newRow("dgx-h100 10k") << "dgx-h100" << 10240LL;
        // 102,400 endpoints exceed what radix-64 switches reach in 3 tiers (64³/4 = 65,536): use sn5600 (128 × 400G).
        QTest::newRow("dgx-h100 100k") << "dgx-h100" << 102400LL;
        QTest::newRow("dgx-h100 odd") << "dgx-h100" << 1000LL;
        QTest::newRow("dgx-b200 8k") << "dgx-b200" << 8192LL;
        QTest::newRow("gb200 10k") << "gb200-nvl72" << 10368LL;
    }
    void noFindingsOnGeneratedHalls()
    {
        QFETCH(QString, platform);
        QFETCH(qlonglong, accelerators);
        Brief b = dgxBrief(accelerators);
        b.compute.platform = platform.toStdString();
        const Catalog &cat = Catalog::builtin();
        const NodeSpec *node = cat.node(b.compute.platform);
        QVERIFY(node);
        if (node->computeNicGbps > 400 || node->rackScale)
            b.fabric.switchId = "q3400"; // 72 rails per NVL72 rack need a pod wider than radix-64 switches give
        else if (accelerators > 65536)
            b.fabric.switchId = "sn5600";
        LayoutStats s;
        const Design d = generateLayout(b, cat, {}, &s);
        const CheckList checks = checkLayout(d, cat);
        for (const Check &c : checks)
            qWarning("%s %s", c.code.c_str(), c.message.c_str());
        QVERIFY(checks.empty());

        // Every accelerator is placed: nodes = ceil(accelerators / per node).
        QCOMPARE(countKind(d, DeviceKind::ComputeNode),
                 (accelerators + node->acceleratorsPerNode - 1) / node->acceleratorsPerNode);
        // Everything inside the hall; zones inside the hall.
        for (const Rack &r : d.racks)
            QVERIFY(d.hall.bounds().contains(r.footprint));
        for (const Zone &z : d.zones)
            QVERIFY(d.hall.bounds().contains(z.area));
        // Rack power within its limit.
        std::map<std::int64_t, double> kw;
        for (const Device &dev : d.devices)
            kw[dev.rack.value()] += deviceMaxKw(dev, cat);
        for (const Rack &r : d.racks)
            QVERIFY(kw[r.id.value()] <= r.powerLimitKw + 1e-9);
        // Auto-sized: the aspect ratio limit holds.
        QVERIFY(std::max(d.hall.widthM, d.hall.depthM) / std::min(d.hall.widthM, d.hall.depthM) <= 2.0 + 1e-9);
    }

    void aislesAlternateColdAndHot()
    {
        const LayoutRules rules;
        const Design d = generateLayout(dgxBrief(10240), Catalog::builtin(), rules);
        // Rows of one column, sorted south to north: fronts face each other across
        // a cold aisle of rules.coldAisleM, backs across a hot aisle of rules.hotAisleM.
        std::map<long long, std::vector<const Row *>> columns;
        for (const Row &r : d.rows)
            columns[std::llround(r.area.x * 1000)].push_back(&r);
        int pairs = 0;
        for (auto &[x, rows] : columns) {
            std::sort(rows.begin(), rows.end(), [](const Row *a, const Row *b) { return a->area.y < b->area.y; });
            for (std::size_t i = 0; i + 1 < rows.size(); ++i) {
                const double gap = rows[i + 1]->area.y - rows[i]->area.top();
                const bool fronts = rows[i]->facing == Facing::North && rows[i + 1]->facing == Facing::South;
                const bool backs = rows[i]->facing == Facing::South && rows[i + 1]->facing == Facing::North;
                QVERIFY(fronts || backs);
                QCOMPARE(gap, fronts ? rules.coldAisleM : rules.hotAisleM);
                ++pairs;
            }
        }
        QVERIFY(pairs > 0);
    }

    void nodesPerRackAbovePowerLimitIsRefused()
    {
        Brief b = dgxBrief(10240);
        b.compute.nodesPerRack = 5; // 5 × 10.2 = 51 kW > 50 kW air-cooled limit
        try {
            generateLayout(b, Catalog::builtin());
            QFAIL("expected LayoutError");
        } catch (const LayoutError &e) {
            QVERIFY(std::string(e.what()).find("51.0 kW exceeds the 50 kW") != std::string::npos);
        }
        b.compute.nodesPerRack = 3; // 30.6 kW fits
        LayoutStats s;
        generateLayout(b, Catalog::builtin(), {}, &s);
        // Racks are filled per SU: 40 SUs × ceil(32 / 3) = 11 racks = 440 (not ceil(1280 / 3) = 427).
        QCOMPARE(s.computeRacks, 440);
    }

    void hallTooSmallIsRefusedWithTheNeed()
    {
        Brief b = dgxBrief(10240);
        b.hall.widthM = 20.0;
        b.hall.depthM = 20.0;
        try {
            generateLayout(b, Catalog::builtin());
            QFAIL("expected LayoutError");
        } catch (const LayoutError &e) {
            const std::string m = e.what();
            QVERIFY(m.find("too small") != std::string::npos);
            QVERIFY(m.find("20.0 × 20.0 m") != std::string::npos);
            QVERIFY(m.find('\n') == std::string::npos);
        }
    }

    void givenHallIsKept()
    {
        Brief b = dgxBrief(10240);
        b.hall.widthM = 120.0;
        b.hall.depthM = 90.0;
        const Design d = generateLayout(b, Catalog::builtin());
        QCOMPARE(d.hall.widthM, 120.0);
        QCOMPARE(d.hall.depthM, 90.0);
        QVERIFY(checkLayout(d, Catalog::builtin()).empty());
    }

    void rackScaleIsOnePerRack()
    {
        Brief b = dgxBrief(72 * 64);
        b.compute.platform = "gb200-nvl72";
        b.fabric.switchId = "q3400";
        b.fabric.nodesPerSu = 8;
        LayoutStats s;
        const Design d = generateLayout(b, Catalog::builtin(), {}, &s);
        QCOMPARE(s.nodes, 64LL);
        QCOMPARE(s.nodesPerRack, 1);
        QCOMPARE(s.computeRacks, 64);
        QCOMPARE(s.cooling, CoolingMode::Liquid);
        b.cooling.mode = CoolingMode::Air;
        QVERIFY_THROWS_EXCEPTION(LayoutError, generateLayout(b, Catalog::builtin()));
    }

    void partialLastSu()
    {
        LayoutStats s;
        const Design d = generateLayout(dgxBrief(1000), Catalog::builtin(), {}, &s);
        // 1,000 / 8 = 125 nodes: SUs of 32, 32, 32 and 29 nodes; racks 8 + 8 + 8 + ceil(29/4) = 32.
        QCOMPARE(s.nodes, 125LL);
        QCOMPARE(s.sus, 4);
        QCOMPARE(s.computeRacks, 32);
    }

    void traysReachEveryRackAndConnect()
    {
        const Design d = generateLayout(dgxBrief(10240), Catalog::builtin());
        auto key = [](Point2 p) { return std::make_pair(std::llround(p.x * 1000), std::llround(p.y * 1000)); };
        std::map<std::pair<long long, long long>, std::vector<std::pair<long long, long long>>> adj;
        for (const TraySegment &t : d.trays) {
            QVERIFY(t.lengthM() > 0);
            adj[key(t.a)].push_back(key(t.b));
            adj[key(t.b)].push_back(key(t.a));
        }
        for (const Rack &r : d.racks)
            QVERIFY2(adj.count(key(r.footprint.center())), r.name.c_str());
        // One connected tray network.
        std::set<std::pair<long long, long long>> seen{adj.begin()->first};
        std::vector<std::pair<long long, long long>> stack{adj.begin()->first};
        while (!stack.empty()) {
            const auto p = stack.back();
            stack.pop_back();
            for (const auto &q : adj[p])
                if (seen.insert(q).second)
                    stack.push_back(q);
        }
        QCOMPARE(seen.size(), adj.size());
    }

    void checksFindBrokenLayouts()
    {
        const Catalog &cat = Catalog::builtin();
        const Design good = generateLayout(dgxBrief(1024), cat);
        QVERIFY(checkLayout(good, cat).empty());

        Design overlap = good; // move rack 2 onto rack 1
        overlap.racks[1].footprint.x = overlap.racks[0].footprint.x + 0.1;
        QVERIFY(hasCode(checkLayout(overlap, cat), "rack-overlap"));

        Design outside = good;
        outside.racks[0].footprint.x = good.hall.widthM - 0.2;
        QVERIFY(hasCode(checkLayout(outside, cat), "rack-outside-hall"));

        Design narrow = good; // push a whole row 1 m towards the row its fronts face
        const RowId row = narrow.racks[0].row;
        for (Rack &r : narrow.racks)
            if (r.row == row)
                r.footprint.y += 1.0;
        QVERIFY(hasCode(checkLayout(narrow, cat), "aisle-too-narrow"));

        // Turn the row the first rack stands in: its fronts now face the back of the row across
        // the aisle (or that row's fronts face its backs), and hot exhaust reaches an intake.
        QVERIFY(!hasCode(checkLayout(good, cat), "aisle-mixed"));
        Design turned = good;
        for (Rack &r : turned.racks)
            if (r.row == row)
                r.facing = r.facing == Facing::North ? Facing::South : Facing::North;
        QVERIFY(hasCode(checkLayout(turned, cat), "aisle-mixed"));

        Design crowded = good; // a fifth DGX H100 in a 4-node rack: 51 kW and overlapping units
        Device extra = crowded.devices.front();
        extra.id = DeviceId(static_cast<std::int64_t>(crowded.devices.size()) + 1);
        crowded.devices.push_back(extra);
        const CheckList c = checkLayout(crowded, cat);
        QVERIFY(hasCode(c, "rack-power-limit"));
        QVERIFY(hasCode(c, "device-overlap"));
    }

    void fabricTooBigIsRefused()
    {
        Brief b = dgxBrief(10240);
        b.fabric.tiers = 2; // 64-port switches serve at most 64²/2 = 2,048 endpoints in two tiers
        QVERIFY_THROWS_EXCEPTION(network::FabricError, generateLayout(b, Catalog::builtin()));
    }
};

QTEST_APPLESS_MAIN(TestLayout)
#include "test_layout.moc"
