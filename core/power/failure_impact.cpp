// Single-failure impact of power, cooling and network components, and the whole-hall sweep.
#include "power/failure_impact.h"

#include "power/power_math.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace hallwright {

namespace {

std::optional<double> shareOf(long long part, long long whole)
{
    if (whole <= 0)
        return std::nullopt;
    return std::clamp(static_cast<double>(whole - part) / static_cast<double>(whole), 0.0, 1.0);
}

} // namespace

const char *toString(ComponentKind kind)
{
    switch (kind) {
    case ComponentKind::Pdu: return "pdu";
    case ComponentKind::Busway: return "busway";
    case ComponentKind::Rpp: return "rpp";
    case ComponentKind::Ups: return "ups";
    case ComponentKind::Transformer: return "transformer";
    case ComponentKind::Generator: return "generator";
    case ComponentKind::Crah: return "crah";
    case ComponentKind::Cdu: return "cdu";
    case ComponentKind::Switch: return "switch";
    }
    return "unknown";
}

Phrase phraseOf(ComponentKind kind)
{
    switch (kind) {
    case ComponentKind::Pdu: return phrase(QT_TRANSLATE_NOOP("Finding", "pdu"));
    case ComponentKind::Busway: return phrase(QT_TRANSLATE_NOOP("Finding", "busway"));
    case ComponentKind::Rpp: return phrase(QT_TRANSLATE_NOOP("Finding", "rpp"));
    case ComponentKind::Ups: return phrase(QT_TRANSLATE_NOOP("Finding", "ups"));
    case ComponentKind::Transformer: return phrase(QT_TRANSLATE_NOOP("Finding", "transformer"));
    case ComponentKind::Generator: return phrase(QT_TRANSLATE_NOOP("Finding", "generator"));
    case ComponentKind::Crah: return phrase(QT_TRANSLATE_NOOP("Finding", "crah"));
    case ComponentKind::Cdu: return phrase(QT_TRANSLATE_NOOP("Finding", "cdu"));
    case ComponentKind::Switch: return phrase(QT_TRANSLATE_NOOP("Finding", "switch"));
    }
    return literal(toString(kind));
}

bool FailureImpact::hasEffect() const
{
    return !racksDark.empty() || !racksOverLimit.empty() || !equipmentOverLimit.empty() || acceleratorsCut > 0
           || !sus.empty() || acceleratorsDegraded > 0;
}

FailureAnalyzer::FailureAnalyzer(const Design &design, const Catalog &catalog, const PowerNetwork &network,
                                 const CoolingResults &cooling, SwitchImpactFn switchImpact)
    : m_design(design), m_catalog(catalog), m_network(network), m_cooling(cooling),
      m_switchImpact(std::move(switchImpact))
{
    // Shares already dark with nothing failed (an overloaded design trips by
    // itself) are not the failure's doing.
    const std::size_t shares = network.shares().size();
    m_baseDark.assign(shares, 0);
    for (int s : network.simulate({}).darkShares)
        m_baseDark[s] = 1;
    m_baseDarkOutage = m_baseDark;
    if (network.generatorSet() >= 0) {
        PowerScenario outage;
        outage.utilityOutage = true;
        for (int s : network.simulate(outage).darkShares)
            m_baseDarkOutage[s] = 1;
    }
    for (const RackPowerInfo &r : network.racks()) {
        m_accelerators += r.accelerators;
        if (r.su < 0)
            continue;
        m_suAccelerators[r.su] += r.accelerators;
    }
    // Supplies are split N+N over the A and B feeds: on one feed a node keeps
    // ⌊supplies / 2⌋ of them and throttles when they cannot carry its maximum.
    m_shareThrottled.assign(shares, 0);
    m_shareSupplyUnknown.assign(shares, 0);
    std::unordered_map<std::int64_t, int> shareOfRack;
    for (const RackPowerInfo &r : network.racks())
        if (r.share >= 0)
            shareOfRack[r.id.value()] = r.share;
    for (const Device &d : design.devices) {
        if (d.kind != DeviceKind::ComputeNode)
            continue;
        const auto it = shareOfRack.find(d.rack.value());
        const NodeSpec *node = catalog.node(d.catalogId);
        if (it == shareOfRack.end() || !node)
            continue;
        if (node->powerSupplies < 2 || node->powerSupplyKw <= 0.0)
            m_shareSupplyUnknown[it->second] += node->acceleratorsPerNode;
        else if ((node->powerSupplies / 2) * node->powerSupplyKw < node->maxKw - kPowerTolerance)
            m_shareThrottled[it->second] += node->acceleratorsPerNode;
    }
    if (m_switchImpact)
        for (const Device &d : design.devices)
            if (d.kind == DeviceKind::Switch)
                m_switches.push_back(&d);
}

std::vector<ComponentRef> FailureAnalyzer::components() const
{
    std::vector<ComponentRef> out;
    const auto &elements = m_network.elements();
    auto addKind = [&](PowerElementKind ek, ComponentKind ck) {
        for (const PowerElement &el : elements) {
            if (el.kind != ek)
                continue;
            if (ek == PowerElementKind::Pdu)
                out.push_back({ck, el.device, {}});
            else
                for (EquipmentId id : el.units)
                    out.push_back({ck, {}, id});
        }
    };
    addKind(PowerElementKind::Pdu, ComponentKind::Pdu);
    addKind(PowerElementKind::Busway, ComponentKind::Busway);
    addKind(PowerElementKind::Rpp, ComponentKind::Rpp);
    addKind(PowerElementKind::UpsSystem, ComponentKind::Ups);
    addKind(PowerElementKind::Transformer, ComponentKind::Transformer);
    addKind(PowerElementKind::GeneratorSet, ComponentKind::Generator);
    for (const CoolingZoneLoad &z : m_cooling.zones)
        for (EquipmentId id : z.airUnits)
            out.push_back({ComponentKind::Crah, {}, id});
    for (const CoolingZoneLoad &z : m_cooling.zones)
        for (EquipmentId id : z.cdus)
            out.push_back({ComponentKind::Cdu, {}, id});
    for (const Device *d : m_switches)
        out.push_back({ComponentKind::Switch, d->id, {}});
    return out;
}

FailureImpact FailureAnalyzer::impact(const ComponentRef &c) const
{
    auto missing = [&]() {
        const std::int64_t id = c.kind == ComponentKind::Pdu || c.kind == ComponentKind::Switch ? c.device.value()
                                                                                                 : c.equipment.value();
        return PowerError(fmt::format("failure: no {} with id {} in the design", toString(c.kind), id));
    };
    const auto &elements = m_network.elements();
    PowerScenario scenario;
    std::string name;
    switch (c.kind) {
    case ComponentKind::Pdu: {
        const int e = m_network.elementOf(c.device);
        if (e < 0 || elements[e].kind != PowerElementKind::Pdu)
            throw missing();
        scenario.elements.push_back(e);
        name = elements[e].location + "/" + elements[e].name;
        break;
    }
    case ComponentKind::Busway:
    case ComponentKind::Rpp:
    case ComponentKind::Transformer: {
        const int e = m_network.elementOf(c.equipment);
        const PowerElementKind want = c.kind == ComponentKind::Busway ? PowerElementKind::Busway
                                      : c.kind == ComponentKind::Rpp  ? PowerElementKind::Rpp
                                                                      : PowerElementKind::Transformer;
        if (e < 0 || elements[e].kind != want)
            throw missing();
        scenario.elements.push_back(e);
        name = elements[e].name;
        break;
    }
    case ComponentKind::Ups:
    case ComponentKind::Generator: {
        const auto [e, unit] = m_network.unitOf(c.equipment);
        const PowerElementKind want =
            c.kind == ComponentKind::Ups ? PowerElementKind::UpsSystem : PowerElementKind::GeneratorSet;
        if (e < 0 || elements[e].kind != want)
            throw missing();
        scenario.units.emplace_back(e, unit);
        scenario.utilityOutage = c.kind == ComponentKind::Generator;
        name = elements[e].unitNames[unit];
        break;
    }
    case ComponentKind::Crah:
    case ComponentKind::Cdu:
        return coolingImpact(c);
    case ComponentKind::Switch:
        return switchImpact(c);
    }
    return powerImpact(c, scenario, name, nullptr);
}

FailureImpact FailureAnalyzer::powerImpact(const ComponentRef &c, const PowerScenario &scenario,
                                           const std::string &name, PowerOutcome *outcomeOut) const
{
    FailureImpact fi;
    fi.component = c;
    fi.name = name;
    fi.location = name;
    if (c.kind == ComponentKind::Pdu && !scenario.elements.empty())
        fi.location = m_network.elements()[scenario.elements.front()].location;
    fi.duringUtilityOutage = scenario.utilityOutage;
    PowerOutcome outcome = m_network.simulate(scenario);
    const std::vector<char> &base = scenario.utilityOutage ? m_baseDarkOutage : m_baseDark;
    const auto &shares = m_network.shares();
    const auto &racks = m_network.racks();
    std::unordered_set<int> darkRacks;
    std::vector<int> sus;
    long long lostOutsideSus = 0;
    std::vector<DeviceId> darkSwitches;
    for (int s : outcome.darkShares) {
        if (base[s])
            continue;
        const PowerShare &sh = shares[s];
        const RackPowerInfo &rack = racks[sh.rack];
        if (darkRacks.insert(sh.rack).second)
            fi.racksDark.push_back(rack.id);
        fi.acceleratorsDark += sh.accelerators;
        fi.switchesDark += static_cast<int>(sh.switches.size());
        darkSwitches.insert(darkSwitches.end(), sh.switches.begin(), sh.switches.end());
        if (sh.accelerators > 0 || (!sh.switches.empty() && !m_switchImpact)) {
            if (rack.su >= 0)
                sus.push_back(rack.su);
            else
                lostOutsideSus += sh.accelerators;
        }
    }
    for (int s : outcome.oneFeedShares) {
        if (m_shareThrottled[s] > 0) {
            fi.acceleratorsDegraded += m_shareThrottled[s];
            fi.racksDegraded.push_back(racks[shares[s].rack].id);
        }
        fi.acceleratorsSupplyUnknown += m_shareSupplyUnknown[s];
    }
    for (int s : outcome.redundancyLostShares)
        if (!base[s])
            fi.racksRedundancyLost.push_back(racks[shares[s].rack].id);
    const auto &elements = m_network.elements();
    for (const auto &[e, load] : outcome.overContinuous) {
        const PowerElement &el = elements[e];
        fi.equipmentOverLimit.push_back(el.kind == PowerElementKind::Pdu ? el.location + "/" + el.name : el.name);
    }
    if (m_switchImpact && !darkSwitches.empty()) {
        const SwitchImpact si = m_switchImpact(darkSwitches);
        sus.insert(sus.end(), si.sus.begin(), si.sus.end());
        fi.acceleratorsCut = si.acceleratorsCut;
    }
    fi.sus = std::move(sus);
    finish(fi);
    if (lostOutsideSus > 0 && fi.trainingShareLeft && m_accelerators > 0)
        fi.trainingShareLeft =
            std::max(0.0, *fi.trainingShareLeft - static_cast<double>(lostOutsideSus) / m_accelerators);
    if (outcomeOut)
        *outcomeOut = std::move(outcome);
    return fi;
}

FailureImpact FailureAnalyzer::coolingImpact(const ComponentRef &c) const
{
    FailureImpact fi;
    fi.component = c;
    const bool air = c.kind == ComponentKind::Crah;
    const CoolingZoneLoad *zone = nullptr;
    for (const CoolingZoneLoad &z : m_cooling.zones) {
        const auto &ids = air ? z.airUnits : z.cdus;
        if (std::find(ids.begin(), ids.end(), c.equipment) != ids.end())
            zone = &z;
    }
    const Equipment *unit = nullptr;
    for (const Equipment &e : m_design.equipment)
        if (e.id == c.equipment)
            unit = &e;
    const CoolingSpec *spec = unit ? m_catalog.cooling(unit->catalogId) : nullptr;
    if (!zone || !unit || !spec)
        throw PowerError(phrase(QT_TRANSLATE_NOOP("Finding", "failure: no %1 with id %2 in the design"),
                                toString(c.kind), c.equipment.value()));
    fi.name = unit->name;
    fi.location = unit->name;

    // CDUs carry the cold plates' heat and the rear doors' (cduLoadKw).
    const double load = air ? zone->airKw : zone->cduLoadKw;
    const double capacity = air ? zone->airCapacityKw : zone->cduCapacityKw;
    const double flow = air ? zone->airflowM3s : zone->coolantLps;
    const double flowCapacity = air ? zone->airflowCapacityM3s : zone->coolantCapacityLps;
    const double unitFlow = air ? spec->airflowM3s : spec->coolantFlowLps;
    auto short_ = [&](double cap, double fcap, bool checkFlow) {
        return load > cap * (1 + kPowerTolerance) + kPowerTolerance || (checkFlow && flow > fcap * (1 + kPowerTolerance) + kPowerTolerance);
    };
    const bool flowKnown = unitFlow > 0.0;
    const bool shortBefore = short_(capacity, flowCapacity, flowKnown);
    const bool shortAfter = short_(capacity - spec->capacityKw, flowCapacity - unitFlow, flowKnown);
    if (shortAfter && !shortBefore) {
        fi.equipmentOverLimit.push_back(fmt::format("{} ({} {:.0f} kW > {:.0f} kW left)", zone->name,
                                                    air ? "air" : "liquid", load, capacity - spec->capacityKw));
        std::vector<int> sus;
        long long outside = 0;
        for (int r : zone->racks) {
            const RackHeat &h = m_cooling.racks[r];
            // A rack behind a rear door sends to the room only what the door leaves.
            if ((air ? h.airKw - h.rearDoorKw : h.liquidKw + h.rearDoorKw) <= 0.0)
                continue;
            fi.racksOverLimit.push_back(h.rack);
            fi.acceleratorsAtRisk += h.accelerators;
            if (h.accelerators > 0 && h.su >= 0)
                sus.push_back(h.su);
            else
                outside += h.accelerators;
        }
        fi.sus = std::move(sus);
        finish(fi);
        if (outside > 0 && fi.trainingShareLeft && m_accelerators > 0)
            fi.trainingShareLeft = std::max(0.0, *fi.trainingShareLeft - static_cast<double>(outside) / m_accelerators);
        return fi;
    }
    finish(fi);
    return fi;
}

FailureImpact FailureAnalyzer::switchImpact(const ComponentRef &c) const
{
    const Device *d = m_design.findDevice(c.device);
    if (!d || d->kind != DeviceKind::Switch || !m_switchImpact)
        throw PowerError(m_switchImpact ? phrase(QT_TRANSLATE_NOOP("Finding", "failure: no switch with id %1 in the design"),
                                                 c.device.value()) : phrase(QT_TRANSLATE_NOOP("Finding", "failure: no switch with id %1 in the design (no network failure model)"),
                                                                            c.device.value()));
    FailureImpact fi;
    fi.component = c;
    fi.name = d->name;
    const Rack *rack = m_design.findRack(d->rack);
    fi.location = rack ? rack->name : d->name;
    const SwitchImpact si = m_switchImpact({d->id});
    fi.sus = si.sus;
    fi.acceleratorsCut = si.acceleratorsCut;
    finish(fi);
    if (si.trainingShareLeft && fi.trainingShareLeft)
        fi.trainingShareLeft = std::min(*fi.trainingShareLeft, *si.trainingShareLeft);
    return fi;
}

void FailureAnalyzer::finish(FailureImpact &fi) const
{
    std::sort(fi.sus.begin(), fi.sus.end());
    fi.sus.erase(std::unique(fi.sus.begin(), fi.sus.end()), fi.sus.end());
    long long lost = 0;
    for (int su : fi.sus)
        if (const auto it = m_suAccelerators.find(su); it != m_suAccelerators.end())
            lost += it->second;
    fi.acceleratorShareRunning = shareOf(fi.acceleratorsDark, m_accelerators);
    fi.trainingShareLeft = shareOf(lost, m_accelerators);
    // Accelerators the fabric cuts off are lost to training wherever they sit.
    if (fi.trainingShareLeft && fi.acceleratorsCut > 0)
        fi.trainingShareLeft = std::min(*fi.trainingShareLeft, *shareOf(fi.acceleratorsCut, m_accelerators));
}

bool FailureAnalyzer::worse(const FailureImpact &a, const FailureImpact &b)
{
    const double ta = a.trainingShareLeft.value_or(1.0), tb = b.trainingShareLeft.value_or(1.0);
    if (ta != tb)
        return ta < tb;
    if (a.acceleratorsDark != b.acceleratorsDark)
        return a.acceleratorsDark > b.acceleratorsDark;
    if (a.acceleratorsAtRisk != b.acceleratorsAtRisk)
        return a.acceleratorsAtRisk > b.acceleratorsAtRisk;
    if (a.acceleratorsDegraded != b.acceleratorsDegraded)
        return a.acceleratorsDegraded > b.acceleratorsDegraded;
    if (a.racksDark.size() != b.racksDark.size())
        return a.racksDark.size() > b.racksDark.size();
    if (a.racksOverLimit.size() != b.racksOverLimit.size())
        return a.racksOverLimit.size() > b.racksOverLimit.size();
    return a.equipmentOverLimit.size() > b.equipmentOverLimit.size();
}

SweepResult FailureAnalyzer::sweep(const SweepOptions &options) const
{
    SweepResult res;
    const auto &elements = m_network.elements();
    res.failoverLoadKw.resize(elements.size());
    for (std::size_t i = 0; i < elements.size(); ++i)
        res.failoverLoadKw[i] = elements[i].loadKw;
    res.failoverCauseIndex.assign(elements.size(), -1);

    const std::vector<ComponentRef> comps = components();
    std::map<ComponentKind, std::size_t> worstIndex;
    PowerOutcome outcome;
    std::vector<std::string> names;
    names.reserve(comps.size());
    for (std::size_t i = 0; i < comps.size(); ++i) {
        const ComponentRef &c = comps[i];
        const bool power = c.kind != ComponentKind::Crah && c.kind != ComponentKind::Cdu
                           && c.kind != ComponentKind::Switch;
        const bool track = power && c.kind != ComponentKind::Generator
                           && std::find(options.failoverKinds.begin(), options.failoverKinds.end(), c.kind)
                                  != options.failoverKinds.end();
        outcome.loads.clear();
        FailureImpact fi;
        if (track) {
            // Re-dispatch through impact()'s scenario building, keeping the outcome.
            PowerScenario scenario;
            std::string name;
            if (c.kind == ComponentKind::Ups) {
                const auto [e, unit] = m_network.unitOf(c.equipment);
                scenario.units.emplace_back(e, unit);
                name = elements[e].unitNames[unit];
            } else {
                const int e = c.kind == ComponentKind::Pdu ? m_network.elementOf(c.device)
                                                           : m_network.elementOf(c.equipment);
                scenario.elements.push_back(e);
                name = c.kind == ComponentKind::Pdu ? elements[e].location + "/" + elements[e].name : elements[e].name;
            }
            fi = powerImpact(c, scenario, name, &outcome);
            // An element that trips still saw the load that tripped it.
            for (const auto *list : {&outcome.loads, &outcome.tripped}) {
                for (const auto &[e, load] : *list) {
                    if (e == m_network.generatorSet())
                        continue;
                    if (load > res.failoverLoadKw[e] + kPowerTolerance) {
                        res.failoverLoadKw[e] = load;
                        res.failoverCauseIndex[e] = static_cast<int>(i);
                    }
                }
            }
        } else {
            fi = impact(c);
        }
        ++res.evaluated;
        names.push_back(fi.name);
        const auto w = worstIndex.find(c.kind);
        if (w == worstIndex.end()) {
            worstIndex.emplace(c.kind, res.worst.size());
            res.worst.push_back(fi);
        } else if (worse(fi, res.worst[w->second])) {
            res.worst[w->second] = fi;
        }
        if (fi.hasEffect())
            res.withEffect.push_back(std::move(fi));
    }
    res.failoverCause.resize(elements.size());
    res.failoverCauseName.resize(elements.size());
    for (std::size_t e = 0; e < elements.size(); ++e) {
        if (res.failoverCauseIndex[e] < 0)
            continue;
        res.failoverCause[e] = comps[res.failoverCauseIndex[e]];
        res.failoverCauseName[e] = names[res.failoverCauseIndex[e]];
    }
    return res;
}

} // namespace hallwright
