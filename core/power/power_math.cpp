// Electrical arithmetic of the power chain: three-phase capacity, continuous derating, device loads.
#include "power/power_math.h"

#include <algorithm>
#include <cmath>

namespace hallwright {

double threePhaseKw(double lineVoltageV, double currentA, double powerFactor)
{
    return std::sqrt(3.0) * lineVoltageV * currentA * powerFactor / 1000.0;
}

double singlePhaseKw(double voltageV, double currentA, double powerFactor)
{
    return voltageV * currentA * powerFactor / 1000.0;
}

bool isDerated(PowerKind kind)
{
    return kind == PowerKind::Pdu || kind == PowerKind::Busway || kind == PowerKind::Rpp;
}

double nameplateKw(const PowerSpec &spec)
{
    if (isDerated(spec.kind) && spec.voltageV > 0.0 && spec.currentA > 0.0) {
        const double pf = spec.powerFactor > 0.0 ? spec.powerFactor : 1.0;
        return spec.phases == 3 ? threePhaseKw(spec.voltageV, spec.currentA, pf)
                                : singlePhaseKw(spec.voltageV, spec.currentA, pf);
    }
    return spec.ratedKw;
}

double continuousKw(const PowerSpec &spec)
{
    return isDerated(spec.kind) ? nameplateKw(spec) * kContinuousDerating : nameplateKw(spec);
}

std::optional<double> deviceLoadKw(const Device &device, const Catalog &catalog)
{
    switch (device.kind) {
    case DeviceKind::Pdu:
    case DeviceKind::PatchPanel:
        return 0.0;
    case DeviceKind::Switch:
        if (const SwitchSpec *s = catalog.switchSpec(device.catalogId))
            return s->maxW / 1000.0;
        return std::nullopt;
    case DeviceKind::ComputeNode:
    case DeviceKind::Storage:
    case DeviceKind::Other:
        if (const NodeSpec *n = catalog.node(device.catalogId))
            return n->maxKw;
        if (const SwitchSpec *s = catalog.switchSpec(device.catalogId))
            return s->maxW / 1000.0;
        // An "other" device without a catalog entry (a shelf, a blanking kit) draws nothing.
        if (device.kind == DeviceKind::Other)
            return 0.0;
        return std::nullopt;
    }
    return std::nullopt;
}

int deviceAccelerators(const Device &device, const Catalog &catalog)
{
    if (device.kind != DeviceKind::ComputeNode)
        return 0;
    const NodeSpec *n = catalog.node(device.catalogId);
    return n ? n->acceleratorsPerNode : 0;
}

double deviceLiquidFraction(const Device &device, const Catalog &catalog)
{
    if (device.kind == DeviceKind::Switch || device.kind == DeviceKind::Pdu || device.kind == DeviceKind::PatchPanel)
        return 0.0;
    const NodeSpec *n = catalog.node(device.catalogId);
    return n ? std::clamp(n->liquidFraction, 0.0, 1.0) : 0.0;
}

std::optional<PowerKind> powerKindOf(EquipmentKind kind)
{
    switch (kind) {
    case EquipmentKind::Busway: return PowerKind::Busway;
    case EquipmentKind::Rpp: return PowerKind::Rpp;
    case EquipmentKind::Ups: return PowerKind::Ups;
    case EquipmentKind::Transformer: return PowerKind::Transformer;
    case EquipmentKind::Generator: return PowerKind::Generator;
    default: return std::nullopt;
    }
}

} // namespace hallwright
