#include "count/certificate_stream.h"

#include <zlib.h>

#include <algorithm>
#include <charconv>
#include <filesystem>

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

std::string gzip_compress(const std::string& text, int level) {
  z_stream z{};
  if (deflateInit2(&z, level, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    throw std::runtime_error("zlib: deflateInit2 failed");
  }
  std::string out;
  char buffer[1 << 16];
  std::size_t consumed = 0;
  int rc = Z_OK;
  while (rc != Z_STREAM_END) {
    if (z.avail_in == 0 && consumed < text.size()) {  // zlib counts in 32 bits: feed at most 1 GiB at a time
      const std::size_t part = std::min<std::size_t>(text.size() - consumed, std::size_t{1} << 30);
      z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data() + consumed));
      z.avail_in = static_cast<uInt>(part);
      consumed += part;
    }
    z.next_out = reinterpret_cast<Bytef*>(buffer);
    z.avail_out = sizeof buffer;
    rc = deflate(&z, consumed == text.size() ? Z_FINISH : Z_NO_FLUSH);
    if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
      deflateEnd(&z);
      throw std::runtime_error("zlib: deflate failed");
    }
    out.append(buffer, sizeof buffer - z.avail_out);
  }
  deflateEnd(&z);
  return out;
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

void require_regular_file(const std::string& path) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) throw InputError("'" + path + "' is missing");
  if (!std::filesystem::is_regular_file(status)) throw InputError("'" + path + "' is not a regular file");
}

// zlib's inflate in gzip mode, restarted at each new member.
struct RecordReader::Inflater {
  z_stream z{};
  std::string input;
  bool member_ended = false;
  Inflater() {
    if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) throw std::runtime_error("zlib: inflateInit2 failed");
  }
  ~Inflater() { inflateEnd(&z); }
};

namespace {
// Points and row labels of any census: 0..511 (n <= 9); the walk then checks
// that a record is for the point it decides and names rows of its system.
constexpr std::int64_t kMaxPoint = 511;
constexpr std::size_t kChunk = 1 << 16;
constexpr std::size_t kMaxLine = 1 << 20;  // a record is a few hundred bytes; refuse absurd lines in bounded memory
}  // namespace

RecordReader::RecordReader(const std::string& path, Compression compression) : path_(path) {
  require_regular_file(path);
  in_.open(path, std::ios::binary);
  if (!in_) throw InputError("cannot read '" + path + "'");
  const int c0 = in_.get(), c1 = in_.get();
  const bool gzip = c0 == 0x1f && c1 == 0x8b;
  in_.clear();
  in_.seekg(0);
  if (gzip) {
    if (compression == Compression::refused) throw InputError(path + ": compressed, but this file is never compressed");
    // docs/capacity.md, "Corners": the gzip layer is checked whole before the
    // first line is read, so a damaged file is malformed wherever the damage
    // is, whatever a line before it would have said (a second pass, bounded memory).
    inflater_ = std::make_unique<Inflater>();
    while (fill()) buffer_.clear();
    in_.clear();
    in_.seekg(0);
    inflater_ = std::make_unique<Inflater>();
    buffer_.clear();
    start_ = 0;
    end_of_input_ = false;
  }
}

RecordReader::~RecordReader() = default;

void RecordReader::fail(const std::string& what) const {
  throw InputError(path_ + ":" + std::to_string(line_number_) + ": " + what);
}

bool RecordReader::fill() {
  if (end_of_input_) return false;
  if (start_ > 0) {
    buffer_.erase(0, start_);
    start_ = 0;
  }
  char raw[kChunk];
  if (!inflater_) {
    in_.read(raw, sizeof raw);
    const auto got = static_cast<std::size_t>(in_.gcount());
    if (got == 0) {
      end_of_input_ = true;
      return false;
    }
    buffer_.append(raw, got);
    return true;
  }
  Inflater& f = *inflater_;
  for (;;) {
    if (f.z.avail_in == 0) {
      in_.read(raw, sizeof raw);
      const auto got = static_cast<std::size_t>(in_.gcount());
      if (got == 0) {
        if (!f.member_ended) fail("truncated gzip stream");
        end_of_input_ = true;
        return false;
      }
      f.input.assign(raw, got);
      f.z.next_in = reinterpret_cast<Bytef*>(f.input.data());
      f.z.avail_in = static_cast<uInt>(got);
    }
    if (f.member_ended) {  // another member follows (concatenated gzip)
      if (inflateReset(&f.z) != Z_OK) fail("corrupt gzip stream");
      f.member_ended = false;
    }
    char out[kChunk];
    f.z.next_out = reinterpret_cast<Bytef*>(out);
    f.z.avail_out = sizeof out;
    const int rc = inflate(&f.z, Z_NO_FLUSH);
    if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) fail("corrupt gzip stream");
    const std::size_t produced = sizeof out - f.z.avail_out;
    if (rc == Z_STREAM_END) f.member_ended = true;
    if (produced > 0) {
      buffer_.append(out, produced);
      return true;
    }
    if (rc == Z_BUF_ERROR && f.z.avail_in != 0) fail("corrupt gzip stream");
  }
}

bool RecordReader::read_line(std::string& line) {
  for (;;) {
    const std::size_t nl = buffer_.find('\n', start_);
    if (nl != std::string::npos) {
      line.assign(buffer_, start_, nl - start_);
      start_ = nl + 1;
      return true;
    }
    if (buffer_.size() - start_ > kMaxLine) {
      ++line_number_;
      fail("line longer than " + std::to_string(kMaxLine) + " bytes");
    }
    if (!fill()) {
      if (buffer_.size() > start_) {
        ++line_number_;
        fail("missing newline at end of file");
      }
      return false;
    }
  }
}

bool RecordReader::next_line(std::vector<std::string>& tokens) {
  std::string line;
  if (!read_line(line)) return false;
  ++line_number_;
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
  if (!parse_int64(t[1], v) || v < 0 || v > kMaxPoint) fail("bad point '" + t[1] + "'");
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
      if (!parse_int64(label.substr(1), row_label) || row_label < 0 || row_label > kMaxPoint) fail("bad row '" + label + "'");
      wanted = -1 - static_cast<std::int32_t>(row_label);
    } else {
      if (!parse_int64(label, row_label) || row_label < 0 || row_label > kMaxPoint) fail("bad row '" + label + "'");
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
