#pragma once
// The harness for tests that run the `quarks` binary: one scratch directory per
// test process, a run that captures exit status, stdout and stderr, and the
// project's rule for a failed command (README, "Exit codes"): the given exit
// status, nothing on stdout, exactly one line on stderr naming the problem.
//
// Use: quarks_test(NAME SOURCES ... CLI) in a tests/*/CMakeLists.txt, which
// builds `quarks` first and defines QUARKS_EXE; then #include "quarks_cli.h".
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#ifndef QUARKS_EXE
#error "quarks_cli.h needs QUARKS_EXE: register the test with quarks_test(... CLI)"
#endif

namespace quarks::testing {

namespace fs = std::filesystem;

struct Run {
  int status = -1;  // the exit code; -1 if quarks did not exit normally (a crash)
  std::string out, err;
};

namespace detail {
// Removes the scratch directory when the test process ends, unless
// QUARKS_KEEP_SCRATCH is set (to look at what a failing test wrote).
struct ScratchDirectory {
  fs::path path;
  ScratchDirectory() : path(fs::temp_directory_path() / ("quarks-test-" + std::to_string(::getpid()))) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~ScratchDirectory() {
    if (std::getenv("QUARKS_KEEP_SCRATCH") == nullptr) {
      std::error_code ignored;
      fs::remove_all(path, ignored);
    }
  }
};
}  // namespace detail

// This process's scratch directory (created on first use).
inline const fs::path& scratch() {
  static const detail::ScratchDirectory dir;
  return dir.path;
}

// The bytes of a file; "" if it cannot be read.
inline std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void spit(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

// Runs `quarks ARGS` through the shell (so ARGS may quote), with
// `environment` ("NAME=value ...") added to quarks' environment.
inline Run run_quarks(const std::string& args, const std::string& environment = "") {
  const fs::path out = scratch() / "stdout.txt", err = scratch() / "stderr.txt";
  const std::string command = (environment.empty() ? "" : "env " + environment + " ") + std::string(QUARKS_EXE) +
                              " " + args + " >" + out.string() + " 2>" + err.string();
  const int raw = std::system(command.c_str());
  return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, slurp(out), slurp(err)};
}

inline std::size_t count_lines(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

// A failed command: exit `status`, stdout empty, one line on stderr containing `needle`.
inline Run expect_failure(const std::string& args, int status, const std::string& needle) {
  Run r = run_quarks(args);
  CAPTURE(args, r.out, r.err);
  CHECK(r.status == status);
  CHECK(r.out.empty());
  CHECK(count_lines(r.err) == 1);
  CHECK(r.err.find(needle) != std::string::npos);
  return r;
}

// Bad input: exit 2 (README, "Exit codes").
inline Run expect_bad_input(const std::string& args, const std::string& needle) {
  return expect_failure(args, 2, needle);
}

}  // namespace quarks::testing
