// Rack colours for each colour mode and the matching legends.
#include "common/colour_modes.h"

#include "analysis/analysis.h"
#include "common/labels.h"

#include <QLocale>

#include <array>
#include <cmath>
#include <map>

namespace hallwright::views {

namespace {


// Power density, ColorBrewer YlOrRd (6 classes), light to dark with the load.
constexpr std::array<double, 5> kPowerEdgesKw{10.0, 20.0, 40.0, 60.0, 100.0};
const std::array<QColor, 6> kPowerColours{QColor(0xff, 0xff, 0xb2), QColor(0xfe, 0xd9, 0x76), QColor(0xfe, 0xb2, 0x4c),
                                          QColor(0xfd, 0x8d, 0x3c), QColor(0xf0, 0x3b, 0x20), QColor(0xbd, 0x00, 0x26)};

// Cooling headroom, ColorBrewer RdYlBu (5 classes): red is over the limit, blue is ample.
constexpr std::array<double, 4> kHeadroomEdges{0.0, 0.10, 0.25, 0.50};
const std::array<QColor, 5> kHeadroomColours{QColor(0xd7, 0x19, 0x1c), QColor(0xfd, 0xae, 0x61),
                                             QColor(0xff, 0xff, 0xbf), QColor(0xab, 0xd9, 0xe9),
                                             QColor(0x2c, 0x7b, 0xb6)};

// Paul Tol's "muted" qualitative palette (9 colours).
const std::array<QColor, 9> kSuColours{QColor(0xcc, 0x66, 0x77), QColor(0x33, 0x22, 0x88), QColor(0xdd, 0xcc, 0x77),
                                       QColor(0x11, 0x77, 0x33), QColor(0x88, 0xcc, 0xee), QColor(0x88, 0x22, 0x55),
                                       QColor(0x44, 0xaa, 0x99), QColor(0x99, 0x99, 0x33), QColor(0xaa, 0x44, 0x99)};

template <std::size_t N>
int binOf(double v, const std::array<double, N> &edges)
{
    int bin = 0;
    while (bin < int(N) && v >= edges[bin])
        ++bin;
    return bin;
}

QString kwText(double kw)
{
    return QLocale().toString(kw, 'f', 0);
}

QString percentText(double share)
{
    return QLocale().toString(share * 100.0, 'f', 0);
}

RackFigures::Figures figuresOf(const Rack &rack)
{
    RackFigures::Figures f;
    f.role = rack.role;
    f.coolingLimitKw = rack.coolingLimitKw;
    f.su = rack.su;
    return f;
}

} // namespace

QList<ColourMode> allColourModes()
{
    return {ColourMode::Role, ColourMode::PowerDensity, ColourMode::CoolingHeadroom, ColourMode::SuMembership,
            ColourMode::FailureImpact};
}

QString colourModeName(ColourMode mode)
{
    switch (mode) {
    case ColourMode::Role: return ColourModeText::tr("Rack role");
    case ColourMode::PowerDensity: return ColourModeText::tr("Power density");
    case ColourMode::CoolingHeadroom: return ColourModeText::tr("Cooling headroom");
    case ColourMode::SuMembership: return ColourModeText::tr("Scalable unit");
    case ColourMode::FailureImpact: return ColourModeText::tr("Failure impact");
    }
    return {};
}

QString colourModeMenuText(ColourMode mode)
{
    switch (mode) {
    case ColourMode::Role: return ColourModeText::tr("&Rack role");
    case ColourMode::PowerDensity: return ColourModeText::tr("&Power density");
    case ColourMode::CoolingHeadroom: return ColourModeText::tr("&Cooling headroom");
    case ColourMode::SuMembership: return ColourModeText::tr("&Scalable unit");
    case ColourMode::FailureImpact: return ColourModeText::tr("&Failure impact");
    }
    return {};
}

RackFigures::RackFigures(const Design &design, const Results &results)
{
    reindex(design, results);
    m_figures.reserve(qsizetype(design.racks.size()));
    for (const Rack &r : design.racks)
        m_figures.insert(r.id.value(), figuresOf(r));
    // Every watt a rack draws becomes heat: the cooling engine's per-rack heat is its load.
    if (results.cooling)
        for (const RackHeat &h : results.cooling->racks) {
            auto it = m_figures.find(h.rack.value());
            if (it != m_figures.end())
                it->kw = h.heatKw;
        }
}

void RackFigures::reindex(const Design &design, const Results &results)
{
    m_rackIndex.clear();
    m_heatIndex.clear();
    for (std::size_t i = 0; i < design.racks.size(); ++i)
        m_rackIndex.insert(design.racks[i].id.value(), int(i));
    if (results.cooling)
        for (std::size_t i = 0; i < results.cooling->racks.size(); ++i)
            m_heatIndex.insert(results.cooling->racks[i].rack.value(), int(i));
}

void RackFigures::refresh(const Design &design, const Results &results, const std::vector<RackId> &racks)
{
    const auto heats = results.cooling ? &results.cooling->racks : nullptr;
    auto stale = [&](RackId id) {
        const int i = m_rackIndex.value(id.value(), -1);
        const bool rackMoved = i < 0 || std::size_t(i) >= design.racks.size() || design.racks[std::size_t(i)].id != id;
        const int h = m_heatIndex.value(id.value(), -1);
        const bool heatMoved = heats && (h < 0 || std::size_t(h) >= heats->size() || (*heats)[std::size_t(h)].rack != id);
        return rackMoved || heatMoved;
    };
    for (RackId id : racks)
        if (stale(id)) { // items were added or removed: index again (rare)
            reindex(design, results);
            break;
        }
    for (RackId id : racks) {
        const int i = m_rackIndex.value(id.value(), -1);
        if (i < 0 || std::size_t(i) >= design.racks.size() || design.racks[std::size_t(i)].id != id) {
            m_figures.remove(id.value()); // deleted
            continue;
        }
        Figures f = figuresOf(design.racks[std::size_t(i)]);
        const int h = m_heatIndex.value(id.value(), -1);
        if (heats && h >= 0 && std::size_t(h) < heats->size() && (*heats)[std::size_t(h)].rack == id)
            f.kw = (*heats)[std::size_t(h)].heatKw;
        m_figures.insert(id.value(), f);
    }
}

const RackFigures::Figures *RackFigures::find(RackId rack) const
{
    auto it = m_figures.constFind(rack.value());
    return it == m_figures.constEnd() ? nullptr : &it.value();
}

QColor powerDensityColour(std::optional<double> kw)
{
    if (!kw)
        return noDataColour();
    return kPowerColours[binOf(*kw, kPowerEdgesKw)];
}

std::optional<double> coolingHeadroom(const RackFigures::Figures &f)
{
    if (f.coolingLimitKw <= 0.0 || !f.kw)
        return std::nullopt;
    return 1.0 - *f.kw / f.coolingLimitKw;
}

QColor coolingHeadroomColour(std::optional<double> headroom)
{
    if (!headroom)
        return noDataColour();
    // Exactly at the limit is not over it.
    return kHeadroomColours[binOf(*headroom + 1e-9, kHeadroomEdges)];
}

QColor suColour(int su)
{
    if (su < 0)
        return QColor(0xdd, 0xdd, 0xdd);
    return kSuColours[std::size_t(su) % kSuColours.size()];
}

QColor roleColour(RackRole role)
{
    // Okabe–Ito.
    switch (role) {
    case RackRole::Compute: return QColor(0x00, 0x72, 0xb2);
    case RackRole::Leaf: return QColor(0xe6, 0x9f, 0x00);
    case RackRole::Spine: return QColor(0xd5, 0x5e, 0x00);
    case RackRole::Core: return QColor(0xcc, 0x79, 0xa7);
    case RackRole::Storage: return QColor(0x00, 0x9e, 0x73);
    case RackRole::Management: return QColor(0x99, 0x99, 0x99);
    }
    return Qt::gray;
}

// Dark red and light orange differ in lightness as well as hue, so they stay
// apart for red-green colour blindness.
QColor failureDarkColour() { return QColor(0xb2, 0x18, 0x2b); }
QColor failureAtRiskColour() { return QColor(0xf4, 0xa5, 0x82); }
QColor failureSourceColour() { return QColor(0x33, 0x22, 0x88); }
// The light blue of the same diverging scheme (RdBu): up, but one failure from dark.
QColor failureRedundancyLostColour() { return QColor(0x92, 0xc5, 0xde); }
QColor unaffectedColour() { return QColor(0xe0, 0xe0, 0xe0); }
QColor noDataColour() { return QColor(0xbb, 0xbb, 0xbb); }

QColor labelColourOn(const QColor &background)
{
    auto channel = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const double l = 0.2126 * channel(background.redF()) + 0.7152 * channel(background.greenF())
                     + 0.0722 * channel(background.blueF());
    // Contrast with black (l + 0.05) / 0.05 against white 1.05 / (l + 0.05): equal at l ≈ 0.179.
    return l > 0.179 ? QColor(Qt::black) : QColor(Qt::white);
}

QColor rackColour(ColourMode mode, RackId rack, const RackFigures &figures, const FailureHighlight *failure)
{
    const RackFigures::Figures *f = figures.find(rack);
    if (!f)
        return noDataColour();
    switch (mode) {
    case ColourMode::Role: return roleColour(f->role);
    case ColourMode::PowerDensity: return powerDensityColour(f->kw);
    case ColourMode::CoolingHeadroom: return coolingHeadroomColour(coolingHeadroom(*f));
    case ColourMode::SuMembership: return suColour(f->su);
    case ColourMode::FailureImpact:
        if (failure) {
            if (failure->racksDark.contains(rack.value()))
                return failureDarkColour();
            if (failure->racksAtRisk.contains(rack.value()))
                return failureAtRiskColour();
            if (failure->racksSource.contains(rack.value()))
                return failureSourceColour();
            if (failure->racksRedundancyLost.contains(rack.value()))
                return failureRedundancyLostColour();
        }
        return unaffectedColour();
    }
    return noDataColour();
}

QColor rackColour(ColourMode mode, const Design &design, const Results &results, RackId rack,
                  const FailureHighlight *failure)
{
    return rackColour(mode, rack, RackFigures(design, results), failure);
}

QList<LegendEntry> legendEntries(ColourMode mode, const RackFigures &figures, const FailureHighlight *failure)
{
    QList<LegendEntry> out;
    const auto &all = figures.all();
    switch (mode) {
    case ColourMode::Role: {
        std::map<int, int> counts;
        for (const auto &f : all)
            ++counts[int(f.role)];
        for (const auto &[role, n] : counts)
            out.push_back({roleColour(RackRole(role)), Labels::rackRoleGroup(RackRole(role)), n});
        break;
    }
    case ColourMode::PowerDensity: {
        std::array<int, 6> counts{};
        int unknown = 0;
        for (const auto &f : all) {
            if (f.kw)
                ++counts[binOf(*f.kw, kPowerEdgesKw)];
            else
                ++unknown;
        }
        out.push_back({kPowerColours[0], ColourModeText::tr("under %1 kW").arg(kwText(kPowerEdgesKw[0])), counts[0]});
        for (std::size_t i = 1; i < kPowerEdgesKw.size(); ++i)
            out.push_back({kPowerColours[i],
                           ColourModeText::tr("%1–%2 kW").arg(kwText(kPowerEdgesKw[i - 1]), kwText(kPowerEdgesKw[i])),
                           counts[i]});
        out.push_back({kPowerColours[5], ColourModeText::tr("%1 kW and more").arg(kwText(kPowerEdgesKw.back())), counts[5]});
        if (unknown > 0)
            out.push_back({noDataColour(), ColourModeText::tr("not analysed"), unknown});
        break;
    }
    case ColourMode::CoolingHeadroom: {
        std::array<int, 5> counts{};
        int unknown = 0;
        for (const auto &f : all) {
            if (const auto h = coolingHeadroom(f))
                ++counts[binOf(*h + 1e-9, kHeadroomEdges)];
            else
                ++unknown;
        }
        out.push_back({kHeadroomColours[0], ColourModeText::tr("over the cooling limit"), counts[0]});
        for (std::size_t i = 1; i < kHeadroomEdges.size(); ++i)
            out.push_back({kHeadroomColours[i],
                           ColourModeText::tr("%1–%2 % headroom").arg(percentText(kHeadroomEdges[i - 1]),
                                                          percentText(kHeadroomEdges[i])),
                           counts[i]});
        out.push_back({kHeadroomColours[4], ColourModeText::tr("%1 % headroom or more").arg(percentText(kHeadroomEdges.back())),
                       counts[4]});
        if (unknown > 0)
            out.push_back({noDataColour(), ColourModeText::tr("no cooling limit"), unknown});
        break;
    }
    case ColourMode::SuMembership: {
        // One line per palette colour, naming the SUs that share it.
        std::map<int, std::map<int, int>> groups; // colour index (−1 central) → SU → racks
        for (const auto &f : all)
            ++groups[f.su < 0 ? -1 : f.su % int(kSuColours.size())][f.su];
        for (const auto &[colour, sus] : groups) {
            int n = 0;
            QStringList names;
            for (const auto &[su, racks] : sus) {
                n += racks;
                names << QString::number(su + 1);
            }
            if (colour < 0) {
                out.push_back({suColour(-1), ColourModeText::tr("central racks (no SU)"), n});
                continue;
            }
            if (names.size() > 4)
                names = QStringList{names[0], names[1], names[2], QStringLiteral("…"), names.back()};
            out.push_back({kSuColours[std::size_t(colour)], ColourModeText::tr("SU %1").arg(names.join(QStringLiteral(", "))), n});
        }
        // Central racks last.
        if (!out.isEmpty() && out.front().colour == suColour(-1))
            out.push_back(out.takeFirst());
        break;
    }
    case ColourMode::FailureImpact: {
        int dark = 0, risk = 0, source = 0, single = 0, rest = 0;
        for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
            if (failure && failure->racksDark.contains(it.key()))
                ++dark;
            else if (failure && failure->racksAtRisk.contains(it.key()))
                ++risk;
            else if (failure && failure->racksSource.contains(it.key()))
                ++source;
            else if (failure && failure->racksRedundancyLost.contains(it.key()))
                ++single;
            else
                ++rest;
        }
        out.push_back({failureDarkColour(), ColourModeText::tr("taken dark"), dark});
        out.push_back({failureAtRiskColour(), ColourModeText::tr("at risk (over cooling left, or degraded)"), risk});
        out.push_back({failureRedundancyLostColour(), ColourModeText::tr("redundancy lost (running on one feed)"), single});
        // The rack holding a failed PDU or switch is counted; failed facility equipment is marked on the plan.
        out.push_back({failureSourceColour(), ColourModeText::tr("failed component"),
                       failure && !failure->racksSource.isEmpty() ? source : -1});
        out.push_back({unaffectedColour(), failure ? ColourModeText::tr("unaffected") : ColourModeText::tr("select a component to fail"), rest});
        break;
    }
    }
    return out;
}

} // namespace hallwright::views
