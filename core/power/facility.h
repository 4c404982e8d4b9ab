// The power and cooling engines run together on one design: network, cooling, power, failures.
#pragma once

#include "brief/brief.h"
#include "catalog/catalog.h"
#include "cooling/cooling_analysis.h"
#include "model/design.h"
#include "power/failure_impact.h"
#include "power/power_analysis.h"
#include "power/power_network.h"

#include <vector>

namespace hallwright {

/// Builds the electrical tree once, analyses cooling (with the chain's
/// losses) and power (with cooling's draw), and sets the generators' standby
/// load (cooling plus misc) for outage scenarios. Holds references to the
/// design and catalog, which must outlive it; neither copyable nor movable.
class FacilityAnalysis
{
public:
    FacilityAnalysis(const Design &design, const Catalog &catalog, const PowerBrief &power, CoolingMode mode,
                     const CoolingRules &rules = {});
    FacilityAnalysis(const FacilityAnalysis &) = delete;
    FacilityAnalysis &operator=(const FacilityAnalysis &) = delete;

    const Design &design() const { return m_design; }
    const Catalog &catalog() const { return m_catalog; }
    const PowerNetwork &network() const { return m_network; }
    const CoolingResults &cooling() const { return m_cooling; }
    const PowerResults &power() const { return m_power; }
    const CoolingRules &coolingRules() const { return m_rules; }

    /// Failure analysis of this design (valid while this object lives).
    FailureAnalyzer failures(SwitchImpactFn switchImpact = {}) const;

    /// The power schedule at the brief's load factor.
    std::vector<PowerScheduleRow> schedule() const;

private:
    const Design &m_design;
    const Catalog &m_catalog;
    PowerBrief m_brief;
    CoolingRules m_rules;
    PowerNetwork m_network;
    CoolingResults m_cooling;
    PowerResults m_power;
};

} // namespace hallwright
