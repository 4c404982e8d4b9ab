// The list of halls opened or saved lately, kept in the settings and shown in File → Open Recent.
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace hallwright::app {

/// Newest first, no duplicates (paths are compared after making them
/// absolute and clean), at most settings::recentFilesMax entries.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    /// Puts path first.
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

    /// Fills menu with one action per file ("&1 sample.hall", the full path as
    /// tooltip; missing files disabled) and "Clear Menu"; refilled on every change.
    void attachMenu(QMenu *menu);

signals:
    void changed();
    void openRequested(const QString &path);

private:
    void fillMenu(QMenu *menu);
    void store(const QStringList &files);
};

} // namespace hallwright::app
