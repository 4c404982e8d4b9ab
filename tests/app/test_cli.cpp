// The hallwright-cli contract (docs/cli.md): commands, exit codes, JSON, untouched outputs.
#include "store/project_store.h"
#include "cli_run.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

#include <cmath>

#include <nlohmann/json.hpp>

using namespace hallwright;

namespace {

using test::fileBytes;
using test::Run;

Run cli(const QStringList &args)
{
    return test::runCli(args, 120000);
}

/// Exit 2 with exactly one line on stderr naming the input.
void expectBadInput(const Run &r, const QString &input)
{
    QCOMPARE(r.exitCode, 2);
    const QByteArray err = r.err.trimmed();
    QVERIFY2(!err.isEmpty(), "no message on stderr");
    QVERIFY2(!err.contains('\n'), err.constData());
    QVERIFY2(err.contains(input.toUtf8()), err.constData());
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void helpAndVersion()
    {
        const Run help = cli({"--help"});
        QCOMPARE(help.exitCode, 0);
        for (const char *cmd : {"new", "summary", "validate", "catalog", "--version"})
            QVERIFY(help.out.contains(cmd));
        const Run version = cli({"--version"});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("hallwright-cli " HALLWRIGHT_VERSION));
        expectBadInput(cli({"frobnicate"}), "frobnicate");
        QCOMPARE(cli({}).exitCode, 2);
    }

    void newAndSummaryJson()
    {
        const QString out = path("a.hall");
        const Run made = cli({"new", "--accelerators", "10240", "--out", out});
        QCOMPARE(made.exitCode, 0);
        QVERIFY(QFile::exists(out));
        const Run sum = cli({"summary", out, "--json"});
        QCOMPARE(sum.exitCode, 0);
        const auto j = nlohmann::json::parse(sum.out.toStdString());
        QCOMPARE(j["schema"].get<std::string>(), std::string("hallwright.summary/1"));
        // 10,240 H100 = 1,280 DGX H100; peak 10,240 × 989.4 TFLOP/s = 10,131 PFLOP/s BF16 dense.
        QCOMPARE(j["compute"]["accelerators"].get<long long>(), 10240LL);
        QCOMPARE(j["compute"]["nodes"].get<long long>(), 1280LL);
        QVERIFY(std::abs(j["compute"]["peak_pflops_bf16"].get<double>() - 10240 * 989.4 / 1000) < 1.0);
        QVERIFY(j["compute"]["racks"].get<int>() > 320);
        // Every field of the contract is present, null where no engine computes it yet.
        for (const char *section : {"compute", "network", "power", "cooling", "training", "lease", "checks"})
            QVERIFY2(j.contains(section) && j[section].is_object(), section);
        for (const char *f : {"tiers", "cables_total", "transceivers", "cable_length_m", "bisection_tbps",
                              "oversubscription", "switches", "links"})
            QVERIFY2(j["network"].contains(f), f);
        for (const char *f : {"it_kw", "facility_kw", "pue", "ups_kw", "annual_mwh"})
            QVERIFY2(j["power"].contains(f), f);
        for (const char *f : {"heat_kw", "air_kw", "liquid_kw", "crah_units", "cdu_units"})
            QVERIFY2(j["cooling"].contains(f), f);
        for (const char *f : {"total_flops", "mfu", "days"})
            QVERIFY2(j["training"].contains(f), f);
        for (const char *f : {"currency", "capex", "revenue_per_year", "net_profit_per_year", "equity_cash_flows",
                              "npv", "irr", "payback_years"})
            QVERIFY2(j["lease"].contains(f), f);
        QCOMPARE(j["checks"]["errors"].get<int>(), 0);

        const Run text = cli({"summary", out});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("10240 accelerators"));
    }

    void summaryOfABriefEqualsSummaryOfItsProject()
    {
        const QString brief = QString::fromStdString(test::resourcePath("sample/sample-10240.json"));
        const QString out = path("sample.hall");
        QCOMPARE(cli({"new", "--brief", brief, "--out", out}).exitCode, 0);
        const Run fromBrief = cli({"summary", brief, "--json"});
        const Run fromProject = cli({"summary", out, "--json"});
        QCOMPARE(fromBrief.exitCode, 0);
        QCOMPARE(fromProject.exitCode, 0);
        QCOMPARE(nlohmann::json::parse(fromBrief.out.toStdString()),
                 nlohmann::json::parse(fromProject.out.toStdString()));
    }

    void validateExitCodes()
    {
        const QString out = path("v.hall");
        QCOMPARE(cli({"new", "--accelerators", "1024", "--out", out}).exitCode, 0);
        const Run ok = cli({"validate", out});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.out.contains("0 errors"));

        // Push two racks onto each other: validate must find it and exit 1.
        Design d = loadProject(out.toStdString());
        d.racks[1].footprint = d.racks[0].footprint;
        const QString broken = path("broken.hall");
        saveProject(d, broken.toStdString());
        const Run bad = cli({"validate", broken});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.out.contains("rack-overlap"));
    }

    void everyBadBriefExitsTwo_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QString::fromStdString(test::dataPath("briefs/bad")));
        const QStringList files = dir.entryList({"*.json"}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 20);
        for (const QString &f : files)
            QTest::newRow(f.toUtf8().constData()) << dir.filePath(f);
    }
    void everyBadBriefExitsTwo()
    {
        QFETCH(QString, file);
        expectBadInput(cli({"summary", file, "--json"}), file);
        const QString out = path("from-bad-brief.hall");
        expectBadInput(cli({"new", "--brief", file, "--out", out}), file);
        QVERIFY(!QFile::exists(out));
    }

    void badFilesExitTwo_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QByteArray() << "empty.hall";
        QTest::newRow("text") << QByteArray("hello, this is not a hall\n") << "text.hall";
        QTest::newRow("random bytes") << QByteArray(4096, '\x9c') << "random.hall";
        QTest::newRow("sqlite header only") << QByteArray("SQLite format 3\0garbage", 23) << "header.hall";
    }
    void badFilesExitTwo()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, name);
        const QString file = path(name);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        expectBadInput(cli({"summary", file}), file);
        expectBadInput(cli({"validate", file}), file);
    }

    void truncatedAndNewerProjectsExitTwo()
    {
        const QString good = path("t.hall");
        QCOMPARE(cli({"new", "--accelerators", "1024", "--out", good}).exitCode, 0);
        const QByteArray bytes = fileBytes(good);
        const QString truncated = path("truncated.hall");
        QFile t(truncated);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write(bytes.left(bytes.size() / 2));
        t.close();
        expectBadInput(cli({"summary", truncated, "--json"}), truncated);

        // user_version lives at byte offset 60 of the SQLite header (big-endian).
        QByteArray newer = bytes;
        newer[60] = 0, newer[61] = 0, newer[62] = 0, newer[63] = 99;
        const QString newerPath = path("newer.hall");
        QFile n(newerPath);
        QVERIFY(n.open(QIODevice::WriteOnly));
        n.write(newer);
        n.close();
        const Run r = cli({"summary", newerPath});
        expectBadInput(r, newerPath);
        QVERIFY(r.err.contains("newer"));

        expectBadInput(cli({"summary", path("missing.hall")}), path("missing.hall"));
        expectBadInput(cli({"summary", m_dir.path()}), m_dir.path());
    }

    void existingOutputUntouchedWhenNewFails()
    {
        const QString out = path("keep.hall");
        QCOMPARE(cli({"new", "--accelerators", "1024", "--out", out}).exitCode, 0);
        const QByteArray before = fileBytes(out);
        const QString bad = QString::fromStdString(test::dataPath("briefs/bad/17-oversubscription-half.json"));
        expectBadInput(cli({"new", "--brief", bad, "--out", out}), bad);
        // An impossible design (2 tiers cannot reach 10,240 endpoints at radix 64) fails too.
        const QString twoTier = path("two-tier.json");
        QFile b(twoTier);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(R"({"schema": "hallwright.brief/1", "compute": {"accelerators": 10240}, "fabric": {"tiers": 2}})");
        b.close();
        expectBadInput(cli({"new", "--brief", twoTier, "--out", out}), twoTier);
        expectBadInput(cli({"new", "--accelerators", "-5", "--out", out}), "--accelerators -5");
        expectBadInput(cli({"new", "--accelerators", "ten", "--out", out}), "--accelerators ten");
        QCOMPARE(fileBytes(out), before);
        // Output into a missing directory: clear error, nothing written.
        const QString nowhere = path("no/such/dir/x.hall");
        expectBadInput(cli({"new", "--accelerators", "1024", "--out", nowhere}), nowhere);
    }

    void userCatalogItemsAreUsedAndStored()
    {
        const QString items = QString::fromStdString(test::dataPath("catalog/user-node.json"));
        const QString brief = path("user-brief.json");
        QFile b(brief);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(R"({"schema": "hallwright.brief/1", "compute": {"platform": "acme-h800-4u", "accelerators": 1024}})");
        b.close();
        // Without the items the platform is unknown.
        expectBadInput(cli({"new", "--brief", brief, "--out", path("user.hall")}), brief);
        const QString out = path("user.hall");
        QCOMPARE(cli({"new", "--brief", brief, "--catalog", items, "--out", out}).exitCode, 0);
        // 5 × 9.0 kW = 45 kW ≤ 50 kW and 5 × 4U ≤ 46U: five nodes a rack; 128 nodes in 4 SUs of 32 → 4 × 7 racks.
        const auto j = nlohmann::json::parse(cli({"summary", out, "--json"}).out.toStdString());
        QCOMPARE(j["compute"]["nodes"].get<long long>(), 128LL);
        QCOMPARE(j["compute"]["compute_racks"].get<int>(), 28);
        QCOMPARE(j["compute"]["platform"].get<std::string>(), std::string("acme-h800-4u"));
        // The project carries its items: the catalog of the project lists them, the built-in one does not.
        QVERIFY(cli({"catalog", out}).out.contains("acme-h800-4u"));
        QVERIFY(!cli({"catalog"}).out.contains("acme-h800-4u"));
        // A malformed items file is refused naming it.
        expectBadInput(cli({"new", "--accelerators", "8", "--catalog", brief, "--out", path("x.hall")}), brief);
    }

    void exportCsvSchedules()
    {
        const QString hall = path("csv.hall");
        QCOMPARE(cli({"new", "--accelerators", "1024", "--out", hall}).exitCode, 0);
        const QString dir = path("csv-out");
        const Run r = cli({"export", hall, "--csv", dir});
        QCOMPARE(r.exitCode, 0);
        const auto sum = nlohmann::json::parse(cli({"summary", hall, "--json"}).out.toStdString());
        auto lines = [&](const char *name) -> qsizetype {
            const QByteArray text = fileBytes(QDir(dir).filePath(name));
            if (!text.startsWith("\xEF\xBB\xBF")) // UTF-8 BOM for Excel/WPS
                return -1;
            return text.count("\r\n") - 1; // data rows after the header
        };
        // One row per cable, per rack, per rack feed.
        // cables.csv lists every fabric's cables; cables_total is the compute fabric's.
        QCOMPARE(lines("cables.csv"), static_cast<qsizetype>(sum["network"]["all_fabrics"]["cables"].get<long long>()));
        QVERIFY(sum["network"]["cables_total"].get<long long>() < sum["network"]["all_fabrics"]["cables"].get<long long>());
        QCOMPARE(lines("racks.csv"), static_cast<qsizetype>(sum["compute"]["racks"].get<int>()));
        QVERIFY(lines("power.csv") >= 2 * sum["compute"]["compute_racks"].get<int>());
        // A plant load (on an MCC, no PDU) leaves the PDU rating empty rather than writing 0.00.
        bool plantRow = false;
        for (const QByteArray &row : fileBytes(QDir(dir).filePath("power.csv")).split('\n'))
            if (row.contains(",crah") || row.contains(",chiller")) {
                plantRow = true;
                QVERIFY2(!row.contains(",0.00,crah") && !row.contains(",0.00,chiller"), row.constData());
            }
        QVERIFY(plantRow);
        QVERIFY(lines("bom.csv") > 5);
        QVERIFY(fileBytes(QDir(dir).filePath("bom.csv")).contains("dgx-h100"));
        // A directory that cannot be created: exit 2, nothing half-written.
        QFile blocker(path("blocker"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        expectBadInput(cli({"export", hall, "--csv", path("blocker")}), path("blocker"));
    }

    void compareVariants()
    {
        const QString a = path("air.json"), b = path("h20.json");
        for (const auto &[file, body] : {std::pair{a, R"({"schema": "hallwright.brief/1", "name": "H100",
                                                          "compute": {"accelerators": 1024}})"},
                                         std::pair{b, R"({"schema": "hallwright.brief/1", "name": "H20",
                                                          "compute": {"platform": "hgx-h20", "accelerators": 1024}})"}}) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(body);
        }
        const Run r = cli({"compare", a, b, "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto rows = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows[0]["name"].get<std::string>(), std::string("H100"));
        // H20 has about 15 % of the H100's dense BF16 peak: the same model trains much slower.
        QVERIFY(rows[1]["training_days"].get<double>() > 3 * rows[0]["training_days"].get<double>());
        expectBadInput(cli({"compare", a}), "compare");
    }

    void hostileInputsAndOutputs()
    {
        // A FIFO must not block the CLI: only regular files are read.
        const QString fifo = path("fifo.json");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        expectBadInput(cli({"summary", fifo}), fifo);
        expectBadInput(cli({"new", "--brief", fifo, "--out", path("f.hall")}), fifo);

        // new never writes over its own brief.
        const QString brief = path("self.json");
        const QByteArray text = R"({"schema": "hallwright.brief/1", "compute": {"accelerators": 64}})";
        QFile b(brief);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(text);
        b.close();
        expectBadInput(cli({"new", "--brief", brief, "--out", brief}), brief);
        QCOMPARE(fileBytes(brief), text);

        // A project given as a brief is named for what it is.
        const QString hall = path("p.hall");
        QCOMPARE(cli({"new", "--brief", brief, "--out", hall}).exitCode, 0);
        const Run r = cli({"new", "--brief", hall, "--out", path("q.hall")});
        expectBadInput(r, hall);
        QVERIFY(r.err.contains("project file"));

        // Output that cannot be written is a failure (exit 2), not a silent success.
        QProcess p;
        p.setStandardOutputFile(QStringLiteral("/dev/full"));
        p.start(QStringLiteral(HALLWRIGHT_CLI_PATH), {"summary", hall, "--json"});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("standard output"));
    }

    void newSaysWhenItsDesignHasErrors()
    {
        // A clean design: one stdout line, nothing on stderr.
        const QString clean = path("clean.hall");
        const Run ok = cli({"new", "--accelerators", "256", "--out", clean});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(ok.err.isEmpty(), ok.err.constData());

        // Compute cabinets rated for 100 kg hold 4 DGX H100 of 130 kg: the file is written
        // (exit 0, as the contract says), and stderr says it breaks its rules.
        const QString items = path("light-racks.json");
        QFile f(items);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"schema": "hallwright.catalog/1", "racks": [{"id": "rack-600x1200-48u", "name": "Light cabinet",
                    "width_m": 0.6, "depth_m": 1.2, "height_u": 48, "static_load_kg": 100, "empty_weight_kg": 60,
                    "price_cny": 1, "estimated": ["static_load_kg"]}]})");
        f.close();
        const QString out = path("heavy.hall");
        const Run r = cli({"new", "--accelerators", "256", "--catalog", items, "--out", out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(out));
        const QByteArray err = r.err.trimmed();
        QVERIFY2(!err.contains('\n'), err.constData());
        QVERIFY2(err.startsWith(("hallwright-cli: " + out + ": the design has ").toUtf8()), err.constData());
        QVERIFY2(err.contains("rack-overweight"), err.constData());
        QVERIFY2(err.contains(("'hallwright-cli validate " + out + "'").toUtf8()), err.constData());
        // validate agrees: exit 1 with the same rule.
        const Run v = cli({"validate", out});
        QCOMPARE(v.exitCode, 1);
        QVERIFY(v.out.contains("rack-overweight"));
    }

    void validateFindsUnlinkedNics()
    {
        const QString hall = path("nic.hall");
        QCOMPARE(cli({"new", "--accelerators", "256", "--out", hall}).exitCode, 0);
        Design d = loadProject(hall.toStdString());
        // Drop the first node's rail-0 link: one compute NIC no longer reaches the fabric.
        const DeviceId node = std::find_if(d.devices.begin(), d.devices.end(), [](const Device &x) {
                                  return x.kind == DeviceKind::ComputeNode;
                              })->id;
        const auto before = d.links.size();
        d.links.erase(std::remove_if(d.links.begin(), d.links.end(),
                                     [&](const Link &l) {
                                         return l.fabric == Fabric::Compute && (l.a == PortRef{node, 0} || l.b == PortRef{node, 0});
                                     }),
                      d.links.end());
        QCOMPARE(d.links.size(), before - 1);
        const QString broken = path("nic-broken.hall");
        saveProject(d, broken.toStdString());
        const Run r = cli({"validate", broken});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("nic-unlinked"));
    }

    void negativeDiscountRateIsEvaluated()
    {
        const QString brief = path("neg.json");
        QFile b(brief);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(R"({"schema": "hallwright.brief/1", "compute": {"accelerators": 64},
                    "lease": {"discount_rate": -0.02, "capex_total": 3.0e7}})");
        b.close();
        const auto j = nlohmann::json::parse(cli({"summary", brief, "--json"}).out.toStdString());
        // NPV at -2 %: Σ cf_t / 0.98^t; year 0 is -capex × (1 - 0.6) = -1.2e7.
        const auto flows = j["lease"]["equity_cash_flows"];
        QCOMPARE(flows.size(), std::size_t(6));
        QCOMPARE(flows[0].get<double>(), -1.2e7);
        double npv = 0;
        for (std::size_t t = 0; t < flows.size(); ++t)
            npv += flows[t].get<double>() / std::pow(0.98, static_cast<double>(t));
        QNEAR(j["lease"]["npv"].get<double>(), npv, 1e-3);
    }

    void catalogListsSources()
    {
        const Run text = cli({"catalog"});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("dgx-h100"));
        const Run json = cli({"catalog", "--json"});
        QCOMPARE(json.exitCode, 0);
        const auto j = nlohmann::json::parse(json.out.toStdString());
        QCOMPARE(j["schema"].get<std::string>(), std::string("hallwright.catalog/1"));
        for (const auto &node : j["nodes"])
            QVERIFY(node.contains("source"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
