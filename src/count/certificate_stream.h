#pragma once
// Text records of the census decisions (docs/capacity.md, "Certificate
// directory"). One record per LP decided, in the order the walk decides them:
//   W <point> <value> <z_1> ... <z_m> <t>      the branch is feasible; a strict integer realization
//   F <point> <value> <k> <row>:<y> ...         the branch is infeasible; Farkas multipliers y > 0
// where <row> is a point index (the row of that assigned point) or r<i>
// (regularity row i). Integers follow the project grammar 0|-?[1-9][0-9]*.
#include <cstdint>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "count/lp.h"

namespace quarks::count {

struct DecisionRecord {
  std::uint32_t point = 0;
  int value = 0;
  LpAnswer answer;  // multipliers indexed by the rows of the decision's system
};

// Formats a record for the system whose rows are labelled by row_points
// (geometry.h): only nonzero multipliers are written.
std::string format_record(std::uint32_t point, int value, const LpAnswer& answer,
                          const std::vector<std::int32_t>& row_points);

// Strict line reader: every malformed line is an InputError naming the file and line.
class RecordReader {
 public:
  explicit RecordReader(const std::string& path);
  const std::string& path() const { return path_; }
  std::size_t line_number() const { return line_number_; }
  // Next line split at single spaces; false at end of file.
  bool next_line(std::vector<std::string>& tokens);
  // Reads the record of the next decision and maps its row labels onto row_points.
  DecisionRecord read_record(std::size_t columns, const std::vector<std::int32_t>& row_points);
  [[noreturn]] void fail(const std::string& what) const;

 private:
  std::string path_;
  std::ifstream in_;
  std::size_t line_number_ = 0;
};

// The project integer grammar, within int64.
bool parse_int64(const std::string& token, std::int64_t& out);

}  // namespace quarks::count
