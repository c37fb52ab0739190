#pragma once
// `quarks check DIR-or-FILES...` (docs/ci.md): which witness files a list of
// paths names, and checking them, several at a time, with the same settings
// as one file. Bad input in one file is that file's outcome, not the run's.
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "cli/checking.h"
#include "io/file_check.h"
#include "witness/witness.h"

namespace quarks::cli {

struct WitnessFiles {
  std::vector<std::string> files;                    // in the order they are checked
  std::vector<std::filesystem::path> directories;    // the directories walked (canonical)
};

// Each path in order: a directory gives every *.json entry below it that is
// not a directory (recursively; symbolic links to directories are not
// followed), sorted by path, byte by byte; any other existing path is itself,
// whatever its name. A file named twice is checked once, where it first
// appears. InputError if a path does not exist or a directory holds no
// *.json file.
WitnessFiles collect_witness_files(const std::vector<std::string>& paths);

// What makes a read witness uncheckable under these settings (InputError):
// strict_on selector-points without allow_weakened, or more variables than the
// exhaustive checker's limit under --method exhaustive or both.
void require_checkable(const Witness& witness, const Coverage& scope, const std::string& path,
                       const CheckSettings& settings, bool allow_weakened);

// Reads and checks one file. Never throws: bad input becomes bad_input with
// the message, any other exception an `error` verdict (undecided).
FileCheck check_witness_file(const std::string& path, const CheckSettings& settings, bool allow_weakened);

// Checks the files on `jobs` threads. on_done(file) is called on the calling
// thread for file 0, 1, ... in order, as soon as it and all before it are done.
std::vector<FileCheck> check_witness_files(const std::vector<std::string>& files, const CheckSettings& settings,
                                           bool allow_weakened, unsigned jobs,
                                           const std::function<void(const FileCheck&)>& on_done);

}  // namespace quarks::cli
