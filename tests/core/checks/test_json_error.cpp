// nlohmann::json's error messages taken apart into phrases: for each kind of broken JSON the
// library's own message comes back word for word in English, and its words (what was read, what
// came, what was expected, what the lexer found) are translatable phrases, not a literal.
#include "checks/json_error.h"

#include <nlohmann/json.hpp>

#include <QtTest>

using namespace hallwright;

namespace {

/// The exception nlohmann throws for `text`.
Phrase errorOf(const std::string &text, std::string *what = nullptr)
{
    try {
        const nlohmann::json parsed = nlohmann::json::parse(text);
        Q_UNUSED(parsed);
    } catch (const nlohmann::json::exception &e) {
        if (what) {
            *what = e.what();
            what->erase(0, what->find("] ") + 2); // "[json.exception.parse_error.101] "
        }
        return jsonError(e);
    }
    return {};
}

/// The patterns of a phrase's translatable parts, depth first.
void patterns(const Phrase &p, QStringList &out)
{
    if (!p.literal)
        out << QString::fromStdString(p.pattern);
    for (const Phrase &a : p.args)
        patterns(a, out);
}

QStringList patterns(const Phrase &p)
{
    QStringList out;
    patterns(p, out);
    return out;
}

} // namespace

class TestJsonError : public QObject
{
    Q_OBJECT

private slots:
    void englishIsTheLibrarysText_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("open object") << "{"
            << QStringList{"at line %1, column %2: %3", "%1 - %2; expected %3", "syntax error while parsing %1",
                           "object key", "unexpected %1", "end of input", "string literal"};
        QTest::newRow("empty") << ""
            << QStringList{"at line %1, column %2: %3", "%1 - %2; expected %3", "syntax error while parsing %1",
                           "value", "unexpected %1", "end of input", "'[', '{', or a literal"};
        QTest::newRow("bad literal") << "[1, tru]"
            << QStringList{"at line %1, column %2: %3", "%1 - %2", "syntax error while parsing %1", "value",
                           "%1; last read: '%2'", "invalid literal"};
        QTest::newRow("missing colon") << "{\"a\" 1}"
            << QStringList{"at line %1, column %2: %3", "%1 - %2; expected %3", "syntax error while parsing %1",
                           "object separator", "unexpected %1", "number literal"};
        QTest::newRow("array without comma") << "[1 2]"
            << QStringList{"at line %1, column %2: %3", "%1 - %2; expected %3", "syntax error while parsing %1",
                           "array", "unexpected %1", "number literal"};
        QTest::newRow("open string") << "\n\"abc"
            << QStringList{"at line %1, column %2: %3", "%1 - %2", "syntax error while parsing %1", "value",
                           "%1; last read: '%2'", "invalid string: missing closing quote"};
        QTest::newRow("control character") << "\"a\x01\""
            << QStringList{"at line %1, column %2: %3", "%1 - %2", "syntax error while parsing %1", "value",
                           "%1; last read: '%2'",
                           "invalid string: control character %1 (%2) must be escaped to %3"};
        QTest::newRow("minus alone") << "-x"
            << QStringList{"at line %1, column %2: %3", "%1 - %2", "syntax error while parsing %1", "value",
                           "%1; last read: '%2'", "invalid number; expected digit after '-'"};
        QTest::newRow("trailing text") << "{} x"
            << QStringList{"at line %1, column %2: %3", "%1 - %2; expected %3", "syntax error while parsing %1",
                           "value", "%1; last read: '%2'", "invalid literal", "end of input"};
        QTest::newRow("overflow") << "[1e999]" << QStringList{"number overflow parsing '%1'"};
    }

    void englishIsTheLibrarysText()
    {
        QFETCH(QString, json);
        QFETCH(QStringList, words);
        std::string what;
        const Phrase p = errorOf(json.toStdString(), &what);
        QVERIFY2(!what.empty(), "nlohmann accepted the text");
        // "parse error at line 1, column 2: …" reads "at line 1, column 2: …" after "not valid JSON: ".
        if (what.rfind("parse error ", 0) == 0)
            what.erase(0, 12);
        QCOMPARE(p.english(), what);
        QCOMPARE(patterns(p), words);
    }

    void controlCharacterKeepsItsNames()
    {
        const Phrase p = errorOf("\"a\x01\"");
        const Phrase &lexer = p.args[2].args[1].args[0];
        QCOMPARE(lexer.args.size(), std::size_t(3));
        QCOMPARE(lexer.args[0].english(), std::string("U+0001"));
        QCOMPARE(lexer.args[1].english(), std::string("SOH"));
        QCOMPARE(lexer.args[2].english(), std::string("\\u0001"));
    }

    void otherShapesStayLiteral()
    {
        // A message of no known shape is kept whole, in English, rather than half translated.
        const Phrase p = jsonErrorDetail("syntax error with a shape nlohmann never wrote");
        QVERIFY(p.literal);
        QCOMPARE(p.english(), std::string("syntax error with a shape nlohmann never wrote"));
        QVERIFY(jsonErrorDetail("excessive array size: 9").literal);
    }
};

QTEST_APPLESS_MAIN(TestJsonError)
#include "test_json_error.moc"
