// Network bill of materials as integer counts: built from every link, updated per re-cabled link.
#include "network/bom_index.h"

#include "catalog/catalog.h"
#include "network/cabling.h"
#include "network/cages.h"
#include "network/media.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <stdexcept>
#include <tuple>
#include <unordered_map>

namespace hallwright::network {

namespace {

/// Fabric's enumerators: Compute … NvLink.
constexpr std::size_t kFabricCount = static_cast<std::size_t>(Fabric::NvLink) + 1;

std::optional<double> priceOrNull(double p)
{
    return p > 0 ? std::optional<double>(p) : std::nullopt;
}

int categoryRank(const std::string &c)
{
    if (c == "switch")
        return 0;
    if (c == "transceiver")
        return 1;
    if (c == "cable")
        return 2;
    return 3;
}

template <typename Map, typename Key>
void add(Map &m, const Key &k, long long n)
{
    if (n == 0)
        return;
    auto it = m.try_emplace(k, 0).first;
    it->second += n;
    if (it->second == 0)
        m.erase(it);
}

} // namespace

struct NetworkBomIndex::Impl
{
    struct CageKey
    {
        const TransceiverSpec *module;
        int device;
        int cage;
        bool operator==(const CageKey &) const = default;
    };
    struct CageHash
    {
        std::size_t operator()(const CageKey &k) const
        {
            return std::hash<const void *>()(k.module) ^ (static_cast<std::size_t>(k.device) * 0x9e3779b97f4a7c15ULL)
                   ^ (static_cast<std::size_t>(k.cage) << 7);
        }
    };
    /// What one link is counted as (its medium and length when counted).
    struct Counted
    {
        std::string mediumId;
        double lengthM = 0.0;
    };

    const Catalog &catalog;
    MediaTable media;
    std::unordered_map<std::string, int> mediumIndex;
    std::vector<BomLine> fixedLines;                       ///< switches and patch panels
    std::vector<int> devA, devB;                           ///< per link: device index, -1 unknown
    EndClassifier classes;                                 ///< the distinct end classes
    std::vector<EndClassifier::Index> classA, classB;      ///< per link: its ends' classes
    /// Per (medium, end class): the module counted at such an end, null for none (a table of a
    /// few hundred entries instead of moduleAt's form-factor comparisons per link end).
    std::vector<const TransceiverSpec *> moduleOf;
    std::vector<Fabric> fabric;
    std::vector<int> portA, portB;
    std::vector<Counted> counted;
    std::map<std::uint64_t, long long> cables;             ///< (medium, length in mm) → count
    /// Twin-port DAC / ACC between two whole cages: one cable for the links it carries.
    /// (cable key, lower cage end, higher cage end) → links counted on it.
    std::map<std::tuple<std::uint64_t, std::uint64_t, std::uint64_t>, int> sharedCables;
    std::map<std::pair<std::string, double>, long long> unknownCables;
    std::unordered_map<CageKey, std::vector<int>, CageHash> cages; ///< → links (ascending); built on first update()
    /// While the index is first built: every (cage, link), grouped and counted once at the end
    /// (a design's cages are counted in one sort instead of a map of vectors per cage).
    std::vector<std::pair<CageKey, int>> pending;         ///< (cage, link) in link order
    bool building = true;
    /// The build's counts: one slot per (device, cage) from each device's offset, for the first
    /// module seen there; another module in the same cage (a mixed cage) goes to `mixed`.
    struct Slot
    {
        const TransceiverSpec *module = nullptr;
        int members = 0;
        int firstLink = -1;
    };
    std::vector<std::size_t> slotBase;                     ///< per device, then the end
    std::vector<Slot> slots;
    std::unordered_map<CageKey, Slot, CageHash> mixed;
    bool sparseSlots = false;
    std::map<const TransceiverSpec *, long long> modules;
    std::array<long long, kFabricCount> byFabric{};       ///< modules per Fabric

    bool updatable = true;                                 ///< keeps what update() needs

    Impl(const Design &design, const Catalog &cat, bool forUpdates) : catalog(cat), media(cat), updatable(forUpdates)
    {
        for (std::size_t k = 0; k < media.media().size(); ++k)
            mediumIndex[media.media()[k].spec->id] = static_cast<int>(k);
        const DeviceIndex deviceOf(design.devices);
        std::map<std::string, long long> switches, panels;
        std::vector<const NodeSpec *> nodeSpec(design.devices.size(), nullptr);
        std::vector<const SwitchSpec *> switchSpec(design.devices.size(), nullptr);
        for (std::size_t i = 0; i < design.devices.size(); ++i) {
            const Device &d = design.devices[i];
            if (d.kind == DeviceKind::Switch) {
                ++switches[d.catalogId];
                switchSpec[i] = catalog.switchSpec(d.catalogId);
            } else if (d.kind == DeviceKind::PatchPanel) {
                ++panels[d.catalogId];
            } else if (d.kind == DeviceKind::ComputeNode) {
                nodeSpec[i] = catalog.node(d.catalogId);
            }
        }
        for (const auto &[id, n] : switches) {
            const SwitchSpec *s = catalog.switchSpec(id);
            fixedLines.push_back({"switch", id, s ? s->name : "switch not in catalog", 0.0, n,
                                  s ? priceOrNull(s->priceCny) : std::nullopt});
        }
        for (const auto &[id, n] : panels) {
            const PatchPanelSpec *p = catalog.patchPanel(id);
            fixedLines.push_back({"patch-panel", id, p ? p->name : "patch panel not in catalog", 0.0, n,
                                  p ? priceOrNull(p->priceCny) : std::nullopt});
        }
        const std::size_t n = design.links.size();
        devA.assign(n, -1);
        devB.assign(n, -1);
        classA.assign(n, 0);
        classB.assign(n, 0);
        fabric.assign(n, Fabric::Compute);
        portA.assign(n, 0);
        portB.assign(n, 0);
        if (updatable)
            counted.assign(n, Counted{});
        std::size_t hintA = 0, hintB = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const Link &l = design.links[i];
            fabric[i] = l.fabric;
            portA[i] = l.a.port;
            portB[i] = l.b.port;
            for (auto [end, dev, cls, hint] :
                 {std::tuple{&l.a, &devA[i], &classA[i], &hintA}, std::tuple{&l.b, &devB[i], &classB[i], &hintB}}) {
                const int di = deviceOf(end->device);
                if (di < 0)
                    continue;
                *dev = di;
                const auto d = static_cast<std::size_t>(di);
                *cls = classes.classify(&design.devices[d], nodeSpec[d], switchSpec[d], l, *hint);
            }
        }
        // One count slot per cage a link uses: each device's cages from its own offset.
        slotBase.assign(design.devices.size() + 1, 0);
        for (std::size_t i = 0; i < n; ++i)
            for (auto [dev, cls, port] : {std::tuple{devA[i], classA[i], portA[i]}, std::tuple{devB[i], classB[i], portB[i]}})
                if (const int c = cageOf(classes[cls], port); dev >= 0 && c >= 0)
                    slotBase[static_cast<std::size_t>(dev) + 1] =
                        std::max(slotBase[static_cast<std::size_t>(dev) + 1], static_cast<std::size_t>(c) + 1);
        for (std::size_t i = 1; i < slotBase.size(); ++i)
            slotBase[i] += slotBase[i - 1];
        // Ports numbered far apart (a hand-made file): every cage goes to the map instead.
        sparseSlots = !denseTableAffordable(slotBase.back(), 2 * n);
        if (!sparseSlots)
            slots.assign(slotBase.back(), Slot{});
        // The classes are all known now (update() re-cables links, it does not add ends).
        const std::size_t kinds = classes.size();
        moduleOf.assign(media.media().size() * kinds, nullptr);
        for (std::size_t m = 0; m < media.media().size(); ++m) {
            const MediumInfo &mi = media.media()[m];
            if (!mi.module)
                continue;
            for (std::size_t c = 0; c < kinds; ++c) {
                const EndClass &ec = classes[static_cast<EndClassifier::Index>(c)];
                const TransceiverSpec *t = media.moduleAt(mi, ec);
                if (!t) // the medium does not plug in here; count the nearest module so the BOM is not short
                    t = ec.kind == EndKind::NodeSingle && mi.nicModule ? mi.nicModule : mi.module;
                moduleOf[m * kinds + c] = t;
            }
        }
        if (updatable)
            pending.reserve(n);
        for (std::size_t i = 0; i < n; ++i)
            count(i, design.links[i].mediumId, design.links[i].lengthM, +1);
        countBuilt();
    }

    /// One count per cage built: its modules, for the fabric of its lowest link, as cage()
    /// would have counted them link by link.
    void countBuilt()
    {
        auto countSlot = [&](const Slot &slot) {
            if (slot.members == 0)
                return;
            const long long lpm = std::max(1, slot.module->linksPerModule);
            const long long n = (static_cast<long long>(slot.members) + lpm - 1) / lpm;
            add(modules, slot.module, n);
            byFabric[fabricIndex(fabric[static_cast<std::size_t>(slot.firstLink)])] += n;
        };
        for (const Slot &slot : slots)
            countSlot(slot);
        for (const auto &[key, slot] : mixed)
            countSlot(slot);
        slots = {};
        slotBase = {};
        mixed = {};
        building = false;
    }

    /// The per-cage member lists an update needs, from the build's list (once).
    void materializeCages()
    {
        if (pending.empty())
            return;
        cages.reserve(pending.size());
        for (const auto &[key, link] : pending)
            cages[key].push_back(link); // ascending: the list is in link order
        pending.clear();
        pending.shrink_to_fit();
    }

    static std::size_t fabricIndex(Fabric f) { return static_cast<std::size_t>(f); }

    void cage(const CageKey &key, int link, int sign)
    {
        if (building) { // links come in ascending order: the first member is the lowest
            if (updatable)
                pending.emplace_back(key, link);
            Slot *dense = sparseSlots ? nullptr
                                      : &slots[slotBase[static_cast<std::size_t>(key.device)]
                                               + static_cast<std::size_t>(key.cage)];
            Slot &s = dense && (dense->module == nullptr || dense->module == key.module) ? *dense : mixed[key];
            if (s.members++ == 0) {
                s.module = key.module;
                s.firstLink = link;
            }
            return;
        }
        std::vector<int> &members = cages[key];
        const int lpm = std::max(1, key.module->linksPerModule);
        auto contribute = [&](int s) {
            if (members.empty())
                return;
            const long long n = (static_cast<long long>(members.size()) + lpm - 1) / lpm;
            add(modules, key.module, s * n);
            byFabric[fabricIndex(fabric[static_cast<std::size_t>(members.front())])] += s * n;
        };
        contribute(-1);
        if (sign > 0) {
            members.insert(std::upper_bound(members.begin(), members.end(), link), link);
        } else {
            const auto it = std::lower_bound(members.begin(), members.end(), link);
            if (it != members.end() && *it == link)
                members.erase(it);
        }
        contribute(+1);
        if (members.empty())
            cages.erase(key);
    }

    std::string lastMediumId;                              ///< count()'s last medium and its index
    int lastMediumIndex = -1;

    /// Adds (sign +1) or removes (-1) link i as cabled with `mediumId` of `lengthM`.
    void count(std::size_t i, const std::string &mediumId, double lengthM, int sign)
    {
        if (sign > 0 && updatable)
            counted[i] = {mediumId, lengthM};
        if (mediumId.empty())
            return;
        if (mediumId != lastMediumId) { // links come in runs of one medium
            const auto mi = mediumIndex.find(mediumId);
            lastMediumId = mediumId;
            lastMediumIndex = mi == mediumIndex.end() ? -1 : mi->second;
        }
        const int medium = lastMediumIndex;
        if (medium < 0) {
            add(unknownCables, std::pair{mediumId, lengthM}, sign);
            return;
        }
        const auto mm = static_cast<std::uint64_t>(
            std::isfinite(lengthM) && lengthM > 0 && lengthM < 1e9 ? std::llround(lengthM * 1000.0) : 0LL);
        const std::uint64_t cableKey = (static_cast<std::uint64_t>(medium) << 48) | (mm & 0xffffffffffffULL);
        const MediumInfo &m = media.media()[static_cast<std::size_t>(medium)];
        const int cageA = cageOf(classes[classA[i]], portA[i]), cageB = cageOf(classes[classB[i]], portB[i]);
        if (isFixedEnd(m) && m.spec->portsPerEnd > 1 && devA[i] >= 0 && devB[i] >= 0 && cageA >= 0 && cageB >= 0) {
            // One cable joins the two cages: it is counted when its first link is, and gone with its last.
            std::uint64_t ea = (static_cast<std::uint64_t>(devA[i]) << 32) | static_cast<std::uint32_t>(cageA);
            std::uint64_t eb = (static_cast<std::uint64_t>(devB[i]) << 32) | static_cast<std::uint32_t>(cageB);
            if (ea > eb)
                std::swap(ea, eb);
            int &links = sharedCables[{cableKey, ea, eb}];
            const bool wasCounted = links > 0;
            links += sign;
            if (!wasCounted && links > 0)
                add(cables, cableKey, +1);
            else if (wasCounted && links <= 0)
                add(cables, cableKey, -1);
            if (links <= 0)
                sharedCables.erase({cableKey, ea, eb});
        } else {
            add(cables, cableKey, sign);
        }
        if (!m.module)
            return;
        for (auto [dev, cls, port] : {std::tuple{devA[i], classA[i], portA[i]}, std::tuple{devB[i], classB[i], portB[i]}}) {
            if (dev < 0)
                continue;
            const TransceiverSpec *t = moduleOf[static_cast<std::size_t>(medium) * classes.size() + cls];
            const int c = cageOf(classes[cls], port);
            if (c < 0) { // a module of its own
                add(modules, t, sign);
                byFabric[fabricIndex(fabric[i])] += sign;
                continue;
            }
            cage({t, dev, c}, static_cast<int>(i), sign);
        }
    }

    void update(const Design &design, const std::vector<std::size_t> &recabled)
    {
        materializeCages();
        for (std::size_t i : recabled) {
            if (i >= counted.size() || i >= design.links.size())
                continue;
            const Link &l = design.links[i];
            if (counted[i].mediumId == l.mediumId && counted[i].lengthM == l.lengthM)
                continue;
            const Counted before = counted[i];
            count(i, before.mediumId, before.lengthM, -1);
            count(i, l.mediumId, l.lengthM, +1);
        }
    }

    NetworkBom bom() const
    {
        NetworkBom out;
        std::vector<BomLine> &lines = out.lines;
        lines = fixedLines;
        for (std::size_t f = 0; f < kFabricCount; ++f)
            if (byFabric[f] != 0)
                out.transceiversByFabric[toString(static_cast<Fabric>(f))] = byFabric[f];
        for (const auto &[t, n] : modules)
            lines.push_back({"transceiver", t->id, t->name, 0.0, n, priceOrNull(t->priceCny)});
        auto cableLine = [&](const std::string &id, double len, long long n) {
            const MediumSpec *m = catalog.medium(id);
            std::optional<double> unit;
            if (m && (m->priceCnyFixed > 0 || m->priceCnyPerM > 0))
                unit = m->priceCnyFixed + m->priceCnyPerM * len;
            lines.push_back({"cable", id, m ? m->name : "medium not in catalog", len, n, unit});
        };
        for (const auto &[key, n] : cables)
            cableLine(media.media()[static_cast<std::size_t>(key >> 48)].spec->id,
                      static_cast<double>(key & 0xffffffffffffULL) / 1000.0, n);
        for (const auto &[key, n] : unknownCables)
            cableLine(key.first, key.second, n);
        std::vector<int> rank(lines.size());
        for (std::size_t i = 0; i < lines.size(); ++i)
            rank[i] = categoryRank(lines[i].category);
        std::vector<std::size_t> order(lines.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
            const BomLine &a = lines[x], &b = lines[y];
            if (rank[x] != rank[y])
                return rank[x] < rank[y];
            if (const int c = a.catalogId.compare(b.catalogId); c != 0)
                return c < 0;
            return a.lengthM < b.lengthM;
        });
        std::vector<BomLine> sorted;
        sorted.reserve(lines.size());
        for (std::size_t i : order)
            sorted.push_back(std::move(lines[i]));
        lines = std::move(sorted);
        return out;
    }
};

NetworkBomIndex::NetworkBomIndex(const Design &design, const Catalog &catalog, Use use)
    : d(std::make_unique<Impl>(design, catalog, use == Use::Updates))
{
}

NetworkBomIndex::~NetworkBomIndex() = default;

void NetworkBomIndex::update(const Design &design, const std::vector<std::size_t> &recabled)
{
    if (!d->updatable)
        throw std::logic_error("NetworkBomIndex::update on an index built for one bill (Use::OneBill)");
    d->update(design, recabled);
}

NetworkBom NetworkBomIndex::bom() const
{
    return d->bom();
}

} // namespace hallwright::network
