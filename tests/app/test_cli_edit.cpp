// hallwright-cli edit (docs/cli.md "edit"): good scripts change the numbers as they should; a bad
// operation exits 2 naming its index and leaves the output as it was.
#include "cli_run.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

using namespace hallwright;

namespace {

using test::fileBytes;
using test::Run;

Run cli(const QStringList &args)
{
    return test::runCli(args, 300000);
}

QString editScript(const QString &name)
{
    return QString::fromStdString(test::dataPath("edits/" + name.toStdString()));
}

} // namespace

class TestCliEdit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString hall() const { return path("small.hall"); }

    nlohmann::json summary(const QString &file)
    {
        const Run r = cli({"summary", file, "--json"});
        if (r.exitCode != 0)
            return nullptr;
        return nlohmann::json::parse(r.out.toStdString());
    }

    QString writeOps(const QString &name, const QByteArray &json)
    {
        QFile f(path(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(json);
        return f.fileName();
    }

private slots:
    void initTestCase()
    {
        // 512 DGX H100 accelerators: rows A and C of 8 compute racks (4 nodes, 32 accelerators
        // each) around a leaf rack, row B with the spine rack (docs/layout.md).
        QVERIFY(m_dir.isValid());
        const Run r = cli({"new", "--accelerators", "512", "--out", hall()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void goodScriptsApply_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(editScript("good"));
        const QStringList files = dir.entryList({"*.json"}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 4);
        for (const QString &f : files)
            QTest::newRow(f.toUtf8().constData()) << dir.filePath(f);
    }
    void goodScriptsApply()
    {
        QFETCH(QString, file);
        const QString out = path("good-" + QFileInfo(file).baseName() + ".hall");
        const Run r = cli({"edit", hall(), "--ops", file, "--out", out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("operations applied"));
        // The output is a complete project whose summary is the edited design's.
        QVERIFY(!summary(out).is_null());
        QCOMPARE(cli({"validate", out}).exitCode == 2, false);
    }

    void badScriptsExitTwoNamingTheOp_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("index");
        const QDir dir(editScript("bad"));
        const QStringList files = dir.entryList({"*.json"}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 10);
        // Each file is named "<index of the bad op>-<what is wrong>.json".
        for (const QString &f : files)
            QTest::newRow(f.toUtf8().constData()) << dir.filePath(f) << f.section('-', 0, 0).toInt();
    }
    void badScriptsExitTwoNamingTheOp()
    {
        QFETCH(QString, file);
        QFETCH(int, index);
        const QString out = path("existing.hall");
        QFile::remove(out);
        QVERIFY(QFile::copy(hall(), out));
        const QByteArray before = fileBytes(out);
        const Run r = cli({"edit", hall(), "--ops", file, "--out", out});
        QCOMPARE(r.exitCode, 2);
        const QByteArray err = r.err.trimmed();
        QVERIFY2(!err.contains('\n'), err.constData());
        QVERIFY2(err.contains(file.toUtf8()), err.constData());
        QVERIFY2(err.contains(QStringLiteral("ops[%1]").arg(index).toUtf8()), err.constData());
        // Nothing written: the existing output is byte for byte what it was, no stray files.
        QCOMPARE(fileBytes(out), before);
        const QString fresh = path("never-written.hall");
        QCOMPARE(cli({"edit", hall(), "--ops", file, "--out", fresh}).exitCode, 2);
        QVERIFY(!QFile::exists(fresh));
        const QStringList left = QDir(m_dir.path()).entryList(QDir::Files);
        for (const QString &f : left)
            QVERIFY2(!f.startsWith("never-written"), qPrintable(f));
    }

    void refusalsGiveTheReason()
    {
        // The reason is the design rule, in words.
        const struct
        {
            const char *file;
            const char *reason;
        } cases[] = {{"bad/1-collision.json", "racks A01 and A02 overlap"},
                     {"bad/0-outside-the-hall.json", "outside the hall"},
                     {"bad/0-aisle-too-narrow.json", "aisle in front of rack A01 is 1.50 m, needs 1.80 m"},
                     {"bad/2-deleted-rack.json", "unknown rack 'A01'"},
                     {"bad/1-value-the-brief-refuses.json", "power.redundancy"}};
        for (const auto &c : cases) {
            const Run r = cli({"edit", hall(), "--ops", editScript(c.file), "--out", path("refused.hall")});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(c.reason), r.err.constData());
        }
    }

    void deletesTakeTheirAccelerators()
    {
        // Two compute racks of 4 × 8 accelerators, then row C (8 × 32): 512 − 64 − 256 = 192.
        const QString out = path("deleted.hall");
        QCOMPARE(cli({"edit", hall(), "--ops", editScript("good/delete.json"), "--out", out}).exitCode, 0);
        const nlohmann::json before = summary(hall()), after = summary(out);
        QCOMPARE(before["compute"]["accelerators"].get<long long>(), 512LL);
        QCOMPARE(after["compute"]["accelerators"].get<long long>(), 192LL);
        QCOMPARE(after["compute"]["racks"].get<long long>(), before["compute"]["racks"].get<long long>() - 2 - 9);
        // Their node-leaf cables are gone with them: 8 compute links per DGX H100 node.
        QCOMPARE(after["network"]["links"]["node_leaf"].get<long long>(),
                 before["network"]["links"]["node_leaf"].get<long long>() - (8 + 32) * 8);
    }

    void moveLengthensItsCables()
    {
        // A09, the rack farthest east of the leaf A05, moved two rack pitches further east (short
        // of the cooling gallery): its cables get longer, nothing else changes.
        const QString ops = writeOps("far.json", R"([{"op": "move_rack", "rack": "A09", "dx_m": 1.2}])");
        const QString out = path("moved.hall");
        const Run r = cli({"edit", hall(), "--ops", ops, "--out", out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const nlohmann::json before = summary(hall()), after = summary(out);
        QVERIFY(after["network"]["cable_length_m"].get<double>() > before["network"]["cable_length_m"].get<double>());
        QCOMPARE(after["network"]["cables_total"], before["network"]["cables_total"]);
        QCOMPARE(after["compute"], before["compute"]);
        QCOMPARE(after["power"]["it_kw"], before["power"]["it_kw"]);
        // Moving back gives the original numbers exactly.
        const QString back = writeOps("back.json", R"([{"op": "move_rack", "rack": "A09", "dx_m": -1.2}])");
        const QString out2 = path("moved-back.hall");
        QCOMPARE(cli({"edit", out, "--ops", back, "--out", out2}).exitCode, 0);
        QCOMPARE(summary(out2), before);
    }

    void setRegeneratesTheDesign()
    {
        // lease.years 5 → 7: the regenerated design's lease has 7 years and year 0 of cash flows.
        const QString out = path("n1.hall");
        QCOMPARE(cli({"edit", hall(), "--ops", editScript("good/set-then-move.json"), "--out", out}).exitCode, 0);
        const nlohmann::json before = summary(hall()), after = summary(out);
        QCOMPARE(before["lease"]["equity_cash_flows"].size(), std::size_t(5 + 1));
        QCOMPARE(after["lease"]["equity_cash_flows"].size(), std::size_t(7 + 1));
        QCOMPARE(after["compute"]["accelerators"], before["compute"]["accelerators"]);
    }

    void editUsage()
    {
        const Run help = cli({"edit", "--help"});
        QCOMPARE(help.exitCode, 0);
        for (const char *op : {"move_rack", "move_row", "rotate_row", "add_rack", "add_row", "duplicate_rack",
                               "delete_rack", "delete_row", "set"})
            QVERIFY2(help.out.contains(op), op);
        QCOMPARE(cli({"edit", hall(), "--out", path("x.hall")}).exitCode, 2);
        QCOMPARE(cli({"edit", hall(), "--ops", editScript("good/delete.json")}).exitCode, 2);
        const Run same = cli({"edit", hall(), "--ops", editScript("good/delete.json"), "--out", hall()});
        QCOMPARE(same.exitCode, 2);
        QVERIFY(same.err.contains("same file"));
    }
};

QTEST_GUILESS_MAIN(TestCliEdit)
#include "test_cli_edit.moc"
