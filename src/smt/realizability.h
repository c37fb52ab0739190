#pragma once
// Is a Boolean function a single linear threshold gate? The claim checked is
// "op is NOT in T(a; 1)": no integer w, b with sign(b + sum_j w_j x_j) = op(x)
// strictly at every x in {0,1}^a. Over the integers, strictness is S >= 1 on
// true rows and S <= -1 on false rows (any real strict realization scales to
// one). Used for the journal's claim that XOR is no single LTF.
#include <string>

#include "claim/verdict.h"
#include "core/boolean_operator.h"

namespace quarks::smt {

// The SMT-LIB2 script (QF_LIA). It is solved here first, as
// check_not_threshold does, and headed with the answer found: "; expected:
// unsat" and (set-info :status unsat) when op is no threshold function, sat
// (with the re-checked realization) when it is one. Throws SmtExportError
// (smt/z3_checker.h) when the query is not decided.
std::string not_threshold_smt2(const BooleanOperator& op, double timeout_seconds = 60);

// verified: unsat (no realization exists); refuted: a realization, re-checked
// exactly at every row, is printed as the counterexample.
CheckReport check_not_threshold(const BooleanOperator& op, double timeout_seconds = 60);

}  // namespace quarks::smt
