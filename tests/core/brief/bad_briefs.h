// The bad briefs of tests/data/briefs/bad/ with the start and a fragment of the message each must produce.
#pragma once

namespace hallwright::test {

/// Every file in tests/data/briefs/bad/: the field path its message starts with and a fragment of the problem.
struct BadBrief
{
    const char *file;
    const char *path;
    const char *fragment;
};

inline const BadBrief badBriefs[] = {
    {"01-empty.json", "brief", "empty input"},
    {"02-not-json.json", "brief", "invalid JSON at line 1, column 1: syntax error"},
    {"03-array-not-object.json", "brief", "must be a JSON object, got an array"},
    {"04-missing-schema.json", "schema", "missing"},
    {"05-wrong-schema.json", "schema", "unsupported \"hallwright.brief/2\""},
    {"06-unknown-top-level-field.json", "colour", "unknown field"},
    {"07-unknown-nested-field.json", "compute.gpus", "unknown field (known fields of compute: platform"},
    {"08-accelerators-string.json", "compute.accelerators", "must be a whole number, got string \"10240\""},
    {"09-accelerators-float.json", "compute.accelerators", "must be a whole number, got 10240.5"},
    {"10-accelerators-zero.json", "compute.accelerators", "must be at least 1, got 0"},
    {"11-accelerators-negative.json", "compute.accelerators", "must be at least 1, got -8"},
    // Line 3 is `  "training": { "mfu": NaN }`: N is character 24; the 1e999 of file 13 starts at 27.
    {"12-mfu-nan.json", "training.mfu", "invalid JSON at line 3, column 24: "},
    {"13-params-overflow.json", "training.params", "invalid JSON at line 3, column 27: number overflow parsing '1e999'"},
    {"14-unknown-platform.json", "compute.platform", "unknown platform \"dgx-h200x\"; valid ids: "},
    {"15-unknown-switch.json", "fabric.switch", "unknown switch \"qm9999\"; valid ids: "},
    {"16-tiers-4.json", "fabric.tiers", "must be \"auto\", 2 or 3, got 4"},
    {"17-oversubscription-half.json", "fabric.oversubscription", "must be at least 1, got 0.5"},
    {"18-both-lease-prices.json", "lease.price_per_node_month", "lease.price_per_accelerator_hour"},
    {"19-gb200-air-cooled.json", "cooling.mode", "\"air\" cannot cool gb200-nvl72"},
    {"20-pue-below-1.json", "power.pue", "must be at least 1, got 0.9"},
    {"21-utilization-above-1.json", "lease.utilization", "must be at most 1, got 1.5"},
    {"22-link-faster-than-switch-port.json", "fabric.link_gbps",
        "800 Gb/s is faster than the 400 Gb/s ports of switch qm9700"},
    {"23-hall-width-negative.json", "hall.width_m", "must be greater than 0, got -10"},
    {"24-nodes-per-rack-float.json", "compute.nodes_per_rack", "must be a whole number, got 4.5"},
    {"25-rail-optimized-string.json", "fabric.rail_optimized", "must be true or false, got string \"yes\""},
    {"26-section-not-object.json", "power", "must be an object, got number 5"},
    {"27-redundancy-unknown.json", "power.redundancy", "must be one of \"N\", \"N+1\", \"2N\", got \"3N\""},
    {"28-currency-lowercase.json", "lease.currency", "three-letter uppercase code"},
    {"29-lease-years-zero.json", "lease.years", "must be at least 1, got 0"},
    {"30-discount-rate-minus-one.json", "lease.discount_rate", "must be greater than -1, got -1"},
    {"31-duplicate-field.json", "compute.accelerators", "duplicate field"},
    {"32-trailing-garbage.json", "brief", "expected end of input"},
    {"33-mfu-zero.json", "training.mfu", "must be greater than 0, got 0"},
    {"34-link-gbps-zero.json", "fabric.link_gbps", "must be greater than 0, got 0"},
    {"35-radix-over-switch-ports.json", "fabric.switch_radix", "switch qm9700 has only 64 ports at 400 Gb/s, got 128"},
    {"36-link-not-dividing-port.json", "fabric.link_gbps",
        "the 800 Gb/s ports of switch sn5600 do not split into 300 Gb/s links"},
    {"37-rack-scale-nodes-per-rack.json", "compute.nodes_per_rack", "gb200-nvl72 is a rack-scale system"},
    {"38-capex-zero.json", "lease.capex_total", "must be greater than 0, got 0"},
    {"39-interest-rate-one.json", "lease.interest_rate", "must be less than 1, got 1"},
    {"40-tiers-word.json", "fabric.tiers", "must be \"auto\", 2 or 3, got string \"three\""},
    {"41-accelerators-huge.json", "compute.accelerators", "is too large"},
    {"42-name-empty.json", "name", "must not be empty"},
    {"43-electricity-price-negative.json", "power.electricity_price_per_kwh", "must be at least 0, got -0.1"},
    {"44-load-factor-zero.json", "power.load_factor", "must be greater than 0, got 0"},
    // 40 nested arrays: refused on opening the 33rd, whose path is the 32 indices above it.
    {"45-deep-nesting.json", "brief[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]"
                              "[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]",
     "nested more than 32 levels deep"},
    {"46-accelerators-too-many.json", "compute.accelerators", "must be at most 1000000, got 2000000"},
    {"47-cooling-mode-unknown.json", "cooling.mode", "must be one of \"auto\", \"air\", \"liquid\", got \"water\""},
    {"48-tiers-zero.json", "fabric.tiers", "must be \"auto\", 2 or 3, got 0"},
    {"49-schema-not-string.json", "schema", "must be a string, got number 1"},
    {"50-electricity-payer-unknown.json", "lease.electricity_paid_by", "got \"tenant\""},
    // The 0xFF byte is the 49th of the one-line file.
    {"51-invalid-utf8.json", "name", "invalid JSON at line 1, column 49: "},
    // The reverse of file 19: an air-only server in a liquid hall would pack 51 kW air racks.
    {"60-air-only-platform-liquid.json", "cooling.mode", "\"liquid\" cannot cool dgx-h100, which is air-cooled only"},
    // Ascend's on-chip 200GE RoCE ports cannot link to InfiniBand switch ports.
    {"61-roce-nics-on-infiniband.json", "fabric.switch",
     "qm9700 is an InfiniBand switch, but the compute NICs of atlas-800t-a2 speak only Ethernet (RoCE)"},
};

} // namespace hallwright::test
