// File → New from Brief…: the design brief as a form, validated by the engine as you type.
#pragma once

#include "catalog/catalog.h"

#include <QDialog>

#include <nlohmann/json.hpp>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace hallwright::app {

class OptionalNumber;

/// The brief's inputs (platform, accelerators, cooling, fabric, redundancy,
/// lease) with human labels and units, plus an optional user catalog file.
/// Every change is checked with the engine's own brief parser; OK is enabled
/// only for a brief the engine accepts, and the reason is shown otherwise.
/// Inputs the form does not show (from a loaded brief file) are kept.
class BriefDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BriefDialog(QWidget *parent = nullptr);

    /// Fills the form from a brief's JSON text; fields the text leaves out
    /// take their defaults. Returns the parser's message, or empty on success.
    QString loadBrief(const QString &jsonText);
    /// Fills the form from the brief file at path (as Load Brief File… does) and names the file
    /// beside the button until the form is edited. Returns the problem, or empty.
    QString loadBriefFile(const QString &path);
    /// The brief file the form shows unedited; empty once edited or without one.
    QString briefFile() const { return m_briefPath; }
    /// Uses the catalog items of path (a catalog JSON file); empty = none.
    /// Returns the problem with the file, or empty.
    QString setUserCatalogFile(const QString &path);

    /// The brief as the form describes it (schema hallwright.brief/1).
    QString briefJson() const;
    QString userCatalogFile() const { return m_catalogPath; }
    /// The user catalog file's text (empty without one), as read when it was chosen.
    const std::string &userCatalogJson() const { return m_catalogText; }
    /// Why the engine refuses the brief, or empty when it accepts it.
    QString validationMessage() const { return m_problem; }

private slots:
    void chooseBriefFile();
    void chooseCatalogFile();
    void validate();
    void platformChanged();

private:
    QWidget *buildHallAndCompute();
    QWidget *buildFabricAndPower();
    QWidget *buildLease();
    /// The lease price and the electricity price in the chosen currency (CNY or USD).
    void updateMoneyUnits();
    nlohmann::ordered_json formJson() const;
    void fillForm(const nlohmann::ordered_json &brief);
    void fillPlatforms();
    /// Names the loaded brief file beside its button (the full path on hover), or nothing.
    void showBriefFile();
    const Catalog &catalog() const { return m_catalog; }

    Catalog m_catalog;
    std::string m_catalogText;
    QString m_catalogPath;
    nlohmann::ordered_json m_base; ///< the loaded brief: fields the form does not show survive
    QString m_problem;
    QString m_briefPath;           ///< the brief file the form was filled from, until it is edited
    std::string m_loadedForm;      ///< the form's JSON right after it was filled from a brief

    QLineEdit *m_name;
    OptionalNumber *m_width;
    OptionalNumber *m_depth;
    QComboBox *m_platform;
    QSpinBox *m_accelerators;
    QLabel *m_nodesHint;
    OptionalNumber *m_nodesPerRack;
    QComboBox *m_cooling;
    QComboBox *m_switch;
    QComboBox *m_tiers;
    QDoubleSpinBox *m_oversubscription;
    QCheckBox *m_railOptimized;
    OptionalNumber *m_nodesPerSu;
    QComboBox *m_redundancy;
    OptionalNumber *m_pue;
    QDoubleSpinBox *m_loadFactor;
    QDoubleSpinBox *m_electricityPrice;
    QComboBox *m_currency;
    QSpinBox *m_years;
    OptionalNumber *m_price;
    QDoubleSpinBox *m_utilization;
    OptionalNumber *m_capex;
    QDoubleSpinBox *m_debt;
    QDoubleSpinBox *m_interest;
    QDoubleSpinBox *m_tax;
    QDoubleSpinBox *m_discount;
    QLabel *m_briefFile;
    QLineEdit *m_catalogEdit;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace hallwright::app
