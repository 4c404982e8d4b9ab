// BriefDialog: form fields ⇄ brief JSON, with the engine's parser as the validator.
#include "brief_dialog.h"

#include "brief/brief.h"
#include "checks/json_error.h"
#include "common/finding_text.h"
#include "common/labels.h"
#include "dialogs/optional_number.h"
#include "settings/settings_registry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <utility>

namespace hallwright::app {

using nlohmann::ordered_json;

namespace {

constexpr qint64 kMaxInputBytes = 16 * 1024 * 1024;

/// Reads a small text file; returns false with the reason in error.
bool readText(const QString &path, std::string &text, QString &error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), f.errorString());
        return false;
    }
    if (f.size() > kMaxInputBytes) {
        error = BriefDialog::tr("%1: larger than 16 MiB").arg(QFileInfo(path).fileName());
        return false;
    }
    text = f.readAll().toStdString();
    return true;
}

QDoubleSpinBox *percentBox(double minimum, double maximum, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setDecimals(1);
    box->setSuffix(QStringLiteral(" %"));
    return box;
}

/// Sets j[section][key] = value, or removes it when value is empty (the engine's default).
void put(ordered_json &j, const char *section, const char *key, const std::optional<ordered_json> &value)
{
    if (value) {
        j[section][key] = *value;
    } else if (j.contains(section) && j[section].is_object()) {
        j[section].erase(key);
    }
}

std::optional<ordered_json> opt(std::optional<double> v)
{
    if (!v)
        return std::nullopt;
    return ordered_json(*v);
}

std::optional<ordered_json> optInt(std::optional<double> v)
{
    if (!v)
        return std::nullopt;
    return ordered_json(static_cast<long long>(std::llround(*v)));
}

const ordered_json *member(const ordered_json &j, const char *section, const char *key)
{
    const auto s = j.find(section);
    if (s == j.end() || !s->is_object())
        return nullptr;
    const auto v = s->find(key);
    return v == s->end() || v->is_null() ? nullptr : &*v;
}

/// Selects the item whose data is `value`; a value the list lacks is added as an item of its
/// own ("zz9 (not in the list)") and selected, so that what a brief file said is kept as it is.
void selectOrKeep(QComboBox *box, const QVariant &value)
{
    int i = box->findData(value);
    if (i < 0 && value.isValid() && !value.toString().isEmpty()) {
        box->addItem(BriefDialog::tr("%1 (not in the list)").arg(value.toString()), value);
        i = box->count() - 1;
    }
    box->setCurrentIndex(i >= 0 ? i : 0);
}

} // namespace

BriefDialog::BriefDialog(QWidget *parent) : QDialog(parent), m_catalog(Catalog::builtin())
{
    setWindowTitle(tr("New Hall from Brief"));
    setObjectName(QStringLiteral("briefDialog"));
    auto *layout = new QVBoxLayout(this);

    // Where the inputs come from: a brief file to start from, the user's catalog items.
    auto *sources = new QGroupBox(tr("Start from"), this);
    auto *sourceForm = new QFormLayout(sources);
    auto *loadButton = new QPushButton(tr("Load Brief File…"), sources);
    loadButton->setObjectName(QStringLiteral("loadBriefButton"));
    connect(loadButton, &QPushButton::clicked, this, &BriefDialog::chooseBriefFile);
    auto *briefRow = new QWidget(sources);
    auto *briefLayout = new QHBoxLayout(briefRow);
    briefLayout->setContentsMargins(0, 0, 0, 0);
    m_briefFile = new QLabel(briefRow);
    m_briefFile->setObjectName(QStringLiteral("briefFileName"));
    m_briefFile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    briefLayout->addWidget(loadButton);
    briefLayout->addWidget(m_briefFile, 1);
    sourceForm->addRow(tr("Brief:"), briefRow);
    auto *catalogRow = new QWidget(sources);
    auto *catalogLayout = new QHBoxLayout(catalogRow);
    catalogLayout->setContentsMargins(0, 0, 0, 0);
    m_catalogEdit = new QLineEdit(catalogRow);
    m_catalogEdit->setReadOnly(true);
    m_catalogEdit->setPlaceholderText(tr("Built-in catalog only"));
    auto *browse = new QToolButton(catalogRow);
    browse->setText(tr("Browse…"));
    connect(browse, &QToolButton::clicked, this, &BriefDialog::chooseCatalogFile);
    auto *clearCatalog = new QToolButton(catalogRow);
    clearCatalog->setText(tr("Clear"));
    connect(clearCatalog, &QToolButton::clicked, this, [this] { setUserCatalogFile(QString()); });
    catalogLayout->addWidget(m_catalogEdit, 1);
    catalogLayout->addWidget(browse);
    catalogLayout->addWidget(clearCatalog);
    sourceForm->addRow(tr("User catalog:"), catalogRow);
    layout->addWidget(sources);

    auto *columns = new QHBoxLayout;
    columns->addWidget(buildHallAndCompute(), 1);
    columns->addWidget(buildFabricAndPower(), 1);
    columns->addWidget(buildLease(), 1);
    layout->addLayout(columns);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("briefMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Hall"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    // What each input means and which brief field it sets (docs/cli.md), on hover.
    const std::pair<QWidget *, QString> tips[] = {
        {loadButton, tr("Fill the form from a brief .json file; fields the form does not show are kept")},
        {m_catalogEdit, tr("Catalog items of your own (.json, the format of hallwright-cli catalog --json)")},
        {browse, tr("Choose a user catalog file")},
        {clearCatalog, tr("Use the built-in catalog only")},
        {m_buttons->button(QDialogButtonBox::Ok), tr("Lay out the hall from these inputs")},
        {m_buttons->button(QDialogButtonBox::Cancel), tr("Close the form without creating a hall")},
        {m_name, tr("name: the hall's name, shown in the title and the reports")},
        {m_width, tr("hall.width_m: the white space's width; Auto sizes the hall to fit")},
        {m_depth, tr("hall.depth_m: the white space's depth; Auto sizes the hall to fit")},
        {m_platform, tr("compute.platform: the compute node (server or rack-scale system) from the catalog")},
        {m_accelerators, tr("compute.accelerators: how many accelerators (GPUs, NPUs) the hall holds")},
        {m_nodesPerRack, tr("compute.nodes_per_rack: Auto packs as many as the rack power limit and units allow")},
        {m_cooling, tr("cooling.mode: air, liquid, or the platform's own")},
        {m_switch, tr("fabric.switch: the compute fabric's leaf, spine and core switch")},
        {m_tiers, tr("fabric.tiers: leaf–spine, or leaf–spine–core for larger fabrics")},
        {m_railOptimized, tr("fabric.rail_optimized: NIC i of every node in an SU goes to leaf i")},
        {m_redundancy, tr("power.redundancy: 2N (A and B feeds), N+1 (one spare unit) or N")},
        {m_pue, tr("power.pue: facility power / IT power; Estimate derives it from the cooling and losses")},
        {m_electricityPrice, tr("power.electricity_price_per_kwh, in the lease currency")},
        {m_currency, tr("lease.currency: CNY or USD (a USD lease needs an exchange rate in the brief file)")},
        {m_years, tr("lease.years: the contract length")},
        {m_price, tr("lease.price_per_accelerator_hour; Default is the platform's catalog market price")},
        {m_debt, tr("lease.debt_fraction: the share of capex financed by the loan")},
        {m_interest, tr("lease.interest_rate: the loan's yearly interest")},
        {m_tax, tr("lease.tax_rate: income tax on the yearly profit")},
        {m_discount, tr("lease.discount_rate: for the net present value of the equity cash flows")},
    };
    for (const auto &[widget, tip] : tips)
        if (widget->toolTip().isEmpty())
            widget->setToolTip(tip);

    fillPlatforms();
    fillForm(ordered_json::object());
    const QString lastCatalog = settings::lastUserCatalog.value();
    if (!lastCatalog.isEmpty() && QFileInfo::exists(lastCatalog))
        setUserCatalogFile(lastCatalog);
    validate();
}

QWidget *BriefDialog::buildHallAndCompute()
{
    auto *column = new QWidget(this);
    auto *v = new QVBoxLayout(column);
    v->setContentsMargins(0, 0, 0, 0);

    auto *hall = new QGroupBox(tr("Hall"), column);
    auto *hf = new QFormLayout(hall);
    m_name = new QLineEdit(hall);
    m_name->setObjectName(QStringLiteral("briefName"));
    m_name->setMaxLength(200);
    hf->addRow(tr("Name:"), m_name);
    m_width = new OptionalNumber(tr("Auto"), 1.0, 2000.0, 1, tr(" m"), hall);
    m_width->setSuggestedValue(60.0);
    hf->addRow(tr("Width:"), m_width);
    m_depth = new OptionalNumber(tr("Auto"), 1.0, 2000.0, 1, tr(" m"), hall);
    m_depth->setSuggestedValue(40.0);
    hf->addRow(tr("Depth:"), m_depth);
    v->addWidget(hall);

    auto *compute = new QGroupBox(tr("Compute"), column);
    auto *cf = new QFormLayout(compute);
    m_platform = new QComboBox(compute);
    m_platform->setObjectName(QStringLiteral("briefPlatform"));
    cf->addRow(tr("Platform:"), m_platform);
    m_accelerators = new QSpinBox(compute);
    m_accelerators->setObjectName(QStringLiteral("briefAccelerators"));
    m_accelerators->setRange(1, 1'000'000);
    m_accelerators->setGroupSeparatorShown(true);
    cf->addRow(tr("Accelerators:"), m_accelerators);
    m_nodesHint = new QLabel(compute);
    cf->addRow(QString(), m_nodesHint);
    m_nodesPerRack = new OptionalNumber(tr("Auto"), 1, 64, 0, QString(), compute);
    m_nodesPerRack->setSuggestedValue(4);
    cf->addRow(tr("Nodes per rack:"), m_nodesPerRack);
    m_cooling = new QComboBox(compute);
    m_cooling->setObjectName(QStringLiteral("briefCooling"));
    m_cooling->addItem(tr("The platform's own"), QStringLiteral("auto"));
    m_cooling->addItem(tr("Air"), QStringLiteral("air"));
    m_cooling->addItem(tr("Liquid"), QStringLiteral("liquid"));
    cf->addRow(tr("Cooling:"), m_cooling);
    v->addWidget(compute);
    v->addStretch();

    connect(m_platform, &QComboBox::currentIndexChanged, this, &BriefDialog::platformChanged);
    connect(m_name, &QLineEdit::textChanged, this, &BriefDialog::validate);
    connect(m_width, &OptionalNumber::valueChanged, this, &BriefDialog::validate);
    connect(m_depth, &OptionalNumber::valueChanged, this, &BriefDialog::validate);
    connect(m_accelerators, &QSpinBox::valueChanged, this, &BriefDialog::platformChanged);
    connect(m_nodesPerRack, &OptionalNumber::valueChanged, this, &BriefDialog::validate);
    connect(m_cooling, &QComboBox::currentIndexChanged, this, &BriefDialog::validate);
    return column;
}

QWidget *BriefDialog::buildFabricAndPower()
{
    auto *column = new QWidget(this);
    auto *v = new QVBoxLayout(column);
    v->setContentsMargins(0, 0, 0, 0);

    auto *fabric = new QGroupBox(tr("Compute fabric"), column);
    auto *ff = new QFormLayout(fabric);
    m_switch = new QComboBox(fabric);
    m_switch->setObjectName(QStringLiteral("briefSwitch"));
    m_switch->addItem(tr("Auto (for the NIC speed)"), QString());
    for (const auto &[id, s] : m_catalog.switches())
        if (s.portGbps >= 100)
            m_switch->addItem(views::Labels::catalogName(s.name, s.nameZh), QString::fromStdString(id));
    ff->addRow(tr("Switch:"), m_switch);
    m_tiers = new QComboBox(fabric);
    m_tiers->addItem(tr("Auto (2 when it fits)"), 0);
    m_tiers->addItem(tr("2 tiers (leaf–spine)"), 2);
    m_tiers->addItem(tr("3 tiers (leaf–spine–core)"), 3);
    ff->addRow(tr("Tiers:"), m_tiers);
    m_oversubscription = new QDoubleSpinBox(fabric);
    m_oversubscription->setRange(1.0, 16.0);
    m_oversubscription->setDecimals(2);
    m_oversubscription->setSingleStep(0.5);
    m_oversubscription->setSuffix(tr(" : 1"));
    m_oversubscription->setToolTip(tr("Leaf downlink : uplink bandwidth; 1 : 1 is non-blocking."));
    ff->addRow(tr("Oversubscription:"), m_oversubscription);
    m_railOptimized = new QCheckBox(tr("Rail-optimised"), fabric);
    ff->addRow(QString(), m_railOptimized);
    m_nodesPerSu = new OptionalNumber(tr("Auto"), 1, 1024, 0, tr(" nodes"), fabric);
    m_nodesPerSu->setToolTip(tr("Scalable-unit size: one leaf per rail per SU."));
    ff->addRow(tr("Scalable unit:"), m_nodesPerSu);
    v->addWidget(fabric);

    auto *power = new QGroupBox(tr("Power"), column);
    auto *pf = new QFormLayout(power);
    m_redundancy = new QComboBox(power);
    m_redundancy->setObjectName(QStringLiteral("briefRedundancy"));
    m_redundancy->addItem(tr("2N (two independent feeds)"), QStringLiteral("2N"));
    m_redundancy->addItem(tr("N+1"), QStringLiteral("N+1"));
    m_redundancy->addItem(tr("N (no redundancy)"), QStringLiteral("N"));
    pf->addRow(tr("Redundancy:"), m_redundancy);
    m_pue = new OptionalNumber(tr("Estimate"), 1.0, 3.0, 2, QString(), power);
    m_pue->setSuggestedValue(1.3);
    m_pue->setSingleStep(0.05);
    pf->addRow(tr("PUE:"), m_pue);
    m_loadFactor = percentBox(1.0, 100.0, power);
    m_loadFactor->setToolTip(tr("Average IT draw as a share of the nameplate maximum."));
    pf->addRow(tr("Load factor:"), m_loadFactor);
    m_electricityPrice = new QDoubleSpinBox(power);
    m_electricityPrice->setRange(0.0, 100.0);
    m_electricityPrice->setDecimals(3);
    m_electricityPrice->setSingleStep(0.05);
    m_electricityPrice->setSuffix(tr(" CNY per kWh"));
    pf->addRow(tr("Electricity:"), m_electricityPrice);
    v->addWidget(power);
    v->addStretch();

    connect(m_switch, &QComboBox::currentIndexChanged, this, &BriefDialog::validate);
    connect(m_tiers, &QComboBox::currentIndexChanged, this, &BriefDialog::validate);
    connect(m_oversubscription, &QDoubleSpinBox::valueChanged, this, &BriefDialog::validate);
    connect(m_railOptimized, &QCheckBox::toggled, this, &BriefDialog::validate);
    connect(m_nodesPerSu, &OptionalNumber::valueChanged, this, &BriefDialog::validate);
    connect(m_redundancy, &QComboBox::currentIndexChanged, this, &BriefDialog::validate);
    connect(m_pue, &OptionalNumber::valueChanged, this, &BriefDialog::validate);
    connect(m_loadFactor, &QDoubleSpinBox::valueChanged, this, &BriefDialog::validate);
    connect(m_electricityPrice, &QDoubleSpinBox::valueChanged, this, &BriefDialog::validate);
    return column;
}

QWidget *BriefDialog::buildLease()
{
    auto *lease = new QGroupBox(tr("Lease"), this);
    auto *lf = new QFormLayout(lease);
    m_currency = new QComboBox(lease);
    m_currency->addItem(tr("CNY (yuan)"), QStringLiteral("CNY"));
    m_currency->addItem(tr("USD (US dollar)"), QStringLiteral("USD"));
    lf->addRow(tr("Currency:"), m_currency);
    m_years = new QSpinBox(lease);
    m_years->setRange(1, 30);
    m_years->setSuffix(tr(" years"));
    lf->addRow(tr("Term:"), m_years);
    m_price = new OptionalNumber(tr("Default"), 0.0, 10'000.0, 2, tr(" CNY per accelerator-hour"), lease);
    m_price->setSuggestedValue(12.0);
    m_price->setObjectName(QStringLiteral("briefPrice"));
    lf->addRow(tr("Price:"), m_price);
    m_utilization = percentBox(0.0, 100.0, lease);
    lf->addRow(tr("Utilization:"), m_utilization);
    m_capex = new OptionalNumber(tr("Estimate"), 1.0, 1e13, 0, QString(), lease);
    m_capex->setToolTip(tr("Total IT capex; the estimate prices the bill of materials from the catalog."));
    m_capex->setSingleStep(1e6);
    m_capex->setSuggestedValue(1e9);
    lf->addRow(tr("Capex:"), m_capex);
    m_debt = percentBox(0.0, 100.0, lease);
    lf->addRow(tr("Debt share:"), m_debt);
    m_interest = percentBox(0.0, 99.9, lease);
    lf->addRow(tr("Interest rate:"), m_interest);
    m_tax = percentBox(0.0, 99.9, lease);
    lf->addRow(tr("Tax rate:"), m_tax);
    m_discount = percentBox(-99.0, 100.0, lease);
    lf->addRow(tr("Discount rate:"), m_discount);

    connect(m_currency, &QComboBox::currentIndexChanged, this, &BriefDialog::validate);
    connect(m_years, &QSpinBox::valueChanged, this, &BriefDialog::validate);
    connect(m_price, &OptionalNumber::valueChanged, this, &BriefDialog::validate);
    connect(m_utilization, &QDoubleSpinBox::valueChanged, this, &BriefDialog::validate);
    connect(m_capex, &OptionalNumber::valueChanged, this, &BriefDialog::validate);
    for (QDoubleSpinBox *box : {m_debt, m_interest, m_tax, m_discount})
        connect(box, &QDoubleSpinBox::valueChanged, this, &BriefDialog::validate);
    return lease;
}

void BriefDialog::fillPlatforms()
{
    const QString current = m_platform->currentData().toString();
    const QSignalBlocker block(m_platform);
    m_platform->clear();
    for (const auto &[id, node] : m_catalog.nodes()) {
        m_platform->addItem(views::Labels::catalogName(node.name, node.nameZh), QString::fromStdString(id));
        m_platform->setItemData(m_platform->count() - 1, QString::fromStdString(id), Qt::ToolTipRole);
    }
    if (current.isEmpty())
        m_platform->setCurrentIndex(0);
    else
        selectOrKeep(m_platform, current);
}

void BriefDialog::fillForm(const ordered_json &j)
{
    m_base = j.is_object() ? j : ordered_json::object();
    // Defaults come from the engine's own Brief, so the form never invents one.
    const Brief d;
    auto str = [&](const char *s, const char *k, const std::string &def) {
        const ordered_json *v = member(m_base, s, k);
        return v && v->is_string() ? v->get<std::string>() : def;
    };
    auto num = [&](const char *s, const char *k) -> std::optional<double> {
        const ordered_json *v = member(m_base, s, k);
        if (v && v->is_number())
            return v->get<double>();
        return std::nullopt;
    };
    // A value the file gives that the list does not have stays selected, marked, so that the
    // engine refuses it by name rather than the form putting another in its place.
    auto selectData = [](QComboBox *box, const QVariant &value) { selectOrKeep(box, value); };

    const QSignalBlocker block(this);
    m_name->setText(QString::fromStdString(m_base.contains("name") && m_base["name"].is_string()
                                               ? m_base["name"].get<std::string>()
                                               : tr("Hall A").toStdString())); // the engine's default name, in the user's words
    m_width->setValue(num("hall", "width_m"));
    m_depth->setValue(num("hall", "depth_m"));
    selectData(m_platform, QString::fromStdString(str("compute", "platform", d.compute.platform)));
    m_accelerators->setValue(int(num("compute", "accelerators").value_or(double(d.compute.accelerators))));
    m_nodesPerRack->setValue(num("compute", "nodes_per_rack"));
    selectData(m_cooling, QString::fromStdString(str("cooling", "mode", "auto")));

    selectData(m_switch, QString::fromStdString(str("fabric", "switch", "")));
    const ordered_json *tiers = member(m_base, "fabric", "tiers");
    selectData(m_tiers, tiers && tiers->is_number() ? tiers->get<int>() : 0);
    m_oversubscription->setValue(num("fabric", "oversubscription").value_or(d.fabric.oversubscription));
    const ordered_json *rail = member(m_base, "fabric", "rail_optimized");
    m_railOptimized->setChecked(rail && rail->is_boolean() ? rail->get<bool>() : d.fabric.railOptimized);
    m_nodesPerSu->setValue(num("fabric", "nodes_per_su"));

    selectData(m_redundancy, QString::fromStdString(str("power", "redundancy", toString(d.power.redundancy))));
    m_pue->setValue(num("power", "pue"));
    m_loadFactor->setValue(100.0 * num("power", "load_factor").value_or(d.power.loadFactor));
    m_electricityPrice->setValue(num("power", "electricity_price_per_kwh").value_or(d.power.electricityPricePerKwh));

    const std::string currency = str("lease", "currency", d.lease.currency);
    if (m_currency->findData(QString::fromStdString(currency)) < 0)
        m_currency->addItem(QString::fromStdString(currency), QString::fromStdString(currency));
    selectData(m_currency, QString::fromStdString(currency));
    m_years->setValue(int(num("lease", "years").value_or(d.lease.years)));
    m_price->setValue(num("lease", "price_per_accelerator_hour"));
    // A utilisation ramp (a list, one a year) from the file is kept as it is.
    const ordered_json *util = member(m_base, "lease", "utilization");
    m_utilization->setEnabled(!(util && util->is_array()));
    m_utilization->setToolTip(m_utilization->isEnabled()
                                  ? tr("lease.utilization: the share of accelerator-hours that are paid for")
                                  : tr("The brief file gives a ramp, one figure a year: kept."));
    m_utilization->setValue(100.0 * num("lease", "utilization").value_or(d.lease.utilization));
    m_capex->setValue(num("lease", "capex_total"));
    m_debt->setValue(100.0 * num("lease", "debt_fraction").value_or(d.lease.debtFraction));
    m_interest->setValue(100.0 * num("lease", "interest_rate").value_or(d.lease.interestRate));
    m_tax->setValue(100.0 * num("lease", "tax_rate").value_or(d.lease.taxRate));
    m_discount->setValue(100.0 * num("lease", "discount_rate").value_or(d.lease.discountRate));
}

ordered_json BriefDialog::formJson() const
{
    ordered_json j = m_base;
    j["schema"] = std::string(briefSchema);
    j["name"] = m_name->text().toStdString();
    auto text = [](const QComboBox *box) { return box->currentData().toString().toStdString(); };
    auto fraction = [](const QDoubleSpinBox *box) { return ordered_json(box->value() / 100.0); };

    put(j, "hall", "width_m", opt(m_width->value()));
    put(j, "hall", "depth_m", opt(m_depth->value()));
    put(j, "compute", "platform", ordered_json(text(m_platform)));
    put(j, "compute", "accelerators", ordered_json(m_accelerators->value()));
    put(j, "compute", "nodes_per_rack", optInt(m_nodesPerRack->value()));
    put(j, "cooling", "mode", ordered_json(text(m_cooling)));

    const std::string sw = text(m_switch);
    put(j, "fabric", "switch", sw.empty() ? std::nullopt : std::optional<ordered_json>(sw));
    const int tiers = m_tiers->currentData().toInt();
    put(j, "fabric", "tiers", tiers == 0 ? ordered_json("auto") : ordered_json(tiers));
    put(j, "fabric", "oversubscription", ordered_json(m_oversubscription->value()));
    put(j, "fabric", "rail_optimized", ordered_json(m_railOptimized->isChecked()));
    put(j, "fabric", "nodes_per_su", optInt(m_nodesPerSu->value()));

    put(j, "power", "redundancy", ordered_json(text(m_redundancy)));
    put(j, "power", "pue", opt(m_pue->value()));
    put(j, "power", "load_factor", fraction(m_loadFactor));
    put(j, "power", "electricity_price_per_kwh", ordered_json(m_electricityPrice->value()));

    put(j, "lease", "currency", ordered_json(text(m_currency)));
    put(j, "lease", "years", ordered_json(m_years->value()));
    put(j, "lease", "price_per_accelerator_hour", opt(m_price->value()));
    if (m_utilization->isEnabled())
        put(j, "lease", "utilization", fraction(m_utilization));
    put(j, "lease", "capex_total", opt(m_capex->value()));
    put(j, "lease", "debt_fraction", fraction(m_debt));
    put(j, "lease", "interest_rate", fraction(m_interest));
    put(j, "lease", "tax_rate", fraction(m_tax));
    put(j, "lease", "discount_rate", fraction(m_discount));
    return j;
}

QString BriefDialog::briefJson() const
{
    return QString::fromStdString(formJson().dump(2));
}

QString BriefDialog::loadBrief(const QString &jsonText)
{
    ordered_json j;
    try {
        j = ordered_json::parse(jsonText.toStdString());
    } catch (const std::exception &e) {
        return tr("not valid JSON: %1").arg(views::findingText(jsonError(e)));
    }
    if (!j.is_object())
        return tr("a brief is a JSON object");
    m_briefPath.clear(); // text, not a file (loadBriefFile names its file once the form is filled)
    fillForm(j);
    validate();
    m_loadedForm = formJson().dump();
    showBriefFile();
    return m_problem;
}

QString BriefDialog::loadBriefFile(const QString &path)
{
    std::string text;
    QString error;
    if (!readText(path, text, error))
        return error;
    m_loadedForm.clear();
    const QString problem = loadBrief(QString::fromStdString(text));
    if (!m_loadedForm.empty()) // the form shows the file (even one the engine refuses, to be mended)
        m_briefPath = path;
    showBriefFile();
    return problem.isEmpty() ? QString() : tr("%1: %2").arg(QFileInfo(path).fileName(), problem);
}

void BriefDialog::showBriefFile()
{
    m_briefFile->setText(m_briefPath.isEmpty() ? QString() : QFileInfo(m_briefPath).fileName());
    m_briefFile->setToolTip(m_briefPath.isEmpty() ? QString() : QDir::toNativeSeparators(m_briefPath));
}

QString BriefDialog::setUserCatalogFile(const QString &path)
{
    Catalog catalog = Catalog::builtin();
    std::string text;
    if (!path.isEmpty()) {
        QString error;
        if (!readText(path, text, error))
            return error;
        try {
            catalog.merge(Catalog::fromJson(text));
        } catch (const std::exception &e) {
            return QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), views::errorText(e));
        }
    }
    m_catalog = std::move(catalog);
    m_catalogText = std::move(text);
    m_catalogPath = path;
    m_catalogEdit->setText(path);
    m_catalogEdit->setToolTip(path);
    fillPlatforms();
    validate();
    return {};
}

void BriefDialog::chooseBriefFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load a brief"), settings::lastDirectory.value(),
                                                      tr("Design briefs (*.json)"));
    if (path.isEmpty())
        return;
    const QString problem = loadBriefFile(path);
    if (!problem.isEmpty())
        m_message->setText(problem);
}

void BriefDialog::chooseCatalogFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("User catalog items"), settings::lastDirectory.value(),
                                                      tr("Catalog files (*.json)"));
    if (path.isEmpty())
        return;
    const QString problem = setUserCatalogFile(path);
    if (problem.isEmpty())
        settings::lastUserCatalog.setValue(path);
    else
        m_message->setText(problem);
}

void BriefDialog::platformChanged()
{
    const NodeSpec *node = m_catalog.node(m_platform->currentData().toString().toStdString());
    if (node && node->acceleratorsPerNode > 0) {
        const int per = node->acceleratorsPerNode;
        m_accelerators->setSingleStep(per);
        const long long nodes = (m_accelerators->value() + per - 1) / per;
        const QString count = QLocale().toString(nodes);
        m_nodesHint->setText(node->rackScale ? (nodes == 1 ? tr("1 rack-scale system of %1 accelerators").arg(per)
                                                           : tr("%1 rack-scale systems of %2 accelerators").arg(count).arg(per))
                                             : (nodes == 1 ? tr("1 node of %1 accelerators").arg(per)
                                                           : tr("%1 nodes of %2 accelerators").arg(count).arg(per)));
        m_nodesPerSu->spinBox()->setValue(node->rackScale ? kRackScaleNodesPerSu : 32);
        m_nodesPerSu->autoBox()->setText(node->rackScale ? tr("Auto (%1)").arg(kRackScaleNodesPerSu) : tr("Auto (32)"));
    } else {
        m_nodesHint->clear();
    }
    validate();
}

void BriefDialog::updateMoneyUnits()
{
    const bool usd = m_currency->currentData().toString() == QStringLiteral("USD");
    m_price->spinBox()->setSuffix(usd ? tr(" USD per accelerator-hour") : tr(" CNY per accelerator-hour"));
    m_electricityPrice->setSuffix(usd ? tr(" USD per kWh") : tr(" CNY per kWh"));
    m_capex->spinBox()->setSuffix(usd ? tr(" USD") : tr(" CNY"));
}

void BriefDialog::validate()
{
    updateMoneyUnits();
    try {
        parseBrief(formJson().dump(), m_catalog);
        m_problem.clear();
    } catch (const std::exception &e) {
        m_problem = views::errorText(e);
    }
    if (m_problem.isEmpty()) {
        m_message->setText(tr("The engine accepts this brief."));
        m_message->setStyleSheet(QString());
    } else {
        m_message->setText(tr("Cannot create this hall: %1").arg(m_problem));
        m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
    // Edited: the form no longer shows the file it was loaded from.
    if (!m_briefPath.isEmpty() && formJson().dump() != m_loadedForm) {
        m_briefPath.clear();
        showBriefFile();
    }
}

} // namespace hallwright::app
