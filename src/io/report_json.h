#pragma once
// The JSON reports of `quarks check --report FILE`, for CI and scripts. One
// witness file: what was checked, the scope it proves (complete, partial, one
// instance, weakened), each checker's result and the overall verdict. Several
// (DIR-or-FILES...): one entry per file, in the order checked, and the counts.
#include <string>
#include <vector>

#include "claim/claims.h"
#include "claim/coverage.h"
#include "claim/verdict.h"
#include "io/file_check.h"

namespace quarks {

inline constexpr int kReportFormatVersion = 1;

std::string check_report_json(const Claim& claim, const Coverage& scope, const std::vector<CheckReport>& reports,
                              Verdict verdict);

// {"format": "quarks-check-files-report", "version": 1, "files": [{"path",
// "outcome", "exit_code", "seconds", and "error" (bad input) or "report" (the
// one-file report above)}...], "summary": {"files", "verified", "refuted",
// "bad_input", "undecided", "disagreement"}, "outcome", "exit_code"}.
std::string check_files_report_json(const std::vector<FileCheck>& files);

}  // namespace quarks
