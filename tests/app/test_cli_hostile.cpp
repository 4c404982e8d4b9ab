// hallwright-cli against hostile input: corpora of bad briefs, catalogs, edit scripts and project files,
// and outputs the user did not ask to be written. Every bad input: exit 2, one line naming it, nothing written.
#include "test_support.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <SQLiteCpp/Database.h>

#include <filesystem>

#include <sys/stat.h>
#include <unistd.h>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;
};

Run cli(const QStringList &args, const QString &stdoutFile = {})
{
    QProcess p;
    if (!stdoutFile.isEmpty())
        p.setStandardOutputFile(stdoutFile);
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(HALLWRIGHT_CLI_PATH), args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError(), timer.elapsed()};
}

void expectBadInput(const Run &r, const QString &input)
{
    QCOMPARE(r.exitCode, 2);
    const QByteArray err = r.err.trimmed();
    QVERIFY2(!err.isEmpty(), "no message on stderr");
    QVERIFY2(!err.contains('\n'), err.constData());
    QVERIFY2(err.contains(input.toUtf8()), err.constData());
    // Issue 13: a raw json.exception.type_error.316 (invalid UTF-8) without the input's name.
    QVERIFY2(!err.contains("type_error"), err.constData());
}

QString corpus(const QString &kind)
{
    return QStringLiteral(HALLWRIGHT_FUZZ_CORPUS_DIR) + "/" + kind;
}

void addFiles(const QString &dir, const QString &pattern)
{
    const QStringList files = QDir(dir).entryList({pattern}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        QTest::newRow(f.toUtf8().constData()) << QDir(dir).filePath(f);
}

// A hostile project: the SQL that made it from a valid one.
struct HostileProject
{
    const char *name;
    const char *sql;
};

const HostileProject kHostileProjects[] = {
    {"generated-column", "ALTER TABLE racks ADD COLUMN evil TEXT GENERATED ALWAYS AS (printf('%.*c', 900000000, 'x')) VIRTUAL"},
    {"generated-name", "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = replace(sql, "
                       "'name             TEXT NOT NULL,', 'name TEXT GENERATED ALWAYS AS (printf(''%.*c'', 900000000, "
                       "''x'')) VIRTUAL,') WHERE name = 'racks'"},
    {"trigger", "CREATE TRIGGER evil AFTER INSERT ON racks BEGIN DELETE FROM links; END"},
    {"view", "CREATE VIEW evil AS SELECT printf('%.*c', 900000000, 'x')"},
    {"view-replacing-table", "DROP TABLE trays; CREATE VIEW trays AS SELECT * FROM obstacles"},
    {"expression-index", "CREATE INDEX evil ON racks (printf('%.*c', 1000000, name))"},
    {"extra-table", "CREATE TABLE evil (x)"},
    {"extra-column", "ALTER TABLE trays ADD COLUMN colour TEXT"},
    {"renamed-column", "ALTER TABLE hall RENAME COLUMN name TO title"},
    {"dropped-column", "ALTER TABLE links DROP COLUMN label"},
    {"missing-table", "DROP TABLE equipment"},
    {"not-strict", "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = replace(sql, ') STRICT', ')') "
                   "WHERE name = 'devices'"},
    {"rack-width-2e9", "UPDATE racks SET width = 2e9 WHERE id = (SELECT min(id) FROM racks)"},
    {"rack-depth-2e9", "UPDATE racks SET depth = 2e9"},
    {"rack-su-2e9", "UPDATE racks SET su = 2000000000"},
    {"rack-height-u-2e31", "UPDATE racks SET height_u = 2147483647"},
    {"device-u-position-2e31", "UPDATE devices SET u_position = 2147483647"},
    {"device-u-height-negative", "UPDATE devices SET u_height = -5"},
    {"rack-x-1e15", "UPDATE racks SET x = 1e15"},
    {"link-gbps-denormal", "UPDATE links SET gbps = 5e-324"},
    {"link-length-inf", "UPDATE links SET length_m = 9e999"},
    {"link-port-huge", "UPDATE links SET a_port = 2147483647"},
    {"tray-levels-1e6", "UPDATE trays SET levels = 1000000"},
    {"hall-width-1e300", "UPDATE hall SET width_m = 1e300"},
    {"name-2mb", "UPDATE racks SET name = printf('%.*c', 2000000, 'x')"},
    {"name-40mb", "UPDATE racks SET name = printf('%.*c', 40000000, 'x') WHERE id = (SELECT min(id) FROM racks)"},
    {"name-invalid-utf8", "UPDATE racks SET name = CAST(x'41ff42' AS TEXT) WHERE id = (SELECT min(id) FROM racks)"},
    {"name-overlong-utf8", "UPDATE rows SET name = CAST(x'c0af' AS TEXT)"},
    {"name-surrogate", "UPDATE equipment SET name = CAST(x'eda080' AS TEXT)"},
    {"brief-invalid-utf8", "UPDATE meta SET value = CAST(x'7bff7d' AS TEXT) WHERE key = 'brief_json'"},
    {"rack-power-limit-negative", "UPDATE racks SET power_limit_kw = -1"},
    {"brief-missing", "DELETE FROM meta WHERE key = 'brief_json'"},
    {"catalog-mgmt-ports-1e6",
     "UPDATE meta SET value = '{\"schema\":\"hallwright.catalog/1\",\"nodes\":[{\"id\":\"n\",\"name\":\"n\","
     "\"accelerator\":\"h100-sxm5-80gb\",\"accelerators_per_node\":8,\"mgmt_ports\":1000000,\"max_kw\":10,"
     "\"u_height\":8}]}' WHERE key = 'user_catalog_json'"},
    {"catalog-not-json", "UPDATE meta SET value = '[' WHERE key = 'user_catalog_json'"},
    {"pdus-20000-in-a-rack",
     "WITH RECURSIVE n(i) AS (SELECT 1000000 UNION ALL SELECT i + 1 FROM n WHERE i < 1019999) "
     "INSERT INTO devices SELECT i, (SELECT min(id) FROM racks), 'pdu', 'pdu', 'PDU ' || i, 0, 0, 'A', -1, -1, NULL FROM n"},
    {"equipment-chain-30000",
     "WITH RECURSIVE n(i) AS (SELECT 1000000 UNION ALL SELECT i + 1 FROM n WHERE i < 1029999) "
     "INSERT INTO equipment SELECT i, NULL, 'ups', 'ups', 'U' || i, 0, 0, 1, 1, 'A', "
     "CASE WHEN i = 1000000 THEN NULL ELSE i - 1 END FROM n"},
    {"meta-rows-100", "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100) "
                      "INSERT INTO meta SELECT 'k' || i, '' FROM n"},
    {"dangling-row", "UPDATE racks SET row_id = 999999"},
    {"upstream-cycle", "UPDATE equipment SET upstream_id = id"},
    {"zero-for-none", "UPDATE racks SET row_id = 0"},
    {"unknown-enum", "UPDATE racks SET role = 'blade'"},
    {"negative-id", "PRAGMA ignore_check_constraints = ON; UPDATE trays SET id = -id"},
    {"hall-empty", "DELETE FROM hall"},
    {"other-application", "PRAGMA application_id = 252006673"},
    {"newer-schema", "PRAGMA user_version = 99"},
    {"schema-zero", "PRAGMA user_version = 0"},
};

} // namespace

class TestCliHostile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project; // a small valid project, the base of the hostile ones
    int m_inputs = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        m_project = path("base.hall");
        const Run r = cli({"new", "--accelerators", "256", "--out", m_project});
        QCOMPARE(r.exitCode, 0);
    }

    void cleanupTestCase() { qInfo("%d hostile inputs, each refused with exit 2 and a message", m_inputs); }

    // --- corpora (also the fuzzers' seeds) ---

    void badBriefs_data()
    {
        QTest::addColumn<QString>("file");
        addFiles(QString::fromStdString(hallwright::test::dataPath("briefs/bad")), "*.json");
        addFiles(corpus("brief"), "bad-*.json");
    }
    void badBriefs()
    {
        QFETCH(QString, file);
        expectBadInput(cli({"summary", file}), file);
        const QString out = path("from-bad-brief.hall");
        expectBadInput(cli({"new", "--brief", file, "--out", out}), file);
        QVERIFY(!QFile::exists(out));
        ++m_inputs;
    }

    void badCatalogs_data()
    {
        QTest::addColumn<QString>("file");
        addFiles(corpus("catalog"), "bad-*.json");
    }
    void badCatalogs()
    {
        QFETCH(QString, file);
        const QString out = path("from-bad-catalog.hall");
        QFile::remove(out);
        expectBadInput(cli({"new", "--accelerators", "64", "--catalog", file, "--out", out}), file);
        QVERIFY(!QFile::exists(out));
        ++m_inputs;
    }

    void badEditScripts_data()
    {
        QTest::addColumn<QString>("file");
        addFiles(corpus("edit"), "bad-*.json");
    }
    void badEditScripts()
    {
        QFETCH(QString, file);
        const QString out = path("edited.hall");
        QFile::remove(out);
        expectBadInput(cli({"edit", m_project, "--ops", file, "--out", out}), file);
        QVERIFY(!QFile::exists(out));
        ++m_inputs;
    }

    void hostileProjects_data()
    {
        QTest::addColumn<QString>("sql");
        for (const HostileProject &h : kHostileProjects)
            QTest::newRow(h.name) << QString::fromUtf8(h.sql);
    }
    void hostileProjects()
    {
        QFETCH(QString, sql);
        const QString file = path(QString("hostile-%1.hall").arg(QTest::currentDataTag()));
        QVERIFY(QFile::copy(m_project, file));
        {
            SQLite::Database db(file.toStdString(), SQLite::OPEN_READWRITE);
            db.exec(sql.toStdString());
        }
        for (const char *command : {"summary", "validate"}) {
            const Run r = cli({command, file});
            expectBadInput(r, file);
            QVERIFY2(r.ms < 20000, qPrintable(QString("%1 took %2 ms").arg(command).arg(r.ms)));
        }
        const QString csv = path("csv-of-hostile");
        QDir(csv).removeRecursively();
        expectBadInput(cli({"export", file, "--csv", csv}), file);
        QVERIFY(!QFileInfo::exists(csv + "/bom.csv"));
        QFile::remove(file);
        ++m_inputs;
    }

    void hostileProjectCountMeetsTheIssue() { QVERIFY(std::size(kHostileProjects) >= 40); }

    // --- outputs the user did not ask to be written ---

    // Issue 13: `new --out` over a FIFO or device replaced it with a regular file.
    void newRefusesNonRegularOut()
    {
        const QString fifo = path("out.fifo");
        QCOMPARE(::mkfifo(fifo.toUtf8().constData(), 0600), 0);
        expectBadInput(cli({"new", "--accelerators", "64", "--out", fifo}), fifo);
        struct stat st;
        QCOMPARE(::lstat(fifo.toUtf8().constData(), &st), 0);
        QVERIFY(S_ISFIFO(st.st_mode));

        const QString toNull = path("to-null.hall");
        QVERIFY(QFile::link("/dev/null", toNull));
        expectBadInput(cli({"new", "--accelerators", "64", "--out", toNull}), toNull);
        QVERIFY(QFileInfo(toNull).isSymLink());

        // Issue 13: a dangling --out symlink was replaced.
        const QString dangling = path("dangling.hall");
        QVERIFY(QFile::link(path("nothing-there.hall"), dangling));
        const Run r = cli({"new", "--accelerators", "64", "--out", dangling});
        expectBadInput(r, dangling);
        QVERIFY(r.err.contains("symbolic link to nothing"));
        QVERIFY(!QFileInfo::exists(path("nothing-there.hall")));
    }

    // Issue 13: `export --csv` followed a symbolic link planted inside DIR.
    void exportRefusesPlantedLink()
    {
        const QString dir = path("csv-planted");
        QVERIFY(QDir().mkpath(dir));
        const QString outside = path("precious.txt");
        QFile f(outside);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious");
        f.close();
        QVERIFY(QFile::link(outside, dir + "/cables.csv"));
        const Run r = cli({"export", m_project, "--csv", dir});
        expectBadInput(r, dir + "/cables.csv");
        QVERIFY(r.err.contains("symbolic link"));
        QCOMPARE(QFile(outside).size(), qint64(8));
        QVERIFY(!QFileInfo::exists(dir + "/bom.csv")); // all or nothing
    }

    // Issue 13: `new … > /dev/full` exited 2 after the project was written.
    void fullStandardOutputWritesNothing()
    {
        if (!QFileInfo::exists("/dev/full"))
            QSKIP("no /dev/full");
        const QString out = path("full.hall");
        const Run r = cli({"new", "--accelerators", "64", "--out", out}, "/dev/full");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("standard output") && r.err.contains("was not written"), r.err.constData());
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(QDir(m_dir.path()).entryList({".full.hall*"}, QDir::Hidden | QDir::Files).isEmpty());

        const QString ops = path("ok-ops.json");
        QFile o(ops);
        QVERIFY(o.open(QIODevice::WriteOnly));
        o.write(R"([{"op": "rotate_row", "row": "Row A"}])");
        o.close();
        const QString edited = path("full-edit.hall");
        const Run e = cli({"edit", m_project, "--ops", ops, "--out", edited}, "/dev/full");
        QCOMPARE(e.exitCode, 2);
        QVERIFY(!QFileInfo::exists(edited));
    }

    // A FIFO as a brief, a catalog or an edit script is refused at once, never waited on.
    void fifoInputsDoNotBlock()
    {
        const QString fifo = path("in.fifo");
        QCOMPARE(::mkfifo(fifo.toUtf8().constData(), 0600), 0);
        const QString out = path("fifo-out.hall");
        for (const QStringList &args : {QStringList{"summary", fifo}, QStringList{"new", "--brief", fifo, "--out", out},
                                        QStringList{"new", "--accelerators", "64", "--catalog", fifo, "--out", out},
                                        QStringList{"edit", m_project, "--ops", fifo, "--out", out}}) {
            const Run r = cli(args);
            expectBadInput(r, fifo);
            QVERIFY(r.ms < 20000);
        }
        QVERIFY(!QFileInfo::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliHostile)
#include "test_cli_hostile.moc"
