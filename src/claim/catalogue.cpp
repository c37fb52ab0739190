#include "claim/catalogue.h"

namespace quarks {

const std::vector<CatalogueEntry>& claims_catalogue() {
  static const std::vector<CatalogueEntry> entries = {
      {"irreducible-ops", "Appendix (Thm 4.2 footnote)", "16 binary operators enumerated, 10 irreducible", "checked (unit test)"},
      {"lemma-5.1", "Lemma 5.1, Eq. 5.3", "sign vectors for every irreducible B of arity <= 4, every index", "checked (exhaustive + z3)"},
      {"lemma-5.2", "Lemma 5.2, Eqs. 5.4-5.5", "affine selector for k <= 8, every j and sign vector; Eq. 5.5 fails for j = 0 (docs/errata.md)", "checked (exhaustive + z3); erratum"},
      {"lemma-5.3", "Lemma 5.3, Eqs. 5.6-5.8", "multiplexing extension with minimal exact M", "checked (exhaustive + z3)"},
      {"lemma-5.4", "Lemma 5.4, Eq. 5.9", "simultaneous extension for any irreducible B, degrees, n, k", "checked (exhaustive + z3)"},
      {"thm-4.2", "Theorem 4.2, Eqs. 4.6 / 5.2", "the injection (f_0..f_k) -> B(F_0..F_k): distinct images, f_i recovered; exact |T_B(n;1,1)| between the bounds for n <= 5, every B (quarks count composed)", "checked (injection: all of T(3;1)^2, AND and XOR; certified counts n <= 5)"},
      {"prop-5.5", "Proposition 5.5, Eqs. 4.7 / 5.14", "one F shared by all 10 irreducible binary B (main job: same f_0, f_1 for all 10); exact intersection counts for n <= 5 (quarks count composed --op all)", "checked (exhaustive + z3; certified counts n <= 5)"},
      {"thm-4.1", "Theorem 4.1 (journal Thm 6.1)", "gated pair of LTFs: capacity 2n^2(1+o(1)); its lower-bound injection is Thm 4.2 with two gates and B = AND (0/1 gating) or XNOR (+-1 gating): quarks witness composition --op AND (or XNOR) --n N --degree 1 (main job, n = 16); certified |T_AND(n;1,1)| and |T_XNOR(n;1,1)| for n <= 5 beside 2n^2 (quarks count composed)", "checked at small n; the asymptotic bound is not executable"},
      {"thm-4.3", "Theorem 4.3, Eqs. 4.13-4.15 (journal Thm 7.1)", "lower-bound construction: m gated pairs of LTFs selected by x- = i, phi = OR, output = h+_i g+_i and -1 on unused codes; Eq. 4.14 for both layers makes phi constant +1 (docs/errata.md); injection exhaustive for n <= 3; certified |T(n,m,1;x)| for n <= 3, m <= 3 and n = 4, m <= 2 (quarks count gated-layer); the capacity bounds 4.8-4.12 are not executable", "checked (exhaustive + z3); erratum"},
      {"dense-selectors", "beyond the paper (Appendix remark)", "Thm 4.2 with r = ceil(log2(k+1)) selector variables instead of k: the selector of gate j is multilinear of degree <= r (an affine one fails in general), so deg F_j <= max(d_j, r); lower bound prod_j |T(n-r; d_j)| <= |T_B(n; d_0..d_k)| when every d_j >= r (docs/dense-selectors.md); quarks witness composition --selector dense (main job: parity of 4, AND of 5)", "checked (exhaustive + z3)"},
      {"capacity-known", "Eqs. 4.1-4.5", "certified exact |T(n;1)| for n <= 8 and |T(n;d)| for n <= 4 and T(5;2) beside Eqs. 4.1-4.5 (quarks count ltf|ptf; certificates re-checked by quarks count verify)", "checked at small n; the asymptotic formulas are not executable"},
      {"encodings", "Sec. 4.2", "product gating of 0/1 gates is AND, of +-1 gates is XNOR", "checked (exhaustive, unit test)"},
      {"taxonomy", "Sec. 2, Table 1, Fig. 2", "6 classes as circuit primitives; activation gating = synaptic gating of every incoming synapse; output and synaptic gating both deliver w O_i O_j", "checked (exact and 1e-12, unit tests)"},
      {"sm-softmax", "Sec. 1.1, Fig. 1a", "softmax as a depth-3 Standard-Model circuit, weights +-1, log/exp", "checked (depth from the graph; 1e-12 vs reference)"},
      {"sm-dot", "Sec. 1.1, Fig. 1b", "dot product in the Standard Model (positive inputs; signed variant)", "checked (depth from the graph; 1e-12 vs reference)"},
      {"transformer", "Sec. 3", "attention head = m n^2 output gatings + softmax + n^2 synaptic gatings", "checked (counts from the graph; 1e-12 vs attention)"},
      {"depth-reduction", "Sec. 3, Sec. 5 (journal Sec. 3)", "gated vs Standard-Model depth and size (quarks depth, docs/depth.md)", "checked (metrics and benchmarks)"},
      {"relu-gating", "journal", "linear unit gated by a 0/1 threshold unit is ReLU", "checked (exact, unit test)"},
      {"xor-gating", "journal", "XOR = OR gated by NAND (exhaustive); XOR is no single LTF (quarks not-ltf, Z3 and cvc5 unsat)", "checked (exhaustive + z3)"},
      {"shaping", "journal", "gating f by g on the same activation gives fg", "checked (unit test)"},
      {"universal-approx", "journal Thm 4.3", "1-D, constructive: f on [a, b] (expression or Lipschitz table) within eps by N = u_0 + sum_i H(x - t_i) u_i, linear units output-gated by threshold gates, exact rational weights; sup |f - N| <= eps certified by outward-rounded interval arithmetic, re-checked from the units (quarks approx, docs/approximation.md); 2-D not done", "checked in 1-D (certified bound, unit tests); the general compact-set statement is not executable"},
      {"synaptic-capacity", "journal Prop 6.9", "single-weight synaptic gating: certified exact counts for n <= 5 in 0/1 and +-1 gating beside n^2 and 2n^2 (quarks count synaptic)", "checked at small n; the asymptotic gap is not executable"},
      {"parametric-lemmas", "Lemmas 5.2-5.4, Sec. 2", "the lemmas for all parameters at each fixed size (symbolic theta, j, p coefficients, M): Lemma 5.2 k <= 64 and Eq. 5.5 refuted at j = 0, Lemma 5.3 n-k <= 6 (k = 1, 2; deg p <= 2), Lemma 5.4 n-k <= 6 for the 10 irreducible binary B and MAJ3, and the Sec. 2 gating identities over the reals (quarks prove, docs/parametric-proofs.md)", "proved per size (z3; golden sizes re-checked by z3 and cvc5)"},
  };
  return entries;
}

}  // namespace quarks
