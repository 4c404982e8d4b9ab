// Plugging the network engine's failure model into the power / cooling failure sweep.
#include "power/network_impact.h"

#include "network/failure.h"

namespace hallwright {

SwitchImpactFn networkSwitchImpact(const Design &design, const network::FailureAnalyzer &analyzer)
{
    return [&design, &analyzer](const std::vector<DeviceId> &switches) {
        const network::FailureImpact ni = analyzer.failure(switches, {});
        SwitchImpact si;
        si.acceleratorsCut = ni.acceleratorsCutOff;
        if (ni.nodesAffected > 0 || ni.acceleratorsCutOff > 0)
            for (DeviceId id : switches)
                if (const Device *d = design.findDevice(id); d && d->su >= 0)
                    si.sus.push_back(d->su);
        return si;
    };
}

} // namespace hallwright
