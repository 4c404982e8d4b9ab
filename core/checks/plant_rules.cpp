// Plant design rules: every mechanical load fed, its MCCs and transformers within rating, generator ratings and buses.
#include "checks/checks.h"

#include "power/plant_feeds.h"

#include <fmt/format.h>

#include <map>

namespace hallwright {

namespace {

constexpr double kEps = 1e-6;

} // namespace

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
        out.push_back({Severity::Error, "load-unfed",
                       fmt::format("{}: {} mechanical load{} ({:.0f} kW: {}{}) have no supply: no MCC, or a chain "
                                   "that reaches no transformer",
                                   zone.empty() ? std::string("the hall") : zone, loads.size(),
                                   loads.size() == 1 ? "" : "s", kw, names, loads.size() > 3 ? " …" : ""),
                       zone});
    }
    for (const PlantFeeder &f : feeds.feeders)
        if (f.loadKw > f.continuousKw + kEps)
            out.push_back({Severity::Error, "overloaded-feed",
                           fmt::format("{} {} carries {:.1f} kW of mechanical load, above its {} {:.1f} kW", f.kind,
                                       f.name, f.loadKw, f.kind == std::string("mcc") ? "continuous rating" : "rating",
                                       f.continuousKw),
                           f.name});
    for (const GeneratorBus &b : feeds.generatorBuses)
        if (b.sets > maxGeneratorsPerBus)
            out.push_back({Severity::Error, "generator-paralleling",
                           fmt::format("generator bus {} parallels {} sets, above the {} a paralleling system takes; "
                                       "split the sets over more buses",
                                       b.name, b.sets, maxGeneratorsPerBus),
                           b.name});
    if (!feeds.standbyGenerators.empty())
        out.push_back({Severity::Error, "generator-rating",
                       fmt::format("{} generator set{} ({}{}) carry a standby (ISO 8528-1 ESP) rating, which allows "
                                   "limited hours a year: a data hall needs prime or data-centre (DCP) rated sets",
                                   feeds.standbyGenerators.size(), feeds.standbyGenerators.size() == 1 ? "" : "s",
                                   feeds.standbyGenerators.front(), feeds.standbyGenerators.size() > 1 ? " …" : ""),
                       feeds.standbyGenerators.front()});
    return out;
}

} // namespace hallwright
