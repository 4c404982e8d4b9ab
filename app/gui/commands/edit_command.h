// One undoable step of editing: a run of core edit operations applied through the Document.
#pragma once

#include <QString>
#include <QUndoCommand>

class QUndoStack;

#include "edit/editor.h"

#include <memory>
#include <vector>

namespace hallwright::app {

class Document;

/// An undo step made of core operations, applied in order. The edit controller
/// applies them first (to learn whether the core refuses) and pushes the command
/// with their undo tokens, so the first redo() does nothing; later redos apply
/// the same operations again, undo() reverts the tokens newest first, which
/// restores the design and results bit for bit.
///
/// Commands with the same merge id and merge key fold into one step: a run of
/// nudges of the same selection is undone at once.
class EditCommand : public QUndoCommand
{
public:
    using Token = std::shared_ptr<const edit::UndoToken>;

    /// Merge ids (QUndoCommand::id()).
    enum MergeId { NoMerge = -1, NudgeMerge = 1 };

    EditCommand(Document *document, const QString &text, std::vector<edit::Op> ops, std::vector<Token> applied,
                int mergeId = NoMerge, QString mergeKey = {});

    void redo() override;
    void undo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

    /// The operations of this step, in order (tests, scripting).
    const std::vector<edit::Op> &ops() const { return m_ops; }

private:
    Document *m_document;
    std::vector<edit::Op> m_ops;
    std::vector<Token> m_tokens;
    int m_mergeId;
    QString m_mergeKey;
    bool m_applied; ///< the tokens are current: the first redo() after push has nothing to do
};

/// The hand edits (moves, adds, deletes, turns) in the design since it was last generated or
/// regenerated from its brief: the undo steps done after the newest brief-input step (or since
/// the hall was opened or generated). A run of merged nudges is one edit.
int handEditsSinceGeneration(const QUndoStack &stack);

} // namespace hallwright::app
