// The shared selection model: ordering, toggling, duplicates, one signal per change, centre requests.
#include "selection/selection_model.h"

#include <QSignalSpy>
#include <QTest>

using namespace hallwright;
using namespace hallwright::views;

class TestSelectionModel : public QObject
{
    Q_OBJECT

private slots:
    void setSelectionDropsDuplicatesAndInvalid()
    {
        SelectionModel m;
        QSignalSpy changed(&m, &SelectionModel::selectionChanged);
        m.setSelection({SelectionItem::rack(RackId(3)), SelectionItem::rack(RackId(3)), SelectionItem{},
                        SelectionItem::row(RowId(3))});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m.selection().size(), 2); // rack 3 and row 3 are different objects
        QVERIFY(m.contains(SelectionItem::rack(RackId(3))));
        QVERIFY(m.contains(SelectionItem::row(RowId(3))));
        QVERIFY(!m.contains(SelectionItem::rack(RackId(4))));
        QCOMPARE(m.current(), SelectionItem::row(RowId(3)));
        QCOMPARE(m.racks(), QList<RackId>{RackId(3)});
    }

    void sameSelectionEmitsNothing()
    {
        SelectionModel m;
        m.setSelection({SelectionItem::rack(RackId(1))});
        QSignalSpy changed(&m, &SelectionModel::selectionChanged);
        m.setSelection({SelectionItem::rack(RackId(1))});
        m.add({SelectionItem::rack(RackId(1))});
        QCOMPARE(changed.count(), 0);
        m.clear();
        m.clear();
        QCOMPARE(changed.count(), 1);
        QVERIFY(m.isEmpty());
        QVERIFY(!m.current().isValid());
    }

    void toggleAddsAndRemoves()
    {
        SelectionModel m;
        QSignalSpy changed(&m, &SelectionModel::selectionChanged);
        m.toggle(SelectionItem::rack(RackId(1)));
        m.toggle(SelectionItem::rack(RackId(2)));
        m.toggle(SelectionItem::rack(RackId(5)));
        QCOMPARE(m.racks(), (QList<RackId>{RackId(1), RackId(2), RackId(5)}));
        QCOMPARE(m.current(), SelectionItem::rack(RackId(5)));
        m.toggle(SelectionItem::rack(RackId(2))); // Ctrl-click on a selected rack removes it
        QCOMPARE(m.racks(), (QList<RackId>{RackId(1), RackId(5)}));
        QVERIFY(!m.contains(SelectionItem::rack(RackId(2))));
        // The index follows the removal: rack 5 is still found.
        QVERIFY(m.contains(SelectionItem::rack(RackId(5))));
        m.toggle(SelectionItem::rack(RackId(5)));
        QCOMPARE(m.current(), SelectionItem::rack(RackId(1))); // current falls back to the last left
        QCOMPARE(changed.count(), 5);
    }

    void addKeepsOrderAndKinds()
    {
        SelectionModel m;
        m.setSelection({SelectionItem::equipment(EquipmentId(7))});
        m.add({SelectionItem::rack(RackId(2)), SelectionItem::link(LinkId(9)), SelectionItem::rack(RackId(1))});
        QCOMPARE(m.selection().size(), 4);
        QCOMPARE(m.ids(SelectionItem::Kind::Rack), (QList<std::int64_t>{2, 1}));
        QCOMPARE(m.ids(SelectionItem::Kind::Link), QList<std::int64_t>{9});
        QCOMPARE(m.current(), SelectionItem::rack(RackId(1)));
    }

    void centreRequestCarriesTheItem()
    {
        SelectionModel m;
        QSignalSpy centre(&m, &SelectionModel::centreRequested);
        m.requestCentre(SelectionItem::rack(RackId(42)));
        m.requestCentre(SelectionItem{}); // nothing to centre on
        QCOMPARE(centre.count(), 1);
        QCOMPARE(centre.at(0).at(0).value<SelectionItem>(), SelectionItem::rack(RackId(42)));
    }
};

QTEST_GUILESS_MAIN(TestSelectionModel)
#include "test_selection_model.moc"
