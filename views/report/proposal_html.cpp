// HTML snippets of the proposal: one look for every table (header band, zebra rows, right-aligned figures).
#include "report/proposal_html.h"

#include <algorithm>

namespace hallwright::views::html {

namespace {
const char *kHeaderColour = "#1f3a5f";
const char *kZebraColour = "#eef2f7";
} // namespace

QString esc(const QString &text)
{
    QString s = text.toHtmlEscaped();
    s.replace(QStringLiteral("\r\n"), QStringLiteral("<br/>"));
    s.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return s;
}

QString esc(const std::string &text)
{
    return esc(QString::fromStdString(text));
}

QString figures(const std::vector<std::pair<QString, QString>> &rows)
{
    QString h = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\">");
    for (std::size_t i = 0; i < rows.size(); ++i) {
        h += QStringLiteral("<tr%1><td width=\"55%\">%2</td><td align=\"right\"><b>%3</b></td></tr>")
                 .arg(i % 2 ? QStringLiteral(" bgcolor=\"%1\"").arg(QLatin1String(kZebraColour)) : QString(),
                      esc(rows[i].first), esc(rows[i].second));
    }
    return h + QStringLiteral("</table>");
}

QString table(const QStringList &header, const std::vector<QStringList> &rows, const std::vector<int> &numeric,
              const QString &widthPercent)
{
    auto isNumeric = [&](int c) { return std::find(numeric.begin(), numeric.end(), c) != numeric.end(); };
    QString h = QStringLiteral("<table width=\"%1%\" cellspacing=\"0\" cellpadding=\"4\"><thead><tr bgcolor=\"%2\">")
                    .arg(widthPercent, QLatin1String(kHeaderColour));
    for (int c = 0; c < header.size(); ++c)
        h += QStringLiteral("<th align=\"%1\"><font color=\"white\">%2</font></th>")
                 .arg(isNumeric(c) ? QStringLiteral("right") : QStringLiteral("left"), esc(header[c]));
    h += QStringLiteral("</tr></thead>");
    for (std::size_t r = 0; r < rows.size(); ++r) {
        h += r % 2 ? QStringLiteral("<tr bgcolor=\"%1\">").arg(QLatin1String(kZebraColour)) : QStringLiteral("<tr>");
        for (int c = 0; c < rows[r].size(); ++c)
            h += QStringLiteral("<td align=\"%1\">%2</td>")
                     .arg(isNumeric(c) ? QStringLiteral("right") : QStringLiteral("left"), esc(rows[r][c]));
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

QString heading2(const QString &text)
{
    return QStringLiteral("<h2><font color=\"%1\">%2</font></h2>").arg(QLatin1String(kHeaderColour), esc(text));
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(esc(text));
}

QString note(const QString &text)
{
    return QStringLiteral("<table width=\"100%\" cellpadding=\"8\" cellspacing=\"0\"><tr><td bgcolor=\"#fff4d6\">%1"
                          "</td></tr></table>")
        .arg(esc(text));
}

QString image(const QString &name, int widthPx)
{
    return QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\"/></p>").arg(name).arg(widthPx);
}

} // namespace hallwright::views::html
