// The lease workbook: an Inputs sheet of named cells, a Cash flow sheet of formulas (the whole lease model:
// classes, ramps, refunds, losses carried forward, resale), the Capex lines by class (libxlsxwriter).
#include "report/lease_workbook.h"

#include "report/csv_export.h"
#include "report/csv_writer.h"
#include "report/installer_labels.h"
#include "store/atomic_file.h"

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <variant>
#include <vector>

namespace hallwright {

namespace {

std::string cell(int row, int col, bool absolute = false)
{
    return absolute ? fmt::format("${}${}", gridColumn(col), row + 1) : fmt::format("{}{}", gridColumn(col), row + 1);
}

/// The fixed words and the capex items in the reader's language (English when a function is empty).
class Words
{
public:
    explicit Words(const WorkbookWords &words) : m_words(words) {}
    std::string operator()(const char *english) const { return m_words.label ? m_words.label(english) : english; }
    /// A translated pattern with {} fields; a translation whose fields do not fit falls back to the English.
    template <typename... Args>
    std::string format(const char *english, const Args &...args) const
    {
        try {
            return fmt::format(fmt::runtime((*this)(english)), args...);
        } catch (const fmt::format_error &) {
            return fmt::format(fmt::runtime(english), args...);
        }
    }
    /// A currency as the unit column and the titles write it: "CNY" in English, "元" in Chinese;
    /// the lease's currency input keeps its code, which the formulas compare.
    std::string currencyUnit(const std::string &code) const
    {
        if (code == "CNY")
            return (*this)(QT_TRANSLATE_NOOP("Workbook", "CNY"));
        if (code == "USD")
            return (*this)(QT_TRANSLATE_NOOP("Workbook", "USD"));
        return code;
    }
    const std::string &item(const lease::CapexLine &line) const { return lease::capexItem(line, m_words.chineseItems); }
    /// A capex class as the Capex sheet writes it (and its SUMIF criteria match).
    std::string capexClass(lease::CapexClass c) const
    {
        return c == lease::CapexClass::Facility ? (*this)(QT_TRANSLATE_NOOP("Workbook", "facility")) : (*this)(QT_TRANSLATE_NOOP("Workbook", "it"));
    }

private:
    const WorkbookWords &m_words;
};

/// A reference to a cell of a sheet, the sheet's name quoted (it may hold spaces or Chinese).
std::string sheetRef(const std::string &sheet, const std::string &cellRef)
{
    return "='" + sheet + "'!" + cellRef;
}

/// The workbook being written; closes (and frees) it on every path.
class Book
{
public:
    explicit Book(const std::string &path)
    {
        lxw_workbook_options options{};
        options.constant_memory = LXW_FALSE;
        m_wb = workbook_new_opt(path.c_str(), &options);
        if (!m_wb)
            throw WorkbookError(phrase(QT_TRANSLATE_NOOP("Finding", "cannot create the workbook")));
        money = format("#,##0");
        money2 = format("#,##0.00");
        rate = format("0.00%");
        number = format("#,##0.###");
        years = format("0.00");
        bold = workbook_add_format(m_wb);
        format_set_bold(bold);
        header = workbook_add_format(m_wb);
        format_set_bold(header);
        format_set_bg_color(header, 0xDDE5EE);
        format_set_bottom(header, LXW_BORDER_THIN);
        title = workbook_add_format(m_wb);
        format_set_bold(title);
        format_set_font_size(title, 14);
        input = format("#,##0.#####");
        format_set_bg_color(input, 0xFFF6D5);
        inputRate = format("0.00%");
        format_set_bg_color(inputRate, 0xFFF6D5);
        inputText = workbook_add_format(m_wb);
        format_set_bg_color(inputText, 0xFFF6D5);
        boldMoney = format("#,##0");
        format_set_bold(boldMoney);
        format_set_top(boldMoney, LXW_BORDER_THIN);
    }
    ~Book()
    {
        if (m_wb)
            workbook_close(m_wb);
    }
    Book(const Book &) = delete;
    Book &operator=(const Book &) = delete;

    lxw_worksheet *sheet(const char *name) { return workbook_add_worksheet(m_wb, name); }
    void define(const std::string &name, const std::string &formula)
    {
        check(workbook_define_name(m_wb, name.c_str(), formula.c_str()), "define " + name);
    }
    void close()
    {
        lxw_workbook *wb = m_wb;
        m_wb = nullptr;
        const lxw_error e = workbook_close(wb);
        if (e != LXW_NO_ERROR)
            throw WorkbookError(std::string("cannot write the workbook: ") + lxw_strerror(e));
    }
    lxw_workbook *get() { return m_wb; }

    static void check(lxw_error e, const std::string &what)
    {
        if (e != LXW_NO_ERROR)
            throw WorkbookError(what + ": " + lxw_strerror(e));
    }

    lxw_format *money, *money2, *rate, *number, *years, *bold, *header, *title, *input, *inputRate, *inputText,
        *boldMoney;

private:
    lxw_format *format(const char *numFormat)
    {
        lxw_format *f = workbook_add_format(m_wb);
        format_set_num_format(f, numFormat);
        return f;
    }
    lxw_workbook *m_wb = nullptr;
};

void text(lxw_worksheet *ws, int row, int col, const std::string &value, lxw_format *f = nullptr)
{
    Book::check(worksheet_write_string(ws, row, col, neutralised(value).c_str(), f), "write text");
}

/// A formula with an empty cached result: every spreadsheet computes it on opening.
void formula(lxw_worksheet *ws, int row, int col, const std::string &f, lxw_format *format)
{
    Book::check(worksheet_write_formula_str(ws, row, col, f.c_str(), format, ""), "write formula " + f);
}

struct Input
{
    std::string key, label, unit, field;
    std::variant<std::monostate, double, std::string> value; ///< monostate: blank (not given)
    std::string formulaText;                                 ///< instead of a value
    lxw_format *format = nullptr;
};

} // namespace

lease::LeaseInputs leaseInputsOf(const Results &r)
{
    if (!r.lease || !r.brief || !r.power || !r.power->pue)
        throw WorkbookError(phrase(QT_TRANSLATE_NOOP("Finding", "the design has no lease result (it needs a brief, priced items and a PUE)")));
    lease::LeaseInputs in;
    in.terms = r.brief->lease;
    // The classes and the price as the lease model used them (a price the brief
    // leaves out is the platform's catalog market price).
    in.capexIt = r.lease->capexIt;
    in.capexFacility = r.lease->capexFacility;
    if (!in.terms.pricePerAcceleratorHour && !in.terms.pricePerNodeMonth)
        in.terms.pricePerAcceleratorHour = r.lease->pricePerAcceleratorHour;
    in.itKw = r.power->itKw;
    in.pue = *r.power->pue;
    in.loadFactor = r.brief->power.loadFactor;
    in.electricityPricePerKwh = r.brief->power.electricityPricePerKwh;
    in.accelerators = r.compute.accelerators;
    in.nodes = r.compute.nodes;
    return in;
}

namespace {

using Value = std::variant<std::monostate, double, std::string>;

Value opt(const std::optional<double> &v)
{
    if (v)
        return *v;
    return std::monostate{};
}

/// Rows of the Capex sheet's estimate lines (first and last, 0-based), when there is an estimate.
struct CapexRows
{
    int first = 0, last = -1;
    int totalRow = -1;
    bool any() const { return totalRow >= 0; }
};

/// The Capex sheet: one line per priced item (quantity × unit price), its class, basis and source.
CapexRows writeCapexSheet(Book &book, lxw_worksheet *capex, const std::string &sheetName, const Results &results,
                          const Words &w)
{
    CapexRows rows;
    worksheet_set_column(capex, 0, 0, 100, nullptr);
    worksheet_set_column(capex, 1, 3, 16, nullptr);
    worksheet_set_column(capex, 4, 5, 12, nullptr);
    worksheet_set_column(capex, 6, 6, 90, nullptr);
    const char *headers[] = {QT_TRANSLATE_NOOP("Workbook", "Item"), QT_TRANSLATE_NOOP("Workbook", "Quantity"), QT_TRANSLATE_NOOP("Workbook", "Unit price (CNY)"), QT_TRANSLATE_NOOP("Workbook", "Total (CNY)"), QT_TRANSLATE_NOOP("Workbook", "Class"), QT_TRANSLATE_NOOP("Workbook", "Price basis"), QT_TRANSLATE_NOOP("Workbook", "Source")};
    for (int c = 0; c < 7; ++c)
        text(capex, 0, c, w(headers[c]), book.header);
    if (!results.capexEstimate) {
        text(capex, 1, 0, w(QT_TRANSLATE_NOOP("Workbook", "No capex estimate: the catalog cannot price every placed item.")));
        return rows;
    }
    int row = 1;
    rows.first = row;
    for (const lease::CapexLine &l : results.capexEstimate->lines) {
        text(capex, row, 0, w.item(l));
        worksheet_write_number(capex, row, 1, l.quantity, book.number);
        worksheet_write_number(capex, row, 2, l.unitPrice, book.money2);
        formula(capex, row, 3, fmt::format("={}*{}", cell(row, 1), cell(row, 2)), book.money);
        text(capex, row, 4, w.capexClass(l.capexClass));
        text(capex, row, 5, l.estimated ? w(QT_TRANSLATE_NOOP("Workbook", "estimate")) : w(QT_TRANSLATE_NOOP("Workbook", "sourced")));
        text(capex, row, 6, l.source);
        ++row;
    }
    rows.last = row - 1;
    for (const lease::CapexClass cls : {lease::CapexClass::It, lease::CapexClass::Facility}) {
        const bool it = cls == lease::CapexClass::It;
        text(capex, row, 0, it ? w(QT_TRANSLATE_NOOP("Workbook", "Total, IT class")) : w(QT_TRANSLATE_NOOP("Workbook", "Total, facility class")), book.bold);
        formula(capex, row, 3,
                fmt::format("=SUMIF({}:{},\"{}\",{}:{})", cell(rows.first, 4, true), cell(rows.last, 4, true),
                            w.capexClass(cls), cell(rows.first, 3, true), cell(rows.last, 3, true)),
                book.boldMoney);
        book.define(fmt::format("capex_{}_cny", lease::toString(cls)), sheetRef(sheetName, cell(row, 3, true)));
        ++row;
    }
    text(capex, row, 0, w(QT_TRANSLATE_NOOP("Workbook", "Total capex estimate")), book.bold);
    formula(capex, row, 3, fmt::format("=SUM({}:{})", cell(rows.first, 3), cell(rows.last, 3)), book.boldMoney);
    rows.totalRow = row;
    return rows;
}

/// Every lease input (yellow, with its unit and brief field), then the derived figures as formulas.
std::vector<Input> leaseInputList(Book &book, const lease::LeaseInputs &in, const lease::LeaseResult &lr,
                                  const CapexRows &capexRows, std::size_t &firstDerived, const Words &w)
{
    const LeaseBrief &t = in.terms;
    const std::string currency = w.currencyUnit(t.currency);
    const std::string perYear = w.format(QT_TRANSLATE_NOOP("Workbook", "{} per year"), currency);
    const bool estimated = capexRows.any();
    std::vector<Input> list;
    list.push_back({"currency", w(QT_TRANSLATE_NOOP("Workbook", "Currency")), "", "lease.currency", t.currency, {}, book.inputText});
    list.push_back({"fx", w(QT_TRANSLATE_NOOP("Workbook", "CNY per unit of the lease currency")), w.currencyUnit("CNY"), t.currency == "CNY" ? w(QT_TRANSLATE_NOOP("Workbook", "1 for CNY")) : "lease.fx_cny_per_usd",
                    t.currency == "CNY" ? 1.0 : t.fxCnyPerUsd.value_or(0.0), {}, book.input});
    list.push_back({"years", w(QT_TRANSLATE_NOOP("Workbook", "Lease term")), w(QT_TRANSLATE_NOOP("Workbook", "years")), "lease.years", double(t.years), {}, book.input});
    list.push_back({"accelerators", w(QT_TRANSLATE_NOOP("Workbook", "Accelerators")), w(QT_TRANSLATE_NOOP("Workbook", "count")), w(QT_TRANSLATE_NOOP("Workbook", "design")), double(in.accelerators), {}, book.input});
    list.push_back({"nodes", w(QT_TRANSLATE_NOOP("Workbook", "Compute nodes")), w(QT_TRANSLATE_NOOP("Workbook", "count")), w(QT_TRANSLATE_NOOP("Workbook", "design")), double(in.nodes), {}, book.input});
    list.push_back({"price_accelerator_hour", w(QT_TRANSLATE_NOOP("Workbook", "Price per accelerator-hour (year 1)")), w.format(QT_TRANSLATE_NOOP("Workbook", "{} per accelerator-hour"), currency),
                    lr.priceSource == "brief" ? std::string("lease.price_per_accelerator_hour")
                                              : std::string(lr.priceEstimated ? w(QT_TRANSLATE_NOOP("Workbook", "catalog market price (estimate)"))
                                                                              : w(QT_TRANSLATE_NOOP("Workbook", "catalog market price"))),
                    opt(t.pricePerAcceleratorHour), {}, book.input});
    list.push_back({"price_node_month", w(QT_TRANSLATE_NOOP("Workbook", "Price per node-month (used instead when given)")), w.format(QT_TRANSLATE_NOOP("Workbook", "{} per node-month"), currency),
                    "lease.price_per_node_month", opt(t.pricePerNodeMonth), {}, book.input});
    list.push_back({"price_change", w(QT_TRANSLATE_NOOP("Workbook", "Price change per year")), w(QT_TRANSLATE_NOOP("Workbook", "share, compounded")), "lease.price_change_per_year",
                    t.priceChangePerYear, {}, book.inputRate});
    list.push_back({"utilization", w(QT_TRANSLATE_NOOP("Workbook", "Utilization (a yearly ramp is on the Cash flow sheet)")),
                    w(QT_TRANSLATE_NOOP("Workbook", "share of hours sold")), "lease.utilization", t.utilization, {}, book.inputRate});
    list.push_back({"tax_refund", w(QT_TRANSLATE_NOOP("Workbook", "Tax refund per year (a yearly list is on the Cash flow sheet)")), perYear,
                    "lease.tax_refund_per_year", t.taxRefundPerYear, {}, book.input});
    list.push_back({"hours_per_year", w(QT_TRANSLATE_NOOP("Workbook", "Hours per year")), "h", w(QT_TRANSLATE_NOOP("Workbook", "constant")), 8760.0, {}, book.input});
    {
        Input it{"capex_it", w(QT_TRANSLATE_NOOP("Workbook", "IT capex (nodes, network, racks, PDUs)")), currency, "", {}, {}, book.input};
        if (t.capexTotal) {
            it.field = "lease.capex_total";
            it.value = *t.capexTotal;
        } else if (t.capexPerNode) {
            list.push_back({"capex_per_node", w(QT_TRANSLATE_NOOP("Workbook", "Capex per node")), w.format(QT_TRANSLATE_NOOP("Workbook", "{} per node"), currency), "lease.capex_per_node",
                            *t.capexPerNode, {}, book.input});
            it.field = w(QT_TRANSLATE_NOOP("Workbook", "capex_per_node × nodes"));
            it.formulaText = "=in_capex_per_node*in_nodes";
            it.format = book.money;
        } else if (estimated) {
            it.field = w(QT_TRANSLATE_NOOP("Workbook", "Capex sheet, IT class (catalog estimate) / fx"));
            it.formulaText = "=capex_it_cny/in_fx";
            it.format = book.money;
        } else {
            it.field = w(QT_TRANSLATE_NOOP("Workbook", "engine"));
            it.value = in.capexIt;
        }
        list.push_back(it);
    }
    list.push_back({"facility", w(QT_TRANSLATE_NOOP("Workbook", "Facility")), w(QT_TRANSLATE_NOOP("Workbook", "build or colocation")), "lease.facility", std::string(toString(t.facility)),
                    {}, book.inputText});
    {
        Input fac{"capex_facility", w(QT_TRANSLATE_NOOP("Workbook", "Facility capex (power and cooling plant, fit-out)")), currency, "", {}, {},
                  book.input};
        if (t.facility == FacilityMode::Colocation) {
            fac.field = w(QT_TRANSLATE_NOOP("Workbook", "0: colocated (the host owns the building)"));
            fac.value = 0.0;
        } else if (t.facilityCapexTotal) {
            fac.field = "lease.facility_capex_total";
            fac.value = *t.facilityCapexTotal;
        } else if (t.capexTotal || t.capexPerNode) {
            fac.field = w(QT_TRANSLATE_NOOP("Workbook", "0: the brief's IT capex says nothing of the building"));
            fac.value = 0.0;
        } else if (estimated) {
            fac.field = w(QT_TRANSLATE_NOOP("Workbook", "Capex sheet, facility class (catalog estimate) / fx"));
            fac.formulaText = "=capex_facility_cny/in_fx";
            fac.format = book.money;
        } else {
            fac.field = w(QT_TRANSLATE_NOOP("Workbook", "engine"));
            fac.value = in.capexFacility;
        }
        list.push_back(fac);
    }
    list.push_back({"facility_depreciation_years", w(QT_TRANSLATE_NOOP("Workbook", "Facility depreciation period (straight line)")), w(QT_TRANSLATE_NOOP("Workbook", "years")),
                    "lease.facility_depreciation_years", double(t.facilityDepreciationYears), {}, book.input});
    list.push_back({"colocation_price", w(QT_TRANSLATE_NOOP("Workbook", "Colocation rent")), w.format(QT_TRANSLATE_NOOP("Workbook", "{} per kW-month of IT load"), currency),
                    "lease.colocation_price_per_kw_month", opt(t.colocationPricePerKwMonth), {}, book.input});
    list.push_back({"it_kw", w(QT_TRANSLATE_NOOP("Workbook", "IT load (catalog maximum)")), "kW", w(QT_TRANSLATE_NOOP("Workbook", "design")), in.itKw, {}, book.input});
    list.push_back({"load_factor", w(QT_TRANSLATE_NOOP("Workbook", "Average IT draw / maximum")), w(QT_TRANSLATE_NOOP("Workbook", "ratio")), "power.load_factor", in.loadFactor, {},
                    book.input});
    list.push_back({"pue", w(QT_TRANSLATE_NOOP("Workbook", "PUE")), w(QT_TRANSLATE_NOOP("Workbook", "ratio")), "power.pue", in.pue, {}, book.input});
    list.push_back({"electricity_price", w(QT_TRANSLATE_NOOP("Workbook", "Electricity price")), w.format(QT_TRANSLATE_NOOP("Workbook", "{} per kWh"), currency), "power.electricity_price_per_kwh",
                    in.electricityPricePerKwh, {}, book.input});
    list.push_back({"electricity_paid_by", w(QT_TRANSLATE_NOOP("Workbook", "Electricity paid by")), w(QT_TRANSLATE_NOOP("Workbook", "lessor or lessee")), "lease.electricity_paid_by",
                    std::string(toString(t.electricityPaidBy)), {}, book.inputText});
    list.push_back({"om_fraction", w(QT_TRANSLATE_NOOP("Workbook", "O&M per year")), w(QT_TRANSLATE_NOOP("Workbook", "share of total capex")), "lease.om_fraction_per_year",
                    t.omFractionPerYear, {}, book.inputRate});
    list.push_back({"extra_opex", w(QT_TRANSLATE_NOOP("Workbook", "Other opex")), perYear, "lease.extra_opex_per_year", t.extraOpexPerYear, {},
                    book.input});
    list.push_back({"debt_fraction", w(QT_TRANSLATE_NOOP("Workbook", "Debt share of total capex")), w(QT_TRANSLATE_NOOP("Workbook", "share")), "lease.debt_fraction", t.debtFraction, {},
                    book.inputRate});
    list.push_back({"interest_rate", w(QT_TRANSLATE_NOOP("Workbook", "Interest rate")), w(QT_TRANSLATE_NOOP("Workbook", "per year")), "lease.interest_rate", t.interestRate, {},
                    book.inputRate});
    list.push_back({"loan_years", w(QT_TRANSLATE_NOOP("Workbook", "Loan term")), w(QT_TRANSLATE_NOOP("Workbook", "years")), "lease.loan_years", double(t.loanYears), {}, book.input});
    list.push_back({"tax_rate", w(QT_TRANSLATE_NOOP("Workbook", "Income tax rate")), w(QT_TRANSLATE_NOOP("Workbook", "share of taxable income")), "lease.tax_rate", t.taxRate, {},
                    book.inputRate});
    list.push_back({"loss_years", w(QT_TRANSLATE_NOOP("Workbook", "Tax loss carry-forward")), w(QT_TRANSLATE_NOOP("Workbook", "years")), w(QT_TRANSLATE_NOOP("Workbook", "PRC Enterprise Income Tax Law, art. 18")),
                    double(lease::kLossCarryForwardYears), {}, book.input});
    list.push_back({"depreciation_years", w(QT_TRANSLATE_NOOP("Workbook", "IT depreciation period (straight line)")), w(QT_TRANSLATE_NOOP("Workbook", "years")), "lease.depreciation_years",
                    double(t.depreciationYears), {}, book.input});
    list.push_back({"residual_fraction", w(QT_TRANSLATE_NOOP("Workbook", "IT resale value at the end")), w(QT_TRANSLATE_NOOP("Workbook", "share of IT capex")), "lease.residual_fraction",
                    t.residualFraction, {}, book.inputRate});
    list.push_back({"discount_rate", w(QT_TRANSLATE_NOOP("Workbook", "Discount rate (equity)")), w(QT_TRANSLATE_NOOP("Workbook", "per year")), "lease.discount_rate", t.discountRate, {},
                    book.inputRate});
    firstDerived = list.size();
    list.push_back({"capex", w(QT_TRANSLATE_NOOP("Workbook", "Total capex")), currency, w(QT_TRANSLATE_NOOP("Workbook", "IT + facility")), {}, "=in_capex_it+in_capex_facility",
                    book.money});
    list.push_back({"loan", w(QT_TRANSLATE_NOOP("Workbook", "Loan")), currency, w(QT_TRANSLATE_NOOP("Workbook", "total capex × debt share")), {}, "=in_capex*in_debt_fraction",
                    book.money});
    list.push_back({"equity", w(QT_TRANSLATE_NOOP("Workbook", "Equity outlay (year 0)")), currency, w(QT_TRANSLATE_NOOP("Workbook", "total capex − loan")), {}, "=in_capex-in_loan",
                    book.money});
    list.push_back({"annuity", w(QT_TRANSLATE_NOOP("Workbook", "Loan instalment")), perYear, w(QT_TRANSLATE_NOOP("Workbook", "annuity over the loan term")), {},
                    "=IF(in_loan=0,0,IF(in_interest_rate=0,in_loan/in_loan_years,"
                    "in_loan*in_interest_rate/(1-(1+in_interest_rate)^(-in_loan_years))))",
                    book.money});
    list.push_back({"residual", w(QT_TRANSLATE_NOOP("Workbook", "IT resale value")), currency, w(QT_TRANSLATE_NOOP("Workbook", "IT capex × resale share")), {},
                    "=in_capex_it*in_residual_fraction", book.money});
    list.push_back({"colocation_rent", w(QT_TRANSLATE_NOOP("Workbook", "Colocation rent per year")), perYear, w(QT_TRANSLATE_NOOP("Workbook", "rent × IT kW × 12 when colocated")), {},
                    "=IF(in_facility=\"colocation\",N(in_colocation_price)*in_it_kw*12,0)", book.money});
    return list;
}

void writeInputsSheet(Book &book, lxw_worksheet *inputs, const std::string &sheetName, const std::vector<Input> &list,
                      std::size_t firstDerived, const std::string &name, const Words &w)
{
    worksheet_set_column(inputs, 0, 0, 60, nullptr);
    worksheet_set_column(inputs, 1, 1, 18, nullptr);
    worksheet_set_column(inputs, 2, 2, 30, nullptr);
    worksheet_set_column(inputs, 3, 3, 48, nullptr);
    text(inputs, 0, 0, w.format(QT_TRANSLATE_NOOP("Workbook", "Lease inputs: {}"), name), book.title);
    text(inputs, 1, 0, w(QT_TRANSLATE_NOOP("Workbook", "Yellow cells are inputs: change one and every figure of the Cash flow sheet follows.")));
    text(inputs, 3, 0, w(QT_TRANSLATE_NOOP("Workbook", "Input")), book.header);
    text(inputs, 3, 1, w(QT_TRANSLATE_NOOP("Workbook", "Value")), book.header);
    text(inputs, 3, 2, w(QT_TRANSLATE_NOOP("Workbook", "Unit")), book.header);
    text(inputs, 3, 3, w(QT_TRANSLATE_NOOP("Workbook", "Brief field or origin")), book.header);
    int row = 4;
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (i == firstDerived) {
            ++row;
            text(inputs, row++, 0, w(QT_TRANSLATE_NOOP("Workbook", "Derived (formulas)")), book.bold);
        }
        const Input &x = list[i];
        text(inputs, row, 0, x.label);
        if (!x.formulaText.empty())
            formula(inputs, row, 1, x.formulaText, x.format);
        else if (const double *d = std::get_if<double>(&x.value))
            worksheet_write_number(inputs, row, 1, *d, x.format);
        else if (const std::string *s = std::get_if<std::string>(&x.value))
            text(inputs, row, 1, *s, x.format);
        else
            worksheet_write_blank(inputs, row, 1, x.format);
        text(inputs, row, 2, x.unit);
        text(inputs, row, 3, x.field);
        book.define("in_" + x.key, sheetRef(sheetName, cell(row, 1, true)));
        ++row;
    }
}

} // namespace
namespace {

/// The Cash flow sheet: one column per year (C is year 0), one row per line of the lease
/// model, every cell a formula over the Inputs (the utilization and refund rows hold the
/// brief's yearly lists as inputs when it gives them); the tax losses carried forward in a
/// block of their own; NPV, IRR and payback beside the engine's figures.
void writeCashFlowSheet(Book &book, lxw_worksheet *cash, const std::string &sheetName, const lease::LeaseInputs &in,
                        const lease::LeaseResult &lr, const std::string &name, const Words &w)
{
    const LeaseBrief &t = in.terms;
    const std::string currency = w.currencyUnit(t.currency);
    const int n = lr.years;
    constexpr int kFirstYearCol = 2; // column C is year 0
    const int lastCol = kFirstYearCol + n;
    worksheet_set_column(cash, 0, 0, 60, nullptr);
    worksheet_set_column(cash, 1, 1, 26, nullptr);
    worksheet_set_column(cash, kFirstYearCol, lastCol, 16, nullptr);
    text(cash, 0, 0, w.format(QT_TRANSLATE_NOOP("Workbook", "Lease cash flow: {} ({})"), name, currency), book.title);
    text(cash, 1, 0, w(QT_TRANSLATE_NOOP("Workbook", "Every cell is a formula over the Inputs sheet; yellow rows are the brief's yearly inputs.")));
    text(cash, 3, 0, w(QT_TRANSLATE_NOOP("Workbook", "Line")), book.header);
    text(cash, 3, 1, w(QT_TRANSLATE_NOOP("Workbook", "Unit")), book.header);
    for (int k = 0; k <= n; ++k)
        text(cash, 3, kFirstYearCol + k, w.format(QT_TRANSLATE_NOOP("Workbook", "Year {}"), k), book.header);

    struct Line
    {
        std::string key, label, unit;
        std::function<std::string(int year)> year0; ///< empty: blank in year 0
        std::function<std::string(int year)> yearK; ///< a formula; or, with input, unused
        lxw_format *format;
        bool bold = false;
        std::function<double(int year)> input = {}; ///< a yearly input value instead of a formula
    };
    std::map<std::string, int> rowOf;
    int currentCol = kFirstYearCol;
    // References to another line in the same year's column, or the previous year's.
    auto at = [&](const std::string &key) { return cell(rowOf.at(key), currentCol); };
    auto prev = [&](const std::string &key) { return cell(rowOf.at(key), currentCol - 1); };
    auto lastYear = [&] { return at("year") + "=in_years"; };
    // The tax-loss block's rows (one per year a loss can arise), below the lines.
    int lossRow0 = 0;
    auto lossCell = [&](int originYear, int col) { return cell(lossRow0 + originYear - 1, col); };

    auto constant = [](std::string f) { return [f](int) { return f; }; };
    std::vector<Line> lines = {
        {"year", w(QT_TRANSLATE_NOOP("Workbook", "Year")), "", constant("=0"), [&](int) { return "=" + prev("year") + "+1"; }, book.number},
        {"utilization", w(QT_TRANSLATE_NOOP("Workbook", "Utilization")), w(QT_TRANSLATE_NOOP("Workbook", "share")), {}, constant("=in_utilization"), book.rate},
        {"price_factor", w(QT_TRANSLATE_NOOP("Workbook", "Price factor (1 + change)^(year − 1)")), w(QT_TRANSLATE_NOOP("Workbook", "ratio")), {},
         [&](int) { return "=(1+in_price_change)^(" + at("year") + "-1)"; }, book.number},
        {"revenue", w(QT_TRANSLATE_NOOP("Workbook", "Revenue")), currency, {},
         [&](int) {
             return "=IF(ISNUMBER(in_price_node_month),in_price_node_month*in_nodes*12,"
                    "in_price_accelerator_hour*in_accelerators*in_hours_per_year)*"
                    + at("price_factor") + "*" + at("utilization");
         },
         book.money, true},
        {"electricity", w(QT_TRANSLATE_NOOP("Workbook", "Electricity")), currency, {},
         [&](int) {
             return "=IF(in_electricity_paid_by=\"lessor\",in_it_kw*in_load_factor*" + at("utilization")
                    + "*in_pue*in_hours_per_year*in_electricity_price,0)";
         },
         book.money},
        {"colocation_rent", w(QT_TRANSLATE_NOOP("Workbook", "Colocation rent")), currency, {}, constant("=in_colocation_rent"), book.money},
        {"om", w(QT_TRANSLATE_NOOP("Workbook", "O&M")), currency, {}, constant("=in_om_fraction*in_capex"), book.money},
        {"extra_opex", w(QT_TRANSLATE_NOOP("Workbook", "Other opex")), currency, {}, constant("=in_extra_opex"), book.money},
        {"opex", w(QT_TRANSLATE_NOOP("Workbook", "Operating costs")), currency, {},
         [&](int) {
             return "=" + at("electricity") + "+" + at("colocation_rent") + "+" + at("om") + "+" + at("extra_opex");
         },
         book.money, true},
        {"ebitda", w(QT_TRANSLATE_NOOP("Workbook", "EBITDA")), currency, {}, [&](int) { return "=" + at("revenue") + "-" + at("opex"); }, book.money},
        {"depreciation_it", w(QT_TRANSLATE_NOOP("Workbook", "Depreciation, IT")), currency, {},
         [&](int) { return "=IF(" + at("year") + "<=in_depreciation_years,in_capex_it/in_depreciation_years,0)"; },
         book.money},
        {"depreciation_facility", w(QT_TRANSLATE_NOOP("Workbook", "Depreciation, facility")), currency, {},
         [&](int) {
             return "=IF(" + at("year")
                    + "<=in_facility_depreciation_years,in_capex_facility/in_facility_depreciation_years,0)";
         },
         book.money},
        {"depreciation", w(QT_TRANSLATE_NOOP("Workbook", "Depreciation")), currency, {},
         [&](int) { return "=" + at("depreciation_it") + "+" + at("depreciation_facility"); }, book.money},
        {"balance_start", w(QT_TRANSLATE_NOOP("Workbook", "Loan balance, start of year")), currency, {},
         [&](int) { return "=" + prev("balance_end"); }, book.money},
        {"interest", w(QT_TRANSLATE_NOOP("Workbook", "Interest")), currency, {}, [&](int) { return "=" + at("balance_start") + "*in_interest_rate"; },
         book.money},
        {"principal", w(QT_TRANSLATE_NOOP("Workbook", "Principal repaid (all that is left in the last year)")), currency, {},
         [&](int) {
             const std::string b = at("balance_start");
             return "=IF(" + b + ">0,IF(OR(" + at("year") + ">=in_loan_years," + lastYear() + ")," + b + ",MIN(" + b
                    + ",in_annuity-" + at("interest") + ")),0)";
         },
         book.money},
        {"balance_end", w(QT_TRANSLATE_NOOP("Workbook", "Loan balance, end of year")), currency, constant("=in_loan"),
         [&](int) { return "=" + at("balance_start") + "-" + at("principal"); }, book.money},
        {"it_book", w(QT_TRANSLATE_NOOP("Workbook", "IT book value at the end")), currency, {},
         [&](int) {
             return "=IF(" + lastYear() + ",MAX(0,in_capex_it-SUM(" + cell(rowOf.at("depreciation_it"), kFirstYearCol + 1)
                    + ":" + at("depreciation_it") + ")),0)";
         },
         book.money},
        {"facility_book", w(QT_TRANSLATE_NOOP("Workbook", "Facility book value at the end (terminal value)")), currency, {},
         [&](int) {
             return "=IF(" + lastYear() + ",MAX(0,in_capex_facility-SUM("
                    + cell(rowOf.at("depreciation_facility"), kFirstYearCol + 1) + ":" + at("depreciation_facility")
                    + ")),0)";
         },
         book.money},
        {"resale_gain", w(QT_TRANSLATE_NOOP("Workbook", "IT resale gain (resale value − book value)")), currency, {},
         [&](int) { return "=IF(" + lastYear() + ",in_residual-" + at("it_book") + ",0)"; }, book.money},
        {"ebt", w(QT_TRANSLATE_NOOP("Workbook", "Earnings before tax")), currency, {},
         [&](int) {
             return "=" + at("ebitda") + "-" + at("depreciation") + "-" + at("interest") + "+" + at("resale_gain");
         },
         book.money},
        {"loss_used", w(QT_TRANSLATE_NOOP("Workbook", "Earlier losses used (oldest first, at most five years old)")), currency, {},
         [&](int k) {
             if (k == 1)
                 return std::string("=0");
             return "=IF(" + at("ebt") + ">0,MIN(" + at("ebt") + ",SUM(" + lossCell(1, currentCol - 1) + ":"
                    + lossCell(k - 1, currentCol - 1) + ")),0)";
         },
         book.money},
        {"taxable", w(QT_TRANSLATE_NOOP("Workbook", "Taxable income")), currency, {}, [&](int) { return "=" + at("ebt") + "-" + at("loss_used"); },
         book.money},
        {"tax", w(QT_TRANSLATE_NOOP("Workbook", "Income tax")), currency, {}, [&](int) { return "=MAX(0," + at("taxable") + ")*in_tax_rate"; },
         book.money},
        {"net_profit", w(QT_TRANSLATE_NOOP("Workbook", "Net profit")), currency, {}, [&](int) { return "=" + at("ebt") + "-" + at("tax"); }, book.money,
         true},
        {"tax_refund", w(QT_TRANSLATE_NOOP("Workbook", "Tax refund (outside taxable income)")), currency, {}, constant("=in_tax_refund"), book.money},
        {"equity_cash_flow", w(QT_TRANSLATE_NOOP("Workbook", "Equity cash flow")), currency, constant("=-in_equity"),
         [&](int) {
             return "=" + at("net_profit") + "+" + at("depreciation") + "-" + at("principal") + "+" + at("tax_refund")
                    + "+" + at("it_book") + "+" + at("facility_book");
         },
         book.money, true},
        {"cumulative", w(QT_TRANSLATE_NOOP("Workbook", "Cumulative equity cash flow")), currency, [&](int) { return "=" + at("equity_cash_flow"); },
         [&](int) { return "=" + prev("cumulative") + "+" + at("equity_cash_flow"); }, book.money},
        {"payback_crossing", w(QT_TRANSLATE_NOOP("Workbook", "Payback crossing (years)")), w(QT_TRANSLATE_NOOP("Workbook", "years")), {},
         [&](int) {
             return "=IF(AND(" + prev("cumulative") + "<0," + at("cumulative") + ">=0)," + at("year") + "-1+(-"
                    + prev("cumulative") + ")/" + at("equity_cash_flow") + ",\"\")";
         },
         book.years},
    };
    // The brief's yearly lists are inputs on this sheet (yellow), one per year.
    for (Line &l : lines) {
        if (l.key == "utilization" && !t.utilizationByYear.empty())
            l.input = [&t](int k) { return t.utilizationInYear(k); };
        if (l.key == "tax_refund" && !t.taxRefundByYear.empty())
            l.input = [&t](int k) { return t.taxRefundInYear(k); };
    }
    int nextRow = 4;
    for (const Line &l : lines)
        rowOf[l.key] = nextRow++;
    lossRow0 = nextRow + 2;
    for (const Line &l : lines) {
        const int r = rowOf[l.key];
        text(cash, r, 0, l.label, l.bold ? book.bold : nullptr);
        text(cash, r, 1, l.unit);
        for (int k = 0; k <= n; ++k) {
            currentCol = kFirstYearCol + k;
            if (k > 0 && l.input) {
                worksheet_write_number(cash, r, currentCol, l.input(k), l.format == book.rate ? book.inputRate : book.input);
                continue;
            }
            const auto &f = k == 0 ? l.year0 : l.yearK;
            if (f)
                formula(cash, r, currentCol, f(k), l.format);
        }
    }

    // Tax losses: what is left of each year's loss for later years; a loss of year j
    // offsets years j + 1 … j + in_loss_years, oldest first.
    text(cash, lossRow0 - 1, 0, w(QT_TRANSLATE_NOOP("Workbook", "Tax losses still usable at the end of the year, by the year they arose")), book.bold);
    const int ebtRow = rowOf["ebt"];
    for (int j = 1; j <= n; ++j) {
        const int r = lossRow0 + j - 1;
        text(cash, r, 0, w.format(QT_TRANSLATE_NOOP("Workbook", "Loss of year {}"), j));
        text(cash, r, 1, currency);
        for (int k = j; k <= n; ++k) {
            const int col = kFirstYearCol + k;
            const std::string usable = fmt::format("IF({}+1-{}>in_loss_years,0,", k, j);
            if (k == j) {
                formula(cash, r, col, "=" + usable + "MAX(0,-" + cell(ebtRow, col) + "))", book.money);
                continue;
            }
            // Older losses go first: this one takes what the year's income leaves after them.
            const std::string left = lossCell(j, col - 1);
            const std::string older = j > 1 ? "SUM(" + lossCell(1, col - 1) + ":" + lossCell(j - 1, col - 1) + ")" : "0";
            formula(cash, r, col,
                    "=" + usable + left + "-MIN(" + left + ",MAX(0,MAX(0," + cell(ebtRow, col) + ")-" + older + ")))",
                    book.money);
        }
    }

    // Results: formulas over the equity cash flows, beside the engine's figures.
    const int ecf = rowOf["equity_cash_flow"], cum = rowOf["cumulative"], pb = rowOf["payback_crossing"];
    const std::string flows = cell(ecf, kFirstYearCol) + ":" + cell(ecf, lastCol);
    int rr = lossRow0 + n + 1;
    text(cash, rr, 0, w(QT_TRANSLATE_NOOP("Workbook", "Result")), book.header);
    text(cash, rr, 1, w(QT_TRANSLATE_NOOP("Workbook", "Unit")), book.header);
    text(cash, rr, 2, w(QT_TRANSLATE_NOOP("Workbook", "Workbook")), book.header);
    text(cash, rr, 3, w(QT_TRANSLATE_NOOP("Workbook", "Hallwright engine")), book.header);
    text(cash, rr, 4, w(QT_TRANSLATE_NOOP("Workbook", "Difference")), book.header);
    ++rr;
    auto result = [&](const std::string &label, const std::string &unit, const std::string &f,
                      const std::optional<double> &engine, lxw_format *fmtCell, const std::string &key) {
        text(cash, rr, 0, label, book.bold);
        text(cash, rr, 1, unit);
        formula(cash, rr, 2, f, fmtCell);
        if (engine) {
            worksheet_write_number(cash, rr, 3, *engine, fmtCell);
            formula(cash, rr, 4, fmt::format("=IF(ISNUMBER({0}),{0}-{1},\"\")", cell(rr, 2), cell(rr, 3)), fmtCell);
        } else {
            text(cash, rr, 3, w(QT_TRANSLATE_NOOP("Workbook", "none")));
        }
        book.define("out_" + key, sheetRef(sheetName, cell(rr, 2, true)));
        ++rr;
    };
    result(w(QT_TRANSLATE_NOOP("Workbook", "NPV of equity cash flows")), currency,
           fmt::format("={}+NPV(in_discount_rate,{}:{})", cell(ecf, kFirstYearCol), cell(ecf, kFirstYearCol + 1),
                       cell(ecf, lastCol)),
           lr.npv, book.money, "npv");
    result(w(QT_TRANSLATE_NOOP("Workbook", "IRR of equity cash flows")), w(QT_TRANSLATE_NOOP("Workbook", "per year")), fmt::format("=IFERROR(IRR({}),\"{}\")", flows, w(QT_TRANSLATE_NOOP("Workbook", "none"))), lr.irr, book.rate,
           "irr");
    result(w(QT_TRANSLATE_NOOP("Workbook", "Payback")), w(QT_TRANSLATE_NOOP("Workbook", "years")),
           fmt::format("=IF({}>=0,0,IF(COUNT({}:{})=0,\"{}\",MIN({}:{})))", cell(cum, kFirstYearCol),
                       cell(pb, kFirstYearCol + 1), cell(pb, lastCol),
                       w(QT_TRANSLATE_NOOP("Workbook", "not within the lease term")), cell(pb, kFirstYearCol + 1),
                       cell(pb, lastCol)),
           lr.paybackYears, book.years, "payback");
    result(w(QT_TRANSLATE_NOOP("Workbook", "Tax losses still usable after the lease")), currency,
           fmt::format("=SUM({}:{})", lossCell(1, lastCol), lossCell(n, lastCol)), lr.lossCarriedForwardAtEnd,
           book.money, "losses_left");
    text(cash, rr, 0, w(QT_TRANSLATE_NOOP("Workbook", "Break-even price (year 1, NPV = 0)")), book.bold);
    text(cash, rr, 1, w.format(QT_TRANSLATE_NOOP("Workbook", "{} per accelerator-hour"), currency));
    text(cash, rr, 2, "–");
    if (lr.breakEvenPricePerAcceleratorHour)
        worksheet_write_number(cash, rr, 3, *lr.breakEvenPricePerAcceleratorHour, book.money2);
    else
        text(cash, rr, 3, w(QT_TRANSLATE_NOOP("Workbook", "none")));
    text(cash, rr, 4, w(QT_TRANSLATE_NOOP("Workbook", "engine only: a root search of NPV = 0")));
    worksheet_freeze_panes(cash, 4, 2);
    worksheet_activate(cash);
}

} // namespace

void exportLeaseWorkbook(const Design &design, const Results &results, const std::string &path,
                         const WorkbookWords &words)
{
    const lease::LeaseInputs in = leaseInputsOf(results);
    const lease::LeaseResult &lr = *results.lease;
    const std::string name = designName(design);
    const Words w(words);
    const std::string inputsName = w(QT_TRANSLATE_NOOP("Workbook", "Inputs")),
                      cashName = w(QT_TRANSLATE_NOOP("Workbook", "Cash flow")),
                      capexName = w(QT_TRANSLATE_NOOP("Workbook", "Capex"));

    store::AtomicFile file(path);
    {
        Book book(file.path());
        lxw_doc_properties props{};
        const std::string titleText = w.format(QT_TRANSLATE_NOOP("Workbook", "Lease model: {}"), name);
        const std::string subject = w(QT_TRANSLATE_NOOP("Workbook", "Equity cash flows, NPV, IRR and payback"));
        props.title = const_cast<char *>(titleText.c_str());
        props.subject = const_cast<char *>(subject.c_str());
        props.author = const_cast<char *>("Hallwright");
        workbook_set_properties(book.get(), &props);

        lxw_worksheet *inputs = book.sheet(inputsName.c_str());
        lxw_worksheet *cash = book.sheet(cashName.c_str());
        lxw_worksheet *capex = book.sheet(capexName.c_str());
        if (!inputs || !cash || !capex)
            throw WorkbookError(phrase(QT_TRANSLATE_NOOP("Finding", "cannot create the workbook's sheets")));
        // Printed on A4 landscape, one page wide, the headings repeated on every page.
        for (lxw_worksheet *ws : {inputs, cash, capex}) {
            worksheet_set_paper(ws, 9);
            worksheet_set_landscape(ws);
            worksheet_fit_to_pages(ws, 1, 0);
        }
        Book::check(worksheet_repeat_rows(cash, 3, 3), "print titles");
        Book::check(worksheet_repeat_columns(cash, 0, 1), "print titles");
        Book::check(worksheet_repeat_rows(capex, 0, 0), "print titles");
        const CapexRows capexRows = writeCapexSheet(book, capex, capexName, results, w);
        std::size_t firstDerived = 0;
        const std::vector<Input> list = leaseInputList(book, in, lr, capexRows, firstDerived, w);
        writeInputsSheet(book, inputs, inputsName, list, firstDerived, name, w);
        writeCashFlowSheet(book, cash, cashName, in, lr, name, w);
        book.close();
    }
    file.sync();
    file.replaceTarget();
}

} // namespace hallwright
