// Findings as translatable phrases: slots fill in one pass, nested phrases fill
// recursively, and every finding the engine gives on a failing design carries a
// phrase whose English is its message; so do the engine's errors (a refused
// brief, a missing project file), whose what() stays the English text.
#include "../power/test_hall.h"

#include "analysis/analysis.h"
#include "brief/brief.h"
#include "catalog/catalog.h"
#include "checks/phrase.h"
#include "network/fabric_plan.h"
#include "store/project_store.h"

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

    /// A brief below a range: the refusal's words are "path: problem", the path a literal
    /// (a field name, never translated) and the problem a pattern with the figures as literals.
    void briefRefusalsCarryTheirPhrase()
    {
        try {
            parseBrief(R"({"schema": "hallwright.brief/1", "compute": {"accelerators": 0}})", Catalog::builtin());
            QFAIL("a brief of 0 accelerators was accepted");
        } catch (const BriefError &e) {
            const Phrase *words = phraseOf(e);
            QVERIFY(words);
            QCOMPARE(words->english(), std::string(e.what()));
            QCOMPARE(std::string(e.what()), std::string("compute.accelerators: must be at least 1, got 0"));
            QCOMPARE(words->pattern, std::string("%1: %2"));
            QVERIFY(words->args.at(0).literal);
            QCOMPARE(words->args.at(1).pattern, std::string("must be at least %1, got %2"));
            QVERIFY(!words->args.at(1).literal);
        }
        // A line break in a value from the brief cannot reach the one-line message.
        try {
            parseBrief("{\"schema\": \"hallwright.brief/1\", \"compute\": {\"platform\": \"a\\nb\"}}", Catalog::builtin());
            QFAIL("an unknown platform was accepted");
        } catch (const BriefError &e) {
            QVERIFY2(std::string(e.what()).find('\n') == std::string::npos, e.what());
            QCOMPARE(phraseOf(e)->english(), std::string(e.what()));
        }
    }

    void projectFileErrorsCarryTheirPhrase()
    {
        try {
            loadProject("/nonexistent/nowhere.hall");
            QFAIL("a missing file loaded");
        } catch (const ProjectFileError &e) {
            QCOMPARE(e.kind(), ProjectFileError::Kind::NotFound);
            QCOMPARE(phraseOf(e)->english(), std::string(e.what()));
            QCOMPARE(std::string(e.what()), std::string("/nonexistent/nowhere.hall: no such file"));
            QCOMPARE(e.problemPhrase().english(), e.problem());
            QCOMPARE(e.problemPhrase().pattern, std::string("no such file"));
        }
    }

    /// An error built from a plain message is a phrase without slots (translated only when a
    /// translation has that exact text); any other exception has no phrase.
    void plainMessagesAndOtherExceptions()
    {
        const network::FabricError plain(std::string("a 50 % share"));
        QCOMPARE(phraseOf(plain)->english(), std::string("a 50 % share"));
        QVERIFY(!phraseOf(plain)->literal);
        QVERIFY(phraseOf(plain)->args.empty());
        const network::FabricError worded(phrase("SU %1 holds %2 nodes", 3, 40));
        QCOMPARE(std::string(worded.what()), std::string("SU 3 holds 40 nodes"));
        QVERIFY(phraseOf(std::runtime_error("x")) == nullptr);
    }
};

QTEST_APPLESS_MAIN(TestPhrase)
#include "test_phrase.moc"
