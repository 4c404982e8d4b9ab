// What a single failure takes down: racks, accelerators, SUs and training capacity; the whole-hall sweep.
#pragma once

#include "catalog/catalog.h"
#include "cooling/cooling_analysis.h"
#include "model/design.h"
#include "power/power_network.h"

#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace hallwright {

enum class ComponentKind { Pdu, Busway, Rpp, Ups, Transformer, Generator, Crah, Cdu, Switch };

const char *toString(ComponentKind kind);
/// toString(kind) as a translatable word, for findings.
Phrase phraseOf(ComponentKind kind);

/// A single component: a rack PDU or switch (device) or facility equipment.
struct ComponentRef
{
    ComponentKind kind = ComponentKind::Pdu;
    DeviceId device;
    EquipmentId equipment;

    bool operator==(const ComponentRef &) const = default;
};

/// What the network engine reports for a failed switch: the SUs whose
/// fabric is degraded and the accelerators cut off.
struct SwitchImpact
{
    std::vector<int> sus;
    long long acceleratorsCut = 0;
    std::optional<double> trainingShareLeft;
};

/// Plugged in by the network engine (see networkSwitchImpact); called with
/// one failed switch, or with every switch in the racks a power failure darkens.
using SwitchImpactFn = std::function<SwitchImpact(const std::vector<DeviceId> &switches)>;

struct FailureImpact
{
    ComponentRef component;
    std::string name;                       ///< "rack/PDU" for PDUs, else the component's name
    std::string location;                   ///< the rack of a PDU or switch, else the component's name
    bool duringUtilityOutage = false;       ///< generators are judged while the utility is out
    std::vector<RackId> racksDark;          ///< racks with at least one device without power
    std::vector<RackId> racksOverLimit;     ///< running but beyond the remaining cooling
    std::vector<std::string> equipmentOverLimit; ///< live elements above their continuous rating
    long long acceleratorsDark = 0;
    long long acceleratorsAtRisk = 0;       ///< in racks over their cooling limit
    long long acceleratorsCut = 0;          ///< cut off from the fabric (network engine)
    /// Running on the surviving feed with too few power supplies for their
    /// maximum draw (NodeSpec::powerSupplyKw × supplies on one feed < maxKw):
    /// they throttle. Nodes whose supply rating is unknown are counted in
    /// acceleratorsSupplyUnknown instead.
    long long acceleratorsDegraded = 0;
    long long acceleratorsSupplyUnknown = 0;
    std::vector<RackId> racksDegraded;
    /// Running, but on one feed only where they drew from two (A and B) before the failure: their
    /// redundancy is lost, and one more failure darkens them. Not counted as an effect.
    std::vector<RackId> racksRedundancyLost;
    int switchesDark = 0;
    std::vector<int> sus;                   ///< SUs with a dark, at-risk or cut-off accelerator
    std::optional<double> acceleratorShareRunning; ///< (all − dark) / all; nullopt without accelerators
    std::optional<double> trainingShareLeft; ///< accelerators in untouched SUs / all

    /// Anything dark, at risk, cut off or over its limit.
    bool hasEffect() const;
};

struct SweepOptions
{
    /// Failures whose after-failure loads are tracked in SweepResult::failoverLoadKw.
    std::vector<ComponentKind> failoverKinds{ComponentKind::Pdu, ComponentKind::Busway, ComponentKind::Rpp,
                                             ComponentKind::Ups, ComponentKind::Transformer};
};

struct SweepResult
{
    int evaluated = 0;
    std::vector<FailureImpact> worst;       ///< the worst failure of each kind present
    std::vector<FailureImpact> withEffect;  ///< every failure that has an effect, in sweep order
    /// Per power element: the highest load under any tracked single failure
    /// (the normal load when none is higher), and the failure causing it (-1: none).
    std::vector<double> failoverLoadKw;
    std::vector<ComponentRef> failoverCause;
    std::vector<std::string> failoverCauseName;
    std::vector<int> failoverCauseIndex;    ///< into components(); -1 when no failure raised the load
};

/// Judges single failures of power, cooling and (with a callback) network
/// components against the design as it stands. Not thread-safe (the power
/// network's scratch buffers are reused).
class FailureAnalyzer
{
public:
    FailureAnalyzer(const Design &design, const Catalog &catalog, const PowerNetwork &network,
                    const CoolingResults &cooling, SwitchImpactFn switchImpact = {});

    /// Every single component the design has, in a stable order: PDUs,
    /// busways, RPPs, UPS modules, transformers, generators, CRAH, CDU, then
    /// switches (only with a switch callback).
    std::vector<ComponentRef> components() const;

    /// Throws PowerError for a component that is not in the design.
    FailureImpact impact(const ComponentRef &component) const;

    /// Every component in turn; the worst of each kind is the one that leaves
    /// the least training capacity, then darkens the most accelerators.
    SweepResult sweep(const SweepOptions &options = {}) const;

    /// Ranking used by the sweep: true when a is worse than b.
    static bool worse(const FailureImpact &a, const FailureImpact &b);

private:
    FailureImpact powerImpact(const ComponentRef &c, const PowerScenario &scenario, const std::string &name,
                              PowerOutcome *outcome) const;
    FailureImpact coolingImpact(const ComponentRef &c) const;
    FailureImpact switchImpact(const ComponentRef &c) const;
    void finish(FailureImpact &impact) const;

    const Design &m_design;
    const Catalog &m_catalog;
    const PowerNetwork &m_network;
    const CoolingResults &m_cooling;
    SwitchImpactFn m_switchImpact;
    std::vector<char> m_baseDark, m_baseDarkOutage;  ///< shares dark with no failure (design already overloaded)
    std::unordered_map<int, long long> m_suAccelerators; ///< accelerators per SU index (sparse: SU numbers come from files)
    std::vector<long long> m_shareThrottled;         ///< per share: accelerators whose one-feed supplies < max draw
    std::vector<long long> m_shareSupplyUnknown;     ///< per share: accelerators of nodes without a supply rating
    long long m_accelerators = 0;
    std::vector<const Device *> m_switches;
};

} // namespace hallwright
