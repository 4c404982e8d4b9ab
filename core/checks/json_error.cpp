// nlohmann::json's messages taken apart into phrases (see json_error.h). The shapes are those of
// nlohmann 3.11's parser (exception_message) and lexer (error_message); what does not match one
// stays a literal.
#include "checks/json_error.h"

#include <array>
#include <regex>
#include <string_view>

namespace hallwright {

namespace {

/// `text` as the translatable phrase of the list that holds it, else a literal.
template <std::size_t N>
Phrase knownWord(const std::array<const char *, N> &words, const std::string &text)
{
    for (const char *w : words)
        if (text == w)
            return phrase(w);
    return literal(text);
}

/// What the parser was reading ("while parsing value").
Phrase contextWord(const std::string &context)
{
    static constexpr std::array<const char *, 5> kWords{
        QT_TRANSLATE_NOOP("Finding", "value"), QT_TRANSLATE_NOOP("Finding", "object key"),
        QT_TRANSLATE_NOOP("Finding", "object separator"), QT_TRANSLATE_NOOP("Finding", "object"),
        QT_TRANSLATE_NOOP("Finding", "array")};
    return knownWord(kWords, context);
}

/// A token's name as the parser writes it ("end of input", "string literal", "']'").
Phrase tokenWord(const std::string &token)
{
    static constexpr std::array<const char *, 9> kWords{
        QT_TRANSLATE_NOOP("Finding", "true literal"),    QT_TRANSLATE_NOOP("Finding", "false literal"),
        QT_TRANSLATE_NOOP("Finding", "null literal"),    QT_TRANSLATE_NOOP("Finding", "string literal"),
        QT_TRANSLATE_NOOP("Finding", "number literal"),  QT_TRANSLATE_NOOP("Finding", "end of input"),
        QT_TRANSLATE_NOOP("Finding", "'[', '{', or a literal"), QT_TRANSLATE_NOOP("Finding", "unknown token"),
        QT_TRANSLATE_NOOP("Finding", "<parse error>")};
    return knownWord(kWords, token); // punctuation ("'}'", "':'", …) stays literal
}

/// What the lexer found wrong ("invalid literal", "invalid string: missing closing quote").
Phrase lexerWords(const std::string &message)
{
    static constexpr std::array<const char *, 14> kWords{
        QT_TRANSLATE_NOOP("Finding", "invalid literal"),
        QT_TRANSLATE_NOOP("Finding", "invalid number; expected digit after '-'"),
        QT_TRANSLATE_NOOP("Finding", "invalid number; expected digit after '.'"),
        QT_TRANSLATE_NOOP("Finding", "invalid number; expected digit after exponent sign"),
        QT_TRANSLATE_NOOP("Finding", "invalid number; expected '+', '-', or digit after exponent"),
        QT_TRANSLATE_NOOP("Finding", "invalid string: missing closing quote"),
        QT_TRANSLATE_NOOP("Finding", "invalid string: ill-formed UTF-8 byte"),
        QT_TRANSLATE_NOOP("Finding", "invalid string: forbidden character after backslash"),
        QT_TRANSLATE_NOOP("Finding", "invalid string: '\\u' must be followed by 4 hex digits"),
        QT_TRANSLATE_NOOP("Finding", "invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF"),
        QT_TRANSLATE_NOOP("Finding", "invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF"),
        QT_TRANSLATE_NOOP("Finding", "invalid comment; expecting '/' or '*' after '/'"),
        QT_TRANSLATE_NOOP("Finding", "invalid comment; missing closing '*/'"),
        QT_TRANSLATE_NOOP("Finding", "invalid BOM; must be 0xEF 0xBB 0xBF if given")};
    if (Phrase p = knownWord(kWords, message); !p.literal)
        return p;
    static const std::regex control(R"(invalid string: control character (U\+[0-9A-F]{4}) \((\w+)\) must be escaped to (.+))");
    std::smatch m;
    if (std::regex_match(message, m, control))
        return phrase(QT_TRANSLATE_NOOP("Finding", "invalid string: control character %1 (%2) must be escaped to %3"),
                      m.str(1), m.str(2), m.str(3));
    return literal(message);
}

bool startsWith(std::string_view s, std::string_view head)
{
    return s.substr(0, head.size()) == head;
}

/// "syntax error [while parsing C ]- BODY[; expected E]" with BODY "unexpected T" or
/// "LEXER; last read: 'TOKEN'".
Phrase syntaxError(const std::string &text)
{
    std::string rest = text.substr(std::string_view("syntax error ").size());
    Phrase head = phrase(QT_TRANSLATE_NOOP("Finding", "syntax error"));
    if (startsWith(rest, "while parsing ")) {
        const auto dash = rest.find(" - ");
        if (dash == std::string::npos)
            return literal(text);
        head = phrase(QT_TRANSLATE_NOOP("Finding", "syntax error while parsing %1"),
                      contextWord(rest.substr(14, dash - 14)));
        rest.erase(0, dash + 1);
    }
    if (!startsWith(rest, "- "))
        return literal(text);
    rest.erase(0, 2);

    Phrase body;
    std::string expected;
    if (startsWith(rest, "unexpected ")) {
        std::string token = rest.substr(11);
        if (const auto e = token.find("; expected "); e != std::string::npos) {
            expected = token.substr(e + 11);
            token.erase(e);
        }
        body = phrase(QT_TRANSLATE_NOOP("Finding", "unexpected %1"), tokenWord(token));
    } else {
        const auto read = rest.find("; last read: '");
        if (read == std::string::npos)
            return literal(text);
        std::string token = rest.substr(read + 14);
        // The token ends at the last "'" (it may hold quotes itself); an expectation may follow.
        if (const auto e = token.rfind("'; expected "); e != std::string::npos) {
            expected = token.substr(e + 12);
            token.erase(e);
        } else if (!token.empty() && token.back() == '\'') {
            token.pop_back();
        } else {
            return literal(text);
        }
        body = phrase(QT_TRANSLATE_NOOP("Finding", "%1; last read: '%2'"), lexerWords(rest.substr(0, read)), token);
    }
    if (expected.empty())
        return phrase(QT_TRANSLATE_NOOP("Finding", "%1 - %2"), head, body);
    return phrase(QT_TRANSLATE_NOOP("Finding", "%1 - %2; expected %3"), head, body, tokenWord(expected));
}

} // namespace

Phrase jsonErrorDetail(const std::string &explanation)
{
    if (startsWith(explanation, "syntax error "))
        return syntaxError(explanation);
    static const std::regex overflow(R"(number overflow parsing '(.*)')");
    std::smatch m;
    if (std::regex_match(explanation, m, overflow))
        return phrase(QT_TRANSLATE_NOOP("Finding", "number overflow parsing '%1'"), m.str(1));
    return literal(explanation);
}

Phrase jsonError(const std::exception &error)
{
    std::string text = error.what();
    if (startsWith(text, "[json.exception."))
        if (const auto close = text.find("] "); close != std::string::npos)
            text.erase(0, close + 2);
    static const std::regex where(R"(parse error at line (\d+), column (\d+): (.*))");
    std::smatch m;
    if (std::regex_match(text, m, where))
        return phrase(QT_TRANSLATE_NOOP("Finding", "at line %1, column %2: %3"), m.str(1), m.str(2),
                      jsonErrorDetail(m.str(3)));
    if (startsWith(text, "parse error: ")) // no position (an empty input has one; a callback's stop has none)
        return jsonErrorDetail(text.substr(13));
    return jsonErrorDetail(text);
}

} // namespace hallwright
