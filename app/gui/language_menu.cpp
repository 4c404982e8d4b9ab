// LanguageMenu: the interface language setting, applied at the next start.
#include "language_menu.h"

#include "language.h"
#include "settings/settings_registry.h"

#include <QActionGroup>
#include <QMessageBox>

namespace hallwright::app {

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(tr("&Language"), parent), m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    setToolTipsVisible(true);
    const QString current = settings::uiLanguage.value();
    auto add = [&](const QString &language, const QString &text, const QString &tip) {
        QAction *a = addAction(text);
        a->setCheckable(true);
        a->setData(language);
        a->setToolTip(tip);
        a->setStatusTip(tip);
        m_group->addAction(a);
        const bool known = i18n::availableLanguages().contains(current);
        a->setChecked(language == current || (language.isEmpty() && !known));
        connect(a, &QAction::triggered, this, [this, language] { choose(language); });
    };
    add(QString(), tr("Follow the &System"),
        tr("Use the language of the desktop (LANG); English where Hallwright has no translation"));
    addSeparator();
    for (const QString &language : i18n::availableLanguages())
        add(language, i18n::nativeName(language), tr("Show Hallwright in %1 from the next start").arg(i18n::nativeName(language)));
}

void LanguageMenu::choose(const QString &language)
{
    if (settings::uiLanguage.value() == language)
        return;
    settings::uiLanguage.setValue(language);
    emit languageChosen(language);
    QMessageBox::information(parentWidget(), tr("Language"),
                             tr("The new language is used from the next start of Hallwright."));
}

} // namespace hallwright::app
