// Document: loading, generating and saving a design, with re-analysis.
#include "document.h"

#include "brief/brief.h"
#include "store/project_store.h"

#include <QFile>

namespace hallwright::app {

Document::Document(QObject *parent) : QObject(parent) {}

Document::~Document() = default;

void Document::open(const QString &path)
{
    auto design = std::make_unique<Design>(loadProject(path.toStdString()));
    Catalog catalog = catalogFor(*design);
    setDesign(std::move(design), std::move(catalog), path);
}

void Document::generateFromBrief(const QString &briefPath)
{
    QFile file(briefPath);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error(briefPath.toStdString() + ": " + file.errorString().toStdString());
    const Catalog &catalog = Catalog::builtin();
    const Brief brief = parseBrief(file.readAll().toStdString(), catalog);
    setDesign(std::make_unique<Design>(synthesize(brief, catalog)), catalog, QString());
}

void Document::saveAs(const QString &path)
{
    if (!m_design)
        return;
    saveProject(*m_design, path.toStdString());
    m_path = path;
    emit changed();
}

void Document::setDesign(std::unique_ptr<Design> design, Catalog catalog, const QString &path)
{
    m_results = analyze(*design, catalog);
    m_design = std::move(design);
    m_catalog = std::move(catalog);
    m_path = path;
    emit changed();
}

} // namespace hallwright::app
