// The Simplified Chinese translation is complete, in step with the sources, well formed and loaded;
// the language follows the locale; money reads the Chinese way (亿, 万) in Chinese.
#include "common/units.h"
#include "language.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <algorithm>
#include <optional>
#include <vector>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;              ///< translation type: "" (finished), unfinished, vanished, obsolete
    QStringList translations;  ///< the text, or each numerus form
    QString key() const { return context + QChar(0x1f) + source + QChar(0x1f) + comment; }
    QString where() const { return QStringLiteral("[%1] \"%2\"").arg(context, source.left(80)); }
};

/// Every message of a Qt Linguist .ts file (XML: TS > context > message).
std::vector<Message> readTs(const QString &path, QString *error)
{
    std::vector<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = path + ": " + f.errorString();
        return out;
    }
    QXmlStreamReader x(&f);
    QString context;
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement())
            continue;
        if (x.name() == QLatin1String("name")) {
            context = x.readElementText();
        } else if (x.name() == QLatin1String("message")) {
            Message m;
            m.context = context;
            m.numerus = x.attributes().value("numerus") == QLatin1String("yes");
            while (!(x.isEndElement() && x.name() == QLatin1String("message")) && !x.atEnd()) {
                x.readNext();
                if (!x.isStartElement())
                    continue;
                if (x.name() == QLatin1String("source"))
                    m.source = x.readElementText();
                else if (x.name() == QLatin1String("comment"))
                    m.comment = x.readElementText();
                else if (x.name() == QLatin1String("translation")) {
                    m.type = x.attributes().value("type").toString();
                    if (!m.numerus)
                        m.translations << x.readElementText();
                } else if (x.name() == QLatin1String("numerusform"))
                    m.translations << x.readElementText();
            }
            out.push_back(m);
        }
    }
    if (x.hasError())
        *error = QStringLiteral("%1: line %2: %3").arg(path).arg(x.lineNumber()).arg(x.errorString());
    return out;
}

/// The placeholders of a text, sorted: %1…%99, %n, %Ln.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:\\d{1,2}|n)"));
    QStringList p;
    for (auto it = re.globalMatch(text); it.hasNext();)
        p << it.next().captured();
    p.sort();
    return p;
}

bool hasCjk(const QString &s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("ts");
        for (const QString &ts : QString(HALLWRIGHT_ALL_TS_FILES).split('|', Qt::SkipEmptyParts))
            QTest::newRow(qPrintable(QFileInfo(ts).dir().dirName() + "/" + QFileInfo(ts).fileName())) << ts;
    }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, ts);
        QString error;
        const std::vector<Message> messages = readTs(ts, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(!messages.empty(), qPrintable(ts + " holds no message"));
        QStringList problems;
        int withChinese = 0;
        for (const Message &m : messages) {
            if (!m.type.isEmpty())
                problems << m.where() + ": translation is " + m.type;
            if (m.translations.isEmpty() || std::any_of(m.translations.begin(), m.translations.end(),
                                                        [](const QString &t) { return t.trimmed().isEmpty(); })) {
                if (!m.source.trimmed().isEmpty())
                    problems << m.where() + ": no translation";
                continue;
            }
            for (const QString &t : m.translations) {
                if (m.source.count(QLatin1String("{}")) != t.count(QLatin1String("{}")))
                    problems << m.where() + ": the {} fields differ";
                if (placeholders(t) != placeholders(m.source))
                    problems << m.where() + ": placeholders " + placeholders(m.source).join(',') + " became " +
                                    placeholders(t).join(',');
                // A spin box suffix " m" or a prefix keeps its separating space.
                if (m.source.startsWith(' ') != t.startsWith(' '))
                    problems << m.where() + ": leading space differs";
                // A menu mnemonic (&File) keeps one in Chinese: 文件(&F). The workbook's cells
                // (context "Workbook") are no widgets: "O&M" there is an ampersand.
                static const QRegularExpression mnemonic(QStringLiteral("&[^&\\s;]"));
                if (m.context != QLatin1String("Workbook") && m.source.contains(mnemonic) && !m.source.startsWith("&%")
                    && !t.contains(mnemonic))
                    problems << m.where() + ": the mnemonic (&) is lost";
                if (hasCjk(t))
                    ++withChinese;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
        // Most of the interface is words: most translations are Chinese, not copies of the source.
        QVERIFY2(withChinese > int(messages.size()) * 3 / 4,
                 qPrintable(QStringLiteral("only %1 of %2 translations contain Chinese").arg(withChinese).arg(messages.size())));
        if (ts == QLatin1String(HALLWRIGHT_TS_FILE))
            QVERIFY2(messages.size() > 500, "the interface's .ts holds too few messages: the GUI has several hundred");
    }

    void tsIsInStepWithTheSources()
    {
        // lupdate, run as `hallwright_lupdate` runs it, into a scratch copy: the set of messages must not change.
        QTemporaryDir dir;
        const QString copy = dir.filePath("check.ts");
        QVERIFY(QFile::copy(HALLWRIGHT_TS_FILE, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(HALLWRIGHT_SOURCE_DIR);
        QStringList args = QString(HALLWRIGHT_LUPDATE_ARGS).split('|', Qt::SkipEmptyParts);
        args << "-ts" << copy;
        lupdate.start(HALLWRIGHT_LUPDATE, args);
        QVERIFY2(lupdate.waitForFinished(300000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        QString e1, e2;
        const std::vector<Message> committed = readTs(HALLWRIGHT_TS_FILE, &e1);
        const std::vector<Message> fresh = readTs(copy, &e2);
        QVERIFY(e1.isEmpty() && e2.isEmpty());
        QSet<QString> before, after;
        for (const Message &m : committed)
            before.insert(m.key());
        QStringList problems;
        for (const Message &m : fresh) {
            after.insert(m.key());
            if (!before.contains(m.key()))
                problems << "new in the sources, missing from the .ts: " + m.where();
            else if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                problems << "gone from the sources: " + m.where();
        }
        for (const Message &m : committed)
            if (!after.contains(m.key()))
                problems << "in the .ts, gone from the sources: " + m.where();
        QVERIFY2(problems.isEmpty(),
                 qPrintable(problems.join('\n') + "\nrun: cmake --build build --target hallwright_lupdate, then translate"));
    }

    void embeddedTranslationLoads()
    {
        const auto zh = hallwright::i18n::loadTranslator("zh_CN");
        QVERIFY2(zh, "the compiled zh_CN translation is not embedded");
        QCOMPARE(zh->translate("hallwright::app::MainWindow", "&File"), QStringLiteral("文件(&F)"));
        QCOMPARE(zh->translate("hallwright::views::LeasePanel", "IRR"), QStringLiteral("内部收益率"));
        QCOMPARE(zh->translate("Labels", "Leaf-switch racks"), QStringLiteral("叶交换机机柜"));
        QCOMPARE(zh->translate("Labels", "Single point of failure"), QStringLiteral("单点故障"));
        QVERIFY(!hallwright::i18n::loadTranslator("en"));
    }

    void languageFollowsTheLocaleUnlessChosen()
    {
        using hallwright::i18n::chooseLanguage;
        QCOMPARE(chooseLanguage({}, QLocale("zh_CN")), QStringLiteral("zh_CN"));
        QCOMPARE(chooseLanguage({}, QLocale("zh_SG")), QStringLiteral("zh_CN"));
        QCOMPARE(chooseLanguage({}, QLocale("en_US")), QStringLiteral("en"));
        QCOMPARE(chooseLanguage({}, QLocale("de_DE")), QStringLiteral("en"));
        // Traditional script has no translation yet: English rather than the wrong script.
        QCOMPARE(chooseLanguage({}, QLocale("zh_TW")), QStringLiteral("en"));
        // The setting wins over the system; an unknown setting follows the system.
        QCOMPARE(chooseLanguage("en", QLocale("zh_CN")), QStringLiteral("en"));
        QCOMPARE(chooseLanguage("zh_CN", QLocale("en_GB")), QStringLiteral("zh_CN"));
        QCOMPARE(chooseLanguage("klingon", QLocale("zh_CN")), QStringLiteral("zh_CN"));
    }

    void moneyReadsInYiAndWanInChinese()
    {
        using hallwright::views::Units;
        const QLocale before;
        QTranslator *zh = hallwright::i18n::loadTranslator("zh_CN").release();
        QCoreApplication::installTranslator(zh);
        QLocale::setDefault(QLocale("zh_CN"));
        // 4,090,000,000 CNY = 40.90 亿元; 5,123,000 USD = 512.3 万美元; 8,000 = 8,000 元.
        QCOMPARE(Units::money(4.09e9, "CNY"), QStringLiteral("40.90 亿元"));
        QCOMPARE(Units::money(5.123e6, "USD"), QStringLiteral("512.3 万美元"));
        QCOMPARE(Units::money(8000.0, "CNY"), QStringLiteral("8,000 元"));
        QCOMPARE(Units::money(-2.5e8, "CNY"), QStringLiteral("-2.50 亿元"));
        // Figures of one kind side by side read in one unit, the scale of the largest (the capex):
        // a 35,000,000 CNY loan payment beside a 40.90 亿元 capex is 0.35 亿元, not 3,500.0 万元.
        QCOMPARE(Units::money(3.5e7, "CNY", 4.09e9), QStringLiteral("0.35 亿元"));
        QCOMPARE(Units::money(3.5e7, "CNY", 6.0e7), QStringLiteral("3,500.0 万元"));
        QCOMPARE(Units::money(std::optional<double>(1.2e8), "CNY", 4.09e9), QStringLiteral("1.20 亿元"));
        QCoreApplication::removeTranslator(zh);
        delete zh;
        QLocale::setDefault(QLocale("en_US"));
        QCOMPARE(Units::money(4.09e9, "CNY"), QStringLiteral("CNY 4.09 bn"));
        QCOMPARE(Units::money(5.123e6, "USD"), QStringLiteral("USD 5.1 M"));
        QLocale::setDefault(before);
    }

    void largeCountsReadInWords()
    {
        // A model of 1.75 × 10¹¹ parameters trained on 3.6 × 10¹² tokens: 175 B / 3.6 T in English,
        // 1,750 亿 / 3.6 万亿 in Chinese; 6 N D = 3.78 × 10²⁴ FLOPs in powers of ten in both.
        using hallwright::views::Units;
        const QLocale before;
        QLocale::setDefault(QLocale("en_US"));
        QCOMPARE(Units::bigCount(1.75e11), QStringLiteral("175 B"));
        QCOMPARE(Units::bigCount(3.6e12), QStringLiteral("3.6 T"));
        QCOMPARE(Units::bigCount(7e9), QStringLiteral("7 B"));
        QCOMPARE(Units::bigCount(950.0), QStringLiteral("950"));
        QCOMPARE(Units::scientific(6 * 1.75e11 * 3.6e12), QStringLiteral("3.78 × 10²⁴"));
        QCOMPARE(Units::scientific(3.15e23), QStringLiteral("3.15 × 10²³"));
        QTranslator *zh = hallwright::i18n::loadTranslator("zh_CN").release();
        QCoreApplication::installTranslator(zh);
        QLocale::setDefault(QLocale("zh_CN"));
        QCOMPARE(Units::bigCount(1.75e11), QStringLiteral("1,750 亿"));
        QCOMPARE(Units::bigCount(3.6e12), QStringLiteral("3.6 万亿"));
        QCOMPARE(Units::bigCount(7e9), QStringLiteral("70 亿"));
        QCOMPARE(Units::bigCount(2.5e4), QStringLiteral("2.5 万"));
        QCOMPARE(Units::scientific(3.15e23), QStringLiteral("3.15 × 10²³"));
        QCoreApplication::removeTranslator(zh);
        delete zh;
        QLocale::setDefault(before);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
