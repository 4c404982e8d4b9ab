// Small HTML builders for the proposal's QTextDocument: figure tables, data tables, notes, escaping.
#pragma once

#include <QString>
#include <QStringList>

#include <string>
#include <utility>
#include <vector>

namespace hallwright::views::html {

/// Escaped for HTML text; newlines become line breaks.
QString esc(const QString &text);
QString esc(const std::string &text);

/// A two-column table of labelled figures.
QString figures(const std::vector<std::pair<QString, QString>> &rows);

/// A table with a header row repeated on every page; columns whose index is in
/// `numeric` are right-aligned. Cells are escaped.
QString table(const QStringList &header, const std::vector<QStringList> &rows, const std::vector<int> &numeric = {},
              const QString &widthPercent = QStringLiteral("100"));

QString heading2(const QString &text);
QString paragraph(const QString &text);
/// A shaded note (a caveat the reader must see).
QString note(const QString &text);
/// An image registered with the document under `name`, `widthPx` wide.
QString image(const QString &name, int widthPx);

} // namespace hallwright::views::html
