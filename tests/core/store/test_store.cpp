// Project store: round trips, the file's schema, atomic saves (injected failures, SIGKILL) and migrations.
#include "store/migrations.h"
#include "store/project_store.h"
#include "store/project_store_testing.h"

#include "store_designs.h"
#include "store_test_util.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <chrono>
#include <cmath>
#include <limits>
#include <stdexcept>

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace hallwright;
using namespace hallwright::test;
using Kind = ProjectFileError::Kind;
using testing::SaveStage;

namespace {

// Removes the save hook when a test returns, also on a failed check.
struct HookGuard
{
    ~HookGuard() { testing::setSaveHook({}); }
};

std::int64_t queryInt(SQLite::Database &db, const char *sql)
{
    return db.execAndGet(sql).getInt64();
}

std::string queryText(SQLite::Database &db, const char *sql)
{
    return db.execAndGet(sql).getString();
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void schemaVersionIsOne()
    {
        QCOMPARE(projectSchemaVersion(), 1);
        // 'H' 'W' 'L' 'T' = 0x48 0x57 0x4C 0x54
        QCOMPARE(kProjectApplicationId, ('H' << 24) | ('W' << 16) | ('L' << 8) | 'T');
    }

    void roundTripEveryField()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("机房 A.hall").toStdString();
        const Design design = fullDesign();
        saveProject(design, path);
        const Design loaded = loadProject(path);
        // Entity by entity first, so that a failure points at the table.
        QVERIFY(loaded.hall == design.hall);
        QVERIFY(loaded.briefJson == design.briefJson);
        QVERIFY(loaded.userCatalogJson == design.userCatalogJson);
        QVERIFY(loaded.zones == design.zones);
        QVERIFY(loaded.rows == design.rows);
        QVERIFY(loaded.racks == design.racks);
        QVERIFY(loaded.devices == design.devices);
        QVERIFY(loaded.links == design.links);
        QVERIFY(loaded.equipment == design.equipment);
        QVERIFY(loaded.trays == design.trays);
        QVERIFY(loaded == design);
    }

    void roundTripEmptyDesign()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("empty.hall").toStdString();
        saveProject(Design{}, path);
        QVERIFY(loadProject(path) == Design{});
    }

    void roundTripSyntheticHall()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("hall.hall").toStdString();
        const Design design = syntheticDesign(1024);
        // 1,024 accelerators: 3 links each.
        QCOMPARE(design.links.size(), std::size_t(3 * 1024));
        saveProject(design, path);
        QVERIFY(loadProject(path) == design);
    }

    void loadReturnsEntitiesSortedById()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("a.hall").toStdString();
        Design shuffled = fullDesign();
        std::reverse(shuffled.racks.begin(), shuffled.racks.end());
        std::reverse(shuffled.links.begin(), shuffled.links.end());
        saveProject(shuffled, path);
        QVERIFY(loadProject(path) == fullDesign());
    }

    void fileHasTheDocumentedSchema()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("a.hall").toStdString();
        saveProject(fullDesign(), path);
        SQLite::Database db(path, SQLite::OPEN_READONLY);
        QCOMPARE(queryInt(db, "PRAGMA application_id"), std::int64_t(0x48574C54));
        QCOMPARE(queryInt(db, "PRAGMA user_version"), std::int64_t(1));
        QCOMPARE(queryText(db, "PRAGMA journal_mode"), std::string("delete")); // OFF applied to the temp only
        // Row counts are those of fullDesign(): 4 meta keys (its rear door's included), 1 hall, 2 obstacles, 5 zones,
        // 2 rows, 6 racks, 7 devices, 5 links, 9 equipment, 3 trays.
        QCOMPARE(queryInt(db, "SELECT count(*) FROM meta"), std::int64_t(4));
        QCOMPARE(queryText(db, "SELECT value FROM meta WHERE key = 'rear_door'"), std::string("rdhx-55kw"));
        QCOMPARE(queryInt(db, "SELECT count(*) FROM hall"), std::int64_t(1));
        QCOMPARE(queryInt(db, "SELECT count(*) FROM obstacles"), std::int64_t(2));
        QCOMPARE(queryInt(db, "SELECT count(*) FROM zones"), std::int64_t(5));
        QCOMPARE(queryInt(db, "SELECT count(*) FROM rows"), std::int64_t(2));
        QCOMPARE(queryInt(db, "SELECT count(*) FROM racks"), std::int64_t(6));
        QCOMPARE(queryInt(db, "SELECT count(*) FROM devices"), std::int64_t(7));
        QCOMPARE(queryInt(db, "SELECT count(*) FROM links"), std::int64_t(5));
        QCOMPARE(queryInt(db, "SELECT count(*) FROM equipment"), std::int64_t(9));
        QCOMPARE(queryInt(db, "SELECT count(*) FROM trays"), std::int64_t(3));
        // Primary key = the typed id; enums by name; "no object" as NULL.
        QCOMPARE(queryInt(db, "SELECT max(id) FROM devices"), std::int64_t(9007199254740993));
        QCOMPARE(queryText(db, "SELECT role FROM racks WHERE id = 2"), std::string("leaf"));
        QCOMPARE(queryText(db, "SELECT kind FROM devices WHERE id = 1"), std::string("compute-node"));
        QCOMPARE(queryText(db, "SELECT tier FROM links WHERE id = 1"), std::string("node-leaf"));
        QCOMPARE(queryInt(db, "SELECT levels FROM trays WHERE id = 2"), std::int64_t(3)); // stacked trays
        QCOMPARE(queryInt(db, "SELECT levels FROM trays WHERE id = 1"), std::int64_t(1)); // the default
        QCOMPARE(queryInt(db, "SELECT zone_id IS NULL FROM rows WHERE id = 2"), std::int64_t(1));
        QCOMPARE(queryText(db, "SELECT value FROM meta WHERE key = 'brief_json'"), fullDesign().briefJson);
        // Foreign keys are declared and hold.
        QCOMPARE(queryText(db, "SELECT \"table\" FROM pragma_foreign_key_list('racks')"), std::string("rows"));
        QCOMPARE(queryInt(db, "SELECT count(*) FROM pragma_foreign_key_list('links')"), std::int64_t(2));
        QCOMPARE(queryText(db, "SELECT \"table\" FROM pragma_foreign_key_list('devices') WHERE \"from\" = "
                               "'power_feed_id'"),
                 std::string("equipment"));
        QCOMPARE(queryInt(db, "SELECT power_feed_id FROM devices WHERE id = 4"), std::int64_t(5));
        SQLite::Statement fk(db, "PRAGMA foreign_key_check");
        QVERIFY(!fk.executeStep());
    }

    void loadLeavesTheFileUntouched()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("a.hall").toStdString();
        saveProject(fullDesign(), path);
        const std::string before = readFile(path);
        struct stat st1, st2;
        QCOMPARE(::stat(path.c_str(), &st1), 0);
        loadProject(path);
        QCOMPARE(::stat(path.c_str(), &st2), 0);
        QVERIFY(readFile(path) == before);
        QCOMPARE(st2.st_mtim.tv_sec, st1.st_mtim.tv_sec);
        QCOMPARE(st2.st_mtim.tv_nsec, st1.st_mtim.tv_nsec);
        QCOMPARE(entries(dir.path().toStdString()), std::vector<std::string>{"a.hall"});
    }

    void saveTwiceReplacesTheFile()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("a.hall").toStdString();
        saveProject(fullDesign(), path);
        const Design second = syntheticDesign(256);
        saveProject(second, path);
        QVERIFY(loadProject(path) == second);
        QCOMPARE(entries(dir.path().toStdString()), std::vector<std::string>{"a.hall"});
    }

    void saveKeepsPermissions()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("a.hall").toStdString();
        saveProject(fullDesign(), path);
        QCOMPARE(::chmod(path.c_str(), 0640), 0);
        saveProject(fullDesign(), path);
        struct stat st;
        QCOMPARE(::stat(path.c_str(), &st), 0);
        QCOMPARE(int(st.st_mode & 07777), 0640);
    }

    void saveThroughSymlinkReplacesItsTarget()
    {
        QTemporaryDir dir;
        const std::string target = dir.filePath("real.hall").toStdString();
        const std::string link = dir.filePath("link.hall").toStdString();
        saveProject(fullDesign(), target);
        std::filesystem::create_symlink("real.hall", link);
        const Design second = syntheticDesign(64);
        saveProject(second, link);
        QVERIFY(std::filesystem::is_symlink(link));
        QVERIFY(loadProject(target) == second);
        QCOMPARE(entries(dir.path().toStdString()), (std::vector<std::string>{"link.hall", "real.hall"}));
    }

    void saveIntoMissingDirectoryFails()
    {
        QTemporaryDir dir;
        const std::string missing = dir.filePath("no-such-dir").toStdString();
        const std::string path = missing + "/a.hall";
        HW_CHECK_ERROR(saveError(fullDesign(), path), Kind::WriteFailed, path, "No such file or directory");
        QVERIFY(!std::filesystem::exists(missing));
        QVERIFY(entries(dir.path().toStdString()).empty());
    }

    void saveOverDirectoryFails()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("sub.hall").toStdString();
        std::filesystem::create_directory(path);
        HW_CHECK_ERROR(saveError(fullDesign(), path), Kind::WriteFailed, path, "is a directory");
        QVERIFY(std::filesystem::is_directory(path));
    }

    void failedSaveKeepsTheOldFile_data()
    {
        QTest::addColumn<int>("stage");
        QTest::addColumn<qint64>("row");
        QTest::newRow("first row") << int(SaveStage::RowWritten) << qint64(1);
        QTest::newRow("row 2000") << int(SaveStage::RowWritten) << qint64(2000);
        QTest::newRow("committed") << int(SaveStage::Committed) << qint64(-1);
        QTest::newRow("fsync'ed, before rename") << int(SaveStage::FileSynced) << qint64(-1);
    }

    void failedSaveKeepsTheOldFile()
    {
        QFETCH(int, stage);
        QFETCH(qint64, row);
        QTemporaryDir dir;
        const std::string path = dir.filePath("a.hall").toStdString();
        saveProject(fullDesign(), path);
        const std::string before = readFile(path);

        HookGuard guard;
        int calls = 0;
        testing::setSaveHook([&](SaveStage s, std::int64_t rows) {
            if (int(s) == stage && (row < 0 || rows == row)) {
                ++calls;
                throw std::runtime_error("injected: no space left on device");
            }
        });
        HW_CHECK_ERROR(saveError(syntheticDesign(1024), path), Kind::WriteFailed, path,
                       "injected: no space left on device");
        QCOMPARE(calls, 1);
        QVERIFY(readFile(path) == before);
        QCOMPARE(entries(dir.path().toStdString()), std::vector<std::string>{"a.hall"});
    }

    void saveRefusesInconsistentDesigns_data()
    {
        QTest::addColumn<int>("defect");
        QTest::addColumn<QString>("message");
        QTest::newRow("dangling rack row") << 0 << "rack 3 refers to row 99, which does not exist";
        QTest::newRow("NaN") << 1 << "rack 1: power_limit_kw is not a finite number";
        QTest::newRow("duplicate id") << 2 << "two objects of type device share id 2";
        QTest::newRow("upstream cycle") << 3 << "through a cycle of upstream references";
        QTest::newRow("link end none") << 4 << "link 2 refers to device 0, which does not exist";
        QTest::newRow("zero id") << 5 << "zone has id 0; ids must be positive";
    }

    void saveRefusesInconsistentDesigns()
    {
        QFETCH(int, defect);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const std::string path = dir.filePath("a.hall").toStdString();
        saveProject(fullDesign(), path);
        const std::string before = readFile(path);

        Design bad = fullDesign();
        switch (defect) {
        case 0: bad.racks[2].row = RowId(99); break;
        case 1: bad.racks[0].powerLimitKw = std::numeric_limits<double>::quiet_NaN(); break;
        case 2: bad.devices[2].id = DeviceId(2); break;
        case 3: bad.equipment[0].upstream = EquipmentId(4); break; // 4 -> 3 -> 1 -> 4
        case 4: bad.links[1].a.device = DeviceId(); break;
        case 5: bad.zones[0].id = ZoneId(0); break;
        }
        HW_CHECK_ERROR(saveError(bad, path), Kind::WriteFailed, path, message.toStdString());
        QVERIFY(readFile(path) == before);
        QCOMPARE(entries(dir.path().toStdString()), std::vector<std::string>{"a.hall"});
    }

    // SIGKILL a process that keeps saving two designs alternately over one
    // file; whenever it dies the file must load as one of the two.
    void killDuringSaveLeavesOldOrNewFile()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("a.hall").toStdString();
        const Design a = syntheticDesign(10240, 1);
        const Design b = syntheticDesign(10240, 2);
        saveProject(a, path);
        const auto start = std::chrono::steady_clock::now();
        saveProject(b, path);
        const auto saveUs =
            std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start).count();

        int sawA = 0, sawB = 0;
        constexpr int kKills = 20;
        for (int k = 0; k < kKills; ++k) {
            const pid_t pid = ::fork();
            QVERIFY(pid >= 0);
            if (pid == 0) {
                try {
                    for (int i = 0;; ++i)
                        saveProject(i % 2 ? b : a, path);
                } catch (...) {
                }
                ::_exit(3);
            }
            // Spread the kills over about three saves, at a different phase each time.
            ::usleep(static_cast<useconds_t>(saveUs * 3 * k / kKills + 997 * k % 5000));
            ::kill(pid, SIGKILL);
            int status = 0;
            QCOMPARE(::waitpid(pid, &status, 0), pid);
            QVERIFY2(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL, "the saving child failed on its own");
            const Design loaded = loadProject(path);
            const bool isA = loaded == a, isB = loaded == b;
            QVERIFY(isA || isB);
            sawA += isA;
            sawB += isB;
        }
        qInfo("one save of 10,240 accelerators took %lld us; after %d kills the file held design A %d times, B %d "
              "times",
              static_cast<long long>(saveUs), kKills, sawA, sawB);
    }

    void migrationTableReachesCurrentVersion()
    {
        const auto steps = store::migrations();
        // One step per version after the first: v1 needs none.
        QCOMPARE(std::ptrdiff_t(steps.size()), std::ptrdiff_t(projectSchemaVersion() - 1));
        for (std::size_t i = 0; i < steps.size(); ++i)
            QCOMPARE(steps[i].fromVersion, int(i) + 1);
    }

    // The runner with synthetic steps: v0 (hall without width) -> v1 (column added) -> v2 (value set).
    void migrationRunnerAppliesStepsInOrder()
    {
        SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("CREATE TABLE hall (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO hall VALUES (1, 'old')");
        static const store::Migration steps[] = {
            {1, [](SQLite::Database &d) { d.exec("UPDATE hall SET width_m = 12.5"); }},
            {0, [](SQLite::Database &d) { d.exec("ALTER TABLE hall ADD COLUMN width_m REAL NOT NULL DEFAULT 0"); }},
            {2, [](SQLite::Database &d) { d.exec("CREATE TABLE extra (x)"); }},
            {3, [](SQLite::Database &) { throw std::runtime_error("step 3 fails"); }},
        };
        store::migrate(db, 0, 2, steps);
        QCOMPARE(queryInt(db, "PRAGMA user_version"), std::int64_t(2));
        QCOMPARE(db.execAndGet("SELECT width_m FROM hall").getDouble(), 12.5);

        // A failing step undoes the steps before it in the same run.
        QVERIFY_THROWS_EXCEPTION(std::exception, store::migrate(db, 2, 4, steps));
        QCOMPARE(queryInt(db, "PRAGMA user_version"), std::int64_t(2));
        QVERIFY(!db.tableExists("extra"));

        // A gap in the table is an error, not a silent skip.
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, store::migrate(db, 2, 6, steps));
        QCOMPARE(queryInt(db, "PRAGMA user_version"), std::int64_t(2));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
