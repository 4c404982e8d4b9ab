// FileController: open/new/save with the prompts, recent files and background loading.
#include "file_controller.h"

#include "common/finding_text.h"
#include "controllers/background_task.h"
#include "controllers/recent_files.h"
#include "dialogs/brief_dialog.h"
#include "dialogs/message_boxes.h"
#include "document.h"
#include "settings/settings_registry.h"

#include "brief/brief.h"
#include "store/project_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QWidget>

namespace hallwright::app {

namespace {

const QString kSuffix = QStringLiteral("hall");

QString hallFilter()
{
    return FileController::tr("Hallwright halls (*.hall)");
}

/// Load and analyse a project file (worker thread).
std::unique_ptr<LoadedHall> loadHall(const QString &path, TaskProgress &progress)
{
    progress.stage(0, FileController::tr("Reading %1…").arg(QFileInfo(path).fileName()));
    Design design = loadProject(path.toStdString());
    if (progress.cancelled())
        return nullptr;
    progress.stage(1, FileController::tr("Analysing the design…"));
    Catalog catalog = catalogFor(design);
    return std::make_unique<LoadedHall>(std::move(design), std::move(catalog));
}

} // namespace

FileController::FileController(Document *document, BackgroundTask *tasks, QWidget *window, QObject *parent)
    : QObject(parent), m_document(document), m_tasks(tasks), m_window(window), m_recent(new RecentFiles(this))
{
    connect(m_recent, &RecentFiles::openRequested, this, &FileController::openFile);
}

QString FileController::sampleHallPath()
{
    const QString name = QStringLiteral("sample/sample-10240.hall");
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates{appDir + QStringLiteral("/../share/hallwright/") + name,
                                 QStringLiteral(HALLWRIGHT_SOURCE_RESOURCES_DIR "/") + name};
    for (const QString &c : candidates)
        if (QFileInfo::exists(c))
            return QDir::cleanPath(c);
    return {};
}

bool FileController::load(const QString &title, const QString &failureTitle, Producer produce, const QString &path,
                          const QString &suggestedName, bool modified, std::function<void()> onLoaded)
{
    if (m_tasks->isBusy()) {
        emit statusMessage(tr("Busy: wait for the current job to finish or cancel it."));
        return false;
    }
    auto result = std::make_shared<std::unique_ptr<LoadedHall>>();
    const bool started = m_tasks->run(
        title, 2, [produce, result](TaskProgress &progress) { *result = produce(progress); },
        [this, result, path, suggestedName, modified, onLoaded] {
            if (!*result)
                return;
            // A hall with no file is named after the hall itself: "Hall A.hall".
            const QString name = path.isEmpty() && suggestedName.isEmpty()
                                     ? QString::fromStdString((*result)->editor.design().hall.name) + QStringLiteral(".hall")
                                     : suggestedName;
            m_document->reset(std::move(*result), path, modified, name);
            if (!path.isEmpty() && !modified)
                remember(path);
            if (onLoaded)
                onLoaded();
            // Replaces the start-up hint ("Open a hall…"): the status bar says what is open now.
            emit statusMessage(path.isEmpty() ? tr("New hall %1 (not saved yet)").arg(m_document->displayName())
                                              : tr("Opened %1").arg(QDir::toNativeSeparators(path)));
            emit hallLoaded();
        },
        [this, failureTitle](const QString &reason) {
            emit statusMessage(failureTitle + QStringLiteral(": ") + reason);
            showError(m_window, failureTitle, reason);
            emit loadFailed(reason);
        },
        [this] { emit statusMessage(tr("Cancelled; the hall shown is unchanged.")); });
    return started;
}

bool FileController::openFile(const QString &path)
{
    if (!maybeSave(tr("opening another hall")))
        return false;
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QString name = QFileInfo(path).fileName();
    return load(tr("Opening %1").arg(name), tr("Cannot open %1").arg(name),
                [absolute](TaskProgress &p) { return loadHall(absolute, p); }, absolute, QString(), false);
}

bool FileController::openSample()
{
    const QString path = sampleHallPath();
    if (path.isEmpty()) {
        showError(m_window, tr("Sample hall missing"), tr("The bundled sample hall was not found next to the program."));
        return false;
    }
    if (!maybeSave(tr("opening the sample hall")))
        return false;
    return load(tr("Opening the sample hall"), tr("Cannot open the sample hall"),
                [path](TaskProgress &p) { return loadHall(path, p); }, QString(), QFileInfo(path).fileName(), false);
}

bool FileController::generate(const std::string &briefJson, const std::string &userCatalogJson)
{
    if (!maybeSave(tr("creating a new hall")))
        return false;
    auto produce = [briefJson, userCatalogJson](TaskProgress &progress) -> std::unique_ptr<LoadedHall> {
        progress.stage(0, FileController::tr("Laying out racks, network, power and cooling…"));
        Catalog catalog = Catalog::builtin();
        if (!userCatalogJson.empty())
            catalog.merge(Catalog::fromJson(userCatalogJson));
        const Brief brief = parseBrief(briefJson, catalog);
        Design design = synthesize(brief, catalog);
        design.userCatalogJson = userCatalogJson;
        if (progress.cancelled())
            return nullptr;
        progress.stage(1, FileController::tr("Analysing the design…"));
        Catalog analysisCatalog = catalogFor(design);
        return std::make_unique<LoadedHall>(std::move(design), std::move(analysisCatalog));
    };
    return load(tr("Creating a hall from the brief"), tr("Cannot create the hall"), produce, QString(), QString(), true);
}

bool FileController::openRecovered(const QString &recoveryPath, const QString &originalPath,
                                   std::function<void()> onLoaded)
{
    const QString name = originalPath.isEmpty() ? tr("the unsaved hall") : QFileInfo(originalPath).fileName();
    return load(tr("Recovering %1").arg(name), tr("Cannot recover %1").arg(name),
                [recoveryPath](TaskProgress &p) { return loadHall(recoveryPath, p); }, originalPath, QString(), true,
                std::move(onLoaded));
}

void FileController::newFromBriefDialog()
{
    BriefDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    generate(dialog.briefJson().toStdString(), dialog.userCatalogJson());
}

void FileController::openDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Open hall"), settings::lastDirectory.value(), hallFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool FileController::save()
{
    if (m_document->isEmpty())
        return false;
    if (m_document->path().isEmpty())
        return saveAs();
    return saveTo(m_document->path());
}

bool FileController::saveAs()
{
    if (m_document->isEmpty())
        return false;
    QString start = m_document->path();
    if (start.isEmpty()) {
        QString name = m_document->displayName();
        if (!name.endsWith(QStringLiteral(".") + kSuffix))
            name += QStringLiteral(".") + kSuffix;
        // The last folder may have gone since (a removed stick, a deleted scratch folder).
        const QString last = settings::lastDirectory.value();
        start = QDir(!last.isEmpty() && QFileInfo(last).isDir() ? last : QDir::homePath()).filePath(name);
    }
    QFileDialog dialog(m_window, tr("Save hall as"), start, hallFilter());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(kSuffix);
    dialog.selectFile(start);
    dialog.setObjectName(QStringLiteral("saveAsDialog"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return false;
    QString path = dialog.selectedFiles().constFirst();
    if (QFileInfo(path).suffix().compare(kSuffix, Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".") + kSuffix;
    return saveTo(path);
}

bool FileController::saveTo(const QString &path)
{
    if (m_document->isEmpty())
        return false;
    try {
        m_document->saveTo(path);
    } catch (const ProjectFileError &e) {
        const QString title = tr("Cannot save %1").arg(QFileInfo(path).fileName());
        const QString reason = views::findingText(e.problemPhrase());
        emit statusMessage(tr("%1: %2 — the hall is still unsaved.").arg(title, reason));
        showError(m_window, title,
                  tr("%1\n\nThe hall is still open with its changes; save it somewhere else with File → Save As.")
                      .arg(views::errorText(e)));
        return false;
    } catch (const std::exception &e) {
        const QString title = tr("Cannot save %1").arg(QFileInfo(path).fileName());
        emit statusMessage(title + QStringLiteral(": ") + views::errorText(e));
        showError(m_window, title, views::errorText(e));
        return false;
    }
    remember(path);
    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    emit saved(path);
    return true;
}

bool FileController::maybeSave(const QString &action)
{
    if (m_tasks->isBusy())
        return false;
    if (!m_document->isModified())
        return true;
    switch (askToSave(m_window, m_document->displayName(), action)) {
    case SaveChoice::Save: return save();
    case SaveChoice::Discard: return true;
    case SaveChoice::Cancel: return false;
    }
    return false;
}

bool FileController::closeHall()
{
    if (!maybeSave(tr("closing it")))
        return false;
    m_document->clear();
    return true;
}

void FileController::remember(const QString &path)
{
    m_recent->add(path);
    settings::lastDirectory.setValue(QFileInfo(path).absolutePath());
}

} // namespace hallwright::app
