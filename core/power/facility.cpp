// The power and cooling engines run together on one design: network, cooling, power, failures.
#include "power/facility.h"

#include "power/plant_feeds.h"

#include <algorithm>

namespace hallwright {

FacilityAnalysis::FacilityAnalysis(const Design &design, const Catalog &catalog, const PowerBrief &power,
                                   CoolingMode mode, const CoolingRules &rules)
    : m_design(design), m_catalog(catalog), m_brief(power), m_rules(rules), m_network(design, catalog),
      m_cooling(analyzeCooling(design, catalog, mode, m_network, rules)),
      m_power(analyzePower(m_network, m_cooling, power))
{
    // During a utility outage the generators carry cooling and misc loads as well
    // as the IT chain: what the brief's PUE implies beyond the chain, else the estimate.
    const int genset = m_network.generatorSet();
    if (genset >= 0) {
        const double chainKw = m_network.elements()[genset].loadKw;
        m_network.setStandbyLoadKw(power.pue ? std::max(0.0, m_power.itKw * *power.pue - chainKw)
                                             : m_power.coolingKw + m_power.miscKw);
    }
    m_power.elements = m_network.elements();
}

FailureAnalyzer FacilityAnalysis::failures(SwitchImpactFn switchImpact) const
{
    return FailureAnalyzer(m_design, m_catalog, m_network, m_cooling, std::move(switchImpact));
}

std::vector<PowerScheduleRow> FacilityAnalysis::schedule() const
{
    std::vector<PowerScheduleRow> rows = powerSchedule(m_design, m_network, m_brief.loadFactor);
    // Every load is on the schedule: the mechanical plant after the racks, on its MCC (in the busway column).
    for (const PlantLoad &l : analyzePlantFeeds(m_design, m_catalog).loads) {
        PowerScheduleRow r;
        r.load = l.kind;
        r.rack = l.name;
        r.row = l.zone;
        r.busway = l.mcc;
        r.ups = l.ups;
        r.transformer = l.transformer;
        r.rackKw = l.kw;
        r.rackDesignKw = l.kw;
        r.feedKw = l.kw;
        rows.push_back(r);
    }
    return rows;
}

} // namespace hallwright
