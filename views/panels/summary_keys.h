// Readable labels for the field names of the summary JSON (the Summary panel's first column).
#pragma once

#include <QString>
#include <QStringList>

#include <string>

namespace hallwright::views {

/// The label of a summary field: its translation (context "SummaryKey") where
/// the interface language has one, else the field name itself, which is what
/// the English interface shows (the names of docs/cli.md).
QString summaryKeyLabel(const std::string &key);

/// The field names that have a label.
QStringList summaryKeys();

} // namespace hallwright::views
