// Cable media and transceivers: which medium fits a link's ends, its stock length, its cost (internal).
#pragma once

#include "catalog/catalog.h"
#include "model/design.h"

#include <bit>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

namespace hallwright::network {

/// What a link end plugs into, as far as media and modules are concerned.
enum class EndKind {
    NodeTwin,   ///< a node's twin-port compute cage (DGX H100: 2 links per OSFP)
    NodeSingle, ///< a single-port NIC
    SwitchCage, ///< a switch data port inside a cage of `cageGbps`
    SwitchMgmt, ///< a switch's RJ45 management port
    Other       ///< patch panel, storage array, unknown device
};

struct EndClass
{
    EndKind kind = EndKind::Other;
    double cageGbps = 0.0;      ///< SwitchCage: bandwidth of the cage (0 = unknown)
    int portsPerCage = 1;       ///< SwitchCage / NodeTwin: links sharing one module
    const std::string *formFactor = nullptr; ///< NodeTwin / NodeSingle: the NIC cages' form factor, null = any
};

/// A catalog medium resolved once: its modules and its usable stock lengths.
struct MediumInfo
{
    const MediumSpec *spec = nullptr;
    const TransceiverSpec *module = nullptr;    ///< switch-side (or both-side) module, null for DAC/ACC/AOC
    const TransceiverSpec *nicModule = nullptr; ///< NIC-side module when different
    std::vector<double> stocks;                 ///< sorted, none beyond reach; empty = cut to length
};

/// Speeds at or below this are management links (RJ45 copper, or fibre through
/// media converters beyond copper's reach); above it are fabric links.
inline constexpr double kCopperMaxGbps = 10.0;

/// The media of a catalog, resolved for fast repeated choice.
class MediaTable
{
public:
    explicit MediaTable(const Catalog &catalog);

    const std::vector<MediumInfo> &media() const { return m_media; }
    const MediumInfo *find(const std::string &id) const;

    /// The module a medium needs at an end; null when none (copper, AOC) or when it cannot plug in.
    const TransceiverSpec *moduleAt(const MediumInfo &m, const EndClass &end) const;
    /// True when the medium carries `gbps` and plugs into both ends.
    bool compatible(const MediumInfo &m, double gbps, const EndClass &a, const EndClass &b) const;
    /// Shortest stock length of the medium covering `required` metres within reach; nullopt if none.
    std::optional<double> stockLength(const MediumInfo &m, double required) const;
    /// Price per link: one cable of `lengthM` (a fixed-end cable shared by the ports
    /// of its end) plus the link's share of the modules at both ends.
    double cost(const MediumInfo &m, double lengthM, const EndClass &a, const EndClass &b) const;

    /// True when the medium plugs into the end: its module fits the cage, or a
    /// fixed-end cable's end carries exactly the cage's ports at the cage's speed.
    bool fits(const MediumInfo &m, const EndClass &end) const;

private:
    std::vector<MediumInfo> m_media;
};

/// True for a cable with fixed ends (DAC, ACC, AOC: no pluggable module): it joins
/// one cage to one cage, so every port of each of its cages goes to the same far cage.
bool isFixedEnd(const MediumInfo &m);

/// Classifies a link end from its device's catalog item and the link.
EndClass classifyEnd(const Device *device, const NodeSpec *node, const SwitchSpec *sw, const Link &link);

/// Cage index of an end for twin-port grouping; -1 when the end shares no module.
/// (Inline: every pass over a large hall's links asks it for each end.)
inline int cageOf(const EndClass &end, int port)
{
    if ((end.kind == EndKind::SwitchCage || end.kind == EndKind::NodeTwin) && end.portsPerCage > 1 && port >= 0)
        return port / end.portsPerCage;
    return -1;
}

/// classifyEnd for many links, each distinct class held once. The class of an end depends
/// only on its device's kind and catalog item and on the link's fabric and speed, so a
/// design's hundreds of thousands of link ends have a handful of classes: an end is
/// classified once per such key, and a table of ends stores a small index instead of an
/// EndClass. Equal classes (compared field by field, speeds bit for bit) share one index.
class EndClassifier
{
public:
    using Index = std::uint32_t;

    EndClassifier();
    /// The class of `link`'s end at `device` (null: an unknown device, class 0 = EndClass{}).
    /// `hint` is the caller's cache of the last key it asked about at that end (links come in
    /// runs of one kind): pass the same variable for the same end of consecutive links.
    Index classify(const Device *device, const NodeSpec *node, const SwitchSpec *sw, const Link &link,
                   std::size_t &hint)
    {
        if (!device)
            return 0;
        const Key key{device->kind, node, sw, link.fabric, std::bit_cast<std::uint64_t>(link.gbps)};
        if (hint < m_keys.size() && m_keys[hint] == key)
            return m_classOfKey[hint];
        return classifyNew(key, device, node, sw, link, hint);
    }
    const EndClass &operator[](Index i) const { return m_classes[i]; }
    std::size_t size() const { return m_classes.size(); }

private:
    struct Key
    {
        DeviceKind kind;
        const NodeSpec *node;
        const SwitchSpec *sw;
        Fabric fabric;
        std::uint64_t gbpsBits;
        bool operator==(const Key &) const = default;
    };
    struct KeyHash
    {
        std::size_t operator()(const Key &k) const noexcept;
    };
    struct ClassKey
    {
        EndKind kind;
        std::uint64_t cageGbpsBits;
        int portsPerCage;
        const std::string *formFactor;
        bool operator==(const ClassKey &) const = default;
    };
    struct ClassKeyHash
    {
        std::size_t operator()(const ClassKey &k) const noexcept;
    };
    Index intern(const EndClass &e);
    Index classifyNew(const Key &key, const Device *device, const NodeSpec *node, const SwitchSpec *sw,
                      const Link &link, std::size_t &hint);

    std::vector<Key> m_keys;                               ///< keys asked about, in order
    std::vector<Index> m_classOfKey;                       ///< per key: its class
    std::unordered_map<Key, std::size_t, KeyHash> m_keyIndex;
    std::vector<EndClass> m_classes;                       ///< class 0 is EndClass{}
    std::unordered_map<ClassKey, Index, ClassKeyHash> m_classIndex;
};

} // namespace hallwright::network
