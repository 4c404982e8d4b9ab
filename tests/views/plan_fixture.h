// Hand-built halls for the view tests: a power hall with a synthesized chain, and a small fabric with trays.
#pragma once

#include "analysis/analysis.h"
#include "power/power_synthesis.h"
#include "test_hall.h"

#include <QDir>
#include <QImage>
#include <QString>

#include <cmath>

namespace hallwright::test {

/// 3 rows × 5 racks × 2 nodes of 10 kW (20 kW a rack, 300 kW in all) with the
/// power chain synthesized for N: three 100 kW UPS modules share the load, so
/// losing UPS-01-1 sheds the last row (C01–C05) (see the power engine's tests).
inline Design powerHall()
{
    Design d = testHall(3, 5, 2);
    synthesizePower(d, testBrief(Redundancy::N, 1.3), testCatalog());
    return d;
}

inline Results powerHallResults(const Design &d)
{
    Results r = analyze(d, testCatalog());
    // The hall stores no brief, so analyze() used the defaults; the views ask failure
    // questions under the brief in the results, here the N the chain was built for.
    r.brief = testBrief(Redundancy::N, 1.3);
    return r;
}

/// Ids of the fabric hall's switches and traced link.
inline constexpr std::int64_t kLeaf1 = 101, kLeaf2 = 102, kTracedLink = 6;

/// 2 rows × 5 racks × 3 nodes (30 kW a rack); A05 also holds two 1 kW
/// switches LEAF-1 (id 101) and LEAF-2 (102). Compute links: the first node
/// of A01–A04 to LEAF-1 ports 0–3, the second node of A01 to LEAF-2 port 0.
/// Link 6 (storage) joins A02-N2 port 0 and B03-N1 port 0. Trays: a row
/// tray through the rack centres of each row (y 12.6 and 15.6, segments
/// between neighbours) starting from a trunk at x = 5.0 that runs from y 12.6
/// to 15.6. Tray ids: row A 1–5 (1 is trunk → A01), row B 6–10, trunk 11.
inline Design fabricHall()
{
    Design d = testHall(2, 5, 3);
    auto node = [&](const std::string &name) { return findDevice(d, name)->id; };
    for (std::int64_t id : {kLeaf1, kLeaf2}) {
        Device sw;
        sw.id = DeviceId(id);
        sw.rack = RackId(5);
        sw.catalogId = "sw-1";
        sw.kind = DeviceKind::Switch;
        sw.name = id == kLeaf1 ? "LEAF-1" : "LEAF-2";
        sw.uPosition = id == kLeaf1 ? 40 : 41;
        sw.uHeight = 1;
        sw.role = "leaf";
        sw.su = 0;
        d.devices.push_back(sw);
    }
    auto link = [&](std::int64_t id, DeviceId a, int pa, DeviceId b, int pb, Fabric f) {
        Link l;
        l.id = LinkId(id);
        l.fabric = f;
        l.tier = f == Fabric::Compute ? LinkTier::NodeLeaf : LinkTier::Other;
        l.a = {a, pa};
        l.b = {b, pb};
        l.gbps = 400;
        l.label = "L" + std::to_string(id);
        d.links.push_back(l);
    };
    link(1, node("A01-N1"), 0, DeviceId(kLeaf1), 0, Fabric::Compute);
    link(2, node("A02-N1"), 0, DeviceId(kLeaf1), 1, Fabric::Compute);
    link(3, node("A03-N1"), 0, DeviceId(kLeaf1), 2, Fabric::Compute);
    link(4, node("A04-N1"), 0, DeviceId(kLeaf1), 3, Fabric::Compute);
    link(5, node("A01-N2"), 0, DeviceId(kLeaf2), 0, Fabric::Compute);
    link(kTracedLink, node("A02-N2"), 0, node("B03-N1"), 0, Fabric::Storage);
    std::int64_t trayId = 1;
    for (double y : {12.6, 15.6}) {
        TraySegment t;
        t.id = TrayId(trayId++);
        t.a = {5.0, y};
        t.b = {6.3, y};
        t.kind = "row";
        d.trays.push_back(t);
        for (int k = 0; k < 4; ++k) {
            t.id = TrayId(trayId++);
            t.a = {6.3 + 0.6 * k, y};
            t.b = {6.9 + 0.6 * k, y};
            d.trays.push_back(t);
        }
    }
    TraySegment trunk;
    trunk.id = TrayId(trayId++);
    trunk.a = {5.0, 12.6};
    trunk.b = {5.0, 15.6};
    trunk.kind = "trunk";
    d.trays.push_back(trunk);
    return d;
}

/// Compares actual with the baseline PNG tests/baselines/<name>.png: the share of
/// pixels differing by more than 48 (of 255) in any channel must not exceed
/// maxShare. A missing baseline, or a mismatch, writes <name>.actual.png and
/// <name>.diff.png into outDir and fails with the paths.
inline QString compareWithBaseline(const QImage &actual, const QString &name, double maxShare, const QString &outDir)
{
    const QString baselinePath = QStringLiteral(HALLWRIGHT_BASELINE_DIR "/") + name + QStringLiteral(".png");
    QDir().mkpath(outDir);
    const QString actualPath = outDir + QLatin1Char('/') + name + QStringLiteral(".actual.png");
    const QImage baseline(baselinePath);
    const QImage a = actual.convertToFormat(QImage::Format_RGB32);
    if (baseline.isNull()) {
        a.save(actualPath);
        return QStringLiteral("no baseline %1; wrote %2").arg(baselinePath, actualPath);
    }
    const QImage b = baseline.convertToFormat(QImage::Format_RGB32);
    if (a.size() != b.size()) {
        a.save(actualPath);
        return QStringLiteral("size %1×%2 differs from the baseline's %3×%4; wrote %5")
            .arg(a.width()).arg(a.height()).arg(b.width()).arg(b.height()).arg(actualPath);
    }
    QImage diff(a.size(), QImage::Format_RGB32);
    long long differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *pa = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *pb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        auto *pd = reinterpret_cast<QRgb *>(diff.scanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            const int d = std::max({std::abs(qRed(pa[x]) - qRed(pb[x])), std::abs(qGreen(pa[x]) - qGreen(pb[x])),
                                    std::abs(qBlue(pa[x]) - qBlue(pb[x]))});
            const bool off = d > 48;
            differing += off;
            pd[x] = off ? qRgb(255, 0, 0) : qRgb(qGray(pa[x]) / 3 + 170, qGray(pa[x]) / 3 + 170, qGray(pa[x]) / 3 + 170);
        }
    }
    const double share = double(differing) / (double(a.width()) * a.height());
    if (share <= maxShare)
        return {};
    const QString diffPath = outDir + QLatin1Char('/') + name + QStringLiteral(".diff.png");
    a.save(actualPath);
    diff.save(diffPath);
    return QStringLiteral("%1 % of pixels differ (at most %2 % allowed); wrote %3 and %4")
        .arg(share * 100, 0, 'f', 3).arg(maxShare * 100, 0, 'f', 3).arg(actualPath, diffPath);
}

} // namespace hallwright::test
