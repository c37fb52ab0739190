#pragma once
// The harness for tests that run the `quarks` binary: a run that captures exit
// status, stdout and stderr (in the scratch directory of scratch.h), and the
// project's rule for a failed command (README, "Exit codes"): the given exit
// status, nothing on stdout, exactly one line on stderr naming the problem.
//
// Use: quarks_test(NAME SOURCES ... CLI) in a tests/*/CMakeLists.txt, which
// builds `quarks` first and defines QUARKS_EXE; then #include "quarks_cli.h".
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstdlib>
#include <string>

#include "scratch.h"

#ifndef QUARKS_EXE
#error "quarks_cli.h needs QUARKS_EXE: register the test with quarks_test(... CLI)"
#endif

namespace quarks::testing {

struct Run {
  int status = -1;  // the exit code; -1 if quarks did not exit normally (a crash)
  std::string out, err;
};

// Runs `PREFIX quarks ARGS` through the shell (so ARGS may quote). PREFIX is
// a command that runs quarks: "env NAME=value", "timeout -s INT 2", "".
inline Run run_quarks(const std::string& args, const std::string& prefix = "") {
  const fs::path out = scratch() / "stdout.txt", err = scratch() / "stderr.txt";
  const std::string command = (prefix.empty() ? "" : prefix + " ") + std::string(QUARKS_EXE) + " " + args + " >" +
                              out.string() + " 2>" + err.string();
  const int raw = std::system(command.c_str());
  return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, slurp(out), slurp(err)};
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
