// Catalog fields in words: the proposal's source table names an estimated figure ("price"), not its key ("price_cny").
#pragma once

#include <QString>

#include <string>

namespace hallwright::views {

class ReportText;

/// A catalog field (the JSON key a provenance lists as estimated) in the report's
/// language; a key the table does not know is shown as it is.
QString catalogFieldWords(const std::string &field, const ReportText &text);

} // namespace hallwright::views
