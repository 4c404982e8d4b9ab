// Every catalog platform × cooling mode (where allowed) × redundancy at 1,024 and 10,240
// accelerators: generated with defaults, the hall must give 0 design-rule errors.
// HALLWRIGHT_MATRIX_PLATFORM=<id> runs one platform (one ctest per platform);
// HALLWRIGHT_MATRIX_SCOPE=network counts only the network engine's errors, over
// every platform with default cooling and redundancy; HALLWRIGHT_MATRIX_SKIP=<id,id>
// leaves out platforms with a known failure (each named with its reason in CMakeLists.txt);
// HALLWRIGHT_MATRIX_SCOPE=large builds every platform at 32,768 and the defaults at 102,400.
#include "analysis/analysis.h"
#include "brief/brief.h"
#include "catalog/catalog.h"
#include "report/summary.h"

#include <nlohmann/json.hpp>

#include <QtTest>

#include <cstdlib>
#include <string>

using namespace hallwright;

namespace {

std::string env(const char *name)
{
    const char *v = std::getenv(name);
    return v ? std::string(v) : std::string();
}

int errorsIn(const CheckList &checks, std::string &first)
{
    int n = 0;
    for (const Check &c : checks)
        if (c.severity == Severity::Error && n++ == 0)
            first = c.code + ": " + c.message + " (" + c.location + ")";
    return n;
}

} // namespace

class TestMatrix : public QObject
{
    Q_OBJECT

private slots:
    void cleanHall_data();
    void cleanHall();
};

void TestMatrix::cleanHall_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<int>("accelerators");
    QTest::addColumn<QString>("cooling");
    QTest::addColumn<QString>("redundancy");
    const std::string only = env("HALLWRIGHT_MATRIX_PLATFORM");
    const std::string skip = "," + env("HALLWRIGHT_MATRIX_SKIP") + ","; // known failures, listed in CMakeLists.txt
    const bool network = env("HALLWRIGHT_MATRIX_SCOPE") == "network";
    if (env("HALLWRIGHT_MATRIX_SCOPE") == "large") {
        // Beyond what galleries on the walls can cool by air (about 15,000 air-cooled
        // accelerators): every platform at 32,768 and the defaults at 102,400.
        for (const auto &[id, node] : Catalog::builtin().nodes())
            QTest::newRow((id + " 32768 auto 2N").c_str()) << QString::fromStdString(id) << 32768 << "auto" << "2N";
        QTest::newRow("dgx-h100 102400 auto 2N") << "dgx-h100" << 102400 << "auto" << "2N";
        return;
    }
    for (const auto &[id, node] : Catalog::builtin().nodes()) {
        if ((!only.empty() && id != only) || (only.empty() && skip.find("," + id + ",") != std::string::npos))
            continue;
        // "auto" always; the explicit mode the node allows (air-only servers refuse
        // "liquid", liquid-cooled ones "air": the brief is refused, not a cell).
        std::vector<std::string> coolings{"auto", node.cooling == CoolingType::Liquid ? "liquid" : "air"};
        std::vector<std::string> redundancies{"N", "N+1", "2N"};
        if (network) {
            coolings = {"auto"};
            redundancies = {"2N"};
        }
        for (int n : {1024, 10240})
            for (const std::string &c : coolings)
                for (const std::string &r : redundancies)
                    QTest::newRow((id + " " + std::to_string(n) + " " + c + " " + r).c_str())
                        << QString::fromStdString(id) << n << QString::fromStdString(c) << QString::fromStdString(r);
    }
}

void TestMatrix::cleanHall()
{
    QFETCH(QString, platform);
    QFETCH(int, accelerators);
    QFETCH(QString, cooling);
    QFETCH(QString, redundancy);
    const bool networkOnly = env("HALLWRIGHT_MATRIX_SCOPE") == "network";
    const Catalog &catalog = Catalog::builtin();
    const std::string name = "matrix " + platform.toStdString();
    const nlohmann::json j = {{"schema", "hallwright.brief/1"},
                              {"name", name},
                              {"compute", {{"platform", platform.toStdString()}, {"accelerators", accelerators}}},
                              {"power", {{"redundancy", redundancy.toStdString()}}},
                              {"cooling", {{"mode", cooling.toStdString()}}}};
    const Brief brief = parseBrief(j.dump(), catalog);
    const Design design = synthesize(brief, catalog);
    const Results r = analyze(design, catalog);
    QVERIFY(r.network);
    std::string first;
    const int errors = networkOnly ? errorsIn(r.network->checks, first) : errorsIn(r.checks, first);
    if (errors != 0)
        qWarning("%d errors, first: %s", errors, first.c_str());
    QCOMPARE(errors, 0);
    // The summary names the design and the compute switch the engine chose.
    const auto s = summaryJson(r);
    QCOMPARE(s["name"].get<std::string>(), name);
    QCOMPARE(s["network"]["switch"].get<std::string>(), brief.fabric.switchId);
    QVERIFY(r.compute.accelerators >= accelerators);
}

QTEST_APPLESS_MAIN(TestMatrix)
#include "test_matrix.moc"
