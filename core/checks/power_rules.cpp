// Power design rules: ratings under normal and single-failure conditions, redundancy, chain integrity.
#include "checks/checks.h"

#include "power/facility.h"
#include "power/power_math.h"

#include <fmt/format.h>

#include <algorithm>

namespace hallwright {

namespace {

constexpr double kEps = 1e-6;

std::string elementLabel(const PowerElement &el)
{
    switch (el.kind) {
    case PowerElementKind::Pdu: return fmt::format("PDU {} in rack {}", el.name, el.location);
    case PowerElementKind::Busway: return "busway " + el.name;
    case PowerElementKind::Rpp: return "RPP " + el.name;
    case PowerElementKind::UpsSystem:
        return fmt::format("UPS system {} ({} module{})", el.name, el.units.size(), el.units.size() == 1 ? "" : "s");
    case PowerElementKind::Transformer: return "transformer " + el.name;
    case PowerElementKind::GeneratorSet: return fmt::format("the {} generators", el.units.size());
    }
    return el.name;
}

std::string ratingText(const PowerElement &el)
{
    const bool derated = el.kind == PowerElementKind::Pdu || el.kind == PowerElementKind::Busway
                         || el.kind == PowerElementKind::Rpp;
    return derated ? fmt::format("its continuous rating {:.1f} kW ({:.0f} % of {:.1f} kW)", el.continuousKw,
                                 kContinuousDerating * 100.0, el.ratingKw)
                   : fmt::format("its rating {:.1f} kW", el.continuousKw);
}

bool isDistribution(ComponentKind k)
{
    return k == ComponentKind::Pdu || k == ComponentKind::Busway || k == ComponentKind::Rpp;
}

/// Failures a redundancy level must survive without darkening anything.
bool mustSurvive(ComponentKind k, Redundancy r)
{
    switch (r) {
    case Redundancy::TwoN:
        return k != ComponentKind::Crah && k != ComponentKind::Cdu && k != ComponentKind::Switch;
    case Redundancy::NPlus1:
        return k == ComponentKind::Ups || k == ComponentKind::Generator;
    case Redundancy::N:
        return false;
    }
    return false;
}

} // namespace

SweepOptions sweepOptionsFor(Redundancy redundancy)
{
    SweepOptions o;
    o.failoverKinds = {ComponentKind::Pdu, ComponentKind::Busway, ComponentKind::Rpp};
    if (redundancy != Redundancy::N)
        o.failoverKinds.push_back(ComponentKind::Ups);
    if (redundancy == Redundancy::TwoN)
        o.failoverKinds.push_back(ComponentKind::Transformer);
    return o;
}

CheckList checkPower(const FacilityAnalysis &facility, const SweepResult &sweep, Redundancy redundancy)
{
    CheckList out;
    const PowerNetwork &net = facility.network();
    for (const PowerProblem &p : net.problems())
        out.push_back({Severity::Error, p.code, p.message, p.location});

    const auto &elements = net.elements();
    const std::string red = toString(redundancy);
    for (std::size_t e = 0; e < elements.size(); ++e) {
        const PowerElement &el = elements[e];
        const std::string location = el.kind == PowerElementKind::Pdu ? el.location : el.name;
        if (el.kind == PowerElementKind::GeneratorSet) {
            if (el.loadKw > el.ratingKw + kEps)
                out.push_back({Severity::Error, "overloaded-feed",
                               fmt::format("{} ({:.0f} kW) cannot carry the facility load of {:.0f} kW during a "
                                           "utility outage",
                                           elementLabel(el), el.ratingKw, el.loadKw),
                               location});
            continue;
        }
        if (el.loadKw > el.continuousKw + kEps) {
            out.push_back({Severity::Error, "overloaded-feed",
                           fmt::format("{} carries {:.1f} kW, above {}", elementLabel(el), el.loadKw, ratingText(el)),
                           location});
            continue;
        }
        // After a tracked single failure: every feed must carry the whole load.
        if (e >= sweep.failoverLoadKw.size() || sweep.failoverCauseIndex[e] < 0)
            continue;
        const double after = sweep.failoverLoadKw[e];
        if (after <= el.continuousKw + kEps)
            continue;
        const std::string &causeName = sweep.failoverCauseName[e];
        const bool distribution = el.kind == PowerElementKind::Pdu || el.kind == PowerElementKind::Busway
                                  || el.kind == PowerElementKind::Rpp;
        out.push_back({Severity::Error, distribution ? "overloaded-feed" : "redundancy-not-met",
                       fmt::format("when {} fails, {} carries {:.1f} kW, above {}{}", causeName, elementLabel(el),
                                   after, ratingText(el),
                                   distribution ? std::string() : fmt::format(" ({} redundancy)", red)),
                       location});
    }

    // Without generators a utility outage darkens the hall once the batteries run out.
    const bool hasChain = std::any_of(elements.begin(), elements.end(), [](const PowerElement &el) {
        return el.kind == PowerElementKind::UpsSystem || el.kind == PowerElementKind::Transformer;
    });
    if (hasChain && net.generatorSet() < 0 && redundancy != Redundancy::N)
        out.push_back({Severity::Warning, "redundancy-not-met",
                       fmt::format("the design has no generators: a utility outage darkens the hall once the UPS "
                                   "batteries run out ({} expects N+1 generators)",
                                   red),
                       ""});

    for (const FailureImpact &fi : sweep.withEffect) {
        if (fi.racksDark.empty())
            continue;
        const ComponentKind k = fi.component.kind;
        const std::string what = fmt::format("{}losing {} darkens {} rack{} ({} accelerators)",
                                             fi.duringUtilityOutage ? "during a utility outage, " : "", fi.name,
                                             fi.racksDark.size(), fi.racksDark.size() == 1 ? "" : "s",
                                             fi.acceleratorsDark);
        if (mustSurvive(k, redundancy))
            out.push_back({Severity::Error, "redundancy-not-met",
                           fmt::format("{}; {} requires every rack to keep running", what, red), fi.location});
        else if (isDistribution(k))
            out.push_back({Severity::Warning, "single-feed",
                           fmt::format("{}: the rack has no working second feed", what), fi.location});
    }

    // One component whose loss cuts off more than the documented share.
    const long long all = net.accelerators();
    if (redundancy != Redundancy::N && all > 0) {
        const FailureImpact *worst = nullptr;
        long long worstLost = 0;
        int count = 0;
        for (const FailureImpact &fi : sweep.withEffect) {
            // Dark and cut-off accelerators can overlap: the larger is a lower bound.
            const long long lost = std::max(fi.acceleratorsDark, fi.acceleratorsCut);
            if (static_cast<double>(lost) <= kSinglePointShare * static_cast<double>(all))
                continue;
            ++count;
            if (lost > worstLost)
                worst = &fi, worstLost = lost;
        }
        if (worst)
            out.push_back({Severity::Error, "single-point-of-failure",
                           fmt::format("{}losing {} ({}) cuts off {} of {} accelerators ({:.0f} %), more than the "
                                       "{:.0f} % one failure may take{}",
                                       worst->duringUtilityOutage ? "during a utility outage, " : "", worst->name,
                                       toString(worst->component.kind), worstLost, all, 100.0 * worstLost / all,
                                       100.0 * kSinglePointShare,
                                       count > 1 ? fmt::format(" ({} components do)", count) : std::string()),
                           worst->location});
    }

    return out;
}

} // namespace hallwright
