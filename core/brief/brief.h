// The design brief (schema "hallwright.brief/1"): the intent a hall is generated from.
#pragma once

#include "checks/phrase.h"

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace hallwright {

class Catalog;

/// The only brief schema this version reads and writes.
inline constexpr std::string_view briefSchema = "hallwright.brief/1";

/// Thrown for a brief that cannot be accepted. what() is one line that names
/// the field and the problem, e.g. "fabric.oversubscription: must be >= 1, got 0.5".
class BriefError : public PhrasedException<std::invalid_argument>
{
public:
    using PhrasedException::PhrasedException;
};

enum class CoolingMode { Auto, Air, Liquid };
enum class Redundancy { N, NPlus1, TwoN };
enum class ElectricityPayer { Lessor, Lessee };
/// What the training run recomputes in the backward pass (Korthikanti et al. 2022):
/// nothing, the attention core ("selective"), or every layer ("full").
enum class ActivationRecompute { None, Selective, Full };
/// Who owns the hall: the lessor builds it (facility capex) or rents it (colocation).
enum class FacilityMode { Build, Colocation };

struct ComputeBrief
{
    std::string platform = "dgx-h100";
    long long accelerators = 10240;
    std::optional<int> nodesPerRack;       ///< default: as many as the rack power and U space allow

    bool operator==(const ComputeBrief &) const = default;
};

/// Default SU size of rack-scale platforms, in racks (NVIDIA GB200 NVL72 SuperPOD: 8 racks).
inline constexpr int kRackScaleNodesPerSu = 8;
/// Default SU size of servers (NVIDIA DGX H100 SuperPOD: 32 nodes), fewer where a leaf cannot take it.
inline constexpr int kDefaultNodesPerSu = 32;

struct FabricBrief
{
    // Empty means "default"; parseBrief / resolveBrief fill all three in, so a
    // resolved brief always has a switch id, a radix and a link speed.
    std::string switchId;                  ///< default by NIC technology and speed (docs/cli.md): qm8700 / qm9700 / q3400, ce9866-128dq / sn5600
    std::optional<int> switchRadix;        ///< ports at link speed; default: the switch's ports at link speed
    std::optional<double> linkGbps;        ///< default: the node's compute NIC speed
    int tiers = 0;                         ///< 0 = auto, else 2 or 3
    double oversubscription = 1.0;
    bool railOptimized = true;
    int nodesPerSu = kDefaultNodesPerSu;   ///< kRackScaleNodesPerSu when omitted for a rack-scale platform

    bool operator==(const FabricBrief &) const = default;
};

struct PowerBrief
{
    Redundancy redundancy = Redundancy::TwoN;
    std::optional<double> pue;             ///< default: from cooling mode and losses
    double loadFactor = 0.8;
    double electricityPricePerKwh = 0.5;

    bool operator==(const PowerBrief &) const = default;
};

struct CoolingBrief
{
    CoolingMode mode = CoolingMode::Auto;
    /// Rear-door heat exchangers on every rack with air heat: true, false, or
    /// null (auto): fitted when the galleries cannot deliver the air heat.
    std::optional<bool> rearDoors;

    bool operator==(const CoolingBrief &) const = default;
};

struct HallBrief
{
    std::optional<double> widthM;
    std::optional<double> depthM;

    bool operator==(const HallBrief &) const = default;
};

/// Parallel decomposition of a training run; a member given is fixed, the rest are searched.
struct ParallelismBrief
{
    std::optional<int> tp, pp;
    std::optional<long long> dp;
    std::optional<int> microBatch, virtualStages;

    bool empty() const { return !tp && !pp && !dp && !microBatch && !virtualStages; }
    bool operator==(const ParallelismBrief &) const = default;
};

struct TrainingBrief
{
    double params = 1.75e11;
    double tokens = 3.0e11;
    std::optional<double> mfu;
    std::optional<ActivationRecompute> activationRecompute;  ///< null: the engine chooses (least that fits)
    int sequenceLength = 4096;
    std::optional<double> globalBatchTokens;                 ///< null: the engine's default (no idle accelerators)
    ParallelismBrief parallelism;                            ///< all null: searched
    int zeroStage = 1;                                       ///< 0-3 (3 = FSDP)
    bool overlapCommunication = true;
    std::optional<double> gemmEfficiency;                    ///< null: the accelerator's catalog default

    bool operator==(const TrainingBrief &) const = default;
};

struct LeaseBrief
{
    std::string currency = "CNY";
    int years = 5;
    std::optional<double> pricePerAcceleratorHour;   ///< null (and no node-month price): the platform's catalog market price
    std::optional<double> pricePerNodeMonth;
    double priceChangePerYear = 0.0;                 ///< price x (1 + change)^(year - 1)
    double utilization = 0.9;                        ///< constant, or year 1's when utilizationByYear is given
    std::vector<double> utilizationByYear;           ///< empty, or `years` numbers (a ramp)
    double taxRefundPerYear = 0.0;                   ///< constant, or year 1's when taxRefundByYear is given
    std::vector<double> taxRefundByYear;             ///< empty, or `years` numbers
    std::optional<double> capexTotal;
    std::optional<double> capexPerNode;
    FacilityMode facility = FacilityMode::Build;
    std::optional<double> facilityCapexTotal;
    int facilityDepreciationYears = 20;
    std::optional<double> colocationPricePerKwMonth; ///< required for "colocation"
    std::optional<double> fxCnyPerUsd;               ///< required when currency is USD
    double omFractionPerYear = 0.03;
    double extraOpexPerYear = 0.0;
    ElectricityPayer electricityPaidBy = ElectricityPayer::Lessor;
    double debtFraction = 0.6;
    double interestRate = 0.05;
    int loanYears = 5;
    double taxRate = 0.25;
    int depreciationYears = 5;
    double residualFraction = 0.05;
    double discountRate = 0.08;

    /// Utilization and tax refund of year y (1-based).
    double utilizationInYear(int year) const;
    double taxRefundInYear(int year) const;

    bool operator==(const LeaseBrief &) const = default;
};

struct Brief
{
    std::string name = "Hall A";
    ComputeBrief compute;
    FabricBrief fabric;
    PowerBrief power;
    CoolingBrief cooling;
    HallBrief hall;
    TrainingBrief training;
    LeaseBrief lease;

    bool operator==(const Brief &) const = default;
};

/// Parse and validate a brief. Unknown fields, wrong types, negative or
/// non-finite numbers, unknown catalog ids and impossible combinations throw
/// BriefError with a one-line message. The result is resolved (see resolveBrief).
Brief parseBrief(const std::string &jsonText, const Catalog &catalog);

/// Validate a brief built in code (ranges, catalog ids, combinations) and fill
/// the catalog-dependent defaults: fabric switch, radix and link speed; a
/// nodesPerSu left at kDefaultNodesPerSu shrinks to what one leaf per rail can
/// take (20 DGX A100 on 40-port HDR leaves). Throws
/// BriefError exactly like parseBrief. resolveBrief(resolveBrief(b)) == resolveBrief(b).
/// A brief with both lease prices set is rejected: clear pricePerAcceleratorHour
/// when setting pricePerNodeMonth.
Brief resolveBrief(Brief brief, const Catalog &catalog);

/// Canonical JSON of a brief, with every field present (defaults filled in);
/// parseBrief(toJson(b)) == b.
std::string toJson(const Brief &brief);

const char *toString(CoolingMode);
const char *toString(Redundancy);
const char *toString(ElectricityPayer);
const char *toString(ActivationRecompute);           ///< "none", "selective", "full"
const char *toString(FacilityMode);                  ///< "build", "colocation"

/// The enum for its brief spelling ("auto", "N+1", "lessee", …); nullopt when unknown.
std::optional<CoolingMode> coolingModeFromString(std::string_view text);
std::optional<Redundancy> redundancyFromString(std::string_view text);
std::optional<ElectricityPayer> electricityPayerFromString(std::string_view text);
std::optional<ActivationRecompute> activationRecomputeFromString(std::string_view text);
std::optional<FacilityMode> facilityModeFromString(std::string_view text);

} // namespace hallwright
