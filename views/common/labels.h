// Human names for the model's kinds and roles ("Leaf switches", "Busway", "Compute fabric"), translated.
#pragma once

#include "catalog/catalog.h"
#include "lease/sensitivity.h"
#include "model/design.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <string>

namespace hallwright::views {

class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)

public:
    /// Singular: "Compute rack", "Leaf rack" …
    static QString rackRole(RackRole role);
    /// Plural, for legends of racks by role: "Compute racks", "Leaf-switch racks" …
    static QString rackRoleGroup(RackRole role);
    static QString zoneKind(ZoneKind kind);
    static QString deviceKind(DeviceKind kind);
    static QString equipmentKind(EquipmentKind kind);
    static QString fabric(Fabric fabric);
    static QString tier(LinkTier tier);
    static QString facing(Facing facing);
    /// A lease sensitivity driver: "Lease price", "Utilization" …
    static QString leaseDriver(lease::Driver driver);
    /// "SU 3" for SU index 2 (the engine counts from 0), "central" for −1.
    static QString su(int su);
    /// The design rule a finding's code names ("rack-overlap" → "Racks overlap"); the code itself
    /// when it is not one of the engine's.
    static QString checkRule(const QString &code);
    /// A name the engine gives when it lays out a hall ("Row C", "North cooling gallery",
    /// "Generator yard") in the interface's language; any other name (the user's) as it is.
    static QString placeName(const std::string &name);
    static QString placeName(const QString &name) { return placeName(name.toStdString()); }
    /// The same through `translate(context, source)` (a translator of its own, for the command-line tool).
    static QString placeName(const std::string &name,
                             const std::function<QString(const char *context, const char *source)> &translate);
    /// A catalog item's name in the interface language: its Chinese name (name_zh) when the
    /// interface is Chinese and the catalog gives one, else the English.
    static QString catalogName(const std::string &name, const std::string &nameZh);
    /// The same for the item `id` of any kind; the id itself when the catalog has no such item.
    static QString catalogItem(const Catalog &catalog, const std::string &id);
};

} // namespace hallwright::views
