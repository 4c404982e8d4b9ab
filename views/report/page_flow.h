// Keeping a heading with what follows it on the pages of a QTextDocument.
#pragma once

class QTextDocument;

namespace hallwright::views {

/// A heading is never the last thing on its page: QTextDocument has no "keep with next", so a
/// heading (a block with a heading level) whose following block's first line is drawn on a
/// later page gets a page break before it, and the document is laid out again, one heading at
/// a time (each moves the pages after it). `pageHeight` is the height of the document's pages
/// (QTextDocument::pageSize), in its units.
void keepHeadingsWithNext(QTextDocument &doc, double pageHeight);

} // namespace hallwright::views
