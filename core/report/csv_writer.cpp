// CSV text: quoting, byte-order mark, and the formula-injection guard shared with the workbook.
#include "report/csv_writer.h"

#include <fmt/format.h>

namespace hallwright {

std::string neutralised(std::string_view text)
{
    if (!text.empty()) {
        const char c = text.front();
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r')
            return "'" + std::string(text);
    }
    return std::string(text);
}

CsvWriter::CsvWriter() : m_out("\xEF\xBB\xBF") {}

void CsvWriter::separator()
{
    if (m_rowStarted)
        m_out += ',';
    m_rowStarted = true;
}

void CsvWriter::quoted(std::string_view value)
{
    if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
        m_out += value;
        return;
    }
    m_out += '"';
    for (char c : value) {
        if (c == '"')
            m_out += '"';
        m_out += c;
    }
    m_out += '"';
}

CsvWriter &CsvWriter::text(std::string_view value)
{
    separator();
    if (!value.empty()) {
        const char c = value.front();
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
            quoted(neutralised(value));
            return *this;
        }
    }
    quoted(value);
    return *this;
}

CsvWriter &CsvWriter::number(std::string_view formatted)
{
    separator();
    m_out += formatted;
    return *this;
}

CsvWriter &CsvWriter::number(double value, int decimals)
{
    separator();
    fmt::format_to(std::back_inserter(m_out), "{:.{}f}", value, decimals);
    return *this;
}

CsvWriter &CsvWriter::integer(long long value)
{
    separator();
    fmt::format_to(std::back_inserter(m_out), "{}", value);
    return *this;
}

CsvWriter &CsvWriter::empty()
{
    separator();
    return *this;
}

void CsvWriter::endRow()
{
    m_out += "\r\n";
    m_rowStarted = false;
}

} // namespace hallwright
