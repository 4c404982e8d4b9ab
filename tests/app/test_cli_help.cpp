// hallwright-cli --help and COMMAND --help: every command has a page with usage, options, examples and
// exit status; the pages agree with docs/cli.md; asking for help does nothing else; Chinese with LANG=zh_CN.
#include "test_support.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args, const QString &lang = QStringLiteral("C"))
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *v : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        env.remove(v);
    env.insert("LANG", lang);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HALLWRIGHT_CLI_PATH), args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

/// The commands the overview lists under "Commands:".
QStringList overviewCommands(const QString &overview)
{
    QStringList names;
    int start = overview.indexOf("\nCommands:\n");
    if (start < 0)
        start = overview.indexOf(QStringLiteral("\n命令：\n"));
    if (start < 0)
        return names;
    const QStringList lines = overview.mid(overview.indexOf('\n', start + 1) + 1).split('\n');
    static const QRegularExpression re(QStringLiteral("^  ([a-z]+)\\s{2,}"));
    for (const QString &l : lines) {
        if (l.trimmed().isEmpty())
            break;
        if (const auto m = re.match(l); m.hasMatch())
            names << m.captured(1);
    }
    return names;
}

QSet<QString> options(const QString &text)
{
    QSet<QString> o;
    static const QRegularExpression re(QStringLiteral("(?<![\\w-])--[a-z][a-z-]*"));
    for (auto it = re.globalMatch(text); it.hasNext();)
        o.insert(it.next().captured());
    return o;
}

QString section(const QString &page, const QString &title)
{
    const int a = page.indexOf("\n" + title + "\n");
    if (a < 0)
        return {};
    const int b = page.indexOf("\n\n", a + 1);
    return page.mid(a, b < 0 ? -1 : b - a);
}

QString docsCli()
{
    QFile f(QStringLiteral(HALLWRIGHT_SOURCE_DIR "/docs/cli.md"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestCliHelp : public QObject
{
    Q_OBJECT

private slots:
    void everyCommandHasAPage()
    {
        const Run overview = cli({"--help"});
        QCOMPARE(overview.exitCode, 0);
        const QStringList commands = overviewCommands(overview.out);
        // The contract's commands (docs/cli.md) and the ones added since.
        for (const char *c : {"new", "summary", "validate", "export", "compare", "edit", "render", "catalog"})
            QVERIFY2(commands.contains(c), c);
        for (const QString &c : commands) {
            for (const QStringList &args : {QStringList{c, "--help"}, QStringList{c, "-h"}, QStringList{"help", c}}) {
                const Run r = cli(args);
                QVERIFY2(r.exitCode == 0, qPrintable(args.join(' ') + ": " + r.err));
                QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
                for (const char *part : {"Usage:\n", "\nOptions:\n", "\nExamples:\n", "\nExit status:\n"})
                    QVERIFY2(r.out.contains(part), qPrintable(c + ": no " + part));
                QVERIFY2(r.out.contains("hallwright-cli " + c), qPrintable(c));
                QVERIFY2(r.out.contains("--help"), qPrintable(c));
            }
        }
        // Not a command: help says so like any unknown command.
        QCOMPARE(cli({"frobnicate", "--help"}).exitCode, 2);
        QCOMPARE(cli({"help", "frobnicate"}).exitCode, 2);
        // `new --help` used to be "unknown option".
        QVERIFY(!cli({"new", "--help"}).err.contains("unknown option"));
    }

    void pagesAgreeWithTheirExamplesAndTheDocs()
    {
        const QString docs = docsCli();
        QVERIFY2(!docs.isEmpty(), "docs/cli.md not found");
        const QStringList commands = overviewCommands(cli({"--help"}).out);
        for (const QString &c : commands) {
            const QString page = cli({c, "--help"}).out;
            const QSet<QString> listed = options(section(page, "Options:"));
            QVERIFY2(!listed.isEmpty(), qPrintable(c));
            // Every option the usage or an example uses is explained under Options.
            for (const QString &o : options(section(page, "Usage:")) + options(section(page, "Examples:")))
                QVERIFY2(listed.contains(o), qPrintable(c + ": " + o + " is used but not listed under Options"));
            // docs/cli.md documents the command and each of its options.
            QVERIFY2(docs.contains("hallwright-cli " + c), qPrintable(c + " is missing from docs/cli.md"));
            for (const QString &o : listed)
                QVERIFY2(docs.contains(o), qPrintable(c + ": " + o + " is missing from docs/cli.md"));
        }
    }

    void askingForHelpDoesNothingElse()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath("a.hall");
        const Run r = cli({"new", "--accelerators", "64", "--out", out, "--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--accelerators"));
        QVERIFY2(!QFile::exists(out), "new --help wrote a project");
        const Run e = cli({"edit", "missing.hall", "--ops", "missing.json", "--out", out, "--help"});
        QCOMPARE(e.exitCode, 0);
        QVERIFY(!QFile::exists(out));
    }

    void helpSpeaksChineseUnderAChineseLocale()
    {
#ifndef HALLWRIGHT_CLI_TRANSLATED
        QSKIP("this hallwright-cli was built without Qt (HALLWRIGHT_BUILD_GUI=OFF): English only");
#endif
        const Run zh = cli({"new", "--help"}, "zh_CN.UTF-8");
        QCOMPARE(zh.exitCode, 0);
        QVERIFY2(zh.out.contains("用法：") && zh.out.contains("选项：") && zh.out.contains("示例："), qPrintable(zh.out));
        // Commands and options stay as typed.
        QCOMPARE(options(zh.out), options(cli({"new", "--help"}).out));
        // The examples' words too (the commands stay as typed).
        const Run validate = cli({"validate", "--help"}, "zh_CN.UTF-8");
        QVERIFY2(validate.out.contains("hallwright-cli validate a.hall ||") && !validate.out.contains("the design has errors"),
                 qPrintable(validate.out));
        const Run overview = cli({"--help"}, "zh_CN.UTF-8");
        QVERIFY(overview.out.contains("设计规则检查"));
        QCOMPARE(overviewCommands(overview.out), overviewCommands(cli({"--help"}).out));
        // English elsewhere.
        QVERIFY(cli({"new", "--help"}, "en_US.UTF-8").out.contains("Usage:"));
        QVERIFY(cli({"new", "--help"}, "de_DE.UTF-8").out.contains("Usage:"));
    }

    /// The engine's refusals in Chinese after the input they name (docs/cli.md "Language"); English with LANG=C.
    void engineErrorsInChinese()
    {
#ifndef HALLWRIGHT_CLI_TRANSLATED
        QSKIP("this hallwright-cli was built without Qt (HALLWRIGHT_BUILD_GUI=OFF): English only");
#endif
        const Run missingEn = cli({"summary", "nowhere.hall"});
        QCOMPARE(missingEn.exitCode, 2);
        QCOMPARE(missingEn.err.trimmed(), QStringLiteral("hallwright-cli: nowhere.hall: no such file"));
        const Run missingZh = cli({"summary", "nowhere.hall"}, "zh_CN.UTF-8");
        QCOMPARE(missingZh.exitCode, 2);
        QVERIFY2(missingZh.err.startsWith("hallwright-cli: nowhere.hall: ") && !missingZh.err.contains("no such file")
                     && missingZh.err.contains(QStringLiteral("文件")),
                 qPrintable(missingZh.err));

        QTemporaryDir dir;
        const QString brief = dir.filePath("zero.json");
        QFile f(brief);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"schema": "hallwright.brief/1", "compute": {"accelerators": 0}})");
        f.close();
        const Run zeroEn = cli({"summary", brief});
        QCOMPARE(zeroEn.exitCode, 2);
        QVERIFY2(zeroEn.err.contains("compute.accelerators: must be at least 1, got 0"), qPrintable(zeroEn.err));
        const Run zeroZh = cli({"summary", brief}, "zh_CN.UTF-8");
        QCOMPARE(zeroZh.exitCode, 2);
        // The field and the figures stay as typed; the words are Chinese, on one line.
        QVERIFY2(zeroZh.err.contains("compute.accelerators") && zeroZh.err.contains(QStringLiteral("至少为 1"))
                     && zeroZh.err.trimmed().count('\n') == 0,
                 qPrintable(zeroZh.err));

        // A JSON syntax error: the document is named in Chinese ("brief" is the English word), the
        // field path as typed.
        const QString broken = dir.filePath("broken.json");
        QFile b(broken);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(R"({"compute": {"accelerators": 512,}})");
        b.close();
        const Run brokenEn = cli({"summary", broken}), brokenZh = cli({"summary", broken}, "zh_CN.UTF-8");
        QCOMPARE(brokenZh.exitCode, 2);
        QVERIFY2(brokenEn.err.contains(": compute.accelerators: invalid JSON at line 1"), qPrintable(brokenEn.err));
        QVERIFY2(brokenZh.err.contains(QStringLiteral(": compute.accelerators：")), qPrintable(brokenZh.err));
        QVERIFY(b.open(QIODevice::WriteOnly | QIODevice::Truncate));
        b.write("  \n");
        b.close();
        const Run topEn = cli({"summary", broken}), topZh = cli({"summary", broken}, "zh_CN.UTF-8");
        QVERIFY2(topEn.err.contains(": brief: empty input"), qPrintable(topEn.err));
        QVERIFY2(topZh.err.contains(QStringLiteral(": 任务书：")) && !topZh.err.contains("brief:")
                     && !topZh.err.contains(QStringLiteral("brief：")),
                 qPrintable(topZh.err));
    }

    /// The listings a user reads (summary, compare, catalog, new) in Chinese; the same figures as in English.
    void listingsInChinese()
    {
#ifndef HALLWRIGHT_CLI_TRANSLATED
        QSKIP("this hallwright-cli was built without Qt (HALLWRIGHT_BUILD_GUI=OFF): English only");
#endif
        const QString sample = QStringLiteral(HALLWRIGHT_RESOURCES_DIR "/sample/sample-10240.hall");
        const Run en = cli({"summary", sample}), zh = cli({"summary", sample}, "zh_CN.UTF-8");
        QCOMPARE(en.exitCode, 0);
        QCOMPARE(zh.exitCode, 0);
        QVERIFY2(en.out.startsWith("Compute   10240 accelerators"), qPrintable(en.out));
        QVERIFY2(zh.out.startsWith(QStringLiteral("计算      10240 张加速卡")), qPrintable(zh.out));
        QVERIFY2(zh.out.contains(QStringLiteral("检查      0 个错误，0 个警告")), qPrintable(zh.out));
        QCOMPARE(zh.out.count('\n'), en.out.count('\n'));
        // Every figure of the English lines is in the Chinese ones, in the same order.
        static const QRegularExpression figure(QStringLiteral("-?\\d+(\\.\\d+)?"));
        auto figures = [](const QString &text) {
            QStringList out;
            for (auto it = figure.globalMatch(text); it.hasNext();)
                out << it.next().captured();
            return out;
        };
        QStringList enFigures = figures(en.out), zhFigures = figures(zh.out);
        enFigures.removeAll("16"); // "BF16"
        zhFigures.removeAll("16");
        QCOMPARE(zhFigures.size(), enFigures.size());
        // Money as the window writes it: the capex and the NPV in 亿元, not in 百万元.
        const QString leaseLine = zh.out.section('\n', -3, -3);
        QVERIFY2(leaseLine.contains(QStringLiteral("亿元")) && !zh.out.contains(QStringLiteral("百万")), qPrintable(leaseLine));
        QVERIFY2(en.out.contains(QRegularExpression(QStringLiteral("capex CNY \\d+\\.\\d M"))), qPrintable(en.out));

        // compare: Chinese headings, and the columns still line up (a CJK character takes two columns).
        const Run table = cli({"compare", sample, sample}, "zh_CN.UTF-8");
        QCOMPARE(table.exitCode, 0);
        const QStringList lines = table.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].startsWith(QStringLiteral("方案")) && lines[0].contains(QStringLiteral("内部收益率")),
                 qPrintable(lines[0]));
        auto columns = [](const QString &line) {
            int w = 0;
            for (const QChar c : line)
                w += (c.unicode() >= 0x2E80 && c.unicode() <= 0xA4CF) || (c.unicode() >= 0xFF00 && c.unicode() <= 0xFF60) ? 2 : 1;
            return w;
        };
        QCOMPARE(columns(lines[0]), columns(lines[1]));

        // catalog: Chinese headings and the catalog's Chinese names.
        const Run catalog = cli({"catalog"}, "zh_CN.UTF-8");
        QCOMPARE(catalog.exitCode, 0);
        for (const char *heading : {"加速卡", "计算节点", "交换机", "光模块", "线缆", "配电", "制冷"})
            QVERIFY2(catalog.out.contains("\n" + QString::fromUtf8(heading) + "\n") || catalog.out.startsWith(QString::fromUtf8(heading) + "\n"),
                     heading);
        QVERIFY(catalog.out.contains(QStringLiteral("华为昇腾 910B")));
        // The kinds of cables, power and cooling items in words, not the catalog's ids.
        // (the kind column stands before the figures: "busway      1234 kW" in English).
        static const QRegularExpression idKind(QStringLiteral(" (copper-1g|busway|transformer|chiller) +\\d"));
        QVERIFY2(!catalog.out.contains(idKind), qPrintable(idKind.match(catalog.out).captured()));
        QVERIFY(cli({"catalog"}).out.contains(idKind));
        for (const char *kind : {" 母线槽 ", " 变压器 ", " 冷水机组 ", " 千兆铜缆 "})
            QVERIFY2(catalog.out.contains(QString::fromUtf8(kind)), kind);
        QVERIFY(cli({"catalog"}).out.startsWith("Accelerators\n"));

        // new: the line it prints.
        QTemporaryDir dir;
        const Run made = cli({"new", "--accelerators", "1024", "--out", dir.filePath("a.hall")}, "zh_CN.UTF-8");
        QCOMPARE(made.exitCode, 0);
        QVERIFY2(made.out.contains(QStringLiteral("1024 张加速卡")), qPrintable(made.out));
    }
};

QTEST_GUILESS_MAIN(TestCliHelp)
#include "test_cli_help.moc"
