// Findings as translatable phrases: slots fill in one pass, nested phrases fill
// recursively, and every finding the engine gives on a failing design carries a
// phrase whose English is its message.
#include "../power/test_hall.h"

#include "analysis/analysis.h"
#include "checks/phrase.h"

#include <QtTest>

#include <regex>

using namespace hallwright;
using namespace hallwright::test;

class TestPhrase : public QObject
{
    Q_OBJECT

private slots:
    void fillsSlotsOnce()
    {
        QCOMPARE(fillSlots("%1 and %2", {"a", "b"}), std::string("a and b"));
        // An argument's own "%1" is not filled again.
        QCOMPARE(fillSlots("%1 and %2", {"%2", "x"}), std::string("%2 and x"));
        // Order follows the numbers, not the position; a slot may repeat.
        QCOMPARE(fillSlots("%2 %1 %2", {"a", "b"}), std::string("b a b"));
        // A percent sign that is no slot stays, as does a slot without an argument.
        QCOMPARE(fillSlots("50 % of %1, %3", {"x"}), std::string("50 % of x, %3"));
        QCOMPARE(fillSlots("100%", {}), std::string("100%"));
    }

    void nestsAndFormats()
    {
        const Phrase inner = phrase("transformer %1", "T-1");
        const Phrase p = phrase("when %1 fails, %2 carries %3 kW", inner, std::string("busway B"), number(1234.56, 1));
        QCOMPARE(p.english(), std::string("when transformer T-1 fails, busway B carries 1234.6 kW"));
        QCOMPARE(number(2.0 / 3.0, 2).english(), std::string("0.67"));
        QCOMPARE(phrase("%1 racks", 42).english(), std::string("42 racks"));
        QVERIFY(literal("%1").literal);
        QCOMPARE(literal("%1").english(), std::string("%1"));
        QVERIFY(!inner.literal);
        QVERIFY(inner.args.front().literal);
    }

    /// A hall with racks on top of each other, an overloaded rack and a
    /// missing catalog item: its findings carry phrases that read as their messages.
    void findingsCarryTheirPhrase()
    {
        Design d = testHall(2, 4, 4, "node-10");
        d.racks[1].footprint = d.racks[0].footprint;   // overlap
        d.racks[2].powerLimitKw = 1.0;                  // power limit
        d.devices.front().catalogId = "no-such-item";   // unknown item
        const Results r = analyze(d, testCatalog());
        QVERIFY(r.errors() >= 3);
        const std::regex slot("%[1-9]");
        int withPhrase = 0;
        for (const Check &c : r.checks) {
            if (c.text.empty())
                continue;
            ++withPhrase;
            QCOMPARE(c.message, c.text.english());
            QVERIFY2(!std::regex_search(c.message, slot), c.message.c_str());
        }
        QCOMPARE(withPhrase, int(r.checks.size()));
        const auto has = [&](const std::string &code) {
            return std::any_of(r.checks.begin(), r.checks.end(), [&](const Check &c) { return c.code == code; });
        };
        QVERIFY(has("rack-overlap"));
        QVERIFY(has("rack-power-limit"));
        QVERIFY(has("unknown-item"));
    }
};

QTEST_APPLESS_MAIN(TestPhrase)
#include "test_phrase.moc"
