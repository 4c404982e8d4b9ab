// 3D view geometry without OpenGL: boxes of racks and devices, aisles, bundle radii, preset cameras, ray picking.
#include "hall3d/camera_poses.h"
#include "hall3d/scene_geometry.h"
#include "hall3d/scene_picker.h"

#include "test_hall.h"
#include "view_projection.h"
#include "test_support.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace hallwright;
using namespace hallwright::views;
using namespace hallwright::views::hall3d;

namespace {

/// The largest |coordinate| of the bounds' corners in the view.
double extentInView(const CameraPose &pose, double aspect, const Bounds3 &b)
{
    double m = 0.0;
    for (int i = 0; i < 8; ++i) {
        const auto [x, y] = test::projectNormalised(pose, aspect, Vec3{i & 1 ? b.x1 : b.x0, i & 2 ? b.y1 : b.y0, i & 4 ? b.z1 : b.z0});
        m = std::max({m, std::abs(x), std::abs(y)});
    }
    return m;
}

} // namespace

class TestHall3DGeometry : public QObject
{
    Q_OBJECT

private slots:
    void rackBoxes()
    {
        Rack r;
        r.footprint = {10.0, 20.0, 0.6, 1.2};
        r.heightU = 42;
        // 42 U of 44.45 mm, plus 0.15 m of plinth and roof.
        QNEAR(rackHeightM(r), 42 * 0.04445 + 0.15, 1e-12);
        const Box3 b = rackBox(r);
        QNEAR(b.x, 10.01, 1e-12); // 1 cm apart from each neighbour along the row
        QNEAR(b.sx, 0.58, 1e-12);
        QNEAR(b.y, 20.0, 1e-12);
        QNEAR(b.sy, 1.2, 1e-12);
        QNEAR(b.z, 0.0, 1e-12);
    }

    void switchStandsProudOfTheFront()
    {
        Rack r;
        r.footprint = {0.0, 0.0, 0.6, 1.2};
        r.heightU = 48;
        Device sw;
        sw.kind = DeviceKind::Switch;
        sw.uPosition = 20;
        sw.uHeight = 1;
        r.facing = Facing::North;
        auto b = deviceBox(sw, r);
        QVERIFY(b);
        // Units 1–19 below it sit above the 0.10 m plinth.
        QNEAR(b->z, 0.10 + 19 * 0.04445, 1e-12);
        QNEAR(b->sz, 0.04445, 1e-12);
        QNEAR(b->y, 1.2, 1e-12); // the front of a north-facing rack is its north side
        QVERIFY(b->sy > 0.0);
        r.facing = Facing::South;
        b = deviceBox(sw, r);
        QVERIFY(b);
        QNEAR(b->y + b->sy, 0.0, 1e-12);

        Device node;
        node.kind = DeviceKind::ComputeNode;
        node.uPosition = 1;
        node.uHeight = 8;
        QVERIFY(!deviceBox(node, r)); // the rack's colour stands for its nodes
    }

    void pduFeedsSitLeftAndRightSeenFromTheRear()
    {
        Rack r;
        r.footprint = {0.0, 0.0, 0.6, 1.2};
        r.facing = Facing::North; // rear on the south side: seen from the south, west is on the left
        Device a;
        a.kind = DeviceKind::Pdu;
        a.role = "A";
        Device b = a;
        b.role = "B";
        const auto boxA = deviceBox(a, r), boxB = deviceBox(b, r);
        QVERIFY(boxA && boxB);
        QVERIFY(boxA->cx() < 0.3 && boxB->cx() > 0.3);
        QVERIFY(boxA->y + boxA->sy <= 1e-12); // behind the rear face
        r.facing = Facing::South;
        const auto southA = deviceBox(a, r);
        QVERIFY(southA && southA->cx() > 0.3);
        QVERIFY(southA->y >= 1.2 - 1e-12);
    }

    void buswaysHangAboveTheRacks()
    {
        Equipment bw;
        bw.kind = EquipmentKind::Busway;
        bw.footprint = {0, 0, 10, 0.15};
        Rack r;
        r.heightU = 52;
        QVERIFY(equipmentBox(bw).z > rackHeightM(r));
        Equipment ups;
        ups.kind = EquipmentKind::Ups;
        ups.footprint = {0, 0, 1.2, 0.9};
        QNEAR(equipmentBox(ups).z, 0.0, 1e-12);
        QVERIFY(equipmentBox(ups).sz > 1.0);
    }

    void bundleAreaGivesItsRadius()
    {
        // π r² = area: 100 mm of radius holds 31,415.9 mm² of cable.
        QNEAR(bundleRadiusM(std::numbers::pi * 100.0 * 100.0), 0.100, 1e-12);
        QNEAR(bundleRadiusM(0.0), 0.0, 0.0);
        // Four times the cables, twice the radius.
        QNEAR(bundleRadiusM(4000.0) / bundleRadiusM(1000.0), 2.0, 1e-12);
    }

    void aislesBetweenFacingRows()
    {
        // Rows 3 m apart, 1.2 m deep: A faces north, B south, C north, D south.
        const Design d = test::testHall(4, 5, 1);
        const std::vector<Aisle> aisles = findAisles(d);
        QCOMPARE(int(aisles.size()), 3);
        QVERIFY(aisles[0].cold); // A and B turn their fronts to it
        QCOMPARE(aisles[0].south, RowId(1));
        QCOMPARE(aisles[0].north, RowId(2));
        QNEAR(aisles[0].area.y, 13.2, 1e-9);
        QNEAR(aisles[0].area.depth, 1.8, 1e-9);
        QNEAR(aisles[0].area.x, 6.0, 1e-9);
        QNEAR(aisles[0].area.width, 3.0, 1e-9);
        QVERIFY(!aisles[1].cold); // B and C turn their backs to it
        QVERIFY(aisles[2].cold);
        QCOMPARE(coldAisleCount(aisles), 2);
    }

    void noAisleBetweenRowsThatDoNotFaceEachOther()
    {
        Design d = test::testHall(2, 5, 1);
        d.rows[1].facing = Facing::North; // front to back
        QVERIFY(findAisles(d).empty());
        d = test::testHall(2, 5, 1);
        for (Rack &r : d.racks)
            if (r.row == RowId(2))
                r.footprint.x += 20.0;
        d.rows[1].area.x += 20.0; // no overlap along x
        QVERIFY(findAisles(d).empty());
        d = test::testHall(2, 5, 1);
        QVERIFY(findAisles(d, 1.5).empty()); // 1.8 m is wider than the limit
    }

    void topCameraShowsEverything()
    {
        const Design d = test::testHall(4, 10, 1);
        const Bounds3 b = sceneBounds(d);
        QNEAR(b.x0, 0.0 - 0.0, 1e-9); // the hall's south-west corner
        QVERIFY(b.x1 >= 40.0 && b.y1 >= 40.0);
        for (double aspect : {0.5, 1.0, 1.6, 3.0}) {
            const CameraPose p = presetPose(CameraPreset::Top, b, aspect);
            QVERIFY(p.parallel);
            const double e = extentInView(p, aspect, b);
            // Everything in view, with the tighter side filled to the margin.
            QVERIFY2(e <= 1.0 && e > 0.9, qPrintable(QString::number(e)));
        }
    }

    void isometricCameraFitsTightly()
    {
        const Design d = test::testHall(6, 12, 1);
        const Bounds3 b = sceneBounds(d);
        for (double aspect : {0.75, 1.6, 2.4}) {
            const CameraPose p = presetPose(CameraPreset::Isometric, b, aspect);
            QVERIFY(!p.parallel);
            QVERIFY(p.position[2] > b.z1); // above the scene
            const double e = extentInView(p, aspect, b);
            QVERIFY2(e <= 1.0 && e > 0.9, qPrintable(QString("aspect %1: extent %2").arg(aspect).arg(e)));
        }
    }

    void coldAisleCameraStandsInTheAisle()
    {
        const Design d = test::testHall(4, 10, 1);
        const Bounds3 b = sceneBounds(d);
        const std::vector<Aisle> aisles = findAisles(d);
        const CameraPose first = presetPose(CameraPreset::ColdAisle, b, 1.6, aisles, 0);
        QNEAR(first.position[2], display::kEyeHeightM, 1e-9);
        QNEAR(first.position[1], 13.2 + 0.9, 1e-9); // the middle of the first cold aisle
        QVERIFY(first.focalPoint[0] > first.position[0]); // looking east along it
        const CameraPose second = presetPose(CameraPreset::ColdAisle, b, 1.6, aisles, 1);
        QNEAR(second.position[1], 19.2 + 0.9, 1e-9); // C–D
        const CameraPose wrapped = presetPose(CameraPreset::ColdAisle, b, 1.6, aisles, 2);
        QNEAR(wrapped.position[1], first.position[1], 1e-9);
        // Without a cold aisle it shows the isometric view.
        const CameraPose none = presetPose(CameraPreset::ColdAisle, b, 1.6, {}, 0);
        const CameraPose iso = presetPose(CameraPreset::Isometric, b, 1.6);
        QNEAR(none.position[2], iso.position[2], 1e-9);
    }

    void rayBoxIntersections()
    {
        const Box3 box{1, 1, 0, 2, 2, 2};
        auto t = rayHitsBox({0, 2, 1}, {1, 0, 0}, box);
        QVERIFY(t);
        QNEAR(*t, 1.0, 1e-12);
        t = rayHitsBox({2, 2, 10}, {0, 0, -2}, box); // not unit length: t in its units
        QVERIFY(t);
        QNEAR(*t, 4.0, 1e-12);
        QVERIFY(!rayHitsBox({0, 5, 1}, {1, 0, 0}, box));
        QVERIFY(!rayHitsBox({0, 2, 1}, {-1, 0, 0}, box)); // pointing away
        t = rayHitsBox({2, 2, 1}, {1, 0, 0}, box);         // starting inside
        QVERIFY(t);
        QNEAR(*t, 0.0, 1e-12);
    }

    void pickerReturnsTheNearestBox()
    {
        ScenePicker picker;
        picker.add(SelectionItem::rack(RackId(1)), Box3{0, 0, 0, 1, 1, 2});
        picker.add(SelectionItem::rack(RackId(2)), Box3{3, 0, 0, 1, 1, 2});
        // A switch face on the front of rack 2, touching it.
        picker.add(SelectionItem::device(DeviceId(7)), Box3{3.1, -0.03, 1, 0.8, 0.03, 0.05});
        QCOMPARE(picker.pick({-5, 0.5, 1}, {1, 0, 0}), std::optional(SelectionItem::rack(RackId(1))));
        QCOMPARE(picker.pick({10, 0.5, 1}, {-1, 0, 0}), std::optional(SelectionItem::rack(RackId(2))));
        QCOMPARE(picker.pick({3.5, -5, 1.02}, {0, 1, 0}), std::optional(SelectionItem::device(DeviceId(7))));
        QCOMPARE(picker.pick({3.5, -5, 0.5}, {0, 1, 0}), std::optional(SelectionItem::rack(RackId(2))));
        QVERIFY(!picker.pick({2, 0.5, 10}, {0, 0, -1})); // between the racks
    }
};

QTEST_GUILESS_MAIN(TestHall3DGeometry)
#include "test_hall3d_geometry.moc"
