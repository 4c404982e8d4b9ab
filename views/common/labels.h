// Human names for the model's kinds and roles ("Leaf switches", "Busway", "Compute fabric"), translated.
#pragma once

#include "model/design.h"

#include <QCoreApplication>
#include <QString>

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
    /// "SU 3" for SU index 2 (the engine counts from 0), "central" for −1.
    static QString su(int su);
    /// The design rule a finding's code names ("rack-overlap" → "Racks overlap"); the code itself
    /// when it is not one of the engine's.
    static QString checkRule(const QString &code);
};

} // namespace hallwright::views
