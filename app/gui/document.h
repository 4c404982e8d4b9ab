// One open hall: its design, catalog and analysis, undo stack, selection, file path and modified flag.
#pragma once

// Qt first: moc cannot parse <compare> (pulled in by model/ids.h) before a Qt header has set up the C++ library macros.
#include <QObject>
#include <QString>

#include "analysis/analysis.h"
#include "model/design.h"

#include <memory>

class QUndoStack;

namespace hallwright::views {
class SelectionModel;
}

namespace hallwright::app {

/// The analysed design a worker produced (open, new from brief, recovery), handed to Document::reset.
struct LoadedHall
{
    Design design;
    Catalog catalog;
    Results results;
};

/// A document holds one hall. Views observe its signals and read design(),
/// catalog() and results(), which stay valid until the next resultsReplaced();
/// every change goes through a command on undoStack(), so undo covers it.
/// The document is modified when its undo stack is not at the saved state or
/// when it was never saved (generated from a brief, recovered after a crash).
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    bool isEmpty() const { return !m_hall; }
    const Design *design() const { return m_hall ? &m_hall->design : nullptr; }
    const Catalog *catalog() const { return m_hall ? &m_hall->catalog : nullptr; }
    const Results *results() const { return m_hall ? &m_hall->results : nullptr; }

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
