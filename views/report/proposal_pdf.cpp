// Pagination and painting of the proposal: a painted cover, then one QTextDocument laid out on A4 pages.
#include "report/proposal_pdf.h"

#include "analysis/analysis.h"
#include "report/proposal_content.h"
#include "report/proposal_html.h"
#include "report/report_pictures.h"
#include "report/page_flow.h"
#include "report/report_text.h"
#include "store/atomic_file.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <memory>

namespace hallwright::views {

namespace {

constexpr int kDpi = 300;
constexpr double kMmToPx = kDpi / 25.4;
const char *kAccent = "#1f3a5f";

int mm(double v)
{
    return static_cast<int>(std::lround(v * kMmToPx));
}

QString styleSheet()
{
    return QStringLiteral("h1 { font-size: 18pt; color: %1; margin-bottom: 12px; }"
                          "h2 { font-size: 12.5pt; color: %1; margin-top: 18px; margin-bottom: 6px; }"
                          "p { font-size: 10pt; margin-top: 4px; margin-bottom: 6px; }"
                          "td { font-size: 9pt; } th { font-size: 9pt; }")
        .arg(QLatin1String(kAccent));
}

void setUp(QTextDocument &doc, QPdfWriter &writer, double widthPx, double pointSize = 10)
{
    doc.documentLayout()->setPaintDevice(&writer);
    QFont f = reportFont();
    f.setPointSizeF(pointSize);
    doc.setDefaultFont(f);
    doc.setDefaultStyleSheet(styleSheet());
    doc.setDocumentMargin(0);
    doc.setTextWidth(widthPx);
}

/// The text of a small document drawn at a point (header, footer, cover lines):
/// text is laid out by QTextDocument, which keeps every glyph extractable.
void drawHtml(QPainter &p, QPdfWriter &writer, const QString &html, QPointF at, double widthPx, double pointSize)
{
    QTextDocument doc;
    setUp(doc, writer, widthPx, pointSize);
    doc.setHtml(html);
    p.save();
    p.translate(at);
    doc.drawContents(&p);
    p.restore();
}

struct Geometry
{
    QRect page;       ///< the whole A4 page in device pixels
    QRectF body;      ///< where the document flows
};

Geometry geometry(QPdfWriter &w)
{
    Geometry g;
    g.page = QRect(0, 0, w.width(), w.height());
    g.body = QRectF(mm(18), mm(24), w.width() - 2 * mm(18), w.height() - mm(24) - mm(20));
    return g;
}

QString bodyHtml(const ProposalContent &content, const ReportText &text, const std::vector<int> &pages)
{
    QString h = QStringLiteral("<h1>%1</h1>").arg(html::esc(text.tr("Contents")));
    h += QStringLiteral("<table width=\"100%\" cellpadding=\"6\" cellspacing=\"0\">");
    for (std::size_t i = 0; i < content.sections.size(); ++i)
        h += QStringLiteral("<tr><td width=\"8%\"><b>%1</b></td><td>%2</td><td align=\"right\">%3</td></tr>")
                 .arg(i + 1)
                 .arg(html::esc(content.sections[i].title))
                 .arg(i < pages.size() ? QString::number(pages[i]) : QStringLiteral("00"));
    h += QStringLiteral("</table>");
    for (std::size_t i = 0; i < content.sections.size(); ++i) {
        h += QStringLiteral("<h1 style=\"page-break-before: always\">%1 %2</h1>")
                 .arg(i + 1)
                 .arg(html::esc(content.sections[i].title));
        h += content.sections[i].html;
    }
    return h;
}

/// Page (1-based, the cover being page 1) of every level-1 heading after the contents.
std::vector<int> headingPages(QTextDocument &doc, double pageHeight)
{
    std::vector<int> pages;
    bool first = true;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() != 1)
            continue;
        if (first) { // the contents heading itself
            first = false;
            continue;
        }
        const double y = doc.documentLayout()->blockBoundingRect(b).top();
        pages.push_back(static_cast<int>(std::floor((y + 1.0) / pageHeight)) + 2);
    }
    return pages;
}

void check(const ReportProgress &progress, int percent)
{
    if (progress && !progress(percent))
        throw ReportCancelled();
}

void paintCover(QPainter &p, QPdfWriter &w, const Geometry &g, const ProposalContent &content,
                const ReportText &text, const QImage &picture)
{
    const int margin = mm(18);
    const double width = g.page.width() - 2 * margin;
    p.fillRect(QRect(0, 0, g.page.width(), mm(95)), QColor(QLatin1String(kAccent)));
    p.fillRect(QRect(0, mm(95), g.page.width(), mm(2.5)), QColor(0xd5, 0x5e, 0x00));
    const QString subtitle = text.chinese() ? QStringLiteral("万卡集群 · 算力租赁") : QStringLiteral("AI data hall · compute lease");
    drawHtml(p, w,
             QStringLiteral("<p><span style=\"font-size:13pt; color:#c9d6e6\">%1</span></p>"
                            "<p><span style=\"font-size:30pt; font-weight:700; color:#ffffff\">%2</span></p>"
                            "<p><span style=\"font-size:18pt; color:#ffffff\">%3</span></p>")
                 .arg(html::esc(subtitle), html::esc(content.title), html::esc(content.name)),
             QPointF(margin, mm(22)), width, 12);
    double y = mm(105);
    if (!picture.isNull()) {
        const double h = std::min(width * picture.height() / double(picture.width()), double(mm(95)));
        const double wImg = h * picture.width() / double(picture.height());
        p.drawImage(QRectF(margin + (width - wImg) / 2, y, wImg, h), picture);
        y += h + mm(6);
    }
    QString figures = QStringLiteral("<table width=\"100%\" cellpadding=\"5\" cellspacing=\"0\">");
    const std::size_t shown = std::min<std::size_t>(content.keyFigures.size(), 12);
    for (std::size_t i = 0; i < shown; i += 2) {
        figures += QStringLiteral("<tr>");
        for (std::size_t j = i; j < std::min(i + 2, shown); ++j)
            figures += QStringLiteral("<td width=\"25%\"><font color=\"#555555\">%1</font></td>"
                                      "<td width=\"25%\"><b>%2</b></td>")
                           .arg(html::esc(content.keyFigures[j].first), html::esc(content.keyFigures[j].second));
        figures += QStringLiteral("</tr>");
    }
    figures += QStringLiteral("</table>");
    drawHtml(p, w, figures, QPointF(margin, y), width, 10);
    drawHtml(p, w,
             QStringLiteral("<p><font color=\"#555555\">%1</font></p>")
                 .arg(html::esc(text.tr("Prepared with Hallwright on %1", content.date))),
             QPointF(margin, g.page.height() - mm(22)), width, 9);
}

void paintFurniture(QPainter &p, QPdfWriter &w, const Geometry &g, const ProposalContent &content,
                    const ReportText &text, int page, int pages)
{
    const double left = g.body.left(), width = g.body.width();
    QString name = content.name;
    name.replace(QLatin1Char('\n'), QLatin1Char(' '));
    drawHtml(p, w,
             QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td><font color=\"#555555\">"
                            "%1</font></td><td align=\"right\"><font color=\"#555555\">%2</font></td></tr></table>")
                 .arg(html::esc(name), html::esc(content.title)),
             QPointF(left, mm(11)), width, 8.5);
    p.setPen(QPen(QColor(QLatin1String(kAccent)), mm(0.3)));
    p.drawLine(QPointF(left, mm(18)), QPointF(left + width, mm(18)));
    p.drawLine(QPointF(left, g.page.height() - mm(15)), QPointF(left + width, g.page.height() - mm(15)));
    drawHtml(p, w,
             QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td><font color=\"#555555\">"
                            "%1</font></td><td align=\"right\"><font color=\"#555555\">%2</font></td></tr></table>")
                 .arg(html::esc(content.date), html::esc(text.tr("Page %1 of %2", QString::number(page),
                                                                    QString::number(pages)))),
             QPointF(left, g.page.height() - mm(13)), width, 8.5);
}

} // namespace

int writeProposalPdf(const Design &design, const Catalog &catalog, const Results &results, const std::string &path,
                     const ProposalOptions &options, const ReportProgress &progress)
{
    const ReportText text(options.language);
    check(progress, 0);
    store::AtomicFile file(path);
    int pageCount = 0;
    {
        QPdfWriter writer(QString::fromStdString(file.path()));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(kDpi);
        writer.setCreator(QStringLiteral("Hallwright"));
        const Geometry g = geometry(writer);
        const int bodyW = static_cast<int>(g.body.width());

        // Pictures, at about 300 dpi across the body.
        const int pw = std::min(bodyW, 2000);
        const double aspect = design.hall.widthM > 0 ? design.hall.depthM / design.hall.widthM : 0.6;
        const QImage plan = renderPlanImage(design, catalog, results,
                                            QSize(pw, std::clamp(int(pw * aspect), 300, 1500)));
        check(progress, 20);
        // Charts are drawn smaller and scaled up, so that their labels read at about 8 pt.
        const int cw = 1500;
        const QImage cash = renderCashFlowChart(results, text, QSize(cw, cw * 9 / 16));
        const QImage payback = renderPaybackChart(results, text, QSize(cw, cw / 2));
        const QImage tornado = renderTornadoChart(results, text, QSize(cw, cw / 2));
        check(progress, 40);

        ProposalPictures pictures;
        // <img width> is in CSS pixels (96 per inch), which the layout scales to the writer's resolution.
        pictures.widthPx = bodyW * 96 / kDpi;
        QTextDocument doc;
        setUp(doc, writer, g.body.width());
        doc.setPageSize(g.body.size());
        auto add = [&](const QString &name, const QImage &image) {
            if (image.isNull())
                return QString();
            doc.addResource(QTextDocument::ImageResource, QUrl(name), image);
            return name;
        };
        pictures.plan = add(QStringLiteral("plan.png"), plan);
        if (options.hall3d && !options.hall3d->isNull())
            pictures.hall3d = add(QStringLiteral("hall3d.png"), *options.hall3d);
        pictures.hall3dNote = options.hall3dNote.isEmpty()
                                  ? text.tr("The 3D view is not included in this PDF.")
                                  : text.tr("The 3D view is not included: %1", options.hall3dNote);
        pictures.cashFlow = add(QStringLiteral("cashflow.png"), cash);
        pictures.payback = add(QStringLiteral("payback.png"), payback);
        pictures.tornado = add(QStringLiteral("tornado.png"), tornado);
        const ProposalContent content = buildProposalContent(design, catalog, results, text, pictures);
        writer.setTitle(text.tr("Compute leasing proposal") + QStringLiteral(": ") + content.name);

        // Lay out once with placeholder page numbers, read where each section
        // starts, then again with the numbers (same width, so the same pages).
        doc.setHtml(bodyHtml(content, text, {}));
        keepHeadingsWithNext(doc, g.body.height());
        const std::vector<int> pages = headingPages(doc, g.body.height());
        doc.setHtml(bodyHtml(content, text, pages));
        keepHeadingsWithNext(doc, g.body.height());
        check(progress, 55);
        const int bodyPages = doc.pageCount();
        pageCount = bodyPages + 1;

        QPainter p;
        if (!p.begin(&writer))
            throw std::runtime_error("cannot start the PDF");
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        paintCover(p, writer, g, content, text, options.hall3d && !options.hall3d->isNull() ? *options.hall3d : plan);
        for (int i = 0; i < bodyPages; ++i) {
            check(progress, 55 + 45 * i / std::max(1, bodyPages));
            writer.newPage();
            paintFurniture(p, writer, g, content, text, i + 2, pageCount);
            p.save();
            p.translate(g.body.left(), g.body.top() - i * g.body.height());
            const QRectF clip(0, i * g.body.height(), g.body.width(), g.body.height());
            QAbstractTextDocumentLayout::PaintContext ctx;
            ctx.clip = clip;
            p.setClipRect(clip);
            doc.documentLayout()->draw(&p, ctx);
            p.restore();
        }
        if (!p.end())
            throw std::runtime_error("cannot finish the PDF");
    }
    QFile written(QString::fromStdString(file.path()));
    if (written.size() <= 0)
        throw std::runtime_error("cannot write the PDF");
    file.sync();
    file.replaceTarget();
    if (progress)
        progress(100);
    return pageCount;
}

} // namespace hallwright::views
