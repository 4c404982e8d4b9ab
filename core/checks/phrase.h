// Words for the user that a translation can follow: an English pattern with
// numbered slots (%1 … %9, as Qt Linguist writes them) and the arguments that
// fill them. An argument is itself a phrase, so "when %1 fails, %2 carries …"
// can take "transformer T-A1" and be translated as a whole; names and figures
// are literals and stay as they are in every language.
//
// core has no Qt: the patterns are marked with QT_TRANSLATE_NOOP("Finding", …),
// which only lets Qt Linguist's lupdate find them (it expands to the literal).
// The interface translates a phrase with its own translator (views/common/
// finding_text.h); english() is the text of the CLI's JSON and the tests.
#pragma once

#include <exception>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, x) x
#endif

namespace hallwright {

struct Phrase
{
    std::string pattern;           ///< English text with %1 … %9 slots, or the literal text
    std::vector<Phrase> args;      ///< fill %1, %2, … in order
    bool literal = false;          ///< a name or a figure: not translated

    /// The pattern with its slots filled, recursively, in English.
    std::string english() const;
    bool empty() const { return pattern.empty(); }

    bool operator==(const Phrase &) const = default;
};

/// Text that no translation changes: a name, a catalog id, a figure.
Phrase literal(std::string text);
/// A figure with fixed decimals ("%.*f", no grouping), as a literal.
Phrase number(double value, int decimals);

/// Replaces %1 … %9 in `pattern` with `args` in one pass (an argument's own "%1"
/// stays as it is); "%%" and a slot without an argument stay as written.
std::string fillSlots(const std::string &pattern, const std::vector<std::string> &args);

namespace detail {
inline Phrase toPhrase(Phrase p) { return p; }
inline Phrase toPhrase(const std::string &s) { return literal(s); }
inline Phrase toPhrase(const char *s) { return literal(s); }
inline Phrase toPhrase(std::string_view s) { return literal(std::string(s)); }
template <class T>
    requires std::is_integral_v<T>
Phrase toPhrase(T v)
{
    return literal(std::to_string(v));
}
} // namespace detail

/// A translatable phrase: phrase(QT_TRANSLATE_NOOP("Finding", "%1 carries %2 kW"), label, number(kw, 1)).
/// Strings and integers become literals; doubles must go through number().
template <class... A>
Phrase phrase(const char *pattern, A &&...args)
{
    Phrase p;
    p.pattern = pattern;
    p.args.reserve(sizeof...(A));
    (p.args.push_back(detail::toPhrase(std::forward<A>(args))), ...);
    return p;
}

/// A message written as a plain string, as a phrase without slots.
Phrase untranslated(std::string message);

/// The words of an engine error, for a translation to follow: the error classes
/// (BriefError, FabricError, …) derive from their std:: exception and from this;
/// what() is phrase().english() and stays the contract's English text. A message
/// built as a plain string becomes a phrase without slots (shown as it is when no
/// translation has that exact text).
class PhrasedError
{
public:
    const Phrase &phrase() const noexcept { return m_phrase; }

protected:
    explicit PhrasedError(Phrase phrase) : m_phrase(std::move(phrase)) {}

private:
    Phrase m_phrase;
};

/// An engine error class over a std:: exception: built from a phrase (what() is its
/// English) or from a plain message.
///   class FabricError : public PhrasedException<std::runtime_error> { public: using PhrasedException::PhrasedException; };
template <class Base>
class PhrasedException : public Base, public PhrasedError
{
public:
    explicit PhrasedException(Phrase words) : Base(words.english()), PhrasedError(std::move(words)) {}
    explicit PhrasedException(const std::string &message) : Base(message), PhrasedError(untranslated(message)) {}
    explicit PhrasedException(const char *message) : PhrasedException(std::string(message)) {}
};


/// The phrase of an engine error, or null for any other exception (whose what() is all there is).
const Phrase *phraseOf(const std::exception &error) noexcept;

} // namespace hallwright
