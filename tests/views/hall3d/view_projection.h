// The textbook camera projection, written apart from the code under test, for checking cameras and picks.
#pragma once

#include "hall3d/camera_poses.h"

#include <QPointF>
#include <QSize>

#include <cmath>
#include <numbers>
#include <utility>

namespace hallwright::test {

using views::hall3d::CameraPose;
using views::hall3d::Vec3;

inline Vec3 sub(const Vec3 &a, const Vec3 &b) { return {a[0] - b[0], a[1] - b[1], a[2] - b[2]}; }
inline double dot(const Vec3 &a, const Vec3 &b) { return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]; }
inline Vec3 cross(const Vec3 &a, const Vec3 &b)
{
    return {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
}
inline Vec3 unit(const Vec3 &a)
{
    const double n = std::sqrt(dot(a, a));
    return {a[0] / n, a[1] / n, a[2] / n};
}

/// Where p lands in normalised view coordinates (−1…1 across, and up, the
/// viewport) of a pinhole (or parallel) camera with the pose's eye, focal
/// point, up and vertical field of view.
inline std::pair<double, double> projectNormalised(const CameraPose &pose, double aspect, const Vec3 &p)
{
    const Vec3 forward = unit(sub(pose.focalPoint, pose.position));
    const Vec3 right = unit(cross(forward, pose.viewUp));
    const Vec3 up = cross(right, forward);
    const Vec3 v = sub(p, pose.position);
    if (pose.parallel)
        return {dot(v, right) / (pose.parallelScale * aspect), dot(v, up) / pose.parallelScale};
    const double t = std::tan(pose.viewAngleDeg * std::numbers::pi / 360.0);
    const double depth = dot(v, forward);
    return {dot(v, right) / (depth * t * aspect), dot(v, up) / (depth * t)};
}

/// The same in pixels of a picture of size (origin top left, y down).
inline QPointF projectToPixel(const CameraPose &pose, QSize size, const Vec3 &p)
{
    const double aspect = double(size.width()) / size.height();
    const auto [x, y] = projectNormalised(pose, aspect, p);
    return {(x + 1.0) / 2.0 * size.width(), (1.0 - y) / 2.0 * size.height()};
}

} // namespace hallwright::test
