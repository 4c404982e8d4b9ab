// Medium choice rules: speed, module fit at each end (twin-port cages), stock lengths within reach, price.
#include "network/media.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <functional>

namespace hallwright::network {

MediaTable::MediaTable(const Catalog &catalog)
{
    for (const auto &[id, spec] : catalog.media()) {
        MediumInfo m;
        m.spec = &spec;
        if (!spec.transceiverId.empty()) {
            m.module = catalog.transceiver(spec.transceiverId);
            if (!m.module)
                continue; // a medium whose module is not in the catalog cannot be built
        }
        if (!spec.nicTransceiverId.empty())
            m.nicModule = catalog.transceiver(spec.nicTransceiverId);
        for (double s : spec.stockLengthsM)
            if (s > 0 && s <= spec.maxReachM + 1e-9)
                m.stocks.push_back(s);
        std::sort(m.stocks.begin(), m.stocks.end());
        if (!spec.stockLengthsM.empty() && m.stocks.empty())
            continue; // every stock length is beyond the medium's reach
        m_media.push_back(std::move(m));
    }
}

const MediumInfo *MediaTable::find(const std::string &id) const
{
    for (const MediumInfo &m : m_media)
        if (m.spec->id == id)
            return &m;
    return nullptr;
}

namespace {

/// A NIC-side module must have the form factor of the NIC's cages, when the catalog gives it.
bool formFits(const TransceiverSpec *t, const EndClass &end)
{
    return !end.formFactor || end.formFactor->empty() || t->formFactor.empty() || t->formFactor == *end.formFactor;
}

} // namespace

const TransceiverSpec *MediaTable::moduleAt(const MediumInfo &m, const EndClass &end) const
{
    if (!m.module)
        return nullptr;
    switch (end.kind) {
    case EndKind::SwitchCage:
        // The switch-side module must fill the cage (a twin-port 2×400G module in an 800G cage).
        if (end.cageGbps > 0 && std::abs(m.module->gbps * m.module->linksPerModule - end.cageGbps) > 1e-6)
            return nullptr;
        return m.module;
    case EndKind::NodeTwin:
        return m.module->linksPerModule == end.portsPerCage && formFits(m.module, end) ? m.module : nullptr;
    case EndKind::NodeSingle: {
        const TransceiverSpec *t = m.nicModule ? m.nicModule : m.module;
        return t->linksPerModule == 1 && formFits(t, end) ? t : nullptr;
    }
    case EndKind::SwitchMgmt:
        return nullptr;
    case EndKind::Other:
        return m.nicModule ? m.nicModule : m.module;
    }
    return nullptr;
}

bool MediaTable::fits(const MediumInfo &m, const EndClass &end) const
{
    if (end.kind == EndKind::SwitchMgmt)
        return m.spec->kind == MediumKind::Copper1G;
    if (m.module)
        return moduleAt(m, end) != nullptr;
    if (m.spec->kind == MediumKind::Copper1G)
        return true;
    // A cable with fixed ends (DAC, ACC, AOC) fills the whole cage: its end
    // carries exactly the cage's ports at the cage's speed (a twin-port 2x400G
    // DAC in an 800G twin-port cage; a single-port AOC only in a single-port cage).
    const int ends = std::max(1, m.spec->portsPerEnd);
    switch (end.kind) {
    case EndKind::SwitchCage:
        return end.portsPerCage == ends
               && (end.cageGbps <= 0 || std::abs(m.spec->gbps * ends - end.cageGbps) < 1e-6);
    case EndKind::NodeTwin:
        return end.portsPerCage == ends;
    case EndKind::NodeSingle:
        return ends == 1;
    case EndKind::SwitchMgmt:
    case EndKind::Other:
        return true;
    }
    return true;
}

bool isFixedEnd(const MediumInfo &m)
{
    return !m.module && m.spec->kind != MediumKind::Copper1G;
}

bool MediaTable::compatible(const MediumInfo &m, double gbps, const EndClass &a, const EndClass &b) const
{
    const bool copper = m.spec->kind == MediumKind::Copper1G;
    if (gbps <= kCopperMaxGbps) {
        // Management speeds: RJ45 copper of at least the speed, or fibre with a
        // module (media converter) of exactly that speed where copper cannot reach.
        if (copper ? m.spec->gbps + 1e-9 < gbps : !m.module || std::abs(m.spec->gbps - gbps) > 1e-6)
            return false;
    } else if (copper || std::abs(m.spec->gbps - gbps) > 1e-6) {
        return false;
    }
    return fits(m, a) && fits(m, b);
}

std::optional<double> MediaTable::stockLength(const MediumInfo &m, double required) const
{
    if (!(required >= 0) || required > m.spec->maxReachM + 1e-9)
        return std::nullopt;
    if (m.stocks.empty()) // cut to length: whole metres, never beyond reach
        return std::min(std::ceil(required - 1e-9), m.spec->maxReachM);
    const auto it = std::lower_bound(m.stocks.begin(), m.stocks.end(), required - 1e-9);
    if (it == m.stocks.end())
        return std::nullopt;
    return *it;
}

double MediaTable::cost(const MediumInfo &m, double lengthM, const EndClass &a, const EndClass &b) const
{
    double c = m.spec->priceCnyFixed + m.spec->priceCnyPerM * lengthM;
    if (isFixedEnd(m)) // a twin-port DAC / ACC is one cable for the links of its cage pair
        c /= std::max(1, m.spec->portsPerEnd);
    for (const EndClass *e : {&a, &b})
        if (const TransceiverSpec *t = moduleAt(m, *e))
            c += t->priceCny / std::max(1, t->linksPerModule);
    return c;
}

EndClass classifyEnd(const Device *device, const NodeSpec *node, const SwitchSpec *sw, const Link &link)
{
    EndClass e;
    if (!device)
        return e;
    if (device->kind == DeviceKind::ComputeNode && node) {
        if (link.fabric == Fabric::Compute && node->computeLinksPerModule > 1) {
            e.kind = EndKind::NodeTwin;
            e.portsPerCage = node->computeLinksPerModule;
        } else {
            e.kind = EndKind::NodeSingle;
        }
        if (link.fabric == Fabric::Compute)
            e.formFactor = &node->computeNicFormFactor;
        return e;
    }
    if (device->kind == DeviceKind::Switch && sw) {
        if (link.gbps <= kCopperMaxGbps && sw->portGbps > kCopperMaxGbps) {
            e.kind = EndKind::SwitchMgmt;
            return e;
        }
        e.kind = EndKind::SwitchCage;
        if (link.gbps > sw->portGbps + 1e-9 && sw->uplinkGbps + 1e-9 >= link.gbps) {
            e.cageGbps = sw->uplinkGbps; // a dedicated uplink port
            return e;
        }
        const int dataPorts = sw->portsAt(link.gbps);
        if (sw->cages > 0 && dataPorts >= sw->cages)
            e.portsPerCage = dataPorts / sw->cages;
        e.cageGbps = sw->cageGbps > 0 ? sw->cageGbps : link.gbps * e.portsPerCage;
        return e;
    }
    return e;
}


EndClassifier::EndClassifier()
{
    intern(EndClass{});
}

std::size_t EndClassifier::KeyHash::operator()(const Key &k) const noexcept
{
    std::size_t h = std::hash<const void *>()(k.node) * 31 + std::hash<const void *>()(k.sw);
    h = h * 131 + static_cast<std::size_t>(k.kind) * 7 + static_cast<std::size_t>(k.fabric);
    return h ^ (std::hash<std::uint64_t>()(k.gbpsBits) * 0x9e3779b97f4a7c15ULL);
}

EndClassifier::Index EndClassifier::intern(const EndClass &e)
{
    const ClassKey key{e.kind, std::bit_cast<std::uint64_t>(e.cageGbps), e.portsPerCage, e.formFactor};
    const auto [it, added] = m_classIndex.try_emplace(key, static_cast<Index>(m_classes.size()));
    if (added)
        m_classes.push_back(e);
    return it->second;
}

std::size_t EndClassifier::ClassKeyHash::operator()(const ClassKey &k) const noexcept
{
    return (std::hash<std::uint64_t>()(k.cageGbpsBits) * 31 + static_cast<std::size_t>(k.kind) * 7
            + static_cast<std::size_t>(k.portsPerCage) * 131)
           ^ std::hash<const void *>()(k.formFactor);
}

EndClassifier::Index EndClassifier::classifyNew(const Key &key, const Device *device, const NodeSpec *node,
                                                const SwitchSpec *sw, const Link &link, std::size_t &hint)
{
    const auto [it, added] = m_keyIndex.try_emplace(key, m_keys.size());
    if (added) {
        m_keys.push_back(key);
        m_classOfKey.push_back(intern(classifyEnd(device, node, sw, link)));
    }
    hint = it->second;
    return m_classOfKey[hint];
}

} // namespace hallwright::network
