// Plant design rules: every mechanical load fed, its MCCs and transformers within rating, generator ratings and buses.
#include "checks/checks.h"

#include "power/plant_feeds.h"

#include <fmt/format.h>

#include <map>

namespace hallwright {

CheckList checkPlant(const Design &design, const Catalog &catalog, int maxGeneratorsPerBus)
{
    CheckList out;
    const PlantFeeds feeds = analyzePlantFeeds(design, catalog);
    // Unfed loads: one finding per zone, naming the first few.
    std::map<std::string, std::vector<const PlantLoad *>> unfed;
    for (const PlantLoad &l : feeds.loads)
        if (!l.fed)
            unfed[l.zone].push_back(&l);
    for (const auto &[zone, loads] : unfed) {
        double kw = 0.0;
        std::string names;
        for (std::size_t i = 0; i < loads.size(); ++i) {
            kw += loads[i]->kw;
            if (i < 3)
                names += (i ? ", " : "") + loads[i]->name;
        }
        if (loads.size() > 3)
            names += " …";
        const Phrase where = zone.empty() ? phrase(QT_TRANSLATE_NOOP("Finding", "the hall")) : literal(zone);
        out.push_back(finding(
            Severity::Error, "load-unfed",
            loads.size() == 1
                ? phrase(QT_TRANSLATE_NOOP("Finding", "%1: 1 mechanical load (%2 kW: %3) has no supply: no MCC, or "
                                                      "a chain that reaches no transformer"),
                         where, number(kw, 0), names)
                : phrase(QT_TRANSLATE_NOOP("Finding", "%1: %2 mechanical loads (%3 kW: %4) have no supply: no MCC, "
                                                      "or a chain that reaches no transformer"),
                         where, loads.size(), number(kw, 0), names),
            zone));
    }
    for (const PlantFeeder &f : feeds.feeders)
        if (f.loadKw > f.continuousKw + kCheckTolerance)
            out.push_back(finding(
                Severity::Error, "overloaded-feed",
                f.kind == std::string("mcc")
                    ? phrase(QT_TRANSLATE_NOOP("Finding", "mcc %1 carries %2 kW of mechanical load, above its "
                                                          "continuous rating %3 kW"),
                             f.name, number(f.loadKw, 1), number(f.continuousKw, 1))
                    : phrase(QT_TRANSLATE_NOOP("Finding", "%1 %2 carries %3 kW of mechanical load, above its rating "
                                                          "%4 kW"),
                             f.kind, f.name, number(f.loadKw, 1), number(f.continuousKw, 1)),
                f.name));
    for (const GeneratorBus &b : feeds.generatorBuses)
        if (b.sets > maxGeneratorsPerBus)
            out.push_back(finding(Severity::Error, "generator-paralleling",
                                  phrase(QT_TRANSLATE_NOOP("Finding", "generator bus %1 parallels %2 sets, above the %3 "
                                                                      "a paralleling system takes; split the sets over "
                                                                      "more buses"),
                                         b.name, b.sets, maxGeneratorsPerBus),
                                  b.name));
    if (!feeds.standbyGenerators.empty())
        out.push_back(finding(
            Severity::Error, "generator-rating",
            feeds.standbyGenerators.size() == 1
                ? phrase(QT_TRANSLATE_NOOP("Finding", "1 generator set (%1) carries a standby (ISO 8528-1 ESP) "
                                                      "rating, which allows limited hours a year: a data hall needs "
                                                      "prime or data-centre (DCP) rated sets"),
                         feeds.standbyGenerators.front())
                : phrase(QT_TRANSLATE_NOOP("Finding", "%1 generator sets (%2 …) carry a standby (ISO 8528-1 ESP) "
                                                      "rating, which allows limited hours a year: a data hall needs "
                                                      "prime or data-centre (DCP) rated sets"),
                         feeds.standbyGenerators.size(), feeds.standbyGenerators.front()),
            feeds.standbyGenerators.front()));
    return out;
}

} // namespace hallwright
