// Plain 2D geometry on the hall floor, in metres; x grows to the east, y to the north.
#pragma once

#include <algorithm>
#include <cmath>

namespace hallwright {

struct Point2
{
    double x = 0.0;
    double y = 0.0;
    bool operator==(const Point2 &) const = default;
};

inline double distance(Point2 a, Point2 b)
{
    return std::hypot(a.x - b.x, a.y - b.y);
}

/// Axis-aligned rectangle given by its minimum corner and size.
struct Rect
{
    double x = 0.0;
    double y = 0.0;
    double width = 0.0;  ///< along x
    double depth = 0.0;  ///< along y
    bool operator==(const Rect &) const = default;

    double right() const { return x + width; }
    double top() const { return y + depth; }
    Point2 center() const { return {x + width / 2.0, y + depth / 2.0}; }

    /// True when the interiors overlap; touching edges do not count.
    bool overlaps(const Rect &o, double eps = 1e-9) const
    {
        return x < o.right() - eps && o.x < right() - eps && y < o.top() - eps && o.y < top() - eps;
    }
    bool contains(const Rect &o, double eps = 1e-9) const
    {
        return o.x >= x - eps && o.y >= y - eps && o.right() <= right() + eps && o.top() <= top() + eps;
    }
};

} // namespace hallwright
