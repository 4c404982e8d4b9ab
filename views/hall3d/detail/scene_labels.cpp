// Billboard labels of rows and rooms.
#include "hall3d/detail/scene_labels_p.h"

#include "common/labels.h"
#include "hall3d/detail/scene_style_p.h"
#include "hall3d/scene_geometry.h"

#include <QFileInfo>

#include <vtkBillboardTextActor3D.h>
#include <vtkCoordinate.h>
#include <vtkRenderer.h>
#include <vtkStdString.h>
#include <vtkTextActor.h>
#include <vtkTextRenderer.h>
#include <vtkTextProperty.h>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace hallwright::views::hall3d {

namespace {

/// A font with the Chinese characters VTK's built-in fonts lack (the set-up installs
/// fonts-noto-cjk and fonts-droid-fallback); empty when neither is there. Noto comes first:
/// it has Latin letters too, and Droid's fallback font drew the "S" of "机柜行 S" over the
/// first character and sized the label's card short.
const std::string &cjkFontFile()
{
    static const std::string file = [] {
        for (const char *f : {"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
                              "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"})
            if (QFileInfo::exists(QString::fromLatin1(f)))
                return std::string(f);
        return std::string();
    }();
    return file;
}

bool isAscii(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

/// The width of a label in Latin characters: a Chinese character is about two.
void styleText(vtkTextProperty *p, const QString &text, int size, const QColor &colour, bool bold,
               int justification)
{
    if (!isAscii(text) && !cjkFontFile().empty()) {
        p->SetFontFamily(VTK_FONT_FILE);
        p->SetFontFile(cjkFontFile().c_str());
    }
    p->SetFontSize(size);
    p->SetBold(bold);
    p->SetColor(colour.redF(), colour.greenF(), colour.blueF());
    p->SetJustification(justification);
    p->SetVerticalJustificationToCentered();
    // A light card keeps the name legible over racks, cables and floor alike.
    p->SetBackgroundColor(1.0, 1.0, 1.0);
    p->SetBackgroundOpacity(0.78);
    p->SetFrame(false);
}

/// A row name: hidden by what stands in front of it, like the racks it names.
vtkSmartPointer<vtkProp> rowLabel(const QString &text, double x, double y, double z, int size)
{
    auto a = vtkSmartPointer<vtkBillboardTextActor3D>::New();
    a->SetInput(text.toUtf8().constData());
    a->SetPosition(x, y, z);
    styleText(a->GetTextProperty(), text, size, style::rowLabel(), true, VTK_TEXT_RIGHT);
    return a;
}

/// A room name: drawn over everything, as on a map, since plant and walls would hide it from most angles.
vtkSmartPointer<vtkProp> roomLabel(const QString &text, double x, double y, double z, int size)
{
    auto a = vtkSmartPointer<vtkTextActor>::New();
    a->SetInput(text.toUtf8().constData());
    a->GetPositionCoordinate()->SetCoordinateSystemToWorld();
    a->GetPositionCoordinate()->SetValue(x, y, z);
    styleText(a->GetTextProperty(), text, size, style::zoneLabel(), false, VTK_TEXT_CENTERED);
    return a;
}

} // namespace

LabelLayer::LabelLayer(vtkRenderer *renderer) : m_renderer(renderer) {}

LabelLayer::~LabelLayer()
{
    clear();
}

void LabelLayer::clear()
{
    for (const Label &l : m_labels)
        m_renderer->RemoveViewProp(l.prop);
    m_labels.clear();
}

void LabelLayer::build(const Design &design, double fontScale)
{
    clear();
    const int rowSize = int(std::lround(13 * fontScale));
    const int zoneSize = int(std::lround(12 * fontScale));
    // Above the racks and the trays over them, so that nothing hides a name from above.
    double overhead = 0.0;
    for (const TraySegment &t : design.trays)
        overhead = std::max(overhead, t.heightM + std::max(t.levels, 1) * t.depthMm / 1000.0);
    std::vector<Label> rows;
    std::unordered_map<std::int64_t, double> rowTop;
    for (const Rack &r : design.racks)
        rowTop[r.row.value()] = std::max(rowTop[r.row.value()], rackHeightM(r));
    for (const Row &row : design.rows) {
        const auto it = rowTop.find(row.id.value());
        const double top = it == rowTop.end() ? 2.2 : it->second;
        const double x = row.area.x - 0.35, y = row.area.y + row.area.depth / 2.0, z = std::max(top, overhead) + 0.35;
        const QString name = Labels::placeName(row.name);
        rows.push_back({rowLabel(name, x, y, z, rowSize), x, y, z, rowSize, {}});
    }
    for (const Zone &z : design.zones) {
        if (z.kind == ZoneKind::Network)
            continue; // a single row of racks: its row label names it
        // Just inside the middle of the south wall.
        const double inset = std::min(1.0, z.area.depth / 4.0);
        const double x = z.area.x + z.area.width / 2.0, y = z.area.y + inset;
        const QString name = Labels::placeName(z.name);
        add({roomLabel(name, x, y, 0.1, zoneSize), x, y, 0.1, zoneSize, {}});
    }
    // Rooms are few and name large areas: they take precedence over rows.
    for (Label &l : rows)
        add(std::move(l));
}

void LabelLayer::add(Label label)
{
    // The box the text renderer gives the string with this property (justified about the
    // anchor), and 5 px each side: the card, and a gap between two cards. Above and below, the
    // box already holds the ascent and descent: rows in a top view stand only that far apart.
    vtkTextProperty *property = nullptr;
    std::string text;
    if (auto *b = vtkBillboardTextActor3D::SafeDownCast(label.prop)) {
        property = b->GetTextProperty();
        text = b->GetInput() ? b->GetInput() : "";
    } else if (auto *t = vtkTextActor::SafeDownCast(label.prop)) {
        property = t->GetTextProperty();
        text = t->GetInput() ? t->GetInput() : "";
    }
    int bbox[4] = {0, 0, 0, 0};
    if (vtkTextRenderer *renderer = vtkTextRenderer::GetInstance(); property && renderer
        && renderer->GetBoundingBox(property, vtkStdString(text), bbox, 72)) {
        label.extent = {bbox[0] - 5.0, double(bbox[2]), bbox[1] + 5.0, double(bbox[3])};
    } else { // no text renderer: a generous guess, one em a character
        const double w = double(text.size()) * label.fontSize, h = label.fontSize * 1.4;
        label.extent = {-w / 2.0, -h / 2.0, w / 2.0, h / 2.0};
    }
    label.prop->SetVisibility(m_visible);
    m_renderer->AddViewProp(label.prop);
    m_labels.push_back(std::move(label));
}

void LabelLayer::declutter(const Box &keepOut)
{
    if (!m_visible)
        return;
    std::vector<Box> taken;
    taken.reserve(m_labels.size() + 1);
    if (keepOut.x1 > keepOut.x0)
        taken.push_back(keepOut);
    for (Label &l : m_labels) {
        m_renderer->SetWorldPoint(l.x, l.y, l.z, 1.0);
        m_renderer->WorldToDisplay();
        double d[3];
        m_renderer->GetDisplayPoint(d);
        bool show = d[2] > 0.0 && d[2] < 1.0;
        if (show) {
            const Box b{d[0] + l.extent.x0, d[1] + l.extent.y0, d[0] + l.extent.x1, d[1] + l.extent.y1};
            show = std::none_of(taken.begin(), taken.end(), [&](const Box &t) { return b.overlaps(t); });
            if (show)
                taken.push_back(b);
        }
        l.prop->SetVisibility(show);
    }
}

void LabelLayer::setVisible(bool visible)
{
    m_visible = visible;
    for (const Label &l : m_labels)
        l.prop->SetVisibility(visible);
}

} // namespace hallwright::views::hall3d
