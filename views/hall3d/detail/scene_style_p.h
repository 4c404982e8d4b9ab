// Colours and sizes of the 3D scene that are not the colour modes' (floors, walls, devices, cables).
#pragma once

#include "model/design.h"

#include <QColor>

namespace hallwright::views::hall3d::style {

constexpr double kTilePitchM = 0.6; ///< raised-floor tile

inline QColor background() { return QColor(0xf4, 0xf6, 0xf8); }
inline QColor backgroundTop() { return QColor(0xb9, 0xca, 0xdc); }
inline QColor ground() { return QColor(0xd9, 0xdd, 0xd3); }
inline QColor hallFloor() { return QColor(0xe9, 0xeb, 0xee); }
inline QColor yardFloor() { return QColor(0xbf, 0xc1, 0xbb); }
inline QColor tileLine() { return QColor(0xc9, 0xce, 0xd4); }
inline QColor coldAisle() { return QColor(0xc6, 0xdc, 0xf2); }
inline QColor hotAisle() { return QColor(0xf3, 0xd2, 0xc8); }
inline QColor wall() { return QColor(0xcf, 0xcc, 0xc4); }
inline QColor partition() { return QColor(0xd9, 0xd6, 0xcf); }
inline QColor fence() { return QColor(0x8c, 0x8f, 0x8a); }
inline QColor column() { return QColor(0xa3, 0xa2, 0x9c); }

/// Floor tint of a zone, light versions of the 2D plan's zone colours.
inline QColor zoneFloor(ZoneKind kind)
{
    switch (kind) {
    case ZoneKind::Compute: return QColor(0xee, 0xf1, 0xf5);
    case ZoneKind::Network: return QColor(0xf6, 0xe9, 0xdc);
    case ZoneKind::Power: return QColor(0xf3, 0xee, 0xdb);
    case ZoneKind::Cooling: return QColor(0xdf, 0xec, 0xf6);
    case ZoneKind::Storage: return QColor(0xe6, 0xf0, 0xe1);
    case ZoneKind::Yard: return QColor(0xe4, 0xe4, 0xde);
    }
    return QColor(0xee, 0xee, 0xee);
}
inline QColor zoneOutline(ZoneKind kind)
{
    return zoneFloor(kind).darker(140);
}

/// Facility equipment, the 2D plan's palette.
inline QColor equipment(EquipmentKind kind)
{
    switch (kind) {
    case EquipmentKind::Busway:
    case EquipmentKind::Rpp: return QColor(0x88, 0x66, 0x00);
    case EquipmentKind::Ups: return QColor(0xf0, 0xe4, 0x42);
    case EquipmentKind::Transformer: return QColor(0xe6, 0x9f, 0x00);
    case EquipmentKind::Generator: return QColor(0xb0, 0x8a, 0x5a);
    case EquipmentKind::Crah: return QColor(0x56, 0xb4, 0xe9);
    case EquipmentKind::Cdu: return QColor(0x00, 0x9e, 0x73);
    case EquipmentKind::Chiller:
    case EquipmentKind::DryCooler: return QColor(0x7f, 0xb8, 0xd0);
    case EquipmentKind::Pump: return QColor(0x3a, 0x8f, 0xb7);
    case EquipmentKind::Switchgear:
    case EquipmentKind::Mcc: return QColor(0xcc, 0x79, 0xa7);
    case EquipmentKind::Battery: return QColor(0x99, 0x99, 0x66);
    }
    return QColor(0x99, 0x99, 0x99);
}

inline QColor switchFace() { return QColor(0x2e, 0x31, 0x36); }
inline QColor pduFeedA() { return QColor(0xb0, 0x3a, 0x2e); }
inline QColor pduFeedB() { return QColor(0x2e, 0x5f, 0xa8); }
inline QColor tray() { return QColor(0x9c, 0xa3, 0xab); }
inline QColor bundle() { return QColor(0x1f, 0x8a, 0x8a); }
inline QColor bundleOverfilled() { return QColor(0xd7, 0x19, 0x1c); }
inline QColor rowLabel() { return QColor(0x20, 0x24, 0x2a); }
inline QColor zoneLabel() { return QColor(0x55, 0x5b, 0x63); }
inline QColor selection() { return QColor(0x10, 0x10, 0x10); }
inline QColor selectionInner() { return QColor(0xff, 0xff, 0xff); }

} // namespace hallwright::views::hall3d::style
