// Project store, untrusted input: every kind of bad file gives a ProjectFileError of the right kind.
#include "store/project_store.h"
#include "store/schema.h"

#include "store_designs.h"
#include "store_test_util.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <SQLiteCpp/Database.h>

#include <random>

#include <sys/stat.h>
#include <unistd.h>

using namespace hallwright;
using namespace hallwright::test;
using Kind = ProjectFileError::Kind;

namespace {

constexpr std::size_t kPageSize = 4096; // SQLite's default, which saveProject keeps

std::string randomBytes(std::size_t size, unsigned seed)
{
    std::mt19937 rng(seed);
    std::string bytes(size, '\0');
    for (char &c : bytes)
        c = static_cast<char>(rng() & 0xFF);
    return bytes;
}

} // namespace

class TestStoreBadFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::string pathOf(const char *name) const { return m_dir.filePath(name).toStdString(); }

    // A valid project to damage; the synthetic hall spans many pages.
    std::string project(const char *name, int accelerators = 0)
    {
        const std::string path = pathOf(name);
        saveProject(accelerators ? syntheticDesign(accelerators) : fullDesign(), path);
        return path;
    }

    // A valid project changed with raw SQL, as a hand-edited or malicious file would be.
    std::string editedProject(const char *name, const std::string &sql)
    {
        const std::string path = project(name);
        SQLite::Database db(path, SQLite::OPEN_READWRITE);
        db.exec(sql);
        return path;
    }

private slots:
    void missingPath()
    {
        const std::string path = pathOf("nothing-here.hall");
        HW_CHECK_ERROR(loadError(path), Kind::NotFound, path, "no such file");
        const std::string inMissingDir = pathOf("no-dir/a.hall");
        HW_CHECK_ERROR(loadError(inMissingDir), Kind::NotFound, inMissingDir, "no such file");
    }

    void directory()
    {
        const std::string path = pathOf("folder.hall");
        std::filesystem::create_directory(path);
        HW_CHECK_ERROR(loadError(path), Kind::NotReadable, path, "is a directory");
    }

    void unreadableFile()
    {
        if (::geteuid() == 0)
            QSKIP("root can read files without read permission");
        const std::string path = project("locked.hall");
        QCOMPARE(::chmod(path.c_str(), 0), 0);
        HW_CHECK_ERROR(loadError(path), Kind::NotReadable, path, "Permission denied");
    }

    // Opening a FIFO for reading would block until a writer appears: refused before any read.
    void notARegularFile()
    {
        const std::string path = pathOf("fifo.hall");
        QCOMPARE(::mkfifo(path.c_str(), 0600), 0);
        HW_CHECK_ERROR(loadError(path), Kind::NotReadable, path, "not a regular file");
    }

    void emptyFile()
    {
        const std::string path = pathOf("empty.hall");
        writeBytes(path, "");
        HW_CHECK_ERROR(loadError(path), Kind::NotAProject, path, "the file is empty");
    }

    void textFile()
    {
        const std::string path = pathOf("notes.hall");
        writeBytes(path, "Hall A: 10,240 GPUs\nrow 1: 16 racks\n");
        HW_CHECK_ERROR(loadError(path), Kind::NotAProject, path, "not an SQLite database");
    }

    void randomFile()
    {
        const std::string path = pathOf("random.hall");
        writeBytes(path, randomBytes(3 * kPageSize, 42));
        HW_CHECK_ERROR(loadError(path), Kind::NotAProject, path, "not an SQLite database");
    }

    void truncatedProject()
    {
        const std::string full = project("full.hall", 1024);
        const std::string bytes = readFile(full);
        QVERIFY(bytes.size() > 20 * kPageSize);

        const std::string half = pathOf("half.hall");
        writeBytes(half, bytes.substr(0, bytes.size() / 2));
        HW_CHECK_ERROR(loadError(half), Kind::Corrupt, half, "truncated");

        // Cut at a page boundary, so only the page count in the header shows it.
        const std::string halfPages = pathOf("half-pages.hall");
        writeBytes(halfPages, bytes.substr(0, bytes.size() / kPageSize / 2 * kPageSize));
        HW_CHECK_ERROR(loadError(halfPages), Kind::Corrupt, halfPages, "the header expects");

        const std::string header = pathOf("header-only.hall");
        writeBytes(header, bytes.substr(0, 60));
        HW_CHECK_ERROR(loadError(header), Kind::Corrupt, header, "truncated to 60 bytes");
    }

    void corruptedPageInTheMiddle()
    {
        const std::string path = project("damaged.hall", 1024);
        std::string bytes = readFile(path);
        const std::size_t pages = bytes.size() / kPageSize;
        std::string noise = randomBytes(kPageSize, 7);
        noise[0] = 0x37; // not one of the b-tree page types 2, 5, 10, 13
        bytes.replace(pages / 2 * kPageSize, kPageSize, noise);
        writeBytes(path, bytes);
        HW_CHECK_ERROR(loadError(path), Kind::Corrupt, path, "damaged project file");
    }

    void databaseOfAnotherApplication()
    {
        const std::string plain = pathOf("plain.sqlite");
        {
            SQLite::Database db(plain, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes VALUES (1, 'hi')");
        }
        HW_CHECK_ERROR(loadError(plain), Kind::NotAProject, plain, "without the Hallwright application id");

        // Fossil repositories carry application_id 252006673 = 0x0F055111.
        const std::string fossil = pathOf("repo.fossil");
        {
            SQLite::Database db(fossil, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            db.exec("PRAGMA application_id = 252006673; CREATE TABLE blob (rid INTEGER PRIMARY KEY)");
        }
        HW_CHECK_ERROR(loadError(fossil), Kind::NotAProject, fossil, "application_id 0x0F055111");
    }

    void newerVersion()
    {
        const std::string path = editedProject("newer.hall", "PRAGMA user_version = 7");
        const auto error = loadError(path);
        HW_CHECK_ERROR(error, Kind::NewerVersion, path, "newer");
        QCOMPARE(std::string(error->what()),
                 path + ": written by a newer Hallwright (schema 7, this build reads up to 1)");
    }

    void noSchemaVersion()
    {
        const std::string path = editedProject("v0.hall", "PRAGMA user_version = 0");
        HW_CHECK_ERROR(loadError(path), Kind::NotAProject, path, "schema version 0");
    }

    void missingTable()
    {
        const std::string path = editedProject("no-trays.hall", "DROP TABLE trays");
        HW_CHECK_ERROR(loadError(path), Kind::NotAProject, path, "table 'trays' is missing");
    }

    void tableReplacedByView()
    {
        const std::string path =
            editedProject("view.hall", "DROP TABLE trays; CREATE VIEW trays AS SELECT * FROM obstacles");
        HW_CHECK_ERROR(loadError(path), Kind::NotAProject, path, "table 'trays' is missing");
    }

    void missingColumn()
    {
        const std::string path = editedProject("no-label.hall", "ALTER TABLE links DROP COLUMN label");
        HW_CHECK_ERROR(loadError(path), Kind::NotAProject, path, "table links has 10 columns instead of 11");
    }

    void danglingRackRow()
    {
        const std::string path = editedProject("dangling.hall", "UPDATE racks SET row_id = 999 WHERE id = 4");
        HW_CHECK_ERROR(loadError(path), Kind::Corrupt, path, "rack 4 refers to row 999, which does not exist");
    }

    void danglingReferences_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("message");
        QTest::newRow("row zone") << "UPDATE rows SET zone_id = 50 WHERE id = 1"
                                  << "row 1 refers to zone 50, which does not exist";
        QTest::newRow("device rack") << "UPDATE devices SET rack_id = 77 WHERE id = 5"
                                     << "device 5 refers to rack 77, which does not exist";
        QTest::newRow("device power feed") << "UPDATE devices SET power_feed_id = 12 WHERE id = 4"
                                           << "device 4 refers to power feed equipment 12, which does not exist";
        QTest::newRow("link end") << "UPDATE links SET b_device_id = 8 WHERE id = 3"
                                  << "link 3 refers to device 8, which does not exist";
        QTest::newRow("equipment upstream") << "UPDATE equipment SET upstream_id = 10 WHERE id = 4"
                                            << "equipment 4 refers to upstream equipment 10, which does not exist";
        QTest::newRow("upstream cycle") << "UPDATE equipment SET upstream_id = 3 WHERE id = 1"
                                        << "through a cycle of upstream references";
        QTest::newRow("zero for none") << "UPDATE racks SET row_id = 0 WHERE id = 1"
                                       << "table racks, id '1': column row_id is 0";
        QTest::newRow("deleted parent") << "DELETE FROM racks WHERE id = 1"
                                        << "device 1 refers to rack 1, which does not exist";
    }

    void danglingReferences()
    {
        QFETCH(QString, sql);
        QFETCH(QString, message);
        const std::string path = editedProject("refs.hall", sql.toStdString());
        HW_CHECK_ERROR(loadError(path), Kind::Corrupt, path, message.toStdString());
    }

    void invalidEnumName()
    {
        const std::string path = editedProject("enum.hall", "UPDATE racks SET role = 'blade' WHERE id = 2");
        HW_CHECK_ERROR(loadError(path), Kind::Corrupt, path,
                       "table racks, id '2': column role has an unknown value 'blade'");
    }

    void nonFiniteNumber()
    {
        // 9e999 overflows to +Inf in SQLite's parser.
        const std::string path = editedProject("inf.hall", "UPDATE links SET length_m = 9e999 WHERE id = 2");
        HW_CHECK_ERROR(loadError(path), Kind::Corrupt, path, "link 2: length_m is not a finite number");
    }

    // A table that is not STRICT could hold any type in any column: not our schema.
    void nonStrictTableRefused()
    {
        const std::string path = project("loose.hall");
        {
            SQLite::Database db(path, SQLite::OPEN_READWRITE);
            db.exec("PRAGMA writable_schema = ON;"
                    "UPDATE sqlite_schema SET sql = replace(sql, ') STRICT', ')') WHERE name = 'devices';"
                    "PRAGMA writable_schema = OFF;");
        }
        {
            SQLite::Database db(path, SQLite::OPEN_READWRITE);
            db.exec("UPDATE devices SET u_height = 'tall' WHERE id = 2");
        }
        HW_CHECK_ERROR(loadError(path), Kind::NotAProject, path, "table devices is not STRICT");
    }

    void missingMetaKey()
    {
        const std::string path = editedProject("meta.hall", "DELETE FROM meta WHERE key = 'brief_json'");
        HW_CHECK_ERROR(loadError(path), Kind::Corrupt, path, "table meta: key brief_json is missing");
    }

    void hallTableEmpty()
    {
        const std::string path = editedProject("nohall.hall", "DELETE FROM hall");
        HW_CHECK_ERROR(loadError(path), Kind::Corrupt, path, "table hall: has 0 rows instead of 1");
    }

    // Byte changes anywhere in a valid file either load into a consistent
    // design or give a ProjectFileError; nothing else escapes and nothing crashes.
    void randomByteChangesNeverEscape()
    {
        const std::string good = readFile(project("good.hall"));
        const std::string path = pathOf("mutant.hall");
        const std::string resaved = pathOf("resaved.hall");
        std::mt19937 rng(2024);
        int loaded = 0, refused = 0;
        for (int i = 0; i < 400; ++i) {
            std::string bytes = good;
            const int changes = 1 + static_cast<int>(rng() % 8);
            for (int c = 0; c < changes; ++c)
                bytes[rng() % bytes.size()] = static_cast<char>(rng() & 0xFF);
            writeBytes(path, bytes);
            std::optional<Design> design;
            try {
                design = loadProject(path);
            } catch (const ProjectFileError &e) {
                QVERIFY2(std::string(e.what()).find('\n') == std::string::npos, e.what());
                ++refused;
                continue;
            }
            // A design that loads is consistent, so it saves again (any throw fails the test).
            saveProject(*design, resaved);
            ++loaded;
        }
        QCOMPARE(loaded + refused, 400);
        qInfo("400 mutated files: %d loaded, %d refused with ProjectFileError", loaded, refused);
    }
};

QTEST_GUILESS_MAIN(TestStoreBadFiles)
#include "test_store_bad_files.moc"
