// Power design rules: ratings under normal and single-failure conditions, redundancy, chain integrity.
#include "checks/checks.h"

#include "power/facility.h"
#include "power/power_math.h"

#include <fmt/format.h>

#include <algorithm>

namespace hallwright {

namespace {

Phrase elementLabel(const PowerElement &el)
{
    switch (el.kind) {
    case PowerElementKind::Pdu: return phrase(QT_TRANSLATE_NOOP("Finding", "PDU %1 in rack %2"), el.name, el.location);
    case PowerElementKind::Busway: return phrase(QT_TRANSLATE_NOOP("Finding", "busway %1"), el.name);
    case PowerElementKind::Rpp: return phrase(QT_TRANSLATE_NOOP("Finding", "RPP %1"), el.name);
    case PowerElementKind::UpsSystem:
        return el.units.size() == 1 ? phrase(QT_TRANSLATE_NOOP("Finding", "UPS system %1 (1 module)"), el.name)
                                    : phrase(QT_TRANSLATE_NOOP("Finding", "UPS system %1 (%2 modules)"), el.name,
                                             el.units.size());
    case PowerElementKind::Transformer: return phrase(QT_TRANSLATE_NOOP("Finding", "transformer %1"), el.name);
    case PowerElementKind::GeneratorSet:
        return phrase(QT_TRANSLATE_NOOP("Finding", "the %1 generators"), el.units.size());
    }
    return literal(el.name);
}

Phrase ratingText(const PowerElement &el)
{
    const bool derated = el.kind == PowerElementKind::Pdu || el.kind == PowerElementKind::Busway
                         || el.kind == PowerElementKind::Rpp;
    return derated ? phrase(QT_TRANSLATE_NOOP("Finding", "its continuous rating %1 kW (%2 % of %3 kW)"),
                            number(el.continuousKw, 1), number(kContinuousDerating * 100.0, 0), number(el.ratingKw, 1))
                   : phrase(QT_TRANSLATE_NOOP("Finding", "its rating %1 kW"), number(el.continuousKw, 1));
}

/// "losing X darkens 3 racks (96 accelerators)", with the outage prefix when it applies.
Phrase darkening(const FailureImpact &fi)
{
    const std::size_t racks = fi.racksDark.size();
    if (fi.duringUtilityOutage)
        return racks == 1 ? phrase(QT_TRANSLATE_NOOP("Finding", "during a utility outage, losing %1 darkens 1 rack "
                                                                "(%2 accelerators)"),
                                   fi.name, fi.acceleratorsDark)
                          : phrase(QT_TRANSLATE_NOOP("Finding", "during a utility outage, losing %1 darkens %2 racks "
                                                                "(%3 accelerators)"),
                                   fi.name, racks, fi.acceleratorsDark);
    return racks == 1
               ? phrase(QT_TRANSLATE_NOOP("Finding", "losing %1 darkens 1 rack (%2 accelerators)"), fi.name,
                        fi.acceleratorsDark)
               : phrase(QT_TRANSLATE_NOOP("Finding", "losing %1 darkens %2 racks (%3 accelerators)"), fi.name, racks,
                        fi.acceleratorsDark);
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
        out.push_back({Severity::Error, p.code, p.message, p.location, p.text});

    const auto &elements = net.elements();
    const std::string red = toString(redundancy);
    for (std::size_t e = 0; e < elements.size(); ++e) {
        const PowerElement &el = elements[e];
        const std::string location = el.kind == PowerElementKind::Pdu ? el.location : el.name;
        if (el.kind == PowerElementKind::GeneratorSet) {
            if (el.loadKw > el.ratingKw + kCheckTolerance)
                out.push_back(finding(Severity::Error, "overloaded-feed",
                                      phrase(QT_TRANSLATE_NOOP("Finding", "%1 (%2 kW) cannot carry the facility load "
                                                                          "of %3 kW during a utility outage"),
                                             elementLabel(el), number(el.ratingKw, 0), number(el.loadKw, 0)),
                                      location));
            continue;
        }
        if (el.loadKw > el.continuousKw + kCheckTolerance) {
            out.push_back(finding(Severity::Error, "overloaded-feed",
                                  phrase(QT_TRANSLATE_NOOP("Finding", "%1 carries %2 kW, above %3"), elementLabel(el),
                                         number(el.loadKw, 1), ratingText(el)),
                                  location));
            continue;
        }
        // After a tracked single failure: every feed must carry the whole load.
        if (e >= sweep.failoverLoadKw.size() || sweep.failoverCauseIndex[e] < 0)
            continue;
        const double after = sweep.failoverLoadKw[e];
        if (after <= el.continuousKw + kCheckTolerance)
            continue;
        const std::string &causeName = sweep.failoverCauseName[e];
        const bool distribution = el.kind == PowerElementKind::Pdu || el.kind == PowerElementKind::Busway
                                  || el.kind == PowerElementKind::Rpp;
        out.push_back(finding(
            Severity::Error, distribution ? "overloaded-feed" : "redundancy-not-met",
            distribution ? phrase(QT_TRANSLATE_NOOP("Finding", "when %1 fails, %2 carries %3 kW, above %4"), causeName,
                                  elementLabel(el), number(after, 1), ratingText(el))
                         : phrase(QT_TRANSLATE_NOOP("Finding",
                                                    "when %1 fails, %2 carries %3 kW, above %4 (%5 redundancy)"),
                                  causeName, elementLabel(el), number(after, 1), ratingText(el), red),
            location));
    }

    // Without generators a utility outage darkens the hall once the batteries run out.
    const bool hasChain = std::any_of(elements.begin(), elements.end(), [](const PowerElement &el) {
        return el.kind == PowerElementKind::UpsSystem || el.kind == PowerElementKind::Transformer;
    });
    if (hasChain && net.generatorSet() < 0 && redundancy != Redundancy::N)
        out.push_back(finding(Severity::Warning, "redundancy-not-met",
                              phrase(QT_TRANSLATE_NOOP("Finding", "the design has no generators: a utility outage "
                                                                  "darkens the hall once the UPS batteries run out "
                                                                  "(%1 expects N+1 generators)"),
                                     red),
                              ""));

    for (const FailureImpact &fi : sweep.withEffect) {
        if (fi.racksDark.empty())
            continue;
        const ComponentKind k = fi.component.kind;
        if (mustSurvive(k, redundancy))
            out.push_back(finding(Severity::Error, "redundancy-not-met",
                                  phrase(QT_TRANSLATE_NOOP("Finding", "%1; %2 requires every rack to keep running"),
                                         darkening(fi), red),
                                  fi.location));
        else if (isDistribution(k))
            out.push_back(finding(Severity::Warning, "single-feed",
                                  phrase(QT_TRANSLATE_NOOP("Finding", "%1: the rack has no working second feed"),
                                         darkening(fi)),
                                  fi.location));
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
        if (worst) {
            const Phrase share = phrase(QT_TRANSLATE_NOOP("Finding", "losing %1 (%2) cuts off %3 of %4 accelerators "
                                                                     "(%5 %), more than the %6 % one failure may take"),
                                        worst->name, phraseOf(worst->component.kind), worstLost, all,
                                        number(100.0 * worstLost / all, 0), number(100.0 * kSinglePointShare, 0));
            Phrase text = worst->duringUtilityOutage
                              ? phrase(QT_TRANSLATE_NOOP("Finding", "during a utility outage, %1"), share)
                              : share;
            if (count > 1)
                text = phrase(QT_TRANSLATE_NOOP("Finding", "%1 (%2 components do)"), text, count);
            out.push_back(finding(Severity::Error, "single-point-of-failure", text, worst->location));
        }
    }

    return out;
}

} // namespace hallwright
