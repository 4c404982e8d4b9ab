// Names installers write on labels: ports as cage/lane (OSFP3/2), 1-based, and floor-grid locations.
#pragma once

#include "catalog/catalog.h"
#include "model/design.h"

#include <array>
#include <string>
#include <unordered_map>
#include <vector>
#include <utility>

namespace hallwright {

/// The floor-grid cell of a point: 600 mm raised-floor tiles counted from the
/// hall's south-west corner, columns lettered west to east (A … Z, AA …),
/// rows numbered south to north from 1: "C07". The grid of a rack is the tile
/// under the middle of its front (cold-aisle) edge.
std::string gridCell(double xM, double yM);
std::string rackGrid(const Rack &rack);

/// Letters of a 0-based column: 0 → "A", 25 → "Z", 26 → "AA".
std::string gridColumn(int index);

/// Port names as printed on the devices and on installers' labels, 1-based:
/// - a twin-port cage (DGX H100 compute OSFP, a split switch cage) is
///   "<form factor><cage>/<lane>", e.g. "OSFP3/2" for the 0-based port 5 of
///   two-lane cages; the form factor is the module's (the link's medium), or
///   "P" when the medium is a cable without modules;
/// - a single-lane switch port "<form factor><n>", a switch management port "MGMT";
/// - a node's single-port compute NIC "NIC<n>", storage / front-end ports
///   "FE<n>", in-band management "MGMT<n>", BMC "BMC" (then "BMC2" …),
///   scale-up ports "NVL<n>";
/// - a patch-panel position "P<n>"; anything else "<n>".
class PortNamer
{
public:
    PortNamer(const Design &design, const Catalog &catalog);

    std::string name(const Link &link, const PortRef &end) const;

    /// Position of a device in design.devices; -1 when no device has the id.
    int deviceIndex(DeviceId id) const;

private:
    struct DeviceInfo
    {
        const Device *device = nullptr;
        const NodeSpec *node = nullptr;
        const SwitchSpec *sw = nullptr;
        /// Lowest port the device uses per fabric: node ports are numbered compute
        /// first, then storage, in-band, BMC, so a port's ordinal within its fabric
        /// is its index less that base.
        std::array<int, 5> fabricBase{};
        std::string switchFormFactor; ///< the cage form factor its modules show, "" if none
    };
    struct MediumInfo
    {
        std::string switchSide, nicSide; ///< module form factors, "P" without a module
        bool hasModule = false;
    };
    const MediumInfo &medium(const std::string &id) const;

    std::vector<DeviceInfo> m_devices;
    std::vector<int> m_denseIndex;                       ///< id → position when ids are dense
    std::unordered_map<std::int64_t, int> m_sparseIndex; ///< otherwise
    const Catalog &m_catalog;
    mutable std::unordered_map<std::string, MediumInfo> m_media;
};

} // namespace hallwright
