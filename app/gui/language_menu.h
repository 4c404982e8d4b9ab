// The View → Language menu: follow the system or choose English or Simplified Chinese.
#pragma once

#include <QMenu>

class QActionGroup;

namespace hallwright::app {

/// Checkable entries "Follow the System", "English", "简体中文" bound to
/// settings::uiLanguage. The choice takes effect at the next start (the
/// window says so): Qt widgets built in one language are not rebuilt.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

signals:
    /// The user picked another language; `language` is "" (system), "en" or "zh_CN".
    void languageChosen(const QString &language);

private:
    void choose(const QString &language);
    QActionGroup *m_group;
};

} // namespace hallwright::app
