// EditCommand: redo applies the step's operations, undo reverts their tokens newest first.
#include "commands/edit_command.h"

#include "document.h"

#include <QUndoStack>

#include <algorithm>

#include <utility>

namespace hallwright::app {

EditCommand::EditCommand(Document *document, const QString &text, std::vector<edit::Op> ops,
                         std::vector<Token> applied, int mergeId, QString mergeKey)
    : QUndoCommand(text), m_document(document), m_ops(std::move(ops)), m_tokens(std::move(applied)),
      m_mergeId(mergeId), m_mergeKey(std::move(mergeKey)), m_applied(!m_tokens.empty())
{
}

void EditCommand::redo()
{
    if (m_applied)
        return;
    m_tokens.clear();
    try {
        for (const edit::Op &op : m_ops)
            m_tokens.push_back(m_document->applyEdit(op).undo);
    } catch (const edit::EditRefused &) {
        // The design is where it was when the step was first made, so this does not
        // happen; if it did, leave the design as it was and drop the step.
        for (auto it = m_tokens.rbegin(); it != m_tokens.rend(); ++it)
            m_document->revertEdit(**it);
        m_tokens.clear();
        setObsolete(true);
        return;
    }
    m_applied = true;
}

void EditCommand::undo()
{
    for (auto it = m_tokens.rbegin(); it != m_tokens.rend(); ++it)
        m_document->revertEdit(**it);
    m_tokens.clear();
    m_applied = false;
}

bool EditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = dynamic_cast<const EditCommand *>(other);
    if (!o || o->m_mergeId != m_mergeId || m_mergeId == NoMerge || o->m_mergeKey != m_mergeKey || !m_applied ||
        !o->m_applied)
        return false;
    m_ops.insert(m_ops.end(), o->m_ops.begin(), o->m_ops.end());
    m_tokens.insert(m_tokens.end(), o->m_tokens.begin(), o->m_tokens.end());
    return true;
}

int handEditsSinceGeneration(const QUndoStack &stack)
{
    int edits = 0;
    for (int i = stack.index() - 1; i >= 0; --i) {
        const auto *step = dynamic_cast<const EditCommand *>(stack.command(i));
        if (!step)
            continue;
        const auto &ops = step->ops();
        if (std::any_of(ops.begin(), ops.end(), [](const edit::Op &op) { return std::holds_alternative<edit::SetInput>(op); }))
            break;
        ++edits;
    }
    return edits;
}

} // namespace hallwright::app
