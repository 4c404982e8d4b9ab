// The New-from-Brief form, the Find dialog and the About box.
#include "app_test_support.h"
#include "controllers/file_controller.h"
#include "dialogs/about_dialog.h"
#include "dialogs/brief_dialog.h"
#include "dialogs/find_dialog.h"
#include "dialogs/optional_number.h"
#include "document.h"
#include "floorplan/floor_plan_view.h"
#include "language.h"
#include "main_window.h"
#include "selection/selection_model.h"

#include "brief/brief.h"
#include "store/project_store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTranslator>
#include <QtTest>

#include <nlohmann/json.hpp>

using namespace hallwright;

namespace {

void selectData(QComboBox *box, const QString &data)
{
    const int i = box->findData(data);
    QVERIFY2(i >= 0, qPrintable(data));
    box->setCurrentIndex(i);
}

} // namespace

class TestDialogs : public QObject
{
    Q_OBJECT

private slots:
    void theDefaultBriefIsAccepted()
    {
        app::BriefDialog d;
        QVERIFY2(d.validationMessage().isEmpty(), qPrintable(d.validationMessage()));
        // The form's defaults are the engine's: the brief parses to the default Brief.
        const Brief parsed = parseBrief(d.briefJson().toStdString(), Catalog::builtin());
        Brief expected = resolveBrief(Brief{}, Catalog::builtin());
        QCOMPARE(parsed.compute.accelerators, expected.compute.accelerators);
        QCOMPARE(parsed.compute.platform, expected.compute.platform);
        QCOMPARE(parsed.power.redundancy, expected.power.redundancy);
        QCOMPARE(parsed.lease.utilization, expected.lease.utilization);
        QCOMPARE(parsed.lease.debtFraction, expected.lease.debtFraction);
    }

    void formFieldsBecomeBriefFields()
    {
        app::BriefDialog d;
        // Liquid cooling needs a liquid-cooled platform (the brief refuses it for air-only servers).
        d.findChild<QSpinBox *>("briefAccelerators")->setValue(2016);
        selectData(d.findChild<QComboBox *>("briefRedundancy"), "N+1");
        selectData(d.findChild<QComboBox *>("briefCooling"), "liquid");
        selectData(d.findChild<QComboBox *>("briefPlatform"), "gb200-nvl72");
        d.findChild<QLineEdit *>("briefName")->setText("Hall Z");
        QVERIFY2(d.validationMessage().isEmpty(), qPrintable(d.validationMessage()));
        const Brief b = parseBrief(d.briefJson().toStdString(), Catalog::builtin());
        QCOMPARE(b.compute.accelerators, 2016);
        QCOMPARE(b.power.redundancy, Redundancy::NPlus1);
        QCOMPARE(b.cooling.mode, CoolingMode::Liquid);
        QCOMPARE(b.compute.platform, std::string("gb200-nvl72"));
        QCOMPARE(b.name, std::string("Hall Z"));
    }

    void percentagesAreFractionsInTheBrief()
    {
        app::BriefDialog d;
        const auto j = nlohmann::json::parse(d.briefJson().toStdString());
        QCOMPARE(j["lease"]["utilization"].get<double>(), 0.9); // shown as 90.0 %
        QCOMPARE(j["power"]["load_factor"].get<double>(), 0.8);
        // "Auto" leaves a field out, so the engine's default applies.
        QVERIFY(!j["power"].contains("pue"));
        QVERIFY(!j["hall"].contains("width_m"));
    }

    void aBriefTheEngineRefusesCannotBeCreated()
    {
        app::BriefDialog d;
        selectData(d.findChild<QComboBox *>("briefPlatform"), "gb200-nvl72");
        selectData(d.findChild<QComboBox *>("briefCooling"), "air");
        QVERIFY(d.validationMessage().contains("cooling.mode"));
        auto *buttons = d.findChild<QDialogButtonBox *>();
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(d.findChild<QLabel *>("briefMessage")->text().contains("liquid"));
        selectData(d.findChild<QComboBox *>("briefCooling"), "auto");
        QVERIFY(d.validationMessage().isEmpty());
        QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    }

    void aLoadedBriefKeepsWhatTheFormDoesNotShow()
    {
        app::BriefDialog d;
        const QString problem = d.loadBrief(R"({"schema": "hallwright.brief/1", "name": "From file",
            "compute": {"accelerators": 512}, "training": {"params": 7e10, "tokens": 1.4e12},
            "lease": {"om_fraction_per_year": 0.05}})");
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(d.findChild<QSpinBox *>("briefAccelerators")->value(), 512);
        QCOMPARE(d.findChild<QLineEdit *>("briefName")->text(), QStringLiteral("From file"));
        const auto j = nlohmann::json::parse(d.briefJson().toStdString());
        QCOMPARE(j["training"]["params"].get<double>(), 7e10);
        QCOMPARE(j["lease"]["om_fraction_per_year"].get<double>(), 0.05);
        QCOMPARE(d.loadBrief("[1, 2]"), QStringLiteral("a brief is a JSON object"));
    }

    void aLoadedBriefKeepsAValueTheCatalogLacksAndIsRefused()
    {
        // The CLI refuses a platform that is not in the catalog; the form must not put the
        // first catalog platform in its place and call the brief valid.
        app::BriefDialog d;
        const QString problem = d.loadBrief(R"({"schema": "hallwright.brief/1",
            "compute": {"platform": "zz9-nonexistent", "accelerators": 512}})");
        QVERIFY2(problem.contains("zz9-nonexistent"), qPrintable(problem));
        auto *platform = d.findChild<QComboBox *>("briefPlatform");
        QCOMPARE(platform->currentData().toString(), QStringLiteral("zz9-nonexistent"));
        QVERIFY(platform->currentText().contains("zz9-nonexistent"));
        const auto j = nlohmann::json::parse(d.briefJson().toStdString());
        QCOMPARE(j["compute"]["platform"].get<std::string>(), std::string("zz9-nonexistent"));
        auto *buttons = d.findChild<QDialogButtonBox *>();
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(!d.findChild<QLabel *>("briefMessage")->text().contains("accepts"));
        // So does any choice the form lists: a redundancy the engine does not know.
        const QString redundancy = d.loadBrief(R"({"schema": "hallwright.brief/1", "power": {"redundancy": "3N"}})");
        QVERIFY2(redundancy.contains("3N") && redundancy.contains("power.redundancy"), qPrintable(redundancy));
        QCOMPARE(nlohmann::json::parse(d.briefJson().toStdString())["power"]["redundancy"].get<std::string>(),
                 std::string("3N"));
    }

    void theFormNamesTheBriefFileItWasLoadedFrom()
    {
        QTemporaryDir dir;
        auto write = [&dir](const char *name, const char *text) {
            QFile f(dir.filePath(QString::fromLatin1(name)));
            if (f.open(QIODevice::WriteOnly))
                f.write(text);
            return f.fileName();
        };
        const QString path = write("customer-a.json", R"({"schema": "hallwright.brief/1", "compute": {"accelerators": 512}})");
        app::BriefDialog d;
        auto *label = d.findChild<QLabel *>("briefFileName");
        QVERIFY(label);
        QVERIFY(label->text().isEmpty());
        QVERIFY(d.loadBriefFile(path).isEmpty());
        QCOMPARE(d.briefFile(), path);
        QCOMPARE(label->text(), QStringLiteral("customer-a.json"));
        QCOMPARE(label->toolTip(), QDir::toNativeSeparators(path));
        // The user edits the form: it no longer shows that file.
        d.findChild<QSpinBox *>("briefAccelerators")->setValue(1024);
        QVERIFY(d.briefFile().isEmpty());
        QVERIFY(label->text().isEmpty() && label->toolTip().isEmpty());
        // A file that is not a brief fills nothing, so names nothing; a brief the engine refuses
        // is in the form to be mended, so it is named.
        const QString broken = write("broken.json", "{\"compute\": ");
        QVERIFY(d.loadBriefFile(broken).startsWith(QStringLiteral("broken.json: not valid JSON")));
        QVERIFY(label->text().isEmpty());
        const QString refused = write("refused.json", R"({"schema": "hallwright.brief/1", "power": {"redundancy": "3N"}})");
        QVERIFY(d.loadBriefFile(refused).contains(QStringLiteral("3N")));
        QCOMPARE(label->text(), QStringLiteral("refused.json"));
        // Text that comes from no file names none.
        QVERIFY(d.loadBrief(R"({"schema": "hallwright.brief/1"})").isEmpty());
        QVERIFY(label->text().isEmpty());
    }

    void aBrokenBriefFileSaysWhereWithoutTheLibraryTag()
    {
        app::BriefDialog d;
        const QString problem = d.loadBrief("{\"compute\": {\"accelerators\": 512,}}");
        QVERIFY2(problem.startsWith("not valid JSON: at line 1, column "), qPrintable(problem));
        QVERIFY2(!problem.contains("json.exception"), qPrintable(problem));
    }

    void aUserCatalogAddsPlatforms()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("bad.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"schema\": \"something else\"}");
        f.close();
        app::BriefDialog d;
        const QString problem = d.setUserCatalogFile(path);
        QVERIFY2(problem.contains("bad.json"), qPrintable(problem));
        QVERIFY(d.userCatalogFile().isEmpty()); // refused, so not used
    }

    void theFormBuildsTheHallItDescribes()
    {
        app::MainWindow w;
        app::BriefDialog d;
        d.findChild<QSpinBox *>("briefAccelerators")->setValue(512);
        selectData(d.findChild<QComboBox *>("briefRedundancy"), "N");
        QVERIFY(w.files()->generate(d.briefJson().toStdString(), d.userCatalogJson()));
        w.waitForIdle();
        QVERIFY(!w.document()->isEmpty());
        QCOMPARE(w.document()->results()->compute.accelerators, 512);
        QCOMPARE(w.document()->results()->brief->power.redundancy, Redundancy::N);
    }

    void findPutsExactNamesFirst()
    {
        const Design design = loadProject(test::sampleHall().toStdString());
        const auto hits = app::FindDialog::search(design, "m09", 10);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.front().kind, views::SelectionItem::Kind::Rack);
        QCOMPARE(QString::fromStdString(design.findRack(RackId(hits.front().id))->name), QStringLiteral("M09"));
        QCOMPARE(app::FindDialog::describe(design, hits.front()), QStringLiteral("Rack M09"));
        const auto rows = app::FindDialog::search(design, "Row M", 10);
        QCOMPARE(rows.front().kind, views::SelectionItem::Kind::Row);
        QVERIFY(app::FindDialog::search(design, "no such thing", 10).isEmpty());
        QVERIFY(app::FindDialog::search(design, "   ", 10).isEmpty());
    }

    void findKnowsEquipmentRoomsAndShownNames()
    {
        const Design design = loadProject(test::sampleHall().toStdString());
        // Plant and rooms are found by name too (a chiller, the electrical room), not only racks and rows.
        QVERIFY(!design.equipment.empty() && !design.zones.empty());
        const Equipment &chiller = *std::find_if(design.equipment.begin(), design.equipment.end(),
                                                 [](const Equipment &e) { return e.kind == EquipmentKind::Chiller; });
        const auto plant = app::FindDialog::search(design, QString::fromStdString(chiller.name), 10);
        QVERIFY(!plant.isEmpty());
        QCOMPARE(plant.front(), views::SelectionItem::equipment(chiller.id));
        QVERIFY(app::FindDialog::describe(design, plant.front()).startsWith(QString::fromStdString(chiller.name)));
        const Zone &room = design.zones.back();
        const auto rooms = app::FindDialog::search(design, QString::fromStdString(room.name), 10);
        QVERIFY(rooms.contains(views::SelectionItem::zone(room.id)));

        // In Chinese the engine's names are shown translated, and found by what is shown.
        std::unique_ptr<QTranslator> zh = i18n::loadTranslator("zh_CN");
        QVERIFY(zh);
        QCoreApplication::installTranslator(zh.get());
        const auto rows = app::FindDialog::search(design, QString::fromUtf8("机柜行 M"), 10);
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.front().kind, views::SelectionItem::Kind::Row);
        QCOMPARE(app::FindDialog::describe(design, rows.front()), QString::fromUtf8("机柜行 M"));
        QVERIFY(!app::FindDialog::search(design, "Row M", 10).isEmpty()); // the stored name still works
        QCoreApplication::removeTranslator(zh.get());
    }

    void findSelectsCentresAndFocusesThePlan()
    {
        app::MainWindow w;
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.openFile(test::sampleHall()));
        w.waitForIdle();
        QSignalSpy centred(w.document()->selection(), &views::SelectionModel::centreRequested);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        app::FindDialog *find = w.findDialog();
        QVERIFY(find && find->isVisible());
        QTest::keyClicks(find->input(), "M09");
        QVERIFY(find->matches()->count() >= 1);
        QTest::keyClick(find->input(), Qt::Key_Return);
        QVERIFY(!find->isVisible());
        const QList<RackId> racks = w.document()->selection()->racks();
        QCOMPARE(racks.size(), 1);
        QCOMPARE(QString::fromStdString(w.document()->design()->findRack(racks.front())->name), QStringLiteral("M09"));
        QCOMPARE(centred.count(), 1);
        QTRY_VERIFY(w.floorPlan()->hasFocus());
    }

    void aboutNamesTheVersion()
    {
        QVERIFY(app::aboutText().contains(QStringLiteral(HALLWRIGHT_VERSION)));
        QVERIFY(app::aboutText().contains(qVersion()));
    }
};

HALLWRIGHT_APP_TEST_MAIN(TestDialogs)
#include "test_dialogs.moc"
