// The typed settings registry: unique keys, defaults, clamping and persistence.
#include "app_test_support.h"
#include "settings/settings_registry.h"

#include <QSet>
#include <QSettings>
#include <QtTest>

using namespace hallwright::app;

class TestSettingsRegistry : public QObject
{
    Q_OBJECT

private slots:
    void keysAreUniqueAndDescribed()
    {
        const auto entries = settings::all();
        QVERIFY(entries.size() >= 10);
        QSet<QString> keys;
        for (const SettingsEntryBase *e : entries) {
            QVERIFY2(!keys.contains(e->key()), qPrintable(e->key()));
            keys.insert(e->key());
            QVERIFY2(!e->description().isEmpty(), qPrintable(e->key()));
            QVERIFY2(e->key().contains('/'), qPrintable(e->key())); // grouped: "window/…", "files/…"
        }
    }

    void absentKeysGiveTheirDefaults()
    {
        settings::autosaveIntervalSeconds.remove();
        QVERIFY(!settings::autosaveIntervalSeconds.exists());
        QCOMPARE(settings::autosaveIntervalSeconds.value(), 60);
        QCOMPARE(settings::autosaveEnabled.value(), true);
        QCOMPARE(settings::recentFilesMax.value(), 10);
        QVERIFY(settings::recentFiles.value().isEmpty());
    }

    void valuesPersistThroughQSettings()
    {
        settings::autosaveIntervalSeconds.setValue(120);
        QCOMPARE(QSettings().value("autosave/intervalSeconds").toInt(), 120);
        QCOMPARE(settings::autosaveIntervalSeconds.value(), 120);
        settings::recentFiles.setValue({"/a.hall", "/b.hall"});
        QCOMPARE(settings::recentFiles.value(), QStringList({"/a.hall", "/b.hall"}));
        settings::autosaveIntervalSeconds.remove();
        settings::recentFiles.remove();
    }

    void numbersOutOfRangeAreClamped()
    {
        // A hand-edited settings file cannot set a one-second or a week-long autosave.
        QSettings().setValue("autosave/intervalSeconds", 1);
        QCOMPARE(settings::autosaveIntervalSeconds.value(), settings::autosaveIntervalSeconds.minimum());
        QSettings().setValue("autosave/intervalSeconds", 10'000'000);
        QCOMPARE(settings::autosaveIntervalSeconds.value(), settings::autosaveIntervalSeconds.maximum());
        settings::autosaveIntervalSeconds.remove();
    }

    void valuesOfTheWrongTypeGiveTheDefault()
    {
        QSettings().setValue("autosave/intervalSeconds", "soon");
        QCOMPARE(settings::autosaveIntervalSeconds.value(), 60);
        // INI text that is a number or a boolean is read as one.
        QSettings().setValue("autosave/intervalSeconds", "90");
        QCOMPARE(settings::autosaveIntervalSeconds.value(), 90);
        QSettings().setValue("autosave/enabled", "false");
        QCOMPARE(settings::autosaveEnabled.value(), false);
        settings::autosaveEnabled.remove();
        settings::autosaveIntervalSeconds.remove();
        settings::autosaveIntervalSeconds.remove();
    }
};

HALLWRIGHT_APP_TEST_MAIN(TestSettingsRegistry)
#include "test_settings_registry.moc"
