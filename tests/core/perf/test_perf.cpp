// Performance engine tests: peak throughput, 6ND training time, collectives, shapes, JSON, validation.
#include "brief/brief.h"
#include "catalog/catalog.h"
#include "perf/collective.h"
#include "perf/training.h"

#include "test_support.h"

#include <QtTest>

#include <cmath>

using namespace hallwright;
using namespace hallwright::perf;

namespace {

// DGX H100 figures from the data sheets: 989 TFLOP/s dense BF16, 1,979 dense
// FP8, 80 GB, NVLink 4 at 900 GB/s both ways (450 one way), 8 x 400G NICs.
ClusterSpec h100(long long accelerators)
{
    ClusterSpec c;
    c.accelerators = accelerators;
    c.acceleratorsPerNode = 8;
    c.nvlinkDomain = 8;
    c.peakBf16Tflops = 989.0;
    c.peakFp8Tflops = 1979.0;
    c.memoryGb = 80.0;
    c.memoryBandwidthTBs = 3.35;
    c.gemmEfficiency = 0.72;
    c.scaleUpGBs = 450.0;
    c.nicGbpsPerAccelerator = 400.0;
    c.oversubscription = 1.0;
    c.fabricTiers = 2;
    c.nodesPerLeafGroup = 32;
    return c;
}

// DGX A100: 312 TFLOP/s dense BF16, no FP8, 80 GB, NVLink 3 at 300 GB/s one way, 8 x 200G HDR.
ClusterSpec a100(long long accelerators)
{
    ClusterSpec c = h100(accelerators);
    c.peakBf16Tflops = 312.0;
    c.peakFp8Tflops.reset();
    c.scaleUpGBs = 300.0;
    c.nicGbpsPerAccelerator = 200.0;
    return c;
}

} // namespace

class TestPerf : public QObject
{
    Q_OBJECT

private slots:
    void peakThroughput()
    {
        // 1,024 x 312 TFLOP/s = 319.488 PFLOP/s; A100 has no dense FP8.
        QNEAR(peakPflopsBf16(a100(1024)), 319.488, 1e-9);
        QVERIFY(!peakPflopsFp8(a100(1024)).has_value());
        // 10,240 x 989 = 10,127.36 PFLOP/s BF16; x 1,979 = 20,264.96 PFLOP/s FP8.
        QNEAR(peakPflopsBf16(h100(10240)), 10127.36, 1e-6);
        QNEAR(*peakPflopsFp8(h100(10240)), 20264.96, 1e-6);
        QCOMPARE(nodeCount(h100(10241)), 1281LL);
    }

    void trainingDaysWithGivenMfu()
    {
        // GPT-3 175B on 300B tokens: 6 x 1.75e11 x 3e11 = 3.15e23 model FLOPs.
        // Megatron's 140 TFLOP/s counts recompute (8ND), so its MFU on the 6ND basis
        // is 140 x 6/8 / 312 = 0.336538; days = 3.15e23 / (1,024 x 312e12 x 0.336538)
        // / 86,400 = 33.91, the "about 34 days" of Narayanan et al. 2021 §5.1.
        TrainingJob job;
        job.params = 1.75e11;
        job.tokens = 3.0e11;
        job.recompute = Recompute::Full;
        const TrainingEstimate e = estimateTraining(a100(1024), job, 140.0 * 6.0 / 8.0 / 312.0);
        QNEAR(e.modelFlops, 3.15e23, 1e9);
        QNEAR(e.hardwareFlops, 4.2e23, 1e9);          // 8ND with full recompute
        QVERIFY(!e.mfuPredicted);
        QNEAR(*e.days, 33.908420, 1e-5);
        QNEAR(*e.sustainedPflops, 1024 * 105.0 / 1000.0, 1e-9);

        const nlohmann::json j = trainingJson(e);
        QNEAR(j["total_flops"].get<double>(), 3.15e23, 1e9);
        QNEAR(j["mfu"].get<double>(), 0.336538, 1e-6);
        QNEAR(j["days"].get<double>(), 33.908420, 1e-5);
        QVERIFY(!j.contains("layout"));
    }

    void trainingFromBrief()
    {
        // The brief's defaults with mfu 0.4 on 10,240 H100:
        // 3.15e23 / (10,240 x 989e12 x 0.4) / 86,400 = 0.900 days.
        TrainingBrief brief;
        brief.mfu = 0.4;
        const TrainingEstimate e = estimateTraining(h100(10240), brief);
        QNEAR(*e.days, 3.15e23 / (10240 * 989e12 * 0.4) / 86400.0, 1e-9);
        QNEAR(e.hardwareFlops, 3.15e23, 1e9);         // no recompute: 6ND
        brief.mfu = 1.5;
        QVERIFY_THROWS_EXCEPTION(PerfError, estimateTraining(h100(10240), brief));
    }

    void allReduceInsideNode()
    {
        // 8 ranks in one NVLink domain, 1 GB: 2 x 7/8 x 1e9 B / (450 GB/s x 0.8)
        // + 14 steps x 1 µs = 4.861111 + 0.014 = 4.875111 ms.
        const CollectiveEstimate e = allReduce(h100(8), 8, 1e9);
        QNEAR(e.seconds * 1e3, 4.875111, 1e-6);
        QCOMPARE(e.ranksPerDomain, 8);
        QCOMPARE(e.domainsSpanned, 1LL);
        QCOMPARE(e.switchesTraversed, 0);
        QNEAR(allReduce(h100(8), 1, 1e9).seconds, 0.0, 0.0);
    }

    void allReduceAcrossNodes()
    {
        // 16 ranks one per node (stride 8), 1 GB, NIC 400 Gb/s x 0.85 = 42.5 GB/s:
        // 2 x 15/16 x 1e9 / 42.5e9 = 44.117647 ms, + 30 steps x (3 + 0.5 x 1 switch) µs
        // = 0.105 ms -> 44.222647 ms (all inside one 32-node leaf group).
        const CollectiveEstimate e = allReduce(h100(1024), 16, 1e9, 8);
        QNEAR(e.seconds * 1e3, 44.222647, 1e-5);
        QCOMPARE(e.switchesTraversed, 1);
        QVERIFY(!e.crossesLeafUplinks);

        // Hierarchical: 128 packed ranks = 16 nodes x 8. NVLink part 4.875111 ms, then
        // 8 parallel rings of 16 carrying 1/8 each: 2 x 15/16 x 0.125e9 / 42.5e9
        // = 5.514706 ms + 0.105 ms -> 10.494817 ms.
        const CollectiveEstimate h = allReduce(h100(1024), 128, 1e9, 1);
        QNEAR(h.seconds * 1e3, 10.494817, 1e-5);
        QCOMPARE(h.ranksPerDomain, 8);
        QCOMPARE(h.domainsSpanned, 16LL);
    }

    void allReduceOversubscribed()
    {
        // 4 ranks 256 apart (one per 32-node leaf group), 1 GB, oversubscription 4,
        // 2 tiers. One ring member per leaf group, uplinks delivering 80 % under
        // ECMP: slowdown max(1, 4 / (1 x 0.8)) = 5, so 42.5 / 5 = 8.5 GB/s;
        // 2 x 3/4 x 1e9 / 8.5e9 = 176.470588 ms + 6 steps x (3 + 0.5 x 3 switches) µs
        // = 0.027 ms -> 176.497588 ms.
        ClusterSpec c = h100(1024);
        c.oversubscription = 4.0;
        const CollectiveEstimate e = allReduce(c, 4, 1e9, 256);
        QNEAR(e.seconds * 1e3, 176.497588, 1e-5);
        QVERIFY(e.crossesLeafUplinks);
        QCOMPARE(e.switchesTraversed, 3);
        QNEAR(e.uplinkSlowdown, 5.0, 1e-12);
        // Stride 8: 32 ring members per leaf group share its uplinks -> 4/(32 x 0.8) < 1, no slowdown.
        QNEAR(allReduce(c, 64, 1e9, 8).uplinkSlowdown, 1.0, 0.0);
        // Three tiers: 5 switches on the way up and down.
        c.fabricTiers = 3;
        QCOMPARE(allReduce(c, 4, 1e9, 256).switchesTraversed, 5);
    }

    void sendRecvTimes()
    {
        // 100 MB between stages 8 ranks apart in a 16-node pipeline (one leaf group):
        // 1e8 / 42.5e9 = 2.352941 ms + 3.5 µs = 2.356441 ms.
        QNEAR(sendRecv(h100(1024), 1e8, 8, 121).seconds * 1e3, 2.356441, 1e-5);
        // Inside one NVLink domain: 1e8 / 360e9 + 1 µs = 0.278778 ms.
        QNEAR(sendRecv(h100(8), 1e8, 1, 8).seconds * 1e3, 0.278778, 1e-5);
        QVERIFY_THROWS_EXCEPTION(PerfError, sendRecv(h100(8), 1e8, 0, 8));
    }

    void derivedShapes()
    {
        // h = cbrt(128 x 1.75e11 / 12) = 12,311 -> 96 heads x 128 = 12,288 (GPT-3);
        // layers = 1.75e11 / (12 x 12,288²) = 96.6 -> 97 (GPT-3 has 96).
        ModelShape s = deriveShape(1.75e11);
        QCOMPARE(s.hidden, 12288);
        QCOMPARE(s.heads, 96);
        QCOMPARE(s.layers, 97);
        // 405B: h = cbrt(4.32e12) = 16,288 -> 128 heads, 16,384; layers 125.7 -> 126 (Llama 3).
        s = deriveShape(4.05e11);
        QCOMPARE(s.hidden, 16384);
        QCOMPARE(s.heads, 128);
        QCOMPARE(s.layers, 126);
        // 7B: h = 4,211 -> 32 heads, 4,096; layers 34.8 -> 35 (Llama 2 7B: 4,096, 32).
        s = deriveShape(7e9);
        QCOMPARE(s.hidden, 4096);
        QCOMPARE(s.layers, 35);
        QVERIFY_THROWS_EXCEPTION(PerfError, deriveShape(-1.0));
    }

    void singleNodeLayoutByHand()
    {
        // 7B (32 layers, hidden 4,096, 32 heads) on one 8-GPU H100 node, TP 8, sequence
        // 4,096, 8 sequences a step (m = 8 micro-batches of 1), no pipeline, no data
        // parallel, GEMM efficiency 0.72, overlap on (the defaults).
        // GEMMs per layer forward per GPU: 2 x (7e9/32) x 4,096 / 8 = 2.24e11 FLOP
        //   / (989e12 x 0.72) = 0.314571 ms; attention core s/6h = 1/6 of it = 0.052429 ms;
        //   memory-bound kernels 68 x 4,096 x 4,096 / 8 B / 3.35e12 B/s = 0.042569 ms;
        //   forward 0.409569 ms.
        // Micro-batch compute: 3 x 32 x 0.409569 = 39.318626 ms (no recompute: it fits).
        // TP all-reduce of 4,096 x 4,096 x 2 B = 33.55 MB over 8 ranks:
        //   2 x 7/8 x 33,554,432 / 360e9 + 14 µs = 0.177112 ms, 4 per layer: 22.670313 ms,
        //   overlapped with 96 x 0.314571 = 30.199 ms of GEMMs: 25 % stays exposed = 5.667578 ms.
        // Step = 8 x (39.318626 + 5.667578) = 359.889632 ms.
        // MFU = 6 x 7e9 x 32,768 / (0.359890 x 8 x 989e12) = 0.483330; HFU adds attention: 0.563885.
        // Memory: 7e9/8 x 16 B = 14 GB + (34 + 5 x 32 heads x 4,096 / 4,096) x 4,096 x 4,096
        //   / 8 x 32 layers B = 13.02 GB -> 27.019120 GB.
        TrainingJob job;
        job.params = 7e9;
        job.tokens = 1e12;
        job.sequenceLength = 4096;
        job.globalBatchTokens = 8.0 * 4096;
        const ModelShape shape{7e9, 32, 4096, 32};
        const ParallelLayout l = evaluateLayout(h100(8), job, shape, LayoutChoice{8, 1, 1, 1, 1});
        QCOMPARE(l.microBatches, 8LL);
        QNEAR(l.stepSeconds * 1e3, 359.889632, 1e-4);
        QNEAR(l.tensorCommExposedSeconds * 1e3, 8 * 5.667578, 1e-4);
        QNEAR(l.mfu, 0.483330, 1e-6);
        QNEAR(l.hfu, 0.563885, 1e-6);
        QNEAR(l.memoryPerAcceleratorGb, 27.019120, 1e-5);
        QVERIFY(l.fitsMemory);
        QCOMPARE(l.recomputedLayers, 0);
        QCOMPARE(l.recompute, Recompute::None);
        // Without overlap the whole 22.670313 ms per micro-batch is exposed:
        // step = 8 x (39.318626 + 22.670313) = 495.911511 ms.
        TrainingJob serial = job;
        serial.overlapCommunication = false;
        QNEAR(evaluateLayout(h100(8), serial, shape, LayoutChoice{8, 1, 1, 1, 1}).stepSeconds * 1e3, 495.911511, 1e-4);
        QNEAR(l.bubbleSeconds, 0.0, 0.0);
        QNEAR(l.dataCommSeconds, 0.0, 0.0);
        QVERIFY_THROWS_EXCEPTION(PerfError, evaluateLayout(h100(8), job, shape, LayoutChoice{8, 2, 1, 1, 1}));
    }

    void nothingFitsGivesNull()
    {
        // 1T parameters need 16 TB of weights and optimizer states; 8 x 80 GB cannot hold them.
        TrainingJob job;
        job.params = 1e12;
        job.tokens = 1e12;
        const TrainingEstimate e = estimateTraining(h100(8), job, std::nullopt);
        QVERIFY(!e.mfu.has_value());
        QVERIFY(!e.days.has_value());
        const nlohmann::json j = trainingJson(e);
        QVERIFY(j["mfu"].is_null());
        QVERIFY(j["days"].is_null());
        QNEAR(j["total_flops"].get<double>(), 6e24, 1e9);
    }

    void predictedJsonCarriesLayout()
    {
        TrainingJob job;
        job.params = 7e9;
        job.tokens = 1e12;
        const TrainingEstimate e = estimateTraining(h100(1024), job, std::nullopt);
        QVERIFY(e.mfuPredicted && e.mfu && e.prediction);
        const nlohmann::json j = trainingJson(e);
        const ParallelLayout &l = e.prediction->best;
        QCOMPARE(j["layout"]["tensor_parallel"].get<int>(), l.tensorParallel);
        QCOMPARE(j["layout"]["data_parallel"].get<long long>(),  l.dataParallel);
        QVERIFY((long long)l.tensorParallel * l.pipelineParallel * l.dataParallel <= 1024);
        // Days follow from the reported MFU: 6ND / (1,024 x 989e12 x MFU) / 86,400.
        QNEAR(*e.days, 6 * 7e9 * 1e12 / (1024 * 989e12 * *e.mfu) / 86400.0, 1e-9);
    }

    void fromCatalogSpecs()
    {
        AcceleratorSpec acc;
        acc.id = "h100-sxm";
        acc.bf16DenseTflops = 989.0;
        acc.fp8DenseTflops = 1979.0;
        acc.memoryGb = 80.0;
        acc.memoryBandwidthTBs = 3.35;
        acc.gemmEfficiency = 0.72;
        acc.scaleUpGBs = 450.0;
        NodeSpec node;
        node.id = "dgx-h100";
        node.acceleratorsPerNode = 8;
        node.nvlinkDomain = 8;
        node.computeNics = 8;
        node.computeNicGbps = 400.0;
        FabricBrief fabric;
        fabric.oversubscription = 2.0;
        fabric.nodesPerSu = 32;
        const ClusterSpec c = clusterSpecFromCatalog(acc, node, 10240, fabric, 3);
        QCOMPARE(c.accelerators, 10240LL);
        QNEAR(c.nicGbpsPerAccelerator, 400.0, 0.0);    // 8 x 400 / 8
        QNEAR(c.oversubscription, 2.0, 0.0);
        QCOMPARE(c.nodesPerLeafGroup, 32);
        QCOMPARE(c.fabricTiers, 3);
        fabric.railOptimized = false;
        QCOMPARE(clusterSpecFromCatalog(acc, node, 10240, fabric, 3).nodesPerLeafGroup, 1);
        QCOMPARE(clusterSpecFromCatalog(acc, node, 10240, fabric, 3, 4).nodesPerLeafGroup, 4);
    }

    void invalidInputsNameTheField()
    {
        auto message = [](const ClusterSpec &c) -> std::string {
            try {
                validate(c);
            } catch (const PerfError &e) {
                return e.what();
            }
            return {};
        };
        ClusterSpec c = h100(16);
        c.nvlinkDomain = 0;
        QVERIFY(message(c).rfind("cluster.nvlinkDomain:", 0) == 0);
        c = h100(16);
        c.oversubscription = 0.5;
        QVERIFY(message(c).rfind("cluster.oversubscription:", 0) == 0);
        c = h100(16);
        c.peakBf16Tflops = std::nan("");
        QVERIFY(message(c).rfind("cluster.peakBf16Tflops:", 0) == 0);
        c = h100(16);
        c.nicGbpsPerAccelerator = 0.0;                // 16 accelerators need the fabric
        QVERIFY(message(c).rfind("cluster.nicGbpsPerAccelerator:", 0) == 0);
        QVERIFY(message(h100(8)).empty());

        TrainingJob job;
        job.params = 7e9;
        job.tokens = -1.0;
        QVERIFY_THROWS_EXCEPTION(PerfError, predictMfu(h100(8), job));
        job.tokens = 1e12;
        job.globalBatchTokens = 10.0;                 // shorter than one sequence
        QVERIFY_THROWS_EXCEPTION(PerfError, predictMfu(h100(8), job));
    }
};

QTEST_APPLESS_MAIN(TestPerf)
#include "test_perf.moc"
