// The preset cameras of the 3D hall view and of its headless pictures.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace hallwright::views {

/// Top: straight down, parallel projection, the whole site. Isometric: from
/// the south-west corner, 35° above the floor, perspective. ColdAisle: eye
/// height at the west end of a cold aisle, looking along it.
enum class CameraPreset { Top, Isometric, ColdAisle };

QList<CameraPreset> allCameraPresets();
/// "Top", "Isometric", "Cold aisle" (translated).
QString cameraPresetName(CameraPreset preset);
/// The name used on the command line and in settings: "top", "iso", "aisle".
QString cameraPresetKey(CameraPreset preset);
/// The preset of a key ("top", "iso", "aisle"), nullopt for another word.
std::optional<CameraPreset> cameraPresetFromKey(const QString &key);

} // namespace hallwright::views
