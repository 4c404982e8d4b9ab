// RecentFiles: the settings list and its menu.
#include "recent_files.h"

#include "settings/settings_registry.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace hallwright::app {

namespace {

QString normalised(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

RecentFiles::RecentFiles(QObject *parent) : QObject(parent) {}

QStringList RecentFiles::files() const
{
    QStringList list = settings::recentFiles.value();
    list.removeAll(QString());
    list.removeDuplicates();
    while (list.size() > settings::recentFilesMax.value())
        list.removeLast();
    return list;
}

void RecentFiles::add(const QString &path)
{
    QStringList list = files();
    const QString p = normalised(path);
    list.removeAll(p);
    list.prepend(p);
    store(list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    if (list.removeAll(normalised(path)) > 0)
        store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList &list)
{
    QStringList kept = list;
    while (kept.size() > settings::recentFilesMax.value())
        kept.removeLast();
    settings::recentFiles.setValue(kept);
    emit changed();
}

void RecentFiles::attachMenu(QMenu *menu)
{
    fillMenu(menu);
    connect(this, &RecentFiles::changed, menu, [this, menu] { fillMenu(menu); });
    // Files come and go while the program runs: re-check which exist when the menu opens.
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { fillMenu(menu); });
}

void RecentFiles::fillMenu(QMenu *menu)
{
    menu->clear();
    const QStringList list = files();
    int n = 0;
    for (const QString &path : list) {
        ++n;
        const QString name = QFileInfo(path).fileName();
        const QString text = n < 10 ? tr("&%1 %2").arg(n).arg(name) : name;
        QAction *a = menu->addAction(text);
        a->setToolTip(path);
        a->setStatusTip(path);
        a->setData(path);
        a->setEnabled(QFileInfo::exists(path));
        connect(a, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    if (list.isEmpty()) {
        menu->addAction(tr("No recent halls"))->setEnabled(false);
    } else {
        menu->addSeparator();
        QAction *clear = menu->addAction(tr("&Clear Menu"), this, &RecentFiles::clear);
        clear->setStatusTip(tr("Forget the halls listed here (the files stay)"));
        clear->setToolTip(clear->statusTip());
    }
    menu->setEnabled(true);
}

} // namespace hallwright::app
