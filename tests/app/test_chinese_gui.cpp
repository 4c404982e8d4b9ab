// The desktop application started with LANG=zh_CN.UTF-8 (CTest sets it) speaks Chinese: the
// menus, their commands, the docks; every text the window asks Qt to translate has a translation.
// A screenshot of the window is kept in the test output folder.
#include "analysis/analysis.h"
#include "app_test_support.h"
#include "catalog/catalog.h"
#include "charts/chart_builders.h"
#include "common/finding_text.h"
#include "common/labels.h"
#include "dialogs/brief_dialog.h"
#include "edit/editor.h"
#include "dialogs/find_dialog.h"
#include "language.h"
#include "main_window.h"
#include "settings/settings_registry.h"
#include "store/project_store.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QDockWidget>
#include <QHash>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTranslator>
#include <QtTest>

#include <algorithm>
#include <functional>
#include <tuple>

using namespace hallwright;

namespace {

bool hasCjk(const QString &s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
}

/// Asked before the real translator (Qt asks the last installed first): notes each text of
/// Hallwright's own contexts that has no translation, and lets the real translator answer.
class MissRecorder : public QTranslator
{
public:
    explicit MissRecorder(const QTranslator *real) : m_real(real) {}
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        const QString t = m_real->translate(context, source, disambiguation, n);
        const QByteArray ctx(context);
        // Qt's own classes (QDialogButtonBox, QShortcut…) are translated by Qt's catalogue.
        const bool qtOwn = ctx.size() > 1 && ctx[0] == 'Q' && QChar(ctx[1]).isUpper() && ctx != "QObject";
        if (t.isEmpty() && !qtOwn && QString(source).contains(QRegularExpression("[A-Za-z]{2}")))
            misses.insert(QStringLiteral("[%1] %2").arg(ctx, source));
        return {};
    }
    bool isEmpty() const override { return false; }
    mutable QSet<QString> misses;

private:
    const QTranslator *m_real;
};

} // namespace

class TestChineseGui : public QObject
{
    Q_OBJECT

    test::IsolatedHome m_home;
    MissRecorder *m_recorder = nullptr;

private slots:
    void initTestCase()
    {
        QVERIFY2(qgetenv("LANG").startsWith("zh_CN"), "run through CTest, which sets LANG=zh_CN.UTF-8");
        // What main() does: the setting (none here) or the system locale.
        const QString language = i18n::chooseLanguage(app::settings::uiLanguage.value());
        QCOMPARE(language, QStringLiteral("zh_CN"));
        QVERIFY(i18n::installTranslators(language));
        static const auto real = i18n::loadTranslator(language);
        m_recorder = new MissRecorder(real.get());
        QCoreApplication::installTranslator(m_recorder);
    }

    void menusAndDocksAreChinese()
    {
        app::MainWindow w;
        w.resize(1600, 1000);
        w.show();
        QVERIFY(w.openFile(app::MainWindow::sampleHallPath()));
        w.waitForIdle();
        for (QDockWidget *d : w.docks())
            d->show();
        QTest::qWait(200);

        QStringList english;
        const QList<QAction *> menus = w.menuBar()->actions();
        QVERIFY(menus.size() >= 4);
        for (QAction *m : menus) {
            if (!hasCjk(m->text()))
                english << "menu " + m->text();
            if (!m->menu())
                continue;
            for (QAction *a : m->menu()->actions()) {
                if (a->isSeparator() || a->text().isEmpty())
                    continue;
                // Commands are words; a recent file's entry is a path; "关于 Qt" names a product.
                if (!hasCjk(a->text()))
                    english << m->text() + " → " + a->text();
            }
        }
        // Every command says what it does (tooltip and status bar), in Chinese; menus inside menus too.
        std::function<void(QMenu *)> describeAll = [&](QMenu *menu) {
            for (QAction *a : menu->actions()) {
                if (a->isSeparator() || !a->isEnabled() || a->statusTip().startsWith('/'))
                    continue; // a recent file's entry is its path
                if (a->menu()) {
                    describeAll(a->menu());
                    continue;
                }
                if (!hasCjk(a->statusTip()) || !hasCjk(a->toolTip()))
                    english << menu->title() + " → " + a->text() + ": no Chinese tooltip (" + a->toolTip() + ")";
            }
        };
        for (QAction *m : menus)
            if (m->menu())
                describeAll(m->menu());
        for (QDockWidget *d : w.docks())
            if (!hasCjk(d->windowTitle()))
                english << "dock " + d->windowTitle();
        // Each mnemonic of a menu picks one command: 视图(&V) must not offer (&T) three times.
        QStringList clashes;
        std::function<void(QMenu *)> uniqueMnemonics = [&](QMenu *menu) {
            QHash<QChar, QString> seen;
            for (QAction *a : menu->actions()) {
                if (a->isSeparator())
                    continue;
                if (a->menu())
                    uniqueMnemonics(a->menu());
                static const QRegularExpression mnemonic(QStringLiteral("&([^&\\s])"));
                const QRegularExpressionMatch m = mnemonic.match(a->text());
                if (!m.hasMatch())
                    continue;
                const QChar key = m.captured(1).at(0).toUpper();
                if (seen.contains(key))
                    clashes << menu->title() + ": " + seen.value(key) + " / " + a->text();
                else
                    seen.insert(key, a->text());
            }
        };
        for (QAction *m : menus)
            if (m->menu())
                uniqueMnemonics(m->menu());
        QVERIFY2(clashes.isEmpty(), qPrintable("one mnemonic for two commands:\n" + clashes.join('\n')));
        QVERIFY2(english.isEmpty(), qPrintable("not in Chinese:\n" + english.join('\n')));
        QCOMPARE(menus.first()->text(), QStringLiteral("文件(&F)"));

        const QImage shot = w.grab().toImage();
        QDir().mkpath(HALLWRIGHT_TEST_OUTPUT_DIR);
        QVERIFY(shot.save(QStringLiteral(HALLWRIGHT_TEST_OUTPUT_DIR "/main-window-zh_CN.png")));
        QVERIFY(shot.width() >= 800 && shot.height() >= 500);
    }

    void dialogsAreChinese()
    {
        app::BriefDialog brief;
        brief.show();
        QTest::qWait(50);
        QCOMPARE(brief.windowTitle(), QStringLiteral("根据任务书新建机房"));
        QStringList english;
        for (QWidget *w : brief.findChildren<QWidget *>()) {
            // Every control explains itself on hover, in Chinese (catalog names and units aside).
            const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w) ||
                                 qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QLineEdit *>(w);
            // Qt shows the nearest ancestor's tooltip for a widget that has none.
            QString tip;
            for (QWidget *p = w; p && p != &brief && tip.isEmpty(); p = p->parentWidget())
                tip = p->toolTip();
            if (control && w->isVisibleTo(&brief) && !w->parentWidget()->inherits("QAbstractSpinBox") && !hasCjk(tip))
                english << QStringLiteral("%1 (%2): tooltip \"%3\"").arg(w->metaObject()->className(), w->objectName(),
                                                                         w->toolTip());
        }
        QVERIFY2(english.isEmpty(), qPrintable(english.join('\n')));
        // The catalog's platforms and switches by their Chinese names (name_zh).
        const Catalog &catalog = Catalog::builtin();
        for (const auto &[box, id, name] :
             {std::tuple{"briefPlatform", "dgx-h100", catalog.node("dgx-h100")->nameZh},
              std::tuple{"briefSwitch", "qm9700", catalog.switchSpec("qm9700")->nameZh}}) {
            auto *combo = brief.findChild<QComboBox *>(QString::fromLatin1(box));
            QVERIFY2(combo, box);
            const int i = combo->findData(QString::fromLatin1(id));
            QVERIFY2(i >= 0, id);
            QCOMPARE(combo->itemText(i), QString::fromStdString(name));
        }
        app::FindDialog find;
        find.show();
        QCOMPARE(find.windowTitle(), QStringLiteral("查找"));
    }

    /// The engine's findings read in Chinese: the sample hall broken in several ways
    /// (racks on top of each other, an over-limit rack, an unknown catalog item, an overweight
    /// rack, a narrow aisle), each finding through the Checks panel's translation.
    void findingsAreChinese()
    {
        Design d = loadProject(app::MainWindow::sampleHallPath().toStdString());
        QVERIFY(d.racks.size() > 10);
        d.racks[1].footprint = d.racks[0].footprint;
        d.racks[2].powerLimitKw = 1.0;
        d.racks[3].weightLimitKg = 10.0;
        d.racks[4].footprint.y += 0.6;
        d.devices.front().catalogId = "no-such-item";
        const Results r = analyze(d, Catalog::builtin());
        QVERIFY(r.errors() >= 4);
        QStringList english;
        for (const Check &c : r.checks) {
            const QString text = views::findingText(c);
            // Chinese words around the names and figures; no English sentence left.
            if (!hasCjk(text) || text.contains(QRegularExpression("\\b(the|of|above|rack|racks|has|is)\\b")))
                english << QString::fromStdString(c.code) + ": " + text;
        }
        QVERIFY2(english.isEmpty(), qPrintable("findings not in Chinese:\n" + english.join('\n')));
    }

    /// A refused edit says why in Chinese (the reason the plan shows under a refused drag).
    void refusalsAreChinese()
    {
        Design d = loadProject(app::MainWindow::sampleHallPath().toStdString());
        edit::Editor editor(std::move(d), Catalog::builtin());
        const Rack &a = editor.design().racks[0], &b = editor.design().racks[1];
        const edit::Op onTop = edit::MoveRacks{{a.id}, b.footprint.x - a.footprint.x, b.footprint.y - a.footprint.y};
        QVERIFY(editor.check(onTop));
        try {
            editor.apply(onTop);
            QFAIL("a rack moved onto another was accepted");
        } catch (const edit::EditRefused &e) {
            const QString text = views::findingText(e.text());
            QVERIFY2(hasCjk(text), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("overlap")), qPrintable(text));
            QCOMPARE(e.text().english(), std::string(e.what()));
        }
    }

    /// The names the engine gives read in Chinese; a user's names stay as written.
    void generatedNamesAreChinese()
    {
        QCOMPARE(views::Labels::placeName(std::string("Row C")), QStringLiteral("机柜行 C"));
        QCOMPARE(views::Labels::placeName(std::string("Row AB")), QStringLiteral("机柜行 AB"));
        QCOMPARE(views::Labels::placeName(std::string("North cooling gallery")), QStringLiteral("北侧空调走廊"));
        QCOMPARE(views::Labels::placeName(std::string("Generator yard")), QStringLiteral("柴油发电机场地"));
        QCOMPARE(views::Labels::placeName(std::string("Row 3")), QStringLiteral("Row 3"));
        QCOMPARE(views::Labels::placeName(std::string("A01")), QStringLiteral("A01"));
        QCOMPARE(views::Labels::placeName(std::string("My Row C")), QStringLiteral("My Row C"));
        // Inside a finding, a generated name is translated like the rest of the sentence.
        const Phrase p = phrase(QT_TRANSLATE_NOOP("Finding", "racks %1 and %2 overlap"), literal("Row C"), literal("A01"));
        QCOMPARE(views::findingText(p), QStringLiteral("机柜 机柜行 C 与 A01 重叠"));
    }

    /// A report in another language words the charts' labels its own way: the labels the chart
    /// builders made in Chinese read back as the English they were built from, figures included
    /// (the Chinese report once kept "百万 CNY" over values it had turned into 万).
    void chartLabelsReadBackInEnglish()
    {
        const QString million = QCoreApplication::translate("Charts", "million %1").arg("CNY");
        QVERIFY2(!million.startsWith("million"), qPrintable(million));
        QCOMPARE(views::englishChartLabel(million), QStringLiteral("million CNY"));
        QCOMPARE(views::englishChartLabel(QCoreApplication::translate("Charts", "Year %1").arg(3)),
                 QStringLiteral("Year 3"));
        QCOMPARE(views::englishChartLabel(QCoreApplication::translate("Charts", "Revenue")), QStringLiteral("Revenue"));
        QCOMPARE(views::englishChartLabel(QStringLiteral("million USD")), QStringLiteral("million USD"));
        // The cash-flow axis in yuan reads 百万元, not 百万 CNY, and still reads back.
        const QString yuan = QCoreApplication::translate("Charts", "million CNY");
        QCOMPARE(yuan, QStringLiteral("百万元"));
        QCOMPARE(views::englishChartLabel(yuan), QStringLiteral("million CNY"));
        QCOMPARE(views::englishChartLabel(QCoreApplication::translate("Charts", "NPV change, million USD")),
                 QStringLiteral("NPV change, million USD"));
        QCOMPARE(views::englishChartLabel(QStringLiteral("机柜 A01")), QStringLiteral("机柜 A01"));
    }

    void everyTranslatedTextWasFound()
    {
        QStringList misses(m_recorder->misses.begin(), m_recorder->misses.end());
        misses.sort();
        QVERIFY2(misses.isEmpty(), qPrintable("asked for, not in the translation (context mismatch or built at run "
                                              "time):\n" + misses.join('\n')));
    }
};

QTEST_MAIN(TestChineseGui)
#include "test_chinese_gui.moc"
