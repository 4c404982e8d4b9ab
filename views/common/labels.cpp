// Translated display names of the model's enumerations.
#include "common/labels.h"

#include "report/catalog_sources.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

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

QString Labels::checkRule(const QString &code)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("air-cooling-limit"), QT_TR_NOOP("Air cooling limit")},
        {QStringLiteral("airflow-velocity"), QT_TR_NOOP("Air velocity at the gallery opening")},
        {QStringLiteral("aisle-too-narrow"), QT_TR_NOOP("Aisle too narrow")},
        {QStringLiteral("aisle-mixed"), QT_TR_NOOP("Hot and cold aisles mixed")},
        {QStringLiteral("rear-door-capacity"), QT_TR_NOOP("Rear door capacity")},
        {QStringLiteral("rear-door-failure"), QT_TR_NOOP("Rear door failure")},
        {QStringLiteral("brief-invalid"), QT_TR_NOOP("Brief not valid")},
        {QStringLiteral("cable-beyond-reach"), QT_TR_NOOP("Cable beyond its reach")},
        {QStringLiteral("cage-split-cable"), QT_TR_NOOP("Cable cannot split in its cage")},
        {QStringLiteral("capex-incomplete"), QT_TR_NOOP("Capex incomplete")},
        {QStringLiteral("cooling-shortfall"), QT_TR_NOOP("Cooling shortfall")},
        {QStringLiteral("cooling-undeliverable"), QT_TR_NOOP("Cooling cannot reach the room")},
        {QStringLiteral("device-outside-rack"), QT_TR_NOOP("Device outside its rack")},
        {QStringLiteral("device-overlap"), QT_TR_NOOP("Devices overlap")},
        {QStringLiteral("feed-overload"), QT_TR_NOOP("Feed overloaded")},
        {QStringLiteral("floor-load"), QT_TR_NOOP("Floor load")},
        {QStringLiteral("generator-paralleling"), QT_TR_NOOP("Generators on one bus")},
        {QStringLiteral("generator-rating"), QT_TR_NOOP("Generator rating")},
        {QStringLiteral("link-dangling"), QT_TR_NOOP("Link to a missing device")},
        {QStringLiteral("link-uncabled"), QT_TR_NOOP("Link without a cable")},
        {QStringLiteral("load-unfed"), QT_TR_NOOP("Load without a supply")},
        {QStringLiteral("lease-not-evaluated"), QT_TR_NOOP("Lease not evaluated")},
        {QStringLiteral("nic-unlinked"), QT_TR_NOOP("NIC without a link")},
        {QStringLiteral("overloaded-feed"), QT_TR_NOOP("Feed overloaded")},
        {QStringLiteral("port-conflict"), QT_TR_NOOP("Port used twice")},
        {QStringLiteral("power-chain"), QT_TR_NOOP("Power chain broken")},
        {QStringLiteral("rack-cooling-limit"), QT_TR_NOOP("Rack cooling limit")},
        {QStringLiteral("rack-on-obstacle"), QT_TR_NOOP("Rack on an obstacle")},
        {QStringLiteral("rack-outside-hall"), QT_TR_NOOP("Rack outside the hall")},
        {QStringLiteral("rack-overlap"), QT_TR_NOOP("Racks overlap")},
        {QStringLiteral("rack-overweight"), QT_TR_NOOP("Rack overweight")},
        {QStringLiteral("rack-power-limit"), QT_TR_NOOP("Rack power limit")},
        {QStringLiteral("rack-unpowered"), QT_TR_NOOP("Rack without power")},
        {QStringLiteral("redundancy-not-met"), QT_TR_NOOP("Redundancy not met")},
        {QStringLiteral("single-feed"), QT_TR_NOOP("Single feed")},
        {QStringLiteral("single-point-of-failure"), QT_TR_NOOP("Single point of failure")},
        {QStringLiteral("training-idle-accelerators"), QT_TR_NOOP("Idle accelerators in training")},
        {QStringLiteral("training-not-estimated"), QT_TR_NOOP("Training time not estimated")},
        {QStringLiteral("tray-overfill"), QT_TR_NOOP("Cable tray overfilled")},
        {QStringLiteral("unknown-item"), QT_TR_NOOP("Item not in the catalog")},
    };
    const auto it = names.constFind(code);
    return it == names.constEnd() ? code : tr(it.value());
}

QString Labels::placeName(const std::string &name)
{
    return placeName(name, [](const char *context, const char *source) {
        return QCoreApplication::translate(context, source);
    });
}

QString Labels::placeName(const std::string &name,
                          const std::function<QString(const char *context, const char *source)> &translate)
{
    const auto tr = [&](const char *source) {
        const QString t = translate("Labels", source);
        return t.isEmpty() ? QString::fromUtf8(source) : t;
    };
    // The names core/layout, core/power and core/cooling give (layout.cpp, yard.h, power_network.cpp).
    static const QHash<QString, const char *> fixed = {
        {QStringLiteral("White space"), QT_TR_NOOP("White space")},
        {QStringLiteral("Electrical room"), QT_TR_NOOP("Electrical room")},
        {QStringLiteral("West cooling gallery"), QT_TR_NOOP("West cooling gallery")},
        {QStringLiteral("East cooling gallery"), QT_TR_NOOP("East cooling gallery")},
        {QStringLiteral("North cooling gallery"), QT_TR_NOOP("North cooling gallery")},
        {QStringLiteral("South cooling gallery"), QT_TR_NOOP("South cooling gallery")},
        {QStringLiteral("Central network row"), QT_TR_NOOP("Central network row")},
        {QStringLiteral("Generator yard"), QT_TR_NOOP("Generator yard")},
        {QStringLiteral("Chiller yard"), QT_TR_NOOP("Chiller yard")},
        {QStringLiteral("Generators"), QT_TR_NOOP("Generators")},
    };
    const QString n = QString::fromStdString(name);
    if (const auto it = fixed.constFind(n); it != fixed.constEnd())
        return tr(it.value());
    // "Row A" … "Row AB": the letters stay, the word is translated.
    static const QRegularExpression row(QStringLiteral("^Row ([A-Z]{1,3})$"));
    if (const QRegularExpressionMatch m = row.match(n); m.hasMatch())
        return tr("Row %1").arg(m.captured(1));
    // "A01-N1 compute port 3", "L01-1 port 17" (the checks' locations, ports 1-based): the names stay.
    static const QRegularExpression port(QStringLiteral("^(\\S+) (compute )?port (\\d+)$"));
    if (const QRegularExpressionMatch m = port.match(n); m.hasMatch())
        return (m.capturedLength(2) > 0 ? tr("%1 compute port %2") : tr("%1 port %2")).arg(m.captured(1), m.captured(3));
    return n;
}

QString Labels::leaseDriver(lease::Driver driver)
{
    switch (driver) {
    case lease::Driver::Price: return tr("Lease price");
    case lease::Driver::Utilization: return tr("Utilization");
    case lease::Driver::Capex: return tr("Capex");
    case lease::Driver::ElectricityPrice: return tr("Electricity price");
    case lease::Driver::PriceChange: return tr("Price change per year");
    case lease::Driver::TaxRefund: return tr("Tax refund");
    case lease::Driver::ColocationRent: return tr("Colocation rent");
    }
    return {};
}

QString Labels::catalogName(const std::string &name, const std::string &nameZh)
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    return QString::fromStdString(chinese && !nameZh.empty() ? nameZh : name);
}

QString Labels::catalogItem(const Catalog &catalog, const std::string &id)
{
    const std::string name = catalogItemName(catalog, id);
    return name.empty() ? QString::fromStdString(id) : catalogName(name, catalogItemNameZh(catalog, id));
}

} // namespace hallwright::views
