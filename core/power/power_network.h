// The electrical tree of a design as flat arrays, with normal loads and single-failure simulation.
#pragma once

#include "checks/phrase.h"

#include "catalog/catalog.h"
#include "model/design.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace hallwright {

/// An element of the electrical tree. UPS modules that share feed and
/// upstream are paralleled on one output bus and form one UpsSystem element;
/// all generators form one GeneratorSet that backs the roots during a utility outage.
enum class PowerElementKind { Pdu, Busway, Rpp, UpsSystem, Transformer, GeneratorSet };

const char *toString(PowerElementKind kind);

struct PowerElement
{
    PowerElementKind kind = PowerElementKind::Pdu;
    std::string name;
    std::string location;               ///< rack name for PDUs, zone name for equipment
    std::string feed;                   ///< "A", "B" or empty
    std::string catalogId;              ///< of the (first) unit
    DeviceId device;                    ///< for PDUs
    RackId rack;                        ///< for PDUs
    std::vector<EquipmentId> units;     ///< the equipment behind the element (modules of a UPS system)
    std::vector<std::string> unitNames;
    std::vector<double> unitKw;         ///< nameplate of each unit
    double ratingKw = 0.0;              ///< nameplate: the element trips (or sheds) above it
    double continuousKw = 0.0;          ///< 80 % of nameplate for PDU/busway/RPP, else nameplate
    double efficiency = 1.0;            ///< output / input (UPS, transformer)
    int parent = -1;                    ///< element index; -1 is the utility
    bool connected = true;              ///< false when its chain to a source is broken
    std::vector<int> children;
    double loadKw = 0.0;                ///< output load with every element in service
};

/// The powered load of one rack and the PDUs it draws from. Every device is
/// cabled across the rack's PDUs (multi-PSU servers, power shelves) and its
/// supplies share the load, so the rack's load splits evenly over its live
/// PDUs: half per feed normally, all on one feed when the other fails.
struct PowerShare
{
    int rack = -1;                      ///< index into PowerNetwork::racks()
    std::vector<int> pdus;              ///< element indices, feed A first
    double kw = 0.0;
    int accelerators = 0;
    std::vector<DeviceId> switches;
};

struct RackPowerInfo
{
    RackId id;
    std::string name;
    double maxKw = 0.0;                 ///< Σ catalog maximum of its devices
    int accelerators = 0;
    int su = -1;
    int share = -1;                     ///< index into PowerNetwork::shares(), -1 without load
};

/// A structural problem found while building the tree.
struct PowerProblem
{
    std::string code;                   ///< "unknown-item", "power-chain" or "rack-unpowered"
    std::string location;
    std::string message;
    Phrase text = {};                   ///< message as a translatable phrase
};

/// What fails in a scenario.
struct PowerScenario
{
    std::vector<int> elements;                  ///< elements out of service
    std::vector<std::pair<int, int>> units;     ///< (UpsSystem/GeneratorSet element, unit index) out of service
    bool utilityOutage = false;                 ///< roots fed by the generator set only
};

/// The state after a scenario settled: trips, sheds and failover included.
struct PowerOutcome
{
    std::vector<int> darkShares;                        ///< shares (racks) with no live PDU
    std::vector<int> oneFeedShares;                     ///< shares still live but with a PDU lost (devices on fewer supplies)
    /// Of oneFeedShares, those whose live PDUs are all on one feed though they drew from two
    /// (A and B) with everything in service: running, but one more failure darkens them.
    std::vector<int> redundancyLostShares;
    std::vector<int> deadElements;                      ///< failed, tripped or shed
    std::vector<std::pair<int, double>> loads;          ///< (element, load) of every element whose load changed
    std::vector<std::pair<int, double>> overContinuous; ///< live elements above their continuous rating
    std::vector<std::pair<int, double>> tripped;        ///< (element, load it tripped at) for overloads
};

/// The flat electrical model. Built once per analysis; simulate() reuses
/// scratch buffers, so one instance must not be simulated from two threads.
class PowerNetwork
{
public:
    PowerNetwork(const Design &design, const Catalog &catalog);

    const std::vector<PowerElement> &elements() const { return m_elements; }
    const std::vector<PowerShare> &shares() const { return m_shares; }
    const std::vector<RackPowerInfo> &racks() const { return m_racks; }
    /// Element index of the generator set, or -1 without generators.
    int generatorSet() const { return m_genset; }
    /// Element index of a PDU device or facility equipment (a UPS module maps to its system), or -1.
    int elementOf(DeviceId pdu) const;
    int elementOf(EquipmentId equipment) const;
    /// For a UPS module or generator: (element, unit index); (-1, -1) otherwise.
    std::pair<int, int> unitOf(EquipmentId equipment) const;

    double itKw() const { return m_itKw; }
    long long accelerators() const { return m_accelerators; }
    /// Shares under an element (its subtree), each once.
    std::vector<int> sharesUnder(int element) const;

    /// Structural problems found while building: unknown catalog items,
    /// PDUs without a feed, broken upstream links, racks without PDUs.
    const std::vector<PowerProblem> &problems() const { return m_problems; }

    /// Load the generator set carries besides the IT chain during an outage (cooling plant), kW.
    void setStandbyLoadKw(double kw);
    double standbyLoadKw() const { return m_standbyKw; }

    /// Settle a scenario: failed elements and units go dark, load fails over to
    /// the other feed, elements above nameplate trip, and paralleled systems
    /// (UPS, generators) above their remaining rating shed whole downstream
    /// branches, last first, until the rest fits.
    PowerOutcome simulate(const PowerScenario &scenario) const;

private:
    void build(const Design &design, const Catalog &catalog);
    void computeBaseline();
    bool alive(int element) const;
    void propagate(int element, double delta) const;
    void recomputeShare(int share) const;
    bool shareLive(int share) const;
    /// The share draws from live PDUs of two different feeds.
    bool shareOnTwoFeeds(int share) const;
    void kill(int element, PowerOutcome &out) const;
    void touch(int element) const;
    void restore() const;
    void addProblem(std::string code, std::string location, Phrase text)
    {
        std::string message = text.english();
        m_problems.push_back({std::move(code), std::move(location), std::move(message), std::move(text)});
    }

    std::vector<PowerElement> m_elements;
    std::vector<PowerShare> m_shares;
    std::vector<RackPowerInfo> m_racks;
    std::vector<double> m_inputFactor;          ///< input / output of each element
    std::vector<int> m_underOffset, m_under;    ///< CSR: shares under each element
    std::unordered_map<std::int64_t, int> m_pduIndex, m_equipmentIndex;
    std::unordered_map<std::int64_t, std::pair<int, int>> m_unitIndex;
    std::vector<PowerProblem> m_problems;
    int m_genset = -1;
    double m_itKw = 0.0;
    double m_standbyKw = 0.0;
    long long m_accelerators = 0;

    // Baseline (everything in service) and simulation scratch.
    std::vector<double> m_baseLoad;
    std::vector<char> m_baseDark;               ///< shares without a connected feed at all
    std::vector<char> m_baseTwoFeeds;           ///< shares drawing from two feeds with everything in service
    mutable std::vector<double> m_load, m_rating;
    mutable std::vector<char> m_dead, m_touchedFlag, m_shareTouchedFlag;
    mutable std::vector<int> m_touched, m_touchedShares;
    mutable bool m_outage = false;
};

} // namespace hallwright
