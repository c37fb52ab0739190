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

// Strict line reader (docs/capacity.md, "Lexical rules"): every malformed
// line is an InputError naming the file and line. The file must be a regular
// file (a FIFO would block forever); a .cert file may be gzip (RFC 1952, one or
// more members), detected by its first two bytes, and is read in bounded
// memory either way.
class RecordReader {
 public:
  enum class Compression { refused, detected };  // summary.txt is never compressed
  explicit RecordReader(const std::string& path, Compression compression = Compression::detected);
  ~RecordReader();
  RecordReader(const RecordReader&) = delete;
  RecordReader& operator=(const RecordReader&) = delete;
  const std::string& path() const { return path_; }
  // Next line split at single spaces; false at end of file.
  bool next_line(std::vector<std::string>& tokens);
  // Reads the record of the next decision and maps its row labels onto row_points.
  DecisionRecord read_record(std::size_t columns, const std::vector<std::int32_t>& row_points);
  [[noreturn]] void fail(const std::string& what) const;

 private:
  bool read_line(std::string& line);  // false at end of input; the line without its '\n'
  bool fill();                        // more decoded bytes into buffer_; false at end of input
  std::string path_;
  std::ifstream in_;
  std::size_t line_number_ = 0;
  std::string buffer_;  // decoded bytes not yet consumed, from position start_
  std::size_t start_ = 0;
  struct Inflater;
  std::unique_ptr<Inflater> inflater_;  // gzip input only
  bool end_of_input_ = false;
};

// Refuses anything but a regular file (InputError naming it): a FIFO, a
// device, a directory or a missing path.
void require_regular_file(const std::string& path);

// `text` as one gzip member (RFC 1952; zlib's default header: no name, mtime
// 0), so the same text always gives the same bytes. Level 6: 4.5x smaller on
// the T(7;1) records (1.10 MB to 0.25 MB), level 1 only 3.1x (measured).
std::string gzip_compress(const std::string& text, int level = 6);

// The project integer grammar, within int64.
bool parse_int64(const std::string& token, std::int64_t& out);

}  // namespace quarks::count
