// The editor's incremental re-analysis equals a full analyze() after random edit sequences; undo is exact.
#include "edit/editor.h"
#include "network/cabling.h"
#include "results_dump.h"
#include "store/project_store.h"
#include "test_support.h"

#include <QtTest>

#include <random>

using namespace hallwright;

namespace {

Design smallHall()
{
    const Catalog &cat = Catalog::builtin();
    return synthesize(parseBrief(R"({"schema": "hallwright.brief/1", "name": "Small",
                                     "compute": {"platform": "dgx-h100", "accelerators": 512}})",
                                 cat),
                      cat);
}

/// A random edit of the design as it stands: mostly drags (rack and row moves by grid or
/// pitch steps, as the plan snaps them), sometimes a turn, an add, a duplicate or a delete.
edit::Op randomOp(const Design &d, std::mt19937 &rng)
{
    auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); };
    auto step = [&](int maxSteps, double unit) {
        return unit * std::uniform_int_distribution<int>(-maxSteps, maxSteps)(rng);
    };
    const int kind = std::uniform_int_distribution<int>(0, 99)(rng);
    if (d.racks.empty() || d.rows.empty())
        return edit::DeleteRacks{};
    const Rack &rack = d.racks[pick(d.racks.size())];
    const Row &row = d.rows[pick(d.rows.size())];
    if (kind < 45)
        return edit::MoveRacks{{rack.id}, step(20, 0.1), step(1, 0.1) + (kind % 5 == 0 ? step(2, 3.0) : 0.0)};
    if (kind < 55)
        return edit::MoveRacks{{rack.id, d.racks[pick(d.racks.size())].id}, step(3, 0.6), 0.0};
    if (kind < 67)
        return edit::MoveRows{{row.id}, step(10, 0.1), step(2, 0.6)};
    if (kind < 72)
        return edit::RotateRow{row.id};
    if (kind < 80) {
        edit::AddRack a;
        a.row = rack.row;
        a.likeRack = rack.id;
        return a;
    }
    if (kind < 84)
        return edit::DuplicateRacks{{rack.id}, 0.0, step(3, 3.0)};
    if (kind < 88)
        return edit::AddRow{row.id, 0.0, step(3, 3.0)};
    if (kind < 97)
        return edit::DeleteRacks{{rack.id}};
    return edit::DeleteRows{{row.id}};
}

/// Cables as a full routing of the design would lay them.
std::vector<std::pair<std::string, double>> routedAgain(Design d, const Catalog &catalog)
{
    network::CableRouter router(d, catalog);
    router.routeAll(d);
    std::vector<std::pair<std::string, double>> out;
    for (const Link &l : d.links)
        out.emplace_back(l.mediumId, l.lengthM);
    return out;
}

std::vector<std::pair<std::string, double>> cables(const Design &d)
{
    std::vector<std::pair<std::string, double>> out;
    for (const Link &l : d.links)
        out.emplace_back(l.mediumId, l.lengthM);
    return out;
}

} // namespace

class TestIncremental : public QObject
{
    Q_OBJECT

    /// Applies `steps` random edits; after each, the editor's results equal a full
    /// analysis of its design and its cables equal a full routing. Returns the number applied.
    int randomSequence(Design design, unsigned seed, int steps, int *refusedOut = nullptr)
    {
        const Catalog catalog = catalogFor(design);
        edit::Editor editor(std::move(design), catalog);
        std::mt19937 rng(seed);
        int applied = 0, refused = 0;
        for (int s = 0; s < steps; ++s) {
            const edit::Op op = randomOp(editor.design(), rng);
            const auto reason = editor.check(op);
            if (reason) {
                // Refused: apply refuses with the same reason and changes nothing.
                const Design before = editor.design();
                bool threw = false;
                try {
                    editor.apply(op);
                } catch (const edit::EditRefused &e) {
                    threw = true;
                    if (std::string(e.what()) != reason->english())
                        qWarning("check said '%s', apply said '%s'", reason->english().c_str(), e.what());
                }
                if (!threw || !(editor.design() == before))
                    return -1;
                ++refused;
                continue;
            }
            editor.apply(op);
            ++applied;
            const auto incremental = test::dumpResults(editor.design(), catalog, editor.results());
            const auto full = test::dumpResults(editor.design(), catalog, analyze(editor.design(), catalog));
            const std::string diff = test::firstDifference(incremental, full);
            if (!diff.empty()) {
                qWarning("seed %u step %d (%s): incremental differs from full: %s", seed, s, edit::opName(op),
                         diff.c_str());
                return -1;
            }
            const auto laid = cables(editor.design()), again = routedAgain(editor.design(), catalog);
            if (laid != again) {
                std::size_t i = 0;
                while (i < laid.size() && i < again.size() && laid[i] == again[i])
                    ++i;
                const Link *l = i < editor.design().links.size() ? &editor.design().links[i] : nullptr;
                qWarning("seed %u step %d (%s): cables differ from a full routing, first at link %s: %s %.2f m, "
                         "full routing %s %.2f m",
                         seed, s, edit::opName(op), l ? l->label.c_str() : "?",
                         i < laid.size() ? laid[i].first.c_str() : "-", i < laid.size() ? laid[i].second : 0.0,
                         i < again.size() ? again[i].first.c_str() : "-", i < again.size() ? again[i].second : 0.0);
                return -1;
            }
        }
        if (refusedOut)
            *refusedOut = refused;
        return applied;
    }

private slots:
    void smallHallRandomEdits_data()
    {
        QTest::addColumn<unsigned>("seed");
        for (unsigned seed : {1u, 2u, 3u, 4u, 5u, 6u})
            QTest::newRow(qPrintable(QString("seed %1").arg(seed))) << seed;
    }
    void smallHallRandomEdits()
    {
        QFETCH(unsigned, seed);
        int refused = 0;
        const int applied = randomSequence(smallHall(), seed, 60, &refused);
        QVERIFY2(applied > 10, "too few edits applied, or a mismatch (see the warning above)");
        qInfo("seed %u: %d applied, %d refused", seed, applied, refused);
    }

    void sampleHallRandomEdits()
    {
        // The bundled 10,240-accelerator hall, fewer steps (each full analysis for the comparison is slow).
        // Cables as the current router lays them, so that a full routing is the reference.
        Design sample = loadProject(test::resourcePath("sample/sample-10240.hall"));
        const Catalog catalog = catalogFor(sample); // the router keeps a reference: it must outlive it
        network::CableRouter router(sample, catalog);
        router.routeAll(sample);
        int refused = 0;
        const int applied = randomSequence(sample, 11, 14, &refused);
        QVERIFY2(applied > 3, "too few edits applied, or a mismatch (see the warning above)");
        qInfo("sample: %d applied, %d refused", applied, refused);
    }

    void dragStepsEqualFull()
    {
        // A drag: one rack moved by 0.1 m steps along its row and back, through cooling
        // zones and across tray attach points; every step equals a full analysis.
        const Design sample = loadProject(test::resourcePath("sample/sample-10240.hall"));
        const Catalog catalog = catalogFor(sample);
        edit::Editor editor(sample, catalog);
        const Rack *last = nullptr;
        for (const Rack &r : sample.racks)
            if (r.role == RackRole::Compute)
                last = &r;
        QVERIFY(last);
        const RackId id = last->id;
        int steps = 0;
        for (double dx : {0.1, 0.1, 0.1, 0.3, 0.6, -0.6, -0.3, -0.3}) {
            if (editor.check(edit::MoveRacks{{id}, dx, 0.0}))
                continue;
            editor.apply(edit::MoveRacks{{id}, dx, 0.0});
            ++steps;
            const std::string diff =
                test::firstDifference(test::dumpResults(editor.design(), catalog, editor.results()),
                                      test::dumpResults(editor.design(), catalog, analyze(editor.design(), catalog)));
            QVERIFY2(diff.empty(), diff.c_str());
        }
        QVERIFY(steps >= 2);
    }

    void undoRestoresEverythingExactly()
    {
        // Each token reverts its edit: design and every figure bit for bit as before; redo
        // (applying the op again) gives the same state as the first time.
        const Design start = smallHall();
        const Catalog catalog = catalogFor(start);
        edit::Editor editor(start, catalog);
        std::mt19937 rng(42);
        struct Step
        {
            edit::Op op;
            std::shared_ptr<const edit::UndoToken> token;
            Design before, after;
            std::vector<std::string> resultsBefore, resultsAfter;
        };
        std::vector<Step> steps;
        while (steps.size() < 25) {
            const edit::Op op = randomOp(editor.design(), rng);
            if (editor.check(op))
                continue;
            Step s{op, nullptr, editor.design(), {}, test::dumpResults(editor.design(), catalog, editor.results()), {}};
            s.token = editor.apply(op).undo;
            s.after = editor.design();
            s.resultsAfter = test::dumpResults(editor.design(), catalog, editor.results());
            steps.push_back(std::move(s));
        }
        // Undo out of order is refused.
        QVERIFY_THROWS_EXCEPTION(std::logic_error, editor.revert(*steps.front().token));
        for (auto it = steps.rbegin(); it != steps.rend(); ++it) {
            editor.revert(*it->token);
            QVERIFY2(editor.design() == it->before, edit::opName(it->op));
            const std::string diff =
                test::firstDifference(test::dumpResults(editor.design(), catalog, editor.results()), it->resultsBefore);
            QVERIFY2(diff.empty(), (std::string(edit::opName(it->op)) + ": " + diff).c_str());
        }
        QVERIFY(editor.design() == start);
        // Redo every step.
        for (Step &s : steps) {
            s.token = editor.apply(s.op).undo;
            QVERIFY2(editor.design() == s.after, edit::opName(s.op));
            const std::string diff =
                test::firstDifference(test::dumpResults(editor.design(), catalog, editor.results()), s.resultsAfter);
            QVERIFY2(diff.empty(), (std::string(edit::opName(s.op)) + ": " + diff).c_str());
        }
    }

    void undoOfSetRestoresTheDesign()
    {
        const Design start = smallHall();
        const Catalog catalog = catalogFor(start);
        edit::Editor editor(start, catalog);
        const auto before = test::dumpResults(editor.design(), catalog, editor.results());
        const auto applied = editor.apply(edit::SetInput{"power.redundancy", "\"N+1\""});
        QVERIFY(applied.changed.regenerated);
        QVERIFY(!(editor.design() == start));
        editor.revert(*applied.undo);
        QVERIFY(editor.design() == start);
        QCOMPARE(test::firstDifference(test::dumpResults(editor.design(), catalog, editor.results()), before),
                 std::string());
    }
};

QTEST_APPLESS_MAIN(TestIncremental)
#include "test_incremental.moc"
