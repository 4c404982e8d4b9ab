// Fitting the preset cameras to the scene: a tight perspective fit of the bounding box's corners.
#include "hall3d/camera_poses.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace hallwright::views::hall3d {

namespace {

constexpr double kMargin = 1.04;

Vec3 sub(const Vec3 &a, const Vec3 &b) { return {a[0] - b[0], a[1] - b[1], a[2] - b[2]}; }
Vec3 add(const Vec3 &a, const Vec3 &b) { return {a[0] + b[0], a[1] + b[1], a[2] + b[2]}; }
Vec3 scale(const Vec3 &a, double s) { return {a[0] * s, a[1] * s, a[2] * s}; }
double dot(const Vec3 &a, const Vec3 &b) { return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]; }
Vec3 cross(const Vec3 &a, const Vec3 &b)
{
    return {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
}
Vec3 unit(const Vec3 &a)
{
    const double n = std::sqrt(dot(a, a));
    return n > 0 ? scale(a, 1.0 / n) : a;
}
double radians(double deg) { return deg * std::numbers::pi / 180.0; }

Vec3 centre(const Bounds3 &b)
{
    return {(b.x0 + b.x1) / 2.0, (b.y0 + b.y1) / 2.0, (b.z0 + b.z1) / 2.0};
}

CameraPose topPose(const Bounds3 &b, double aspect)
{
    CameraPose p;
    const Vec3 c = centre(b);
    p.parallel = true;
    p.parallelScale = std::max(b.depth() / 2.0, b.width() / 2.0 / std::max(aspect, 1e-3)) * kMargin;
    p.focalPoint = {c[0], c[1], b.z0};
    p.position = {c[0], c[1], b.z1 + std::max(b.width(), b.depth()) + 10.0};
    p.viewUp = {0, 1, 0};
    return p;
}

/// Moves the eye along dir and the view sideways until the corners of b fill
/// the view to 1/kMargin in its tighter direction, centred. Perspective makes
/// near corners spread more than far ones, so a few rounds are needed.
void fitPerspective(CameraPose &p, const Bounds3 &b, const Vec3 &dir, double aspect)
{
    const Vec3 back = unit(dir);
    const Vec3 up = unit(p.viewUp);
    const Vec3 right = unit(cross(up, back));
    const double tanV = std::tan(radians(p.viewAngleDeg) / 2.0);
    const double tanH = tanV * std::max(aspect, 1e-3);
    Vec3 focal = p.focalPoint;
    double distance = fittingDistance(b, focal, back, up, p.viewAngleDeg, aspect);
    for (int round = 0; round < 8; ++round) {
        const Vec3 eye = add(focal, scale(back, distance));
        double x0 = 1e300, x1 = -1e300, y0 = 1e300, y1 = -1e300;
        for (int i = 0; i < 8; ++i) {
            const Vec3 corner{i & 1 ? b.x1 : b.x0, i & 2 ? b.y1 : b.y0, i & 4 ? b.z1 : b.z0};
            const Vec3 v = sub(corner, eye);
            const double depth = std::max(1e-6, -dot(v, back));
            const double sx = dot(v, right) / (depth * tanH), sy = dot(v, up) / (depth * tanV);
            x0 = std::min(x0, sx), x1 = std::max(x1, sx), y0 = std::min(y0, sy), y1 = std::max(y1, sy);
        }
        // Centre the projected box, then scale the distance to its larger half-extent.
        focal = add(focal, add(scale(right, (x0 + x1) / 2.0 * distance * tanH), scale(up, (y0 + y1) / 2.0 * distance * tanV)));
        const double extent = std::max((x1 - x0) / 2.0, (y1 - y0) / 2.0) * kMargin;
        distance *= std::clamp(extent, 0.5, 2.0);
    }
    p.focalPoint = focal;
    p.position = add(focal, scale(back, distance));
}

CameraPose isoPose(const Bounds3 &b, double aspect)
{
    CameraPose p;
    p.viewAngleDeg = 30.0;
    // From the north-west, 35° above the floor: rows (along x) and their aisles recede diagonally.
    const double azimuth = radians(135.0); // direction from focal point to eye, measured from +x
    const double elevation = radians(35.0);
    const Vec3 dir{std::cos(elevation) * std::cos(azimuth), std::cos(elevation) * std::sin(azimuth), std::sin(elevation)};
    const Vec3 right = unit(cross(scale(dir, -1.0), Vec3{0, 0, 1}));
    p.viewUp = unit(cross(right, scale(dir, -1.0)));
    p.focalPoint = {(b.x0 + b.x1) / 2.0, (b.y0 + b.y1) / 2.0, b.z0};
    fitPerspective(p, b, dir, aspect);
    return p;
}

} // namespace

double fittingDistance(const Bounds3 &b, const Vec3 &focal, const Vec3 &direction, const Vec3 &viewUp,
                       double viewAngleDeg, double aspect)
{
    const Vec3 back = unit(direction);
    const Vec3 up = unit(viewUp);
    const Vec3 right = unit(cross(up, back));
    const double tanV = std::tan(radians(viewAngleDeg) / 2.0);
    const double tanH = tanV * std::max(aspect, 1e-3);
    double distance = 0.0;
    for (int i = 0; i < 8; ++i) {
        const Vec3 corner{i & 1 ? b.x1 : b.x0, i & 2 ? b.y1 : b.y0, i & 4 ? b.z1 : b.z0};
        const Vec3 r = sub(corner, focal);
        // In camera terms the corner sits z towards the eye; it fits when |x| ≤ (D − z)·tanH.
        const double x = dot(r, right), y = dot(r, up), z = dot(r, back);
        distance = std::max({distance, z + std::abs(x) / tanH, z + std::abs(y) / tanV});
    }
    return distance;
}

int coldAisleCount(const std::vector<Aisle> &aisles)
{
    return int(std::count_if(aisles.begin(), aisles.end(), [](const Aisle &a) { return a.cold; }));
}

CameraPose presetPose(CameraPreset preset, const Bounds3 &bounds, double aspect, const std::vector<Aisle> &aisles,
                      int aisleIndex)
{
    if (bounds.empty)
        return {};
    switch (preset) {
    case CameraPreset::Top: return topPose(bounds, aspect);
    case CameraPreset::Isometric: return isoPose(bounds, aspect);
    case CameraPreset::ColdAisle: {
        std::vector<const Aisle *> cold;
        for (const Aisle &a : aisles)
            if (a.cold)
                cold.push_back(&a);
        if (cold.empty())
            return isoPose(bounds, aspect);
        const int n = int(cold.size());
        const Aisle &a = *cold[std::size_t(((aisleIndex % n) + n) % n)];
        CameraPose p;
        p.viewAngleDeg = 45.0;
        const double y = a.area.y + a.area.depth / 2.0;
        // A few steps into the aisle: rack fronts either side, the aisle's far end ahead.
        p.position = {a.area.x + std::min(1.5, a.area.width / 4.0), y, display::kEyeHeightM};
        // Look along the aisle, a little down, so that floor tiles and rack fronts both show.
        p.focalPoint = {a.area.right(), y, display::kEyeHeightM - 0.04 * a.area.width};
        p.viewUp = {0, 0, 1};
        return p;
    }
    }
    return {};
}

} // namespace hallwright::views::hall3d
