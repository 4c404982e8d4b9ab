// The halls the benchmarks measure: DGX H100 designs synthesised from a brief (102,400 on the
// 128-port SN5600), each analysed once and kept for the run.
#pragma once

#include "analysis/analysis.h"

#include <map>
#include <memory>
#include <string>

namespace hallwright::bench {

/// The brief of a benchmark hall of `accelerators` DGX H100 GPUs.
inline std::string briefJson(long long accelerators)
{
    std::string json = R"({"schema": "hallwright.brief/1", "compute": {"platform": "dgx-h100", "accelerators": )"
                       + std::to_string(accelerators) + "}";
    if (accelerators > 65536)
        json += R"(, "fabric": {"switch": "sn5600"})";
    return json + "}";
}

struct Hall
{
    Design design;
    Results results;
};

/// The synthesised and analysed hall of that size, built on first use.
inline const Hall &hall(long long accelerators)
{
    static std::map<long long, std::unique_ptr<Hall>> halls;
    auto &h = halls[accelerators];
    if (!h) {
        h = std::make_unique<Hall>();
        h->design = synthesize(parseBrief(briefJson(accelerators), Catalog::builtin()), Catalog::builtin());
        h->results = analyze(h->design, Catalog::builtin());
    }
    return *h;
}

} // namespace hallwright::bench
