// The hardware catalog: the built-in data, lookups, merging user items and enum names.
#include "catalog/catalog.h"
#include "catalog/catalog_fields.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <string_view>

namespace hallwright {

namespace embedded {
extern const std::string_view builtinCatalogJson;
}

namespace {

template <class Spec>
const Spec *lookup(const std::map<std::string, Spec> &items, const std::string &id)
{
    const auto it = items.find(id);
    return it == items.end() ? nullptr : &it->second;
}

template <class Spec>
void mergeInto(std::map<std::string, Spec> &into, const std::map<std::string, Spec> &from)
{
    for (const auto &[id, spec] : from)
        into.insert_or_assign(id, spec);
}

template <class E, std::size_t N>
const char *label(E value, const std::array<std::pair<E, const char *>, N> &table)
{
    for (const auto &[e, name] : table)
        if (e == value)
            return name;
    return "unknown";
}

} // namespace

bool Provenance::isEstimated(const std::string &field) const
{
    return std::find(estimated.begin(), estimated.end(), field) != estimated.end();
}

bool NodeSpec::computeNicsSpeak(const std::string &technology) const
{
    return computeNicTechnologies.empty()
        || std::find(computeNicTechnologies.begin(), computeNicTechnologies.end(), technology)
               != computeNicTechnologies.end();
}

int SwitchSpec::portsAt(double gbps) const
{
    if (!(gbps > 0.0) || gbps > portGbps + 1e-9)
        return 0;
    // Split into whole links only (an 800G cage gives 2×400G or 4×200G, never 3×);
    // with cage data the cages bound the split, else the ports do.
    const bool byCage = cages > 0 && cageGbps > 0.0;
    const double unitGbps = byCage ? cageGbps : portGbps;
    const int units = byCage ? cages : ports;
    // In double and saturated: a tiny gbps (5e-324) must not overflow the int conversion.
    const double split = std::floor(unitGbps / gbps + 1e-9);
    const double total = static_cast<double>(units) * split;
    return total >= static_cast<double>(INT_MAX) ? INT_MAX : static_cast<int>(total);
}

const Catalog &Catalog::builtin()
{
    static const Catalog catalog = parse(std::string(embedded::builtinCatalogJson), nullptr);
    return catalog;
}

void Catalog::merge(const Catalog &other)
{
    mergeInto(m_accelerators, other.m_accelerators);
    mergeInto(m_nodes, other.m_nodes);
    mergeInto(m_switches, other.m_switches);
    mergeInto(m_nics, other.m_nics);
    mergeInto(m_transceivers, other.m_transceivers);
    mergeInto(m_media, other.m_media);
    mergeInto(m_patchPanels, other.m_patchPanels);
    mergeInto(m_racks, other.m_racks);
    mergeInto(m_power, other.m_power);
    mergeInto(m_cooling, other.m_cooling);
}

const AcceleratorSpec *Catalog::accelerator(const std::string &id) const { return lookup(m_accelerators, id); }
const NodeSpec *Catalog::node(const std::string &id) const { return lookup(m_nodes, id); }
const SwitchSpec *Catalog::switchSpec(const std::string &id) const { return lookup(m_switches, id); }
const NicSpec *Catalog::nic(const std::string &id) const { return lookup(m_nics, id); }
const TransceiverSpec *Catalog::transceiver(const std::string &id) const { return lookup(m_transceivers, id); }
const MediumSpec *Catalog::medium(const std::string &id) const { return lookup(m_media, id); }
const PatchPanelSpec *Catalog::patchPanel(const std::string &id) const { return lookup(m_patchPanels, id); }
const RackSpec *Catalog::rack(const std::string &id) const { return lookup(m_racks, id); }
const PowerSpec *Catalog::power(const std::string &id) const { return lookup(m_power, id); }
const CoolingSpec *Catalog::cooling(const std::string &id) const { return lookup(m_cooling, id); }

bool Catalog::empty() const
{
    return size() == 0;
}

std::size_t Catalog::size() const
{
    return m_accelerators.size() + m_nodes.size() + m_switches.size() + m_nics.size()
        + m_transceivers.size() + m_media.size() + m_patchPanels.size() + m_racks.size() + m_power.size() + m_cooling.size();
}

const char *toString(CoolingType v) { return label(v, catalog_detail::kCoolingTypes); }
const char *toString(MediumKind v) { return label(v, catalog_detail::kMediumKinds); }
const char *toString(PowerKind v) { return label(v, catalog_detail::kPowerKinds); }
const char *toString(CoolingKind v) { return label(v, catalog_detail::kCoolingKinds); }

const CoolingSpec *smallestCoolingFor(const Catalog &catalog, CoolingKind kind, double kw)
{
    const CoolingSpec *best = nullptr, *largest = nullptr;
    for (const auto &[id, s] : catalog.coolingItems()) {
        if (s.kind != kind || s.capacityKw <= 0.0)
            continue;
        if (!largest || s.capacityKw > largest->capacityKw)
            largest = &s;
        if (s.capacityKw + 1e-9 >= kw && (!best || s.capacityKw < best->capacityKw))
            best = &s;
    }
    return best ? best : largest;
}
const char *toString(GeneratorRating v)
{
    return v == GeneratorRating::None ? "none" : label(v, catalog_detail::kGeneratorRatings);
}

} // namespace hallwright
