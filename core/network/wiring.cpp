// Port-level wiring: node rails to leaves, leaves spread evenly over spines, spines to core groups, management.
#include "network/wiring.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <string>
#include <utility>

namespace hallwright::network {

namespace {

class LinkSink
{
public:
    LinkSink(std::vector<Link> &links, std::int64_t firstId, const std::vector<Device> &devices)
        : m_links(links), m_nextId(firstId), m_devices(devices)
    {
    }

    void add(Fabric fabric, LinkTier tier, int devA, int portA, int devB, int portB, double gbps, const char *prefix,
             long long &seq)
    {
        // Built where it is stored: a large hall's links are written once, not moved.
        Link &l = m_links.emplace_back();
        l.id = LinkId(m_nextId++);
        l.fabric = fabric;
        l.tier = tier;
        l.a = PortRef{m_devices[static_cast<std::size_t>(devA)].id, portA};
        l.b = PortRef{m_devices[static_cast<std::size_t>(devB)].id, portB};
        l.gbps = gbps;
        l.label = label(prefix, ++seq);
    }

private:
    /// "<prefix>-<seq>" with the sequence number (from 1) zero-padded to 6 digits, as fmt's
    /// "{}-{:06d}" writes it (std::to_chars: half a million labels through fmt's formatter
    /// cost more than building the links).
    static std::string label(const char *prefix, long long seq)
    {
        char digits[24];
        const char *end = std::to_chars(digits, digits + sizeof digits, seq).ptr;
        const auto n = static_cast<std::size_t>(end - digits);
        std::string out(prefix);
        out += '-';
        if (n < 6)
            out.append(6 - n, '0');
        out.append(digits, n);
        return out;
    }

    std::vector<Link> &m_links;
    std::int64_t m_nextId;
    const std::vector<Device> &m_devices;
};

struct Prefix
{
    const char *up, *core;
};

/// Links from the `index`-th switch of a tier to `targets` upper switches when it has
/// `links` uplinks: `links / targets` each, and the remainder to a window of targets
/// that moves on by the remainder from one switch to the next, so that every upper
/// switch receives the same number of links to within one.
int linksTo(int index, int target, int links, int targets)
{
    const int base = links / targets;
    const int extra = links % targets;
    if (extra == 0)
        return base;
    const long long start = static_cast<long long>(index) * extra % targets;
    const long long offset = ((target - start) % targets + targets) % targets;
    return base + (offset < extra ? 1 : 0);
}

/// Leaf uplinks spread as evenly as they go over the spines of their pod; spine j
/// of every pod to core group j, spread the same way over the group's cores.
/// Ports: leaf uplinks after its `leafDownlinks` endpoint ports, the links to one
/// spine on consecutive ports; spine downlinks first (in leaf order), then its
/// uplinks; core ports in pod order. When the counts divide this is the even
/// spread (leaf q, spine j: ports q × lps … of the spine).
void wireClos(const ClosPlan &c, const std::vector<int> &leaves, const std::vector<int> &spines,
              const std::vector<int> &cores, Fabric fabric, double gbps, const Prefix &prefix, LinkSink &sink)
{
    long long seqUp = 0, seqCore = 0;
    const int d = c.leafDownlinks;
    const int u = c.leafUplinks;
    const int sPerPod = c.spinesPerPod;
    std::vector<int> spinePort(spines.size(), 0);
    for (std::size_t l = 0; l < leaves.size(); ++l) {
        const int leaf = leaves[l];
        const int pod = c.tiers == 3 ? static_cast<int>(l) / c.leavesPerPod : 0;
        const int q = c.tiers == 3 ? static_cast<int>(l) % c.leavesPerPod : static_cast<int>(l);
        int leafPort = d;
        for (int j = 0; j < sPerPod; ++j) {
            const auto si = static_cast<std::size_t>(pod * sPerPod + j);
            const int n = linksTo(q, j, u, sPerPod);
            for (int k = 0; k < n; ++k)
                sink.add(fabric, LinkTier::LeafSpine, leaf, leafPort++, spines[si], spinePort[si]++, gbps, prefix.up,
                         seqUp);
        }
    }
    if (c.tiers != 3)
        return;
    // Spine uplinks start after the downlinks of a full pod.
    const int down = static_cast<int>((static_cast<long long>(c.leavesPerPod) * u + sPerPod - 1) / sPerPod);
    const int su = c.spineUplinks;
    const int g = c.coresPerGroup;
    std::vector<int> corePort(cores.size(), 0);
    for (int p = 0; p < c.pods; ++p)
        for (int j = 0; j < sPerPod; ++j) {
            const int spine = spines[static_cast<std::size_t>(p * sPerPod + j)];
            int port = down;
            for (int k = 0; k < g; ++k) {
                const auto ci = static_cast<std::size_t>(j * g + k);
                const int n = linksTo(p, k, su, g);
                for (int m = 0; m < n; ++m)
                    sink.add(fabric, LinkTier::SpineCore, spine, port++, cores[ci], corePort[ci]++, gbps, prefix.core,
                             seqCore);
            }
        }
}

} // namespace

void wireNetwork(const WiringInput &in, const PlacedSwitches &placed, std::vector<Link> &links)
{
    const FabricPlan &plan = in.plan;
    LinkSink sink(links, in.firstLinkId, in.devices);
    // Access switches without dedicated uplink ports use their last two data ports as uplinks.
    const int inbandMgmtPort = std::max(in.inbandRadix, plan.inbandDownlinks + 2);

    // Compute: NIC k of rail r of node j goes to leaf r of the node's SU.
    {
        long long seq = 0;
        const int lpn = plan.linksPerNic;
        const int npr = plan.nicsPerRail;
        const int rails = plan.railsPerNode;
        const int portsPerNode = rails * npr * lpn;
        for (std::size_t su = 0; su < in.nodesBySu.size(); ++su)
            for (std::size_t j = 0; j < in.nodesBySu[su].size(); ++j) {
                const int node = in.nodesBySu[su][j];
                for (int r = 0; r < rails; ++r)
                    for (int k = 0; k < npr; ++k)
                        for (int l = 0; l < lpn; ++l) {
                            const int nodePort = (r * npr + k) * lpn + l;
                            int leafInSu = r;
                            int leafPort = (static_cast<int>(j) * npr + k) * lpn + l;
                            if (!in.inputs.railOptimized) {
                                leafInSu = static_cast<int>(j) / plan.nodesPerLeaf;
                                leafPort = (static_cast<int>(j) % plan.nodesPerLeaf) * portsPerNode + nodePort;
                            }
                            const int leaf = placed.leaves[su * static_cast<std::size_t>(plan.leavesPerSu)
                                                           + static_cast<std::size_t>(leafInSu)];
                            sink.add(Fabric::Compute, LinkTier::NodeLeaf, node, nodePort, leaf, leafPort,
                                     plan.linkGbps, "C1", seq);
                        }
            }
        wireClos(plan.compute, placed.leaves, placed.spines, placed.cores, Fabric::Compute, plan.linkGbps,
                 {"C2", "C3"}, sink);
    }

    // Storage: the SU's storage ports fill its storage leaves in order.
    if (plan.storage.leaves > 0) {
        long long seq = 0;
        const int ports = in.nodePorts.storage;
        const int down = plan.storage.leafDownlinks;
        for (std::size_t su = 0; su < in.nodesBySu.size(); ++su)
            for (std::size_t j = 0; j < in.nodesBySu[su].size(); ++j)
                for (int i = 0; i < ports; ++i) {
                    const int idx = static_cast<int>(j) * ports + i;
                    const int leaf = placed.storageLeaves[su * static_cast<std::size_t>(plan.storageLeavesPerSu)
                                                          + static_cast<std::size_t>(idx / down)];
                    sink.add(Fabric::Storage, LinkTier::NodeLeaf, in.nodesBySu[su][j], in.nodePorts.storageBase() + i,
                             leaf, idx % down, in.storageGbps, "S1", seq);
                }
        wireClos(plan.storage, placed.storageLeaves, placed.storageSpines, placed.storageCores, Fabric::Storage,
                 in.storageGbps, {"S2", "S3"}, sink);
    }

    // In-band: node ports fill the SU's access switches; each access switch has
    // one uplink to each switch of its aggregation pair.
    if (plan.inbandSwitchesPerSu > 0) {
        long long seq = 0, seqUp = 0;
        const int ports = in.nodePorts.inband;
        const int down = plan.inbandDownlinks;
        for (std::size_t su = 0; su < in.nodesBySu.size(); ++su)
            for (std::size_t j = 0; j < in.nodesBySu[su].size(); ++j)
                for (int i = 0; i < ports; ++i) {
                    const int idx = static_cast<int>(j) * ports + i;
                    const int sw = placed.inbandAccess[su * static_cast<std::size_t>(plan.inbandSwitchesPerSu)
                                                       + static_cast<std::size_t>(idx / down)];
                    sink.add(Fabric::InbandMgmt, LinkTier::NodeLeaf, in.nodesBySu[su][j], in.nodePorts.inbandBase() + i,
                             sw, idx % down, in.inbandGbps, "I1", seq);
                }
        for (std::size_t a = 0; a < placed.inbandAccess.size(); ++a) {
            const std::size_t group = a / static_cast<std::size_t>(in.inbandRadix);
            for (int side = 0; side < 2; ++side)
                sink.add(Fabric::InbandMgmt, LinkTier::LeafSpine, placed.inbandAccess[a], down + side,
                         placed.inbandAggregation[2 * group + static_cast<std::size_t>(side)],
                         static_cast<int>(a % static_cast<std::size_t>(in.inbandRadix)), in.inbandGbps, "I2", seqUp);
        }
    }

    // Out-of-band: per SU, node BMCs (at their reserved slot) then the SU's switch
    // management ports; central switches' management ports and the SU uplinks
    // go to the central OOB switches.
    if (plan.oobSwitchesPerSu > 0) {
        long long seq = 0, seqUp = 0;
        const int ports = in.nodePorts.oob;
        const int down = plan.oobDownlinks;
        const int perSu = plan.oobSwitchesPerSu;
        auto oobAt = [&](std::size_t su, int idx) {
            return std::array<int, 2>{placed.oobAccess[su * static_cast<std::size_t>(perSu) + static_cast<std::size_t>(idx / down)],
                                      idx % down};
        };
        for (std::size_t su = 0; su < in.nodesBySu.size(); ++su) {
            for (std::size_t j = 0; j < in.nodesBySu[su].size(); ++j)
                for (int i = 0; i < ports; ++i) {
                    const auto [sw, port] = oobAt(su, static_cast<int>(j) * ports + i);
                    sink.add(Fabric::OobMgmt, LinkTier::NodeLeaf, in.nodesBySu[su][j], in.nodePorts.oobBase() + i, sw,
                             port, in.oobGbps, "O1", seq);
                }
            int idx = plan.nodesPerSu * ports;
            auto mgmt = [&](const std::vector<int> &list, int perSuCount, int radix) {
                for (int k = 0; k < perSuCount; ++k) {
                    const auto [sw, port] = oobAt(su, idx++);
                    sink.add(Fabric::OobMgmt, LinkTier::Other, list[su * static_cast<std::size_t>(perSuCount)
                                                                    + static_cast<std::size_t>(k)],
                             radix, sw, port, in.oobGbps, "O1", seq);
                }
            };
            mgmt(placed.leaves, plan.leavesPerSu, in.computeRadix);
            mgmt(placed.storageLeaves, plan.storageLeavesPerSu, in.storageRadix);
            mgmt(placed.inbandAccess, plan.inbandSwitchesPerSu, inbandMgmtPort);
        }
        // Central management ports in placement order, so that each lands on
        // the OOB switch placed right after its group of switches.
        std::vector<std::pair<int, int>> managed; // (device, management port)
        for (const auto &[list, radix] : {std::pair{&placed.spines, in.computeRadix}, {&placed.cores, in.computeRadix},
                                          {&placed.storageSpines, in.storageRadix}, {&placed.storageCores, in.storageRadix},
                                          {&placed.inbandAggregation, inbandMgmtPort}})
            for (int dev : *list)
                managed.emplace_back(dev, radix);
        if (placed.centralManaged.size() == managed.size()) {
            std::vector<int> rank(in.devices.size(), -1);
            for (std::size_t k = 0; k < placed.centralManaged.size(); ++k)
                rank[static_cast<std::size_t>(placed.centralManaged[k])] = static_cast<int>(k);
            std::stable_sort(managed.begin(), managed.end(), [&](const auto &x, const auto &y) {
                return rank[static_cast<std::size_t>(x.first)] < rank[static_cast<std::size_t>(y.first)];
            });
        }
        int idx = 0;
        for (const auto &[dev, radix] : managed) {
            const int c = placed.oobCentral[static_cast<std::size_t>(idx / in.oobRadix)];
            sink.add(Fabric::OobMgmt, LinkTier::Other, dev, radix, c, idx % in.oobRadix, in.oobGbps, "O1", seq);
            ++idx;
        }
        for (int sw : placed.oobAccess) {
            const int c = placed.oobCentral[static_cast<std::size_t>(idx / in.oobRadix)];
            sink.add(Fabric::OobMgmt, LinkTier::LeafSpine, sw, down, c, idx % in.oobRadix, in.oobGbps, "O2", seqUp);
            ++idx;
        }
    }
}

} // namespace hallwright::network
