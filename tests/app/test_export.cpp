// hallwright-cli export end to end: the proposal read back by pdftotext in both languages, the workbook
// recalculated by LibreOffice, an awkward name through every output, unwritable destinations.
#include "test_support.h"

#include <algorithm>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env = {})
{
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(300000)) {
        p.kill();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

Run cli(const QStringList &args, const QProcessEnvironment &env = {})
{
    return run(QStringLiteral(HALLWRIGHT_CLI_PATH), args, env);
}

/// The PDF's text with every run of white space made one space.
QString pdfText(const QString &pdf)
{
    const Run r = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    return QString::fromUtf8(r.out).simplified();
}

int pdfPages(const QString &pdf)
{
    const Run r = run(QStringLiteral("pdfinfo"), {pdf});
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(r.out));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

/// The documented number format of the reports: grouped thousands, fixed decimals.
QString grouped(double v, int decimals)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(v, 'f', decimals);
}

/// Figures of the executive summary, formatted by the rules of docs/reports.md, from the summary JSON.
QStringList expectedFigures(const nlohmann::json &s, bool chinese)
{
    QStringList f;
    f << grouped(s["compute"]["accelerators"].get<double>(), 0);
    f << grouped(s["compute"]["peak_pflops_bf16"].get<double>(), 1) + " PFLOP/s";
    f << grouped(s["power"]["it_kw"].get<double>() / 1000, 2) + " MW";
    f << grouped(s["power"]["facility_kw"].get<double>() / 1000, 2) + " MW";
    f << grouped(s["power"]["pue"].get<double>(), 2);
    f << grouped(s["training"]["days"].get<double>(), 1) + (chinese ? " 天" : " days");
    const auto &l = s["lease"];
    auto money = [&](double v) {
        if (!chinese)
            return "CNY " + grouped(v / 1e6, 1) + " M";
        return std::fabs(v) >= 1e8 ? grouped(v / 1e8, 2) + " 亿元" : grouped(v / 1e4, 0) + " 万元";
    };
    auto total = [&](const char *key) {
        double sum = 0;
        for (const auto &v : l[key])
            sum += v.get<double>();
        return sum;
    };
    f << money(l["capex"].get<double>()) << money(total("revenue_per_year")) << money(total("net_profit_per_year"))
      << money(l["npv"].get<double>());
    if (l["irr"].is_number())
        f << grouped(l["irr"].get<double>() * 100, 1) + " %";
    if (l["payback_years"].is_number())
        f << grouped(l["payback_years"].get<double>(), 2) + (chinese ? " 年" : " years");
    else
        f << (chinese ? "租期内未回收" : "not within the lease term");
    // A price per accelerator-hour: "CNY 14.12" in English, "14.12 元" in Chinese (no Latin code).
    if (l["break_even_price_per_accelerator_hour"].is_number()) {
        const QString p = grouped(l["break_even_price_per_accelerator_hour"].get<double>(), 2);
        f << (chinese ? p + " 元" : "CNY " + p);
    }
    return f;
}

QString soffice()
{
    for (const char *name : {"soffice", "libreoffice"})
        if (const QString p = QStandardPaths::findExecutable(QString::fromLatin1(name)); !p.isEmpty())
            return p;
    return {};
}

/// One CSV record's fields (quoted fields may hold commas and doubled quotes).
QStringList csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"'))
                field += line[++i];
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                field += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

/// The workbook's sheets in English and in Chinese.
const QStringList kEnglishSheets{QStringLiteral("Inputs"), QStringLiteral("Cash flow"), QStringLiteral("Capex")};
const QStringList kChineseSheets{QString::fromUtf8("输入"), QString::fromUtf8("现金流"), QString::fromUtf8("资本支出")};

/// The workbook recalculated by LibreOffice headless: every sheet as CSV of raw values.
QMap<QString, QList<QStringList>> recalculated(const QString &xlsx, const QString &workDir,
                                               const QStringList &sheetNames = kEnglishSheets)
{
    QMap<QString, QList<QStringList>> sheets;
    const QString out = workDir + "/lo-out";
    QDir().mkpath(out);
    const Run r = run(soffice(), {"-env:UserInstallation=file://" + workDir + "/lo-profile", "--headless",
                                  "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                                  "--outdir", out, xlsx});
    if (r.exitCode != 0)
        return sheets;
    const QString base = QFileInfo(xlsx).completeBaseName();
    for (const QString &sheet : sheetNames) {
        QFile f(out + "/" + base + "-" + sheet + ".csv");
        if (!f.open(QIODevice::ReadOnly))
            continue;
        // LibreOffice quotes a field that holds a separator or a quote (RFC 4180).
        QList<QStringList> rows;
        for (const QByteArray &line : f.readAll().split('\n'))
            rows << csvFields(QString::fromUtf8(line).trimmed());
        sheets[sheet] = rows;
    }
    return sheets;
}

double number(QString cell)
{
    const bool percent = cell.endsWith(QLatin1Char('%'));
    cell.remove(QLatin1Char('%'));
    return cell.toDouble() / (percent ? 100.0 : 1.0);
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    nlohmann::json m_summary;
    QString m_sample = QStringLiteral(HALLWRIGHT_RESOURCES_DIR "/sample/sample-10240.hall");
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable("pdftotext").isEmpty(), "pdftotext (poppler-utils) is needed");
        const Run s = cli({"summary", m_sample, "--json"});
        QCOMPARE(s.exitCode, 0);
        m_summary = nlohmann::json::parse(s.out.toStdString());
        for (const char *lang : {"en", "zh_CN"}) {
            const Run r = cli({"export", m_sample, "--pdf", path(QString("sample-%1.pdf").arg(lang)), "--lang", lang});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
    }

    void everySectionInBothLanguages()
    {
        const QString en = pdfText(path("sample-en.pdf")), zh = pdfText(path("sample-zh_CN.pdf"));
        for (const char *s : {"Compute leasing proposal", "Contents", "Executive summary", "The hall",
                              "Network and bill of materials", "Power and cooling", "Single failures", "Performance",
                              "Chosen parallel layout", "Lease economics", "Cash flow by year",
                              "Assumptions and sources", "Catalog items and their sources", "Bill of materials"})
            QVERIFY2(en.contains(QString::fromUtf8(s)), s);
        for (const char *s : {"智算集群算力租赁方案", "目录", "执行摘要", "机房布局", "网络与物料清单", "配电与制冷",
                              "单点故障分析", "性能", "租赁经济性", "逐年现金流", "假设与数据来源", "物料清单",
                              // the domain terms a Chinese reader checks
                              "万卡集群", "机柜", "叶交换机", "脊交换机", "光模块", "配电", "制冷", "租赁", "内部收益率"})
            QVERIFY2(zh.contains(QString::fromUtf8(s)), s);
        QVERIFY(!zh.contains(QStringLiteral("Executive summary")));
        // The bill of materials names catalog items in the proposal's language (name_zh in Chinese).
        for (const char *s : {"干式变压器", "气体灭火系统", "机柜 PDU"})
            QVERIFY2(zh.contains(QString::fromUtf8(s)) && !en.contains(QString::fromUtf8(s)), s);
        for (const char *s : {"Dry-type transformer", "Fire suppression (IG-541", "Rack PDU 3-phase"})
            QVERIFY2(en.contains(QString::fromUtf8(s)) && !zh.contains(QString::fromUtf8(s)), s);
        // Run under a display (xvfb-run), the 3D view is in; the note stands in for it only without one.
        QVERIFY(!en.contains(QStringLiteral("The 3D view is not included")));
    }

    void everySectionIsOnThePageTheContentsGive()
    {
        // The contents (page 2) list "N title page"; page `page` shows the heading "N title".
        // (A changed page break once made Qt drop the headings after it from the pages.)
        for (const char *lang : {"en", "zh_CN"}) {
            const QString pdf = path(QString("sample-%1.pdf").arg(lang));
            const QString contents = QString::fromUtf8(run("pdftotext", {"-f", "2", "-l", "2", "-layout", pdf, "-"}).out);
            const QRegularExpression entry(QStringLiteral("^\\s*(\\d)\\s+([^\\d\\s][^\\d]*[^\\d\\s])\\s+(\\d+)\\s*$"),
                                           QRegularExpression::MultilineOption);
            int sections = 0;
            for (auto it = entry.globalMatch(contents); it.hasNext();) {
                const auto m = it.next();
                const QString heading = m.captured(1) + ' ' + m.captured(2).simplified();
                const QString page = m.captured(3);
                const QString text = QString::fromUtf8(run("pdftotext", {"-f", page, "-l", page, pdf, "-"}).out).simplified();
                QVERIFY2(text.contains(heading), qPrintable(QString("%1: '%2' not on page %3").arg(lang, heading, page)));
                ++sections;
            }
            QCOMPARE(sections, 7);
        }
    }

    void summaryFiguresInBothLanguages()
    {
        for (bool chinese : {false, true}) {
            const QString text = pdfText(path(chinese ? "sample-zh_CN.pdf" : "sample-en.pdf"));
            for (const QString &figure : expectedFigures(m_summary, chinese))
                QVERIFY2(text.contains(figure), qPrintable(figure + (chinese ? " (zh_CN)" : " (en)")));
            // Tables count the same cash flows: the year-1 equity cash flow in the table's unit.
            const double y1 = m_summary["lease"]["equity_cash_flows"][1].get<double>();
            QVERIFY(text.contains(chinese ? grouped(y1 / 1e4, 0) : grouped(y1 / 1e6, 1)));
        }
    }

    void pageCountAndNumbers()
    {
        for (const char *name : {"sample-en.pdf", "sample-zh_CN.pdf"}) {
            const int pages = pdfPages(path(name));
            QVERIFY2(pages >= 10 && pages <= 40, qPrintable(QString::number(pages)));
            const QString text = pdfText(path(name));
            QVERIFY(text.contains(QString("Page %1 of %1").arg(pages)) || text.contains(QString("第 %1 页，共 %1 页").arg(pages)));
            QVERIFY(text.contains(QString("Page 2 of %1").arg(pages)) || text.contains(QString("第 2 页，共 %1 页").arg(pages)));
        }
    }

    void withoutDisplayThePdfSaysSo()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        const Run r = cli({"export", m_sample, "--pdf", path("nodisplay.pdf")}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains("3D view is left out"));
        QVERIFY(pdfText(path("nodisplay.pdf")).contains(QStringLiteral("The 3D view is not included")));
        // A Chinese proposal from an English terminal: stderr speaks the terminal's language
        // throughout, reason included; the proposal's own note is Chinese.
        env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        env.remove(QStringLiteral("LANGUAGE"));
        const Run zh = cli({"export", m_sample, "--pdf", path("nodisplay-zh.pdf"), "--lang", "zh_CN"}, env);
        QCOMPARE(zh.exitCode, 0);
        QVERIFY2(zh.err.contains("3D view is left out (DISPLAY is not set)"), zh.err.constData());
        QVERIFY2(!QString::fromUtf8(zh.err).contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))),
                 zh.err.constData());
        QVERIFY(!pdfText(path("nodisplay-zh.pdf")).contains(QStringLiteral("The 3D view is not included")));
    }

    void awkwardNameSurvivesEveryOutput()
    {
        // The brief refuses line breaks in a name (tests/core/report covers them in the writers).
        const std::string name = "Hall \"A\", phase 2, 北京 万卡集群";
        const nlohmann::json brief = {{"schema", "hallwright.brief/1"}, {"name", name},
                                      {"compute", {{"accelerators", 1024}}}};
        QFile b(path("awkward.json"));
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(QByteArray::fromStdString(brief.dump()));
        b.close();
        const Run r = cli({"export", path("awkward.json"), "--pdf", path("awkward.pdf"), "--lang", "zh_CN", "--xlsx",
                           path("awkward.xlsx"), "--csv", path("awkward-csv")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString text = pdfText(path("awkward.pdf"));
        QVERIFY2(text.contains(QString::fromUtf8("Hall \"A\", phase 2, 北京 万卡集群")), qPrintable(text.left(400)));
        // CSVs: the design column holds the exact name, newline and quotes included (RFC 4180).
        QFile bom(path("awkward-csv/bom.csv"));
        QVERIFY(bom.open(QIODevice::ReadOnly));
        const QByteArray csv = bom.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.contains("\r\n\"Hall \"\"A\"\", phase 2, 北京 万卡集群\","));
        for (const char *f : {"cables.csv", "power.csv", "racks.csv", "elevations.csv"}) {
            QFile file(path("awkward-csv/") + f);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(file.readAll().contains("\"Hall \"\"A\"\", phase 2, 北京 万卡集群\""), f);
        }
        if (soffice().isEmpty())
            QSKIP("LibreOffice (libreoffice-calc-nogui) is not installed");
        // --lang zh_CN applies to the workbook too: Chinese sheet names and headings, the name as typed.
        const auto sheets = recalculated(path("awkward.xlsx"), path("lo-awkward"), kChineseSheets);
        QVERIFY(sheets.contains(QString::fromUtf8("输入")));
        QFile inputs(path("lo-awkward/lo-out/awkward-输入.csv"));
        QVERIFY(inputs.open(QIODevice::ReadOnly));
        QVERIFY(inputs.readAll().contains("租赁输入：Hall \"\"A\"\", phase 2, 北京 万卡集群"));
    }

    void workbookRecalculatedByLibreOffice()
    {
        if (soffice().isEmpty())
            QSKIP("LibreOffice (libreoffice-calc-nogui) is not installed");
        const Run r = cli({"export", m_sample, "--xlsx", path("lease.xlsx")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto sheets = recalculated(path("lease.xlsx"), path("lo-lease"));
        QVERIFY(sheets.contains("Cash flow"));
        const auto &rows = sheets["Cash flow"];
        auto find = [&](const QString &label) -> QStringList {
            for (const QStringList &row : rows)
                if (!row.isEmpty() && row[0] == label)
                    return row;
            return {};
        };
        const auto &l = m_summary["lease"];
        const QStringList npv = find("NPV of equity cash flows");
        QVERIFY(npv.size() > 2);
        QNEAR(number(npv[2]), l["npv"].get<double>(), 1e-6 * std::fabs(l["npv"].get<double>()));
        const QStringList irr = find("IRR of equity cash flows");
        QVERIFY(irr.size() > 2);
        if (l["irr"].is_number())
            QNEAR(number(irr[2]), l["irr"].get<double>(), 1e-9);
        else
            QCOMPARE(irr[2], QStringLiteral("none"));
        const QStringList flows = find("Equity cash flow");
        const auto &expect = l["equity_cash_flows"];
        QCOMPARE(flows.size() - 2 >= qsizetype(expect.size()), true);
        for (std::size_t y = 0; y < expect.size(); ++y)
            QNEAR(number(flows[2 + qsizetype(y)]), expect[y].get<double>(), 1e-6 * std::fabs(expect[y].get<double>()) + 1e-3);
        const QStringList revenue = find("Revenue");
        for (std::size_t y = 0; y < l["revenue_per_year"].size(); ++y)
            QNEAR(number(revenue[3 + qsizetype(y)]), l["revenue_per_year"][y].get<double>(), 1e-3);
    }

    void chineseWorkbookRecalculatesToTheEngine()
    {
        // The Chinese workbook is the same model: its formulas refer to the translated sheet names,
        // its SUMIFs to the translated capex classes; LibreOffice must still reach the summary's figures.
        if (soffice().isEmpty())
            QSKIP("LibreOffice (libreoffice-calc-nogui) is not installed");
        const Run r = cli({"export", m_sample, "--xlsx", path("lease-zh.xlsx"), "--lang", "zh_CN"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto sheets = recalculated(path("lease-zh.xlsx"), path("lo-lease-zh"), kChineseSheets);
        QCOMPARE(sheets.size(), 3);
        auto find = [&](const QString &sheet, const char *label) -> QStringList {
            for (const QStringList &row : sheets[sheet])
                if (!row.isEmpty() && row[0] == QString::fromUtf8(label))
                    return row;
            return {};
        };
        const auto &l = m_summary["lease"];
        const QString cash = QString::fromUtf8("现金流"), capex = QString::fromUtf8("资本支出");
        const QStringList npv = find(cash, "股权现金流净现值");
        QVERIFY(npv.size() > 2);
        QNEAR(number(npv[2]), l["npv"].get<double>(), 1e-6 * std::fabs(l["npv"].get<double>()));
        const QStringList flows = find(cash, "股权现金流");
        const auto &expect = l["equity_cash_flows"];
        QVERIFY(flows.size() - 2 >= qsizetype(expect.size()));
        for (std::size_t y = 0; y < expect.size(); ++y)
            QNEAR(number(flows[2 + qsizetype(y)]), expect[y].get<double>(), 1e-6 * std::fabs(expect[y].get<double>()) + 1e-3);
        // The class totals (SUMIF over 设施 / IT) are the engine's capex classes (the sample's lease is in CNY).
        QNEAR(number(find(capex, "合计，IT 类")[3]), l["capex_it"].get<double>(), 1.0);
        QNEAR(number(find(capex, "合计，设施类")[3]), l["capex_facility"].get<double>(), 1.0);
        // The items carry the catalog's Chinese names: the compute node and the fit-out at least.
        int chineseItems = 0, lines = 0;
        for (const QStringList &row : sheets[capex].mid(1)) {
            if (row.size() < 5 || row[4].isEmpty())
                continue;
            ++lines;
            if (std::any_of(row[0].begin(), row[0].end(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; }))
                ++chineseItems;
        }
        QVERIFY2(lines > 5, qPrintable(QString::number(lines)));
        QVERIFY2(find(capex, "机房装修（按 IT 千瓦计）").size() > 3, "the fit-out line in Chinese");
        QVERIFY2(chineseItems * 2 > lines, qPrintable(QString("%1 of %2 items in Chinese").arg(chineseItems).arg(lines)));
    }

    void workbookFollowsEveryLeaseLine_data()
    {
        QTest::addColumn<QByteArray>("lease");
        // Ten years with a slow ramp: early losses, some used, some expiring after five years;
        // a price that rises, yearly refunds, IT written off in four years, a loan longer than the lease.
        QTest::newRow("ramp, losses, long loan")
            << QByteArray(R"({"years": 10, "price_per_accelerator_hour": 7.5, "price_change_per_year": 0.04,
                 "utilization": [0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.9, 0.9, 0.9, 0.9],
                 "tax_refund_per_year": [5e6, 4e6, 3e6, 2e6, 1e6, 0, 0, 0, 0, 0],
                 "depreciation_years": 4, "loan_years": 12, "residual_fraction": 0.1})");
        // A colocated hall priced per node-month in US dollars, electricity paid by the customer.
        QTest::newRow("USD colocation, node-month")
            << QByteArray(R"({"currency": "USD", "fx_cny_per_usd": 7.2, "years": 5, "price_per_node_month": 14000,
                 "facility": "colocation", "colocation_price_per_kw_month": 130, "electricity_paid_by": "lessee",
                 "utilization": 0.85, "tax_refund_per_year": 20000, "debt_fraction": 0.5, "loan_years": 3})");
    }

    void workbookFollowsEveryLeaseLine()
    {
        // The workbook is the lease model in formulas: recalculated by LibreOffice it must give
        // the engine's flows, taxes and losses for every feature of the model, not just the sample's.
        if (soffice().isEmpty())
            QSKIP("LibreOffice (libreoffice-calc-nogui) is not installed");
        QFETCH(QByteArray, lease);
        const QString tag = QString::fromUtf8(QTest::currentDataTag()).replace(QRegularExpression("[^A-Za-z]"), "");
        const nlohmann::json brief = {{"schema", "hallwright.brief/1"}, {"name", "Lease lines"},
                                      {"compute", {{"accelerators", 1024}}},
                                      {"lease", nlohmann::json::parse(lease.toStdString())}};
        QFile b(path(tag + ".json"));
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(QByteArray::fromStdString(brief.dump()));
        b.close();
        const Run s = cli({"summary", path(tag + ".json"), "--json"});
        QVERIFY2(s.exitCode == 0, s.err.constData());
        const nlohmann::json l = nlohmann::json::parse(s.out.toStdString())["lease"];
        const Run r = cli({"export", path(tag + ".json"), "--xlsx", path(tag + ".xlsx")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto sheets = recalculated(path(tag + ".xlsx"), path("lo-" + tag));
        const auto &rows = sheets["Cash flow"];
        auto find = [&](const QString &label) -> QStringList {
            for (const QStringList &row : rows)
                if (!row.isEmpty() && row[0].startsWith(label))
                    return row;
            return {};
        };
        auto near = [](double a, double b) { return std::fabs(a - b) <= 1e-6 * std::fabs(b) + 1e-3; };
        const int years = l["revenue_per_year"].size();
        QVERIFY(years > 0);
        for (const auto &[line, key] : std::vector<std::pair<QString, const char *>>{
                 {"Revenue", "revenue_per_year"}, {"Income tax", "tax_per_year"},
                 {"Earlier losses used", "loss_used_per_year"}, {"Net profit", "net_profit_per_year"},
                 {"Tax refund", "tax_refund_per_year"}}) {
            const QStringList row = find(line);
            QVERIFY2(row.size() >= 3 + years, qPrintable(line));
            for (int y = 0; y < years; ++y)
                QVERIFY2(near(number(row[3 + y]), l[key][y].get<double>()),
                         qPrintable(QString("%1, year %2: workbook %3, engine %4").arg(line).arg(y + 1)
                                        .arg(row[3 + y]).arg(l[key][y].get<double>(), 0, 'f', 2)));
        }
        const QStringList flows = find("Equity cash flow");
        for (int y = 0; y <= years; ++y)
            QVERIFY2(near(number(flows[2 + y]), l["equity_cash_flows"][y].get<double>()),
                     qPrintable(QString("equity cash flow, year %1: %2").arg(y).arg(flows[2 + y])));
        QVERIFY(near(number(find("NPV of equity cash flows")[2]), l["npv"].get<double>()));
        QVERIFY(near(number(find("Tax losses still usable after the lease")[2]),
                     l["loss_carried_forward_at_end"].get<double>()));
        if (QByteArray(QTest::currentDataTag()).startsWith("ramp")) {
            // The ramp really exercises the rules: losses used in some years, and some expire unused.
            double used = 0.0, lost = 0.0;
            for (int y = 0; y < years; ++y) {
                used += l["loss_used_per_year"][y].get<double>();
                lost += std::max(0.0, -l["net_profit_per_year"][y].get<double>());
            }
            QVERIFY(used > 0.0);
            QVERIFY2(lost > used + l["loss_carried_forward_at_end"].get<double>() + 1.0, "no loss expired");
        }
    }

    void unwritableDestinationExitsTwoAndLeavesNothing()
    {
        QFile blocker(path("blocker"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.write("a file, not a directory");
        blocker.close();
        const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
        for (const QStringList &args : {QStringList{"--pdf", path("blocker/out.pdf")},
                                        QStringList{"--xlsx", path("blocker/out.xlsx")},
                                        QStringList{"--xlsx", path("missing-dir/out.xlsx")},
                                        QStringList{"--pdf", path("missing-dir/out.pdf")},
                                        QStringList{"--csv", path("blocker/csv")},
                                        QStringList{"--pdf", m_dir.path()}}) {
            const Run r = cli(QStringList{"export", m_sample} + args);
            QVERIFY2(r.exitCode == 2, qPrintable(args.join(' ')));
            QVERIFY(!r.err.trimmed().contains('\n'));
        }
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before); // no partial or temporary file
        QVERIFY(!QFileInfo::exists(path("missing-dir")));
        QCOMPARE(cli({"export", m_sample, "--pdf", path("x.pdf"), "--lang", "fr"}).exitCode, 2);
        QCOMPARE(cli({"export", m_sample, "--xlsx", path("x.xlsx"), "--lang", "fr"}).exitCode, 2);
        QCOMPARE(cli({"export", m_sample, "--csv", path("x-csv"), "--lang", "fr"}).exitCode, 2);
        QVERIFY(!QFileInfo::exists(path("x.pdf")) && !QFileInfo::exists(path("x.xlsx")) && !QFileInfo::exists(path("x-csv")));
    }

    void schedulesInChineseOnlyWhenAsked()
    {
        // By default the column names are the English ones scripts read, whatever the locale.
        QProcessEnvironment chinese = QProcessEnvironment::systemEnvironment();
        chinese.insert("LANG", "zh_CN.UTF-8");
        chinese.insert("LANGUAGE", "zh_CN");
        QVERIFY(cli({"export", m_sample, "--csv", path("csv-en")}, chinese).exitCode == 0);
        auto lines = [&](const QString &file) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                return QStringList();
            return QString::fromUtf8(f.readAll()).remove(QChar(0xFEFF)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        };
        QCOMPARE(csvFields(lines(path("csv-en/bom.csv")).value(0)).mid(0, 3), (QStringList{"design", "category", "part"}));
        // --lang zh_CN: Chinese column names (units kept) and words; ids, names and numbers the same.
        const Run r = cli({"export", m_sample, "--csv", path("csv-zh"), "--lang", "zh_CN"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList bom = lines(path("csv-zh/bom.csv")), bomEn = lines(path("csv-en/bom.csv"));
        QCOMPARE(bom.size(), bomEn.size());
        QCOMPARE(csvFields(bom.value(0)).mid(0, 5), (QStringList{"设计", "类别", "部件", "描述", "长度（m）"}));
        const QStringList first = csvFields(bom.value(1)), firstEn = csvFields(bomEn.value(1));
        QCOMPARE(first.value(2), firstEn.value(2));   // the catalog id
        QCOMPARE(first.value(5), firstEn.value(5));   // the quantity
        QVERIFY2(bom.join('\n').contains(QStringLiteral(",估算,")), qPrintable(bom.value(1)));
        QVERIFY(!bom.join('\n').contains(QStringLiteral(",estimate,")));
        const QStringList racks = lines(path("csv-zh/racks.csv"));
        QVERIFY(csvFields(racks.value(0)).contains(QStringLiteral("承重上限（kg）")));
        QVERIFY(racks.join('\n').contains(QStringLiteral(",叶交换机,")));
        const QStringList cables = lines(path("csv-zh/cables.csv")), cablesEn = lines(path("csv-en/cables.csv"));
        QCOMPARE(cables.size(), cablesEn.size());
        QVERIFY(csvFields(cables.value(0)).contains(QStringLiteral("A 端端口")));
        QCOMPARE(csvFields(cables.value(1)).value(10), csvFields(cablesEn.value(1)).value(10)); // the port label
        QVERIFY(lines(path("csv-zh/elevations.csv")).join('\n').contains(QStringLiteral("盲板")));
        // The layout's row names take the Chinese word, the letters kept: 机柜行 A, as the window shows them.
        for (const char *file : {"racks.csv", "cables.csv", "power.csv", "elevations.csv"}) {
            const QString zh = lines(path("csv-zh/") + file).join('\n'), en = lines(path("csv-en/") + file).join('\n');
            QVERIFY2(zh.contains(QStringLiteral(",机柜行 A,")) && !zh.contains(QStringLiteral(",Row A,")), file);
            QVERIFY2(en.contains(QStringLiteral(",Row A,")), file);
        }
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "test_export.moc"
