#include "core/boolean_operator.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>

#include "core/error.h"

namespace quarks {

namespace {
struct NamedOperator {
  const char* name;
  unsigned code;
};
// Code bit t = value at row t, t = [z0=+1] + 2 [z1=+1].
constexpr std::array<NamedOperator, 16> kNamed{{
    {"FALSE", 0b0000}, {"NOR", 0b0001},   {"NIMPLY", 0b0010}, {"NOT_Z1", 0b0011},
    {"CNIMPLY", 0b0100}, {"NOT_Z0", 0b0101}, {"XOR", 0b0110},  {"NAND", 0b0111},
    {"AND", 0b1000},   {"XNOR", 0b1001},  {"Z0", 0b1010},     {"CIMPLY", 0b1011},
    {"Z1", 0b1100},    {"IMPLY", 0b1101}, {"OR", 0b1110},     {"TRUE", 0b1111},
}};
}  // namespace

BooleanOperator::BooleanOperator(unsigned arity, std::vector<bool> rows) : arity_(arity) {
  if (arity < 1 || arity > kMaxArity) {
    throw InputError("Boolean operator arity " + std::to_string(arity) + " is outside 1.." +
                     std::to_string(kMaxArity));
  }
  if (rows.size() != (std::size_t{1} << arity)) {
    throw InputError("truth table has " + std::to_string(rows.size()) + " rows, expected " +
                     std::to_string(std::size_t{1} << arity));
  }
  table_.assign((rows.size() + 63) / 64, 0);
  for (std::size_t t = 0; t < rows.size(); ++t) {
    if (rows[t]) table_[t >> 6] |= std::uint64_t{1} << (t & 63);
  }
}

BooleanOperator BooleanOperator::binary(unsigned code) {
  std::vector<bool> rows(4);
  for (unsigned t = 0; t < 4; ++t) rows[t] = (code >> t) & 1U;
  return BooleanOperator(2, rows);
}

std::vector<BooleanOperator> BooleanOperator::all_binary() {
  std::vector<BooleanOperator> ops;
  for (unsigned code = 0; code < 16; ++code) ops.push_back(binary(code));
  return ops;
}

BooleanOperator BooleanOperator::parse(std::string_view text) {
  std::string upper(text);
  std::transform(upper.begin(), upper.end(), upper.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  if (upper.rfind("TT:", 0) == 0) {
    std::string bits = upper.substr(3);
    std::size_t size = bits.size();
    if (size < 2 || (size & (size - 1)) != 0) {
      throw InputError("truth table '" + bits + "' must have 2^a characters (a >= 1)");
    }
    std::vector<bool> rows;
    for (char c : bits) {
      if (c != '0' && c != '1') throw InputError("truth table '" + bits + "' may contain only 0 and 1");
      rows.push_back(c == '1');
    }
    unsigned arity = static_cast<unsigned>(std::countr_zero(size));
    return BooleanOperator(arity, rows);
  }
  for (const auto& named : kNamed) {
    if (upper == named.name) return binary(named.code);
  }
  if (upper == "NXOR") return binary(0b1001);
  throw InputError("unknown Boolean operator '" + std::string(text) +
                   "' (use AND, OR, XOR, NAND, NOR, XNOR, IMPLY, NIMPLY, CIMPLY, CNIMPLY, ... or tt:<bits>)");
}

int BooleanOperator::evaluate_pm1(const std::vector<int>& z) const {
  if (z.size() != arity_) throw InputError("Boolean operator applied to the wrong number of arguments");
  std::uint64_t t = 0;
  for (unsigned j = 0; j < arity_; ++j) {
    if (z[j] != 1 && z[j] != -1) throw InputError("Boolean operator argument is not +1 or -1");
    if (z[j] == 1) t |= std::uint64_t{1} << j;
  }
  return row(t) ? 1 : -1;
}

bool BooleanOperator::depends_on(unsigned j) const {
  const std::uint64_t bit = std::uint64_t{1} << j;
  for (std::uint64_t t = 0; t < rows(); ++t) {
    if (!(t & bit) && row(t) != row(t | bit)) return true;
  }
  return false;
}

bool BooleanOperator::irreducible() const {
  for (unsigned j = 0; j < arity_; ++j) {
    if (!depends_on(j)) return false;
  }
  return arity_ > 0;
}

std::string BooleanOperator::truth_table() const {
  std::string bits;
  for (std::uint64_t t = 0; t < rows(); ++t) bits.push_back(row(t) ? '1' : '0');
  return bits;
}

std::optional<std::string> BooleanOperator::name() const {
  if (arity_ != 2) return std::nullopt;
  unsigned code = static_cast<unsigned>(table_[0] & 0xF);
  for (const auto& named : kNamed) {
    if (named.code == code) return std::string(named.name);
  }
  return std::nullopt;
}

std::string BooleanOperator::describe() const {
  auto n = name();
  return n ? *n : "tt:" + truth_table();
}

}  // namespace quarks
