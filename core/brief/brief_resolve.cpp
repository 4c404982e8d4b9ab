// Brief validation: ranges, catalog ids, impossible combinations, and the catalog-dependent defaults.
#include "brief/brief.h"
#include "brief/brief_check.h"
#include "network/switch_choice.h"

#include "catalog/catalog.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace hallwright {

// Accepted values. A brief outside these is rejected rather than clamped:
// each bound is either physical (a PUE below 1, a utilisation above 100 %)
// or far enough beyond any real hall that a value past it is a typo.
//
// | field                           | accepted                                     |
// |---------------------------------|----------------------------------------------|
// | name                            | 1…200 bytes, no control characters           |
// | compute.platform                | a node id in the catalog                     |
// | compute.accelerators            | integer 1…1,000,000 (nodes = ceil)           |
// | compute.nodes_per_rack          | integer 1…64 or null; 1 for rack-scale nodes;|
// |                                 | nodes × U ≤ tallest catalog rack             |
// | fabric.switch                   | a switch id in the catalog                   |
// | fabric.link_gbps                | > 0, ≤ node NIC speed, ≤ switch port speed,  |
// |                                 | switch port speed a whole multiple of it     |
// | fabric.switch_radix             | integer 4…switch ports at link speed         |
// | fabric.tiers                    | "auto" (0), 2, 3                             |
// | fabric.oversubscription         | 1…16                                         |
// | fabric.nodes_per_su             | integer 1…1024                               |
// | power.pue                       | 1.0…3.0 or null                              |
// | power.load_factor               | (0, 1]                                       |
// | power.electricity_price_per_kwh | ≥ 0                                          |
// | cooling.mode                    | "air" is refused for a liquid-cooled node,   |
// |                                 | "liquid" for an air-cooled one               |
// | cooling.rear_doors              | true, false or null (auto); true needs a     |
// |                                 | rear-door item in the catalog                |
// | fabric.switch (technology)      | the compute NICs must speak its technology   |
// |                                 | (RoCE-only NICs need an Ethernet switch)     |
// | hall.width_m, hall.depth_m      | (0, 2000] or null                            |
// | training.params, tokens         | > 0                                          |
// | training.mfu                    | (0, 1] or null                               |
// | training.sequence_length        | integer 1…10,000,000                         |
// | training.global_batch_tokens    | sequence_length…1e12 or null                 |
// | training.parallelism.*          | integers ≥ 1; tp × pp × dp ≤ accelerators    |
// | training.zero_stage             | integer 0…3                                  |
// | training.gemm_efficiency        | (0, 1] or null                               |
// | lease.currency                  | three uppercase letters (ISO 4217 style)     |
// | lease.years                     | integer 1…30                                 |
// | lease.price_per_*               | ≥ 0, at most one of the two                  |
// | lease.currency (value)          | "CNY" or "USD"; USD needs fx_cny_per_usd > 0 |
// | lease.price_change_per_year     | (-1, 1]                                      |
// | lease.utilization               | [0, 1], or a list of `years` such numbers    |
// | lease.tax_refund_per_year       | ≥ 0, or a list of `years` such numbers       |
// | lease.facility                  | "build" or "colocation" (needs               |
// |                                 | colocation_price_per_kw_month, no            |
// |                                 | facility_capex_total)                        |
// | lease.facility_depreciation_y.  | integer 1…60                                 |
// | lease.capex_total, per_node     | > 0 or null                                  |
// | lease.om_fraction_per_year      | [0, 1]                                       |
// | lease.extra_opex_per_year       | ≥ 0                                          |
// | lease.debt_fraction             | [0, 1]                                       |
// | lease.interest_rate             | [0, 1)                                       |
// | lease.loan_years                | integer 1…40                                 |
// | lease.tax_rate                  | [0, 1)                                       |
// | lease.depreciation_years        | integer 1…40                                 |
// | lease.residual_fraction         | [0, 1]                                       |
// | lease.discount_rate             | (-1, 1]                                      |
namespace {

using briefcheck::fail;
using briefcheck::Limit;
using briefcheck::number;

constexpr double unbounded = std::numeric_limits<double>::infinity();
constexpr Limit positive{0.0, unbounded, true, false};
constexpr Limit nonNegative{0.0, unbounded, false, false};
constexpr Limit fraction{0.0, 1.0, false, false};         // [0, 1]
constexpr Limit openFraction{0.0, 1.0, true, false};      // (0, 1]
constexpr Limit rate{0.0, 1.0, false, true};              // [0, 1)

constexpr int maxAccelerators = 1'000'000;
constexpr int maxNodesPerRack = 64;
constexpr int maxNodesPerSu = 1024;
constexpr double maxHallSideM = 2000.0;
constexpr int minSwitchRadix = 4; // as network/fabric_plan requires: room for down- and uplinks
constexpr std::size_t maxNameBytes = 200;

// Default compute switch by the NICs' link layer and speed (docs/cli.md): HDR
// InfiniBand for 200G NICs (HDR NICs do not link at 200G to NDR ports), NDR up
// to 400G, XDR beyond; for RoCE-only NICs a 400GE CloudEngine (the switch of
// Chinese RoCE halls, 2x 200GE per cage) up to 400G, Spectrum-4 beyond.
// VPI NICs (ConnectX) take InfiniBand.
struct DefaultSwitch
{
    const char *technology;
    double upToGbps;   ///< the fastest NIC this switch is the default for
    const char *id;
};
constexpr DefaultSwitch defaultSwitches[] = {
    {"infiniband", 200.0, "qm8700"}, {"infiniband", 400.0, "qm9700"}, {"infiniband", 1e9, "q3400"},
    {"ethernet", 400.0, "ce9866-128dq"}, {"ethernet", 1e9, "sn5600"}};

const char *technologyName(const std::string &technology)
{
    return technology == "infiniband" ? "InfiniBand" : "Ethernet";
}

/// "Ethernet (RoCE)" for a NIC list of only ethernet, "InfiniBand" for only infiniband.
std::string nicTechnologies(const NodeSpec &node)
{
    std::string out;
    for (const std::string &t : node.computeNicTechnologies)
        out += (out.empty() ? "" : " or ") + std::string(technologyName(t)) + (t == "ethernet" ? " (RoCE)" : "");
    return out;
}

/// A few ids for an "unknown id" message; the catalog may hold many.
template <typename Map>
Phrase someIds(const Map &items)
{
    constexpr std::size_t shown = 8;
    std::string ids;
    std::size_t n = 0;
    for (const auto &[id, item] : items) {
        if (n == shown)
            return phrase(QT_TRANSLATE_NOOP("Finding", "%1, … (%2 in all)"), ids, items.size());
        ids += (n++ ? ", " : "") + id;
    }
    return ids.empty() ? phrase(QT_TRANSLATE_NOOP("Finding", "none in the catalog")) : literal(ids);
}

void checkOptional(std::string_view path, const std::optional<double> &v, Limit limit)
{
    if (v)
        briefcheck::checkNumber(path, *v, limit);
}

void checkName(const std::string &name)
{
    if (name.empty())
        fail("name", phrase(QT_TRANSLATE_NOOP("Finding", "must not be empty")));
    if (name.size() > maxNameBytes)
        fail("name", phrase(QT_TRANSLATE_NOOP("Finding", "must be at most %1 bytes long, got %2"),
                            maxNameBytes, name.size()));
    if (std::any_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }))
        fail("name", phrase(QT_TRANSLATE_NOOP("Finding", "must not contain control characters (such as a line break)")));
}

const NodeSpec &resolveCompute(const ComputeBrief &compute, const Catalog &catalog)
{
    const NodeSpec *node = catalog.node(compute.platform);
    if (!node)
        fail("compute.platform", phrase(QT_TRANSLATE_NOOP("Finding", "unknown platform \"%1\"; valid ids: %2"),
                                        compute.platform, someIds(catalog.nodes())));
    if (node->acceleratorsPerNode <= 0)
        fail("compute.platform", phrase(QT_TRANSLATE_NOOP("Finding", "catalog node \"%1\" has no accelerators per node"),
                                        node->id));
    briefcheck::checkInt("compute.accelerators", compute.accelerators, 1, maxAccelerators);

    if (compute.nodesPerRack) {
        const int perRack = *compute.nodesPerRack;
        briefcheck::checkInt("compute.nodes_per_rack", perRack, 1, maxNodesPerRack);
        if (node->rackScale && perRack != 1)
            fail("compute.nodes_per_rack", phrase(QT_TRANSLATE_NOOP("Finding", "%1 is a rack-scale system, so this must be 1, got %2"),
                                                  node->id, perRack));
        int tallestRackU = 0;
        for (const auto &[id, rack] : catalog.racks())
            tallestRackU = std::max(tallestRackU, rack.heightU);
        if (tallestRackU > 0 && node->uHeight > 0 && !node->rackScale
            && static_cast<long long>(perRack) * node->uHeight > tallestRackU)
            fail("compute.nodes_per_rack", phrase(QT_TRANSLATE_NOOP("Finding", "%1 nodes of %2U (%3) need %4U, more than the tallest catalog rack (%5U)"),
                                                  perRack, node->uHeight, node->id, perRack * node->uHeight, tallestRackU));
    }
    return *node;
}

void resolveFabric(FabricBrief &fabric, const NodeSpec &node, const Catalog &catalog)
{
    if (!(node.computeNicGbps > 0.0))
        fail("compute.platform", phrase(QT_TRANSLATE_NOOP("Finding", "catalog node \"%1\" has no compute NIC speed"),
                                        node.id));

    if (fabric.switchId.empty()) {
        for (const DefaultSwitch &d : defaultSwitches) {
            if (node.computeNicsSpeak(d.technology) && node.computeNicGbps <= d.upToGbps + 1e-9) {
                fabric.switchId = d.id;
                break;
            }
        }
        if (!catalog.switchSpec(fabric.switchId))
            fail("fabric.switch", phrase(QT_TRANSLATE_NOOP("Finding", "the default switch \"%1\" for %2 Gb/s NICs is not in the catalog; name one of: %3"),
                                         fabric.switchId, number(node.computeNicGbps), someIds(catalog.switches())));
    }
    const SwitchSpec *sw = catalog.switchSpec(fabric.switchId);
    if (!sw)
        fail("fabric.switch", phrase(QT_TRANSLATE_NOOP("Finding", "unknown switch \"%1\"; valid ids: %2"),
                                     fabric.switchId, someIds(catalog.switches())));
    // RoCE NICs on an InfiniBand switch (or the reverse) link up nowhere: no cable can join them.
    if (!node.computeNicsSpeak(sw->technology))
        fail("fabric.switch", phrase(QT_TRANSLATE_NOOP("Finding", "%1 is an %2 switch, but the compute NICs of %3 speak only %4; name an %5 switch or omit fabric.switch"),
                                     sw->id, technologyName(sw->technology), node.id, nicTechnologies(node), technologyName(node.computeNicTechnologies.front())));
    if (sw->ports <= 0 || !(sw->portGbps > 0.0))
        fail("fabric.switch", phrase(QT_TRANSLATE_NOOP("Finding", "catalog switch \"%1\" has no port count or port speed"),
                                     sw->id));

    if (!fabric.linkGbps)
        fabric.linkGbps = node.computeNicGbps;
    const double link = *fabric.linkGbps;
    briefcheck::checkNumber("fabric.link_gbps", link, positive);
    if (link > sw->portGbps)
        fail("fabric.link_gbps", phrase(QT_TRANSLATE_NOOP("Finding", "%1 Gb/s is faster than the %2 Gb/s ports of switch %3"),
                                        number(link), number(sw->portGbps), sw->id));
    if (link > node.computeNicGbps)
        fail("fabric.link_gbps", phrase(QT_TRANSLATE_NOOP("Finding", "%1 Gb/s is faster than the %2 Gb/s compute NIC of %3"),
                                        number(link), number(node.computeNicGbps), node.id));
    // A switch port runs at a lower speed only by splitting into whole lane groups
    // (an 800G port as 2 × 400G), so the port speed must be a whole multiple of the link.
    const double split = sw->portGbps / link;
    const double wholeSplit = std::round(split);
    if (std::abs(split - wholeSplit) > 1e-9 * split)
        fail("fabric.link_gbps", phrase(QT_TRANSLATE_NOOP("Finding", "the %1 Gb/s ports of switch %2 do not split into %3 Gb/s links"),
                                        number(sw->portGbps), sw->id, number(link)));
    const double capacity = sw->ports * wholeSplit;
    if (capacity > std::numeric_limits<int>::max())
        fail("fabric.link_gbps", phrase(QT_TRANSLATE_NOOP("Finding", "%1 Gb/s gives switch %2 more ports than supported"),
                                        number(link), sw->id));
    if (!fabric.switchRadix)
        fabric.switchRadix = static_cast<int>(capacity);
    else if (*fabric.switchRadix > capacity)
        fail("fabric.switch_radix", phrase(QT_TRANSLATE_NOOP("Finding", "switch %1 has only %2 ports at %3 Gb/s, got %4"),
                                           sw->id, number(capacity), number(link), *fabric.switchRadix));
    briefcheck::checkInt("fabric.switch_radix", *fabric.switchRadix, minSwitchRadix, static_cast<long long>(capacity));

    if (fabric.tiers != 0 && fabric.tiers != 2 && fabric.tiers != 3)
        fail("fabric.tiers", phrase(QT_TRANSLATE_NOOP("Finding", "must be \"auto\", 2 or 3, got %1"), fabric.tiers));
    briefcheck::checkNumber("fabric.oversubscription", fabric.oversubscription, {1.0, 16.0});
    briefcheck::checkInt("fabric.nodes_per_su", fabric.nodesPerSu, 1, maxNodesPerSu);
}

/// Nodes of one rail a non-blocking-as-briefed leaf can take: its endpoint ports
/// (radix × o / (1 + o)) over the links each node puts on the rail.
int nodesPerRailLeaf(const FabricBrief &f, const NodeSpec &node)
{
    if (!f.switchRadix || !f.linkGbps || !(*f.linkGbps > 0.0))
        return std::numeric_limits<int>::max();
    const double o = f.oversubscription;
    const long long endpoints = static_cast<long long>(std::floor(*f.switchRadix * o / (1 + o) + 1e-9));
    const long long linksPerNode = static_cast<long long>(std::ceil(node.computeNicGbps / *f.linkGbps - 1e-9));
    return static_cast<int>(std::max<long long>(1, endpoints / std::max<long long>(1, linksPerNode)));
}

void checkTraining(const TrainingBrief &t, long long accelerators)
{
    briefcheck::checkInt("training.sequence_length", t.sequenceLength, 1, 10'000'000);
    if (t.globalBatchTokens)
        briefcheck::checkNumber("training.global_batch_tokens", *t.globalBatchTokens,
                                {double(t.sequenceLength), 1e12, false, false});
    const ParallelismBrief &p = t.parallelism;
    if (p.tp)
        briefcheck::checkInt("training.parallelism.tp", *p.tp, 1, 1024);
    if (p.pp)
        briefcheck::checkInt("training.parallelism.pp", *p.pp, 1, 100'000);
    if (p.dp)
        briefcheck::checkInt("training.parallelism.dp", *p.dp, 1, maxAccelerators);
    if (p.microBatch)
        briefcheck::checkInt("training.parallelism.micro_batch", *p.microBatch, 1, 65'536);
    if (p.virtualStages)
        briefcheck::checkInt("training.parallelism.virtual_stages", *p.virtualStages, 1, 1024);
    const double product = double(p.tp.value_or(1)) * p.pp.value_or(1) * double(p.dp.value_or(1));
    if (product > double(accelerators))
        fail("training.parallelism", phrase(QT_TRANSLATE_NOOP("Finding", "tp x pp x dp = %1 exceeds the %2 accelerators of the cluster"),
                                            number(product), accelerators));
    briefcheck::checkInt("training.zero_stage", t.zeroStage, 0, 3);
    checkOptional("training.gemm_efficiency", t.gemmEfficiency, openFraction);
}

void checkLease(const LeaseBrief &lease)
{
    const std::string &c = lease.currency;
    if (c.size() != 3 || !std::all_of(c.begin(), c.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }))
        fail("lease.currency", phrase(QT_TRANSLATE_NOOP("Finding", "must be a three-letter uppercase code such as CNY or USD, got \"%1\""),
                                      briefcheck::printable(c)));
    if (c != "CNY" && c != "USD")
        fail("lease.currency", phrase(QT_TRANSLATE_NOOP("Finding", "must be \"CNY\" or \"USD\" (catalog prices are CNY; a USD lease converts them at fx_cny_per_usd), got \"%1\""),
                                      c));
    briefcheck::checkInt("lease.years", lease.years, 1, 30);
    if (c == "USD" && !lease.fxCnyPerUsd)
        fail("lease.fx_cny_per_usd", phrase(QT_TRANSLATE_NOOP("Finding", "is required when lease.currency is \"USD\" (CNY per USD, e.g. 7.1)")));
    checkOptional("lease.fx_cny_per_usd", lease.fxCnyPerUsd, {0.0, 1e4, true, false});
    checkOptional("lease.price_per_accelerator_hour", lease.pricePerAcceleratorHour, nonNegative);
    checkOptional("lease.price_per_node_month", lease.pricePerNodeMonth, nonNegative);
    if (lease.pricePerAcceleratorHour && lease.pricePerNodeMonth)
        fail("lease.price_per_node_month", phrase(QT_TRANSLATE_NOOP("Finding", "cannot be given together with lease.price_per_accelerator_hour (set one of them to null)")));
    briefcheck::checkNumber("lease.price_change_per_year", lease.priceChangePerYear, {-1.0, 1.0, true, false});
    briefcheck::checkNumber("lease.utilization", lease.utilization, fraction);
    const auto checkPerYear = [&](const char *path, const std::vector<double> &byYear, Limit limit) {
        if (byYear.empty())
            return;
        if (byYear.size() != std::size_t(lease.years))
            fail(path, phrase(QT_TRANSLATE_NOOP("Finding", "must be one number or a list of lease.years (%1) numbers, got %2"),
                              lease.years, byYear.size()));
        for (std::size_t i = 0; i < byYear.size(); ++i)
            briefcheck::checkNumber(fmt::format("{}[{}]", path, i), byYear[i], limit);
    };
    checkPerYear("lease.utilization", lease.utilizationByYear, fraction);
    briefcheck::checkNumber("lease.tax_refund_per_year", lease.taxRefundPerYear, nonNegative);
    checkPerYear("lease.tax_refund_per_year", lease.taxRefundByYear, nonNegative);
    checkOptional("lease.capex_total", lease.capexTotal, positive);
    checkOptional("lease.capex_per_node", lease.capexPerNode, positive);
    checkOptional("lease.facility_capex_total", lease.facilityCapexTotal, nonNegative);
    briefcheck::checkInt("lease.facility_depreciation_years", lease.facilityDepreciationYears, 1, 60);
    checkOptional("lease.colocation_price_per_kw_month", lease.colocationPricePerKwMonth, nonNegative);
    if (lease.facility == FacilityMode::Colocation) {
        if (!lease.colocationPricePerKwMonth)
            fail("lease.colocation_price_per_kw_month", phrase(QT_TRANSLATE_NOOP("Finding", "is required when lease.facility is \"colocation\"")));
        if (lease.facilityCapexTotal)
            fail("lease.facility_capex_total", phrase(QT_TRANSLATE_NOOP("Finding", "cannot be given when lease.facility is \"colocation\" (the hall is rented, not built)")));
    } else if (lease.colocationPricePerKwMonth) {
        fail("lease.colocation_price_per_kw_month", phrase(QT_TRANSLATE_NOOP("Finding", "is given but lease.facility is \"build\" (set facility to \"colocation\" or the price to null)")));
    }
    briefcheck::checkNumber("lease.om_fraction_per_year", lease.omFractionPerYear, fraction);
    briefcheck::checkNumber("lease.extra_opex_per_year", lease.extraOpexPerYear, nonNegative);
    briefcheck::checkNumber("lease.debt_fraction", lease.debtFraction, fraction);
    briefcheck::checkNumber("lease.interest_rate", lease.interestRate, rate);
    briefcheck::checkInt("lease.loan_years", lease.loanYears, 1, 40);
    briefcheck::checkNumber("lease.tax_rate", lease.taxRate, rate);
    briefcheck::checkInt("lease.depreciation_years", lease.depreciationYears, 1, 40);
    briefcheck::checkNumber("lease.residual_fraction", lease.residualFraction, fraction);
    briefcheck::checkNumber("lease.discount_rate", lease.discountRate, {-1.0, 1.0, true, false});
}

} // namespace

Brief resolveBrief(Brief brief, const Catalog &catalog)
{
    const bool suDefault = brief.fabric.nodesPerSu == kDefaultNodesPerSu;
    return briefcheck::resolve(std::move(brief), catalog, suDefault);
}

/// A default SU is what one leaf per rail can take: 20 DGX A100 on 40-port HDR
/// leaves (NVIDIA's DGX A100 SuperPOD), 32 DGX H100 on 64-port NDR leaves, 64 on
/// a 128-port SN5600, so that no leaf idles half its ports. A given size is kept
/// (the fabric refuses one that no leaf can take).
static void applyDefaultSu(FabricBrief &fabric, const NodeSpec &node, bool nodesPerSuIsDefault)
{
    if (nodesPerSuIsDefault && !node.rackScale && fabric.railOptimized)
        fabric.nodesPerSu = std::min(maxNodesPerSu, nodesPerRailLeaf(fabric, node));
}

/// With no fabric.switch: the catalog switch whose compute fabric reaches the
/// size at the lowest cost (switches plus the cheapest fitting medium per link,
/// network/switch_choice.h), among the switches of the NICs' first link layer
/// (InfiniBand for VPI adapters), or of the next one when none of the first
/// reaches. InfiniBand switches of the NIC's own generation only (port speed =
/// NIC speed: HDR NICs do not link at 200G to NDR ports); Ethernet ports split.
/// Leaves the id empty when no switch reaches, for the default table's message.
static void chooseSwitch(Brief &brief, const NodeSpec &node, const Catalog &catalog, bool nodesPerSuIsDefault)
{
    std::vector<std::string> technologies = node.computeNicTechnologies;
    if (technologies.empty())
        technologies = {"infiniband", "ethernet"};
    for (const std::string &technology : technologies) {
        std::string bestId;
        double bestCost = std::numeric_limits<double>::infinity();
        for (const auto &[id, sw] : catalog.switches()) {
            if (sw.technology != technology)
                continue;
            if (technology == "infiniband" && std::abs(sw.portGbps - node.computeNicGbps) > 1e-9)
                continue;
            Brief trial = brief;
            trial.fabric.switchId = id;
            try {
                resolveFabric(trial.fabric, node, catalog);
            } catch (const BriefError &) {
                continue;
            }
            applyDefaultSu(trial.fabric, node, nodesPerSuIsDefault);
            const auto cost = network::computeFabricCost(trial, catalog);
            if (cost && cost->totalCny() < bestCost - 1e-6) {
                bestCost = cost->totalCny();
                bestId = id;
            }
        }
        if (!bestId.empty()) {
            brief.fabric.switchId = bestId;
            return;
        }
    }
}

Brief briefcheck::resolve(Brief brief, const Catalog &catalog, bool nodesPerSuIsDefault)
{
    checkName(brief.name);
    const NodeSpec &node = resolveCompute(brief.compute, catalog);
    if (brief.fabric.switchId.empty() && !brief.fabric.switchRadix)
        chooseSwitch(brief, node, catalog, nodesPerSuIsDefault);
    resolveFabric(brief.fabric, node, catalog);
    applyDefaultSu(brief.fabric, node, nodesPerSuIsDefault);

    checkOptional("power.pue", brief.power.pue, {1.0, 3.0});
    briefcheck::checkNumber("power.load_factor", brief.power.loadFactor, openFraction);
    briefcheck::checkNumber("power.electricity_price_per_kwh", brief.power.electricityPricePerKwh, nonNegative);

    if (brief.cooling.mode == CoolingMode::Air && node.cooling == CoolingType::Liquid)
        fail("cooling.mode", phrase(QT_TRANSLATE_NOOP("Finding", "\"air\" cannot cool %1, which is liquid-cooled; use \"liquid\" or \"auto\""),
                                    node.id));
    // An air-cooled server has no cold plates to connect: a "liquid" hall would
    // pack its racks to the liquid rack limit and leave all their heat to air.
    if (brief.cooling.mode == CoolingMode::Liquid && node.cooling == CoolingType::Air)
        fail("cooling.mode", phrase(QT_TRANSLATE_NOOP("Finding", "\"liquid\" cannot cool %1, which is air-cooled only; use \"air\" or \"auto\""),
                                    node.id));
    if (brief.cooling.rearDoors.value_or(false)
        && std::none_of(catalog.coolingItems().begin(), catalog.coolingItems().end(),
                        [](const auto &item) { return item.second.kind == CoolingKind::RearDoor; }))
        fail("cooling.rear_doors",
             phrase(QT_TRANSLATE_NOOP("Finding", "the catalog has no rear-door heat exchanger; use false or null")));

    checkOptional("hall.width_m", brief.hall.widthM, {0.0, maxHallSideM, true, false});
    checkOptional("hall.depth_m", brief.hall.depthM, {0.0, maxHallSideM, true, false});

    briefcheck::checkNumber("training.params", brief.training.params, positive);
    briefcheck::checkNumber("training.tokens", brief.training.tokens, positive);
    checkOptional("training.mfu", brief.training.mfu, openFraction);
    checkTraining(brief.training, brief.compute.accelerators);

    checkLease(brief.lease);
    return brief;
}

} // namespace hallwright
