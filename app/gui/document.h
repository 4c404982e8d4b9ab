// One open hall: its design, catalog and analysis, undo stack, selection, file path and modified flag.
#pragma once

// Qt first: moc cannot parse <compare> (pulled in by model/ids.h) before a Qt header has set up the C++ library macros.
#include <QObject>
#include <QString>

#include "analysis/analysis.h"
#include "edit/editor.h"
#include "model/design.h"

#include <memory>
#include <optional>
#include <string>

class QUndoStack;

namespace hallwright::views {
class SelectionModel;
}

namespace hallwright::app {

/// The analysed design a worker produced (open, new from brief, recovery), handed to Document::reset.
/// Building the editor runs the full analysis, so it is built on the worker thread.
struct LoadedHall
{
    LoadedHall(Design design, Catalog catalog) : editor(std::move(design), std::move(catalog)) {}
    edit::Editor editor;
};

/// A document holds one hall. Views observe its signals and read design(),
/// catalog() and results(), which stay valid until the next resultsReplaced();
/// every change goes through a command on undoStack(), so undo covers it.
/// Edits go through applyEdit() / revertEdit() (the core Editor, which keeps
/// results() equal to a full analysis); each emits edited() with what changed.
/// The document is modified when its undo stack is not at the saved state or
/// when it was never saved (generated from a brief, recovered after a crash).
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    bool isEmpty() const { return !m_hall; }
    const Design *design() const { return m_hall ? &m_hall->editor.design() : nullptr; }
    const Catalog *catalog() const { return m_hall ? &m_hall->editor.catalog() : nullptr; }
    const Results *results() const { return m_hall ? &m_hall->editor.results() : nullptr; }

    /// Why op cannot be applied now, or nullopt (cheap: called on every drag step).
    std::optional<QString> checkEdit(const edit::Op &op) const;
    /// Applies op through the core Editor (throws edit::EditRefused, changing nothing)
    /// and emits edited(). Commands call this; nothing else should.
    edit::Editor::Applied applyEdit(const edit::Op &op);
    /// Swaps in a regenerated design (made off the UI thread) and emits edited().
    edit::Editor::Applied replaceDesign(Design design);
    /// Undoes the most recent applied edit exactly and emits edited().
    void revertEdit(const edit::UndoToken &token);

    QUndoStack *undoStack() const { return m_undoStack; }
    views::SelectionModel *selection() const { return m_selection; }

    /// The file the hall was opened from or saved to; empty for a new hall.
    QString path() const { return m_path; }
    /// The file name; for a hall with no file, the suggested name or "Untitled hall".
    QString displayName() const;
    bool isModified() const;
    /// Counts every change of content; autosave compares it to what it wrote last.
    quint64 revision() const { return m_revision; }

    /// Replaces the hall (after open, new from brief or recovery): clears undo
    /// and selection. modified: true for a hall that is not on disk as it is.
    /// suggestedName names a hall without a path (the sample: Save asks where).
    void reset(std::unique_ptr<LoadedHall> hall, const QString &path, bool modified,
               const QString &suggestedName = QString());
    /// Closes the hall (the window shows its welcome page).
    void clear();

    /// Writes the hall to path atomically (an existing file is replaced only by a
    /// complete new one); on success path becomes the document's path and it is
    /// no longer modified. Throws ProjectFileError with the reason, leaving the
    /// document as it was (still modified).
    void saveTo(const QString &path);

signals:
    /// design(), catalog() and results() point at new objects: views rebuild.
    void resultsReplaced();
    /// An edit was applied or undone: the same objects changed where changes says.
    void edited(const hallwright::edit::ChangeSet &changes);
    void pathChanged();
    void modifiedChanged(bool modified);

private:
    void setModifiedWithoutUndo(bool modified);

    std::unique_ptr<LoadedHall> m_hall;
    QUndoStack *m_undoStack;
    views::SelectionModel *m_selection;
    QString m_path;
    QString m_suggestedName;
    bool m_unsaved = false; ///< never saved as it is, whatever the undo stack says
    bool m_lastModified = false;
    quint64 m_revision = 0;
};

} // namespace hallwright::app
