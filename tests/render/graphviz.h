#pragma once
// Runs Graphviz on DOT text: the test's proof that every file quarks writes is valid DOT.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

namespace quarks::render::testing {

inline bool have_graphviz() { return std::system("command -v dot > /dev/null 2>&1") == 0; }

struct GraphvizResult {
  int status = -1;
  std::string errors;  // dot's stderr: warnings count as failures too
  std::string svg;
};

inline GraphvizResult run_dot_svg(const std::string& dot_text, const std::string& stem) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("quarks-test-render-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::path in = dir / (stem + ".dot"), out = dir / (stem + ".svg"), err = dir / (stem + ".err");
  std::ofstream(in, std::ios::binary) << dot_text;
  std::string command = "dot -Tsvg '" + in.string() + "' -o '" + out.string() + "' 2> '" + err.string() + "'";
  GraphvizResult r;
  r.status = std::system(command.c_str());
  auto slurp = [](const fs::path& p) {
    std::ifstream f(p, std::ios::binary);
    std::stringstream s;
    s << f.rdbuf();
    return s.str();
  };
  r.errors = slurp(err);
  r.svg = slurp(out);
  fs::remove_all(dir);
  return r;
}

}  // namespace quarks::render::testing
