// Builds the flat electrical tree of a design and settles failure scenarios on it.
#include "power/power_network.h"

#include "power/plant_feeds.h"
#include "power/power_math.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>

namespace hallwright {

namespace {

constexpr double kRelTol = 1e-9;

bool above(double load, double limit)
{
    return load > limit * (1.0 + kRelTol) + 1e-9;
}

/// "UPS-A01" from "UPS-A01-1", "UPS-A01-2": the common part before the last '-'.
std::string systemName(const std::vector<std::string> &names)
{
    if (names.empty())
        return {};
    std::string prefix = names.front();
    const auto dash = prefix.rfind('-');
    if (dash != std::string::npos && dash > 0)
        prefix = prefix.substr(0, dash);
    const bool common = std::all_of(names.begin(), names.end(), [&](const std::string &n) {
        return n.size() > prefix.size() && n.compare(0, prefix.size(), prefix) == 0 && n[prefix.size()] == '-';
    });
    return common && names.size() > 1 ? prefix : names.front();
}

} // namespace

const char *toString(PowerElementKind kind)
{
    switch (kind) {
    case PowerElementKind::Pdu: return "pdu";
    case PowerElementKind::Busway: return "busway";
    case PowerElementKind::Rpp: return "rpp";
    case PowerElementKind::UpsSystem: return "ups";
    case PowerElementKind::Transformer: return "transformer";
    case PowerElementKind::GeneratorSet: return "generator";
    }
    return "unknown";
}

PowerNetwork::PowerNetwork(const Design &design, const Catalog &catalog)
{
    build(design, catalog);
    computeBaseline();
}

int PowerNetwork::elementOf(DeviceId pdu) const
{
    const auto it = m_pduIndex.find(pdu.value());
    return it == m_pduIndex.end() ? -1 : it->second;
}

int PowerNetwork::elementOf(EquipmentId equipment) const
{
    const auto it = m_equipmentIndex.find(equipment.value());
    return it == m_equipmentIndex.end() ? -1 : it->second;
}

std::pair<int, int> PowerNetwork::unitOf(EquipmentId equipment) const
{
    const auto it = m_unitIndex.find(equipment.value());
    return it == m_unitIndex.end() ? std::pair{-1, -1} : it->second;
}

std::vector<int> PowerNetwork::sharesUnder(int element) const
{
    return {m_under.begin() + m_underOffset[element], m_under.begin() + m_underOffset[element + 1]};
}

void PowerNetwork::setStandbyLoadKw(double kw)
{
    if (m_genset < 0)
        return;
    m_baseLoad[m_genset] += kw - m_standbyKw;
    m_load[m_genset] = m_baseLoad[m_genset];
    m_elements[m_genset].loadKw = m_baseLoad[m_genset];
    m_standbyKw = kw;
}

void PowerNetwork::build(const Design &design, const Catalog &catalog)
{
    std::unordered_map<std::int64_t, std::string> zoneNames;
    for (const Zone &z : design.zones)
        zoneNames[z.id.value()] = z.name;
    auto zoneName = [&](ZoneId id) {
        const auto it = zoneNames.find(id.value());
        return it == zoneNames.end() ? std::string() : it->second;
    };

    auto addUnit = [&](PowerElement &el, const std::string &name, EquipmentId id, const PowerSpec *spec) {
        el.units.push_back(id);
        el.unitNames.push_back(name);
        const double kw = spec ? nameplateKw(*spec) : 0.0;
        el.unitKw.push_back(kw);
        el.ratingKw += kw;
        el.continuousKw += spec ? continuousKw(*spec) : 0.0;
        // Efficiency of a paralleled system: rating-weighted mean of its modules.
        if (spec && el.ratingKw > 0.0)
            el.efficiency += (spec->efficiency - el.efficiency) * kw / el.ratingKw;
        if (el.catalogId.empty())
            el.catalogId = spec ? spec->id : std::string();
    };
    auto specFor = [&](const std::string &catalogId, PowerKind kind, const std::string &where) -> const PowerSpec * {
        const PowerSpec *spec = catalog.power(catalogId);
        if (!spec) {
            addProblem("unknown-item", where,
                       phrase(QT_TRANSLATE_NOOP("Finding", "%1: unknown power catalog item '%2'"), where, catalogId));
            return nullptr;
        }
        if (spec->kind != kind) {
            addProblem("unknown-item", where,
                       phrase(QT_TRANSLATE_NOOP("Finding", "%1: catalog item '%2' is a %3, not a %4"), where, catalogId,
                              toString(spec->kind), toString(kind)));
            return nullptr;
        }
        return spec;
    };

    // Facility equipment. UPS modules are grouped by (feed, upstream).
    std::map<std::pair<std::string, std::int64_t>, int> upsSystems;
    std::vector<EquipmentId> upstreamOf; // per element, the equipment it names as upstream
    // Switchgear stands between the utility (or generators) and the
    // transformers: a transformer fed from it is a root of the tree.
    std::unordered_map<std::int64_t, bool> switchgear;
    for (const Equipment &e : design.equipment)
        if (e.kind == EquipmentKind::Switchgear)
            switchgear[e.id.value()] = true;
    for (const Equipment &e : design.equipment) {
        const auto kind = powerKindOf(e.kind);
        // The mechanical plant's own chain (feed "M") is judged by analyzePlantFeeds.
        if (!kind || e.feed == kMechanicalFeed)
            continue;
        const PowerSpec *spec = specFor(e.catalogId, *kind, e.name);
        int index = -1;
        if (*kind == PowerKind::Ups) {
            const auto key = std::pair{e.feed, e.upstream.value()};
            const auto it = upsSystems.find(key);
            if (it != upsSystems.end()) {
                index = it->second;
            } else {
                index = static_cast<int>(m_elements.size());
                upsSystems.emplace(key, index);
                PowerElement el;
                el.kind = PowerElementKind::UpsSystem;
                el.feed = e.feed;
                el.location = zoneName(e.zone);
                m_elements.push_back(std::move(el));
                upstreamOf.push_back(e.upstream);
            }
        } else if (*kind == PowerKind::Generator) {
            if (m_genset < 0) {
                m_genset = static_cast<int>(m_elements.size());
                PowerElement el;
                el.kind = PowerElementKind::GeneratorSet;
                el.name = "Generators";
                el.location = zoneName(e.zone);
                m_elements.push_back(std::move(el));
                upstreamOf.emplace_back();
            }
            index = m_genset;
        } else {
            index = static_cast<int>(m_elements.size());
            PowerElement el;
            el.kind = *kind == PowerKind::Busway ? PowerElementKind::Busway
                      : *kind == PowerKind::Rpp  ? PowerElementKind::Rpp
                                                 : PowerElementKind::Transformer;
            el.name = e.name;
            el.feed = e.feed;
            el.location = zoneName(e.zone);
            m_elements.push_back(std::move(el));
            upstreamOf.push_back(e.upstream);
        }
        PowerElement &el = m_elements[index];
        if (el.units.empty())
            el.efficiency = spec ? spec->efficiency : 1.0;
        const int unit = static_cast<int>(el.units.size());
        addUnit(el, e.name, e.id, spec);
        m_equipmentIndex[e.id.value()] = index;
        if (*kind == PowerKind::Ups || *kind == PowerKind::Generator)
            m_unitIndex[e.id.value()] = {index, unit};
    }
    for (PowerElement &el : m_elements)
        if (el.kind == PowerElementKind::UpsSystem)
            el.name = systemName(el.unitNames);

    // Racks and their devices (a large hall has thousands of PDU elements: room for them at once).
    m_elements.reserve(m_elements.size()
                       + static_cast<std::size_t>(std::count_if(design.devices.begin(), design.devices.end(),
                                                                [](const Device &d) { return d.kind == DeviceKind::Pdu; })));
    m_racks.reserve(design.racks.size());
    std::unordered_map<std::int64_t, int> rackIndex;
    rackIndex.reserve(design.racks.size());
    for (const Rack &r : design.racks) {
        rackIndex[r.id.value()] = static_cast<int>(m_racks.size());
        RackPowerInfo info;
        info.id = r.id;
        info.name = r.name;
        info.su = r.su;
        m_racks.push_back(std::move(info));
    }
    std::vector<std::vector<const Device *>> loads(m_racks.size()), pdusA(m_racks.size()), pdusB(m_racks.size());
    struct Unknown
    {
        int count = 0;
        std::string device, rack;       // the first one met
    };
    std::map<std::string, Unknown> unknownItems; // by catalog id
    for (const Device &d : design.devices) {
        const auto it = rackIndex.find(d.rack.value());
        if (it == rackIndex.end()) {
            addProblem("power-chain", d.name,
                       phrase(QT_TRANSLATE_NOOP("Finding", "device '%1' is in rack %2, which does not exist"), d.name,
                              d.rack.value()));
            continue;
        }
        const int r = it->second;
        if (d.kind != DeviceKind::Pdu) {
            loads[r].push_back(&d);
            continue;
        }
        const std::string where = m_racks[r].name + "/" + d.name;
        if (!d.role.empty() && (d.role[0] == 'A' || d.role[0] == 'a'))
            pdusA[r].push_back(&d);
        else if (!d.role.empty() && (d.role[0] == 'B' || d.role[0] == 'b'))
            pdusB[r].push_back(&d);
        else {
            addProblem("power-chain", m_racks[r].name,
                       phrase(QT_TRANSLATE_NOOP("Finding", "PDU '%1' in rack %2 has feed '%3', expected A or B"), d.name,
                              m_racks[r].name, d.role));
            continue;
        }
        PowerElement el;
        el.kind = PowerElementKind::Pdu;
        el.name = d.name;
        el.location = m_racks[r].name;
        el.feed = std::string(1, static_cast<char>(std::toupper(static_cast<unsigned char>(d.role[0]))));
        el.device = d.id;
        el.rack = d.rack;
        const PowerSpec *spec = specFor(d.catalogId, PowerKind::Pdu, where);
        addUnit(el, d.name, EquipmentId(), spec);
        el.efficiency = spec ? spec->efficiency : 1.0;
        m_pduIndex[d.id.value()] = static_cast<int>(m_elements.size());
        m_elements.push_back(std::move(el));
        upstreamOf.push_back(EquipmentId());
        if (!d.powerFeed.isValid()) {
            m_elements.back().connected = false;
            addProblem("power-chain", m_racks[r].name,
                       phrase(QT_TRANSLATE_NOOP("Finding", "PDU '%1' in rack %2 is not connected to a busway or RPP"),
                              d.name, m_racks[r].name));
        } else {
            upstreamOf.back() = d.powerFeed;
        }
    }

    // Parents: the named upstream, the generator set for roots.
    const int n = static_cast<int>(m_elements.size());
    for (int i = 0; i < n; ++i) {
        PowerElement &el = m_elements[i];
        if (i == m_genset)
            continue;
        const EquipmentId up = upstreamOf[i];
        if (!up.isValid() || (el.kind == PowerElementKind::Transformer && switchgear.count(up.value()))) {
            if (el.kind == PowerElementKind::Pdu)
                continue; // already reported as unconnected
            el.parent = m_genset;
            continue;
        }
        const int p = elementOf(up);
        if (p < 0 || m_elements[p].kind == PowerElementKind::Pdu) {
            el.connected = false;
            addProblem("power-chain", el.name,
                       phrase(QT_TRANSLATE_NOOP("Finding", "%1 '%2': upstream %3 is not power equipment of this design"),
                              toString(el.kind), el.name, up.value()));
            continue;
        }
        el.parent = p;
    }
    // A cycle of upstream links has no source: disconnect everything on it.
    for (int i = 0; i < n; ++i) {
        int steps = 0;
        for (int x = m_elements[i].parent; x >= 0 && m_elements[i].connected; x = m_elements[x].parent) {
            if (++steps > n) {
                m_elements[i].connected = false;
                addProblem("power-chain", m_elements[i].name,
                           phrase(QT_TRANSLATE_NOOP("Finding", "%1 '%2': its upstream chain forms a cycle"),
                                  toString(m_elements[i].kind), m_elements[i].name));
            }
        }
    }
    for (int i = 0; i < n; ++i)
        if (m_elements[i].parent >= 0)
            m_elements[m_elements[i].parent].children.push_back(i);

    // One share per rack with load: its devices and all its PDUs.
    for (std::size_t r = 0; r < m_racks.size(); ++r) {
        if (loads[r].empty())
            continue;
        auto byId = [](const Device *a, const Device *b) { return a->id < b->id; };
        std::sort(pdusA[r].begin(), pdusA[r].end(), byId);
        std::sort(pdusB[r].begin(), pdusB[r].end(), byId);
        RackPowerInfo &info = m_racks[r];
        PowerShare s;
        s.rack = static_cast<int>(r);
        bool unknown = false;
        for (const Device *d : loads[r]) {
            const auto kw = deviceLoadKw(*d, catalog);
            if (!kw) {
                unknown = true;
                Unknown &u = unknownItems[d->catalogId];
                if (u.count++ == 0)
                    u.device = d->name, u.rack = info.name;
            }
            s.kw += kw.value_or(0.0);
            s.accelerators += deviceAccelerators(*d, catalog);
            if (d->kind == DeviceKind::Switch)
                s.switches.push_back(d->id);
        }
        // Racks of passive gear only (patch panels) need no power.
        if (s.kw <= 0.0 && s.accelerators == 0 && s.switches.empty() && !unknown)
            continue;
        for (const auto *list : {&pdusA[r], &pdusB[r]})
            for (const Device *p : *list)
                s.pdus.push_back(elementOf(p->id));
        if (s.pdus.empty())
            addProblem("rack-unpowered", info.name,
                       phrase(QT_TRANSLATE_NOOP("Finding", "rack %1 has powered devices but no PDU"), info.name));
        info.share = static_cast<int>(m_shares.size());
        info.maxKw = s.kw;
        info.accelerators = s.accelerators;
        m_itKw += s.kw;
        m_accelerators += s.accelerators;
        m_shares.push_back(std::move(s));
    }
    for (const auto &[id, u] : unknownItems)
        addProblem("unknown-item", u.rack,
                   u.count == 1 ? phrase(QT_TRANSLATE_NOOP("Finding", "1 device uses unknown catalog item '%1' (%2 in "
                                                                      "rack %3); its load is not counted"),
                                         id, u.device, u.rack)
                                : phrase(QT_TRANSLATE_NOOP("Finding", "%1 devices use unknown catalog item '%2' (first: "
                                                                      "%3 in rack %4); their load is not counted"),
                                         u.count, id, u.device, u.rack));

    // Shares under each element (CSR), each share once even when both feeds meet.
    std::vector<std::vector<int>> under(n);
    std::vector<int> seen(n, -1);
    for (int s = 0; s < static_cast<int>(m_shares.size()); ++s) {
        for (int pdu : m_shares[s].pdus) {
            int steps = 0;
            for (int x = pdu; x >= 0 && steps <= n; x = m_elements[x].parent, ++steps) {
                if (seen[x] == s)
                    continue;
                seen[x] = s;
                under[x].push_back(s);
            }
        }
    }
    m_underOffset.assign(n + 1, 0);
    for (int i = 0; i < n; ++i)
        m_underOffset[i + 1] = m_underOffset[i] + static_cast<int>(under[i].size());
    m_under.reserve(m_underOffset[n]);
    for (const auto &u : under)
        m_under.insert(m_under.end(), u.begin(), u.end());

    m_inputFactor.resize(n);
    for (int i = 0; i < n; ++i)
        m_inputFactor[i] = m_elements[i].efficiency > 0.0 ? 1.0 / m_elements[i].efficiency : 1.0;
}

bool PowerNetwork::alive(int element) const
{
    for (int x = element; x >= 0; x = m_elements[x].parent) {
        if (m_dead[x] || !m_elements[x].connected)
            return false;
    }
    // Without generators nothing is fed during a utility outage.
    return !(m_outage && m_genset < 0);
}

void PowerNetwork::touch(int element) const
{
    if (!m_touchedFlag[element]) {
        m_touchedFlag[element] = 1;
        m_touched.push_back(element);
    }
}

void PowerNetwork::propagate(int element, double delta) const
{
    for (int x = element; x >= 0; x = m_elements[x].parent) {
        m_load[x] += delta;
        touch(x);
        delta *= m_inputFactor[x];
    }
}

void PowerNetwork::recomputeShare(int share) const
{
    if (!m_shareTouchedFlag[share]) {
        m_shareTouchedFlag[share] = 1;
        m_touchedShares.push_back(share);
    }
    const PowerShare &s = m_shares[share];
    int live = 0;
    for (int p : s.pdus)
        live += alive(p);
    // The devices' supplies share the load evenly over the live PDUs.
    const double each = live > 0 ? s.kw / live : 0.0;
    for (int p : s.pdus) {
        const double target = alive(p) ? each : 0.0;
        if (target != m_load[p])
            propagate(p, target - m_load[p]);
    }
}

bool PowerNetwork::shareLive(int share) const
{
    for (int p : m_shares[share].pdus)
        if (alive(p))
            return true;
    return false;
}

bool PowerNetwork::shareOnTwoFeeds(int share) const
{
    const std::string *first = nullptr;
    for (int p : m_shares[share].pdus) {
        if (!alive(p) || m_elements[p].feed.empty())
            continue;
        if (!first)
            first = &m_elements[p].feed;
        else if (*first != m_elements[p].feed)
            return true;
    }
    return false;
}

void PowerNetwork::kill(int element, PowerOutcome &out) const
{
    if (m_dead[element])
        return;
    m_dead[element] = 1;
    touch(element);
    out.deadElements.push_back(element);
    for (int i = m_underOffset[element]; i < m_underOffset[element + 1]; ++i)
        recomputeShare(m_under[i]);
}

void PowerNetwork::computeBaseline()
{
    const std::size_t n = m_elements.size(), ns = m_shares.size();
    m_load.assign(n, 0.0);
    m_rating.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        m_rating[i] = m_elements[i].ratingKw;
    m_dead.assign(n, 0);
    m_touchedFlag.assign(n, 0);
    m_shareTouchedFlag.assign(ns, 0);
    m_outage = false;
    for (std::size_t s = 0; s < ns; ++s)
        recomputeShare(static_cast<int>(s));
    m_baseLoad = m_load;
    m_baseDark.assign(ns, 0);
    m_baseTwoFeeds.assign(ns, 0);
    for (std::size_t s = 0; s < ns; ++s) {
        m_baseDark[s] = !shareLive(static_cast<int>(s));
        m_baseTwoFeeds[s] = shareOnTwoFeeds(static_cast<int>(s));
    }
    for (std::size_t i = 0; i < n; ++i)
        m_elements[i].loadKw = m_baseLoad[i];
    for (int e : m_touched)
        m_touchedFlag[e] = 0;
    for (int s : m_touchedShares)
        m_shareTouchedFlag[s] = 0;
    m_touched.clear();
    m_touchedShares.clear();
}

void PowerNetwork::restore() const
{
    for (int e : m_touched) {
        m_load[e] = m_baseLoad[e];
        m_dead[e] = 0;
        m_rating[e] = m_elements[e].ratingKw;
        m_touchedFlag[e] = 0;
    }
    for (int s : m_touchedShares)
        m_shareTouchedFlag[s] = 0;
    m_touched.clear();
    m_touchedShares.clear();
    m_outage = false;
}

PowerOutcome PowerNetwork::simulate(const PowerScenario &scenario) const
{
    PowerOutcome out;
    m_outage = scenario.utilityOutage;
    if (m_outage) {
        if (m_genset >= 0)
            touch(m_genset);
        else
            for (int s = 0; s < static_cast<int>(m_shares.size()); ++s)
                recomputeShare(s);
    }
    for (const auto &[element, unit] : scenario.units) {
        if (element < 0 || element >= static_cast<int>(m_elements.size()))
            continue;
        const auto &units = m_elements[element].unitKw;
        if (unit >= 0 && unit < static_cast<int>(units.size())) {
            m_rating[element] -= units[unit];
            touch(element);
        }
    }
    for (int e : scenario.elements)
        if (e >= 0 && e < static_cast<int>(m_elements.size()))
            kill(e, out);

    for (bool changed = true; changed;) {
        changed = false;
        for (std::size_t i = 0; i < m_touched.size(); ++i) {
            const int e = m_touched[i];
            if (m_dead[e] || !alive(e) || (e == m_genset && !m_outage))
                continue;
            if (!above(m_load[e], m_rating[e]))
                continue;
            const PowerElementKind kind = m_elements[e].kind;
            if (kind == PowerElementKind::UpsSystem || kind == PowerElementKind::GeneratorSet) {
                // Paralleled modules shed whole branches, last first, until the rest fits.
                const std::vector<int> &children = m_elements[e].children;
                for (auto c = children.rbegin(); c != children.rend() && above(m_load[e], m_rating[e]); ++c)
                    if (!m_dead[*c])
                        kill(*c, out);
                if (above(m_load[e], m_rating[e])) {
                    out.tripped.emplace_back(e, m_load[e]);
                    kill(e, out);
                }
            } else {
                out.tripped.emplace_back(e, m_load[e]);
                kill(e, out);
            }
            changed = true;
        }
    }

    for (int s : m_touchedShares) {
        if (m_baseDark[s])
            continue;
        if (!shareLive(s)) {
            out.darkShares.push_back(s);
            continue;
        }
        const auto &pdus = m_shares[s].pdus;
        if (std::any_of(pdus.begin(), pdus.end(), [&](int p) { return !alive(p); })) {
            out.oneFeedShares.push_back(s);
            if (m_baseTwoFeeds[s] && !shareOnTwoFeeds(s))
                out.redundancyLostShares.push_back(s);
        }
    }
    std::sort(out.darkShares.begin(), out.darkShares.end());
    std::sort(out.oneFeedShares.begin(), out.oneFeedShares.end());
    std::sort(out.redundancyLostShares.begin(), out.redundancyLostShares.end());
    for (int e : m_touched) {
        const bool live = !m_dead[e] && alive(e);
        const double load = live ? std::max(0.0, m_load[e]) : 0.0;
        out.loads.emplace_back(e, load);
        if (live && !(e == m_genset && !m_outage) && above(load, std::min(m_elements[e].continuousKw, m_rating[e])))
            out.overContinuous.emplace_back(e, load);
    }
    restore();
    return out;
}

} // namespace hallwright
