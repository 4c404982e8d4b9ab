// BackgroundTask: QtConcurrent work with a QProgressDialog fed by the promise's progress.
#include "background_task.h"
#include "common/finding_text.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <exception>

namespace hallwright::app {

void TaskProgress::stage(int index, const QString &label)
{
    m_promise.setProgressValueAndText(std::clamp(index, 0, m_stages), label);
}

BackgroundTask::BackgroundTask(QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_dialogParent(dialogParent)
{
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &BackgroundTask::finish);
}

BackgroundTask::~BackgroundTask()
{
    // The work holds no pointer to this object, but its result callbacks do: wait, then drop them.
    m_watcher.disconnect(this);
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

bool BackgroundTask::run(const QString &title, int stages, Work work, std::function<void()> onDone,
                         std::function<void(const QString &)> onFailed, std::function<void()> onCancelled)
{
    if (m_running)
        return false;
    m_running = true;
    m_onDone = std::move(onDone);
    m_onFailed = std::move(onFailed);
    m_onCancelled = std::move(onCancelled);
    m_error = std::make_shared<QString>();

    if (m_dialogParent) {
        m_dialog = new QProgressDialog(title, tr("Cancel"), 0, stages, m_dialogParent);
        m_dialog->setWindowTitle(title);
        m_dialog->setObjectName(QStringLiteral("progressDialog"));
        m_dialog->setWindowModality(Qt::WindowModal);
        m_dialog->setMinimumDuration(m_dialogDelayMs);
        m_dialog->setAutoClose(false);
        m_dialog->setAutoReset(false);
        m_dialog->setValue(0);
        connect(m_dialog, &QProgressDialog::canceled, this, &BackgroundTask::cancel);
        connect(&m_watcher, &QFutureWatcher<void>::progressValueChanged, m_dialog, &QProgressDialog::setValue);
        connect(&m_watcher, &QFutureWatcher<void>::progressTextChanged, m_dialog, &QProgressDialog::setLabelText);
    }

    std::shared_ptr<QString> error = m_error;
    QFuture<void> future = QtConcurrent::run([work = std::move(work), error, stages](QPromise<void> &promise) {
        promise.setProgressRange(0, stages);
        TaskProgress progress(promise, stages);
        try {
            work(progress);
        } catch (const std::exception &e) {
            *error = views::errorText(e);
        } catch (...) {
            *error = QCoreApplication::translate("hallwright::app::BackgroundTask", "unexpected failure");
        }
    });
    m_watcher.setFuture(future);
    emit busyChanged(true);
    return true;
}

void BackgroundTask::cancel()
{
    if (m_running)
        m_watcher.cancel();
}

void BackgroundTask::finish()
{
    if (m_dialog) {
        m_dialog->disconnect(this);
        // Hidden now, not at the deferred delete, so that the window is active again at once.
        const bool shown = m_dialog->isVisible();
        m_dialog->hide();
        m_dialog->deleteLater();
        if (shown && m_dialogParent)
            m_dialogParent->activateWindow();
        m_dialog = nullptr;
    }
    const bool cancelled = m_watcher.isCanceled();
    // Take the callbacks out first: they may start the next task.
    auto onDone = std::move(m_onDone);
    auto onFailed = std::move(m_onFailed);
    auto onCancelled = std::move(m_onCancelled);
    const QString error = *m_error;
    m_running = false;
    emit busyChanged(false);
    if (cancelled) {
        if (onCancelled)
            onCancelled();
    } else if (!error.isEmpty()) {
        if (onFailed)
            onFailed(error);
    } else if (onDone) {
        onDone();
    }
}

void BackgroundTask::waitForIdle()
{
    if (!m_running)
        return;
    QEventLoop loop;
    connect(this, &BackgroundTask::busyChanged, &loop, [&loop](bool busy) {
        if (!busy)
            loop.quit();
    });
    loop.exec();
}

} // namespace hallwright::app
