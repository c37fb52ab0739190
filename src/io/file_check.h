#pragma once
// The outcome of one witness file in `quarks check DIR-or-FILES...`: bad
// input (the file is no checkable witness: why, in one line), or the
// checkers' reports and the overall verdict. report_json.h and junit_xml.h
// write a list of them out for CI.
#include <string>
#include <vector>

#include "claim/coverage.h"
#include "claim/verdict.h"

namespace quarks {

struct FileCheck {
  std::string path;
  bool bad_input = false;
  std::string error;  // bad input: the reason, one line
  // Checked files only:
  std::string claim;      // claim id, e.g. "lemma-5.4"
  std::string statement;  // the claim in words
  Coverage scope;
  std::vector<CheckReport> reports;
  Verdict verdict = Verdict::error;
  double seconds = 0;  // wall time of reading and checking the file
};

// The five things a file can come to, and their exit codes (README, "Exit
// codes of quarks check"): verified 0, refuted 1, bad input 2, undecided 3
// (unknown, timeout, error), disagreement 4.
enum class FileOutcome { verified, refuted, bad_input, undecided, disagreement };
FileOutcome outcome(const FileCheck& file);
std::string to_string(FileOutcome outcome);  // "verified", "refuted", "bad input", "undecided", "disagreement"
int exit_code(FileOutcome outcome);

// The outcome that decides a run over many files: disagreement > refuted >
// bad input > undecided > verified. A refutation is a definite answer about a
// claim, so it outranks a file that could not be checked; a bug in quarks
// outranks everything. Empty input: verified (the CLI refuses an empty run).
FileOutcome worst_outcome(const std::vector<FileCheck>& files);

}  // namespace quarks
