#pragma once
// Files for tests: one scratch directory per test process (removed when the
// process ends, unless QUARKS_KEEP_SCRATCH is set, to look at what a failing
// test wrote), fresh subdirectories of it, and whole-file reads and writes.
// Needs nothing but the standard library; quarks_cli.h builds on it.
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace quarks::testing {

namespace fs = std::filesystem;

namespace detail {
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

// scratch()/name, emptied: removed if it exists, then created.
inline fs::path fresh_scratch_dir(const std::string& name) {
  const fs::path dir = scratch() / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
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

inline std::size_t count_lines(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

}  // namespace quarks::testing
