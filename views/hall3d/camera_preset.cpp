// Names and keys of the 3D view's camera presets.
#include "hall3d/camera_preset.h"

#include <QCoreApplication>

namespace hallwright::views {

namespace {
class CameraPresetText
{
    Q_DECLARE_TR_FUNCTIONS(CameraPresetText)
};
} // namespace

QList<CameraPreset> allCameraPresets()
{
    return {CameraPreset::Top, CameraPreset::Isometric, CameraPreset::ColdAisle};
}

QString cameraPresetName(CameraPreset preset)
{
    switch (preset) {
    case CameraPreset::Top: return CameraPresetText::tr("Top");
    case CameraPreset::Isometric: return CameraPresetText::tr("Isometric");
    case CameraPreset::ColdAisle: return CameraPresetText::tr("Cold aisle");
    }
    return {};
}

QString cameraPresetKey(CameraPreset preset)
{
    switch (preset) {
    case CameraPreset::Top: return QStringLiteral("top");
    case CameraPreset::Isometric: return QStringLiteral("iso");
    case CameraPreset::ColdAisle: return QStringLiteral("aisle");
    }
    return {};
}

std::optional<CameraPreset> cameraPresetFromKey(const QString &key)
{
    for (CameraPreset p : allCameraPresets())
        if (cameraPresetKey(p) == key)
            return p;
    return std::nullopt;
}

} // namespace hallwright::views
