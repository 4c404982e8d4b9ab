// Slow engine work (open, generate, regenerate) on a worker thread, with a progress dialog and Cancel.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QString>

#include <functional>
#include <memory>

class QProgressDialog;
class QWidget;

namespace hallwright::app {

/// What the worker sees: it reports the stage it is in and asks whether the
/// user has cancelled. The engine has no cancellation points of its own, so
/// work checks cancelled() between stages; a cancelled result is discarded.
class TaskProgress
{
public:
    explicit TaskProgress(QPromise<void> &promise, int stages) : m_promise(promise), m_stages(stages) {}
    /// Enters stage index (0-based) of the stages given to run(), with a label shown to the user.
    void stage(int index, const QString &label);
    bool cancelled() const { return m_promise.isCanceled(); }

private:
    QPromise<void> &m_promise;
    int m_stages;
};

/// Runs one piece of work at a time off the UI thread. The UI thread only
/// receives the finished result (through onDone, called on the UI thread), so
/// the document is never touched by the worker. A progress dialog with Cancel
/// appears when the work takes longer than a moment.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    /// dialogParent: the window the progress dialog is modal to (may be null: no dialog).
    explicit BackgroundTask(QWidget *dialogParent, QObject *parent = nullptr);
    ~BackgroundTask() override;

    using Work = std::function<void(TaskProgress &)>;

    /// Starts work on the thread pool. title names the job in the dialog
    /// ("Opening sample.hall"); stages is how many stage() calls it makes.
    /// On success onDone runs on the UI thread; an exception's message goes to
    /// onFailed; cancel goes to onCancelled (may be empty). Returns false,
    /// doing nothing, while another task runs.
    bool run(const QString &title, int stages, Work work, std::function<void()> onDone,
             std::function<void(const QString &)> onFailed, std::function<void()> onCancelled = {});

    bool isBusy() const { return m_running; }
    /// Asks the running work to stop; its result will be discarded.
    void cancel();
    /// Blocks (processing events) until no task runs; for tests and benchmarks.
    void waitForIdle();
    /// How long the work may run before the dialog shows, in ms (0 shows it at once).
    void setDialogDelay(int ms) { m_dialogDelayMs = ms; }

signals:
    void busyChanged(bool busy);

private:
    void finish();

    QPointer<QWidget> m_dialogParent;
    QFutureWatcher<void> m_watcher;
    QProgressDialog *m_dialog = nullptr;
    std::function<void()> m_onDone;
    std::function<void(const QString &)> m_onFailed;
    std::function<void()> m_onCancelled;
    std::shared_ptr<QString> m_error;
    bool m_running = false;
    int m_dialogDelayMs = 400;
};

} // namespace hallwright::app
