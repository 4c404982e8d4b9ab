// RFC 4180 CSV text, UTF-8 with a byte-order mark, with spreadsheet formula injection neutralised.
#pragma once

#include <string>
#include <string_view>

namespace hallwright {

/// A spreadsheet-safe copy of a text cell: a cell a spreadsheet would read as
/// a formula (first character = + - @, a tab or a carriage return; OWASP "CSV
/// injection") gets a leading apostrophe, which Excel, WPS and LibreOffice
/// show as text. Used for every text cell of the CSV schedules and the workbook.
std::string neutralised(std::string_view text);

/// Appends one CSV document to a string: fields are quoted when they hold a
/// comma, quote, CR or LF (quotes doubled); rows end in CRLF. The text starts
/// with the UTF-8 byte-order mark so Excel and WPS open Chinese names correctly.
class CsvWriter
{
public:
    CsvWriter();

    /// A text cell: neutralised, then quoted as needed.
    CsvWriter &text(std::string_view value);
    /// A number written by the caller (never neutralised: "-3.5" stays a number).
    CsvWriter &number(std::string_view formatted);
    CsvWriter &number(double value, int decimals);
    CsvWriter &integer(long long value);
    /// An empty cell (an unknown figure is empty, never 0).
    CsvWriter &empty();
    void endRow();

    const std::string &str() const { return m_out; }
    std::string take() { return std::move(m_out); }
    void reserve(std::size_t bytes) { m_out.reserve(bytes); }

private:
    void separator();
    void quoted(std::string_view value);
    std::string m_out;
    bool m_rowStarted = false;
};

} // namespace hallwright
