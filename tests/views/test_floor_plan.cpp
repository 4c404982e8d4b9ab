// The 2D plan on hand-built halls: picking, rubber band, snapped drags, refusals, nudges, deletes,
// colour modes, failure impact, cable trace, centring, incremental updates and a baseline image.
#include "floorplan/floor_plan_scene.h"
#include "floorplan/floor_plan_view.h"
#include "floorplan/snapping.h"
#include "common/legend_widget.h"
#include "plan_fixture.h"
#include "test_support.h"

#include <QApplication>
#include <QLabel>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QGraphicsSimpleTextItem>
#include <QtTest>

using namespace hallwright;
using namespace hallwright::views;
using hallwright::test::findDevice;
using hallwright::test::findEquipment;

namespace {

/// Sends a mouse event to the view's viewport at a floor position (metres).
void mouse(FloorPlanView &view, QEvent::Type type, Point2 floor, Qt::MouseButton button, Qt::MouseButtons buttons,
           Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const QPointF pos = view.mapFromScene(toScene(floor));
    QMouseEvent event(type, pos, view.viewport()->mapToGlobal(pos), button, buttons, modifiers);
    QApplication::sendEvent(view.viewport(), &event);
}

void click(FloorPlanView &view, Point2 floor, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    mouse(view, QEvent::MouseButtonPress, floor, Qt::LeftButton, Qt::LeftButton, modifiers);
    mouse(view, QEvent::MouseButtonRelease, floor, Qt::LeftButton, Qt::NoButton, modifiers);
}

Point2 centreOf(const Design &d, const std::string &rack)
{
    for (const Rack &r : d.racks)
        if (r.name == rack)
            return r.footprint.center();
    throw std::runtime_error("no rack " + rack);
}

RackId rackNamed(const Design &d, const std::string &name)
{
    for (const Rack &r : d.racks)
        if (r.name == name)
            return r.id;
    return {};
}

QList<SelectionItem> racks(const Design &d, std::initializer_list<const char *> names)
{
    QList<SelectionItem> out;
    for (const char *n : names)
        out << SelectionItem::rack(rackNamed(d, n));
    return out;
}

/// A view at exactly 100 px per metre (one pixel per scene unit), 900 × 700.
void setUp(FloorPlanView &view, SelectionModel &selection, const Design &d, const Results &r)
{
    view.resize(900, 700);
    view.setSelectionModel(&selection);
    view.setData(&d, &test::testCatalog(), &r);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setTransform(QTransform());
    view.centerOn(toScene(Point2{8.0, 14.0}));
}

} // namespace

class TestFloorPlan : public QObject
{
    Q_OBJECT

    Design m_fabric = test::fabricHall();
    Results m_fabricResults = analyze(m_fabric, test::testCatalog());
    Design m_power = test::powerHall();
    Results m_powerResults = test::powerHallResults(m_power);

private slots:
    void oneItemPerRackAndEquipment()
    {
        FloorPlanScene scene;
        scene.setData(&m_power, &test::testCatalog(), &m_powerResults);
        QCOMPARE(scene.rackItemCount(), 15);
        int placed = 0;
        for (const Equipment &e : m_power.equipment)
            placed += e.footprint.width > 0 && e.footprint.depth > 0;
        int items = 0;
        for (const Equipment &e : m_power.equipment)
            items += scene.equipmentItem(e.id) != nullptr;
        QCOMPARE(items, placed);
        QVERIFY(placed > 0);
        QCOMPARE(scene.rackAt(toScene(centreOf(m_power, "B03"))), rackNamed(m_power, "B03"));
    }

    void aGalleryNameStandsClearOfTheUnitsInIt()
    {
        // CRAH units (2.0 × 1.0 m) down the west gallery (x 0–3, y 10–40) from its north end,
        // 1 m apart: too little room for its name between them, so it goes south of them. The
        // east gallery is full from end to end: its name stands over the units.
        Design d = test::testHall(1, 2, 1);
        auto unit = [&d](ZoneId zone, double x, double y) {
            Equipment e;
            e.id = EquipmentId(std::int64_t(d.equipment.size()) + 1);
            e.zone = zone;
            e.catalogId = "crah-100";
            e.kind = EquipmentKind::Crah;
            e.name = "CRAH-" + std::to_string(e.id.value());
            e.footprint = {x, y, 2.0, 1.0};
            d.equipment.push_back(e);
        };
        for (double y : {38.5, 36.5, 34.5, 32.5, 30.5})
            unit(ZoneId(3), 0.5, y);
        for (double y = 10.0; y < 40.0; y += 1.0)
            unit(ZoneId(4), 37.5, y);
        const Results r = analyze(d, test::testCatalog());
        FloorPlanScene scene;
        scene.setData(&d, &test::testCatalog(), &r);
        auto nameItem = [&scene](const QString &text) -> QGraphicsSimpleTextItem * {
            for (QGraphicsItem *i : scene.items())
                if (auto *t = dynamic_cast<QGraphicsSimpleTextItem *>(i); t && t->text() == text)
                    return t;
            return nullptr;
        };
        QGraphicsSimpleTextItem *west = nameItem(QStringLiteral("West gallery"));
        QGraphicsSimpleTextItem *east = nameItem(QStringLiteral("East gallery"));
        QVERIFY(west && east);
        const QRectF westName = west->sceneBoundingRect();
        QVERIFY(toScene(d.zones[2].area).contains(westName));
        for (const Equipment &e : d.equipment) {
            if (e.zone == ZoneId(3))
                QVERIFY2(!westName.intersects(toScene(e.footprint)), e.name.c_str());
            if (e.zone == ZoneId(4))
                QVERIFY(east->zValue() > scene.equipmentItem(e.id)->zValue());
        }
        // Nothing in the way: the name keeps its place at the gallery's north end, under the units' level.
        const Design empty = test::testHall(1, 2, 1);
        const Results er = analyze(empty, test::testCatalog());
        scene.setData(&empty, &test::testCatalog(), &er);
        west = nameItem(QStringLiteral("West gallery"));
        QVERIFY(west);
        QCOMPARE(west->sceneBoundingRect().top(), toScene(empty.zones[2].area).top() + 30);
        QCOMPARE(west->zValue(), 2.0);
    }

    void aRowNameGoesOverTheRowWhenItsWestNeighbourIsTooClose()
    {
        // The hand-built hall's rows stand alone to the west: names west of them.
        FloorPlanScene scene;
        scene.setData(&m_power, &test::testCatalog(), &m_powerResults);
        for (const Row &row : m_power.rows)
            QVERIFY(!scene.rowLabelItem(row.id)->aboveRow());
        // A copy of row A 1 m east of its end, in line with it: no room for "Row D" between
        // them (0.6 m letters), so its name stands over its west end, clear of row A's racks.
        Design d = m_power;
        Row east = d.rows.front();
        east.id = RowId(99);
        east.name = "Row D";
        east.area.x = d.rows.front().area.right() + 1.0;
        d.rows.push_back(east);
        scene.setDesign(&d);
        QVERIFY(!scene.rowLabelItem(d.rows.front().id)->aboveRow());
        RowLabelItem *label = scene.rowLabelItem(RowId(99));
        QVERIFY(label->aboveRow());
        const QRectF text = label->mapRectToScene(label->QGraphicsSimpleTextItem::boundingRect());
        QVERIFY(text.left() >= toScene(east.area).left() - 1e-6);   // not over row A
        QVERIFY(text.bottom() <= toScene(east.area).top() + 1e-6);  // in the aisle north of the row
    }

    void clickAndCtrlClickSelect()
    {
        FloorPlanView view;
        SelectionModel sel;
        setUp(view, sel, m_fabric, m_fabricResults);
        click(view, centreOf(m_fabric, "A02"));
        QCOMPARE(sel.selection(), racks(m_fabric, {"A02"}));
        click(view, centreOf(m_fabric, "A04"));
        QCOMPARE(sel.selection(), racks(m_fabric, {"A04"}));
        click(view, centreOf(m_fabric, "B01"), Qt::ControlModifier);
        click(view, centreOf(m_fabric, "B05"), Qt::ControlModifier);
        QCOMPARE(sel.selection(), racks(m_fabric, {"A04", "B01", "B05"}));
        click(view, centreOf(m_fabric, "A04"), Qt::ControlModifier); // toggles off
        QCOMPARE(sel.selection(), racks(m_fabric, {"B01", "B05"}));
        QVERIFY(view.floorPlanScene()->rackItem(rackNamed(m_fabric, "B01"))->marks().selected);
        QVERIFY(!view.floorPlanScene()->rackItem(rackNamed(m_fabric, "A04"))->marks().selected);
        click(view, {12.0, 14.0}); // empty floor between the rows clears
        QVERIFY(sel.isEmpty());
        QVERIFY(!view.floorPlanScene()->rackItem(rackNamed(m_fabric, "B01"))->marks().selected);
    }

    void rubberBandSelectsTheRacksItCrosses()
    {
        FloorPlanView view;
        SelectionModel sel;
        setUp(view, sel, m_fabric, m_fabricResults);
        // From the aisle (x 6.7, y 14) to inside row B up to x 7.7: B02 (6.6–7.2) and B03 (7.2–7.8).
        mouse(view, QEvent::MouseButtonPress, {6.7, 14.0}, Qt::LeftButton, Qt::LeftButton);
        mouse(view, QEvent::MouseMove, {7.2, 15.0}, Qt::NoButton, Qt::LeftButton);
        mouse(view, QEvent::MouseMove, {7.7, 15.5}, Qt::NoButton, Qt::LeftButton);
        mouse(view, QEvent::MouseButtonRelease, {7.7, 15.5}, Qt::LeftButton, Qt::NoButton);
        QCOMPARE(sel.selection(), racks(m_fabric, {"B02", "B03"}));
        // Ctrl + band adds row A's A01 (6.0–6.6) from below the row.
        mouse(view, QEvent::MouseButtonPress, {6.1, 11.5}, Qt::LeftButton, Qt::LeftButton, Qt::ControlModifier);
        mouse(view, QEvent::MouseMove, {6.4, 12.5}, Qt::NoButton, Qt::LeftButton, Qt::ControlModifier);
        mouse(view, QEvent::MouseButtonRelease, {6.4, 12.5}, Qt::LeftButton, Qt::NoButton, Qt::ControlModifier);
        QCOMPARE(sel.selection(), racks(m_fabric, {"B02", "B03", "A01"}));
    }

    void dragSnapsToRackSlotsAndTheGrid()
    {
        FloorPlanView view;
        SelectionModel sel;
        setUp(view, sel, m_fabric, m_fabricResults);
        QSignalSpy updated(&view, &FloorPlanView::dragUpdated);
        QSignalSpy finished(&view, &FloorPlanView::dragFinished);
        const Point2 a02 = centreOf(m_fabric, "A02"); // footprint x 6.6–7.2, y 12.0–13.2
        mouse(view, QEvent::MouseButtonPress, a02, Qt::LeftButton, Qt::LeftButton);
        // 0.33 m east, 0.04 m north: the rack's corner at (6.93, 12.04) is within 0.3 m of
        // row A's slot x = 6.0 + 2 × 0.6 = 7.2, y = 12.0: the delta snaps to (0.6, 0).
        mouse(view, QEvent::MouseMove, {a02.x + 0.33, a02.y + 0.04}, Qt::NoButton, Qt::LeftButton);
        QVERIFY(view.isDragging());
        QVERIFY(!updated.isEmpty());
        QCOMPARE(updated.last().at(0).value<QList<SelectionItem>>(), racks(m_fabric, {"A02"}));
        QPointF d = updated.last().at(1).toPointF();
        QNEAR(d.x(), 0.6, 1e-9);
        QNEAR(d.y(), 0.0, 1e-9);
        // The preview shows the rack in the slot; the design is untouched.
        const RackItem *item = view.floorPlanScene()->rackItem(rackNamed(m_fabric, "A02"));
        QNEAR(item->pos().x(), 720.0, 1e-6);
        QCOMPARE(m_fabric.racks[1].footprint.x, 6.6);
        // Into the aisle, 1.53 m north: no slot within 0.3 m, so the corner lands on the
        // 0.1 m grid: (6.93, 13.53) → (6.9, 13.5), a delta of (0.3, 1.5).
        mouse(view, QEvent::MouseMove, {a02.x + 0.33, a02.y + 1.53}, Qt::NoButton, Qt::LeftButton);
        d = updated.last().at(1).toPointF();
        QNEAR(d.x(), 0.3, 1e-9);
        QNEAR(d.y(), 1.5, 1e-9);
        // The app refuses this spot: the rack is marked and the reason shown.
        view.setDropRefusal(QStringLiteral("aisle below 1.2 m"));
        QVERIFY(item->marks().refused);
        auto *label = view.findChild<QLabel *>(QStringLiteral("refusalLabel"));
        QVERIFY(label && label->isVisible());
        QVERIFY(label->text().contains(QStringLiteral("aisle below 1.2 m")));
        view.setDropRefusal({});
        QVERIFY(!item->marks().refused);
        QVERIFY(!label->isVisible());
        // Alt drags without snapping: the raw delta.
        mouse(view, QEvent::MouseMove, {a02.x + 0.33, a02.y + 1.53}, Qt::NoButton, Qt::LeftButton, Qt::AltModifier);
        d = updated.last().at(1).toPointF();
        QNEAR(d.x(), 0.33, 1e-6);
        mouse(view, QEvent::MouseButtonRelease, {a02.x + 0.33, a02.y + 1.53}, Qt::LeftButton, Qt::NoButton);
        QCOMPARE(finished.count(), 1);
        QNEAR(finished.last().at(1).toPointF().y(), 1.53, 1e-6);
        // Nothing applied it: the rack is back where the design has it.
        QNEAR(item->pos().x(), 660.0, 1e-6);
        QVERIFY(!view.isDragging());
    }

    void dragMovesTheWholeSelectionAndEscapeCancels()
    {
        FloorPlanView view;
        SelectionModel sel;
        setUp(view, sel, m_fabric, m_fabricResults);
        sel.setSelection(racks(m_fabric, {"A01", "A02", "B04"}));
        QSignalSpy updated(&view, &FloorPlanView::dragUpdated);
        QSignalSpy cancelled(&view, &FloorPlanView::dragCancelled);
        const Point2 a01 = centreOf(m_fabric, "A01");
        mouse(view, QEvent::MouseButtonPress, a01, Qt::LeftButton, Qt::LeftButton);
        mouse(view, QEvent::MouseMove, {a01.x + 0.5, a01.y - 2.0}, Qt::NoButton, Qt::LeftButton);
        QCOMPARE(updated.last().at(0).value<QList<SelectionItem>>(), racks(m_fabric, {"A01", "A02", "B04"}));
        const RackItem *b04 = view.floorPlanScene()->rackItem(rackNamed(m_fabric, "B04"));
        QVERIFY(b04->pos() != toScene(m_fabric.racks[8].footprint).topLeft());
        QTest::keyClick(&view, Qt::Key_Escape);
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(b04->pos(), toScene(m_fabric.racks[8].footprint).topLeft());
        QCOMPARE(sel.selection().size(), 3); // Esc during a drag keeps the selection
    }

    void rowLabelDragMovesTheRow()
    {
        FloorPlanView view;
        SelectionModel sel;
        setUp(view, sel, m_fabric, m_fabricResults);
        QSignalSpy updated(&view, &FloorPlanView::dragUpdated);
        const RowLabelItem *label = view.floorPlanScene()->rowLabelItem(RowId(2));
        const Point2 at = toFloor(label->mapToScene(label->boundingRect().center()));
        mouse(view, QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton);
        QCOMPARE(sel.selection(), QList<SelectionItem>{SelectionItem::row(RowId(2))});
        mouse(view, QEvent::MouseMove, {at.x + 0.26, at.y + 1.04}, Qt::NoButton, Qt::LeftButton);
        // Row B's origin (6.0, 15.0) + (0.26, 1.04) → grid (6.3, 16.0).
        const QPointF d = updated.last().at(1).toPointF();
        QNEAR(d.x(), 0.3, 1e-9);
        QNEAR(d.y(), 1.0, 1e-9);
        QCOMPARE(updated.last().at(0).value<QList<SelectionItem>>(), QList<SelectionItem>{SelectionItem::row(RowId(2))});
        mouse(view, QEvent::MouseButtonRelease, {at.x + 0.26, at.y + 1.04}, Qt::LeftButton, Qt::NoButton);
    }

    void arrowsNudgeAndDeleteDeletes()
    {
        FloorPlanView view;
        SelectionModel sel;
        setUp(view, sel, m_fabric, m_fabricResults);
        QSignalSpy nudged(&view, &FloorPlanView::nudgeRequested);
        QSignalSpy deleted(&view, &FloorPlanView::deleteRequested);
        QTest::keyClick(&view, Qt::Key_Right); // nothing selected: no intent
        QCOMPARE(nudged.count(), 0);
        sel.setSelection(racks(m_fabric, {"A03", "B01"}));
        QTest::keyClick(&view, Qt::Key_Right);
        QTest::keyClick(&view, Qt::Key_Down);
        QTest::keyClick(&view, Qt::Key_Up, Qt::ShiftModifier);
        QTest::keyClick(&view, Qt::Key_Left, Qt::ShiftModifier);
        QCOMPARE(nudged.count(), 4);
        QCOMPARE(nudged[0].at(0).value<QList<SelectionItem>>(), racks(m_fabric, {"A03", "B01"}));
        QCOMPARE(nudged[0].at(1).toPointF(), QPointF(0.1, 0.0));
        QCOMPARE(nudged[1].at(1).toPointF(), QPointF(0.0, -0.1)); // down is south
        QCOMPARE(nudged[2].at(1).toPointF(), QPointF(0.0, 0.6)); // one 0.6 m rack pitch
        QCOMPARE(nudged[3].at(1).toPointF(), QPointF(-0.6, 0.0));
        QTest::keyClick(&view, Qt::Key_Delete);
        QCOMPARE(deleted.count(), 1);
        QCOMPARE(deleted[0].at(0).value<QList<SelectionItem>>(), racks(m_fabric, {"A03", "B01"}));
        // The design is untouched: intents only.
        QCOMPARE(m_fabric.racks.size(), std::size_t(10));
        QCOMPARE(m_fabric.racks[2].footprint.x, 7.2);
    }

    void powerDensityColoursAKnownRack()
    {
        FloorPlanView view;
        SelectionModel sel;
        setUp(view, sel, m_fabric, m_fabricResults);
        view.setColourMode(ColourMode::PowerDensity);
        // A01: three 10 kW nodes = 30 kW → the 20–40 kW bin (#feb24c);
        // A05: 30 kW + two 1 kW switches = 32 kW, the same bin.
        QCOMPARE(view.floorPlanScene()->rackFill(rackNamed(m_fabric, "A01")), QColor("#feb24c"));
        QCOMPARE(view.floorPlanScene()->rackFill(rackNamed(m_fabric, "A05")), QColor("#feb24c"));
        const QList<LegendEntry> entries = view.legendWidget()->entries();
        QCOMPARE(view.legendWidget()->title(), QStringLiteral("Power density"));
        QCOMPARE(entries[2].label, QStringLiteral("20–40 kW"));
        QCOMPARE(entries[2].count, 10);
        view.setColourMode(ColourMode::SuMembership);
        QCOMPARE(view.floorPlanScene()->rackFill(rackNamed(m_fabric, "B02")), suColour(1));
        view.setColourMode(ColourMode::Role);
        QCOMPARE(view.floorPlanScene()->rackFill(rackNamed(m_fabric, "B02")), roleColour(RackRole::Compute));
    }

    void upsFailureTakesTheLastRowDark()
    {
        FloorPlanView view;
        SelectionModel sel;
        setUp(view, sel, m_power, m_powerResults);
        view.setColourMode(ColourMode::FailureImpact);
        const Equipment *ups = findEquipment(m_power, "UPS-01-1");
        QVERIFY(ups);
        sel.setSelection({SelectionItem::equipment(ups->id)});
        const auto &f = view.floorPlanScene()->failureHighlight();
        QVERIFY(f.has_value());
        QCOMPARE(f->racksDark.size(), 5);
        for (const Rack &r : m_power.racks)
            QCOMPARE(view.floorPlanScene()->rackFill(r.id),
                     r.name[0] == 'C' ? failureDarkColour() : unaffectedColour());
        QVERIFY(view.floorPlanScene()->equipmentItem(ups->id)->marks().failedHere);
        QVERIFY(view.legendWidget()->note().contains(QStringLiteral("UPS-01-1")));
        QCOMPARE(view.legendWidget()->entries()[0].count, 5);
        // Selecting a rack keeps the last failure on show.
        sel.setSelection(racks(m_power, {"A01"}));
        QCOMPARE(view.floorPlanScene()->rackFill(rackNamed(m_power, "C03")), failureDarkColour());
        // A busway failure moves its racks to the other feed: nothing dark.
        const Equipment *bw = findEquipment(m_power, "BW-B-A");
        QVERIFY(bw);
        sel.setSelection({SelectionItem::equipment(bw->id)});
        QCOMPARE(view.floorPlanScene()->failureHighlight()->racksDark.size(), 0);
        QCOMPARE(view.floorPlanScene()->rackFill(rackNamed(m_power, "C03")), unaffectedColour());
        // … where they run on one feed: up, but their redundancy is lost, and the note counts them.
        int single = 0;
        for (const Rack &r : m_power.racks)
            if (r.name[0] == 'B') {
                QCOMPARE(view.floorPlanScene()->rackFill(r.id), failureRedundancyLostColour());
                ++single;
            }
        QCOMPARE(int(view.floorPlanScene()->failureHighlight()->racksRedundancyLost.size()), single);
        QVERIFY2(view.legendWidget()->note().contains(QStringLiteral("%1 racks on one feed (redundancy lost)").arg(single)),
                 qPrintable(view.legendWidget()->note()));
        QCOMPARE(view.legendWidget()->entries()[2].colour, failureRedundancyLostColour());
        QCOMPARE(view.legendWidget()->entries()[2].count, single);
    }

    void switchFailureMarksItsRacks()
    {
        FloorPlanView view;
        SelectionModel sel;
        setUp(view, sel, m_fabric, m_fabricResults);
        view.setColourMode(ColourMode::FailureImpact);
        sel.setSelection({SelectionItem::device(DeviceId(test::kLeaf1))});
        // A02–A04 have their only compute link on LEAF-1: cut off. A01 keeps LEAF-2: at risk.
        const FloorPlanScene *scene = view.floorPlanScene();
        QCOMPARE(scene->rackFill(rackNamed(m_fabric, "A02")), failureDarkColour());
        QCOMPARE(scene->rackFill(rackNamed(m_fabric, "A03")), failureDarkColour());
        QCOMPARE(scene->rackFill(rackNamed(m_fabric, "A04")), failureDarkColour());
        QCOMPARE(scene->rackFill(rackNamed(m_fabric, "A01")), failureAtRiskColour());
        QCOMPARE(scene->rackFill(rackNamed(m_fabric, "A05")), failureSourceColour());
        QCOMPARE(scene->rackFill(rackNamed(m_fabric, "B01")), unaffectedColour());
        // The engine's count: the four nodes on LEAF-1 each lose their one compute NIC link.
        QVERIFY2(scene->failureHighlight()->summary.contains(QStringLiteral("cut off")),
                 qPrintable(scene->failureHighlight()->summary));
    }

    void cableTraceFollowsTheTrays()
    {
        FloorPlanView view;
        SelectionModel sel;
        setUp(view, sel, m_fabric, m_fabricResults);
        sel.setSelection({SelectionItem::link(LinkId(test::kTracedLink))});
        const auto &t = view.floorPlanScene()->cableTrace();
        QVERIFY(t.has_value());
        // A02 (centre 6.9, 12.6) → A01 → trunk → B01 → B02 → B03 (7.5, 15.6):
        // 0.6 + 1.3 + 3.0 + 1.3 + 0.6 + 0.6 = 7.4 m over trays 2, 1, 11, 6, 7, 8.
        QNEAR(*t->trayRunM, 7.4, 1e-9);
        std::vector<std::int64_t> ids;
        for (int i : t->trays)
            ids.push_back(m_fabric.trays[std::size_t(i)].id.value());
        QCOMPARE(ids, (std::vector<std::int64_t>{2, 1, 11, 6, 7, 8}));
        QCOMPARE(t->a.rackName, QStringLiteral("A02"));
        QCOMPARE(t->a.deviceName, QStringLiteral("A02-N2"));
        QCOMPARE(t->b.rackName, QStringLiteral("B03"));
        QCOMPARE(t->b.uPosition, 1);
        // Both ends listed on the card; both racks marked.
        const QString card = view.traceText();
        QVERIFY(card.contains(QStringLiteral("A02-N2")) && card.contains(QStringLiteral("B03-N1")));
        QVERIFY(card.contains(QStringLiteral("7.4 m")));
        QVERIFY(view.floorPlanScene()->rackItem(rackNamed(m_fabric, "A02"))->marks().related);
        QVERIFY(view.floorPlanScene()->rackItem(rackNamed(m_fabric, "B03"))->marks().related);
        sel.clear();
        QVERIFY(!view.floorPlanScene()->cableTrace());
        QVERIFY(view.traceText().isEmpty());
    }

    void centreOnBringsTheItemIntoLegibleView()
    {
        FloorPlanView view;
        SelectionModel sel;
        setUp(view, sel, m_power, m_powerResults);
        view.zoomToFit();
        view.clearFocus();
        const RackId c05 = rackNamed(m_power, "C05");
        sel.requestCentre(SelectionItem::rack(c05));
        QVERIFY(view.pixelsPerMetre() >= 75.0 - 1e-9);
        const QRect onScreen = view.mapFromScene(toScene(m_power.racks[14].footprint)).boundingRect();
        QVERIFY(view.viewport()->rect().contains(onScreen));
        QVERIFY(view.hasFocus());
    }

    void applyChangesMovesOnlyTheTouchedRack()
    {
        Design d = m_fabric;
        FloorPlanView view;
        SelectionModel sel;
        setUp(view, sel, d, m_fabricResults);
        const QPointF b02Before = view.floorPlanScene()->rackItem(rackNamed(d, "B02"))->pos();
        d.racks[0].footprint.x += 0.6; // A01 moved one pitch east (on top of A02: the plan only shows)
        view.applyChanges(PlanChanges{{rackNamed(d, "A01")}, {}, {}, true, false, false});
        QCOMPARE(view.floorPlanScene()->rackItem(rackNamed(d, "A01"))->pos(), toScene(d.racks[0].footprint).topLeft());
        QCOMPARE(view.floorPlanScene()->rackItem(rackNamed(d, "B02"))->pos(), b02Before);
        QCOMPARE(view.floorPlanScene()->rackItemCount(), 10);
        // A structural change rebuilds: a deleted rack's item goes.
        d.racks.pop_back();
        view.applyChanges(PlanChanges{{}, {}, {}, false, true, false});
        QCOMPARE(view.floorPlanScene()->rackItemCount(), 9);
    }

    void aRegeneratedHallOfAnotherSizeIsShownWhole()
    {
        Design d = m_fabric;
        FloorPlanView view;
        SelectionModel sel;
        setUp(view, sel, d, m_fabricResults);
        const double fitted = view.transform().m11();
        view.scale(4.0, 4.0); // the user zoomed in
        // Regenerated at the same size: the user's zoom stays.
        view.applyChanges(PlanChanges{{}, {}, {}, true, true, true});
        QVERIFY(std::abs(view.transform().m11() - 4.0 * fitted) < 1e-9 * fitted);
        // Regenerated twice as wide and deep: the view fits the new hall (half the old scale).
        d.hall.widthM *= 2.0;
        d.hall.depthM *= 2.0;
        view.applyChanges(PlanChanges{{}, {}, {}, true, true, true});
        QVERIFY2(view.transform().m11() < 0.75 * fitted, qPrintable(QString::number(view.transform().m11() / fitted)));
    }

    void planImageMatchesTheBaseline()
    {
        FloorPlanView view;
        SelectionModel sel;
        setUp(view, sel, m_power, m_powerResults);
        view.setColourMode(ColourMode::PowerDensity);
        view.resize(760, 560);
        view.setTransform(QTransform::fromScale(0.12, 0.12)); // 12 px per metre: the whole 40 m hall
        view.centerOn(toScene(Point2{20.0, 20.0}));
        sel.setSelection(racks(m_power, {"B03"}));
        QApplication::processEvents();
        const QImage image = view.grab().toImage();
        const QString failure = test::compareWithBaseline(image, QStringLiteral("plan_power_density"), 0.0005,
                                                          QDir::currentPath() + QStringLiteral("/baseline-failures"));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
};

QTEST_MAIN(TestFloorPlan)
#include "test_floor_plan.moc"
