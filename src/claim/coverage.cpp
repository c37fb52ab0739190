#include "claim/coverage.h"

#include <map>
#include <set>
#include <utility>

namespace quarks {

BigInt irreducible_operator_count(unsigned arity) {
  BigInt total = 0, binomial = 1;  // binomial = C(arity, i)
  for (unsigned i = 0; i <= arity; ++i) {
    const BigInt functions = BigInt(1) << (std::size_t{1} << i);  // 2^(2^i)
    if ((arity - i) % 2 == 0) total += binomial * functions;
    else total -= binomial * functions;
    binomial = binomial * (arity - i) / (i + 1);
  }
  return total;
}

namespace {

std::string list_text(const std::set<unsigned>& values) {
  std::string s;
  for (unsigned v : values) s += (s.empty() ? "" : ", ") + std::to_string(v);
  return s;
}

Coverage sign_vector_coverage(const SignVectorClaim& claim) {
  // Distinct (B, i) per arity.
  std::map<unsigned, std::set<std::pair<std::string, unsigned>>> pairs;
  for (const auto& item : claim.items) pairs[item.op.arity()].insert({item.op.truth_table(), item.index});
  Coverage c;
  bool complete = true;
  std::string complete_arities, partial;
  for (const auto& [arity, present] : pairs) {
    const BigInt all = irreducible_operator_count(arity) * arity;
    if (BigInt(present.size()) == all) {
      complete_arities += (complete_arities.empty() ? "" : ", ") + std::to_string(arity);
    } else {
      complete = false;
      partial += (partial.empty() ? "" : "; ") + std::to_string(present.size()) + " of " + to_string(all) +
                 " (B, i) pairs of arity " + std::to_string(arity);
    }
  }
  c.scope = complete ? Coverage::Scope::complete : Coverage::Scope::partial;
  if (complete) {
    c.text = "complete: all irreducible B of arity " + complete_arities + ", every index";
  } else {
    c.text = "partial: " + partial;
    if (!complete_arities.empty()) c.text += "; complete for arity " + complete_arities;
  }
  return c;
}

Coverage affine_selector_coverage(const AffineSelectorClaim& claim) {
  std::map<unsigned, std::set<std::pair<unsigned, std::vector<int>>>> pairs;
  for (const auto& item : claim.items) pairs[item.k].insert({item.j, item.signs});
  Coverage c;
  bool complete = true;
  std::set<unsigned> complete_k;
  std::string partial;
  for (const auto& [k, present] : pairs) {
    const std::uint64_t all = (std::uint64_t{k} + 1) << k;  // (k+1) 2^k
    if (present.size() == all) {
      complete_k.insert(k);
    } else {
      complete = false;
      partial += (partial.empty() ? "" : "; ") + std::to_string(present.size()) + " of " + std::to_string(all) +
                 " (j, signs) pairs for k = " + std::to_string(k);
    }
  }
  c.scope = complete ? Coverage::Scope::complete : Coverage::Scope::partial;
  if (complete) {
    c.text = "complete: every j and sign vector for k in {" + list_text(complete_k) + "}";
  } else {
    c.text = "partial: " + partial;
    if (!complete_k.empty()) c.text += "; complete for k in {" + list_text(complete_k) + "}";
  }
  return c;
}

}  // namespace

Coverage coverage(const Claim& any) {
  if (const auto* c = std::get_if<SignVectorClaim>(&any)) return sign_vector_coverage(*c);
  if (const auto* c = std::get_if<AffineSelectorClaim>(&any)) return affine_selector_coverage(*c);
  if (const auto* l = std::get_if<LayerClaim>(&any)) {
    Coverage c;
    c.scope = Coverage::Scope::instance;
    c.text = "one instance: the given " + std::to_string(l->m) + " pair" + (l->m == 1 ? "" : "s") + " (h+_i, g+_i)";
    return c;
  }
  const auto& claim = std::get<SelectorClaim>(any);
  Coverage c;
  c.scope = Coverage::Scope::instance;
  c.weakened = !claim.strict_on_cube;
  c.text = claim.lemma == SelectorLemma::lemma_5_4 ? "one instance: the given f_0..f_" +
                                                         std::to_string(claim.selector == SelectorEncoding::dense
                                                                            ? claim.codes.size() - 1
                                                                            : std::size_t{claim.k})
                                                   : "one instance: the given f";
  return c;
}

}  // namespace quarks
