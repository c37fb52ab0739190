// Runs a fuzz target once on every file under the directories (or files) given
// on the command line, without libFuzzer, so the corpus and the regressions are
// replayed by ctest in every build (g++ included). A file whose name starts
// with "reject-", "accept-", "verified-" or "refuted-" must end that way:
// hand-made cases then test the reader's decisions, not only that it survives.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz_target.h"

namespace fs = std::filesystem;
using quarks::fuzz::Outcome;

namespace {

const char* name_of(Outcome o) {
  switch (o) {
    case Outcome::rejected: return "rejected";
    case Outcome::accepted: return "accepted";
    case Outcome::verified: return "verified";
    case Outcome::refuted: return "refuted";
  }
  return "?";
}

// True if `got` is what the file name promises (or it promises nothing).
bool as_expected(const std::string& name, Outcome got) {
  auto starts = [&](const char* prefix) { return name.rfind(prefix, 0) == 0; };
  if (starts("reject-")) return got == Outcome::rejected;
  if (starts("accept-")) return got != Outcome::rejected;
  if (starts("verified-")) return got == Outcome::verified;
  if (starts("refuted-")) return got == Outcome::refuted;
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<fs::path> files;
  for (int a = 1; a < argc; ++a) {
    const fs::path arg = argv[a];
    if (fs::is_regular_file(arg)) {
      files.push_back(arg);
    } else if (fs::is_directory(arg)) {
      for (const auto& entry : fs::recursive_directory_iterator(arg)) {
        const std::string name = entry.path().filename().string();
        if (entry.is_regular_file() && name[0] != '.' && name != "README.md") files.push_back(entry.path());
      }
    } else {
      std::cerr << "replay: no such file or directory: " << arg << "\n";
      return 2;
    }
  }
  std::sort(files.begin(), files.end());
  // An empty run would pass without checking anything.
  if (files.empty()) {
    std::cerr << "replay: no inputs\n";
    return 2;
  }
  int wrong = 0;
  int counts[4] = {};
  for (const auto& file : files) {
    std::cout << "replaying " << file.string() << std::endl;  // flushed: names the input if it aborts
    std::ifstream in(file, std::ios::binary);
    const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof()) {
      std::cerr << "replay: cannot read " << file << "\n";
      return 2;
    }
    const Outcome got = quarks::fuzz::fuzz_one(data);
    ++counts[static_cast<int>(got)];
    if (!as_expected(file.filename().string(), got)) {
      std::cerr << "replay: " << file.string() << " was " << name_of(got) << ", not what its name says\n";
      ++wrong;
    }
  }
  std::cout << files.size() << " inputs: " << counts[0] << " rejected, " << counts[1] << " accepted, " << counts[2]
            << " verified, " << counts[3] << " refuted\n";
  return wrong == 0 ? 0 : 1;
}
