// Text columns for hallwright-cli's tables: widths in terminal columns, so Chinese names line up.
#include "cli_text.h"

#include <cstdint>

namespace hallwright::cli {

/// Terminal columns of UTF-8 text: two for East Asian wide characters (CJK ideographs,
/// kana, Hangul, full-width forms and punctuation), one for the rest.
int terminalColumns(const std::string &s)
{
    int width = 0;
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        std::uint32_t cp = b;
        int len = 1;
        if (b >= 0xF0 && i + 3 < s.size()) {
            cp = ((b & 0x07u) << 18) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 12)
                 | ((static_cast<unsigned char>(s[i + 2]) & 0x3Fu) << 6) | (static_cast<unsigned char>(s[i + 3]) & 0x3Fu);
            len = 4;
        } else if (b >= 0xE0 && i + 2 < s.size()) {
            cp = ((b & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6)
                 | (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
            len = 3;
        } else if (b >= 0xC0 && i + 1 < s.size()) {
            cp = ((b & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
            len = 2;
        }
        i += static_cast<std::size_t>(len);
        if (b >= 0x80 && b < 0xC0)
            continue; // a stray continuation byte takes no column
        const bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                          || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
                          || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                          || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

std::string padded(const std::string &s, int width)
{
    const int w = terminalColumns(s);
    return w >= width ? s : s + std::string(static_cast<std::size_t>(width - w), ' ');
}

std::string rightAligned(const std::string &s, int width)
{
    const int w = terminalColumns(s);
    return w >= width ? s : std::string(static_cast<std::size_t>(width - w), ' ') + s;
}

} // namespace hallwright::cli
