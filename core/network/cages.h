// Cages and fixed-end cables: which links share one physical cable, and the cage-split-cable rule.
#pragma once

#include "checks/check.h"
#include "model/design.h"

#include <vector>

namespace hallwright {
class Catalog;
}

namespace hallwright::network {

/// Per link: 1 when the link starts a physical cable, 0 when it rides on the
/// cable of an earlier link (the second port of a twin-port DAC or ACC: one
/// cable joins the two cages, carrying both links) or has no known medium.
/// A fibre cord carries one link, so every optical link starts its own cable.
std::vector<char> cableStarts(const Design &design, const Catalog &catalog);

/// Rule cage-split-cable: a cable with fixed ends (DAC, ACC, AOC) cannot split.
/// It fails where such a cable sits in a cage whose ports go to different far
/// devices or cages (or carry different media), and where its end does not
/// match the cage it plugs into (a single-port AOC in a twin-port OSFP cage).
/// Such a cage takes a twin-port transceiver and one fibre per port.
/// One finding per kind, with the count and the first cage.
CheckList checkCageSplitCables(const Design &design, const Catalog &catalog);

} // namespace hallwright::network
