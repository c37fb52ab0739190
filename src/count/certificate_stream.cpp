#include "count/certificate_stream.h"

#include <charconv>

#include "core/error.h"

namespace quarks::count {

bool parse_int64(const std::string& token, std::int64_t& out) {
  // 0 | -?[1-9][0-9]* : no sign on zero, no leading zeros, no '+'.
  if (token.empty() || token.size() > 20) return false;
  std::size_t i = token[0] == '-' ? 1 : 0;
  if (i == token.size()) return false;
  if (token[i] == '0' && (token.size() != 1)) return false;
  for (std::size_t k = i; k < token.size(); ++k) {
    if (token[k] < '0' || token[k] > '9') return false;
  }
  auto [ptr, ec] = std::from_chars(token.data(), token.data() + token.size(), out);
  return ec == std::errc() && ptr == token.data() + token.size();
}

std::string format_record(std::uint32_t point, int value, const LpAnswer& answer,
                          const std::vector<std::int32_t>& row_points) {
  std::string line;
  line.reserve(64);
  line += answer.feasible ? "W " : "F ";
  line += std::to_string(point);
  line += value ? " 1" : " 0";
  if (answer.feasible) {
    for (auto v : answer.point) {
      line += ' ';
      line += std::to_string(v);
    }
  } else {
    std::size_t nonzero = 0;
    for (auto y : answer.multipliers) nonzero += y != 0;
    line += ' ';
    line += std::to_string(nonzero);
    for (std::size_t r = 0; r < answer.multipliers.size(); ++r) {
      if (answer.multipliers[r] == 0) continue;
      line += ' ';
      line += row_points[r] >= 0 ? std::to_string(row_points[r]) : "r" + std::to_string(-1 - row_points[r]);
      line += ':';
      line += std::to_string(answer.multipliers[r]);
    }
  }
  line += '\n';
  return line;
}

RecordReader::RecordReader(const std::string& path) : path_(path), in_(path, std::ios::binary) {
  if (!in_) throw InputError("cannot read '" + path + "'");
}

void RecordReader::fail(const std::string& what) const {
  throw InputError(path_ + ":" + std::to_string(line_number_) + ": " + what);
}

bool RecordReader::next_line(std::vector<std::string>& tokens) {
  std::string line;
  if (!std::getline(in_, line)) return false;
  ++line_number_;
  if (in_.eof()) fail("missing newline at end of file");
  tokens.clear();
  std::size_t start = 0;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == ' ') {
      if (i == start) fail("empty field (fields are separated by single spaces)");
      tokens.push_back(line.substr(start, i - start));
      start = i + 1;
    } else if (static_cast<unsigned char>(line[i]) < 0x21 || static_cast<unsigned char>(line[i]) > 0x7e) {
      fail("unexpected character (printable ASCII and single spaces only)");
    }
  }
  return true;
}

DecisionRecord RecordReader::read_record(std::size_t columns, const std::vector<std::int32_t>& row_points) {
  std::vector<std::string> t;
  if (!next_line(t)) fail("a decision record is missing (file ends early)");
  if (t[0] != "W" && t[0] != "F") fail("expected a W or F record, found '" + t[0] + "'");
  if (t.size() < 3) fail("record too short");
  DecisionRecord rec;
  std::int64_t v = 0;
  if (!parse_int64(t[1], v) || v < 0 || v > 255) fail("bad point '" + t[1] + "'");
  rec.point = static_cast<std::uint32_t>(v);
  if (t[2] != "0" && t[2] != "1") fail("bad value '" + t[2] + "' (0 or 1)");
  rec.value = t[2] == "1";
  if (t[0] == "W") {
    rec.answer.feasible = true;
    if (t.size() != 3 + columns) fail("W record needs " + std::to_string(columns) + " integers");
    rec.answer.point.resize(columns);
    for (std::size_t c = 0; c < columns; ++c) {
      if (!parse_int64(t[3 + c], rec.answer.point[c])) fail("bad integer '" + t[3 + c] + "'");
    }
    return rec;
  }
  std::int64_t k = 0;
  if (!parse_int64(t[3 < t.size() ? 3 : 0], k) || t.size() < 4 || k < 1 || t.size() != 4 + static_cast<std::size_t>(k)) {
    fail("F record needs a count k >= 1 and then k row:multiplier pairs");
  }
  rec.answer.multipliers.assign(row_points.size(), 0);
  for (std::size_t i = 4; i < t.size(); ++i) {
    const auto colon = t[i].find(':');
    if (colon == std::string::npos) fail("bad pair '" + t[i] + "' (row:multiplier)");
    const std::string label = t[i].substr(0, colon), number = t[i].substr(colon + 1);
    std::int64_t row_label = 0, y = 0;
    std::int32_t wanted = 0;
    if (!label.empty() && label[0] == 'r') {
      if (!parse_int64(label.substr(1), row_label) || row_label < 0 || row_label > 255) fail("bad row '" + label + "'");
      wanted = -1 - static_cast<std::int32_t>(row_label);
    } else {
      if (!parse_int64(label, row_label) || row_label < 0 || row_label > 255) fail("bad row '" + label + "'");
      wanted = static_cast<std::int32_t>(row_label);
    }
    if (!parse_int64(number, y) || y <= 0) fail("bad multiplier '" + number + "' (a positive integer)");
    std::size_t r = 0;
    while (r < row_points.size() && row_points[r] != wanted) ++r;
    if (r == row_points.size()) fail("row '" + label + "' is not a row of this decision's system");
    if (rec.answer.multipliers[r] != 0) fail("row '" + label + "' appears twice");
    rec.answer.multipliers[r] = y;
  }
  return rec;
}

}  // namespace quarks::count
