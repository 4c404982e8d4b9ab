// Published training clusters as ClusterSpec inputs, shared by the MFU model and validation tests.
#pragma once

#include "perf/cluster_spec.h"

namespace hallwright::test {

using perf::ClusterSpec;

// DGX A100 SuperPOD "Selene" (Megatron-LM 2021, MT-NLG): A100 SXM4 80 GB, 312
// TFLOP/s BF16, 2.039 TB/s, NVLink 3 300 GB/s one way, 8 x 200G HDR per node,
// 3-tier non-blocking rail-optimised fabric in 20-node SUs.
ClusterSpec selene(long long accelerators)
{
    ClusterSpec c;
    c.accelerators = accelerators;
    c.acceleratorsPerNode = 8;
    c.nvlinkDomain = 8;
    c.peakBf16Tflops = 312.0;
    c.memoryGb = 80.0;
    c.memoryBandwidthTBs = 2.039;
    c.gemmEfficiency = 0.80;   // the catalog's a100-sxm4-80gb figure
    c.scaleUpGBs = 300.0;
    c.nicGbpsPerAccelerator = 200.0;
    c.oversubscription = 1.0;
    c.fabricTiers = 3;
    c.nodesPerLeafGroup = 20;
    return c;
}

// Meta's H100 RoCE clusters (Llama 3 paper, §3.3.1): 989 TFLOP/s, 3.35 TB/s,
// NVLink 4 450 GB/s one way, 400G per GPU, 3,072-GPU pods with full bisection
// and 1:7 oversubscription above them, three tiers.
ClusterSpec metaH100(long long accelerators)
{
    ClusterSpec c = selene(accelerators);
    c.peakBf16Tflops = 989.0;
    c.memoryBandwidthTBs = 3.35;
    c.gemmEfficiency = 0.72;   // the catalog's h100-sxm5-80gb figure
    c.scaleUpGBs = 450.0;
    c.nicGbpsPerAccelerator = 400.0;
    c.oversubscription = 7.0;
    c.nodesPerLeafGroup = 384;
    return c;
}

} // namespace hallwright::test
