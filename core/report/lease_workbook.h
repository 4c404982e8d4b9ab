// The lease workbook (XLSX): inputs, a cash-flow sheet of live formulas over them, and the capex lines.
#pragma once

#include "analysis/analysis.h"
#include "checks/phrase.h"
#include "report/report_words.h"

#include <stdexcept>
#include <string>

namespace hallwright {

/// Raised when the workbook cannot be made: no lease result, or the file cannot be written.
class WorkbookError : public PhrasedException<std::runtime_error>
{
public:
    using PhrasedException::PhrasedException;
};

/// The inputs the lease engine was run with, rebuilt from the results the same
/// way analyze() builds them; throws WorkbookError when the design has no lease.
lease::LeaseInputs leaseInputsOf(const Results &results);

/// The workbook's words in the reader's language (report/report_words.h; context "Workbook").
/// Formulas, defined names and the brief's own words (field names, "lessor", "colocation")
/// stay as they are.
using WorkbookWords = ReportWords;

/// Writes the lease workbook to path (replaced only by a complete new file):
/// - "Inputs": every lease input with its label, value, unit and brief field,
///   each a defined name (in_years, in_tax_rate …) that the formulas use;
/// - "Cash flow": one column per year (year 0 first), one row per line of the
///   lease model (revenue with its price change and utilization ramp,
///   electricity, colocation rent, O&M, opex, EBITDA, IT and facility
///   depreciation, loan balance, interest, principal, book values, resale
///   gain, EBT, losses used, taxable income, tax, net profit, refund, equity
///   cash flow, cumulative), every cell a formula; a block of the tax losses
///   still usable by the year they arose (five-year carry-forward, oldest
///   first); NPV, IRR, payback and losses left as formulas beside the engine's;
/// - "Capex": the estimate's lines (quantity × unit price formulas, class,
///   source or estimate flag) with their sums by class, which feed the IT and
///   facility capex inputs when the brief gives no capex.
/// Formulas carry no cached results, so every spreadsheet (Excel, WPS,
/// LibreOffice) computes them when it opens the file. Text cells are
/// neutralised against formula injection.
void exportLeaseWorkbook(const Design &design, const Results &results, const std::string &path,
                         const WorkbookWords &words = {});

} // namespace hallwright
