// Panels and rack elevation on hand-built halls: tree sync, properties and their intents, checks that
// select and centre, analysis figures with units, device positions and ports in the elevation.
#include "elevation/rack_elevation_view.h"
#include "panels/analysis_panels.h"
#include "panels/brief_inputs.h"
#include "panels/checks_panel.h"
#include "panels/figure_table.h"
#include "panels/project_tree.h"
#include "panels/properties_panel.h"
#include "plan_fixture.h"
#include "test_support.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QWheelEvent>
#include <QtTest>

using namespace hallwright;
using namespace hallwright::views;
using hallwright::test::findDevice;
using hallwright::test::findEquipment;

namespace {

RackId rackNamed(const Design &d, const std::string &name)
{
    for (const Rack &r : d.racks)
        if (r.name == name)
            return r.id;
    return {};
}

} // namespace

class TestPanels : public QObject
{
    Q_OBJECT

    Design m_fabric = test::fabricHall();
    Results m_fabricResults = analyze(m_fabric, test::testCatalog());
    Design m_power = test::powerHall();
    Results m_powerResults = test::powerHallResults(m_power);

private slots:
    void treeSelectsInStepWithTheModel()
    {
        ProjectTree tree;
        SelectionModel sel;
        tree.setSelectionModel(&sel);
        tree.setData(&m_power, &test::testCatalog(), &m_powerResults);
        ProjectTreeModel *model = tree.treeModel();
        // Every rack, device, zone, row and equipment item has a node.
        for (const Rack &r : m_power.racks)
            QVERIFY(model->indexOf(SelectionItem::rack(r.id)).isValid());
        for (const Device &d : m_power.devices)
            QVERIFY(model->indexOf(SelectionItem::device(d.id)).isValid());
        for (const Equipment &e : m_power.equipment)
            QVERIFY(model->indexOf(SelectionItem::equipment(e.id)).isValid());
        // Rack B02 sits under Row B, under the white space.
        const QModelIndex b02 = model->indexOf(SelectionItem::rack(rackNamed(m_power, "B02")));
        QCOMPARE(b02.parent().data().toString(), QStringLiteral("Row B"));
        QCOMPARE(b02.parent().parent().data().toString(), QStringLiteral("White space"));
        // A narrow dock elides the columns: the tooltip has the name and its details whole.
        const QString tip = b02.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(QStringLiteral("B02 — ")) && tip.contains(model->index(b02.row(), 1, b02.parent()).data().toString()),
                 qPrintable(tip));
        // The power chain follows `upstream`: a busway under its UPS module under its transformer.
        const Equipment *bw = findEquipment(m_power, "BW-B-A");
        const Equipment *ups = findEquipment(m_power, "UPS-01-1");
        QVERIFY(bw && ups);
        const QModelIndex bwIndex = model->indexOf(SelectionItem::equipment(bw->id));
        QCOMPARE(bwIndex.parent().data().toString(), QStringLiteral("UPS-01-1"));
        QCOMPARE(bwIndex.parent().parent().data().toString(), QStringLiteral("TX-01"));
        // Shared selection → tree.
        sel.setSelection({SelectionItem::rack(rackNamed(m_power, "C04"))});
        QModelIndexList rows = tree.selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.front().data().toString(), QStringLiteral("C04"));
        QVERIFY(tree.isExpanded(rows.front().parent()));
        // Tree → shared selection.
        tree.selectionModel()->select(bwIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(sel.selection(), QList<SelectionItem>{SelectionItem::equipment(bw->id)});
        // Fabrics: the two leaves of the fabric hall under the compute fabric.
        tree.setData(&m_fabric, &test::testCatalog(), &m_fabricResults);
        const QModelIndex leaf = tree.treeModel()->indexOf(SelectionItem::device(DeviceId(test::kLeaf1)));
        QVERIFY(leaf.isValid());
        QCOMPARE(leaf.parent().data().toString(), QStringLiteral("Compute fabric"));
        // One node per zone, row, rack, device and link-free group: the hall's 4 zones, 2 rows, 10 racks, 32 devices.
        QVERIFY(tree.treeModel()->nodeCount() >= 4 + 2 + 10 + 32);
    }

    void propertiesShowFiguresWithUnits()
    {
        PropertiesPanel panel;
        SelectionModel sel;
        panel.setSelectionModel(&sel);
        panel.setData(&m_fabric, &test::testCatalog(), &m_fabricResults);
        sel.setSelection({SelectionItem::rack(rackNamed(m_fabric, "A05"))});
        QCOMPARE(panel.title(), QStringLiteral("Rack A05"));
        // Three 10 kW nodes and two 1 kW switches; 3 × 8 U + 2 × 1 U.
        QCOMPARE(panel.figures()->value("Power and cooling", "Load (catalog maximum)"), QStringLiteral("32 kW"));
        QCOMPARE(panel.figures()->value("Rack", "Rack units used"), QStringLiteral("26 of 48 U"));
        QCOMPARE(panel.figures()->value("Rack", "Accelerators"), QStringLiteral("24"));
        // 1 − 32 / 200 = 84 %.
        QCOMPARE(panel.figures()->value("Power and cooling", "Cooling headroom"), QStringLiteral("84 %"));
        // A cable reads in installer terms.
        sel.setSelection({SelectionItem::link(LinkId(test::kTracedLink))});
        QCOMPARE(panel.figures()->value("Cable", "End A"), QStringLiteral("A02 · A02-N2 · U9 · port 1"));
        QCOMPARE(panel.figures()->value("Cable", "Speed"), QStringLiteral("400 Gb/s"));
        QCOMPARE(panel.figures()->value("Cable", "Medium"), QStringLiteral("not cabled"));
        // Several racks: totals.
        sel.setSelection({SelectionItem::rack(rackNamed(m_fabric, "A01")), SelectionItem::rack(rackNamed(m_fabric, "B01"))});
        QCOMPARE(panel.title(), QStringLiteral("2 racks"));
        QCOMPARE(panel.figures()->value("Selected racks", "Load (catalog maximum)"), QStringLiteral("60 kW"));
        QCOMPARE(panel.figures()->value("Selected racks", "Rows"), QStringLiteral("2"));
    }

    void positionEditEmitsAMove()
    {
        PropertiesPanel panel;
        SelectionModel sel;
        panel.setSelectionModel(&sel);
        panel.setData(&m_fabric, &test::testCatalog(), &m_fabricResults);
        QSignalSpy moves(&panel, &PropertiesPanel::moveRequested);
        const RackId a01 = rackNamed(m_fabric, "A01");
        sel.setSelection({SelectionItem::rack(a01)});
        auto *x = qobject_cast<QDoubleSpinBox *>(panel.inputEditor(QStringLiteral("position.x")));
        QVERIFY(x);
        QCOMPARE(x->value(), 6.0);
        x->setValue(6.5);
        emit x->editingFinished();
        QCOMPARE(moves.count(), 1);
        QCOMPARE(moves[0][0].value<QList<SelectionItem>>(), QList<SelectionItem>{SelectionItem::rack(a01)});
        QCOMPARE(moves[0][1].toPointF(), QPointF(0.5, 0.0));
        // The design did not move: the panel only asks.
        QCOMPARE(m_fabric.racks[0].footprint.x, 6.0);
        emit x->editingFinished(); // the same value again (still 6.5 against 6.0): asks again, nothing cached
        QCOMPARE(moves.count(), 2);
    }

    void briefInputEmitsSetInput()
    {
        PropertiesPanel panel;
        SelectionModel sel;
        panel.setSelectionModel(&sel);
        panel.setData(&m_power, &test::testCatalog(), &m_powerResults); // analysed under N
        QSignalSpy edits(&panel, &PropertiesPanel::inputEdited);
        auto *redundancy = qobject_cast<QComboBox *>(panel.inputEditor(QStringLiteral("power.redundancy")));
        QVERIFY(redundancy);
        QCOMPARE(redundancy->currentData().toString(), QStringLiteral("N"));
        redundancy->setCurrentIndex(redundancy->findData(QStringLiteral("2N")));
        QCOMPARE(edits.count(), 1);
        QCOMPARE(edits[0][0].toString(), QStringLiteral("power.redundancy"));
        QCOMPARE(edits[0][1].toString(), QStringLiteral("\"2N\""));
        // PUE at its minimum means "let the engine estimate it": JSON null.
        auto *pue = qobject_cast<QDoubleSpinBox *>(panel.inputEditor(QStringLiteral("power.pue")));
        QVERIFY(pue);
        QCOMPARE(pue->value(), 1.3);
        pue->setValue(pue->minimum());
        emit pue->editingFinished();
        QCOMPARE(edits.last()[1].toString(), QStringLiteral("null"));
        pue->setValue(1.25);
        emit pue->editingFinished();
        QCOMPARE(edits.last()[1].toString(), QStringLiteral("1.25"));
        // A share is shown as a percentage, as in the new-hall form, and written as a fraction.
        auto *utilization = qobject_cast<QDoubleSpinBox *>(panel.inputEditor(QStringLiteral("lease.utilization")));
        QVERIFY(utilization);
        QCOMPARE(utilization->suffix(), QStringLiteral(" %"));
        QCOMPARE(utilization->value(), 100.0 * m_powerResults.brief->lease.utilization);
        QCOMPARE(utilization->maximum(), 100.0);
        utilization->setValue(85.5);
        emit utilization->editingFinished();
        QCOMPARE(edits.last()[0].toString(), QStringLiteral("lease.utilization"));
        QCOMPARE(edits.last()[1].toString(), QStringLiteral("0.855"));
        // The engine refused (the design did not change): every editor shows the design's value again.
        redundancy->setFocus();
        redundancy->setCurrentIndex(redundancy->findData(QStringLiteral("2N")));
        panel.revertInputs();
        QCOMPARE(redundancy->currentData().toString(), QStringLiteral("N"));
        QCOMPARE(utilization->value(), 100.0 * m_powerResults.brief->lease.utilization);
        // The words an undo step names an input change with.
        QCOMPARE(briefInputName(QStringLiteral("lease.utilization")), QStringLiteral("Utilization"));
        QCOMPARE(briefValueText(QStringLiteral("lease.utilization"), QStringLiteral("0.855")), QStringLiteral("85.5 %"));
        QCOMPARE(briefValueText(QStringLiteral("cooling.mode"), QStringLiteral("\"air\"")), QStringLiteral("air"));
        QCOMPARE(briefValueText(QStringLiteral("power.pue"), QStringLiteral("null")), QStringLiteral("estimated"));
        QCOMPARE(briefValueText(QStringLiteral("no.such"), QStringLiteral("3")), QStringLiteral("3"));
        // Rear doors: JSON literals, not strings (the brief refuses "true" in quotes).
        auto *doors = qobject_cast<QComboBox *>(panel.inputEditor(QStringLiteral("cooling.rear_doors")));
        QVERIFY(doors);
        QCOMPARE(doors->currentData().toString(), QStringLiteral("null"));
        doors->setCurrentIndex(doors->findData(QStringLiteral("true")));
        QCOMPARE(edits.last()[0].toString(), QStringLiteral("cooling.rear_doors"));
        QCOMPARE(edits.last()[1].toString(), QStringLiteral("true"));
        QCOMPARE(briefValueText(QStringLiteral("cooling.rear_doors"), QStringLiteral("null")), QStringLiteral("automatic"));
        QCOMPARE(briefValueText(QStringLiteral("cooling.rear_doors"), QStringLiteral("false")), QStringLiteral("none"));
    }

    void theWheelTurnsOnlyAnEditorTheUserClickedInto()
    {
        PropertiesPanel panel;
        SelectionModel sel;
        panel.setSelectionModel(&sel);
        panel.setData(&m_power, &test::testCatalog(), &m_powerResults);
        panel.resize(400, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy edits(&panel, &PropertiesPanel::inputEdited);
        auto *redundancy = qobject_cast<QComboBox *>(panel.inputEditor(QStringLiteral("power.redundancy")));
        QVERIFY(redundancy);
        const int before = redundancy->currentIndex();
        auto wheel = [&] {
            const QPointF at(redundancy->width() / 2.0, redundancy->height() / 2.0);
            QWheelEvent e(at, redundancy->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
            QApplication::sendEvent(redundancy, &e);
        };
        wheel();   // scrolling past it: the design stays as it is
        QCOMPARE(redundancy->currentIndex(), before);
        QCOMPARE(edits.count(), 0);
        redundancy->setFocus();
        QTRY_VERIFY(redundancy->hasFocus());
        wheel();   // clicked into, the wheel is an edit like any other: one undoable change
        QCOMPARE(redundancy->currentIndex(), before + 1);
        QCOMPARE(edits.count(), 1);
        QCOMPARE(edits[0][0].toString(), QStringLiteral("power.redundancy"));
    }

    void checkDoubleClickSelectsAndCentres()
    {
        Results r = m_powerResults;
        r.checks = {{Severity::Error, "rack-overlap", "B03 overlaps B04", "B03"},
                    {Severity::Warning, "feed-load", "PDU above 80 %", "A01/A01-PDU-A1"}};
        ChecksPanel panel;
        SelectionModel sel;
        panel.setSelectionModel(&sel);
        panel.setData(&m_power, &r);
        QSignalSpy centre(&sel, &SelectionModel::centreRequested);
        QCOMPARE(panel.list()->topLevelItemCount(), 2);
        // Each finding names its rule in words; a code the engine does not know stays as it is.
        QCOMPARE(panel.list()->headerItem()->text(2), QStringLiteral("Rule"));
        QCOMPARE(panel.list()->topLevelItem(0)->text(2), QStringLiteral("Racks overlap"));
        QCOMPARE(panel.list()->topLevelItem(1)->text(2), QStringLiteral("feed-load"));
        QCOMPARE(panel.list()->topLevelItem(0)->text(3), QStringLiteral("B03 overlaps B04"));
        emit panel.list()->itemActivated(panel.list()->topLevelItem(0), 0);
        const SelectionItem b03 = SelectionItem::rack(rackNamed(m_power, "B03"));
        QCOMPARE(sel.selection(), QList<SelectionItem>{b03});
        QCOMPARE(centre.count(), 1);
        QCOMPARE(centre[0][0].value<SelectionItem>(), b03);
        // "rack/PDU" names the PDU device.
        QCOMPARE(panel.resolve(QStringLiteral("A01/A01-PDU-A1")),
                 SelectionItem::device(findDevice(m_power, "A01-PDU-A1")->id));
        QVERIFY(!panel.resolve(QStringLiteral("nowhere")).isValid());
        // One of each reads in the singular; more, in the plural.
        QCOMPARE(panel.findChild<QLabel *>(QString(), Qt::FindDirectChildrenOnly) != nullptr, true);
        auto countsText = [&] {
            for (QLabel *l : panel.findChildren<QLabel *>())
                if (l->text().contains(QStringLiteral("error")))
                    return l->text();
            return QString();
        };
        QCOMPARE(countsText(), QStringLiteral("1 error, 1 warning"));
        r.checks.push_back({Severity::Error, "rack-overlap", "B05 overlaps B06", "B05"});
        panel.setData(&m_power, &r);
        QCOMPARE(countsText(), QStringLiteral("2 errors, 1 warning"));
    }

    void powerAndCoolingPanelsShowTheEngineFigures()
    {
        PowerPanel power;
        power.setData(&m_power, &test::testCatalog(), &m_powerResults);
        // 15 racks × 2 nodes × 10 kW; N: three 100 kW UPS modules carry it.
        QCOMPARE(power.figures()->value("Load", "IT load (catalog maximum)"), QStringLiteral("300 kW"));
        // The hall stores no brief, so the engine estimated the PUE (the label says so).
        QVERIFY(power.figures()->labels("Load").contains(QStringLiteral("PUE (estimated)")));
        QCOMPARE(power.figures()->value("Installed plant", "UPS modules"), QStringLiteral("3"));
        QCOMPARE(power.figures()->value("Installed plant", "Rack PDUs"), QString::number(m_powerResults.power->pdus));
        QCOMPARE(power.charts().size(), 1);
        QVERIFY(power.charts().front()->chart()->series().size() == 1);
        CoolingPanel cooling;
        cooling.setData(&m_power, &test::testCatalog(), &m_powerResults);
        // Air-cooled nodes: nothing goes to liquid, the whole heat load to air.
        QCOMPARE(cooling.figures()->value("Heat", "To liquid"), QStringLiteral("0 kW"));
        QCOMPARE(cooling.figures()->value("Heat", "To air"), cooling.figures()->value("Heat", "Heat load"));
        NetworkPanel network;
        network.setData(&m_fabric, &test::testCatalog(), &m_fabricResults);
        // The fabric hall's six links carry no medium yet.
        QCOMPARE(network.figures()->value("Design rules", "Links without a cable"), QStringLiteral("6"));
        // No JSON keys anywhere: labels are words.
        for (const QString &label : power.figures()->labels("Load"))
            QVERIFY2(!label.contains(QLatin1Char('_')), qPrintable(label));
    }

    void elevationPlacesDevicesAtTheirUnits()
    {
        RackElevationView view;
        SelectionModel sel;
        view.setSelectionModel(&sel);
        view.setData(&m_fabric, &test::testCatalog(), &m_fabricResults);
        sel.setSelection({SelectionItem::rack(rackNamed(m_fabric, "A01"))});
        QCOMPARE(view.rack(), rackNamed(m_fabric, "A01"));
        constexpr double u = RackElevationView::kUnitHeight;
        // A01-N2 fills U9–U16 of a 48 U rack: its top edge is 48 − 16 = 32 units below the
        // top of the rack, its bottom 48 − 8 = 40 (bodies are inset by one scene unit).
        const DeviceId n2 = findDevice(m_fabric, "A01-N2")->id;
        const QRectF front = view.deviceRect(n2, RackElevationView::Face::Front);
        QNEAR(front.top(), 32 * u + 1, 1e-9);
        QNEAR(front.bottom(), 40 * u - 1, 1e-9);
        const QRectF rear = view.deviceRect(n2, RackElevationView::Face::Rear);
        QNEAR(rear.top(), front.top(), 1e-9);
        QVERIFY(rear.left() > front.right()); // the rear face is drawn right of the front
        // A server's ports are on its rear; A01-N1's port 1 carries link 1.
        const DeviceId n1 = findDevice(m_fabric, "A01-N1")->id;
        QVERIFY(!view.portCentre(n1, 0).isNull());
        QVERIFY(view.portCentre(n1, 0).x() > front.right());
        // A switch (LEAF-1, U40, 1 U in A05): top edge 48 − 40 = 8 units down; ports on its front.
        sel.setSelection({SelectionItem::device(DeviceId(test::kLeaf1))});
        QCOMPARE(view.rack(), rackNamed(m_fabric, "A05"));
        const QRectF leaf = view.deviceRect(DeviceId(test::kLeaf1), RackElevationView::Face::Front);
        QNEAR(leaf.top(), 8 * u + 1, 1e-9);
        QNEAR(leaf.height(), u - 2, 1e-9);
        const QPointF port2 = view.portCentre(DeviceId(test::kLeaf1), 1);
        QVERIFY(leaf.contains(port2));
        // The selected switch's ports are listed with cable labels and far ends.
        const QString list = view.portListText();
        QVERIFY2(list.contains(QStringLiteral("p2 · L2 → A02 A02-N1 p1")), qPrintable(list));
        // Clicking a cabled port selects its cable.
        view.resize(900, 1200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(port2));
        QCOMPARE(sel.selection(), QList<SelectionItem>{SelectionItem::link(LinkId(2))});
        QCOMPARE(view.rack(), rackNamed(m_fabric, "A05")); // stays on the rack clicked in
    }
};

QTEST_MAIN(TestPanels)
#include "test_panels.moc"
