// The language of a report: translated text (Qt Linguist .ts) and figures formatted the same way everywhere.
#pragma once

#include <QFont>
#include <QString>

#include <map>
#include <optional>
#include <string>

namespace hallwright::views {

enum class ReportLanguage { English, SimplifiedChinese };

/// "en" → English, "zh_CN" → Simplified Chinese; nullopt otherwise.
std::optional<ReportLanguage> reportLanguageFromKey(const QString &key);
QString reportLanguageKey(ReportLanguage language);
/// The interface's language as a report language (QLocale's default follows the interface):
/// what the window's own exports and lists speak.
ReportLanguage interfaceLanguage();

/// Text and numbers of one report in one language. Strings are looked up in
/// the report's translation (resources/translations/report_zh_CN.ts,
/// context "Report", compiled in); an untranslated string stays English.
/// Figures follow one rule per kind so that a figure reads the same on every
/// page and in the tests: money in millions ("CNY 1,234.5 M") in English and
/// in 万元 / 亿元 in Chinese; an absent figure reads "not computed" (未计算),
/// never 0.
class ReportText
{
public:
    explicit ReportText(ReportLanguage language);

    ReportLanguage language() const { return m_language; }
    bool chinese() const { return m_language == ReportLanguage::SimplifiedChinese; }

    /// The translation of an English source text (context "Report").
    QString tr(const char *source) const;
    /// tr(source) with %1, %2 … replaced.
    QString tr(const char *source, const QString &a1) const { return tr(source).arg(a1); }
    QString tr(const char *source, const QString &a1, const QString &a2) const { return tr(source).arg(a1, a2); }

    QString notComputed() const;
    QString count(long long n) const;
    /// A grouped number with fixed decimals: "10,240.0".
    QString number(double v, int decimals) const;
    QString number(const std::optional<double> &v, int decimals) const;
    QString percent(const std::optional<double> &share, int decimals = 1) const;
    /// Money in the report's scale: English "CNY 1,234.5 M", Chinese "12.35 亿元" (≥ 1 亿) or "1,234 万元".
    QString money(const std::optional<double> &value, const QString &currency) const;
    /// Money in table cells, in the unit moneyTableUnit() names: millions (English) or 万 (Chinese).
    QString moneyCell(const std::optional<double> &value) const;
    /// A price per unit (an accelerator-hour): "CNY 12.00" in English, "12.00 元" in Chinese.
    QString unitPrice(const std::optional<double> &value, const QString &currency, int decimals = 2) const;
    QString moneyTableUnit(const QString &currency) const;
    QString power(const std::optional<double> &kw) const;   ///< "15.62 MW" (always MW, 2 decimals)
    QString years(const std::optional<double> &y) const;    ///< "3.42 years" / "3.42 年"
    QString days(const std::optional<double> &d) const;     ///< "31.6 days" / "31.6 天"
    QString pflops(const std::optional<double> &p) const;   ///< "10,076.4 PFLOP/s"
    QString date() const;                                   ///< today, "2 December 2026" / "2026年12月2日"

private:
    ReportLanguage m_language;
    const std::map<std::string, QString> *m_translations = nullptr;
};

/// The reports' typeface: Liberation Sans (Latin, Arial's metrics), then DejaVu
/// Sans, then Droid Sans Fallback for Chinese, Noto Sans CJK SC last. Qt's PDF
/// writer builds each font's character map from the font's own cmap: Noto CJK
/// shares glyphs between digits' variants and between 力 and the Kangxi
/// radical ⼒, so with it pdftotext, search and copy-and-paste lose the
/// figures and garble the Chinese. Droid's map is one glyph per character.
QFont reportFont();

/// Parses a Qt Linguist .ts document: (context "Report") source → translation.
/// Unfinished or empty translations are left out.
std::map<std::string, QString> parseTsTranslations(const QString &tsText, const QString &context);

} // namespace hallwright::views
