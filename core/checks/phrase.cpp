// Phrases: English rendering and slot filling.
#include "checks/phrase.h"

#include <cstdio>

namespace hallwright {

Phrase literal(std::string text)
{
    Phrase p;
    p.pattern = std::move(text);
    p.literal = true;
    return p;
}

Phrase number(double value, int decimals)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    return literal(buf);
}

Phrase untranslated(std::string message)
{
    Phrase p;
    p.pattern = std::move(message);
    return p;
}

const Phrase *phraseOf(const std::exception &error) noexcept
{
    const auto *phrased = dynamic_cast<const PhrasedError *>(&error);
    return phrased ? &phrased->phrase() : nullptr;
}

std::string fillSlots(const std::string &pattern, const std::vector<std::string> &args)
{
    std::string out;
    out.reserve(pattern.size() + 16 * args.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '%' && i + 1 < pattern.size()) {
            const char n = pattern[i + 1];
            if (n >= '1' && n <= '9' && std::size_t(n - '1') < args.size()) {
                out += args[std::size_t(n - '1')];
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

std::string Phrase::english() const
{
    if (literal || args.empty())
        return pattern;
    std::vector<std::string> filled;
    filled.reserve(args.size());
    for (const Phrase &a : args)
        filled.push_back(a.english());
    return fillSlots(pattern, filled);
}

} // namespace hallwright
