// Compute fabric graph: Dinic max-flow for the bisection, BFS for hops and path counts.
#include "network/topology.h"

#include "catalog/catalog.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <queue>
#include <unordered_map>

namespace hallwright::network {

namespace {

/// Maximum flow of an undirected network by Dinic's algorithm: breadth-first levels from the
/// source, then blocking flows along level-increasing arcs (an explicit stack, no recursion).
/// A maximum flow's value is unique, so this gives what any exact max-flow algorithm gives.
class UndirectedMaxFlow
{
public:
    explicit UndirectedMaxFlow(std::size_t vertices) : m_vertices(vertices) {}

    /// A link of capacity c between u and v (c each way).
    void addLink(int u, int v, long long c)
    {
        m_to.push_back(v);
        m_cap.push_back(c);
        m_to.push_back(u);
        m_cap.push_back(c);
    }

    long long run(int source, int sink)
    {
        // Arcs by tail: arc 2k runs to m_to[2k] from m_to[2k + 1], and the other way for 2k + 1.
        const std::size_t n = m_vertices;
        std::vector<std::size_t> start(n + 1, 0);
        for (std::size_t a = 0; a < m_to.size(); ++a)
            ++start[static_cast<std::size_t>(m_to[a ^ 1]) + 1];
        for (std::size_t v = 0; v < n; ++v)
            start[v + 1] += start[v];
        std::vector<std::int32_t> arcs(m_to.size());
        {
            std::vector<std::size_t> fill(start.begin(), start.end() - 1);
            for (std::size_t a = 0; a < m_to.size(); ++a)
                arcs[fill[static_cast<std::size_t>(m_to[a ^ 1])]++] = static_cast<std::int32_t>(a);
        }
        std::vector<int> level(n);
        std::vector<std::size_t> next(n);
        std::vector<std::int32_t> path; // arcs from the source to the current vertex
        std::vector<int> queue;
        queue.reserve(n);
        long long flow = 0;
        const auto src = static_cast<std::size_t>(source), snk = static_cast<std::size_t>(sink);
        for (;;) {
            std::fill(level.begin(), level.end(), -1);
            level[src] = 0;
            queue.clear();
            queue.push_back(source);
            for (std::size_t head = 0; head < queue.size(); ++head) {
                const auto u = static_cast<std::size_t>(queue[head]);
                for (std::size_t k = start[u]; k < start[u + 1]; ++k) {
                    const auto a = static_cast<std::size_t>(arcs[k]);
                    const auto v = static_cast<std::size_t>(m_to[a]);
                    if (m_cap[a] > 0 && level[v] < 0) {
                        level[v] = level[u] + 1;
                        queue.push_back(m_to[a]);
                    }
                }
            }
            if (level[snk] < 0)
                return flow;
            std::copy(start.begin(), start.end() - 1, next.begin());
            path.clear();
            std::size_t v = src;
            for (;;) {
                if (v == snk) {
                    long long push = std::numeric_limits<long long>::max();
                    for (std::int32_t a : path)
                        push = std::min(push, m_cap[static_cast<std::size_t>(a)]);
                    for (std::int32_t a : path) {
                        m_cap[static_cast<std::size_t>(a)] -= push;
                        m_cap[static_cast<std::size_t>(a) ^ 1] += push;
                    }
                    flow += push;
                    path.clear();
                    v = src;
                    continue;
                }
                bool advanced = false;
                for (; next[v] < start[v + 1]; ++next[v]) {
                    const auto a = static_cast<std::size_t>(arcs[next[v]]);
                    const auto w = static_cast<std::size_t>(m_to[a]);
                    if (m_cap[a] > 0 && level[w] == level[v] + 1) {
                        path.push_back(static_cast<std::int32_t>(a));
                        v = w;
                        advanced = true;
                        break;
                    }
                }
                if (advanced)
                    continue;
                // Dead end: no blocking path goes through v in this phase.
                if (v == src)
                    break;
                level[v] = -1;
                const auto back = static_cast<std::size_t>(path.back());
                path.pop_back();
                v = static_cast<std::size_t>(m_to[back ^ 1]);
                ++next[v];
            }
        }
    }

private:
    std::size_t m_vertices;
    std::vector<int> m_to;        ///< head of each arc; arcs come in pairs (a, a ^ 1), one each way
    std::vector<long long> m_cap; ///< residual capacity of each arc
};

} // namespace

struct FabricGraph::Impl
{
    struct Edge
    {
        int a, b;           // device indices
        long long mbps;
        std::size_t link;
    };
    std::vector<int> nodes;            // device indices, in bisection order
    std::vector<int> accel;            // accelerators of each node in `nodes`
    std::vector<int> compactSwitch;    // device index → switch number, -1 for others
    std::vector<int> switches;         // switch number → device index
    std::vector<char> isNode;          // per device
    std::vector<Edge> edges;
    // switch-level adjacency (deduplicated), CSR
    std::vector<int> adjStart, adj;
    std::vector<int> leaves;           // switch numbers with endpoints
    std::vector<long long> endpoints;  // per switch number
};

FabricGraph::FabricGraph(const Design &design, const Catalog &catalog) : d(std::make_unique<Impl>())
{
    const std::size_t n = design.devices.size();
    std::unordered_map<std::int64_t, int> devIndex;
    devIndex.reserve(n);
    std::unordered_map<std::int64_t, std::size_t> rackOrder;
    for (std::size_t r = 0; r < design.racks.size(); ++r)
        rackOrder[design.racks[r].id.value()] = r;
    d->compactSwitch.assign(n, -1);
    d->isNode.assign(n, 0);
    struct NodeKey { int su; std::size_t rack; int u; int dev; };
    std::vector<NodeKey> keys;
    for (std::size_t i = 0; i < n; ++i) {
        const Device &dev = design.devices[i];
        devIndex[dev.id.value()] = static_cast<int>(i);
        if (dev.kind == DeviceKind::ComputeNode) {
            d->isNode[i] = 1;
            const auto r = rackOrder.find(dev.rack.value());
            keys.push_back({dev.su, r == rackOrder.end() ? design.racks.size() : r->second, dev.uPosition,
                            static_cast<int>(i)});
        }
    }
    std::sort(keys.begin(), keys.end(), [](const NodeKey &a, const NodeKey &b) {
        return std::tie(a.su, a.rack, a.u, a.dev) < std::tie(b.su, b.rack, b.u, b.dev);
    });
    for (const NodeKey &k : keys) {
        d->nodes.push_back(k.dev);
        const NodeSpec *spec = catalog.node(design.devices[static_cast<std::size_t>(k.dev)].catalogId);
        d->accel.push_back(spec ? spec->acceleratorsPerNode : 0);
    }

    for (std::size_t li = 0; li < design.links.size(); ++li) {
        const Link &l = design.links[li];
        if (l.fabric != Fabric::Compute)
            continue;
        const auto a = devIndex.find(l.a.device.value());
        const auto b = devIndex.find(l.b.device.value());
        if (a == devIndex.end() || b == devIndex.end() || a->second == b->second)
            continue;
        for (int v : {a->second, b->second}) {
            if (!d->isNode[static_cast<std::size_t>(v)] && d->compactSwitch[static_cast<std::size_t>(v)] < 0) {
                d->compactSwitch[static_cast<std::size_t>(v)] = static_cast<int>(d->switches.size());
                d->switches.push_back(v);
            }
        }
        d->edges.push_back({a->second, b->second, std::isfinite(l.gbps) && l.gbps > 0 && l.gbps < 1e9 ? std::llround(l.gbps * 1000.0) : 0LL, li});
    }

    // Switch-level adjacency and endpoints per switch.
    const std::size_t s = d->switches.size();
    d->endpoints.assign(s, 0);
    std::vector<std::vector<int>> lists(s);
    for (const auto &e : d->edges) {
        const int sa = d->compactSwitch[static_cast<std::size_t>(e.a)];
        const int sb = d->compactSwitch[static_cast<std::size_t>(e.b)];
        if (sa >= 0 && sb >= 0) {
            lists[static_cast<std::size_t>(sa)].push_back(sb);
            lists[static_cast<std::size_t>(sb)].push_back(sa);
        } else if (sa >= 0 || sb >= 0) {
            ++d->endpoints[static_cast<std::size_t>(sa >= 0 ? sa : sb)];
        }
    }
    d->adjStart.assign(s + 1, 0);
    for (std::size_t v = 0; v < s; ++v) {
        auto &l = lists[v];
        std::sort(l.begin(), l.end());
        l.erase(std::unique(l.begin(), l.end()), l.end());
        d->adjStart[v + 1] = d->adjStart[v] + static_cast<int>(l.size());
    }
    d->adj.reserve(static_cast<std::size_t>(d->adjStart[s]));
    for (const auto &l : lists)
        d->adj.insert(d->adj.end(), l.begin(), l.end());
    for (std::size_t v = 0; v < s; ++v)
        if (d->endpoints[v] > 0)
            d->leaves.push_back(static_cast<int>(v));
}

FabricGraph::~FabricGraph() = default;

long long FabricGraph::accelerators() const
{
    long long total = 0;
    for (int a : d->accel)
        total += a;
    return total;
}

std::optional<double> FabricGraph::bisectionGbps(const std::vector<char> *failedDevices,
                                                 const std::vector<char> *failedLinks) const
{
    if (d->nodes.size() < 2)
        return std::nullopt;
    auto deviceFailed = [&](int v) {
        return failedDevices && static_cast<std::size_t>(v) < failedDevices->size() && (*failedDevices)[static_cast<std::size_t>(v)];
    };
    // Side of each node: 1 = first half (source), 2 = second half (sink).
    const long long total = accelerators();
    std::vector<char> side(d->isNode.size(), 0);
    long long acc = 0;
    for (std::size_t k = 0; k < d->nodes.size(); ++k) {
        // The first half takes nodes while it stays within half the accelerators (at least one node).
        const bool first = k == 0 || 2 * (acc + d->accel[k]) <= total;
        side[static_cast<std::size_t>(d->nodes[k])] = first && k + 1 < d->nodes.size() ? 1 : 2;
        if (first)
            acc += d->accel[k];
        else
            acc = total; // every later node is in the second half
    }

    // Nodes merge into the source or sink, so flow never transits a node; parallel links add up.
    const std::size_t s = d->switches.size();
    const auto src = static_cast<int>(s), snk = static_cast<int>(s + 1);
    std::unordered_map<std::uint64_t, long long> cap;
    cap.reserve(d->edges.size());
    auto key = [](int u, int v) { return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(u)) << 32) | static_cast<std::uint32_t>(v); };
    for (const auto &e : d->edges) {
        if ((failedLinks && e.link < failedLinks->size() && (*failedLinks)[e.link]) || deviceFailed(e.a) || deviceFailed(e.b))
            continue;
        int u = d->compactSwitch[static_cast<std::size_t>(e.a)];
        int v = d->compactSwitch[static_cast<std::size_t>(e.b)];
        if (u < 0)
            u = side[static_cast<std::size_t>(e.a)] == 1 ? src : snk;
        if (v < 0)
            v = side[static_cast<std::size_t>(e.b)] == 1 ? src : snk;
        if (u == v)
            continue;
        cap[key(std::min(u, v), std::max(u, v))] += e.mbps;
    }
    UndirectedMaxFlow g(s + 2);
    for (const auto &[k, c] : cap)
        g.addLink(static_cast<int>(k >> 32), static_cast<int>(k & 0xffffffffu), c);
    const long long flow = g.run(src, snk);
    return static_cast<double>(flow) / 1000.0;
}

HopStats FabricGraph::hops(int maxSources) const
{
    HopStats h;
    const auto &leaves = d->leaves;
    if (leaves.empty())
        return h;
    const std::size_t s = d->switches.size();
    std::vector<int> sources;
    const std::size_t step = std::max<std::size_t>(1, (leaves.size() + static_cast<std::size_t>(std::max(1, maxSources)) - 1)
                                                          / static_cast<std::size_t>(std::max(1, maxSources)));
    for (std::size_t k = 0; k < leaves.size(); k += step)
        sources.push_back(leaves[k]);
    h.sampled = sources.size() < leaves.size();

    std::vector<int> dist(s);
    std::vector<double> paths(s);
    double weightedHops = 0.0, weight = 0.0;
    double minPaths = -1.0;
    std::queue<int> q;
    for (int src : sources) {
        std::fill(dist.begin(), dist.end(), -1);
        std::fill(paths.begin(), paths.end(), 0.0);
        dist[static_cast<std::size_t>(src)] = 0;
        paths[static_cast<std::size_t>(src)] = 1.0;
        q.push(src);
        while (!q.empty()) {
            const int u = q.front();
            q.pop();
            for (int k = d->adjStart[static_cast<std::size_t>(u)]; k < d->adjStart[static_cast<std::size_t>(u) + 1]; ++k) {
                const int v = d->adj[static_cast<std::size_t>(k)];
                if (dist[static_cast<std::size_t>(v)] < 0) {
                    dist[static_cast<std::size_t>(v)] = dist[static_cast<std::size_t>(u)] + 1;
                    q.push(v);
                }
                if (dist[static_cast<std::size_t>(v)] == dist[static_cast<std::size_t>(u)] + 1)
                    paths[static_cast<std::size_t>(v)] += paths[static_cast<std::size_t>(u)];
            }
        }
        const double ws = static_cast<double>(d->endpoints[static_cast<std::size_t>(src)]);
        for (int t : leaves) {
            const double wt = static_cast<double>(d->endpoints[static_cast<std::size_t>(t)]);
            if (t == src) {
                const double pairs = ws * (ws - 1.0);
                weightedHops += pairs;
                weight += pairs;
                h.maxSwitchHops = std::max(h.maxSwitchHops, ws > 1 ? 1 : 0);
                continue;
            }
            const int dt = dist[static_cast<std::size_t>(t)];
            if (dt < 0)
                continue; // unreachable leaves do not count towards hops
            weightedHops += ws * wt * (dt + 1);
            weight += ws * wt;
            h.maxSwitchHops = std::max(h.maxSwitchHops, dt + 1);
            const double p = paths[static_cast<std::size_t>(t)];
            if (minPaths < 0 || p < minPaths)
                minPaths = p;
        }
    }
    h.meanSwitchHops = weight > 0 ? weightedHops / weight : 0.0;
    h.minShortestPaths = minPaths < 0 ? 0 : static_cast<long long>(std::min(minPaths, 9.0e18));
    return h;
}

} // namespace hallwright::network
