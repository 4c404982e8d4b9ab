// One-line brief error messages, range checks, and the brief spellings of the enums.
#include "brief/brief_check.h"

#include <fmt/format.h>

#include <cmath>

namespace hallwright {

namespace briefcheck {

namespace {

/// The contract promises one line on stderr, whatever the text carries.
std::string withoutLineBreaks(std::string text)
{
    for (char &c : text)
        if (c == '\n' || c == '\r')
            c = ' ';
    return text;
}

/// A phrase whose literals (a path, a value from the brief) hold no line break.
Phrase flattened(Phrase p)
{
    if (p.literal)
        p.pattern = withoutLineBreaks(std::move(p.pattern));
    for (Phrase &a : p.args)
        a = flattened(std::move(a));
    return p;
}

} // namespace

void fail(std::string_view path, const Phrase &problem)
{
    // The whole document is named by a word a translation follows ("brief"); a field by its
    // JSON path, which stays as typed in every language.
    const Phrase where = path == "brief" ? phrase(QT_TRANSLATE_NOOP("Finding", "brief")) : literal(std::string(path));
    throw BriefError(flattened(phrase(QT_TRANSLATE_NOOP("Finding", "%1: %2"), where, problem)));
}

void fail(std::string_view path, std::string_view problem)
{
    fail(path, literal(std::string(problem)));
}

std::string number(double value)
{
    return fmt::format("{}", value);
}

std::string printable(std::string_view text, std::size_t maxChars)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto u = static_cast<unsigned char>(text[i]);
        // Cut only before the first byte of a UTF-8 sequence, never inside one.
        if (out.size() >= maxChars && (u & 0xC0) != 0x80) {
            out += "…";
            break;
        }
        out += (u < 0x20 || u == 0x7f) ? '?' : text[i];
    }
    return out;
}

void checkNumber(std::string_view path, double value, Limit limit)
{
    if (!std::isfinite(value))
        fail(path, phrase(QT_TRANSLATE_NOOP("Finding", "must be a finite number, got %1"), number(value)));
    if (limit.loOpen ? !(value > limit.lo) : !(value >= limit.lo))
        fail(path, phrase(limit.loOpen ? QT_TRANSLATE_NOOP("Finding", "must be greater than %1, got %2")
                                       : QT_TRANSLATE_NOOP("Finding", "must be at least %1, got %2"),
                          number(limit.lo), number(value)));
    if (limit.hiOpen ? !(value < limit.hi) : !(value <= limit.hi))
        fail(path, phrase(limit.hiOpen ? QT_TRANSLATE_NOOP("Finding", "must be less than %1, got %2")
                                       : QT_TRANSLATE_NOOP("Finding", "must be at most %1, got %2"),
                          number(limit.hi), number(value)));
}

void checkInt(std::string_view path, long long value, long long lo, long long hi)
{
    if (value < lo)
        fail(path, phrase(QT_TRANSLATE_NOOP("Finding", "must be at least %1, got %2"), lo, value));
    if (value > hi)
        fail(path, phrase(QT_TRANSLATE_NOOP("Finding", "must be at most %1, got %2"), hi, value));
}

} // namespace briefcheck

const char *toString(CoolingMode mode)
{
    switch (mode) {
    case CoolingMode::Auto: return "auto";
    case CoolingMode::Air: return "air";
    case CoolingMode::Liquid: return "liquid";
    }
    return "auto";
}

const char *toString(Redundancy redundancy)
{
    switch (redundancy) {
    case Redundancy::N: return "N";
    case Redundancy::NPlus1: return "N+1";
    case Redundancy::TwoN: return "2N";
    }
    return "2N";
}

const char *toString(ElectricityPayer payer)
{
    switch (payer) {
    case ElectricityPayer::Lessor: return "lessor";
    case ElectricityPayer::Lessee: return "lessee";
    }
    return "lessor";
}

const char *toString(ActivationRecompute mode)
{
    switch (mode) {
    case ActivationRecompute::None: return "none";
    case ActivationRecompute::Selective: return "selective";
    case ActivationRecompute::Full: return "full";
    }
    return "none";
}

const char *toString(FacilityMode mode)
{
    return mode == FacilityMode::Colocation ? "colocation" : "build";
}

std::optional<ActivationRecompute> activationRecomputeFromString(std::string_view text)
{
    for (ActivationRecompute m : {ActivationRecompute::None, ActivationRecompute::Selective, ActivationRecompute::Full})
        if (text == toString(m))
            return m;
    return std::nullopt;
}

std::optional<FacilityMode> facilityModeFromString(std::string_view text)
{
    for (FacilityMode m : {FacilityMode::Build, FacilityMode::Colocation})
        if (text == toString(m))
            return m;
    return std::nullopt;
}

double LeaseBrief::utilizationInYear(int year) const
{
    if (!utilizationByYear.empty() && year >= 1 && std::size_t(year) <= utilizationByYear.size())
        return utilizationByYear[std::size_t(year - 1)];
    return utilization;
}

double LeaseBrief::taxRefundInYear(int year) const
{
    if (!taxRefundByYear.empty() && year >= 1 && std::size_t(year) <= taxRefundByYear.size())
        return taxRefundByYear[std::size_t(year - 1)];
    return taxRefundPerYear;
}

std::optional<CoolingMode> coolingModeFromString(std::string_view text)
{
    for (CoolingMode m : {CoolingMode::Auto, CoolingMode::Air, CoolingMode::Liquid})
        if (text == toString(m))
            return m;
    return std::nullopt;
}

std::optional<Redundancy> redundancyFromString(std::string_view text)
{
    for (Redundancy r : {Redundancy::N, Redundancy::NPlus1, Redundancy::TwoN})
        if (text == toString(r))
            return r;
    return std::nullopt;
}

std::optional<ElectricityPayer> electricityPayerFromString(std::string_view text)
{
    for (ElectricityPayer p : {ElectricityPayer::Lessor, ElectricityPayer::Lessee})
        if (text == toString(p))
            return p;
    return std::nullopt;
}

} // namespace hallwright
