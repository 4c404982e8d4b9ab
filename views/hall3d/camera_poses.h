// Camera positions of the presets, fitted to the scene (no VTK).
#pragma once

#include "hall3d/camera_preset.h"
#include "hall3d/scene_geometry.h"
#include "hall3d/scene_picker.h"

#include <vector>

namespace hallwright::views::hall3d {

/// A camera as VTK's vtkCamera takes it.
struct CameraPose
{
    Vec3 position{0, 0, 1};
    Vec3 focalPoint{0, 0, 0};
    Vec3 viewUp{0, 1, 0};
    bool parallel = false;
    double parallelScale = 1.0; ///< half the viewport height in metres (parallel projection)
    double viewAngleDeg = 30.0; ///< vertical field of view (perspective)
};

/// The pose of preset that shows bounds whole in a viewport of aspect
/// (width / height), with a small margin. ColdAisle stands at the west end
/// of aisles[aisleIndex % cold aisles] looking east; with no cold aisle it
/// falls back to Isometric.
CameraPose presetPose(CameraPreset preset, const Bounds3 &bounds, double aspect,
                      const std::vector<Aisle> &aisles = {}, int aisleIndex = 0);

/// The perspective distance from the focal point along direction (unit, from
/// focal point to eye) at which every corner of bounds fits the view angle
/// and aspect.
double fittingDistance(const Bounds3 &bounds, const Vec3 &focal, const Vec3 &direction, const Vec3 &viewUp,
                       double viewAngleDeg, double aspect);

/// The number of cold aisles in aisles.
int coldAisleCount(const std::vector<Aisle> &aisles);

} // namespace hallwright::views::hall3d
