#include "io/file_check.h"

namespace quarks {

FileOutcome outcome(const FileCheck& file) {
  if (file.bad_input) return FileOutcome::bad_input;
  switch (file.verdict) {
    case Verdict::verified: return FileOutcome::verified;
    case Verdict::refuted: return FileOutcome::refuted;
    case Verdict::disagreement: return FileOutcome::disagreement;
    case Verdict::unknown:
    case Verdict::timeout:
    case Verdict::error: return FileOutcome::undecided;
  }
  return FileOutcome::undecided;
}

std::string to_string(FileOutcome outcome) {
  switch (outcome) {
    case FileOutcome::verified: return "verified";
    case FileOutcome::refuted: return "refuted";
    case FileOutcome::bad_input: return "bad input";
    case FileOutcome::undecided: return "undecided";
    case FileOutcome::disagreement: return "disagreement";
  }
  return "undecided";
}

int exit_code(FileOutcome outcome) {
  switch (outcome) {
    case FileOutcome::verified: return 0;
    case FileOutcome::refuted: return 1;
    case FileOutcome::bad_input: return 2;
    case FileOutcome::undecided: return 3;
    case FileOutcome::disagreement: return 4;
  }
  return 3;
}

namespace {
int rank(FileOutcome outcome) {
  switch (outcome) {
    case FileOutcome::verified: return 0;
    case FileOutcome::undecided: return 1;
    case FileOutcome::bad_input: return 2;
    case FileOutcome::refuted: return 3;
    case FileOutcome::disagreement: return 4;
  }
  return 1;
}
}  // namespace

FileOutcome worst_outcome(const std::vector<FileCheck>& files) {
  FileOutcome result = FileOutcome::verified;
  for (const auto& f : files) {
    if (rank(outcome(f)) > rank(result)) result = outcome(f);
  }
  return result;
}

}  // namespace quarks
