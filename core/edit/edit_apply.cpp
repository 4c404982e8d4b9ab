// Applying a planned edit to the design: removals, new racks with their devices and links, moves.
#include "edit/edit_ops.h"

#include "catalog/catalog.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace hallwright::edit {

namespace {

/// Splits "C1-000123" into ("C1-", 123, 6 digits); number -1 without trailing digits.
struct NumberedName
{
    std::string prefix;
    long long number = -1;
    int digits = 0;
};

NumberedName splitNumbered(const std::string &name)
{
    std::size_t k = name.size();
    while (k > 0 && std::isdigit(static_cast<unsigned char>(name[k - 1])))
        --k;
    if (k == name.size() || name.size() - k > 12)
        return {name, -1, 0};
    return {name.substr(0, k), std::stoll(name.substr(k)), static_cast<int>(name.size() - k)};
}

/// Hands out names and labels "<prefix><number>" above the highest in use, unique in their list.
class Numberer
{
public:
    void take(const std::string &name)
    {
        m_taken.insert(name);
        const NumberedName n = splitNumbered(name);
        if (n.number >= 0)
            m_top[n.prefix] = std::max(m_top[n.prefix], n.number);
    }

    /// The next name in the series of `like` ("SU03-N007" → "SU03-N033"); `like` plus a suffix when unnumbered.
    std::string next(const std::string &like)
    {
        const NumberedName n = splitNumbered(like);
        if (n.number < 0) {
            for (int k = 2;; ++k) {
                std::string name = fmt::format("{}-{}", like, k);
                if (m_taken.insert(name).second)
                    return name;
            }
        }
        for (long long v = m_top[n.prefix] + 1;; ++v) {
            std::string name = fmt::format("{}{:0{}}", n.prefix, v, n.digits);
            if (m_taken.insert(name).second) {
                m_top[n.prefix] = v;
                return name;
            }
        }
    }

    /// `name` with the rack name `from` at its start replaced by `to`, if free ("A01-PDU-A1" → "A41-PDU-A1").
    std::optional<std::string> renamed(const std::string &name, const std::string &from, const std::string &to)
    {
        if (from.empty() || name.rfind(from, 0) != 0)
            return std::nullopt;
        std::string candidate = to + name.substr(from.size());
        if (!m_taken.insert(candidate).second)
            return std::nullopt;
        return candidate;
    }

private:
    std::unordered_set<std::string> m_taken;
    std::map<std::string, long long> m_top;
};

/// Free ports of the switches new links attach to. A switch's endpoint ports are
/// those below its first uplink or management port (the synthesizer numbers
/// endpoints first); a port is free when no link uses it.
class PortPool
{
public:
    explicit PortPool(const Design &design)
    {
        for (const Link &l : design.links)
            for (const PortRef &end : {l.a, l.b}) {
                Ports &p = m_ports[end.device.value()];
                p.used.insert(end.port);
                if (l.tier == LinkTier::NodeLeaf)
                    p.maxEndpoint = std::max(p.maxEndpoint, end.port);
                else
                    p.firstOther = std::min(p.firstOther, end.port);
            }
    }

    std::optional<int> take(DeviceId device)
    {
        const auto it = m_ports.find(device.value());
        if (it == m_ports.end())
            return std::nullopt;
        Ports &p = it->second;
        const int bound = p.firstOther != kNoPort ? p.firstOther : p.maxEndpoint + 1;
        for (int port = 0; port < bound; ++port)
            if (p.used.insert(port).second)
                return port;
        return std::nullopt;
    }

private:
    static constexpr int kNoPort = 1 << 30;
    struct Ports
    {
        std::unordered_set<int> used;
        int maxEndpoint = -1;
        int firstOther = kNoPort;
    };
    std::unordered_map<std::int64_t, Ports> m_ports;
};

/// Builds the devices and links of new racks.
class RackBuilder
{
public:
    RackBuilder(Design &design, const Catalog &catalog, DesignPatch &patch)
        : m_design(design), m_catalog(catalog), m_patch(patch), m_nextDevice(nextId(design.devices)),
          m_nextLink(nextId(design.links))
    {
        for (const Device &d : design.devices)
            m_deviceNames.take(d.name);
    }

    /// Appends the rack, then its devices and links.
    void add(const NewRack &n)
    {
        m_patch.racks.append(m_design.racks, n.rack);
        if (n.source)
            copyContents(n, m_design.racks[*n.source]);
        else
            fillPlatform(n);
    }

private:
    Device copyDevice(const Device &src, const Rack &from, const Rack &to)
    {
        Device d = src;
        d.id = DeviceId(m_nextDevice++);
        d.rack = to.id;
        d.su = src.su;
        d.name = m_deviceNames.renamed(src.name, from.name, to.name).value_or(std::string());
        if (d.name.empty())
            d.name = m_deviceNames.next(src.name);
        return d;
    }

    void copyContents(const NewRack &n, const Rack &source)
    {
        std::vector<Device> copies;
        std::unordered_map<std::int64_t, DeviceId> mapped;
        for (const Device &d : m_design.devices)
            if (d.rack == source.id) {
                copies.push_back(copyDevice(d, source, n.rack));
                mapped[d.id.value()] = copies.back().id;
            }
        for (Device &d : copies)
            m_patch.devices.append(m_design.devices, std::move(d));
        if (mapped.empty())
            return;

        // Links of the source rack: inner ones copied, outer ones to the same switch at a free port.
        std::unordered_map<std::int64_t, const Device *> devices;
        for (const Device &d : m_design.devices)
            devices[d.id.value()] = &d;
        prepareLinks();
        std::vector<Link> created;
        for (const Link &l : m_design.links) {
            const auto a = mapped.find(l.a.device.value()), b = mapped.find(l.b.device.value());
            if (a == mapped.end() && b == mapped.end())
                continue;
            Link copy = l;
            copy.mediumId.clear();
            copy.lengthM = 0.0;
            bool ok = true;
            for (auto [end, it] : {std::pair{&copy.a, a}, std::pair{&copy.b, b}}) {
                if (it != mapped.end()) {
                    end->device = it->second;
                    continue;
                }
                const auto far = devices.find(end->device.value());
                const std::optional<int> port = far != devices.end() && far->second->kind == DeviceKind::Switch
                                                    ? m_ports->take(end->device)
                                                    : std::nullopt;
                if (!port)
                    ok = false; // no free port: the check nic-unlinked reports the NIC
                else
                    end->port = *port;
            }
            if (!ok)
                continue;
            copy.id = LinkId(m_nextLink++);
            copy.label = m_labels.next(l.label);
            created.push_back(std::move(copy));
        }
        for (Link &l : created)
            m_patch.links.append(m_design.links, std::move(l));
    }

    void fillPlatform(const NewRack &n)
    {
        const NodeSpec *node = m_catalog.node(n.platform);
        std::string series;
        for (const Device &d : m_design.devices)
            if (d.kind == DeviceKind::ComputeNode && d.su == n.rack.su)
                series = d.name;
        if (series.empty())
            series = fmt::format("SU{:02}-N000", n.rack.su + 1);
        std::vector<Device> added;
        for (int k = 0; k < n.platformNodes; ++k) {
            Device d;
            d.id = DeviceId(m_nextDevice++);
            d.rack = n.rack.id;
            d.catalogId = n.platform;
            d.kind = DeviceKind::ComputeNode;
            d.name = m_deviceNames.next(series);
            d.uHeight = node && node->rackScale ? n.rack.heightU : (node ? node->uHeight : 1);
            d.uPosition = 1 + k * d.uHeight;
            d.su = n.rack.su;
            added.push_back(std::move(d));
        }
        if (n.pduSource) {
            const Rack &from = m_design.racks[*n.pduSource];
            for (const Device &d : m_design.devices)
                if (d.rack == from.id && d.kind == DeviceKind::Pdu)
                    added.push_back(copyDevice(d, from, n.rack));
        }
        for (Device &d : added)
            m_patch.devices.append(m_design.devices, std::move(d));
    }

    void prepareLinks()
    {
        if (m_ports)
            return;
        m_ports.emplace(m_design);
        for (const Link &l : m_design.links)
            m_labels.take(l.label);
    }

    Design &m_design;
    const Catalog &m_catalog;
    DesignPatch &m_patch;
    std::int64_t m_nextDevice;
    std::int64_t m_nextLink;
    Numberer m_deviceNames;
    Numberer m_labels;
    std::optional<PortPool> m_ports;
};

} // namespace

Effect applyPlan(Design &design, const Catalog &catalog, const Plan &plan, DesignPatch &patch)
{
    Effect effect;
    ChangeSet &changed = effect.changed;

    // 1. Removals: racks with their devices and every link to those devices; rows.
    if (!plan.removedRacks.empty() || !plan.removedRows.empty()) {
        std::unordered_set<std::int64_t> racks, devices;
        for (std::size_t i : plan.removedRacks) {
            racks.insert(design.racks[i].id.value());
            changed.racks.push_back(design.racks[i].id);
        }
        std::vector<std::size_t> deviceIdx, linkIdx;
        for (std::size_t i = 0; i < design.devices.size(); ++i)
            if (racks.count(design.devices[i].rack.value())) {
                deviceIdx.push_back(i);
                devices.insert(design.devices[i].id.value());
            }
        for (std::size_t i = 0; i < design.links.size(); ++i)
            if (devices.count(design.links[i].a.device.value()) || devices.count(design.links[i].b.device.value()))
                linkIdx.push_back(i);
        for (std::size_t i : plan.removedRows)
            changed.rows.push_back(design.rows[i].id);
        changed.linksChanged = !linkIdx.empty();
        patch.links.remove(design.links, linkIdx);
        patch.devices.remove(design.devices, deviceIdx);
        patch.racks.remove(design.racks, plan.removedRacks);
        patch.rows.remove(design.rows, plan.removedRows);
        changed.structural = true;
    }

    // 2. Appends: a new row, new racks with their contents.
    if (plan.newRow) {
        patch.rows.append(design.rows, *plan.newRow);
        changed.rows.push_back(plan.newRow->id);
        changed.structural = true;
    }
    if (!plan.added.empty()) {
        RackBuilder builder(design, catalog, patch);
        for (const NewRack &n : plan.added) {
            builder.add(n);
            changed.racks.push_back(n.rack.id);
            effect.reroute.push_back(n.rack.id);
        }
        changed.structural = true;
        changed.linksChanged = true;
    }

    // 3. In place: moved and turned racks, changed rows.
    for (std::size_t k = 0; k < plan.moved.size(); ++k) {
        patch.racks.modify(design.racks, plan.moved[k]) = plan.movedTo[k];
        changed.racks.push_back(plan.movedTo[k].id);
        effect.reroute.push_back(plan.movedTo[k].id);
    }
    for (const auto &[i, row] : plan.rowsTo) {
        patch.rows.modify(design.rows, i) = row;
        changed.rows.push_back(row.id);
    }
    return effect;
}

} // namespace hallwright::edit
