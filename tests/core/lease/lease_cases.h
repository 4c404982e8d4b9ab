// Hand-calculated lease cases shared by the lease tests.
#pragma once

#include "lease/lease_model.h"

namespace hallwright::lease::testcases {

// Case 1: capex 100, no debt, no tax, no opex, residual 0, depreciation over the
// 5-year lease; revenue 30 a year from one node at 2.5 a month, 12 months, 100 %.
LeaseInputs caseNoDebtNoTax()
{
    LeaseInputs in;
    in.terms.years = 5;
    in.terms.pricePerAcceleratorHour.reset();
    in.terms.pricePerNodeMonth = 2.5;
    in.terms.utilization = 1.0;
    in.terms.omFractionPerYear = 0.0;
    in.terms.extraOpexPerYear = 0.0;
    in.terms.electricityPaidBy = ElectricityPayer::Lessee;
    in.terms.debtFraction = 0.0;
    in.terms.taxRate = 0.0;
    in.terms.depreciationYears = 5;
    in.terms.residualFraction = 0.0;
    in.terms.discountRate = 0.08;
    in.capexIt = 100.0;
    in.nodes = 1;
    in.accelerators = 8;
    return in;
}

} // namespace hallwright::lease::testcases
