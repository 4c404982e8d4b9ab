// The settings registry: the keys, their defaults and descriptions, read and written through QSettings.
#include "settings_registry.h"

namespace hallwright::app {

namespace {

QList<const SettingsEntryBase *> &registry()
{
    static QList<const SettingsEntryBase *> entries;
    return entries;
}

} // namespace

SettingsEntryBase::SettingsEntryBase(QString key, QVariant defaultValue, const char *description)
    : m_key(std::move(key)), m_default(std::move(defaultValue)), m_description(description)
{
    registry().append(this);
}

SettingsEntryBase::~SettingsEntryBase()
{
    registry().removeOne(this);
}

QString SettingsEntryBase::description() const
{
    // lupdate files the HW_DESCRIPTION texts below under the namespace they are declared in.
    return QCoreApplication::translate("hallwright::app::settings", m_description);
}

bool SettingsEntryBase::exists() const
{
    return QSettings().contains(m_key);
}

void SettingsEntryBase::remove() const
{
    QSettings().remove(m_key);
}

QVariant SettingsEntryBase::variant() const
{
    return QSettings().value(m_key);
}

void SettingsEntryBase::setVariant(const QVariant &value) const
{
    QSettings().setValue(m_key, value);
}

namespace settings {

// HW_DESCRIPTION marks the descriptions for lupdate (run with -tr-function-alias
// QT_TR_NOOP+=HW_DESCRIPTION, context "hallwright::app::settings"); description() translates them.
#define HW_DESCRIPTION(text) QT_TRANSLATE_NOOP("hallwright::app::settings", text)

const SettingsEntry<QByteArray> windowGeometry{QStringLiteral("window/geometry"), {},
                                               HW_DESCRIPTION("Size and position of the main window.")};
const SettingsEntry<QByteArray> windowState{QStringLiteral("window/state"), {},
                                            HW_DESCRIPTION("Docks and toolbars of the main window.")};
const SettingsEntry<QStringList> recentFiles{QStringLiteral("files/recent"), {},
                                             HW_DESCRIPTION("Halls opened or saved lately, newest first.")};
const SettingsEntryInt recentFilesMax{QStringLiteral("files/recentMax"), 10, 1, 30,
                                      HW_DESCRIPTION("How many recent halls the File menu lists.")};
const SettingsEntry<QString> lastDirectory{QStringLiteral("files/lastDirectory"), {},
                                           HW_DESCRIPTION("Folder of the last hall opened or saved.")};
const SettingsEntry<bool> autosaveEnabled{QStringLiteral("autosave/enabled"), true,
                                          HW_DESCRIPTION("Write a recovery copy of unsaved work.")};
const SettingsEntryInt autosaveIntervalSeconds{QStringLiteral("autosave/intervalSeconds"), 60, 5, 3600,
                                               HW_DESCRIPTION("Seconds between recovery copies of unsaved work.")};
const SettingsEntry<QString> planColourMode{QStringLiteral("plan/colourMode"), QStringLiteral("role"),
                                            HW_DESCRIPTION("What the racks' colours show on the plan.")};
const SettingsEntry<bool> planShowTrays{QStringLiteral("plan/showTrays"), true,
                                        HW_DESCRIPTION("Whether the plan draws the overhead cable trays.")};
const SettingsEntry<QString> viewArrangement{QStringLiteral("view/arrangement"), QStringLiteral("split"),
                                             HW_DESCRIPTION("Plan and 3D view side by side (split) or as tabs.")};
const SettingsEntry<QString> lastUserCatalog{QStringLiteral("brief/lastUserCatalog"), {},
                                             HW_DESCRIPTION("The user catalog file last used for a new hall.")};
const SettingsEntry<QString> uiLanguage{QStringLiteral("ui/language"), {},
                                        HW_DESCRIPTION("Interface language: en, zh_CN, or empty to follow the system.")};

#undef HW_DESCRIPTION

QList<const SettingsEntryBase *> all()
{
    return registry();
}

} // namespace settings

} // namespace hallwright::app
