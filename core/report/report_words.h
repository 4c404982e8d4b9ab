// The fixed words of a report (the lease workbook, the CSV schedules) in the reader's language.
#pragma once

#include <functional>
#include <string>

namespace hallwright {

/// `label` translates a fixed English text of a report (headings, column names, units, words
/// such as "estimate"; marked QT_TRANSLATE_NOOP(<the report's context>, …) in the report's
/// source, so the translation lives beside the interface's); an empty function leaves the
/// English. `chineseItems` names catalog items by their Chinese names (name_zh) where they
/// have one. Core holds no translation: the caller (CLI, GUI) supplies the function.
struct ReportWords
{
    std::function<std::string(const char *english)> label;
    bool chineseItems = false;

    std::string operator()(const char *english) const { return label ? label(english) : std::string(english); }
    std::string operator()(const std::string &english) const { return label ? label(english.c_str()) : english; }
};

} // namespace hallwright
