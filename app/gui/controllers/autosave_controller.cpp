// AutosaveController: recovery copies, session locks and the offer after a crash.
#include "autosave_controller.h"

#include "common/finding_text.h"
#include "document.h"
#include "settings/settings_registry.h"

#include "store/project_store.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace hallwright::app {

namespace {

QString metaPathFor(const QString &hallPath)
{
    return hallPath.left(hallPath.size() - int(qstrlen(".hall"))) + QStringLiteral(".json");
}

QString lockPathFor(const QString &dir, const QString &session)
{
    return QDir(dir).filePath(session + QStringLiteral(".lock"));
}

/// Runs on a worker: the project first (atomically), then what it belongs to.
QString writeCopy(const std::shared_ptr<const Design> &design, const QString &hallPath, const QByteArray &meta)
{
    try {
        saveProject(*design, hallPath.toStdString());
    } catch (const std::exception &e) {
        return views::errorText(e);
    }
    QSaveFile file(metaPathFor(hallPath));
    if (!file.open(QIODevice::WriteOnly) || file.write(meta) != meta.size() || !file.commit())
        return QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
    return {};
}

} // namespace

AutosaveController::AutosaveController(Document *document, const QString &recoveryDir, QObject *parent)
    : QObject(parent), m_document(document), m_timer(new QTimer(this))
{
    m_dir = recoveryDir.isEmpty()
                ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("recovery"))
                : recoveryDir;
    QDir().mkpath(m_dir);
    m_sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_lock = std::make_unique<QLockFile>(lockPathFor(m_dir, m_sessionId));
    // The lock is held for the whole session: it must never look stale because of its age.
    m_lock->setStaleLockTime(0);
    m_lock->tryLock(0);

    connect(m_timer, &QTimer::timeout, this, &AutosaveController::autosaveNow);
    connect(&m_write, &QFutureWatcher<QString>::finished, this, &AutosaveController::writeFinished);
    // Work that is saved (or thrown away by opening another hall) needs no recovery copy.
    connect(m_document, &Document::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            removeOwnCopy();
    });
    setInterval(settings::autosaveIntervalSeconds.value());
}

AutosaveController::~AutosaveController()
{
    // Not a clean close by itself (the window calls closeCleanly()): a copy on disk stays for recovery.
    m_write.disconnect(this);
    m_write.waitForFinished();
}

QString AutosaveController::recoveryHallPath() const
{
    return QDir(m_dir).filePath(m_sessionId + QStringLiteral(".hall"));
}

void AutosaveController::setInterval(int seconds)
{
    m_timer->start(std::max(1, seconds) * 1000);
}

void AutosaveController::autosaveNow()
{
    if (!settings::autosaveEnabled.value() || m_writePending)
        return;
    if (m_document->isEmpty() || !m_document->isModified())
        return;
    if (m_haveCopy && m_writtenRevision == m_document->revision() && m_adopted.isEmpty())
        return;
    QJsonObject meta;
    meta.insert(QStringLiteral("original_path"), m_document->path());
    meta.insert(QStringLiteral("name"), m_document->displayName());
    meta.insert(QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    const QByteArray metaJson = QJsonDocument(meta).toJson();
    // The worker writes a snapshot, so editing goes on while the copy is written.
    auto snapshot = std::make_shared<const Design>(*m_document->design());
    m_writingRevision = m_document->revision();
    m_writePending = true;
    m_write.setFuture(QtConcurrent::run(writeCopy, snapshot, recoveryHallPath(), metaJson));
}

void AutosaveController::writeFinished()
{
    // Called by the watcher, or earlier by waitForWrite(): handle each write once.
    if (!m_writePending)
        return;
    m_writePending = false;
    const QString error = m_write.result();
    if (!error.isEmpty()) {
        emit failed(tr("Could not write the recovery copy: %1").arg(error));
        return;
    }
    m_haveCopy = true;
    m_writtenRevision = m_writingRevision;
    // The document was saved while the copy was written: the copy is not needed.
    if (!m_document->isModified()) {
        removeOwnCopy();
        return;
    }
    for (const RecoveryEntry &old : std::as_const(m_adopted))
        discard(old);
    m_adopted.clear();
    emit written(recoveryHallPath());
}

void AutosaveController::waitForWrite()
{
    if (m_writePending) {
        m_write.waitForFinished();
        writeFinished();
    }
}

void AutosaveController::removeOwnCopy()
{
    if (m_writePending)
        return; // writeFinished() removes it once the write is done
    QFile::remove(recoveryHallPath());
    QFile::remove(metaPathFor(recoveryHallPath()));
    m_haveCopy = false;
}

void AutosaveController::closeCleanly()
{
    waitForWrite();
    m_timer->stop();
    removeOwnCopy();
    m_lock->unlock();
}

QList<RecoveryEntry> AutosaveController::pending() const
{
    QList<RecoveryEntry> entries;
    const QDir dir(m_dir);
    const QFileInfoList copies = dir.entryInfoList({QStringLiteral("*.hall")}, QDir::Files);
    for (const QFileInfo &copy : copies) {
        const QString session = copy.completeBaseName();
        if (session == m_sessionId)
            continue;
        QLockFile lock(lockPathFor(m_dir, session));
        lock.setStaleLockTime(0);
        // Locked by a live process: that session is running and owns its copy.
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        RecoveryEntry e;
        e.hallPath = copy.absoluteFilePath();
        e.sessionId = session;
        e.savedAt = copy.lastModified();
        QFile metaFile(metaPathFor(e.hallPath));
        if (metaFile.open(QIODevice::ReadOnly)) {
            const QJsonObject meta = QJsonDocument::fromJson(metaFile.read(64 * 1024)).object();
            e.originalPath = meta.value(QStringLiteral("original_path")).toString();
            e.name = meta.value(QStringLiteral("name")).toString();
            const QDateTime at = QDateTime::fromString(meta.value(QStringLiteral("saved_at")).toString(), Qt::ISODateWithMs);
            if (at.isValid())
                e.savedAt = at;
        }
        if (e.name.isEmpty())
            e.name = e.originalPath.isEmpty() ? tr("Untitled hall") : QFileInfo(e.originalPath).fileName();
        entries.append(e);
    }
    std::sort(entries.begin(), entries.end(),
              [](const RecoveryEntry &a, const RecoveryEntry &b) { return a.savedAt > b.savedAt; });
    return entries;
}

void AutosaveController::discard(const RecoveryEntry &entry)
{
    QFile::remove(entry.hallPath);
    QFile::remove(metaPathFor(entry.hallPath));
    QFile::remove(lockPathFor(m_dir, entry.sessionId));
}

std::optional<RecoveryEntry> AutosaveController::askAboutPending(QWidget *parent)
{
    for (const RecoveryEntry &e : pending()) {
        QMessageBox box(QMessageBox::Question, tr("Recover unsaved work"),
                        tr("Hallwright did not close properly. Unsaved work on “%1” from %2 can be recovered.")
                            .arg(e.name, QLocale().toString(e.savedAt.toLocalTime(), QLocale::ShortFormat)),
                        QMessageBox::NoButton, parent);
        box.setObjectName(QStringLiteral("recoveryPrompt"));
        box.setInformativeText(e.originalPath.isEmpty()
                                   ? tr("The hall was never saved.")
                                   : tr("Its file is %1; recovering does not change it until you save.")
                                         .arg(QDir::toNativeSeparators(e.originalPath)));
        QPushButton *recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
        QPushButton *drop = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("&Later"), QMessageBox::RejectRole);
        box.setDefaultButton(recover);
        box.exec();
        if (box.clickedButton() == recover)
            return e;
        if (box.clickedButton() == drop)
            discard(e);
    }
    return std::nullopt;
}

void AutosaveController::adopt(const RecoveryEntry &entry)
{
    m_adopted.append(entry);
    autosaveNow();
}

} // namespace hallwright::app
