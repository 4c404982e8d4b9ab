// Building shell of the 3D scene: quads for ground, floors, zones and aisles; lines for tiles and
// room outlines; glyph boxes for walls, partitions and columns.
#include "hall3d/detail/scene_structure_p.h"

#include "hall3d/detail/box_glyphs_p.h"
#include "hall3d/detail/scene_style_p.h"
#include "hall3d/scene_geometry.h"

#include <vtkActor.h>
#include <vtkCellArray.h>
#include <vtkCellData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkUnsignedCharArray.h>

#include <algorithm>
#include <cmath>

namespace hallwright::views::hall3d {

namespace {

using namespace display;

/// Layers lift coincident floor surfaces apart by more than the depth buffer
/// resolves at the distance of a 200 m hall seen whole.
constexpr double kGroundZ = -0.15;
constexpr double kZoneZ = 0.02;
constexpr double kAisleZ = 0.04;
constexpr double kGridZ = 0.05;
constexpr double kOutlineZ = 0.06;

/// Coloured flat quads and lines, one polydata with a colour per cell.
class FlatBuilder
{
public:
    FlatBuilder()
        : m_points(vtkSmartPointer<vtkPoints>::New()), m_polys(vtkSmartPointer<vtkCellArray>::New()),
          m_lines(vtkSmartPointer<vtkCellArray>::New()), m_polyColours(vtkSmartPointer<vtkUnsignedCharArray>::New()),
          m_lineColours(vtkSmartPointer<vtkUnsignedCharArray>::New())
    {
        m_polyColours->SetNumberOfComponents(4);
        m_polyColours->SetName("colour");
        m_lineColours->SetNumberOfComponents(4);
        m_lineColours->SetName("colour");
    }

    void quad(const Rect &r, double z, const QColor &c)
    {
        const vtkIdType ids[4] = {point(r.x, r.y, z), point(r.right(), r.y, z), point(r.right(), r.top(), z),
                                  point(r.x, r.top(), z)};
        m_polys->InsertNextCell(4, ids);
        push(m_polyColours, c);
    }
    void line(double x0, double y0, double x1, double y1, double z, const QColor &c)
    {
        const vtkIdType ids[2] = {point(x0, y0, z), point(x1, y1, z)};
        m_lines->InsertNextCell(2, ids);
        push(m_lineColours, c);
    }
    void outline(const Rect &r, double z, const QColor &c)
    {
        line(r.x, r.y, r.right(), r.y, z, c);
        line(r.right(), r.y, r.right(), r.top(), z, c);
        line(r.right(), r.top(), r.x, r.top(), z, c);
        line(r.x, r.top(), r.x, r.y, z, c);
    }

    vtkSmartPointer<vtkActor> polysActor() const { return actor(m_polys, nullptr, m_polyColours); }
    vtkSmartPointer<vtkActor> linesActor() const { return actor(nullptr, m_lines, m_lineColours); }

private:
    vtkIdType point(double x, double y, double z) { return m_points->InsertNextPoint(x, y, z); }
    static void push(vtkUnsignedCharArray *a, const QColor &c)
    {
        const unsigned char rgba[4] = {static_cast<unsigned char>(c.red()), static_cast<unsigned char>(c.green()),
                                       static_cast<unsigned char>(c.blue()), static_cast<unsigned char>(c.alpha())};
        a->InsertNextTypedTuple(rgba);
    }
    vtkSmartPointer<vtkActor> actor(vtkCellArray *polys, vtkCellArray *lines, vtkUnsignedCharArray *colours) const
    {
        auto data = vtkSmartPointer<vtkPolyData>::New();
        data->SetPoints(m_points);
        if (polys)
            data->SetPolys(polys);
        if (lines)
            data->SetLines(lines);
        data->GetCellData()->SetScalars(colours);
        auto mapper = vtkSmartPointer<vtkPolyDataMapper>::New();
        mapper->SetInputData(data);
        mapper->SetScalarModeToUseCellData();
        mapper->SetColorModeToDirectScalars();
        auto a = vtkSmartPointer<vtkActor>::New();
        a->SetMapper(mapper);
        return a;
    }

    vtkSmartPointer<vtkPoints> m_points;
    vtkSmartPointer<vtkCellArray> m_polys, m_lines;
    vtkSmartPointer<vtkUnsignedCharArray> m_polyColours, m_lineColours;
};

bool insideHall(const Design &design, const Rect &r)
{
    return design.hall.bounds().contains(r, 1e-3);
}

/// Raised-floor tiles of 600 mm over the white space (compute and storage zones; the whole hall without zones).
void addTiles(FlatBuilder &lines, const Design &design)
{
    std::vector<Rect> areas;
    for (const Zone &z : design.zones)
        if ((z.kind == ZoneKind::Compute || z.kind == ZoneKind::Storage) && insideHall(design, z.area))
            areas.push_back(z.area);
    if (areas.empty())
        areas.push_back(design.hall.bounds());
    const double pitch = style::kTilePitchM;
    for (const Rect &a : areas) {
        // Tiles line up with the hall origin, not with each zone.
        for (double x = std::ceil(a.x / pitch) * pitch; x < a.right() - 1e-6; x += pitch)
            lines.line(x, a.y, x, a.top(), kGridZ, style::tileLine());
        for (double y = std::ceil(a.y / pitch) * pitch; y < a.top() - 1e-6; y += pitch)
            lines.line(a.x, y, a.right(), y, kGridZ, style::tileLine());
    }
}

/// The parts of r's edges that do not lie on the hall's perimeter.
std::vector<std::pair<Point2, Point2>> innerEdges(const Design &design, const Rect &r)
{
    const Rect h = design.hall.bounds();
    const auto onPerimeter = [&](Point2 a, Point2 b) {
        const double eps = 0.05;
        return (std::abs(a.x - b.x) < eps && (std::abs(a.x - h.x) < eps || std::abs(a.x - h.right()) < eps))
               || (std::abs(a.y - b.y) < eps && (std::abs(a.y - h.y) < eps || std::abs(a.y - h.top()) < eps));
    };
    const Point2 c[4] = {{r.x, r.y}, {r.right(), r.y}, {r.right(), r.top()}, {r.x, r.top()}};
    std::vector<std::pair<Point2, Point2>> out;
    for (int i = 0; i < 4; ++i)
        if (!onPerimeter(c[i], c[(i + 1) % 4]))
            out.push_back({c[i], c[(i + 1) % 4]});
    return out;
}

Box3 wallAlong(Point2 a, Point2 b, double thickness, double height)
{
    const double half = thickness / 2.0;
    const double x0 = std::min(a.x, b.x), x1 = std::max(a.x, b.x);
    const double y0 = std::min(a.y, b.y), y1 = std::max(a.y, b.y);
    return {x0 - half, y0 - half, 0.0, x1 - x0 + thickness, y1 - y0 + thickness, height};
}

} // namespace

StructureLayer::StructureLayer(vtkRenderer *renderer) : m_renderer(renderer) {}

StructureLayer::~StructureLayer()
{
    clear();
}

void StructureLayer::clear()
{
    for (const auto &a : m_actors)
        m_renderer->RemoveActor(a);
    m_actors.clear();
}

void StructureLayer::addActor(vtkSmartPointer<vtkActor> actor)
{
    m_renderer->AddActor(actor);
    m_actors.push_back(std::move(actor));
}

void StructureLayer::build(const Design &design)
{
    clear();
    const Bounds3 site = sceneBounds(design);
    const Rect hall = design.hall.bounds();

    FlatBuilder flats;
    const double margin = groundMarginM(site);
    flats.quad({site.x0 - margin, site.y0 - margin, site.width() + 2 * margin, site.depth() + 2 * margin}, kGroundZ,
               style::ground());
    flats.quad(hall, 0.0, style::hallFloor());
    for (const Zone &z : design.zones)
        flats.quad(z.area, kZoneZ, insideHall(design, z.area) ? style::zoneFloor(z.kind) : style::yardFloor());
    for (const Aisle &a : findAisles(design))
        flats.quad(a.area, kAisleZ, a.cold ? style::coldAisle() : style::hotAisle());
    addActor(flats.polysActor());
    m_actors.back()->GetProperty()->SetAmbient(0.25);
    m_actors.back()->GetProperty()->SetDiffuse(0.8);

    FlatBuilder lines;
    addTiles(lines, design);
    for (const Zone &z : design.zones)
        if (z.kind != ZoneKind::Network)
            lines.outline(z.area, kOutlineZ, style::zoneOutline(z.kind));
    auto lineActor = lines.linesActor();
    lineActor->GetProperty()->LightingOff();
    lineActor->GetProperty()->SetLineWidth(1.0);
    addActor(lineActor);

    // Walls: the hall's perimeter, partitions of the plant rooms, fences round outdoor yards; columns full height.
    std::vector<std::pair<Box3, QColor>> boxes;
    const Point2 corner[4] = {{hall.x, hall.y}, {hall.right(), hall.y}, {hall.right(), hall.top()}, {hall.x, hall.top()}};
    for (int i = 0; i < 4; ++i)
        boxes.push_back({wallAlong(corner[i], corner[(i + 1) % 4], kWallThicknessM, kWallHeightM), style::wall()});
    for (const Zone &z : design.zones) {
        if (!insideHall(design, z.area)) {
            const Point2 c[4] = {{z.area.x, z.area.y}, {z.area.right(), z.area.y}, {z.area.right(), z.area.top()},
                                 {z.area.x, z.area.top()}};
            for (int i = 0; i < 4; ++i)
                boxes.push_back({wallAlong(c[i], c[(i + 1) % 4], 0.05, 1.0), style::fence()});
        } else if (z.kind == ZoneKind::Power || z.kind == ZoneKind::Cooling) {
            for (const auto &[a, b] : innerEdges(design, z.area))
                boxes.push_back({wallAlong(a, b, kWallThicknessM / 2.0, kWallHeightM), style::partition()});
        }
    }
    for (const Obstacle &o : design.hall.obstacles)
        boxes.push_back({Box3{o.area.x, o.area.y, 0.0, o.area.width, o.area.depth, std::max(design.hall.ceilingM, 2.5)},
                         style::column()});
    BoxGlyphs walls;
    walls.resize(int(boxes.size()));
    for (std::size_t i = 0; i < boxes.size(); ++i)
        walls.setBox(int(i), boxes[i].first, boxes[i].second);
    walls.commit();
    // The actor keeps the glyph pipeline alive after the helper goes.
    addActor(walls.actor());
}

} // namespace hallwright::views::hall3d
