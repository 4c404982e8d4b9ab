// Colour modes: a rack's colour for hand-known power, headroom, SU and failure sets; the legends' counts.
#include "common/colour_modes.h"

#include "analysis/analysis.h"
#include "test_hall.h"

#include <QTest>

#include <algorithm>

using namespace hallwright;
using namespace hallwright::views;

namespace {

/// 2 rows × 4 racks of four 10 kW nodes (40 kW each), then: A02 keeps one
/// node (10 kW), A03 two (20 kW), B04 holds one 120 kW rack-scale node;
/// cooling limits A01 44 kW, A02 8 kW, the others 200 kW.
Design colourHall()
{
    Design d = test::testHall(2, 4, 4);
    auto dropNodes = [&](const std::string &rack, int keep) {
        const Rack *r = nullptr;
        for (const Rack &x : d.racks)
            if (x.name == rack)
                r = &x;
        int kept = 0;
        d.devices.erase(std::remove_if(d.devices.begin(), d.devices.end(),
                                       [&](const Device &dev) { return dev.rack == r->id && ++kept > keep; }),
                        d.devices.end());
    };
    dropNodes("A02", 1);
    dropNodes("A03", 2);
    dropNodes("B04", 0);
    Device big;
    big.id = DeviceId(1000);
    big.rack = RackId(8);
    big.catalogId = "node-120";
    big.kind = DeviceKind::ComputeNode;
    big.name = "B04-N1";
    big.uPosition = 1;
    big.uHeight = 48;
    big.su = 1;
    d.devices.push_back(big);
    d.racks[0].coolingLimitKw = 44.0;
    d.racks[1].coolingLimitKw = 8.0;
    return d;
}

int countOf(const QList<LegendEntry> &legend, const QColor &c)
{
    for (const LegendEntry &e : legend)
        if (e.colour == c)
            return e.count;
    return -1;
}

} // namespace

class TestColourModes : public QObject
{
    Q_OBJECT

    Design m_design;
    Results m_results;
    RackFigures m_figures;

private slots:
    void initTestCase()
    {
        m_design = colourHall();
        m_results = analyze(m_design, test::testCatalog());
        m_figures = RackFigures(m_design, m_results);
        QCOMPARE(m_figures.size(), 8);
    }

    void powerDensityOfKnownRacks()
    {
        // ColorBrewer YlOrRd: 10–20 kW #fed976, 20–40 #feb24c, 40–60 #fd8d3c, ≥ 100 #bd0026.
        QCOMPARE(*m_figures.find(RackId(1))->kw, 40.0);
        QCOMPARE(rackColour(ColourMode::PowerDensity, RackId(1), m_figures), QColor("#fd8d3c"));
        QCOMPARE(rackColour(ColourMode::PowerDensity, RackId(2), m_figures), QColor("#fed976")); // 10 kW
        QCOMPARE(rackColour(ColourMode::PowerDensity, RackId(3), m_figures), QColor("#feb24c")); // 20 kW
        QCOMPARE(rackColour(ColourMode::PowerDensity, RackId(8), m_figures), QColor("#bd0026")); // 120 kW
        QCOMPARE(powerDensityColour(5.0), QColor("#ffffb2"));
        QCOMPARE(powerDensityColour(99.9), QColor("#f03b20"));
        QCOMPARE(powerDensityColour(std::nullopt), noDataColour());
        // The convenience overload agrees.
        QCOMPARE(rackColour(ColourMode::PowerDensity, m_design, m_results, RackId(8)), QColor("#bd0026"));
    }

    void powerLegendCountsEveryRack()
    {
        const QList<LegendEntry> legend = legendEntries(ColourMode::PowerDensity, m_figures);
        QCOMPARE(legend.size(), 6);
        QCOMPARE(countOf(legend, QColor("#fd8d3c")), 5); // A01, A04, B01, B02, B03 at 40 kW
        QCOMPARE(countOf(legend, QColor("#fed976")), 1);
        QCOMPARE(countOf(legend, QColor("#feb24c")), 1);
        QCOMPARE(countOf(legend, QColor("#bd0026")), 1);
        QCOMPARE(countOf(legend, QColor("#ffffb2")), 0);
        QCOMPARE(legend[3].label, QStringLiteral("40–60 kW"));
    }

    void coolingHeadroomOfKnownRacks()
    {
        // A01: 1 − 40/44 = 9.1 % → 0–10 % (#fdae61); A02: 10 kW on 8 kW → over (#d7191c);
        // A03: 1 − 20/200 = 90 % → ≥ 50 % (#2c7bb6); B04: 1 − 120/200 = 40 % → 25–50 % (#abd9e9).
        QCOMPARE(rackColour(ColourMode::CoolingHeadroom, RackId(1), m_figures), QColor("#fdae61"));
        QCOMPARE(rackColour(ColourMode::CoolingHeadroom, RackId(2), m_figures), QColor("#d7191c"));
        QCOMPARE(rackColour(ColourMode::CoolingHeadroom, RackId(3), m_figures), QColor("#2c7bb6"));
        QCOMPARE(rackColour(ColourMode::CoolingHeadroom, RackId(8), m_figures), QColor("#abd9e9"));
        // Exactly at the limit is 0 % headroom, not over it; without a limit there is no headroom.
        QCOMPARE(coolingHeadroomColour(0.0), QColor("#fdae61"));
        RackFigures::Figures noLimit;
        noLimit.kw = 10.0;
        QVERIFY(!coolingHeadroom(noLimit));
        const QList<LegendEntry> legend = legendEntries(ColourMode::CoolingHeadroom, m_figures);
        QCOMPARE(countOf(legend, QColor("#d7191c")), 1);
        QCOMPARE(countOf(legend, QColor("#2c7bb6")), 5); // A04, B01–B03 (40 kW) at 80 %, A03 at 90 %
    }

    void suAndRoleColours()
    {
        // Row A is SU 0, row B SU 1: different colours; central racks grey.
        QCOMPARE(rackColour(ColourMode::SuMembership, RackId(1), m_figures), suColour(0));
        QCOMPARE(rackColour(ColourMode::SuMembership, RackId(5), m_figures), suColour(1));
        QVERIFY(suColour(0) != suColour(1));
        QCOMPARE(suColour(9), suColour(0)); // the palette has nine colours
        const QList<LegendEntry> su = legendEntries(ColourMode::SuMembership, m_figures);
        QCOMPARE(su.size(), 2);
        QCOMPARE(su[0].label, QStringLiteral("SU 1"));
        QCOMPARE(su[0].count, 4);
        const QList<LegendEntry> roles = legendEntries(ColourMode::Role, m_figures);
        QCOMPARE(roles.size(), 1);
        QCOMPARE(roles[0].count, 8);
        QCOMPARE(rackColour(ColourMode::Role, RackId(1), m_figures), roleColour(RackRole::Compute));
    }

    void failureImpactColours()
    {
        FailureHighlight f;
        f.component = QStringLiteral("Busway A");
        f.racksDark = {1, 2};
        f.racksAtRisk = {5};
        f.racksSource = {6};
        f.racksRedundancyLost = {6, 7};
        QCOMPARE(rackColour(ColourMode::FailureImpact, RackId(1), m_figures, &f), failureDarkColour());
        QCOMPARE(rackColour(ColourMode::FailureImpact, RackId(5), m_figures, &f), failureAtRiskColour());
        QCOMPARE(rackColour(ColourMode::FailureImpact, RackId(6), m_figures, &f), failureSourceColour());
        QCOMPARE(rackColour(ColourMode::FailureImpact, RackId(3), m_figures, &f), unaffectedColour());
        QCOMPARE(rackColour(ColourMode::FailureImpact, RackId(1), m_figures, nullptr), unaffectedColour());
        const QList<LegendEntry> legend = legendEntries(ColourMode::FailureImpact, m_figures, &f);
        QCOMPARE(countOf(legend, failureDarkColour()), 2);
        QCOMPARE(countOf(legend, failureAtRiskColour()), 1);
        QCOMPARE(rackColour(ColourMode::FailureImpact, RackId(7), m_figures, &f), failureRedundancyLostColour());
        QCOMPARE(countOf(legend, failureRedundancyLostColour()), 1); // rack 6 is counted as the source
        QCOMPARE(countOf(legend, unaffectedColour()), 3);
    }

    void refreshReadsOnlyTheNamedRacks()
    {
        Design d = m_design;
        RackFigures figures(d, m_results);
        d.racks[2].coolingLimitKw = 21.0; // A03: 20 kW on 21 kW → 4.8 % headroom
        figures.refresh(d, m_results, {RackId(3)});
        QCOMPARE(rackColour(ColourMode::CoolingHeadroom, RackId(3), figures), QColor("#fdae61"));
        d.racks.pop_back(); // B04 deleted
        figures.refresh(d, m_results, {RackId(8)});
        QVERIFY(!figures.find(RackId(8)));
        QCOMPARE(figures.size(), 7);
    }

    void labelsReadOnTheirSwatch()
    {
        QCOMPARE(labelColourOn(QColor("#ffffb2")), QColor(Qt::black));
        QCOMPARE(labelColourOn(QColor("#bd0026")), QColor(Qt::white));
        QCOMPARE(labelColourOn(roleColour(RackRole::Compute)), QColor(Qt::white));
    }

    void everyModeIsNamed()
    {
        for (ColourMode m : allColourModes())
            QVERIFY(!colourModeName(m).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestColourModes)
#include "test_colour_modes.moc"
