// The hardware catalog: accelerators, nodes, switches, NICs, optics, cables,
// racks, power and cooling equipment, each with the source of its figures.
#pragma once

#include "checks/phrase.h"

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace hallwright {

/// Where an item's figures come from. `source` cites a document (title and
/// URL); `estimated` names the fields that are estimates rather than sourced
/// figures (e.g. "price_cny"); `note` records disagreements between sources.
struct Provenance
{
    std::string source;
    std::vector<std::string> estimated;
    std::string note;

    bool isEstimated(const std::string &field) const;
    bool operator==(const Provenance &) const = default;
};

struct AcceleratorSpec
{
    std::string id, name, vendor;
    std::string nameZh;            ///< Simplified Chinese name (name_zh); empty when the catalog gives none
    double bf16DenseTflops = 0.0;              ///< peak dense BF16, TFLOP/s
    std::optional<double> fp8DenseTflops;      ///< peak dense FP8 where the part has it
    double tdpW = 0.0;
    double memoryGb = 0.0;
    double memoryBandwidthTBs = 0.0;
    double scaleUpGBs = 0.0;                   ///< NVLink/HCCS bandwidth per accelerator, GB/s (one direction)
    /// Share of dense BF16 peak that large training GEMMs reach (the performance
    /// model's default gemm_efficiency); its own source, "estimate: …" when not measured.
    std::optional<double> gemmEfficiency;
    std::string gemmEfficiencySource;
    Provenance provenance;

    bool operator==(const AcceleratorSpec &) const = default;
};

enum class CoolingType { Air, Liquid };

/// A compute node: an 8-GPU server or a whole rack-scale system.
struct NodeSpec
{
    std::string id, name, vendor;
    std::string nameZh;            ///< Simplified Chinese name (name_zh); empty when the catalog gives none
    std::string acceleratorId;
    int acceleratorsPerNode = 0;
    int nvlinkDomain = 0;          ///< accelerators in one NVLink/HCCS domain
    bool rackScale = false;        ///< the node is a whole rack (GB200 NVL72)
    int computeNics = 0;           ///< back-end NICs, one per rail
    double computeNicGbps = 0.0;
    /// Compute links carried by one node-side transceiver: 2 where the node has
    /// twin-port OSFP cages (DGX H100/B200), 1 for single-port PCIe NICs.
    int computeLinksPerModule = 1;
    /// Form factor of the compute NIC cages ("OSFP", "QSFP112", "QSFP56"): a NIC-side
    /// module must have it. Empty when not known (any module of the right speed fits).
    std::string computeNicFormFactor;
    int storageNics = 0;           ///< front-end / storage ports
    double storageNicGbps = 0.0;
    int mgmtPorts = 1;             ///< in-band management ports
    int oobPorts = 1;              ///< BMC ports (1 GbE)
    double maxKw = 0.0;
    double typicalKw = 0.0;
    int uHeight = 0;
    double weightKg = 0.0;
    CoolingType cooling = CoolingType::Air;
    double liquidFraction = 0.0;   ///< share of heat removed by liquid (0 for air-cooled)
    int powerSupplies = 0;
    double powerSupplyKw = 0.0;    ///< output rating of one supply; 0 when unknown (split N+N over feeds A and B)
    double priceCny = 0.0;         ///< indicative
    /// Link layers the compute NICs speak ("infiniband", "ethernet"). Empty means
    /// either (VPI adapters such as ConnectX-7); RoCE-only NICs (Ascend's on-chip
    /// 200GE/400GE ports) list only "ethernet", so an InfiniBand switch cannot serve them.
    std::vector<std::string> computeNicTechnologies;
    /// Nodes forming one super-node whose scale-up domain spans several of them
    /// (Huawei CloudMatrix 384: 12 compute cabinets); 0 when the node is its own
    /// domain. With it, nvlinkDomain = supernodeNodes × acceleratorsPerNode.
    int supernodeNodes = 0;
    /// Scale-up switch racks each super-node adds besides its compute racks
    /// (CloudMatrix 384: 4 UB-switch cabinets), and the draw of one of them.
    int supernodeSwitchRacks = 0;
    double supernodeSwitchRackKw = 0.0;
    /// Market lease price of one accelerator-hour on this platform, CNY (the lease
    /// model's default price); listed in `estimated` when not a quoted figure.
    std::optional<double> marketPricePerAcceleratorHourCny;
    std::string marketPriceSource;
    Provenance provenance;

    /// True when the compute NICs can run on a switch of `technology`.
    bool computeNicsSpeak(const std::string &technology) const;
    bool operator==(const NodeSpec &) const = default;
};

struct SwitchSpec
{
    std::string id, name, vendor;
    std::string nameZh;            ///< Simplified Chinese name (name_zh); empty when the catalog gives none
    std::string technology;        ///< "infiniband" or "ethernet"
    int ports = 0;                 ///< ports at portGbps (after splitting twin-port cages)
    double portGbps = 0.0;
    int cages = 0;                 ///< physical transceiver cages
    double cageGbps = 0.0;         ///< bandwidth of one cage (800 for a twin-port 2×400G OSFP cage)
    int uplinks = 0;               ///< dedicated uplink ports besides `ports` (e.g. 4×100G on a 1G switch)
    double uplinkGbps = 0.0;
    int uHeight = 1;
    double maxW = 0.0;
    double weightKg = 0.0;
    double priceCny = 0.0;
    Provenance provenance;

    /// Ports available at `gbps` (≤ portGbps) by splitting cages into whole links:
    /// cages × ⌊cageGbps / gbps⌋, or ports × ⌊portGbps / gbps⌋ without cage data;
    /// 0 when gbps exceeds portGbps.
    int portsAt(double gbps) const;
    bool operator==(const SwitchSpec &) const = default;
};

struct NicSpec
{
    std::string id, name, vendor;
    std::string nameZh;            ///< Simplified Chinese name (name_zh); empty when the catalog gives none
    int ports = 1;
    double portGbps = 0.0;
    double maxW = 0.0;
    double priceCny = 0.0;
    Provenance provenance;

    bool operator==(const NicSpec &) const = default;
};

/// A pluggable transceiver module. linksPerModule is 2 for a twin-port module.
struct TransceiverSpec
{
    std::string id, name;
    std::string nameZh;            ///< Simplified Chinese name (name_zh); empty when the catalog gives none
    std::string formFactor;        ///< "OSFP", "QSFP112", …
    double gbps = 0.0;             ///< per link
    int linksPerModule = 1;
    std::string media;             ///< "mm" or "sm"
    double reachM = 0.0;
    double powerW = 0.0;
    double priceCny = 0.0;
    Provenance provenance;

    bool operator==(const TransceiverSpec &) const = default;
};

enum class MediumKind { Dac, Acc, Aoc, MultiMode, SingleMode, Copper1G };

/// A cable type: copper, active copper, AOC, or fibre that needs transceivers.
struct MediumSpec
{
    std::string id, name;
    std::string nameZh;            ///< Simplified Chinese name (name_zh); empty when the catalog gives none
    MediumKind kind = MediumKind::Dac;
    double gbps = 0.0;
    double maxReachM = 0.0;
    std::string transceiverId;     ///< module needed at each end (empty for DAC/ACC/AOC)
    /// Module at a NIC end when it differs from transceiverId (single-port
    /// flat-top 400G facing a twin-port 800G switch module); empty if the same.
    std::string nicTransceiverId;
    /// A cable with fixed ends (DAC, ACC, AOC): the links one end carries, i.e.
    /// the ports of the cage it fills (2 for a twin-port OSFP 2x400G DAC). Such a
    /// cable joins one cage to one cage; fibre media carry one link per cord (1).
    int portsPerEnd = 1;
    std::vector<double> stockLengthsM; ///< empty means cut to length (fibre trunks)
    double priceCnyFixed = 0.0;    ///< per cable
    double priceCnyPerM = 0.0;     ///< per metre
    double diameterMm = 0.0;       ///< outer diameter, for tray fill
    Provenance provenance;

    bool operator==(const MediumSpec &) const = default;
};

/// A passive patch panel of `ports` adapter positions (one link each), placed
/// in network racks for the runs between SU network racks and the central row.
struct PatchPanelSpec
{
    std::string id, name;
    std::string nameZh;            ///< Simplified Chinese name (name_zh); empty when the catalog gives none
    int uHeight = 1;
    int ports = 0;                 ///< adapter positions, one link each
    std::string connector;         ///< "MPO-12", "LC duplex", "RJ45" …
    double weightKg = 0.0;
    double priceCny = 0.0;
    Provenance provenance;

    bool operator==(const PatchPanelSpec &) const = default;
};

struct RackSpec
{
    std::string id, name;
    std::string nameZh;            ///< Simplified Chinese name (name_zh); empty when the catalog gives none
    double widthM = 0.6, depthM = 1.2;
    int heightU = 42;
    double staticLoadKg = 0.0;
    double emptyWeightKg = 0.0;
    double priceCny = 0.0;
    Provenance provenance;

    bool operator==(const RackSpec &) const = default;
};

enum class PowerKind { Pdu, Busway, Rpp, Ups, Transformer, Generator, Switchgear, Mcc, Battery };

/// ISO 8528-1 rating of a generator set: Standby (ESP, limited hours a year),
/// Prime (PRP, unlimited hours at a varying load), DataCentre (DCP, unlimited
/// hours at the rated load with a reliable utility). Not a generator: None.
enum class GeneratorRating { None, Standby, Prime, DataCentre };

struct PowerSpec
{
    std::string id, name;
    std::string nameZh;            ///< Simplified Chinese name (name_zh); empty when the catalog gives none
    PowerKind kind = PowerKind::Pdu;
    double voltageV = 0.0;         ///< line-to-line for three-phase
    double currentA = 0.0;
    int phases = 3;
    double powerFactor = 1.0;
    double ratedKw = 0.0;          ///< nameplate real power (kVA × PF where the maker gives kVA)
    double efficiency = 1.0;
    double widthM = 0.0, depthM = 0.0;
    double priceCny = 0.0;
    GeneratorRating rating = GeneratorRating::None; ///< generators: the ISO 8528-1 rating ratedKw is
    double energyKwh = 0.0;        ///< batteries: usable energy
    Provenance provenance;

    bool operator==(const PowerSpec &) const = default;
};

/// RearDoor: an active rear-door heat exchanger on a rack (its coil takes the rack's exhaust heat
/// into water from the CDUs; its fans' power is powerKw at capacity).
enum class CoolingKind { Crah, FanWall, Cdu, Chiller, DryCooler, Pump, RearDoor };

struct CoolingSpec
{
    std::string id, name;
    std::string nameZh;            ///< Simplified Chinese name (name_zh); empty when the catalog gives none
    CoolingKind kind = CoolingKind::Crah;
    double capacityKw = 0.0;
    double airflowM3s = 0.0;       ///< for air units
    double coolantFlowLps = 0.0;   ///< for CDUs
    double powerKw = 0.0;          ///< own electrical draw at capacity
    double widthM = 0.0, depthM = 0.0;
    double priceCny = 0.0;
    Provenance provenance;

    bool operator==(const CoolingSpec &) const = default;
};

class CatalogError : public PhrasedException<std::runtime_error>
{
public:
    using PhrasedException::PhrasedException;
};

/// The catalog: built-in items plus the user's own. Lookup by id.
class Catalog
{
public:
    /// The built-in catalog shipped in resources/catalog/catalog.json (compiled in).
    static const Catalog &builtin();

    /// Parse catalog JSON text (schema "hallwright.catalog/1"); throws CatalogError
    /// naming the section, item and field on malformed input. References
    /// (node.accelerator, medium.transceiver) may name items of this text or of
    /// the built-in catalog, so a user catalog can build on built-in parts.
    static Catalog fromJson(const std::string &text);
    /// The catalog as JSON (same schema); fromJson(toJson()) == *this.
    std::string toJson() const;

    /// Add or replace items from another catalog (user items override built-ins by id).
    void merge(const Catalog &other);

    const AcceleratorSpec *accelerator(const std::string &id) const;
    const NodeSpec *node(const std::string &id) const;
    const SwitchSpec *switchSpec(const std::string &id) const;
    const NicSpec *nic(const std::string &id) const;
    const TransceiverSpec *transceiver(const std::string &id) const;
    const MediumSpec *medium(const std::string &id) const;
    const PatchPanelSpec *patchPanel(const std::string &id) const;
    const RackSpec *rack(const std::string &id) const;
    const PowerSpec *power(const std::string &id) const;
    const CoolingSpec *cooling(const std::string &id) const;

    const std::map<std::string, AcceleratorSpec> &accelerators() const { return m_accelerators; }
    const std::map<std::string, NodeSpec> &nodes() const { return m_nodes; }
    const std::map<std::string, SwitchSpec> &switches() const { return m_switches; }
    const std::map<std::string, NicSpec> &nics() const { return m_nics; }
    const std::map<std::string, TransceiverSpec> &transceivers() const { return m_transceivers; }
    const std::map<std::string, MediumSpec> &media() const { return m_media; }
    const std::map<std::string, PatchPanelSpec> &patchPanels() const { return m_patchPanels; }
    const std::map<std::string, RackSpec> &racks() const { return m_racks; }
    const std::map<std::string, PowerSpec> &powerItems() const { return m_power; }
    const std::map<std::string, CoolingSpec> &coolingItems() const { return m_cooling; }

    bool empty() const;
    std::size_t size() const;

    bool operator==(const Catalog &) const = default;

private:
    /// fromJson with references resolved against this text and `fallback` (may be null).
    static Catalog parse(const std::string &text, const Catalog *fallback);

    std::map<std::string, AcceleratorSpec> m_accelerators;
    std::map<std::string, NodeSpec> m_nodes;
    std::map<std::string, SwitchSpec> m_switches;
    std::map<std::string, NicSpec> m_nics;
    std::map<std::string, TransceiverSpec> m_transceivers;
    std::map<std::string, MediumSpec> m_media;
    std::map<std::string, PatchPanelSpec> m_patchPanels;
    std::map<std::string, RackSpec> m_racks;
    std::map<std::string, PowerSpec> m_power;
    std::map<std::string, CoolingSpec> m_cooling;
};

const char *toString(CoolingType);
const char *toString(MediumKind);
const char *toString(PowerKind);
const char *toString(CoolingKind);

/// The smallest cooling item of `kind` whose capacity carries `kw`, else the largest of
/// that kind; nullptr when the catalog has none with a capacity.
const CoolingSpec *smallestCoolingFor(const Catalog &catalog, CoolingKind kind, double kw);
const char *toString(GeneratorRating);

} // namespace hallwright
