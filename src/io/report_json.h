#pragma once
// The JSON report of `quarks check --report FILE`: what was checked, the
// scope it proves (complete, partial, one instance, weakened), each checker's
// result and the overall verdict, for CI and scripts.
#include <string>
#include <vector>

#include "claim/claims.h"
#include "claim/coverage.h"
#include "claim/verdict.h"

namespace quarks {

inline constexpr int kReportFormatVersion = 1;

std::string check_report_json(const Claim& claim, const Coverage& scope, const std::vector<CheckReport>& reports,
                              Verdict verdict);

}  // namespace quarks
