#pragma once
// Boolean operators B : {-1,+1}^a -> {-1,+1} as packed truth tables
// (paper Sec. 4.2 and Appendix). Encoding, used everywhere in quarks:
//   +1 = true; row t of the table is the input with z_j = +1 iff bit j of t is 1;
//   the table bit of row t is 1 iff B = +1 there.
// Text form "tt:<bits>": character t (left to right) is row t, so AND = "tt:0001".
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace quarks {

class BooleanOperator {
 public:
  static constexpr unsigned kMaxArity = 12;

  BooleanOperator() = default;
  // rows.size() must be 2^arity; throws InputError otherwise.
  BooleanOperator(unsigned arity, std::vector<bool> rows);

  // Accepts a binary-operator name (AND, OR, XOR, NAND, NOR, XNOR, IMPLY,
  // NIMPLY, CIMPLY, CNIMPLY, Z0, Z1, NOT_Z0, NOT_Z1, TRUE, FALSE; case-insensitive)
  // or "tt:<bits>" for any arity. Throws InputError naming the problem.
  static BooleanOperator parse(std::string_view text);
  static BooleanOperator binary(unsigned code);  // code = 4-bit table, row t = bit t
  // The 16 binary operators, in code order 0..15.
  static std::vector<BooleanOperator> all_binary();

  unsigned arity() const { return arity_; }
  std::size_t rows() const { return std::size_t{1} << arity_; }
  bool row(std::uint64_t t) const { return table_[t >> 6] >> (t & 63) & 1U; }
  // B on a ±1 vector (size arity()).
  int evaluate_pm1(const std::vector<int>& z) const;

  // True iff B depends on variable j: some row changes value when z_j flips.
  bool depends_on(unsigned j) const;
  // Irreducible (paper, Thm 4.2 footnote): B cannot be written with fewer
  // variables, i.e. it depends on every one of its variables.
  bool irreducible() const;

  std::string truth_table() const;       // "0001" for AND
  std::optional<std::string> name() const;  // named binary operators only
  std::string describe() const;           // name if any, else "tt:<bits>"

  bool operator==(const BooleanOperator&) const = default;

 private:
  unsigned arity_ = 0;
  std::vector<std::uint64_t> table_;
};

}  // namespace quarks
