// The lease workbook (XLSX): inputs, a cash-flow sheet of live formulas over them, and the capex lines.
#pragma once

#include "analysis/analysis.h"

#include <stdexcept>
#include <string>

namespace hallwright {

/// Raised when the workbook cannot be made: no lease result, or the file cannot be written.
class WorkbookError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// The inputs the lease engine was run with, rebuilt from the results the same
/// way analyze() builds them; throws WorkbookError when the design has no lease.
lease::LeaseInputs leaseInputsOf(const Results &results);

/// Writes the lease workbook to path (replaced only by a complete new file):
/// - "Inputs": every lease input with its label, value, unit and brief field,
///   each a defined name (in_years, in_tax_rate …) that the formulas use;
/// - "Cash flow": one column per year (year 0 first), one row per line
///   (revenue, electricity, O&M, opex, EBITDA, depreciation, loan balance,
///   interest, principal, EBT, tax, net profit, residual value, equity cash
///   flow, cumulative), every cell a formula; NPV, IRR and payback as formulas
///   beside the engine's own figures;
/// - "Capex": the estimate's lines (quantity × unit price formulas, source or
///   estimate flag) with their sum, which feeds the capex input when the brief
///   gives no capex.
/// Formulas carry no cached results, so every spreadsheet (Excel, WPS,
/// LibreOffice) computes them when it opens the file. Text cells are
/// neutralised against formula injection.
void exportLeaseWorkbook(const Design &design, const Results &results, const std::string &path);

} // namespace hallwright
