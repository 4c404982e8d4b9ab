// Cable media and transceivers: which medium fits a link's ends, its stock length, its cost (internal).
#pragma once

#include "catalog/catalog.h"
#include "model/design.h"

#include <optional>
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
int cageOf(const EndClass &end, int port);

} // namespace hallwright::network
