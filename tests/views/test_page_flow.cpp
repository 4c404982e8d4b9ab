// A heading kept with what follows it: on a paged QTextDocument, a heading that would close its
// page moves to the next one, and every block is still drawn afterwards (Qt 6.4 lost the
// blocks after a changed one until the whole document was laid out again).
#include "report/page_flow.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QtTest>

#include <cmath>

using namespace hallwright::views;

namespace {

constexpr double kPage = 400;

/// The page (0-based) of a block's first line.
int pageOfFirstLine(QTextDocument &doc, const QTextBlock &b)
{
    const double top = doc.documentLayout()->blockBoundingRect(b).top();
    const double y = b.layout()->lineCount() > 0 ? top + b.layout()->lineAt(0).y() : top;
    return int(std::floor((y + 1.0) / kPage));
}

QTextBlock blockWith(QTextDocument &doc, const QString &text)
{
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        if (b.text() == text)
            return b;
    return {};
}

/// Paragraphs to fill most of a page, then the heading, then a tall block (a picture's line).
QString html(int fillLines)
{
    QString h = QStringLiteral("<h1>Section</h1>");
    for (int i = 0; i < fillLines; ++i)
        h += QStringLiteral("<p>line %1</p>").arg(i);
    h += QStringLiteral("<h2>Picture heading</h2><p><img src=\"tall.png\" width=\"200\" height=\"150\"></p>");
    h += QStringLiteral("<h1 style=\"page-break-before: always\">Next section</h1><p>after</p>");
    return h;
}

} // namespace

class TestPageFlow : public QObject
{
    Q_OBJECT

private slots:
    void aHeadingThatWouldCloseItsPageMovesToTheNext()
    {
        // Find a fill that leaves the heading on page 0 and its picture on page 1.
        for (int fill = 1; fill < 40; ++fill) {
            QTextDocument doc;
            doc.setDocumentMargin(0);
            doc.setPageSize(QSizeF(300, kPage));
            QImage tall(200, 150, QImage::Format_RGB32);
            tall.fill(Qt::gray);
            doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("tall.png")), tall);
            doc.setHtml(html(fill));
            const QTextBlock heading = blockWith(doc, QStringLiteral("Picture heading"));
            QVERIFY(heading.isValid());
            if (pageOfFirstLine(doc, heading) == pageOfFirstLine(doc, heading.next()))
                continue; // kept together already: no break wanted
            const int pagesBefore = doc.pageCount();
            keepHeadingsWithNext(doc, kPage);
            const QTextBlock moved = blockWith(doc, QStringLiteral("Picture heading"));
            QCOMPARE(pageOfFirstLine(doc, moved), pageOfFirstLine(doc, moved.next()));
            QCOMPARE(pageOfFirstLine(doc, moved), 1);
            QCOMPARE(doc.pageCount(), pagesBefore); // the break only moves the heading down
            // Every block after it is still laid out on its page, the next section's heading included.
            const QTextBlock next = blockWith(doc, QStringLiteral("Next section"));
            QVERIFY(next.isValid());
            QCOMPARE(pageOfFirstLine(doc, next), 2);
            QVERIFY(next.layout()->lineCount() > 0);
            // And painting the page draws it: the heading's ink is on page 2.
            QImage page(300, int(kPage), QImage::Format_RGB32);
            page.fill(Qt::white);
            {
                QPainter p(&page);
                p.translate(0, -2 * kPage);
                QAbstractTextDocumentLayout::PaintContext ctx;
                ctx.clip = QRectF(0, 2 * kPage, 300, kPage);
                p.setClipRect(ctx.clip);
                doc.documentLayout()->draw(&p, ctx);
            }
            int ink = 0;
            for (int y = 0; y < 40; ++y)
                for (int x = 0; x < 300; ++x)
                    ink += page.pixel(x, y) != qRgb(255, 255, 255);
            QVERIFY2(ink > 50, "the next section's heading is not drawn");
            return;
        }
        QFAIL("no fill put the heading last on its page");
    }

    void headingsThatFitAreLeftAlone()
    {
        QTextDocument doc;
        doc.setDocumentMargin(0);
        doc.setPageSize(QSizeF(300, kPage));
        doc.setHtml(QStringLiteral("<h1>A</h1><p>one</p><h2>B</h2><p>two</p>"));
        keepHeadingsWithNext(doc, kPage);
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
            QVERIFY(!(b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore));
        QCOMPARE(doc.pageCount(), 1);
    }
};

QTEST_MAIN(TestPageFlow)
#include "test_page_flow.moc"
