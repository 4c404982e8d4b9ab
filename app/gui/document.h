// One open design: the model, its catalog, analysis results and file path.
#pragma once

#include "analysis/analysis.h"
#include "model/design.h"

#include <QObject>
#include <QString>

#include <memory>

namespace hallwright::app {

/// Holds a design and re-analyses it when it changes. Views observe it
/// through the changed() signal; the model holds no rendering state.
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    /// Loads a .hall project; throws ProjectFileError / CatalogError with the reason.
    void open(const QString &path);
    /// Generates a design from a brief file; throws BriefError / LayoutError … with the reason.
    void generateFromBrief(const QString &briefPath);
    /// Saves atomically; throws ProjectFileError.
    void saveAs(const QString &path);

    bool isEmpty() const { return !m_design; }
    const Design *design() const { return m_design.get(); }
    const Catalog &catalog() const { return m_catalog; }
    const Results &results() const { return m_results; }
    QString path() const { return m_path; }

signals:
    void changed();

private:
    void setDesign(std::unique_ptr<Design> design, Catalog catalog, const QString &path);

    std::unique_ptr<Design> m_design;
    Catalog m_catalog;
    Results m_results;
    QString m_path;
};

} // namespace hallwright::app
