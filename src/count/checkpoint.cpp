#include "count/checkpoint.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/atomic_file.h"
#include "core/error.h"
#include "count/certificate_stream.h"
#include "count/summary.h"

namespace quarks::count {

std::string CheckpointLayout::header() const {
  return "quarks-census-checkpoint 2\nclass " + cls.name() + " n " + std::to_string(cls.n) + " degree " +
         std::to_string(cls.degree) + " split-rule " + split.text() + " units " + std::to_string(units) + " tasks " +
         std::to_string(tasks) + " certificates " + (certificates ? "1" : "0") + " rank " + std::to_string(rank) +
         " ranks " + std::to_string(ranks) + "\n";
}

std::string checkpoint_path(const std::string& file, std::uint32_t rank, std::uint32_t ranks) {
  if (ranks == 1) return file;
  return file + ".rank-" + std::to_string(rank) + "-of-" + std::to_string(ranks);
}

void load_checkpoint(const std::string& path, const CheckpointLayout& layout, std::vector<UnitSums>& units) {
  std::error_code ec;
  if (!std::filesystem::exists(std::filesystem::symlink_status(path, ec))) return;  // a fresh run
  auto bad = [&](const std::string& why) { throw InputError("checkpoint '" + path + "': " + why); };
  if (!std::filesystem::is_regular_file(path, ec)) bad("not a regular file");
  std::ifstream in(path, std::ios::binary);
  if (!in) bad("cannot be read");
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  const std::string header = layout.header();
  if (text.rfind("quarks-census-checkpoint 1\n", 0) == 0) {
    bad("format 1 (from an older quarks, without the split): remove it and rerun");
  }
  if (text.compare(0, header.size(), header) != 0) {
    bad("written for another class, split, certificate setting or rank layout (or not a checkpoint)");
  }
  std::istringstream lines(text.substr(header.size()));
  std::string line;
  bool ended = false;
  while (std::getline(lines, line)) {
    if (ended) bad("text after 'end'");
    if (line == "end") {
      ended = true;
      continue;
    }
    std::istringstream fields(line);
    std::string tag, index, count, decisions, leaves, extra;
    fields >> tag >> index >> count >> decisions >> leaves;
    std::int64_t i = 0, d = 0, l = 0;
    unsigned __int128 c = 0;
    if (tag != "unit" || (fields >> extra) || !parse_int64(index, i) || !parse_u128(count, c) ||
        !parse_int64(decisions, d) || !parse_int64(leaves, l) || i < 0 || d < 0 || l < 0 ||
        static_cast<std::uint64_t>(i) >= units.size() ||
        line != tag + " " + index + " " + count + " " + decisions + " " + leaves) {
      bad("malformed line '" + line + "'");
    }
    if (static_cast<std::uint64_t>(i) % layout.ranks != layout.rank) bad("unit " + index + " is not this rank's");
    if (units[i].done) bad("unit " + index + " appears twice");
    units[i] = UnitSums{true, c, static_cast<std::uint64_t>(d), static_cast<std::uint64_t>(l)};
  }
  if (!ended || text.back() != '\n') bad("truncated (no 'end' line)");
}

void save_checkpoint(const std::string& path, const CheckpointLayout& layout, const std::vector<UnitSums>& units) {
  AtomicOutputFile file(path);
  file.stream() << layout.header();
  for (std::size_t u = 0; u < units.size(); ++u) {
    if (!units[u].done) continue;
    file.stream() << "unit " << u << " " << to_decimal(units[u].count) << " " << units[u].decisions << " "
                  << units[u].leaves << "\n";
  }
  file.stream() << "end\n";
  file.commit();
}

}  // namespace quarks::count
