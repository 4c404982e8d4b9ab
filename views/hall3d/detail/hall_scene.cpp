// The 3D scene of a design: layers of the building, glyph-instanced racks, devices and plant, highlights, picking.
#include "hall3d/detail/hall_scene_p.h"

#include "analysis/analysis.h"
#include "hall3d/detail/box_glyphs_p.h"
#include "hall3d/detail/scene_cables_p.h"
#include "hall3d/detail/scene_labels_p.h"
#include "hall3d/detail/scene_structure_p.h"
#include "hall3d/detail/scene_style_p.h"

#include <vtkActor.h>
#include <vtkCamera.h>
#include <vtkLightKit.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>

#include <QSet>

#include <algorithm>
#include <cmath>

namespace hallwright::views::hall3d {

namespace {

using Kind = SelectionItem::Kind;

constexpr double kOutlineGrowM = 0.03;

Box3 grown(const Box3 &b, double by)
{
    return {b.x - by, b.y - by, b.z - by / 2.0, b.sx + 2 * by, b.sy + 2 * by, b.sz + 1.5 * by};
}

/// A perforated door reads darker than the cabinet's painted sides, in the same hue.
QColor doorColour(const QColor &cabinet)
{
    return cabinet.darker(118);
}

const Results &noResults()
{
    static const Results empty;
    return empty;
}

} // namespace

HallScene::HallScene()
    : m_renderer(vtkSmartPointer<vtkRenderer>::New()), m_racks(std::make_unique<BoxGlyphs>()),
      m_doors(std::make_unique<BoxGlyphs>()),
      m_switches(std::make_unique<BoxGlyphs>()), m_pdus(std::make_unique<BoxGlyphs>()),
      m_equipment(std::make_unique<BoxGlyphs>()), m_busways(std::make_unique<BoxGlyphs>()), m_selection(std::make_unique<BoxGlyphs>(BoxGlyphs::Style::Outline)),
      m_selectionInner(std::make_unique<BoxGlyphs>(BoxGlyphs::Style::Outline)),
      m_related(std::make_unique<BoxGlyphs>(BoxGlyphs::Style::Outline))
{
    const QColor bottom = style::background(), top = style::backgroundTop();
    m_renderer->SetBackground(bottom.redF(), bottom.greenF(), bottom.blueF());
    m_renderer->SetBackground2(top.redF(), top.greenF(), top.blueF());
    m_renderer->GradientBackgroundOn();
    m_renderer->UseFXAAOn();
    m_renderer->SetTwoSidedLighting(true);
    // A key light from the south-west and soft fill lights: faces of a box read apart from every side.
    auto lights = vtkSmartPointer<vtkLightKit>::New();
    lights->SetKeyLightIntensity(0.85);
    lights->SetKeyToFillRatio(2.5);
    lights->SetKeyToHeadRatio(3.0);
    // Neutral white light: the colour modes' colours must read as their legend says.
    lights->SetKeyLightWarmth(0.5);
    lights->SetFillLightWarmth(0.5);
    lights->SetBackLightWarmth(0.5);
    lights->SetHeadLightWarmth(0.5);
    lights->AddLightsToRenderer(m_renderer);

    m_structure = std::make_unique<StructureLayer>(m_renderer);
    m_cables = std::make_unique<CableLayer>(m_renderer);
    m_labels = std::make_unique<LabelLayer>(m_renderer);

    vtkProperty *rack = m_racks->actor()->GetProperty();
    rack->SetAmbient(0.18);
    rack->SetDiffuse(0.85);
    rack->SetSpecular(0.12);
    rack->SetSpecularPower(18);
    // Cabinet edges, so that each rack of a row reads on its own.
    rack->EdgeVisibilityOn();
    rack->SetEdgeColor(0.12, 0.13, 0.15);
    rack->SetLineWidth(1.0);
    m_doors->actor()->GetProperty()->SetAmbient(0.35);
    m_doors->actor()->GetProperty()->SetSpecular(0.05);
    m_switches->actor()->GetProperty()->SetSpecular(0.3);
    m_equipment->actor()->GetProperty()->SetAmbient(0.15);
    m_equipment->actor()->GetProperty()->SetSpecular(0.15);
    m_selection->actor()->GetProperty()->SetLineWidth(4.0);
    m_selectionInner->actor()->GetProperty()->SetLineWidth(1.5);
    m_related->actor()->GetProperty()->SetLineWidth(3.0);
    m_busways->actor()->GetProperty()->SetSpecular(0.3);
    for (BoxGlyphs *g : allGlyphs()) {
        g->resize(0);
        m_renderer->AddActor(g->actor());
    }
}

HallScene::~HallScene()
{
    // Layers remove their actors from the renderer they were given.
    m_labels.reset();
    m_cables.reset();
    m_structure.reset();
}

std::vector<BoxGlyphs *> HallScene::allGlyphs() const
{
    return {m_racks.get(),     m_doors.get(),     m_switches.get(),  m_pdus.get(),           m_equipment.get(),
            m_busways.get(),   m_selection.get(), m_selectionInner.get(), m_related.get()};
}

vtkRenderer *HallScene::renderer() const
{
    return m_renderer;
}

void HallScene::setData(const Design *design, const Catalog *catalog, const Results *results)
{
    m_design = design;
    m_catalog = catalog;
    m_results = results;
    m_selected.clear();
    m_failure.reset();
    if (!design) {
        m_structure->clear();
        m_cables->clear();
        m_labels->clear();
        for (BoxGlyphs *g : allGlyphs()) {
            g->clear();
            g->commit();
        }
        m_picker.clear();
        m_overheadPicker.clear();
        m_figures = RackFigures();
        m_bounds = Bounds3();
        m_aisles.clear();
        return;
    }
    m_figures = RackFigures(*design, results ? *results : noResults());
    m_rackIndex.clear();
    m_rackIndex.reserve(design->racks.size());
    for (std::size_t i = 0; i < design->racks.size(); ++i)
        m_rackIndex.emplace(design->racks[i].id.value(), int(i));
    m_bounds = sceneBounds(*design);
    m_aisles = findAisles(*design);
    m_structure->build(*design);
    m_cables->build(*design);
    m_labels->build(*design, m_fontScale);
    buildRacks();
    buildEquipment();
    rebuildPicker();
    updateHighlight();
}

void HallScene::updateItems(const std::vector<RackId> &racks, const std::vector<EquipmentId> &equipment, bool rowsChanged)
{
    if (!m_design)
        return;
    if (m_results && !racks.empty())
        m_figures.refresh(*m_design, *m_results, racks);
    // Re-placing every instance is a few microseconds per rack: simpler and as fast as patching.
    buildRacks();
    if (!equipment.empty())
        buildEquipment();
    if (rowsChanged) {
        m_aisles = findAisles(*m_design);
        m_structure->build(*m_design);
        m_labels->build(*m_design, m_fontScale);
    }
    m_bounds = sceneBounds(*m_design);
    rebuildPicker();
    updateHighlight();
}

void HallScene::setTrayLoads(const std::vector<network::TrayLoad> &loads)
{
    if (m_design)
        m_cables->setLoads(*m_design, loads);
}

void HallScene::buildRacks()
{
    const Design &d = *m_design;
    m_racks->resize(int(d.racks.size()));
    m_doors->resize(int(d.racks.size()));
    for (std::size_t i = 0; i < d.racks.size(); ++i) {
        const QColor c = rackColour(m_mode, d.racks[i].id, m_figures, m_failure ? &*m_failure : nullptr);
        m_racks->setBox(int(i), rackBox(d.racks[i]), c);
        m_doors->setBox(int(i), rackDoorBox(d.racks[i]), doorColour(c));
    }
    m_racks->commit();
    m_doors->commit();

    m_switchDevice.clear();
    m_pduDevice.clear();
    std::vector<std::pair<Box3, QColor>> switches, pdus;
    for (std::size_t i = 0; i < d.devices.size(); ++i) {
        const Device &dev = d.devices[i];
        if (dev.kind != DeviceKind::Switch && dev.kind != DeviceKind::Pdu)
            continue;
        const auto r = m_rackIndex.find(dev.rack.value());
        if (r == m_rackIndex.end())
            continue;
        const auto box = deviceBox(dev, d.racks[std::size_t(r->second)]);
        if (!box)
            continue;
        if (dev.kind == DeviceKind::Switch) {
            switches.push_back({*box, style::switchFace()});
            m_switchDevice.push_back(int(i));
        } else {
            pdus.push_back({*box, dev.role == "B" ? style::pduFeedB() : style::pduFeedA()});
            m_pduDevice.push_back(int(i));
        }
    }
    m_switches->resize(int(switches.size()));
    for (std::size_t i = 0; i < switches.size(); ++i)
        m_switches->setBox(int(i), switches[i].first, switches[i].second);
    m_switches->commit();
    m_pdus->resize(int(pdus.size()));
    for (std::size_t i = 0; i < pdus.size(); ++i)
        m_pdus->setBox(int(i), pdus[i].first, pdus[i].second);
    m_pdus->commit();
}

QColor HallScene::equipmentFill(const Equipment &e) const
{
    if (m_mode == ColourMode::FailureImpact && m_failure && m_failure->equipmentSource.contains(e.id.value()))
        return failureSourceColour();
    return style::equipment(e.kind);
}

void HallScene::buildEquipment()
{
    const Design &d = *m_design;
    m_floorEquipment.clear();
    m_buswayEquipment.clear();
    for (std::size_t i = 0; i < d.equipment.size(); ++i)
        (d.equipment[i].kind == EquipmentKind::Busway ? m_buswayEquipment : m_floorEquipment).push_back(int(i));
    for (auto [glyphs, indices] : {std::pair{m_equipment.get(), &m_floorEquipment}, std::pair{m_busways.get(), &m_buswayEquipment}}) {
        glyphs->resize(int(indices->size()));
        for (std::size_t g = 0; g < indices->size(); ++g) {
            const Equipment &e = d.equipment[std::size_t((*indices)[g])];
            glyphs->setBox(int(g), equipmentBox(e), equipmentFill(e));
        }
        glyphs->commit();
    }
}

void HallScene::rebuildPicker()
{
    m_picker.clear();
    m_overheadPicker.clear();
    const Design &d = *m_design;
    for (const Rack &r : d.racks)
        m_picker.add(SelectionItem::rack(r.id), rackBox(r));
    for (int i : m_switchDevice) {
        const Device &dev = d.devices[std::size_t(i)];
        if (const auto box = deviceBox(dev, d.racks[std::size_t(m_rackIndex.at(dev.rack.value()))]))
            m_picker.add(SelectionItem::device(dev.id), *box);
    }
    for (int i : m_pduDevice) {
        const Device &dev = d.devices[std::size_t(i)];
        if (const auto box = deviceBox(dev, d.racks[std::size_t(m_rackIndex.at(dev.rack.value()))]))
            m_picker.add(SelectionItem::device(dev.id), *box);
    }
    for (const Equipment &e : d.equipment)
        (e.kind == EquipmentKind::Busway ? m_overheadPicker : m_picker).add(SelectionItem::equipment(e.id), equipmentBox(e));
}

void HallScene::setColourMode(ColourMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    recolourRacks();
}

void HallScene::setFailure(const std::optional<FailureHighlight> &failure)
{
    m_failure = failure;
    recolourRacks();
    updateHighlight();
}

void HallScene::recolourRacks()
{
    if (!m_design)
        return;
    const FailureHighlight *f = m_failure ? &*m_failure : nullptr;
    for (std::size_t i = 0; i < m_design->racks.size(); ++i) {
        const QColor c = rackColour(m_mode, m_design->racks[i].id, m_figures, f);
        m_racks->setColour(int(i), c);
        m_doors->setColour(int(i), doorColour(c));
    }
    m_racks->commit();
    m_doors->commit();
    for (auto [glyphs, indices] : {std::pair{m_equipment.get(), &m_floorEquipment}, std::pair{m_busways.get(), &m_buswayEquipment}}) {
        for (std::size_t g = 0; g < indices->size(); ++g)
            glyphs->setColour(int(g), equipmentFill(m_design->equipment[std::size_t((*indices)[g])]));
        glyphs->commit();
    }
}

QList<LegendEntry> HallScene::legend() const
{
    return legendEntries(m_mode, m_figures, m_failure ? &*m_failure : nullptr);
}

void HallScene::setSelection(const QList<SelectionItem> &items)
{
    m_selected = items;
    updateHighlight();
}

std::optional<Box3> HallScene::itemBox(const SelectionItem &item) const
{
    if (!m_design)
        return std::nullopt;
    const Design &d = *m_design;
    switch (item.kind) {
    case Kind::Rack:
        if (const auto it = m_rackIndex.find(item.id); it != m_rackIndex.end())
            return rackBox(d.racks[std::size_t(it->second)]);
        return std::nullopt;
    case Kind::Row: {
        Bounds3 b;
        for (const Rack &r : d.racks)
            if (r.row.value() == item.id)
                b.add(rackBox(r));
        if (b.empty)
            for (const Row &r : d.rows)
                if (r.id.value() == item.id)
                    b.add(r.area, 0.0, 2.0);
        if (b.empty)
            return std::nullopt;
        return Box3{b.x0, b.y0, b.z0, b.width(), b.depth(), b.height()};
    }
    case Kind::Zone:
        for (const Zone &z : d.zones)
            if (z.id.value() == item.id)
                return Box3{z.area.x, z.area.y, 0.0, z.area.width, z.area.depth, 0.3};
        return std::nullopt;
    case Kind::Equipment:
        for (const Equipment &e : d.equipment)
            if (e.id.value() == item.id)
                return equipmentBox(e);
        return std::nullopt;
    case Kind::Device: {
        const Device *dev = d.findDevice(DeviceId(item.id));
        if (!dev)
            return std::nullopt;
        const auto it = m_rackIndex.find(dev->rack.value());
        if (it == m_rackIndex.end())
            return std::nullopt;
        const Rack &rack = d.racks[std::size_t(it->second)];
        if (const auto box = deviceBox(*dev, rack))
            return box;
        return rackBox(rack);
    }
    case Kind::Link: {
        const Link *link = nullptr;
        for (const Link &l : d.links)
            if (l.id.value() == item.id) {
                link = &l;
                break;
            }
        if (!link)
            return std::nullopt;
        Bounds3 b;
        for (const PortRef &end : {link->a, link->b})
            if (const Device *dev = d.findDevice(end.device))
                if (const auto it = m_rackIndex.find(dev->rack.value()); it != m_rackIndex.end())
                    b.add(rackBox(d.racks[std::size_t(it->second)]));
        if (b.empty)
            return std::nullopt;
        return Box3{b.x0, b.y0, b.z0, b.width(), b.depth(), b.height()};
    }
    case Kind::Tray:
        for (const TraySegment &t : d.trays)
            if (t.id.value() == item.id) {
                const double half = t.widthMm / 2000.0;
                return Box3{std::min(t.a.x, t.b.x) - half, std::min(t.a.y, t.b.y) - half, t.heightM,
                            std::abs(t.b.x - t.a.x) + 2 * half, std::abs(t.b.y - t.a.y) + 2 * half,
                            std::max(t.levels, 1) * t.depthMm / 1000.0};
            }
        return std::nullopt;
    }
    return std::nullopt;
}

void HallScene::updateHighlight()
{
    std::vector<Box3> boxes;
    if (m_design) {
        for (const SelectionItem &item : m_selected) {
            if (item.kind == Kind::Link) {
                // Both ends of a cable, rather than the box spanning them.
                for (const Link &l : m_design->links)
                    if (l.id.value() == item.id)
                        for (const PortRef &end : {l.a, l.b})
                            if (const auto b = itemBox(SelectionItem::device(end.device)))
                                boxes.push_back(*b);
                continue;
            }
            if (const auto b = itemBox(item))
                boxes.push_back(*b);
        }
    }
    m_selection->resize(int(boxes.size()));
    m_selectionInner->resize(int(boxes.size()));
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        m_selection->setBox(int(i), grown(boxes[i], kOutlineGrowM), style::selection());
        m_selectionInner->setBox(int(i), grown(boxes[i], kOutlineGrowM + 0.02), style::selectionInner());
    }
    m_selection->commit();
    m_selectionInner->commit();

    // The failed equipment of the failure impact, ringed in the failure-source colour.
    std::vector<Box3> related;
    if (m_design && m_failure && m_mode == ColourMode::FailureImpact)
        for (const Equipment &e : m_design->equipment)
            if (m_failure->equipmentSource.contains(e.id.value()))
                related.push_back(grown(equipmentBox(e), 2 * kOutlineGrowM));
    m_related->resize(int(related.size()));
    for (std::size_t i = 0; i < related.size(); ++i)
        m_related->setBox(int(i), related[i], failureSourceColour());
    m_related->commit();
}

void HallScene::setCablesVisible(bool visible)
{
    m_cables->setVisible(visible);
}

void HallScene::setMoving(bool moving)
{
    m_moving = moving;
    m_renderer->SetUseFXAA(!moving);
    m_labels->setVisible(m_labelsWanted && !moving);
    // Level of detail while the camera moves: the rack-mounted devices (switches, PDUs) and the
    // cabinet edges are most of the vertices and lines of a large hall; the racks, doors, plant,
    // busways and cables (as coarser tubes) keep the picture. The settled frame draws everything.
    m_cables->setMoving(moving);
    m_switches->setShown(!moving);
    m_pdus->setShown(!moving);
    m_racks->actor()->GetProperty()->SetEdgeVisibility(!moving);
}

void HallScene::setLabelsVisible(bool visible)
{
    m_labelsWanted = visible;
    m_labels->setVisible(visible && !m_moving);
}

void HallScene::setFontScale(double scale)
{
    m_fontScale = std::clamp(scale, 0.5, 6.0);
    if (m_design)
        m_labels->build(*m_design, m_fontScale);
}

std::optional<SelectionItem> HallScene::pick(double x, double y, bool overhead) const
{
    if (!m_design)
        return std::nullopt;
    double nearPoint[4], farPoint[4];
    m_renderer->SetDisplayPoint(x, y, 0.0);
    m_renderer->DisplayToWorld();
    m_renderer->GetWorldPoint(nearPoint);
    m_renderer->SetDisplayPoint(x, y, 1.0);
    m_renderer->DisplayToWorld();
    m_renderer->GetWorldPoint(farPoint);
    if (nearPoint[3] == 0.0 || farPoint[3] == 0.0)
        return std::nullopt;
    const Vec3 origin{nearPoint[0] / nearPoint[3], nearPoint[1] / nearPoint[3], nearPoint[2] / nearPoint[3]};
    const Vec3 to{farPoint[0] / farPoint[3], farPoint[1] / farPoint[3], farPoint[2] / farPoint[3]};
    const Vec3 direction{to[0] - origin[0], to[1] - origin[1], to[2] - origin[2]};
    if (overhead)
        if (const auto hit = m_overheadPicker.pick(origin, direction))
            return hit;
    if (const auto hit = m_picker.pick(origin, direction))
        return hit;
    return m_overheadPicker.pick(origin, direction);
}

void HallScene::applyPreset(CameraPreset preset, double aspect, int aisleIndex)
{
    applyPose(presetPose(preset, m_bounds, aspect, m_aisles, aisleIndex));
}

void HallScene::applyPose(const CameraPose &pose)
{
    vtkCamera *camera = m_renderer->GetActiveCamera();
    camera->SetFocalPoint(pose.focalPoint.data());
    camera->SetPosition(pose.position.data());
    camera->SetViewUp(pose.viewUp.data());
    camera->SetParallelProjection(pose.parallel);
    camera->SetParallelScale(pose.parallelScale);
    camera->SetViewAngle(pose.viewAngleDeg);
    camera->OrthogonalizeViewUp();
    resetClippingRange();
}

void HallScene::updateOverheadOpacity()
{
    double dop[3];
    m_renderer->GetActiveCamera()->GetDirectionOfProjection(dop);
    const double opacity = -dop[2] > 0.85 ? 0.35 : 1.0; // steeper than about 58° down
    m_busways->actor()->GetProperty()->SetOpacity(opacity);
    m_cables->setTrayOpacity(opacity);
}

void HallScene::prepareFrame(const std::array<double, 4> &keepOut)
{
    m_labels->declutter({keepOut[0], keepOut[1], keepOut[2], keepOut[3]});
}

void HallScene::resetClippingRange()
{
    updateOverheadOpacity();
    if (m_bounds.empty) {
        m_renderer->ResetCameraClippingRange();
        return;
    }
    // The ground extends past the scene's bounds: include it.
    const double margin = groundMarginM(m_bounds) + 1.0;
    m_renderer->ResetCameraClippingRange(m_bounds.x0 - margin, m_bounds.x1 + margin, m_bounds.y0 - margin,
                                         m_bounds.y1 + margin, m_bounds.z0 - 1.0, m_bounds.z1 + 1.0);
    // Standing among the racks, VTK's near plane (a share of the far one) would cut away the rack
    // beside the eye: bring it close. 24-bit depth still resolves centimetres 50 m away.
    vtkCamera *camera = m_renderer->GetActiveCamera();
    double eye[3], range[2];
    camera->GetPosition(eye);
    camera->GetClippingRange(range);
    const bool among = eye[0] > m_bounds.x0 - 5.0 && eye[0] < m_bounds.x1 + 5.0 && eye[1] > m_bounds.y0 - 5.0
                       && eye[1] < m_bounds.y1 + 5.0 && eye[2] < m_bounds.z1 + 10.0;
    if (among && !camera->GetParallelProjection() && range[0] > 0.05)
        camera->SetClippingRange(0.05, range[1]);
}

} // namespace hallwright::views::hall3d
