// Plugging the network engine's failure model into the power / cooling failure sweep.
#pragma once

#include "power/failure_impact.h"

namespace hallwright {

namespace network {
class FailureAnalyzer;
}

/// A SwitchImpactFn backed by network::FailureAnalyzer: the switches fail
/// together; accelerators the fabric cuts off count as lost to training, and
/// the SUs of the failed switches count as degraded when any node loses a
/// compute link. The design and analyzer must outlive the function.
SwitchImpactFn networkSwitchImpact(const Design &design, const network::FailureAnalyzer &analyzer);

} // namespace hallwright
