// Readable labels for the field names of the summary JSON (the Summary panel's first column).
#pragma once

#include <QString>
#include <QStringList>

#include <string>

namespace hallwright::views {

/// The label of a summary field: its translation (context "SummaryKey") where
/// the interface language has one, else the field name itself, which is what
/// the English interface shows (the names of docs/cli.md).
/// `section`: the summary's top-level section the field stands in ("network"), where a
/// translation words the field for that section; empty for none.
QString summaryKeyLabel(const std::string &key, const std::string &section = {});

/// The field names that have a label.
QStringList summaryKeys();

} // namespace hallwright::views
