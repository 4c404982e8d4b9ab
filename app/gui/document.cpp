// Document: ownership of the hall and the saved/modified bookkeeping.
#include "document.h"

#include "common/finding_text.h"
#include "selection/selection_model.h"
#include "store/project_store.h"

#include <QFileInfo>
#include <QUndoStack>

namespace hallwright::app {

Document::Document(QObject *parent)
    : QObject(parent), m_undoStack(new QUndoStack(this)), m_selection(new views::SelectionModel(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this] { setModifiedWithoutUndo(m_unsaved); });
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] { ++m_revision; });
}

Document::~Document() = default;

QString Document::displayName() const
{
    if (!m_path.isEmpty())
        return QFileInfo(m_path).fileName();
    return m_suggestedName.isEmpty() ? tr("Untitled hall") : m_suggestedName;
}

bool Document::isModified() const
{
    return m_hall && (m_unsaved || !m_undoStack->isClean());
}

void Document::reset(std::unique_ptr<LoadedHall> hall, const QString &path, bool modified,
                     const QString &suggestedName)
{
    m_suggestedName = suggestedName;
    m_selection->clear();
    m_undoStack->clear();
    m_hall = std::move(hall);
    ++m_revision;
    m_path = path;
    emit resultsReplaced();
    emit pathChanged();
    setModifiedWithoutUndo(modified);
}

void Document::clear()
{
    reset(nullptr, QString(), false);
}

void Document::saveTo(const QString &path)
{
    if (!m_hall)
        return;
    saveProject(m_hall->editor.design(), path.toStdString());
    const bool pathDiffers = m_path != path;
    m_path = path;
    m_suggestedName.clear();
    m_undoStack->setClean();
    if (pathDiffers)
        emit pathChanged();
    setModifiedWithoutUndo(false);
}

std::optional<QString> Document::checkEdit(const edit::Op &op) const
{
    if (!m_hall)
        return tr("No hall is open.");
    if (const std::optional<Phrase> reason = m_hall->editor.check(op))
        return views::findingText(*reason);
    return std::nullopt;
}

edit::Editor::Applied Document::applyEdit(const edit::Op &op)
{
    if (!m_hall)
        throw edit::EditRefused(tr("No hall is open.").toStdString());
    edit::Editor::Applied applied = m_hall->editor.apply(op);
    ++m_revision;
    emit edited(applied.changed);
    return applied;
}

edit::Editor::Applied Document::replaceDesign(Design design)
{
    if (!m_hall)
        throw edit::EditRefused(tr("No hall is open.").toStdString());
    edit::Editor::Applied applied = m_hall->editor.replaceDesign(std::move(design));
    ++m_revision;
    emit edited(applied.changed);
    return applied;
}

void Document::revertEdit(const edit::UndoToken &token)
{
    if (!m_hall)
        return;
    const edit::ChangeSet changes = m_hall->editor.revert(token);
    ++m_revision;
    emit edited(changes);
}

void Document::setModifiedWithoutUndo(bool unsaved)
{
    m_unsaved = unsaved;
    const bool modified = isModified();
    if (modified != m_lastModified) {
        m_lastModified = modified;
        emit modifiedChanged(modified);
    }
}

} // namespace hallwright::app
