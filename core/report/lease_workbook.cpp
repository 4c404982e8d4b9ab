// The lease workbook: an Inputs sheet of named cells, a Cash flow sheet of formulas, the Capex lines (libxlsxwriter).
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
            throw WorkbookError("cannot create the workbook");
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

    lxw_format *money, *money2, *rate, *number, *years, *bold, *header, *title, *input, *inputText, *boldMoney;

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
        throw WorkbookError("the design has no lease result (it needs a brief, priced items and a PUE)");
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

void exportLeaseWorkbook(const Design &design, const Results &results, const std::string &path)
{
    const lease::LeaseInputs in = leaseInputsOf(results);
    const lease::LeaseResult &lr = *results.lease;
    const LeaseBrief &t = in.terms;
    const std::string currency = t.currency;
    const std::string name = designName(design);

    store::AtomicFile file(path);
    {
        Book book(file.path());
        lxw_doc_properties props{};
        const std::string titleText = "Lease model: " + name;
        props.title = const_cast<char *>(titleText.c_str());
        props.subject = const_cast<char *>("Equity cash flows, NPV, IRR and payback");
        props.author = const_cast<char *>("Hallwright");
        workbook_set_properties(book.get(), &props);

        lxw_worksheet *inputs = book.sheet("Inputs");
        lxw_worksheet *cash = book.sheet("Cash flow");
        lxw_worksheet *capex = book.sheet("Capex");

        // --- Capex lines (their sum feeds the capex input when the brief gives none).
        std::optional<int> capexTotalRow;
        worksheet_set_column(capex, 0, 0, 56, nullptr);
        worksheet_set_column(capex, 1, 3, 16, nullptr);
        worksheet_set_column(capex, 4, 4, 12, nullptr);
        worksheet_set_column(capex, 5, 5, 90, nullptr);
        text(capex, 0, 0, "Item", book.header);
        text(capex, 0, 1, "Quantity", book.header);
        text(capex, 0, 2, "Unit price (CNY)", book.header);
        text(capex, 0, 3, "Total (CNY)", book.header);
        text(capex, 0, 4, "Price basis", book.header);
        text(capex, 0, 5, "Source", book.header);
        if (results.capexEstimate) {
            int row = 1;
            for (const lease::CapexLine &l : results.capexEstimate->lines) {
                text(capex, row, 0, l.item);
                worksheet_write_number(capex, row, 1, l.quantity, book.number);
                worksheet_write_number(capex, row, 2, l.unitPrice, book.money2);
                formula(capex, row, 3, fmt::format("={}*{}", cell(row, 1), cell(row, 2)), book.money);
                text(capex, row, 4, l.estimated ? "estimate" : "sourced");
                text(capex, row, 5, l.source);
                ++row;
            }
            text(capex, row, 0, "Total capex estimate", book.bold);
            formula(capex, row, 3, fmt::format("=SUM(D2:D{})", row), book.boldMoney);
            capexTotalRow = row;
        } else {
            text(capex, 1, 0, "No capex estimate: the catalog cannot price every placed item.");
        }

        // --- Inputs: every lease input, labelled, with its unit and brief field.
        std::vector<Input> list;
        auto opt = [](const std::optional<double> &v) -> std::variant<std::monostate, double, std::string> {
            if (v)
                return *v;
            return std::monostate{};
        };
        const std::string perYear = currency + " per year";
        list.push_back({"currency", "Currency", "", "lease.currency", currency, {}, book.inputText});
        list.push_back({"years", "Lease term", "years", "lease.years", double(t.years), {}, book.input});
        list.push_back({"accelerators", "Accelerators", "count", "design", double(in.accelerators), {}, book.input});
        list.push_back({"nodes", "Compute nodes", "count", "design", double(in.nodes), {}, book.input});
        list.push_back({"price_accelerator_hour", "Price per accelerator-hour", currency + " per accelerator-hour",
                        "lease.price_per_accelerator_hour", opt(t.pricePerAcceleratorHour), {}, book.input});
        list.push_back({"price_node_month", "Price per node-month (used instead when given)",
                        currency + " per node-month", "lease.price_per_node_month", opt(t.pricePerNodeMonth), {},
                        book.input});
        list.push_back({"utilization", "Utilization", "share of hours sold", "lease.utilization", t.utilization, {},
                        book.rate});
        list.push_back({"hours_per_year", "Hours per year", "h", "constant", 8760.0, {}, book.input});
        {
            Input capexIn{"capex", "Capex", currency, "", {}, {}, book.input};
            if (t.capexTotal) {
                capexIn.field = "lease.capex_total";
                capexIn.value = *t.capexTotal;
            } else if (t.capexPerNode) {
                list.push_back({"capex_per_node", "Capex per node", currency + " per node", "lease.capex_per_node",
                                *t.capexPerNode, {}, book.input});
                capexIn.field = "capex_per_node × nodes";
                capexIn.formulaText = "=in_capex_per_node*in_nodes";
                capexIn.format = book.money;
            } else if (capexTotalRow) {
                capexIn.field = "Capex sheet total (catalog estimate)";
                capexIn.formulaText = fmt::format("=Capex!{}", cell(*capexTotalRow, 3, true));
                capexIn.format = book.money;
            } else {
                capexIn.field = "engine";
                capexIn.value = in.capexTotal();
            }
            list.push_back(capexIn);
        }
        list.push_back({"it_kw", "IT load (catalog maximum)", "kW", "design", in.itKw, {}, book.input});
        list.push_back({"load_factor", "Average IT draw / maximum", "ratio", "power.load_factor", in.loadFactor, {},
                        book.input});
        list.push_back({"pue", "PUE", "ratio", "power.pue", in.pue, {}, book.input});
        list.push_back({"electricity_price", "Electricity price", currency + " per kWh",
                        "power.electricity_price_per_kwh", in.electricityPricePerKwh, {}, book.input});
        list.push_back({"electricity_paid_by", "Electricity paid by", "lessor or lessee", "lease.electricity_paid_by",
                        std::string(toString(t.electricityPaidBy)), {}, book.inputText});
        list.push_back({"om_fraction", "O&M per year", "share of capex", "lease.om_fraction_per_year",
                        t.omFractionPerYear, {}, book.rate});
        list.push_back({"extra_opex", "Other opex", perYear, "lease.extra_opex_per_year", t.extraOpexPerYear, {},
                        book.input});
        list.push_back({"debt_fraction", "Debt share of capex", "share", "lease.debt_fraction", t.debtFraction, {},
                        book.rate});
        list.push_back({"interest_rate", "Interest rate", "per year", "lease.interest_rate", t.interestRate, {},
                        book.rate});
        list.push_back({"loan_years", "Loan term", "years", "lease.loan_years", double(t.loanYears), {}, book.input});
        list.push_back({"tax_rate", "Income tax rate", "share of taxable income", "lease.tax_rate", t.taxRate, {},
                        book.rate});
        list.push_back({"depreciation_years", "Depreciation period (straight line)", "years",
                        "lease.depreciation_years", double(t.depreciationYears), {}, book.input});
        list.push_back({"residual_fraction", "Resale value at the end", "share of capex", "lease.residual_fraction",
                        t.residualFraction, {}, book.rate});
        list.push_back({"discount_rate", "Discount rate (equity)", "per year", "lease.discount_rate", t.discountRate,
                        {}, book.rate});
        // Derived figures: formulas over the inputs above.
        const std::size_t firstDerived = list.size();
        list.push_back({"loan", "Loan", currency, "capex × debt share", {}, "=in_capex*in_debt_fraction", book.money});
        list.push_back({"equity", "Equity outlay (year 0)", currency, "capex − loan", {}, "=in_capex-in_loan",
                        book.money});
        list.push_back({"annuity", "Loan instalment", perYear, "annuity over the loan term", {},
                        "=IF(in_loan=0,0,IF(in_interest_rate=0,in_loan/in_loan_years,"
                        "in_loan*in_interest_rate/(1-(1+in_interest_rate)^(-in_loan_years))))",
                        book.money});
        list.push_back({"residual", "Resale value", currency, "capex × resale share", {},
                        "=in_capex*in_residual_fraction", book.money});

        worksheet_set_column(inputs, 0, 0, 44, nullptr);
        worksheet_set_column(inputs, 1, 1, 18, nullptr);
        worksheet_set_column(inputs, 2, 2, 30, nullptr);
        worksheet_set_column(inputs, 3, 3, 38, nullptr);
        text(inputs, 0, 0, "Lease inputs: " + name, book.title);
        text(inputs, 1, 0, "Yellow cells are inputs: change one and every figure of the Cash flow sheet follows.");
        text(inputs, 3, 0, "Input", book.header);
        text(inputs, 3, 1, "Value", book.header);
        text(inputs, 3, 2, "Unit", book.header);
        text(inputs, 3, 3, "Brief field or origin", book.header);
        int row = 4;
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (i == firstDerived) {
                ++row;
                text(inputs, row++, 0, "Derived (formulas)", book.bold);
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
            book.define("in_" + x.key, "=Inputs!" + cell(row, 1, true));
            ++row;
        }

        // --- Cash flow: one column per year, one formula per line.
        const int n = lr.years;
        constexpr int kFirstYearCol = 2; // column C is year 0
        const int lastCol = kFirstYearCol + n;
        worksheet_set_column(cash, 0, 0, 40, nullptr);
        worksheet_set_column(cash, 1, 1, 16, nullptr);
        worksheet_set_column(cash, kFirstYearCol, lastCol, 16, nullptr);
        text(cash, 0, 0, fmt::format("Lease cash flow: {} ({})", name, currency), book.title);
        text(cash, 1, 0, "Every cell is a formula over the Inputs sheet (interface: docs/reports.md).");
        text(cash, 3, 0, "Line", book.header);
        text(cash, 3, 1, "Unit", book.header);
        for (int k = 0; k <= n; ++k)
            text(cash, 3, kFirstYearCol + k, fmt::format("Year {}", k), book.header);

        struct Line
        {
            std::string key, label, unit;
            std::function<std::string(int year)> year0; ///< empty: blank in year 0
            std::function<std::string(int year)> yearK;
            lxw_format *format;
            bool bold = false;
        };
        std::map<std::string, int> rowOf;
        int nextRow = 4;
        // References to another line in the same year's column, or the previous year's.
        int currentCol = kFirstYearCol;
        auto at = [&](const std::string &key) { return cell(rowOf.at(key), currentCol); };
        auto prev = [&](const std::string &key) { return cell(rowOf.at(key), currentCol - 1); };
        const std::vector<Line> lines = {
            {"year", "Year", "", [](int) { return std::string("=0"); }, [&](int) { return "=" + prev("year") + "+1"; },
             book.number},
            {"utilization", "Utilization", "share", {}, [](int) { return std::string("=in_utilization"); }, book.rate},
            {"revenue", "Revenue", currency, {},
             [&](int) {
                 return "=IF(ISNUMBER(in_price_node_month),in_price_node_month*in_nodes*12,"
                        "in_price_accelerator_hour*in_accelerators*in_hours_per_year)*"
                        + at("utilization");
             },
             book.money, true},
            {"electricity", "Electricity", currency, {},
             [&](int) {
                 return "=IF(in_electricity_paid_by=\"lessor\",in_it_kw*in_load_factor*" + at("utilization")
                        + "*in_pue*in_hours_per_year*in_electricity_price,0)";
             },
             book.money},
            {"om", "O&M", currency, {}, [](int) { return std::string("=in_om_fraction*in_capex"); }, book.money},
            {"extra_opex", "Other opex", currency, {}, [](int) { return std::string("=in_extra_opex"); }, book.money},
            {"opex", "Operating costs", currency, {},
             [&](int) { return "=" + at("electricity") + "+" + at("om") + "+" + at("extra_opex"); }, book.money, true},
            {"ebitda", "EBITDA", currency, {}, [&](int) { return "=" + at("revenue") + "-" + at("opex"); },
             book.money},
            {"depreciation", "Depreciation", currency, {},
             [&](int) {
                 return "=IF(" + at("year") + "<=in_depreciation_years,in_capex/in_depreciation_years,0)";
             },
             book.money},
            {"balance_start", "Loan balance, start of year", currency, {},
             [&](int) { return "=" + prev("balance_end"); }, book.money},
            {"interest", "Interest", currency, {},
             [&](int) { return "=" + at("balance_start") + "*in_interest_rate"; }, book.money},
            {"principal", "Principal repaid", currency, {},
             [&](int) {
                 const std::string b = at("balance_start");
                 return "=IF(" + b + ">0,IF(OR(" + at("year") + ">=in_loan_years," + at("year") + "=in_years)," + b
                        + ",MIN(" + b + ",in_annuity-" + at("interest") + ")),0)";
             },
             book.money},
            {"balance_end", "Loan balance, end of year", currency, [](int) { return std::string("=in_loan"); },
             [&](int) { return "=" + at("balance_start") + "-" + at("principal"); }, book.money},
            {"ebt", "Earnings before tax", currency, {},
             [&](int) { return "=" + at("ebitda") + "-" + at("depreciation") + "-" + at("interest"); }, book.money},
            {"tax", "Income tax", currency, {}, [&](int) { return "=MAX(0," + at("ebt") + ")*in_tax_rate"; },
             book.money},
            {"net_profit", "Net profit", currency, {}, [&](int) { return "=" + at("ebt") + "-" + at("tax"); },
             book.money, true},
            {"residual", "Resale value", currency, {},
             [&](int) { return "=IF(" + at("year") + "=in_years,in_residual,0)"; }, book.money},
            {"equity_cash_flow", "Equity cash flow", currency, [](int) { return std::string("=-in_equity"); },
             [&](int) {
                 return "=" + at("net_profit") + "+" + at("depreciation") + "-" + at("principal") + "+"
                        + at("residual");
             },
             book.money, true},
            {"cumulative", "Cumulative equity cash flow", currency,
             [&](int) { return "=" + at("equity_cash_flow"); },
             [&](int) { return "=" + prev("cumulative") + "+" + at("equity_cash_flow"); }, book.money},
            {"payback_crossing", "Payback crossing (years)", "years", {},
             [&](int) {
                 return "=IF(AND(" + prev("cumulative") + "<0," + at("cumulative") + ">=0)," + at("year") + "-1+(-"
                        + prev("cumulative") + ")/" + at("equity_cash_flow") + ",\"\")";
             },
             book.years},
        };
        for (const Line &l : lines)
            rowOf[l.key] = nextRow++;
        for (const Line &l : lines) {
            const int r = rowOf[l.key];
            text(cash, r, 0, l.label, l.bold ? book.bold : nullptr);
            text(cash, r, 1, l.unit);
            for (int k = 0; k <= n; ++k) {
                currentCol = kFirstYearCol + k;
                const auto &f = k == 0 ? l.year0 : l.yearK;
                if (f)
                    formula(cash, r, currentCol, f(k), l.format);
            }
        }

        // Results: formulas over the equity cash flows, beside the engine's figures.
        const int ecf = rowOf["equity_cash_flow"], cum = rowOf["cumulative"], pb = rowOf["payback_crossing"];
        const std::string flows = cell(ecf, kFirstYearCol) + ":" + cell(ecf, lastCol);
        int rr = nextRow + 1;
        text(cash, rr, 0, "Result", book.header);
        text(cash, rr, 1, "Unit", book.header);
        text(cash, rr, 2, "Workbook", book.header);
        text(cash, rr, 3, "Hallwright engine", book.header);
        text(cash, rr, 4, "Difference", book.header);
        ++rr;
        auto result = [&](const std::string &label, const std::string &unit, const std::string &f,
                          const std::optional<double> &engine, lxw_format *fmtCell, const std::string &key) {
            text(cash, rr, 0, label, book.bold);
            text(cash, rr, 1, unit);
            formula(cash, rr, 2, f, fmtCell);
            if (engine) {
                worksheet_write_number(cash, rr, 3, *engine, fmtCell);
                formula(cash, rr, 4, fmt::format("=IF(ISNUMBER({0}),{0}-{1},\"\")", cell(rr, 2), cell(rr, 3)),
                        fmtCell);
            } else {
                text(cash, rr, 3, "none");
            }
            book.define("out_" + key, "='Cash flow'!" + cell(rr, 2, true));
            ++rr;
        };
        result("NPV of equity cash flows", currency,
               fmt::format("={}+NPV(in_discount_rate,{}:{})", cell(ecf, kFirstYearCol), cell(ecf, kFirstYearCol + 1),
                           cell(ecf, lastCol)),
               lr.npv, book.money, "npv");
        result("IRR of equity cash flows", "per year", fmt::format("=IFERROR(IRR({}),\"none\")", flows), lr.irr,
               book.rate, "irr");
        result("Payback", "years",
               fmt::format("=IF({}>=0,0,IF(COUNT({}:{})=0,\"not within the lease\",MIN({}:{})))",
                           cell(cum, kFirstYearCol), cell(pb, kFirstYearCol + 1), cell(pb, lastCol),
                           cell(pb, kFirstYearCol + 1), cell(pb, lastCol)),
               lr.paybackYears, book.years, "payback");
        worksheet_freeze_panes(cash, 4, 2);
        worksheet_activate(cash);
        book.close();
    }
    file.sync();
    file.replaceTarget();
}

} // namespace hallwright
