// The application's settings, declared once with their types, defaults and meaning.
#pragma once

#include <QByteArray>
#include <algorithm>
#include <QCoreApplication>
#include <QList>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace hallwright::app {

/// One settings key, untyped: what the registry lists.
class SettingsEntryBase
{
public:
    SettingsEntryBase(QString key, QVariant defaultValue, const char *description);
    virtual ~SettingsEntryBase();
    SettingsEntryBase(const SettingsEntryBase &) = delete;
    SettingsEntryBase &operator=(const SettingsEntryBase &) = delete;

    const QString &key() const { return m_key; }
    const QVariant &defaultVariant() const { return m_default; }
    /// What the setting is for (translated).
    QString description() const;
    bool exists() const;
    void remove() const;

protected:
    QVariant variant() const;
    void setVariant(const QVariant &value) const;

private:
    QString m_key;
    QVariant m_default;
    const char *m_description;
};

/// A typed key: value() returns the stored value converted to T, or the
/// default when the key is absent or holds something that is not a T.
template <typename T>
class SettingsEntry : public SettingsEntryBase
{
public:
    SettingsEntry(QString key, T defaultValue, const char *description)
        : SettingsEntryBase(std::move(key), QVariant::fromValue(defaultValue), description), m_defaultValue(defaultValue)
    {
    }

    T value() const
    {
        QVariant v = variant();
        if (!v.isValid())
            return m_defaultValue;
        // INI files give strings back: convert, and fall back when the text is not a T.
        if (v.metaType() != QMetaType::fromType<T>() && !v.convert(QMetaType::fromType<T>()))
            return m_defaultValue;
        return v.value<T>();
    }
    void setValue(const T &value) const { setVariant(QVariant::fromValue(value)); }
    const T &defaultValue() const { return m_defaultValue; }

private:
    T m_defaultValue;
};

/// A number kept within [minimum, maximum] whatever the settings file holds.
class SettingsEntryInt : public SettingsEntry<int>
{
public:
    SettingsEntryInt(QString key, int defaultValue, int minimum, int maximum, const char *description)
        : SettingsEntry<int>(std::move(key), defaultValue, description), m_min(minimum), m_max(maximum)
    {
    }
    int value() const { return std::clamp(SettingsEntry<int>::value(), m_min, m_max); }
    int minimum() const { return m_min; }
    int maximum() const { return m_max; }

private:
    int m_min;
    int m_max;
};

/// Every setting of the application. Code reads and writes settings only
/// through these entries, never through string keys of its own.
namespace settings {

extern const SettingsEntry<QByteArray> windowGeometry;
extern const SettingsEntry<QByteArray> windowState;
extern const SettingsEntry<QStringList> recentFiles;
extern const SettingsEntryInt recentFilesMax;
extern const SettingsEntry<QString> lastDirectory;
extern const SettingsEntry<bool> autosaveEnabled;
extern const SettingsEntryInt autosaveIntervalSeconds;
extern const SettingsEntry<QString> planColourMode;
extern const SettingsEntry<bool> planShowTrays;
extern const SettingsEntry<QString> viewArrangement;
extern const SettingsEntry<QString> lastUserCatalog;
extern const SettingsEntry<QString> uiLanguage;

/// All entries, in declaration order (documentation, tests, a settings dump).
QList<const SettingsEntryBase *> all();

} // namespace settings

/// Translation context of the settings' descriptions.
class SettingsText
{
    Q_DECLARE_TR_FUNCTIONS(SettingsText)
};

} // namespace hallwright::app
