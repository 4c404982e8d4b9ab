// The proposal's catalog names follow its language: the Chinese proposal's bill of materials,
// key figures and source table show each item's name_zh, the English proposal the English name.
#include "analysis/analysis.h"
#include "analysis/bill_of_materials.h"
#include "brief/brief.h"
#include "catalog/catalog.h"
#include "report/proposal_content.h"

#include <QtTest>

#include <algorithm>

using namespace hallwright;

namespace {

struct ProposalHall
{
    Design design;
    Results results;
};

const ProposalHall &hall1024()
{
    static const ProposalHall h = [] {
        const Catalog &c = Catalog::builtin();
        ProposalHall out;
        out.design = synthesize(parseBrief(R"({"schema":"hallwright.brief/1","compute":{"accelerators":1024}})", c), c);
        out.results = analyze(out.design, c);
        return out;
    }();
    return h;
}

/// Every section's HTML of the proposal in `language`.
QString proposalHtml(views::ReportLanguage language)
{
    const ProposalHall &h = hall1024();
    const views::ReportText text(language);
    const views::ProposalContent content =
        views::buildProposalContent(h.design, Catalog::builtin(), h.results, text, views::ProposalPictures{});
    QString html;
    for (const views::ProposalSection &s : content.sections)
        html += s.html;
    for (const auto &[label, value] : content.keyFigures)
        html += label + QLatin1Char(' ') + value + QLatin1Char('\n');
    return html;
}

QString cell(const std::string &s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}

} // namespace

class TestProposalContent : public QObject
{
    Q_OBJECT

private slots:
    void bomNamesFollowTheLanguage()
    {
        const Catalog &c = Catalog::builtin();
        const ProposalHall &h = hall1024();
        const NodeSpec *node = c.node(h.results.compute.platform);
        QVERIFY(node);
        QVERIFY(!node->nameZh.empty());
        const std::vector<BomItem> bom = designBom(h.design, c, h.results.network);
        const auto transformer = std::find_if(bom.begin(), bom.end(), [&](const BomItem &b) {
            return c.power(b.catalogId) && c.power(b.catalogId)->kind == PowerKind::Transformer;
        });
        QVERIFY(transformer != bom.end());

        const QString zh = proposalHtml(views::ReportLanguage::SimplifiedChinese);
        const QString en = proposalHtml(views::ReportLanguage::English);
        // A known item, the compute platform: its Chinese name in the Chinese BOM, the English in the English.
        QVERIFY2(zh.contains(cell(node->nameZh)), qPrintable(QString::fromStdString(node->nameZh)));
        QVERIFY2(en.contains(cell(node->name)), node->name.c_str());
        QVERIFY(!en.contains(cell(node->nameZh)));
        // A power row: e.g. 干式变压器 2500 kVA 10 kV / 0.4 kV against Dry-type transformer ….
        QVERIFY2(zh.contains(cell(transformer->descriptionZh)), transformer->descriptionZh.c_str());
        QVERIFY(!zh.contains(cell(transformer->description)));
        QVERIFY2(en.contains(cell(transformer->description)), transformer->description.c_str());
        QVERIFY(!en.contains(cell(transformer->descriptionZh)));
        // Rows that are no catalog item: the facility systems.
        QVERIFY(zh.contains(QStringLiteral("气体灭火系统（IG-541 洁净气体，VESDA 极早期烟雾探测），按 m² 计")));
        QVERIFY(!zh.contains(QStringLiteral("Fire suppression (IG-541")));
        QVERIFY(en.contains(QStringLiteral("Fire suppression (IG-541 clean agent, VESDA detection), per m²")));
        // Every BOM row of the Chinese proposal reads in Chinese.
        for (const BomItem &b : bom) {
            QVERIFY2(!b.descriptionZh.empty(), b.catalogId.c_str());
            QVERIFY2(zh.contains(cell(b.descriptionZh)), b.descriptionZh.c_str());
        }
        // The accelerator of the sources table.
        const AcceleratorSpec *acc = c.accelerator(node->acceleratorId);
        QVERIFY(acc);
        QVERIFY2(zh.contains(cell(acc->nameZh)), acc->nameZh.c_str());
        QVERIFY(en.contains(cell(acc->name)));
    }
};

QTEST_MAIN(TestProposalContent)
#include "test_proposal_content.moc"
