// CSV text (RFC 4180, BOM, formula injection), installer port names and grid, rack elevations, workbook inputs.
#include "analysis/analysis.h"
#include "brief/brief.h"
#include "report/csv_export.h"
#include "report/csv_writer.h"
#include "report/installer_labels.h"
#include "report/lease_workbook.h"
#include "test_support.h"

#include <QtTest>

#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

using namespace hallwright;

namespace {

using Rows = std::vector<std::vector<std::string>>;

/// An independent RFC 4180 reader: quoted fields with doubled quotes and line breaks, CRLF rows.
Rows parseCsv(const std::string &text, bool *hadBom = nullptr)
{
    std::size_t i = 0;
    const bool bom = text.rfind("\xEF\xBB\xBF", 0) == 0;
    if (hadBom)
        *hadBom = bom;
    if (bom)
        i = 3;
    Rows rows(1);
    std::string field;
    bool quoted = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            rows.back().push_back(field);
            field.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            rows.back().push_back(field);
            field.clear();
            rows.emplace_back();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.empty() || !rows.back().empty())
        rows.back().push_back(field);
    if (rows.back().empty())
        rows.pop_back();
    return rows;
}

Design twoDeviceDesign(const std::string &medium)
{
    Design d;
    d.hall.name = "Lab";
    d.hall.widthM = 10;
    d.hall.depthM = 10;
    Row row;
    row.id = RowId(1);
    row.name = "Row A";
    d.rows.push_back(row);
    Rack rack;
    rack.id = RackId(1);
    rack.row = row.id;
    rack.name = "A01";
    rack.footprint = {1.2, 3.0, 0.6, 1.2};
    rack.facing = Facing::South;
    d.racks.push_back(rack);
    Device node;
    node.id = DeviceId(1);
    node.rack = rack.id;
    node.catalogId = "dgx-h100";
    node.kind = DeviceKind::ComputeNode;
    node.name = "N1";
    node.uPosition = 1;
    node.uHeight = 8;
    Device sw;
    sw.id = DeviceId(2);
    sw.rack = rack.id;
    sw.catalogId = "qm9700";
    sw.kind = DeviceKind::Switch;
    sw.name = "L1";
    sw.uPosition = 20;
    sw.uHeight = 1;
    d.devices = {node, sw};
    Link l;
    l.id = LinkId(1);
    l.fabric = Fabric::Compute;
    l.tier = LinkTier::NodeLeaf;
    l.a = {node.id, 5};
    l.b = {sw.id, 63};
    l.gbps = 400;
    l.mediumId = medium;
    l.label = "C1-000001";
    d.links = {l};
    return d;
}

} // namespace

/// cables.csv lists one row per physical cable (the BOM's count) plus the links no cable
/// carries; every link is on exactly one row, a twin-port cable's links on the same one.
/// twinRows: the rows that carry more than one link.
void oneRowPerCable(const Design &d, const Results &r, const Rows &cables, long long &twinRows)
{
    twinRows = 0;
    QCOMPARE(static_cast<long long>(cables.size()), r.network->cablesTotal + r.network->uncabledLinks + 1);
    std::set<std::string> ids;
    for (std::size_t i = 1; i < cables.size(); ++i) {
        const std::string &list = cables[i][2];
        std::size_t parts = 1;
        for (std::size_t at = list.find("; "); at != std::string::npos; at = list.find("; ", at + 2))
            ++parts;
        if (parts > 1) {
            ++twinRows;
            for (std::size_t col : {std::size_t(10), std::size_t(16)}) // a_port, b_port: one per link
                QCOMPARE(std::size_t(std::count(cables[i][col].begin(), cables[i][col].end(), ';')) + 1, parts);
        }
        std::size_t from = 0;
        for (std::size_t k = 0; k < parts; ++k) {
            const std::size_t to = list.find("; ", from);
            QVERIFY(ids.insert(list.substr(from, to == std::string::npos ? to : to - from)).second);
            from = to == std::string::npos ? to : to + 2;
        }
    }
    QCOMPARE(ids.size(), d.links.size());
    QCOMPARE(twinRows, static_cast<long long>(d.links.size()) - r.network->cablesTotal - r.network->uncabledLinks);
}

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void csvQuotesEveryAwkwardField()
    {
        const std::string name = "Hall \"A\", phase 2\n北京 万卡集群";
        CsvWriter w;
        w.text("name").text("n").endRow();
        w.text(name).number(-3.5, 1).endRow();
        bool bom = false;
        const Rows rows = parseCsv(w.str(), &bom);
        QVERIFY(bom);
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows[1][0], name);
        QCOMPARE(rows[1][1], std::string("-3.5")); // a number is never neutralised
        QVERIFY(w.str().find("\r\n") != std::string::npos);
    }

    void formulaInjectionIsNeutralised()
    {
        for (const char *evil : {"=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\tx", "\rx"}) {
            CsvWriter w;
            w.text(evil).endRow();
            const Rows rows = parseCsv(w.str());
            QCOMPARE(rows[0][0], "'" + std::string(evil));
        }
        QCOMPARE(neutralised("Row A"), std::string("Row A"));
        QCOMPARE(neutralised(""), std::string());
    }

    void floorGridIsSixHundredMillimetreTiles()
    {
        QCOMPARE(gridCell(0.0, 0.0), std::string("A01"));
        QCOMPARE(gridCell(0.61, 0.59), std::string("B01"));
        QCOMPARE(gridCell(26 * 0.6 + 0.1, 2 * 0.6 + 0.1), std::string("AA03"));
        QCOMPARE(gridColumn(25), std::string("Z"));
        QCOMPARE(gridColumn(27), std::string("AB"));
        QCOMPARE(gridColumn(26 * 27), std::string("AAA"));
    }

    void portNamesAreOneBasedCageAndLane()
    {
        const Catalog &c = Catalog::builtin();
        // 0-based node port 5 on twin-port OSFP cages is cage 3, lane 2; switch port 63 of
        // QM9700's 32 twin-port cages is cage 32, lane 2.
        {
            const Design d = twoDeviceDesign("");
            const PortNamer names(d, c);
            QCOMPARE(names.name(d.links[0], d.links[0].a), std::string("OSFP3/2"));
            QCOMPARE(names.name(d.links[0], d.links[0].b), std::string("P32/2"));
        }
        std::string osfpMedium;
        for (const auto &[id, m] : c.media()) {
            const TransceiverSpec *t = m.transceiverId.empty() ? nullptr : c.transceiver(m.transceiverId);
            if (t && t->formFactor == "OSFP" && m.gbps == 400) {
                osfpMedium = id;
                break;
            }
        }
        QVERIFY(!osfpMedium.empty());
        const Design d = twoDeviceDesign(osfpMedium);
        const PortNamer names(d, c);
        QCOMPARE(names.name(d.links[0], d.links[0].b), std::string("OSFP32/2"));
        const Rows cables = parseCsv(cablesCsv(d, c));
        QCOMPARE(cables.size(), std::size_t(2));
        const auto &h = cables[0];
        auto col = [&](const char *name) {
            return std::size_t(std::find(h.begin(), h.end(), name) - h.begin());
        };
        QCOMPARE(cables[1][col("a_port")], std::string("OSFP3/2"));
        QCOMPARE(cables[1][col("b_port")], std::string("OSFP32/2"));
        QCOMPARE(cables[1][col("a_row")], std::string("Row A"));
        QCOMPARE(cables[1][col("a_u")], std::string("1"));
        QCOMPARE(cables[1][col("b_u")], std::string("20"));
        // South-facing rack at x 1.2–1.8, y 3.0–4.2: its front edge is y = 3.0, tile C06.
        QCOMPARE(cables[1][col("a_grid")], std::string("C06"));
        QVERIFY(!cables[1][col("medium_description")].empty());
        QCOMPARE(cables[1][0], std::string("Lab"));
    }

    void elevationListsEveryUnitTopDown()
    {
        const Catalog &c = Catalog::builtin();
        Design d = twoDeviceDesign("");
        d.racks[0].heightU = 42;
        Device pdu;
        pdu.id = DeviceId(3);
        pdu.rack = d.racks[0].id;
        pdu.catalogId = "pdu-3ph-63a";
        pdu.kind = DeviceKind::Pdu;
        pdu.name = "PDU-A";
        d.devices.push_back(pdu);
        const Rows rows = parseCsv(elevationsCsv(d, c));
        // 42–21 empty, 20 switch, 19–9 empty, 8–1 node, then the zero-U PDU.
        QCOMPARE(rows.size(), std::size_t(6));
        const std::vector<std::vector<std::string>> expect = {
            {"42", "21", "22", ""}, {"20", "20", "1", "L1"}, {"19", "9", "11", ""}, {"8", "1", "8", "N1"},
            {"0U", "0U", "0", "PDU-A"}};
        int units = 0;
        for (std::size_t i = 0; i < expect.size(); ++i) {
            QCOMPARE(rows[i + 1][4], expect[i][0]);
            QCOMPARE(rows[i + 1][5], expect[i][1]);
            QCOMPARE(rows[i + 1][6], expect[i][2]);
            QCOMPARE(rows[i + 1][7], expect[i][3]);
            units += std::stoi(rows[i + 1][6]);
        }
        QCOMPARE(units, 42); // every unit of the rack exactly once
    }

    void schedulesOfASynthesisedHall()
    {
        const Catalog &c = Catalog::builtin();
        const Brief brief = parseBrief(R"({"schema":"hallwright.brief/1","name":"=cmd|' /C calc'!A0",
                                           "compute":{"accelerators":1024}})",
                                       c);
        const Design d = synthesize(brief, c);
        const Results r = analyze(d, c);
        const Rows cables = parseCsv(cablesCsv(d, c));
        QVERIFY(r.network);
        long long twins = 0;
        oneRowPerCable(d, r, cables, twins);
        if (QTest::currentTestFailed())
            return;
        for (std::size_t i = 1; i < cables.size(); ++i) {
            QCOMPARE(cables[i][0], std::string("'=cmd|' /C calc'!A0")); // the name, neutralised
            for (std::size_t col : {std::size_t(10), std::size_t(16)}) {
                const std::string &port = cables[i][col];
                QVERIFY2(!port.empty(), cables[i][1].c_str());
                // 1-based: no cage, lane or port numbered 0.
                static const std::regex zero("(^|[^0-9])0(/|$)");
                QVERIFY2(!std::regex_search(port, zero), port.c_str());
            }
        }
        const Rows bom = parseCsv(bomCsv(d, c, r));
        QVERIFY(bom.size() > 5);
        for (std::size_t i = 1; i < bom.size(); ++i) {
            const std::string &basis = bom[i][8];
            QVERIFY2(basis == "sourced" || basis == "estimate" || basis == "no price", basis.c_str());
            if (!bom[i][6].empty()) // total = quantity × unit price
                QNEAR(std::stod(bom[i][7]), std::stod(bom[i][5]) * std::stod(bom[i][6]), 0.01 * std::stod(bom[i][5]));
        }
        const Rows racks = parseCsv(racksCsv(d, c));
        QCOMPARE(racks.size(), d.racks.size() + 1);
        // elevations: each rack's units listed once
        const Rows elev = parseCsv(elevationsCsv(d, c));
        std::map<std::string, int> units;
        for (std::size_t i = 1; i < elev.size(); ++i)
            units[elev[i][2]] += std::stoi(elev[i][6]);
        for (const Rack &rk : d.racks)
            QCOMPARE(units[rk.name], rk.heightU);
    }

    void twinPortCablesAreOneRowEach()
    {
        // At 10,240 the spine-core links are twin-port ACCs: one cable, two links, two ports each end.
        const Catalog &c = Catalog::builtin();
        const Design d = synthesize(parseBrief(R"({"schema":"hallwright.brief/1","compute":{"accelerators":10240}})", c), c);
        const Results r = analyze(d, c);
        QVERIFY(r.network);
        long long twins = 0;
        oneRowPerCable(d, r, parseCsv(cablesCsv(d, c)), twins);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(twins > 0);
    }

    void workbookInputsReproduceTheEngine()
    {
        const Catalog &c = Catalog::builtin();
        const Brief brief = parseBrief(R"({"schema":"hallwright.brief/1","compute":{"accelerators":1024},
                                           "lease":{"price_per_accelerator_hour":20}})",
                                       c);
        const Results r = analyze(synthesize(brief, c), c);
        QVERIFY(r.lease);
        const lease::LeaseResult again = lease::evaluate(leaseInputsOf(r));
        QCOMPARE(again.npv, r.lease->npv);
        QCOMPARE(again.equityCashFlows, r.lease->equityCashFlows);
        Results none;
        QVERIFY_THROWS_EXCEPTION(WorkbookError, leaseInputsOf(none));
    }
};

QTEST_APPLESS_MAIN(TestReport)
#include "test_report.moc"
