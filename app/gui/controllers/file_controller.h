// Document life: new from a brief, open, save, save as, recent files, the prompt before losing work.
#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <string>

class QWidget;

namespace hallwright::app {

class BackgroundTask;
class Document;
struct LoadedHall;
class RecentFiles;
class TaskProgress;

/// Opening and generating run on a worker (BackgroundTask) and swap the
/// finished hall into the document; saving is atomic and a failure leaves
/// the document modified with the reason shown.
class FileController : public QObject
{
    Q_OBJECT

public:
    FileController(Document *document, BackgroundTask *tasks, QWidget *window, QObject *parent = nullptr);

    RecentFiles *recentFiles() const { return m_recent; }

    /// The bundled 10,240-accelerator sample hall, or empty if it cannot be found.
    static QString sampleHallPath();

    /// Starts loading path (after asking to save unsaved work); false if nothing was started.
    bool openFile(const QString &path);
    /// Opens the sample as a new, untitled hall (Save asks where), so the bundled file is never overwritten.
    bool openSample();
    /// Starts generating a hall from brief JSON text, with user catalog items (catalog JSON, may be empty).
    bool generate(const std::string &briefJson, const std::string &userCatalogJson);
    /// Replaces the document with a hall recovered from path, kept as modified, titled originalPath;
    /// onLoaded runs once it is in the document.
    bool openRecovered(const QString &recoveryPath, const QString &originalPath, std::function<void()> onLoaded = {});

    /// Saves to the document's path, or asks for one. True when saved.
    bool save();
    /// Asks for a path (".hall" added when missing) and saves there. True when saved.
    bool saveAs();
    /// Saves to path; on failure shows why and keeps the document modified. True when saved.
    bool saveTo(const QString &path);

    /// When the document has unsaved changes, asks whether to save them before
    /// action (e.g. "closing"). True when the caller may go on.
    bool maybeSave(const QString &action);

    /// Closes the hall after maybeSave.
    bool closeHall();

public slots:
    void newFromBriefDialog();
    void openDialog();
    void saveAsDialog() { saveAs(); }

signals:
    void statusMessage(const QString &text);
    /// A hall finished loading into the document (open, new, recovery).
    void hallLoaded();
    /// Loading failed (the reason was shown); the document is as it was.
    void loadFailed(const QString &reason);
    void saved(const QString &path);

private:
    using Producer = std::function<std::unique_ptr<LoadedHall>(TaskProgress &)>;
    bool load(const QString &title, const QString &failureTitle, Producer produce, const QString &path,
              const QString &suggestedName, bool modified, std::function<void()> onLoaded = {});
    void remember(const QString &path);

    Document *m_document;
    BackgroundTask *m_tasks;
    QWidget *m_window;
    RecentFiles *m_recent;
};

} // namespace hallwright::app
