#include "claim/catalogue.h"

namespace quarks {

const std::vector<CatalogueEntry>& claims_catalogue() {
  static const std::vector<CatalogueEntry> entries = {
      {"irreducible-ops", "Appendix (Thm 4.2 footnote)", "16 binary operators enumerated, 10 irreducible", "checked (unit test)"},
      {"lemma-5.1", "Lemma 5.1, Eq. 5.3", "sign vectors for every irreducible B of arity <= 4, every index", "checked (exhaustive + z3)"},
      {"lemma-5.2", "Lemma 5.2, Eqs. 5.4-5.5", "affine selector for k <= 8, every j and sign vector; Eq. 5.5 fails for j = 0 (docs/errata.md)", "checked (exhaustive + z3); erratum"},
      {"lemma-5.3", "Lemma 5.3, Eqs. 5.6-5.8", "multiplexing extension with minimal exact M", "checked (exhaustive + z3)"},
      {"lemma-5.4", "Lemma 5.4, Eq. 5.9", "simultaneous extension for any irreducible B, degrees, n, k", "checked (exhaustive + z3)"},
      {"thm-4.2", "Theorem 4.2, Eqs. 4.6 / 5.2", "the injection (f_0..f_k) -> B(F_0..F_k): distinct images, f_i recovered; exact |T_B(n;1,1)| between the bounds for n <= 4", "checked (injection: all of T(3;1)^2, AND and XOR)"},
      {"prop-5.5", "Proposition 5.5, Eqs. 4.7 / 5.14", "one F shared by all 10 irreducible binary B (main job: same f_0, f_1 for all 10); exact intersection counts for n <= 4", "checked (exhaustive + z3; counts n <= 4)"},
      {"thm-4.1", "Theorem 4.1 (journal Thm 6.1)", "gated pair of LTFs: capacity 2n^2(1+o(1)); exact |T_AND(n;1,1)| and |T_XNOR(n;1,1)| for n <= 4 (quarks capacity)", "partial: small-n counts; the asymptotic bound is not executable"},
      {"thm-4.3", "Theorem 4.3, Eqs. 4.8-4.15 (journal Thm 7.1)", "layer gating lower-bound construction", "not yet"},
      {"capacity-known", "Eqs. 4.1-4.5", "exact |T(n;1)| for n <= 4 beside n^2 (quarks capacity); degree d > 1 not yet", "partial: d = 1, n <= 4"},
      {"encodings", "Sec. 4.2", "product gating of 0/1 gates is AND, of +-1 gates is XNOR", "checked (exhaustive, unit test)"},
      {"taxonomy", "Sec. 2, Table 1, Fig. 2", "6 classes as circuit primitives; activation gating = synaptic gating of every incoming synapse; output and synaptic gating both deliver w O_i O_j", "checked (exact and 1e-12, unit tests)"},
      {"sm-softmax", "Sec. 1.1, Fig. 1a", "softmax as a depth-3 Standard-Model circuit, weights +-1, log/exp", "checked (depth from the graph; 1e-12 vs reference)"},
      {"sm-dot", "Sec. 1.1, Fig. 1b", "dot product in the Standard Model (positive inputs; signed variant)", "checked (depth from the graph; 1e-12 vs reference)"},
      {"transformer", "Sec. 3", "attention head = m n^2 output gatings + softmax + n^2 synaptic gatings", "checked (counts from the graph; 1e-12 vs attention)"},
      {"depth-reduction", "Sec. 3, Sec. 5 (journal Sec. 3)", "gated vs Standard-Model depth and size (quarks depth, docs/depth.md)", "checked (metrics and benchmarks)"},
      {"relu-gating", "journal", "linear unit gated by a 0/1 threshold unit is ReLU", "checked (exact, unit test)"},
      {"xor-gating", "journal", "XOR = OR gated by NAND (exhaustive); XOR is no single LTF (quarks not-ltf, Z3 and cvc5 unsat)", "checked (exhaustive + z3)"},
      {"shaping", "journal", "gating f by g on the same activation gives fg", "checked (unit test)"},
      {"universal-approx", "journal Thm 4.3", "shallow gated networks approximate continuous functions", "not yet"},
      {"synaptic-capacity", "journal Prop 6.9", "synaptic gating capacity bounds", "not yet"},
  };
  return entries;
}

}  // namespace quarks
