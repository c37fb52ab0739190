#include "witness/sign_vectors.h"

#include "core/error.h"

namespace quarks {

SignVectorItem sign_vector(const BooleanOperator& op, unsigned index) {
  if (index >= op.arity()) throw InputError("Lemma 5.1 index exceeds the operator arity");
  const std::uint64_t bit = std::uint64_t{1} << index;
  for (std::uint64_t t = 0; t < op.rows(); ++t) {
    if ((t & bit) || op.row(t) == op.row(t | bit)) continue;
    SignVectorItem item;
    item.op = op;
    item.index = index;
    // B restricted to z_i is x -> x or x -> -x; its value at z_i = +1 is theta.
    item.theta = op.row(t | bit) ? 1 : -1;
    item.signs.resize(op.arity());
    for (unsigned j = 0; j < op.arity(); ++j) item.signs[j] = j == index ? 0 : to_pm1((t >> j) & 1U);
    return item;
  }
  throw InputError("operator " + op.describe() + " does not depend on z_" + std::to_string(index) +
                   " (it is reducible)");
}

Witness sign_vector_witness(unsigned arity) {
  if (arity < 1 || arity > 4) throw InputError("Lemma 5.1 witnesses cover arities 1..4, not " + std::to_string(arity));
  SignVectorClaim claim;
  const std::uint64_t rows = std::uint64_t{1} << arity;
  for (std::uint64_t code = 0; code < (std::uint64_t{1} << rows); ++code) {
    std::vector<bool> table(rows);
    for (std::uint64_t t = 0; t < rows; ++t) table[t] = (code >> t) & 1U;
    BooleanOperator op(arity, table);
    if (!op.irreducible()) continue;
    for (unsigned i = 0; i < arity; ++i) claim.items.push_back(sign_vector(op, i));
  }
  Witness w;
  w.claim = claim;
  w.paper = "Lemma 5.1 (Eq. 5.3)";
  w.generator = Info::map({{"arity", arity}});
  w.construction = Info::map(
      {{"operators", claim.items.size() / arity},
       {"rule", "first row t (increasing) with B(t) != B(t with z_i = +1); theta = B at z_i = +1"}});
  return w;
}

}  // namespace quarks
