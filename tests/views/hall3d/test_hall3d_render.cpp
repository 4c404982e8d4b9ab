// The 3D view drawn by OpenGL (under Xvfb): baselines of the sample, picks at known pixels, colour modes,
// selection and edits changing the picture, and `hallwright-cli render`.
#include "hall3d/hall3d_view.h"
#include "hall3d/hall_render.h"
#include "hall3d/scene_geometry.h"

#include "analysis/analysis.h"
#include "common/failure_highlight.h"
#include "edit/editor.h"
#include "store/project_store.h"

#include "image_compare.h"
#include "test_support.h"
#include "view_projection.h"

#include <QApplication>
#include <QProcess>
#include <QSurfaceFormat>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace hallwright;
using namespace hallwright::views;
using namespace hallwright::views::hall3d;

namespace {

constexpr double kBaselineTolerance = 0.01; ///< share of pixels allowed to differ (driver and font rasteriser changes)

double colourDistance(const QColor &a, const QColor &b)
{
    const int dr = a.red() - b.red(), dg = a.green() - b.green(), db = a.blue() - b.blue();
    return std::sqrt(double(dr * dr + dg * dg + db * db));
}

/// The legend entry whose colour is nearest to c (lighting shades a face, it does not change its hue).
QColor nearestLegendColour(const QList<LegendEntry> &legend, const QColor &c)
{
    QColor best;
    double bestDistance = 1e9;
    for (const LegendEntry &e : legend)
        if (const double dist = colourDistance(e.colour, c); dist < bestDistance)
            bestDistance = dist, best = e.colour;
    return best;
}

/// A camera straight down on (x, y), showing scale metres above and below the centre.
CameraPose lookingDownOn(double x, double y, double scale)
{
    CameraPose p;
    p.parallel = true;
    p.parallelScale = scale;
    p.focalPoint = {x, y, 0.0};
    p.position = {x, y, 60.0};
    p.viewUp = {0, 1, 0};
    return p;
}

/// A point on the rack's roof, 15 % of its depth in from the south edge: clear of the busways and tray above.
Vec3 roofPoint(const Rack &r)
{
    const Box3 b = rackBox(r);
    return {b.cx(), b.y + 0.15 * b.sy, b.top()};
}

const Rack &rackNamed(const Design &d, const std::string &name)
{
    for (const Rack &r : d.racks)
        if (r.name == name)
            return r;
    throw std::runtime_error("no rack " + name);
}

/// A camera straight down on all the racks, their extent filling the view in its tighter direction (as the Top
/// preset frames the whole site, with its plant and yards).
CameraPose lookingDownOnTheRacks(const Design &d, QSize size)
{
    Bounds3 b;
    for (const Rack &r : d.racks)
        b.add(rackBox(r));
    const double aspect = double(size.width()) / size.height();
    return lookingDownOn((b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2,
                         std::max((b.y1 - b.y0) / 2, (b.x1 - b.x0) / 2 / aspect) * 1.04);
}

/// The share of a picture taken from straight above that these racks' roofs cover: their corners through the
/// camera, clipped to the frame (seen from above, roofs do not overlap).
double roofShare(const std::vector<const Rack *> &racks, const CameraPose &pose, QSize size)
{
    const QRectF frame(QPointF(0, 0), QSizeF(size));
    double covered = 0;
    for (const Rack *r : racks) {
        const Box3 b = rackBox(*r);
        const QPointF a = test::projectToPixel(pose, size, {b.x, b.y, b.top()});
        const QPointF c = test::projectToPixel(pose, size, {b.x + b.sx, b.y + b.sy, b.top()});
        const QRectF roof = QRectF(a, c).normalized() & frame;
        covered += roof.width() * roof.height();
    }
    return covered / (frame.width() * frame.height());
}

/// The rack that ends the named row at its east end (the largest x).
const Rack &eastEndOf(const Design &d, const std::string &rowName)
{
    const auto row = std::find_if(d.rows.begin(), d.rows.end(), [&](const Row &r) { return r.name == rowName; });
    const Rack *end = nullptr;
    for (const Rack &r : d.racks)
        if (row != d.rows.end() && r.row == row->id && (!end || r.footprint.x > end->footprint.x))
            end = &r;
    if (!end)
        throw std::runtime_error("no racks in " + rowName);
    return *end;
}

/// True when no rack stands on area.
bool noRackOn(const Design &d, const Rect &area)
{
    return std::none_of(d.racks.begin(), d.racks.end(), [&](const Rack &r) { return r.footprint.overlaps(area); });
}

QColor pixelAt(const QImage &image, QPointF p)
{
    return image.pixelColor(int(p.x()), int(p.y()));
}

} // namespace

class TestHall3DRender : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_design = std::make_unique<Design>(loadProject(test::resourcePath("sample/sample-10240.hall")));
        m_catalog = std::make_unique<Catalog>(catalogFor(*m_design));
        m_results = std::make_unique<Results>(analyze(*m_design, *m_catalog));
        QVERIFY2(renderUnavailableReason().empty(), renderUnavailableReason().english().c_str());
    }

    void sampleFromTheTopMatchesItsBaseline()
    {
        const QImage image = renderHallImage(*m_design, *m_catalog, *m_results, CameraPreset::Top, QSize(800, 500));
        QCOMPARE(image.size(), QSize(800, 500));
        const QString problem = test::checkBaseline(image, QStringLiteral("hall3d-sample-top"), kBaselineTolerance);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void sampleIsometricMatchesItsBaseline()
    {
        const QImage image =
            renderHallImage(*m_design, *m_catalog, *m_results, CameraPreset::Isometric, QSize(800, 500));
        const QString problem = test::checkBaseline(image, QStringLiteral("hall3d-sample-iso"), kBaselineTolerance);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void pictureSizeOutOfRangeIsRefused()
    {
        QVERIFY_THROWS_EXCEPTION(RenderError, renderHallImage(*m_design, *m_catalog, *m_results, CameraPreset::Top,
                                                              QSize(0, 100)));
        QVERIFY_THROWS_EXCEPTION(RenderError, renderHallImage(*m_design, *m_catalog, *m_results, CameraPreset::Top,
                                                              QSize(100, kMaxRenderSide + 1)));
    }

    void viewUsesThePlansColoursAndLegend()
    {
        Hall3DView view;
        showView(view);
        const Rack &rack = rackNamed(*m_design, "A05");
        view.setCameraPose(lookingDownOn(rack.footprint.center().x, rack.footprint.center().y, 4.0));
        const QPointF at = test::projectToPixel(view.cameraPose(), view.size(), roofPoint(rack));
        for (ColourMode mode : {ColourMode::Role, ColourMode::PowerDensity, ColourMode::CoolingHeadroom,
                                ColourMode::SuMembership}) {
            view.setColourMode(mode);
            const RackFigures figures(*m_design, *m_results);
            // The same legend as the 2D plan builds from the same design.
            QCOMPARE(view.legend(), legendEntries(mode, figures));
            const QColor expected = rackColour(mode, rack.id, figures);
            const QColor seen = pixelAt(view.grabImage(), at);
            QVERIFY2(nearestLegendColour(view.legend(), seen) == expected,
                     qPrintable(QString("%1: pixel %2, rack colour %3").arg(colourModeName(mode), seen.name(),
                                                                            expected.name())));
        }
    }

    void movingCameraDrawsFastThenSettles()
    {
        // While the camera moves the anti-aliasing pass is skipped (the frame differs at edges);
        // once it has stopped, the settled frame is the full-quality one again, pixel for pixel.
        Hall3DView view;
        showView(view);
        const QImage still = view.grabImage();
        view.orbit(3.0, 0.0);
        view.orbit(-3.0, 0.0); // back where it stood
        // The frame as drawn now (grabImage() itself asks for the settled, full-quality one).
        const QImage moving = view.grabFramebuffer();
        const test::ImageDiff duringMove = test::compareImages(moving, still, 8);
        QVERIFY2(duringMove.fractionDifferent > 0.0005, qPrintable(QString::number(duringMove.fractionDifferent)));
        QTest::qWait(400);
        const QImage settled = view.grabFramebuffer();
        const test::ImageDiff afterMove = test::compareImages(settled, still, 8);
        QVERIFY2(afterMove.fractionDifferent < 0.0005, qPrintable(QString::number(afterMove.fractionDifferent)));
        // A picture asked for while the camera moves is the full-quality one at once.
        view.orbit(3.0, 0.0);
        view.orbit(-3.0, 0.0);
        const test::ImageDiff exported = test::compareImages(view.grabImage(), still, 8);
        QVERIFY2(exported.fractionDifferent < 0.0005, qPrintable(QString::number(exported.fractionDifferent)));
    }

    void colourModeChangesThePicture()
    {
        Hall3DView view;
        showView(view);
        // From above on the racks: the Top preset frames the whole site, where the racks' roofs are under 3 % of
        // the picture and, a few pixels each, mostly edges.
        view.setCameraPose(lookingDownOnTheRacks(*m_design, view.size()));
        const RackFigures figures(*m_design, *m_results);
        std::vector<const Rack *> recoloured;
        for (const Rack &r : m_design->racks)
            if (rackColour(ColourMode::Role, r.id, figures) != rackColour(ColourMode::SuMembership, r.id, figures))
                recoloured.push_back(&r);
        QCOMPARE(recoloured.size(), m_design->racks.size()); // no SU colour is a role colour
        const double roofs = roofShare(recoloured, view.cameraPose(), view.size());
        QVERIFY2(roofs > 0.05, qPrintable(QString::number(roofs)));
        const QImage role = view.grabImage();
        view.setColourMode(ColourMode::SuMembership);
        const QImage su = view.grabImage();
        const test::ImageDiff d = test::compareImages(su, role);
        // Every rack roof changes colour: most of the area they cover changes, all but the busways and the cable
        // tray over each row and the dark joints between racks.
        QVERIFY2(d.fractionDifferent > roofs / 2,
                 qPrintable(QStringLiteral("%1 changed, roofs %2").arg(d.fractionDifferent).arg(roofs)));
    }

    void clickingARackSelectsItEverywhere()
    {
        SelectionModel selection;
        Hall3DView view;
        view.setSelectionModel(&selection);
        showView(view);
        for (CameraPreset preset : {CameraPreset::Top, CameraPreset::Isometric}) {
            view.setCameraPreset(preset);
            // West block, the central network row, the east block's last row.
            for (const char *name : {"A03", "K07", "V02"}) {
                const Rack &rack = rackNamed(*m_design, name);
                const Box3 b = rackBox(rack);
                const QPointF at = test::projectToPixel(view.cameraPose(), view.size(), {b.cx(), b.cy(), b.top()});
                QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, at.toPoint());
                QCOMPARE(selection.current(), SelectionItem::rack(rack.id));
                QCOMPARE(selection.selection().size(), 1);
            }
        }
        // Ctrl-click adds and removes; a click on empty ground clears.
        view.setCameraPreset(CameraPreset::Top);
        const Rack &a = rackNamed(*m_design, "A03"), &b = rackNamed(*m_design, "B03");
        const auto pixelOf = [&](const Rack &r) {
            const Box3 box = rackBox(r);
            return test::projectToPixel(view.cameraPose(), view.size(), {box.cx(), box.cy(), box.top()}).toPoint();
        };
        QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, pixelOf(a));
        QTest::mouseClick(&view, Qt::LeftButton, Qt::ControlModifier, pixelOf(b));
        QCOMPARE(selection.racks(), (QList<RackId>{a.id, b.id}));
        QTest::mouseClick(&view, Qt::LeftButton, Qt::ControlModifier, pixelOf(a));
        QCOMPARE(selection.racks(), (QList<RackId>{b.id}));
        const QPointF ground = test::projectToPixel(view.cameraPose(), view.size(), {-5.0, -5.0, 0.0});
        QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, ground.toPoint());
        QVERIFY(selection.isEmpty());
    }

    void clickingEquipmentSelectsIt()
    {
        SelectionModel selection;
        Hall3DView view;
        view.setSelectionModel(&selection);
        showView(view);
        view.setCameraPreset(CameraPreset::Top);
        const Equipment *ups = nullptr;
        for (const Equipment &e : m_design->equipment)
            if (e.kind == EquipmentKind::Ups && !ups)
                ups = &e;
        QVERIFY(ups);
        const Box3 b = equipmentBox(*ups);
        QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier,
                          test::projectToPixel(view.cameraPose(), view.size(), {b.cx(), b.cy(), b.top()}).toPoint());
        QCOMPARE(selection.current(), SelectionItem::equipment(ups->id));
    }

    void selectionMadeElsewhereShowsIn3D()
    {
        SelectionModel selection;
        Hall3DView view;
        view.setSelectionModel(&selection);
        showView(view);
        const Rack &rack = rackNamed(*m_design, "F04");
        view.setCameraPose(lookingDownOn(rack.footprint.center().x, rack.footprint.center().y, 5.0));
        const QImage before = view.grabImage();
        selection.setSelection({SelectionItem::rack(rack.id)}); // as the plan or the tree would
        const QImage after = view.grabImage();
        // The outline runs round the rack's roof: pixels just outside its edge change, far ones do not.
        const Box3 b = rackBox(rack);
        const QPointF edge = test::projectToPixel(view.cameraPose(), view.size(), {b.x - 0.015, b.cy(), b.top()});
        const QPointF far = test::projectToPixel(view.cameraPose(), view.size(), {b.x - 3.0, b.cy() + 3.0, 0.0});
        auto changedNear = [&](QPointF p) {
            for (int dx = -2; dx <= 2; ++dx)
                for (int dy = -2; dy <= 2; ++dy)
                    if (before.pixel(int(p.x()) + dx, int(p.y()) + dy) != after.pixel(int(p.x()) + dx, int(p.y()) + dy))
                        return true;
            return false;
        };
        QVERIFY(changedNear(edge));
        QVERIFY(!changedNear(far));
        selection.clear();
        QCOMPARE(test::compareImages(view.grabImage(), before).fractionDifferent, 0.0);
    }

    void editsShowAtOnce()
    {
        Design design = *m_design;
        Hall3DView view;
        view.setData(&design, m_catalog.get(), m_results.get());
        showView(view, false);
        // The rack at the east end of row M, seen from above; after the move its place shows the floor,
        // its new place a rack.
        Rack &rack = *design.findRack(eastEndOf(design, "Row M").id);
        const Rect free{rack.footprint.right(), rack.footprint.y, 2.0, rack.footprint.depth};
        QVERIFY2(noRackOn(design, free), rack.name.c_str());
        const double x = rack.footprint.center().x, y = rack.footprint.center().y;
        view.setCameraPose(lookingDownOn(x + 1.0, y, 5.0));
        const QPointF oldPlace = test::projectToPixel(view.cameraPose(), view.size(), roofPoint(rack));
        const QColor rackColourSeen = pixelAt(view.grabImage(), oldPlace);
        rack.footprint.x += 2.0; // east into the free floor at the row's end
        edit::ChangeSet move;
        move.racks = {rack.id};
        move.linksChanged = true;
        view.applyChanges(move);
        const QImage moved = view.grabImage();
        const QPointF newPlace = test::projectToPixel(view.cameraPose(), view.size(), roofPoint(rack));
        QVERIFY2(colourDistance(pixelAt(moved, oldPlace), rackColourSeen) > 60,
                 qPrintable(pixelAt(moved, oldPlace).name()));
        QVERIFY2(colourDistance(pixelAt(moved, newPlace), rackColourSeen) < 30,
                 qPrintable(pixelAt(moved, newPlace).name()));

        // Deleting it (and its devices) leaves floor there.
        const RackId id = rack.id;
        design.devices.erase(std::remove_if(design.devices.begin(), design.devices.end(),
                                            [&](const Device &d) { return d.rack == id; }),
                             design.devices.end());
        design.racks.erase(std::remove_if(design.racks.begin(), design.racks.end(),
                                          [&](const Rack &r) { return r.id == id; }),
                           design.racks.end());
        edit::ChangeSet deleted;
        deleted.racks = {id};
        deleted.linksChanged = true;
        deleted.structural = true;
        view.applyChanges(deleted);
        QVERIFY(colourDistance(pixelAt(view.grabImage(), newPlace), rackColourSeen) > 60);
    }

    void failureOfTheSelectedSwitchShows()
    {
        SelectionModel selection;
        Hall3DView view;
        view.setSelectionModel(&selection);
        showView(view);
        view.setColourMode(ColourMode::FailureImpact);
        QVERIFY(!view.failureHighlight());
        QVERIFY(view.legendNote().contains(QStringLiteral("Select")));
        const Device *leaf = nullptr;
        for (const Device &dev : m_design->devices)
            if (dev.kind == DeviceKind::Switch && dev.role == "leaf" && !leaf)
                leaf = &dev;
        QVERIFY(leaf);
        selection.setSelection({SelectionItem::device(leaf->id)}); // as the tree would
        const auto failure = view.failureHighlight();
        QVERIFY(failure);
        // The engine's answer, asked directly, is what the view shows.
        const FailureModel model(*m_design, *m_catalog, *m_results);
        const auto expected = model.highlight(SelectionItem::device(leaf->id));
        QVERIFY(expected);
        QCOMPARE(failure->racksAtRisk, expected->racksAtRisk);
        QCOMPARE(failure->racksDark, expected->racksDark);
        QVERIFY(!expected->racksAtRisk.isEmpty() || !expected->racksDark.isEmpty());
        QVERIFY(view.legendNote().contains(failure->component));
        // An affected rack's roof shows the legend's colour for it.
        const bool dark = !expected->racksDark.isEmpty();
        const RackId affected(*(dark ? expected->racksDark : expected->racksAtRisk).begin());
        const Rack &rack = *m_design->findRack(affected);
        view.setCameraPose(lookingDownOn(rack.footprint.center().x, rack.footprint.center().y, 4.0));
        const QColor seen =
            pixelAt(view.grabImage(), test::projectToPixel(view.cameraPose(), view.size(), roofPoint(rack)));
        QCOMPARE(nearestLegendColour(view.legend(), seen), dark ? failureDarkColour() : failureAtRiskColour());
        // Selecting a rack next keeps the switch's failure in view, as on the plan.
        selection.setSelection({SelectionItem::rack(rack.id)});
        QVERIFY(view.failureHighlight());
        view.setColourMode(ColourMode::Role);
        QVERIFY(!view.failureHighlight());
    }

    void coldAisleWalkStandsAtEyeHeight()
    {
        Hall3DView view;
        showView(view);
        view.setCameraPreset(CameraPreset::ColdAisle);
        const CameraPose first = view.cameraPose();
        QNEAR(first.position[2], display::kEyeHeightM, 1e-9);
        view.setCameraPreset(CameraPreset::ColdAisle); // again: the next cold aisle (the east block's first)
        const CameraPose second = view.cameraPose();
        QVERIFY(std::hypot(second.position[0] - first.position[0], second.position[1] - first.position[1]) > 1.0);
        QNEAR(second.position[2], display::kEyeHeightM, 1e-9);
        // The racks either side fill much of the view.
        const test::ImageDiff d = test::compareImages(view.grabImage(), QImage(view.grabImage().size(), QImage::Format_RGB32));
        QVERIFY(d.fractionDifferent > 0.5);
    }

    void cliRendersAPicture()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("hall.png"));
        QProcess cli;
        cli.start(QStringLiteral(HALLWRIGHT_CLI_PATH),
                  {QStringLiteral("render"), QString::fromStdString(test::resourcePath("sample/sample-10240.hall")),
                   QStringLiteral("--png"), out, QStringLiteral("--view"), QStringLiteral("top"), QStringLiteral("--size"),
                   QStringLiteral("400x250")});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(QImage(out).size(), QSize(400, 250));
    }

    void cliWithoutDisplaySaysHowToRunIt()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("hall.png"));
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(HALLWRIGHT_CLI_PATH),
                  {QStringLiteral("render"), QString::fromStdString(test::resourcePath("sample/sample-10240.hall")),
                   QStringLiteral("--png"), out});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 2);
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("xvfb-run")), qPrintable(err));
        QCOMPARE(err.count(QLatin1Char('\n')), 1); // one line
        QVERIFY(!QFile::exists(out));
    }

    void cliRefusesBadArguments()
    {
        const QString sample = QString::fromStdString(test::resourcePath("sample/sample-10240.hall"));
        for (const QStringList &args : {QStringList{"render", sample, "--png", "x.png", "--size", "10x10"},
                                        QStringList{"render", sample, "--png", "x.png", "--size", "big"},
                                        QStringList{"render", sample, "--png", "x.png", "--view", "side"},
                                        QStringList{"render", sample},
                                        QStringList{"render", "/nonexistent.hall", "--png", "x.png"}}) {
            QProcess cli;
            cli.setWorkingDirectory(QDir::tempPath());
            cli.start(QStringLiteral(HALLWRIGHT_CLI_PATH), args);
            QVERIFY(cli.waitForFinished(60000));
            QCOMPARE(cli.exitCode(), 2);
            QVERIFY(QString::fromUtf8(cli.readAllStandardError()).startsWith(QStringLiteral("hallwright-cli: ")));
        }
    }

private:
    void showView(Hall3DView &view, bool setData = true)
    {
        if (setData)
            view.setData(m_design.get(), m_catalog.get(), m_results.get());
        view.resize(960, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCoreApplication::processEvents(); // the cable bundles follow the first frame
    }

    std::unique_ptr<Design> m_design;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<Results> m_results;
};

int main(int argc, char **argv)
{
    // As in the application: VTK needs a 3.2 core-profile surface, set before QApplication.
    QSurfaceFormat format = QSurfaceFormat::defaultFormat();
    format.setVersion(3, 2);
    format.setProfile(QSurfaceFormat::CoreProfile);
    QSurfaceFormat::setDefaultFormat(format);
    QApplication app(argc, argv);
    TestHall3DRender test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_hall3d_render.moc"
