#pragma once
// What every fuzz target provides. A target source defines fuzz_one(); the
// libFuzzer entry (libfuzzer_entry.cpp) and the plain corpus replay
// (replay_main.cpp) both call it, so CI checks the same properties with g++
// that scripts/fuzz checks under clang and libFuzzer.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace quarks::fuzz {

// How one input ended. The replay checks it against a file name prefix
// (replay_main.cpp); libFuzzer ignores it.
enum class Outcome { rejected, accepted, verified, refuted };

Outcome fuzz_one(std::string_view input);

// A broken invariant: print why and abort, which libFuzzer and ctest both
// report as a failure (an exception could be swallowed by a caller).
[[noreturn]] inline void fail(const char* what, std::string_view detail = {}) {
  const std::string message = "fuzz invariant broken: " + std::string(what) + " " + std::string(detail) + "\n";
  std::fputs(message.c_str(), stderr);
  std::abort();
}

}  // namespace quarks::fuzz
