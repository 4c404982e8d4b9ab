// Image regression helpers for render tests: a per-pixel comparison with a tolerance, baselines in tests/baselines.
#pragma once

#include <QColor>
#include <QDir>
#include <QImage>
#include <QString>

#include <algorithm>
#include <cstdlib>

namespace hallwright::test {

/// How two pictures of the same size differ.
struct ImageDiff
{
    bool sameSize = false;
    double fractionDifferent = 1.0; ///< share of pixels whose largest channel difference exceeds the threshold
    int maxDelta = 255;
    QImage diff;                    ///< differing pixels in red over a faded copy of the expected image
};

inline ImageDiff compareImages(const QImage &actual, const QImage &expected, int threshold = 40)
{
    ImageDiff d;
    if (actual.size() != expected.size() || actual.isNull())
        return d;
    d.sameSize = true;
    const QImage a = actual.convertToFormat(QImage::Format_RGB32);
    const QImage e = expected.convertToFormat(QImage::Format_RGB32);
    d.diff = QImage(a.size(), QImage::Format_RGB32);
    long long different = 0;
    d.maxDelta = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *pa = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *pe = reinterpret_cast<const QRgb *>(e.constScanLine(y));
        auto *pd = reinterpret_cast<QRgb *>(d.diff.scanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            const int delta = std::max({std::abs(qRed(pa[x]) - qRed(pe[x])), std::abs(qGreen(pa[x]) - qGreen(pe[x])),
                                        std::abs(qBlue(pa[x]) - qBlue(pe[x]))});
            d.maxDelta = std::max(d.maxDelta, delta);
            if (delta > threshold) {
                ++different;
                pd[x] = qRgb(255, 0, 0);
            } else {
                const int g = 192 + qGray(pe[x]) / 4;
                pd[x] = qRgb(g, g, g);
            }
        }
    }
    d.fractionDifferent = double(different) / (double(a.width()) * a.height());
    return d;
}

/// Compares actual with tests/baselines/<name>.png. On a mismatch writes
/// <name>.actual.png and <name>.diff.png to the build's test-output folder;
/// a missing baseline is written from actual (to be reviewed and committed)
/// and counts as a failure. Returns an empty string when it matches, else why not.
inline QString checkBaseline(const QImage &actual, const QString &name, double tolerance)
{
    const QString baseline = QStringLiteral(HALLWRIGHT_BASELINE_DIR "/") + name + QStringLiteral(".png");
    const QString outDir = QStringLiteral(HALLWRIGHT_TEST_OUTPUT_DIR);
    QDir().mkpath(outDir);
    const QImage expected(baseline);
    if (expected.isNull()) {
        QDir().mkpath(QStringLiteral(HALLWRIGHT_BASELINE_DIR));
        actual.save(baseline);
        return QStringLiteral("no baseline %1: wrote it from this run; look at it and commit it").arg(baseline);
    }
    const ImageDiff d = compareImages(actual, expected);
    if (d.sameSize && d.fractionDifferent <= tolerance)
        return {};
    const QString actualPath = outDir + QLatin1Char('/') + name + QStringLiteral(".actual.png");
    const QString diffPath = outDir + QLatin1Char('/') + name + QStringLiteral(".diff.png");
    actual.save(actualPath);
    if (d.sameSize)
        d.diff.save(diffPath);
    if (!d.sameSize)
        return QStringLiteral("%1: picture is %2×%3, baseline %4×%5; wrote %6")
            .arg(name)
            .arg(actual.width())
            .arg(actual.height())
            .arg(expected.width())
            .arg(expected.height())
            .arg(actualPath);
    return QStringLiteral("%1: %2 % of pixels differ (tolerance %3 %); wrote %4 and %5")
        .arg(name)
        .arg(d.fractionDifferent * 100.0, 0, 'f', 2)
        .arg(tolerance * 100.0, 0, 'f', 2)
        .arg(actualPath, diffPath);
}

} // namespace hallwright::test
