// The synthesis pipeline and whole-design analysis; the bundled sample is current.
#include "analysis/analysis.h"
#include "report/summary.h"
#include "store/project_store.h"
#include "test_support.h"

#include <QDir>
#include <QtTest>

#include <algorithm>

using namespace hallwright;

class TestAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void bundledSampleMatchesItsBrief()
    {
        // The sample project must be what the current generator makes of the sample brief;
        // regenerate it with: hallwright-cli new --brief resources/sample/sample-10240.json
        //                                          --out resources/sample/sample-10240.hall
        const Catalog &cat = Catalog::builtin();
        const Brief brief = parseBrief(test::readFile(test::resourcePath("sample/sample-10240.json")), cat);
        const Design generated = synthesize(brief, cat);
        const Design bundled = loadProject(test::resourcePath("sample/sample-10240.hall"));
        QVERIFY2(bundled == generated, "resources/sample/sample-10240.hall is stale: regenerate it");
    }

    void everyGoodBriefBuildsACleanHall_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expectedWarnings");
        const QDir dir(QString::fromStdString(test::dataPath("briefs/good")));
        for (const QString &f : dir.entryList({"*.json"}, QDir::Files, QDir::Name)) {
            // The interface's example brief forbids activation recompute for 175 B parameters: no
            // layout fits 80 GB (trainingWithoutRecomputeSaysWhyItIsNotEstimated), and the engine says so.
            const QStringList expected = f == "interface-example.json" ? QStringList{"training-not-estimated"}
                                                                       : QStringList{};
            QTest::newRow(f.toUtf8().constData()) << dir.filePath(f) << expected;
        }
    }
    void everyGoodBriefBuildsACleanHall()
    {
        // A brief that parses and asks for a buildable hall gives a design without findings.
        QFETCH(QString, file);
        QFETCH(QStringList, expectedWarnings);
        const Catalog &cat = Catalog::builtin();
        const Brief brief = parseBrief(test::readFile(file.toStdString()), cat);
        const Design d = synthesize(brief, cat);
        const Results r = analyze(d, cat);
        QStringList warnings;
        for (const Check &c : r.checks) {
            qWarning("%s %s: %s", toString(c.severity), c.code.c_str(), c.message.c_str());
            if (c.severity == Severity::Warning)
                warnings << QString::fromStdString(c.code);
        }
        QCOMPARE(r.errors(), 0);
        QCOMPARE(warnings, expectedWarnings);
        QCOMPARE(r.compute.accelerators,
                 (brief.compute.accelerators + cat.node(brief.compute.platform)->acceleratorsPerNode - 1)
                     / cat.node(brief.compute.platform)->acceleratorsPerNode
                     * cat.node(brief.compute.platform)->acceleratorsPerNode);
    }

    void trainingWithoutRecomputeSaysWhyItIsNotEstimated()
    {
        // GPT-3 175 B (96 layers, hidden 12,288, 96 heads), sequence 4,096, on 10,240 H100 (80 GB).
        // Without recompute, 1F1B keeps the activations of every layer in flight on the first
        // stage: per layer and sequence, with tensor and sequence parallelism over t = 8
        // (Korthikanti et al. 2022, eq. 2), s b h (34 + 5 a s / h) / t
        // = 4,096 x 12,288 x (34 + 5 x 96 x 4,096 / 12,288) / 8 = 1.22 GB, x 96 layers = 117 GB
        // whatever the pipeline depth: over the 80 GB of the device. The MFU and the days are
        // null, and a warning says why (and what would fit).
        const Catalog &cat = Catalog::builtin();
        const std::string base = R"({"schema": "hallwright.brief/1", "compute": {"platform": "dgx-h100",
            "accelerators": 10240}, "training": {"params": 1.75e11, "tokens": 3e11, "sequence_length": 4096, )";
        const Results none = analyze(synthesize(parseBrief(base + R"("activation_recompute": false}})", cat), cat), cat);
        QVERIFY(none.training);
        QVERIFY(!none.training->mfu);
        QVERIFY(!none.training->days);
        const auto w = std::find_if(none.checks.begin(), none.checks.end(),
                                    [](const Check &c) { return c.code == "training-not-estimated"; });
        QVERIFY(w != none.checks.end());
        QCOMPARE(w->severity, Severity::Warning);
        QVERIFY2(w->message.find("no parallel layout fits in memory") != std::string::npos, w->message.c_str());
        QVERIFY2(w->message.find("activation recompute") != std::string::npos, w->message.c_str());
        QVERIFY(summaryJson(none)["training"]["mfu_unknown_reason"].is_string());
        // Left to the engine, the least recompute that fits (selective at least) is chosen and the time estimated.
        const Results chosen = analyze(synthesize(parseBrief(base + R"("activation_recompute": null}})", cat), cat), cat);
        QVERIFY(chosen.training && chosen.training->mfu && chosen.training->days);
        QVERIFY(chosen.training->prediction->best.recompute != perf::Recompute::None
                || chosen.training->prediction->best.recomputedLayers > 0);
        QVERIFY(chosen.training->prediction->best.memoryPerAcceleratorGb <= 80.0);
        QVERIFY(std::none_of(chosen.checks.begin(), chosen.checks.end(),
                             [](const Check &c) { return c.code == "training-not-estimated"; }));
    }

    void computeFiguresByHand()
    {
        const Catalog &cat = Catalog::builtin();
        const Brief brief = parseBrief(R"({"schema": "hallwright.brief/1", "compute": {"accelerators": 1000}})", cat);
        const Design d = synthesize(brief, cat);
        const Results r = analyze(d, cat);
        // 1,000 accelerators → ceil(1000 / 8) = 125 DGX H100 → 1,000 GPUs placed.
        QCOMPARE(r.compute.nodes, 125LL);
        QCOMPARE(r.compute.accelerators, 1000LL);
        // H100 SXM dense BF16 989.4 TFLOP/s: 1,000 × 989.4 / 1,000 = 989.4 PFLOP/s.
        QVERIFY(std::abs(r.compute.peakPflopsBf16 - 989.4) < 1e-6);
        QVERIFY(r.compute.peakPflopsFp8);
        QVERIFY(std::abs(*r.compute.peakPflopsFp8 - 2 * 989.4) < 1.0);
        QCOMPARE(r.compute.platform, std::string("dgx-h100"));
        QCOMPARE(r.compute.racks, static_cast<int>(d.racks.size()));
    }

    void analysisIsAPureFunctionOfTheDesign()
    {
        const Catalog &cat = Catalog::builtin();
        const Design d = synthesize(parseBrief(R"({"schema": "hallwright.brief/1", "compute": {"accelerators": 2048}})", cat), cat);
        const auto a = summaryJson(analyze(d, cat));
        const auto b = summaryJson(analyze(d, cat));
        QCOMPARE(a, b);
        // Removing a node is reflected: the summary reports the design, not the brief.
        Design edited = d;
        auto it = std::find_if(edited.devices.begin(), edited.devices.end(),
                               [](const Device &x) { return x.kind == DeviceKind::ComputeNode; });
        edited.links.erase(std::remove_if(edited.links.begin(), edited.links.end(),
                                          [&](const Link &l) { return l.a.device == it->id || l.b.device == it->id; }),
                           edited.links.end());
        edited.devices.erase(it);
        QCOMPARE(analyze(edited, cat).compute.accelerators, 2048LL - 8);
    }

    void trainingTimeFollowsSixND()
    {
        const Catalog &cat = Catalog::builtin();
        // GPT-3 175B on 300B tokens at a given MFU of 0.4 on 1,024 H100:
        // 6 × 1.75e11 × 3e11 = 3.15e23 FLOPs; 3.15e23 / (1024 × 989.4e12 × 0.4) / 86,400 = 8.998 days.
        const Brief brief = parseBrief(
            R"({"schema": "hallwright.brief/1", "compute": {"accelerators": 1024}, "training": {"mfu": 0.4}})", cat);
        const Results r = analyze(synthesize(brief, cat), cat);
        QVERIFY(r.training);
        QCOMPARE(r.training->modelFlops, 3.15e23);
        QVERIFY(r.training->days);
        QVERIFY(std::abs(*r.training->days - 3.15e23 / (1024 * 989.4e12 * 0.4) / 86400) < 1e-9);
        const auto s = summaryJson(r);
        QCOMPARE(s["training"]["mfu"].get<double>(), 0.4);
    }

    void idleAcceleratorsWarnOnlyWhenTheBriefCausesThem()
    {
        const Catalog &cat = Catalog::builtin();
        auto idleChecks = [](const Results &r) {
            return std::count_if(r.checks.begin(), r.checks.end(),
                                 [](const Check &c) { return c.code == "training-idle-accelerators"; });
        };
        // A fixed batch of 16 sequences of 4,096 tokens gives at most 16 replicas:
        // on 1,024 H100 with TP ≤ 8 and PP ≤ layers most accelerators idle.
        const Brief fixed = parseBrief(R"({"schema": "hallwright.brief/1", "compute": {"accelerators": 1024},
            "training": {"global_batch_tokens": 65536}})", cat);
        const Results rf = analyze(synthesize(fixed, cat), cat);
        QVERIFY(rf.training);
        QVERIFY(rf.training->idleAccelerators > 0);
        QCOMPARE(idleChecks(rf), 1);
        // PP fixed at 3: 1,024 / (TP 8 × 3) = 42 replicas, 1,008 busy, 16 idle.
        const Brief pp = parseBrief(R"({"schema": "hallwright.brief/1", "compute": {"accelerators": 1024},
            "training": {"parallelism": {"pp": 3}}})", cat);
        const Results rp = analyze(synthesize(pp, cat), cat);
        QVERIFY(rp.training);
        QCOMPARE(rp.training->idleAccelerators, 1024LL % (3LL * 8));
        QCOMPARE(idleChecks(rp), 1);
        // Free search on 10,240 (the default brief): the fastest layout may leave
        // a few idle (TP × PP need not divide 10,240); reported, not warned.
        const Brief free = parseBrief(R"({"schema": "hallwright.brief/1"})", cat);
        const Results r = analyze(synthesize(free, cat), cat);
        QVERIFY(r.training);
        QCOMPARE(idleChecks(r), 0);
        const auto s = summaryJson(r);
        QCOMPARE(s["training"]["idle_accelerators"].get<long long>(), r.training->idleAccelerators);
    }

    void userCatalogIsMergedFromTheProject()
    {
        Design d;
        d.userCatalogJson = test::readFile(test::dataPath("catalog/user-node.json"));
        const Catalog c = catalogFor(d);
        QVERIFY(c.node("acme-h800-4u"));
        QVERIFY(c.node("dgx-h100"));
        d.userCatalogJson = "{ not json";
        QVERIFY_THROWS_EXCEPTION(CatalogError, catalogFor(d));
    }
};

QTEST_APPLESS_MAIN(TestAnalysis)
#include "test_analysis.moc"
