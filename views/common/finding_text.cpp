// Findings' phrases through Qt's translators.
#include "common/finding_text.h"

#include "common/labels.h"

#include <QCoreApplication>
#include <QTranslator>

namespace hallwright::views {

namespace {

/// Fills %1 … %9 in one pass, as Phrase::english() does.
QString fill(const QString &pattern, const QStringList &args)
{
    QString out;
    out.reserve(pattern.size() + 16 * args.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('%') && i + 1 < pattern.size()) {
            const int n = pattern.at(i + 1).digitValue();
            if (n >= 1 && n <= 9 && n <= args.size()) {
                out += args.at(n - 1);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

/// `translate(context, source)`: a name the engine gave (a literal such as "Row C") is
/// translated as the interface shows it elsewhere (Labels::placeName).
QString render(const Phrase &p, const std::function<QString(const char *, const char *)> &translate)
{
    if (p.literal)
        return Labels::placeName(p.pattern, translate);
    QString pattern = translate("Finding", p.pattern.c_str());
    if (pattern.isEmpty())
        pattern = QString::fromStdString(p.pattern);
    if (p.args.empty())
        return pattern;
    QStringList args;
    args.reserve(qsizetype(p.args.size()));
    for (const Phrase &a : p.args)
        args.push_back(render(a, translate));
    return fill(pattern, args);
}

} // namespace

QString findingText(const Phrase &phrase)
{
    return render(phrase,
                  [](const char *context, const char *source) { return QCoreApplication::translate(context, source); });
}

QString findingText(const Phrase &phrase, const QTranslator *translator)
{
    return render(phrase, [translator](const char *context, const char *source) {
        return translator ? translator->translate(context, source) : QString();
    });
}

QString findingText(const Check &check)
{
    return check.text.empty() ? QString::fromStdString(check.message) : findingText(check.text);
}

QString errorText(const std::exception &error)
{
    const Phrase *words = phraseOf(error);
    return words ? findingText(*words) : QString::fromUtf8(error.what());
}

QString errorText(const std::exception &error, const QTranslator *translator)
{
    const Phrase *words = phraseOf(error);
    return words ? findingText(*words, translator) : QString::fromUtf8(error.what());
}

} // namespace hallwright::views
