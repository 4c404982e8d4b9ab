// hallwright-cli's words in a build without Qt (HALLWRIGHT_BUILD_GUI=OFF): English only.
#include "cli_text.h"

namespace hallwright::cli {

std::string text(const char *source)
{
    return source;
}

std::string findingText(const Check &check)
{
    return check.message;
}

std::string errorText(const std::exception &error)
{
    return error.what();
}

std::string phraseText(const Phrase &words)
{
    return words.english();
}

bool chineseText()
{
    return false;
}

std::string catalogFieldText(const std::string &field)
{
    return field;
}

} // namespace hallwright::cli
