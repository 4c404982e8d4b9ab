// Failure impact: links lost, leaves isolated, NICs and accelerators cut off; bisection after on request.
#include "network/failure.h"

#include "catalog/catalog.h"
#include "network/cabling.h"
#include "network/topology.h"

#include <algorithm>
#include <cmath>
#include <mutex>
#include <unordered_map>

namespace hallwright::network {


struct FailureAnalyzer::Impl
{
    /// What one run() fills and throws away, kept between runs.
    struct Scratch
    {
        std::vector<std::size_t> lost;
        std::vector<int> leafUplinkHits, touchedNodes, isolated;
        std::vector<std::pair<int, bool>> ports;
        std::vector<signed char> nicState;
    };

    const Design &design;
    const Catalog &catalog;
    DeviceIndex devIndex;
    /// Links by id, made on the first failure given by link ids (the facility's sweep over
    /// the switches never asks, and at 434,000 links the map would cost more than the sweep).
    mutable std::once_flag linkIndexMade;
    mutable std::unordered_map<std::int64_t, std::size_t> linkIndex;
    std::vector<int> linkA, linkB;                 // device index per link end, -1 unknown
    std::vector<char> computeLink;                 // per link: in the compute fabric (read without the Link)
    std::vector<int> portA, portB;                 // per link: the port at each end (a sweep never reads a Link)
    std::vector<double> linkGbps;
    std::vector<int> devLinkStart, devLinks;       // CSR: links of each device
    std::vector<char> isNode;
    std::vector<int> computeUplinks;               // per leaf: compute links to other switches
    std::vector<char> isLeaf;                      // a switch with compute links to nodes
    std::vector<const NodeSpec *> nodeSpec;        // per device: its catalog node, null if none
    mutable std::unique_ptr<FabricGraph> graph;

    Impl(const Design &d, const Catalog &c) : design(d), catalog(c), devIndex(d.devices)
    {
        const std::size_t n = d.devices.size();
        isNode.assign(n, 0);
        nodeSpec.assign(n, nullptr);
        for (std::size_t i = 0; i < n; ++i) {
            isNode[i] = d.devices[i].kind == DeviceKind::ComputeNode;
            if (isNode[i])
                nodeSpec[i] = c.node(d.devices[i].catalogId);
        }
        const std::size_t m = d.links.size();
        linkA.assign(m, -1);
        linkB.assign(m, -1);
        computeLink.assign(m, 0);
        portA.assign(m, 0);
        portB.assign(m, 0);
        linkGbps.assign(m, 0.0);
        std::vector<int> count(n + 1, 0);
        for (std::size_t i = 0; i < m; ++i) {
            const Link &l = d.links[i];
            linkA[i] = devIndex(l.a.device);
            linkB[i] = devIndex(l.b.device);
            computeLink[i] = l.fabric == Fabric::Compute;
            portA[i] = l.a.port;
            portB[i] = l.b.port;
            linkGbps[i] = l.gbps;
            for (int v : {linkA[i], linkB[i]})
                if (v >= 0)
                    ++count[static_cast<std::size_t>(v) + 1];
        }
        for (std::size_t v = 0; v < n; ++v)
            count[v + 1] += count[v];
        devLinkStart = count;
        devLinks.assign(static_cast<std::size_t>(count[n]), 0);
        std::vector<int> pos(count.begin(), count.end() - 1);
        for (std::size_t i = 0; i < m; ++i)
            for (int v : {linkA[i], linkB[i]})
                if (v >= 0)
                    devLinks[static_cast<std::size_t>(pos[static_cast<std::size_t>(v)]++)] = static_cast<int>(i);

        computeUplinks.assign(n, 0);
        isLeaf.assign(n, 0);
        for (std::size_t i = 0; i < m; ++i) {
            if (!computeLink[i] || linkA[i] < 0 || linkB[i] < 0)
                continue;
            const bool na = isNode[static_cast<std::size_t>(linkA[i])], nb = isNode[static_cast<std::size_t>(linkB[i])];
            if (na != nb)
                isLeaf[static_cast<std::size_t>(na ? linkB[i] : linkA[i])] = 1;
        }
        for (std::size_t i = 0; i < m; ++i) {
            if (!computeLink[i] || linkA[i] < 0 || linkB[i] < 0)
                continue;
            const auto a = static_cast<std::size_t>(linkA[i]), b = static_cast<std::size_t>(linkB[i]);
            if (!isNode[a] && !isNode[b]) {
                if (isLeaf[a])
                    ++computeUplinks[a];
                if (isLeaf[b])
                    ++computeUplinks[b];
            }
        }
    }

    int other(std::size_t link, int dev) const { return linkA[link] == dev ? linkB[link] : linkA[link]; }

    /// failedDevs and failedLinks: positions, sorted, without repeats.
    FailureImpact run(const std::vector<int> &failedDevs, const std::vector<std::size_t> &failedLinks,
                      bool withBisection) const
    {
        // Small sorted vectors rather than hash sets: a switch failure touches a few dozen
        // links and nodes, and the facility sweep runs one per switch.
        FailureImpact f;
        auto failed = [&](int v) { return std::binary_search(failedDevs.begin(), failedDevs.end(), v); };
        // Scratch kept per thread: the facility's sweep runs once per switch.
        thread_local Scratch scratch;
        std::vector<std::size_t> &lost = scratch.lost;
        std::vector<int> &leafUplinkHits = scratch.leafUplinkHits;
        std::vector<int> &touchedNodes = scratch.touchedNodes;
        std::vector<int> &isolated = scratch.isolated;
        std::vector<std::pair<int, bool>> &ports = scratch.ports; // (port, alive)
        std::vector<signed char> &nicState = scratch.nicState;    // per NIC: -1 no port seen, 0 all dead, 1 one alive
        lost.assign(failedLinks.begin(), failedLinks.end());
        leafUplinkHits.clear();
        touchedNodes.clear();
        isolated.clear();
        for (int v : failedDevs)
            for (int k = devLinkStart[static_cast<std::size_t>(v)]; k < devLinkStart[static_cast<std::size_t>(v) + 1]; ++k)
                lost.push_back(static_cast<std::size_t>(devLinks[static_cast<std::size_t>(k)]));
        std::sort(lost.begin(), lost.end());
        lost.erase(std::unique(lost.begin(), lost.end()), lost.end());
        auto isLost = [&](std::size_t li) { return std::binary_search(lost.begin(), lost.end(), li); };

        for (std::size_t i : lost) {
            if (!computeLink[i]) {
                ++f.otherLinksLost;
                continue;
            }
            ++f.computeLinksLost;
            f.computeGbpsLost += linkGbps[i];
            for (int v : {linkA[i], linkB[i]}) {
                if (v < 0)
                    continue;
                const int o = other(i, v);
                if (isNode[static_cast<std::size_t>(v)])
                    touchedNodes.push_back(v);
                else if (isLeaf[static_cast<std::size_t>(v)] && o >= 0 && !isNode[static_cast<std::size_t>(o)])
                    leafUplinkHits.push_back(v);
            }
        }
        // A leaf that lost every uplink can no longer reach the rest of the fabric.
        std::sort(leafUplinkHits.begin(), leafUplinkHits.end());
        for (std::size_t g = 0; g < leafUplinkHits.size();) {
            std::size_t e = g;
            while (e < leafUplinkHits.size() && leafUplinkHits[e] == leafUplinkHits[g])
                ++e;
            const int leaf = leafUplinkHits[g];
            const int uplinks = computeUplinks[static_cast<std::size_t>(leaf)];
            if (static_cast<int>(e - g) >= uplinks && uplinks > 0 && !failed(leaf)) {
                isolated.push_back(leaf); // ascending: the hits are sorted
                for (int k = devLinkStart[static_cast<std::size_t>(leaf)]; k < devLinkStart[static_cast<std::size_t>(leaf) + 1]; ++k) {
                    const int o = other(static_cast<std::size_t>(devLinks[static_cast<std::size_t>(k)]), leaf);
                    if (o >= 0 && isNode[static_cast<std::size_t>(o)])
                        touchedNodes.push_back(o);
                }
            }
            g = e;
        }
        for (int v : failedDevs)
            if (isNode[static_cast<std::size_t>(v)])
                touchedNodes.push_back(v);
        std::sort(touchedNodes.begin(), touchedNodes.end());
        touchedNodes.erase(std::unique(touchedNodes.begin(), touchedNodes.end()), touchedNodes.end());

        for (int node : touchedNodes) {
            const NodeSpec *spec = nodeSpec[static_cast<std::size_t>(node)];
            const int accel = spec ? spec->acceleratorsPerNode : 0;
            if (failed(node)) {
                f.acceleratorsCutOff += accel;
                ++f.nodesAffected;
                continue;
            }
            // Compute ports grouped by NIC: ports [nic × perNic, (nic + 1) × perNic).
            ports.clear();
            for (int k = devLinkStart[static_cast<std::size_t>(node)]; k < devLinkStart[static_cast<std::size_t>(node) + 1]; ++k) {
                const auto li = static_cast<std::size_t>(devLinks[static_cast<std::size_t>(k)]);
                if (!computeLink[li])
                    continue;
                const int o = other(li, node);
                const bool alive = !isLost(li) && o >= 0 && !failed(o)
                                   && !std::binary_search(isolated.begin(), isolated.end(), o);
                ports.emplace_back(linkA[li] == node ? portA[li] : portB[li], alive);
            }
            if (ports.empty())
                continue;
            const int nics = spec && spec->computeNics > 0 ? spec->computeNics : static_cast<int>(ports.size());
            const int perNic = std::max(1, static_cast<int>(ports.size()) / nics);
            nicState.clear();
            for (const auto &[port, alive] : ports) {
                const auto nic = static_cast<std::size_t>(std::max(0, port) / perNic);
                if (nic >= nicState.size())
                    nicState.resize(nic + 1, -1);
                nicState[nic] = std::max<signed char>(nicState[nic], alive ? 1 : 0);
            }
            const auto dead = std::count(nicState.begin(), nicState.end(), 0);
            if (dead > 0) {
                ++f.nodesAffected;
                f.acceleratorsCutOff += std::llround(static_cast<double>(accel) * static_cast<double>(dead) / std::max(1, nics));
            }
        }

        if (withBisection) {
            if (!graph)
                graph = std::make_unique<FabricGraph>(design, catalog);
            std::vector<char> devFlags(design.devices.size(), 0), linkFlags(design.links.size(), 0);
            for (int v : failedDevs)
                devFlags[static_cast<std::size_t>(v)] = 1;
            for (std::size_t i : failedLinks)
                linkFlags[i] = 1;
            if (const auto b = graph->bisectionGbps(&devFlags, &linkFlags))
                f.bisectionTbpsAfter = *b / 1000.0;
        }
        return f;
    }
};

FailureAnalyzer::FailureAnalyzer(const Design &design, const Catalog &catalog)
    : d(std::make_unique<Impl>(design, catalog))
{
}

FailureAnalyzer::~FailureAnalyzer() = default;

FailureImpact FailureAnalyzer::failure(const std::vector<DeviceId> &devices, const std::vector<LinkId> &links,
                                       bool withBisection) const
{
    std::vector<int> devs;
    for (DeviceId id : devices)
        if (const int i = d->devIndex(id); i >= 0)
            devs.push_back(i);
    std::sort(devs.begin(), devs.end());
    devs.erase(std::unique(devs.begin(), devs.end()), devs.end());
    std::vector<std::size_t> ls;
    if (!links.empty())
        std::call_once(d->linkIndexMade, [this] {
            d->linkIndex.reserve(d->design.links.size());
            for (std::size_t i = 0; i < d->design.links.size(); ++i)
                d->linkIndex[d->design.links[i].id.value()] = i;
        });
    for (LinkId id : links)
        if (const auto it = d->linkIndex.find(id.value()); it != d->linkIndex.end())
            ls.push_back(it->second);
    std::sort(ls.begin(), ls.end());
    ls.erase(std::unique(ls.begin(), ls.end()), ls.end());
    return d->run(devs, ls, withBisection);
}

FailureImpact FailureAnalyzer::deviceFailure(DeviceId device, bool withBisection) const
{
    return failure({device}, {}, withBisection);
}

FailureImpact FailureAnalyzer::linkFailure(LinkId link, bool withBisection) const
{
    return failure({}, {link}, withBisection);
}

FailureImpact FailureAnalyzer::rackFailure(RackId rack, bool withBisection) const
{
    std::vector<DeviceId> devs;
    for (const Device &dev : d->design.devices)
        if (dev.rack == rack)
            devs.push_back(dev.id);
    return failure(devs, {}, withBisection);
}

std::vector<std::pair<DeviceId, FailureImpact>> FailureAnalyzer::everyComputeSwitch() const
{
    std::vector<std::pair<DeviceId, FailureImpact>> out;
    for (std::size_t v = 0; v < d->design.devices.size(); ++v) {
        const Device &dev = d->design.devices[v];
        if (dev.kind != DeviceKind::Switch)
            continue;
        bool compute = false;
        for (int k = d->devLinkStart[v]; k < d->devLinkStart[v + 1] && !compute; ++k)
            compute = d->computeLink[static_cast<std::size_t>(d->devLinks[static_cast<std::size_t>(k)])];
        if (compute)
            out.emplace_back(dev.id, d->run({static_cast<int>(v)}, {}, false));
    }
    return out;
}

FailureImpact switchFailureImpact(const Design &design, const Catalog &catalog, DeviceId sw)
{
    return FailureAnalyzer(design, catalog).deviceFailure(sw);
}

FailureImpact linkFailureImpact(const Design &design, const Catalog &catalog, LinkId link)
{
    return FailureAnalyzer(design, catalog).linkFailure(link);
}

} // namespace hallwright::network
