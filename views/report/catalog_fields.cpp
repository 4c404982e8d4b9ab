// Catalog fields in words, in the report's language (the translations are in the report's .ts).
#include "report/catalog_fields.h"

#include "report/report_text.h"

#include <QtGlobal>

#include <map>
#include <string_view>

namespace hallwright::views {

QString catalogFieldWords(const std::string &field, const ReportText &text)
{
    // Every key that catalog.json marks as estimated somewhere, and the other figures an item can carry.
    static const std::map<std::string_view, const char *> words = {
        {"airflow_m3s", QT_TRANSLATE_NOOP("Report", "airflow")},
        {"bf16_dense_tflops", QT_TRANSLATE_NOOP("Report", "BF16 dense compute")},
        {"capacity_kw", QT_TRANSLATE_NOOP("Report", "capacity")},
        {"compute_links_per_module", QT_TRANSLATE_NOOP("Report", "compute links per module")},
        {"compute_nic_form_factor", QT_TRANSLATE_NOOP("Report", "compute NIC form factor")},
        {"compute_nic_gbps", QT_TRANSLATE_NOOP("Report", "compute NIC speed")},
        {"compute_nics", QT_TRANSLATE_NOOP("Report", "compute NICs")},
        {"coolant_flow_lps", QT_TRANSLATE_NOOP("Report", "coolant flow")},
        {"current_a", QT_TRANSLATE_NOOP("Report", "current")},
        {"depth_m", QT_TRANSLATE_NOOP("Report", "depth")},
        {"diameter_mm", QT_TRANSLATE_NOOP("Report", "diameter")},
        {"efficiency", QT_TRANSLATE_NOOP("Report", "efficiency")},
        {"empty_weight_kg", QT_TRANSLATE_NOOP("Report", "empty weight")},
        {"energy_kwh", QT_TRANSLATE_NOOP("Report", "stored energy")},
        {"fp8_dense_tflops", QT_TRANSLATE_NOOP("Report", "FP8 dense compute")},
        {"gbps", QT_TRANSLATE_NOOP("Report", "speed")},
        {"gemm_efficiency", QT_TRANSLATE_NOOP("Report", "GEMM efficiency")},
        {"liquid_fraction", QT_TRANSLATE_NOOP("Report", "share of heat to liquid")},
        {"market_price_per_accelerator_hour_cny", QT_TRANSLATE_NOOP("Report", "market price per accelerator-hour")},
        {"max_kw", QT_TRANSLATE_NOOP("Report", "maximum power")},
        {"max_reach_m", QT_TRANSLATE_NOOP("Report", "maximum reach")},
        {"max_w", QT_TRANSLATE_NOOP("Report", "maximum power")},
        {"memory_bandwidth_tbs", QT_TRANSLATE_NOOP("Report", "memory bandwidth")},
        {"memory_gb", QT_TRANSLATE_NOOP("Report", "memory")},
        {"mgmt_ports", QT_TRANSLATE_NOOP("Report", "management ports")},
        {"oob_ports", QT_TRANSLATE_NOOP("Report", "out-of-band ports")},
        {"phases", QT_TRANSLATE_NOOP("Report", "phases")},
        {"ports", QT_TRANSLATE_NOOP("Report", "ports")},
        {"ports_per_end", QT_TRANSLATE_NOOP("Report", "ports per end")},
        {"power_factor", QT_TRANSLATE_NOOP("Report", "power factor")},
        {"power_kw", QT_TRANSLATE_NOOP("Report", "power")},
        {"power_supplies", QT_TRANSLATE_NOOP("Report", "power supplies")},
        {"power_w", QT_TRANSLATE_NOOP("Report", "power")},
        {"price_cny", QT_TRANSLATE_NOOP("Report", "price")},
        {"price_cny_fixed", QT_TRANSLATE_NOOP("Report", "fixed price")},
        {"price_cny_per_m", QT_TRANSLATE_NOOP("Report", "price per metre")},
        {"rated_kw", QT_TRANSLATE_NOOP("Report", "rated power")},
        {"scale_up_gbs", QT_TRANSLATE_NOOP("Report", "scale-up bandwidth")},
        {"static_load_kg", QT_TRANSLATE_NOOP("Report", "static load")},
        {"stock_lengths_m", QT_TRANSLATE_NOOP("Report", "stock lengths")},
        {"storage_nic_gbps", QT_TRANSLATE_NOOP("Report", "storage NIC speed")},
        {"storage_nics", QT_TRANSLATE_NOOP("Report", "storage NICs")},
        {"supernode_switch_rack_kw", QT_TRANSLATE_NOOP("Report", "super-node switch rack power")},
        {"tdp_w", QT_TRANSLATE_NOOP("Report", "thermal design power")},
        {"typical_kw", QT_TRANSLATE_NOOP("Report", "typical power")},
        {"u_height", QT_TRANSLATE_NOOP("Report", "height in U")},
        {"voltage_v", QT_TRANSLATE_NOOP("Report", "voltage")},
        {"weight_kg", QT_TRANSLATE_NOOP("Report", "weight")},
        {"width_m", QT_TRANSLATE_NOOP("Report", "width")},
    };
    const auto it = words.find(field);
    return it == words.end() ? QString::fromStdString(field) : text.tr(it->second);
}

} // namespace hallwright::views
