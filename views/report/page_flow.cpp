// Keeping a heading with what follows it on the pages of a QTextDocument.
#include "report/page_flow.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <cmath>

namespace hallwright::views {

void keepHeadingsWithNext(QTextDocument &doc, double pageHeight)
{
    auto pageOf = [&](double y) { return static_cast<int>(std::floor((y + 1.0) / pageHeight)); };
    for (int pass = 0; pass < 200; ++pass) {
        bool moved = false;
        for (QTextBlock b = doc.begin(); b.isValid() && b.next().isValid(); b = b.next()) {
            const QTextBlockFormat format = b.blockFormat();
            if (format.headingLevel() == 0 || format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore
                || b.text().trimmed().isEmpty())
                continue;
            // Where the first line of each is drawn: the layout pushes a line that does not fit
            // to the next page inside its block, so the block's own top may stay behind.
            QAbstractTextDocumentLayout *layout = doc.documentLayout();
            auto firstLine = [&](const QTextBlock &block) {
                const double top = layout->blockBoundingRect(block).top();
                const QTextLayout *lines = block.layout();
                return lines && lines->lineCount() > 0 ? top + lines->lineAt(0).y() : top;
            };
            if (pageOf(firstLine(b.next())) <= pageOf(firstLine(b)))
                continue;
            QTextBlockFormat broken = format;
            broken.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(b).setBlockFormat(broken);
            // A changed block format is laid out again from there on, but the pages after it
            // then lost blocks when painted (Qt 6.4): lay the whole document out again.
            doc.markContentsDirty(0, doc.characterCount());
            moved = true;
            break;
        }
        if (!moved)
            return;
    }
}

} // namespace hallwright::views
