// Translated display names of the model's enumerations.
#include "common/labels.h"

namespace hallwright::views {

QString Labels::rackRole(RackRole role)
{
    switch (role) {
    case RackRole::Compute: return tr("Compute rack");
    case RackRole::Leaf: return tr("Leaf rack");
    case RackRole::Spine: return tr("Spine rack");
    case RackRole::Core: return tr("Core rack");
    case RackRole::Storage: return tr("Storage rack");
    case RackRole::Management: return tr("Management rack");
    }
    return {};
}

QString Labels::rackRoleGroup(RackRole role)
{
    switch (role) {
    case RackRole::Compute: return tr("Compute racks");
    case RackRole::Leaf: return tr("Leaf-switch racks");
    case RackRole::Spine: return tr("Spine-switch racks");
    case RackRole::Core: return tr("Core-switch racks");
    case RackRole::Storage: return tr("Storage racks");
    case RackRole::Management: return tr("Management racks");
    }
    return {};
}

QString Labels::zoneKind(ZoneKind kind)
{
    switch (kind) {
    case ZoneKind::Compute: return tr("White space");
    case ZoneKind::Network: return tr("Network");
    case ZoneKind::Power: return tr("Electrical room");
    case ZoneKind::Cooling: return tr("Cooling gallery");
    case ZoneKind::Storage: return tr("Storage");
    case ZoneKind::Yard: return tr("Outdoor yard");
    }
    return {};
}

QString Labels::deviceKind(DeviceKind kind)
{
    switch (kind) {
    case DeviceKind::ComputeNode: return tr("Compute node");
    case DeviceKind::Switch: return tr("Switch");
    case DeviceKind::PatchPanel: return tr("Patch panel");
    case DeviceKind::Pdu: return tr("Rack PDU");
    case DeviceKind::Storage: return tr("Storage");
    case DeviceKind::Other: return tr("Other");
    }
    return {};
}

QString Labels::equipmentKind(EquipmentKind kind)
{
    switch (kind) {
    case EquipmentKind::Busway: return tr("Busway");
    case EquipmentKind::Rpp: return tr("RPP");
    case EquipmentKind::Ups: return tr("UPS module");
    case EquipmentKind::Transformer: return tr("Transformer");
    case EquipmentKind::Generator: return tr("Generator");
    case EquipmentKind::Crah: return tr("CRAH unit");
    case EquipmentKind::Cdu: return tr("CDU");
    case EquipmentKind::Chiller: return tr("Chiller");
    case EquipmentKind::Switchgear: return tr("Switchgear");
    case EquipmentKind::Mcc: return tr("Motor-control centre");
    case EquipmentKind::Battery: return tr("UPS battery cabinet");
    case EquipmentKind::DryCooler: return tr("Dry cooler");
    case EquipmentKind::Pump: return tr("Pump set");
    }
    return {};
}

QString Labels::fabric(Fabric fabric)
{
    switch (fabric) {
    case Fabric::Compute: return tr("Compute fabric");
    case Fabric::Storage: return tr("Storage fabric");
    case Fabric::InbandMgmt: return tr("In-band management");
    case Fabric::OobMgmt: return tr("Out-of-band management");
    case Fabric::NvLink: return tr("NVLink");
    }
    return {};
}

QString Labels::tier(LinkTier tier)
{
    switch (tier) {
    case LinkTier::NodeLeaf: return tr("Node – leaf");
    case LinkTier::LeafSpine: return tr("Leaf – spine");
    case LinkTier::SpineCore: return tr("Spine – core");
    case LinkTier::Other: return tr("Other");
    }
    return {};
}

QString Labels::facing(Facing facing)
{
    return facing == Facing::North ? tr("North") : tr("South");
}

QString Labels::su(int su)
{
    return su < 0 ? tr("central") : tr("SU %1").arg(su + 1);
}

} // namespace hallwright::views
