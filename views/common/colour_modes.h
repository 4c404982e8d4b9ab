// Colour modes of racks shared by the 2D plan and the 3D view: palettes, bins and legend entries.
#pragma once

#include "model/design.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace hallwright {
struct Results;
}

namespace hallwright::views {

/// What a rack's fill colour shows. Every palette is safe for the common
/// forms of colour blindness (Okabe–Ito, ColorBrewer YlOrRd / RdYlBu, Paul Tol muted).
enum class ColourMode { Role, PowerDensity, CoolingHeadroom, SuMembership, FailureImpact };

/// The modes in menu order.
QList<ColourMode> allColourModes();
/// "Rack role", "Power density" … (translated).
QString colourModeName(ColourMode mode);
/// The same with a menu mnemonic: "&Rack role" … (translated).
QString colourModeMenuText(ColourMode mode);

/// One line of a legend: a swatch, its meaning and how many racks have it
/// (-1 when not counted, e.g. for equipment).
struct LegendEntry
{
    QColor colour;
    QString label;
    int count = -1;
    bool operator==(const LegendEntry &) const = default;
};

/// What the failure of one selected component does to the racks: dark (no
/// power or cut off from the fabric), at risk (running beyond the cooling
/// left, or degraded), and where the failed component sits.
struct FailureHighlight
{
    QString component;              ///< e.g. "UPS-A1 (UPS)"
    QString summary;                ///< one line: "12 racks dark, 768 accelerators; 0 at risk"
    QSet<std::int64_t> racksDark;
    QSet<std::int64_t> racksAtRisk;
    QSet<std::int64_t> racksRedundancyLost; ///< running on one feed where they had two
    QSet<std::int64_t> racksSource; ///< the rack holding a failed PDU or switch
    QSet<std::int64_t> equipmentSource; ///< failed facility equipment
    bool isEmpty() const { return component.isEmpty(); }
};

/// The per-rack figures the colour modes read, copied out of (Design, Results)
/// once, then refreshed for the racks an edit touched.
class RackFigures
{
public:
    struct Figures
    {
        RackRole role = RackRole::Compute;
        std::optional<double> kw;       ///< Σ catalog maximum of its devices; none without analysis
        double coolingLimitKw = 0.0;
        int su = -1;
    };

    RackFigures() = default;
    RackFigures(const Design &design, const Results &results);
    /// Re-reads the given racks (after an edit that changed only them); costs
    /// in proportion to racks.size() while the design's rack order holds.
    void refresh(const Design &design, const Results &results, const std::vector<RackId> &racks);

    const Figures *find(RackId rack) const;
    int size() const { return int(m_figures.size()); }
    const QHash<std::int64_t, Figures> &all() const { return m_figures; }

private:
    void reindex(const Design &design, const Results &results);

    QHash<std::int64_t, Figures> m_figures;
    QHash<std::int64_t, int> m_rackIndex; ///< into Design::racks
    QHash<std::int64_t, int> m_heatIndex; ///< into CoolingResults::racks
};

// Bins and palettes, public so that tests and the 3D view use the very same ones.

/// Power-density bins in kW per rack: < 10, 10–20, 20–40, 40–60, 60–100, ≥ 100.
QColor powerDensityColour(std::optional<double> kw);
/// Headroom = 1 − heat / rack cooling limit: < 0 (over), 0–10 %, 10–25 %, 25–50 %, ≥ 50 %; grey without a limit.
QColor coolingHeadroomColour(std::optional<double> headroom);
std::optional<double> coolingHeadroom(const RackFigures::Figures &f);
/// SU n takes colour n mod 9 of Paul Tol's muted palette; central racks (SU −1) light grey.
QColor suColour(int su);
QColor roleColour(RackRole role);
/// Failure impact: dark racks, at-risk racks, the failed component's rack, racks left on one feed, unaffected racks.
QColor failureDarkColour();
QColor failureAtRiskColour();
QColor failureRedundancyLostColour();
QColor failureSourceColour();
QColor unaffectedColour();
/// A racks whose figures are unknown in a figure mode.
QColor noDataColour();

/// Black or white, whichever reads better on background (WCAG relative luminance).
QColor labelColourOn(const QColor &background);

/// The rack's fill colour in mode. figures must hold the rack; failure may be null
/// in FailureImpact mode (everything is then unaffected).
QColor rackColour(ColourMode mode, RackId rack, const RackFigures &figures, const FailureHighlight *failure = nullptr);
/// Convenience for one rack (indexes the whole design: use RackFigures for many).
QColor rackColour(ColourMode mode, const Design &design, const Results &results, RackId rack,
                  const FailureHighlight *failure = nullptr);

/// The legend of mode: every bin of a figure mode (with its rack count), the
/// roles and SU groups present, or the failure categories.
QList<LegendEntry> legendEntries(ColourMode mode, const RackFigures &figures, const FailureHighlight *failure = nullptr);

/// Translation context of the strings above.
class ColourModeText
{
    Q_DECLARE_TR_FUNCTIONS(ColourModeText)
};

} // namespace hallwright::views
