// Autosave: a recovery copy of unsaved work every minute, offered at the next start after a crash.
#pragma once

#include <QDateTime>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;
class QTimer;
class QWidget;

namespace hallwright::app {

class Document;

/// A recovery copy left by a session that did not close cleanly.
struct RecoveryEntry
{
    QString hallPath;     ///< the recovery copy (a complete .hall project)
    QString originalPath; ///< the file the work belongs to; empty for a hall never saved
    QString name;         ///< the document's name when it was written
    QDateTime savedAt;
    QString sessionId;
};

/// Each running session holds a lock file in the recovery folder; its copy is
/// `<session>.hall` (written atomically, so a kill leaves the previous copy)
/// plus `<session>.json` (what it belongs to). The copy is written only when
/// the document is modified and changed since the last copy, on a worker
/// thread from a snapshot of the design. A clean close, a save or a clean
/// document removes it. Copies whose session lock is free are the ones left
/// by a crash: pending() lists them, newest first.
class AutosaveController : public QObject
{
    Q_OBJECT

public:
    /// recoveryDir: empty = the standard application-data location + "/recovery".
    explicit AutosaveController(Document *document, const QString &recoveryDir = QString(), QObject *parent = nullptr);
    ~AutosaveController() override;

    QString recoveryDir() const { return m_dir; }
    QString sessionId() const { return m_sessionId; }
    /// This session's copy (may not exist yet).
    QString recoveryHallPath() const;

    /// Copies left by sessions that ended without a clean close, newest first.
    QList<RecoveryEntry> pending() const;
    /// Deletes a pending copy.
    void discard(const RecoveryEntry &entry);
    /// Asks the user about each pending copy, newest first: Recover (returns
    /// it), Discard (deletes it) or Later (keeps it for the next start).
    std::optional<RecoveryEntry> askAboutPending(QWidget *parent);
    /// Call once a recovered entry is loaded: this session writes its own copy
    /// at once, then the old one is deleted.
    void adopt(const RecoveryEntry &entry);

    /// Writes the copy now if there is unsaved work (also what the timer calls).
    void autosaveNow();
    /// Blocks until a copy being written is on disk (tests, close).
    void waitForWrite();
    /// The session ends cleanly: its copy and lock are removed.
    void closeCleanly();

    /// Seconds between copies (default from the settings registry).
    void setInterval(int seconds);

signals:
    /// A copy was written (path) or could not be (error, shown in the status bar).
    void written(const QString &path);
    void failed(const QString &reason);

private:
    void removeOwnCopy();
    void writeFinished();

    Document *m_document;
    QString m_dir;
    QString m_sessionId;
    std::unique_ptr<QLockFile> m_lock;
    QTimer *m_timer;
    quint64 m_writtenRevision = 0;
    bool m_haveCopy = false;
    QFutureWatcher<QString> m_write;
    quint64 m_writingRevision = 0;
    bool m_writePending = false;
    QList<RecoveryEntry> m_adopted;
};

} // namespace hallwright::app
