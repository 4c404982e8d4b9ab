// Report language: the compiled-in zh_CN translation and the formatting rules of every figure.
#include "report/report_text.h"

#include <QDate>
#include <QLocale>
#include <QXmlStreamReader>

#include <cmath>

#include <string_view>

namespace hallwright::embedded {
extern const std::string_view reportTranslationZhCn;
}

namespace hallwright::views {

namespace {

const QLocale &cLocale()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

} // namespace

QFont reportFont()
{
    QFont f;
    f.setFamilies({QStringLiteral("Liberation Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("Droid Sans Fallback"),
                   QStringLiteral("Noto Sans CJK SC")});
    f.setStyleHint(QFont::SansSerif);
    return f;
}

std::optional<ReportLanguage> reportLanguageFromKey(const QString &key)
{
    if (key == QLatin1String("en"))
        return ReportLanguage::English;
    if (key == QLatin1String("zh_CN"))
        return ReportLanguage::SimplifiedChinese;
    return std::nullopt;
}

QString reportLanguageKey(ReportLanguage language)
{
    return language == ReportLanguage::English ? QStringLiteral("en") : QStringLiteral("zh_CN");
}

ReportLanguage interfaceLanguage()
{
    return QLocale().language() == QLocale::Chinese ? ReportLanguage::SimplifiedChinese : ReportLanguage::English;
}

std::map<std::string, QString> parseTsTranslations(const QString &tsText, const QString &context)
{
    std::map<std::string, QString> out;
    QXmlStreamReader xml(tsText);
    QString currentContext, source, translation;
    bool unfinished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                currentContext = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                source.clear();
                translation.clear();
                unfinished = false;
            } else if (name == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                translation = xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (currentContext == context && !unfinished && !translation.isEmpty())
                out[source.toStdString()] = translation;
        }
    }
    return out;
}

ReportText::ReportText(ReportLanguage language) : m_language(language)
{
    if (language == ReportLanguage::SimplifiedChinese) {
        static const std::map<std::string, QString> zh = parseTsTranslations(
            QString::fromUtf8(embedded::reportTranslationZhCn.data(),
                              static_cast<qsizetype>(embedded::reportTranslationZhCn.size())),
            QStringLiteral("Report"));
        m_translations = &zh;
    }
}

QString ReportText::tr(const char *source) const
{
    if (m_translations) {
        const auto it = m_translations->find(source);
        if (it != m_translations->end())
            return it->second;
    }
    return QString::fromUtf8(source);
}

QString ReportText::notComputed() const
{
    return tr("not computed");
}

QString ReportText::count(long long n) const
{
    return cLocale().toString(n);
}

QString ReportText::number(double v, int decimals) const
{
    return cLocale().toString(v, 'f', decimals);
}

QString ReportText::number(const std::optional<double> &v, int decimals) const
{
    return v ? number(*v, decimals) : notComputed();
}

QString ReportText::percent(const std::optional<double> &share, int decimals) const
{
    return share ? number(*share * 100.0, decimals) + QStringLiteral(" %") : notComputed();
}

QString ReportText::money(const std::optional<double> &value, const QString &currency) const
{
    if (!value)
        return notComputed();
    if (!chinese())
        return currency + QLatin1Char(' ') + number(*value / 1e6, 1) + QStringLiteral(" M");
    const QString unit = currency == QLatin1String("CNY") ? QStringLiteral("元")
                         : currency == QLatin1String("USD") ? QStringLiteral("美元")
                                                            : QLatin1Char(' ') + currency;
    if (std::abs(*value) >= 1e8)
        return number(*value / 1e8, 2) + QStringLiteral(" 亿") + unit;
    return number(*value / 1e4, 0) + QStringLiteral(" 万") + unit;
}

QString ReportText::unitPrice(const std::optional<double> &value, const QString &currency, int decimals) const
{
    if (!value)
        return notComputed();
    if (!chinese())
        return currency + QLatin1Char(' ') + number(*value, decimals);
    const QString unit = currency == QLatin1String("CNY") ? QStringLiteral(" 元")
                         : currency == QLatin1String("USD") ? QStringLiteral(" 美元")
                                                            : QLatin1Char(' ') + currency;
    return number(*value, decimals) + unit;
}

QString ReportText::moneyCell(const std::optional<double> &value) const
{
    if (!value)
        return notComputed();
    return chinese() ? number(*value / 1e4, 0) : number(*value / 1e6, 1);
}

QString ReportText::moneyTableUnit(const QString &currency) const
{
    if (!chinese())
        return currency + QStringLiteral(" M");
    return currency == QLatin1String("CNY") ? QStringLiteral("万元")
           : currency == QLatin1String("USD") ? QStringLiteral("万美元")
                                              : QStringLiteral("万 ") + currency;
}

QString ReportText::power(const std::optional<double> &kw) const
{
    return kw ? number(*kw / 1000.0, 2) + QStringLiteral(" MW") : notComputed();
}

QString ReportText::years(const std::optional<double> &y) const
{
    return y ? tr("%1 years", number(*y, 2)) : notComputed();
}

QString ReportText::days(const std::optional<double> &d) const
{
    return d ? tr("%1 days", number(*d, 1)) : notComputed();
}

QString ReportText::pflops(const std::optional<double> &p) const
{
    return p ? number(*p, 1) + QStringLiteral(" PFLOP/s") : notComputed();
}

QString ReportText::date() const
{
    const QDate today = QDate::currentDate();
    if (chinese())
        return QStringLiteral("%1年%2月%3日").arg(today.year()).arg(today.month()).arg(today.day());
    return cLocale().toString(today, QStringLiteral("d MMMM yyyy"));
}

} // namespace hallwright::views
