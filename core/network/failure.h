// What a failed switch, link or rack costs the compute fabric: accelerators cut off, bandwidth lost.
#pragma once

#include "model/design.h"

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace hallwright {
class Catalog;
}

namespace hallwright::network {

/// The cost of a failure. An accelerator is cut off when its node is down or
/// every compute link of its NIC is lost (the link, its leaf, or all of that
/// leaf's uplinks gone). Bandwidth counts the compute links lost, one way.
struct FailureImpact
{
    long long acceleratorsCutOff = 0;
    long long nodesAffected = 0;        ///< nodes down or with at least one NIC cut off
    long long computeLinksLost = 0;
    double computeGbpsLost = 0.0;
    long long otherLinksLost = 0;       ///< storage, in-band and OOB links lost
    std::optional<double> bisectionTbpsAfter; ///< only when asked for (a max-flow per call)
};

/// Failure analysis of a design as it stands. Build once, then ask per element;
/// each question costs time in proportion to what the failure touches.
class FailureAnalyzer
{
public:
    FailureAnalyzer(const Design &design, const Catalog &catalog);
    ~FailureAnalyzer();
    FailureAnalyzer(const FailureAnalyzer &) = delete;
    FailureAnalyzer &operator=(const FailureAnalyzer &) = delete;

    FailureImpact deviceFailure(DeviceId device, bool withBisection = false) const;
    FailureImpact linkFailure(LinkId link, bool withBisection = false) const;
    /// Everything in the rack fails (e.g. it loses both power feeds).
    FailureImpact rackFailure(RackId rack, bool withBisection = false) const;
    FailureImpact failure(const std::vector<DeviceId> &devices, const std::vector<LinkId> &links,
                          bool withBisection = false) const;

    /// Every switch of the compute fabric failed in turn (no bisection).
    std::vector<std::pair<DeviceId, FailureImpact>> everyComputeSwitch() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

/// One-shot helpers for callers that ask once.
FailureImpact switchFailureImpact(const Design &design, const Catalog &catalog, DeviceId sw);
FailureImpact linkFailureImpact(const Design &design, const Catalog &catalog, LinkId link);

} // namespace hallwright::network
