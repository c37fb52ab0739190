#include "count/operator_classes.h"

#include <algorithm>
#include <bit>
#include <numeric>
#include <thread>

#include "core/error.h"

// Structure used throughout (T = T(n;1), A = {f AND g : f, g in T}, X = {f XOR g : f, g in T},
// ¬S = {¬h : h in S}):
//
// (a) T is closed under negation: ¬sign(w.x + b) = sign(-w.x - b). Hence, for every B,
//     B(¬f, g) and B(f, ¬g) range over the same class as B(f, g), and the class of ¬B is the
//     complement image of the class of B (same size).
// (b) So the 16 binary B reach only four classes up to complement (Thm 4.2 counts the 10
//     irreducible ones):
//       FALSE, TRUE                       -> {0}, {1}                    size 1
//       Z0, Z1, NOT_Z0, NOT_Z1            -> T or ¬T = T                 size |T|
//       one true row (AND, NOR, NIMPLY, CNIMPLY): l1(f) AND l2(g) with literals l1, l2 -> A
//       three true rows (their negations: NAND, OR, IMPLY, CIMPLY)                    -> ¬A
//       XOR -> X;  XNOR(f, g) = XOR(f, ¬g) -> X.
//     X is closed under complement (¬(f XOR g) = f XOR ¬g), so the intersection of the ten
//     irreducible classes (Prop 5.5) is exactly A ∩ ¬A ∩ X.
// (c) A and X are computed once each; AND and XOR are symmetric, so unordered pairs suffice.
//     For X also f XOR g = ¬f XOR ¬g: an h in X with h(0) = 0 has f(0) = g(0), and both can be
//     made 0. With X = ¬X this gives X = X0 ∪ ¬X0 (disjoint, split by the value at the point 0),
//     X0 = {f XOR g : f, g in T, f(0) = g(0) = 0}: a quarter of the pairs.
//
// Blocks. A class is a set of 2^(2^n) truth tables (2^32 at n = 5). The tables are split into
// a high part (the values at the top t points) and a low part (the other L points). The high
// part of f AND g is high(f) AND high(g), and of f XOR g it is high(f) XOR high(g); so every
// block (fixed high part c) of A or X is filled from known pairs of groups of T, and a block
// is a 2^L-bit bitset small enough for the cache (L = 20: 128 KiB). A job handles the blocks c
// and ~c together, since ¬h lies in block ~c at low index (2^L - 1) - (low part of h): that
// gives ¬A and ¬X0 on the job's blocks without a second pass.

namespace quarks::count {

namespace {

using Table = std::uint64_t;

std::uint64_t low_mask_of(std::uint32_t points) {
  return points >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << points) - 1;
}

// Checks the truth-table list and returns it sorted. Every reduction above needs (a).
std::vector<Table> checked_tables(std::uint32_t vars, const std::vector<Table>& tables, const char* what) {
  const std::uint32_t points = 1U << vars;
  const std::uint64_t mask = low_mask_of(points);
  std::vector<Table> sorted(tables);
  std::sort(sorted.begin(), sorted.end());
  if (sorted.empty()) throw InputError(std::string(what) + " is empty");
  if (sorted.back() > mask) {
    throw InputError(std::string(what) + " has a table with bits beyond the 2^" + std::to_string(vars) +
                     " points of n = " + std::to_string(vars));
  }
  if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end()) {
    throw InputError(std::string(what) + " lists a truth table twice");
  }
  for (Table f : sorted) {
    if (!std::binary_search(sorted.begin(), sorted.end(), ~f & mask)) {
      throw InputError(std::string(what) + " is not closed under negation, so it is not T(" +
                       std::to_string(vars) + ";1)");
    }
  }
  return sorted;
}

void check_threads(unsigned threads) {
  if (threads == 0) throw InputError("threads must be at least 1");
}

std::uint64_t reverse_bits(std::uint64_t v) {
  v = ((v >> 1) & 0x5555555555555555ULL) | ((v & 0x5555555555555555ULL) << 1);
  v = ((v >> 2) & 0x3333333333333333ULL) | ((v & 0x3333333333333333ULL) << 2);
  v = ((v >> 4) & 0x0F0F0F0F0F0F0F0FULL) | ((v & 0x0F0F0F0F0F0F0F0FULL) << 4);
  v = ((v >> 8) & 0x00FF00FF00FF00FFULL) | ((v & 0x00FF00FF00FF00FFULL) << 8);
  v = ((v >> 16) & 0x0000FFFF0000FFFFULL) | ((v & 0x0000FFFF0000FFFFULL) << 16);
  return (v >> 32) | (v << 32);
}

// The 2^(2^n) tables split into blocks: the top `high` points of a table select its block, the
// other `low` index it within the block.
struct TableBlocks {
  std::uint32_t points = 0;
  std::uint32_t high = 0;
  std::uint32_t low = 0;
  std::uint32_t high_mask = 0;
  std::uint64_t low_mask = 0;
  std::size_t block_words = 0;

  explicit TableBlocks(std::uint32_t n) : points(1U << n) {
    // n = 5: 4096 blocks of 2^20 bits; n = 3, 4 still get several blocks, so that the
    // thread split is exercised by the small cases too.
    high = points >= 32 ? points - 20 : points >= 8 ? points / 4 : 0;
    low = points - high;
    high_mask = (1U << high) - 1;
    low_mask = (std::uint64_t{1} << low) - 1;
    block_words = low >= 6 ? std::size_t{1} << (low - 6) : 1;
  }
  std::uint32_t complement_block(std::uint32_t c) const { return ~c & high_mask; }
};

// dst[i] = src[2^L - 1 - i]: the block of the complements.
void reverse_block(const TableBlocks& g, const std::uint64_t* src, std::uint64_t* dst) {
  if (g.low >= 6) {
    for (std::size_t w = 0; w < g.block_words; ++w) dst[w] = reverse_bits(src[g.block_words - 1 - w]);
  } else {
    dst[0] = reverse_bits(src[0]) >> (64 - (1U << g.low));
  }
}

// T grouped by high part (compressed rows: group a is low[start[a] .. start[a+1])).
struct Groups {
  std::vector<std::uint32_t> start;
  std::vector<std::uint32_t> low;
  std::uint64_t size(std::uint32_t a) const { return start[a + 1] - start[a]; }
  const std::uint32_t* begin(std::uint32_t a) const { return low.data() + start[a]; }
};

Groups group_tables(const TableBlocks& g, const std::vector<Table>& tables, bool point0_false_only) {
  Groups G;
  G.start.assign((std::size_t{1} << g.high) + 1, 0);
  std::vector<Table> kept;
  for (Table f : tables) {
    if (point0_false_only && (f & 1U)) continue;
    kept.push_back(f);
    ++G.start[(f >> g.low) + 1];
  }
  std::partial_sum(G.start.begin(), G.start.end(), G.start.begin());
  G.low.resize(kept.size());
  std::vector<std::uint32_t> next(G.start.begin(), G.start.end() - 1);
  for (Table f : kept) G.low[next[f >> g.low]++] = static_cast<std::uint32_t>(f & g.low_mask);
  return G;
}

inline void set_bit(std::uint64_t* block, std::uint64_t i) { block[i >> 6] |= std::uint64_t{1} << (i & 63); }

// Calls visit(a, b) for every unordered pair of non-empty groups {a, b}, a <= b, whose AND
// (resp. XOR) of high parts is c.
template <class Visit>
void and_group_pairs(const TableBlocks& g, const Groups& G, std::uint32_t c, Visit&& visit) {
  for (std::uint32_t a = 0; a <= g.high_mask; ++a) {
    if ((a & c) != c || G.size(a) == 0) continue;
    // a AND b = c  <=>  b = c | s with s a subset of the points outside a.
    const std::uint32_t outside = g.high_mask & ~a;
    for (std::uint32_t s = outside;; s = (s - 1) & outside) {
      const std::uint32_t b = c | s;
      if (b >= a && G.size(b) != 0) visit(a, b);
      if (s == 0) break;
    }
  }
}

template <class Visit>
void xor_group_pairs(const TableBlocks& g, const Groups& G, std::uint32_t c, Visit&& visit) {
  for (std::uint32_t a = 0; a <= g.high_mask; ++a) {
    const std::uint32_t b = a ^ c;
    if (b >= a && G.size(a) != 0 && G.size(b) != 0) visit(a, b);
  }
}

template <class Op>
void fill_pairs(const Groups& G, std::uint32_t a, std::uint32_t b, std::uint64_t* block, Op op) {
  const std::uint32_t* fa = G.begin(a);
  const std::uint32_t* fb = G.begin(b);
  const std::uint64_t na = G.size(a), nb = G.size(b);
  for (std::uint64_t i = 0; i < na; ++i) {
    const std::uint32_t f = fa[i];
    for (std::uint64_t j = a == b ? i : 0; j < nb; ++j) set_bit(block, op(f, fb[j]));
  }
}

void fill_and_block(const TableBlocks& g, const Groups& G, std::uint32_t c, std::uint64_t* block) {
  std::fill(block, block + g.block_words, 0);
  and_group_pairs(g, G, c, [&](std::uint32_t a, std::uint32_t b) {
    fill_pairs(G, a, b, block, [](std::uint32_t f, std::uint32_t h) { return f & h; });
  });
}

void fill_xor_block(const TableBlocks& g, const Groups& G, std::uint32_t c, std::uint64_t* block) {
  std::fill(block, block + g.block_words, 0);
  xor_group_pairs(g, G, c, [&](std::uint32_t a, std::uint32_t b) {
    fill_pairs(G, a, b, block, [](std::uint32_t f, std::uint32_t h) { return f ^ h; });
  });
}

std::uint64_t popcount(const std::vector<std::uint64_t>& v) {
  std::uint64_t s = 0;
  for (std::uint64_t w : v) s += static_cast<std::uint64_t>(std::popcount(w));
  return s;
}

// One job: the blocks c and c2 = ~c (c2 == c only when there is a single block).
struct Job {
  std::uint32_t c = 0, c2 = 0;
  std::uint64_t cost = 0;  // pairs visited, for the split between threads
};

// Deterministic split: jobs by decreasing cost (ties by c) go to the least loaded thread
// (ties by index). The counts are sums over jobs, so they cannot depend on the split.
std::vector<std::vector<Job>> split_jobs(std::vector<Job> jobs, unsigned threads) {
  std::stable_sort(jobs.begin(), jobs.end(), [](const Job& x, const Job& y) { return x.cost > y.cost; });
  std::vector<std::vector<Job>> per(threads);
  std::vector<std::uint64_t> load(threads, 0);
  for (const Job& j : jobs) {
    const auto t = static_cast<std::size_t>(std::min_element(load.begin(), load.end()) - load.begin());
    per[t].push_back(j);
    load[t] += j.cost + 1;
  }
  return per;
}

template <class Work>
void run_threads(unsigned threads, Work&& work) {
  if (threads == 1) {
    work(0U);
    return;
  }
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) pool.emplace_back([&work, t] { work(t); });
  for (auto& th : pool) th.join();
}

// The blocks of A and X, job by job, handed to sink(thread, job, A_c, A_c2, X_c, X_c2), X already
// completed from X0 (X_c = X0_c ∪ ¬X0_c2). Blocks of a class not asked for are left empty.
template <class Sink>
void enumerate_blocks(std::uint32_t n, const std::vector<Table>& tables, bool want_and, bool want_xor,
                      unsigned threads, Sink&& sink) {
  const TableBlocks g(n);
  const Groups all = group_tables(g, tables, false);
  const Groups even = group_tables(g, tables, true);

  std::vector<Job> jobs;
  const std::uint32_t blocks = 1U << g.high;
  for (std::uint32_t c = 0; c < std::max(1U, blocks / 2); ++c) {
    Job j{c, g.complement_block(c), 0};
    for (std::uint32_t b : {j.c, j.c2}) {
      if (want_and) {
        and_group_pairs(g, all, b, [&](std::uint32_t x, std::uint32_t y) { j.cost += all.size(x) * all.size(y); });
      }
      if (want_xor) {
        xor_group_pairs(g, even, b, [&](std::uint32_t x, std::uint32_t y) { j.cost += even.size(x) * even.size(y); });
      }
      if (j.c == j.c2) break;
    }
    jobs.push_back(j);
  }
  threads = std::min<unsigned>(threads, static_cast<unsigned>(jobs.size()));
  const auto per_thread = split_jobs(std::move(jobs), threads);

  run_threads(threads, [&](unsigned t) {
    const std::size_t W = g.block_words;
    std::vector<std::uint64_t> a1(W, 0), a2(W, 0), x01(W, 0), x02(W, 0), x1(W, 0), x2(W, 0), rev(W, 0);
    for (const Job& j : per_thread[t]) {
      const bool two = j.c != j.c2;
      if (want_and) {
        fill_and_block(g, all, j.c, a1.data());
        if (two) fill_and_block(g, all, j.c2, a2.data());
      }
      if (want_xor) {
        fill_xor_block(g, even, j.c, x01.data());
        if (two) fill_xor_block(g, even, j.c2, x02.data());
        reverse_block(g, two ? x02.data() : x01.data(), rev.data());
        for (std::size_t w = 0; w < W; ++w) x1[w] = x01[w] | rev[w];
        if (two) {
          reverse_block(g, x01.data(), rev.data());
          for (std::size_t w = 0; w < W; ++w) x2[w] = x02[w] | rev[w];
        }
      }
      sink(t, j, a1, two ? a2 : a1, x1, two ? x2 : x1);
    }
  });
}

}  // namespace

std::uint64_t OperatorClassCounts::gated_pair(GateEncoding encoding) const {
  return encoding == GateEncoding::zero_one ? and_class : xor_class;
}

OperatorClassCounts operator_class_counts(std::uint32_t n, const std::vector<std::uint64_t>& ltf_tables,
                                          unsigned threads) {
  if (n < 1 || n > kMaxOperatorClassVariables) {
    throw InputError("operator classes are counted for n in 1..5 (n = " + std::to_string(n) + ")");
  }
  check_threads(threads);
  const std::vector<Table> tables = checked_tables(n, ltf_tables, "the list of T(n;1)");
  const TableBlocks g(n);

  struct Partial {
    std::uint64_t a = 0, x = 0, both = 0;
  };
  std::vector<Partial> partial(threads);
  std::vector<std::vector<std::uint64_t>> scratch(threads, std::vector<std::uint64_t>(g.block_words));
  enumerate_blocks(n, tables, true, true, threads,
                   [&](unsigned t, const Job& j, const std::vector<std::uint64_t>& a1,
                       const std::vector<std::uint64_t>& a2, const std::vector<std::uint64_t>& x1,
                       const std::vector<std::uint64_t>& x2) {
                     Partial& p = partial[t];
                     std::vector<std::uint64_t>& rev = scratch[t];
                     // Block c: h in A, ¬h in A (¬h sits reversed in block c2), h in X.
                     reverse_block(g, a2.data(), rev.data());
                     for (std::size_t w = 0; w < g.block_words; ++w) {
                       p.both += static_cast<std::uint64_t>(std::popcount(a1[w] & rev[w] & x1[w]));
                     }
                     p.a += popcount(a1);
                     p.x += popcount(x1);
                     if (j.c == j.c2) return;
                     reverse_block(g, a1.data(), rev.data());
                     for (std::size_t w = 0; w < g.block_words; ++w) {
                       p.both += static_cast<std::uint64_t>(std::popcount(a2[w] & rev[w] & x2[w]));
                     }
                     p.a += popcount(a2);
                     p.x += popcount(x2);
                   });

  OperatorClassCounts out;
  out.n = n;
  out.ltf_count = tables.size();
  out.all_functions = std::uint64_t{1} << g.points;
  for (const Partial& p : partial) {
    out.and_class += p.a;
    out.xor_class += p.x;
    out.intersection += p.both;
  }
  for (const BooleanOperator& op : BooleanOperator::all_binary()) {
    OperatorClassCount oc{op, op.describe(), OperatorClassKind::constant, op.irreducible(), 1};
    const bool d0 = op.depends_on(0), d1 = op.depends_on(1);
    unsigned true_rows = 0;
    for (std::uint64_t r = 0; r < 4; ++r) true_rows += op.row(r) ? 1 : 0;
    if (d0 != d1) {
      oc.kind = OperatorClassKind::projection;
      oc.count = out.ltf_count;
    } else if (d0 && true_rows % 2 == 1) {
      oc.kind = OperatorClassKind::and_type;  // A or ¬A, both of size |A|
      oc.count = out.and_class;
    } else if (d0) {
      oc.kind = OperatorClassKind::xor_type;
      oc.count = out.xor_class;
    }
    out.per_operator.push_back(oc);
  }
  return out;
}

std::vector<std::uint64_t> gated_pair_class(std::uint32_t n, GateEncoding encoding,
                                            const std::vector<std::uint64_t>& ltf_tables, unsigned threads) {
  if (n < 1 || n > kMaxMaterializedClassVariables) {
    throw InputError("T(n,1;x) is returned as a set for n in 1..4 (n = " + std::to_string(n) + ")");
  }
  check_threads(threads);
  const std::vector<Table> tables = checked_tables(n, ltf_tables, "the list of T(n;1)");
  const TableBlocks g(n);
  const bool use_and = encoding == GateEncoding::zero_one;
  std::vector<std::uint64_t> out(std::max<std::size_t>(1, (std::size_t{1} << g.points) / 64), 0);
  enumerate_blocks(n, tables, use_and, !use_and, threads,
                   [&](unsigned, const Job& j, const std::vector<std::uint64_t>& a1,
                       const std::vector<std::uint64_t>& a2, const std::vector<std::uint64_t>& x1,
                       const std::vector<std::uint64_t>& x2) {
                     // XNOR(f, g) = XOR(f, ¬g) and T = ¬T, so the +-1 product class is X.
                     const auto& b1 = use_and ? a1 : x1;
                     const auto& b2 = use_and ? a2 : x2;
                     // Jobs own disjoint words of out (blocks are whole words when there are
                     // several of them), so the threads never write the same word.
                     std::copy(b1.begin(), b1.end(), out.begin() + static_cast<std::ptrdiff_t>(j.c * g.block_words));
                     if (j.c != j.c2) {
                       std::copy(b2.begin(), b2.end(), out.begin() + static_cast<std::ptrdiff_t>(j.c2 * g.block_words));
                     }
                   });
  return out;
}

namespace {

// phi(q_1, ..., q_m) bitwise on whole truth tables: the OR over true rows r of phi of the
// AND of the literals (bit i of r ? q_i : ¬q_i).
std::uint64_t apply_bitwise(std::uint64_t phi, std::uint32_t m, const std::uint64_t* q, std::uint64_t mask) {
  std::uint64_t h = 0;
  for (std::uint64_t r = 0; r < (std::uint64_t{1} << m); ++r) {
    if (!(phi >> r & 1U)) continue;
    std::uint64_t term = mask;
    for (std::uint32_t i = 0; i < m; ++i) term &= (r >> i & 1U) ? q[i] : ~q[i];
    h |= term;
  }
  return h & mask;
}

std::uint64_t flip_input(std::uint64_t phi, std::uint32_t m, std::uint32_t i) {
  std::uint64_t out = 0;
  for (std::uint64_t r = 0; r < (std::uint64_t{1} << m); ++r) {
    if (phi >> (r ^ (std::uint64_t{1} << i)) & 1U) out |= std::uint64_t{1} << r;
  }
  return out;
}

// phi never decreases (up = true) or never increases (up = false) when input i goes 0 -> 1.
bool monotone_in(std::uint64_t phi, std::uint32_t m, std::uint32_t i, bool up) {
  for (std::uint64_t r = 0; r < (std::uint64_t{1} << m); ++r) {
    if (r >> i & 1U) continue;
    const bool lo = phi >> r & 1U, hi = phi >> (r | (std::uint64_t{1} << i)) & 1U;
    if (up ? (lo && !hi) : (hi && !lo)) return false;
  }
  return true;
}

bool monotone(std::uint64_t phi, std::uint32_t m) {
  for (std::uint32_t i = 0; i < m; ++i) {
    if (!monotone_in(phi, m, i, true)) return false;
  }
  return true;
}

void check_layer_limits(std::uint32_t n, std::uint32_t m, const char* what) {
  const bool ok = n >= 1 && m >= 1 && ((n <= 3 && m <= 3) || (n == 4 && m <= 2));
  if (!ok) {
    throw InputError(std::string(what) + ": (n, m) = (" + std::to_string(n) + ", " + std::to_string(m) +
                     ") is beyond the limit n <= 3 with m <= 3, or n = 4 with m <= 2");
  }
}

std::vector<std::uint64_t> bitset_members(const std::vector<std::uint64_t>& bits, std::uint64_t universe) {
  std::vector<std::uint64_t> out;
  for (std::uint64_t h = 0; h < universe; ++h) {
    if (bits[h >> 6] >> (h & 63) & 1U) out.push_back(h);
  }
  return out;
}

}  // namespace

// Layer class of Thm 4.3, L = {phi(p_1, ..., p_m) : phi in T(m;1), p_i in P}, P = T(n,1;x).
// With Q = P ∪ ¬P and M = the monotone members of T(m;1):
// (1) L = {phi(q) : phi in T(m;1), q in Q^m}: phi(..., ¬p_i, ...) = (phi with input i flipped)
//     (..., p_i, ...), and T(m;1) is closed under input flips (negate w_i, shift the bias).
// (2) L = {psi(q) : psi in M, q in Q^m}: every LTF is unate, i.e. a monotone LTF (weights made
//     >= 0) with some inputs flipped; that monotone LTF is in the list by its closure under
//     flips, and the flips are absorbed by Q = ¬Q as in (1).
// (3) Shannon on the last input: psi(q', q_m) = (u0 AND ¬q_m) OR (u1 AND q_m), with
//     u_b = psi(q', b). The image of a cofactor pair (u0, u1) over q_m in Q is unchanged by
//     swapping u0, u1 (q_m -> ¬q_m) and is complemented by (u0, u1) -> (¬u0, ¬u1); and L = ¬L
//     (¬phi is in T(m;1)). So L is the union of S ∪ ¬S over the pairs up to those moves.
std::uint64_t gated_layer_count(std::uint32_t n, std::uint32_t m, GateEncoding encoding,
                                const std::vector<std::uint64_t>& ltf_tables_n,
                                const std::vector<std::uint64_t>& ltf_tables_m, unsigned threads) {
  check_layer_limits(n, m, "gated_layer_count");
  check_threads(threads);
  const std::vector<Table> phis = checked_tables(m, ltf_tables_m, "the list of T(m;1)");
  for (Table phi : phis) {
    for (std::uint32_t i = 0; i < m; ++i) {
      // Every LTF is unate (monotone in each input, up or down); (2) below needs it.
      if (!monotone_in(phi, m, i, true) && !monotone_in(phi, m, i, false)) {
        throw InputError("the list of T(m;1) has a table that is not unate in input " + std::to_string(i) +
                         ", so it is no threshold function");
      }
      if (!std::binary_search(phis.begin(), phis.end(), flip_input(phi, m, i))) {
        throw InputError("the list of T(m;1) is not closed under flipping an input, so it is not T(" +
                         std::to_string(m) + ";1)");
      }
    }
  }
  const std::uint32_t points = 1U << n;
  const std::uint64_t mask = low_mask_of(points);
  const std::uint64_t universe = std::uint64_t{1} << points;

  const std::vector<std::uint64_t> P = gated_pair_class(n, encoding, ltf_tables_n, threads);
  std::vector<std::uint64_t> Qbits(P.size(), 0);
  for (std::uint64_t h = 0; h < universe; ++h) {
    if ((P[h >> 6] >> (h & 63) & 1U) || (P[(mask ^ h) >> 6] >> ((mask ^ h) & 63) & 1U)) set_bit(Qbits.data(), h);
  }
  const std::vector<std::uint64_t> Q = bitset_members(Qbits, universe);

  // Canonical cofactor pairs, key = u0 << points | u1, least of the four moves of (3).
  std::vector<std::uint64_t> keys;
  std::vector<std::uint64_t> tuple(m, 0);
  std::vector<std::size_t> index(m - 1, 0);
  for (Table psi : phis) {
    if (!monotone(psi, m)) continue;
    const std::uint64_t psi0 = [&] {  // the cofactors of psi as functions of m - 1 inputs
      std::uint64_t t = 0;
      for (std::uint64_t r = 0; r < (std::uint64_t{1} << (m - 1)); ++r) t |= (psi >> r & 1U) << r;
      return t;
    }();
    const std::uint64_t psi1 = psi >> (std::uint64_t{1} << (m - 1));
    std::fill(index.begin(), index.end(), 0);
    for (;;) {
      for (std::uint32_t i = 0; i + 1 < m; ++i) tuple[i] = Q[index[i]];
      const std::uint64_t u0 = apply_bitwise(psi0, m - 1, tuple.data(), mask);
      const std::uint64_t u1 = apply_bitwise(psi1, m - 1, tuple.data(), mask);
      const std::uint64_t key = std::min({u0 << points | u1, u1 << points | u0, (mask ^ u0) << points | (mask ^ u1),
                                          (mask ^ u1) << points | (mask ^ u0)});
      keys.push_back(key);
      std::uint32_t i = 0;
      while (i + 1 < m && ++index[i] == Q.size()) index[i++] = 0;
      if (i + 1 >= m) break;
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  }

  // S over the canonical pairs, contiguous chunks per thread, merged by OR.
  std::vector<std::vector<std::uint64_t>> local(threads, std::vector<std::uint64_t>(P.size(), 0));
  run_threads(threads, [&](unsigned t) {
    const std::size_t lo = keys.size() * t / threads, hi = keys.size() * (t + 1) / threads;
    std::uint64_t* bits = local[t].data();
    for (std::size_t k = lo; k < hi; ++k) {
      const std::uint64_t u0 = keys[k] >> points, u1 = keys[k] & mask;
      for (std::uint64_t q : Q) set_bit(bits, ((u0 & ~q) | (u1 & q)) & mask);
    }
  });
  std::vector<std::uint64_t> S(P.size(), 0);
  for (const auto& l : local) {
    for (std::size_t w = 0; w < S.size(); ++w) S[w] |= l[w];
  }
  std::uint64_t count = 0;
  for (std::uint64_t h = 0; h < universe; ++h) {
    count += ((S[h >> 6] >> (h & 63) & 1U) || (S[(mask ^ h) >> 6] >> ((mask ^ h) & 63) & 1U)) ? 1 : 0;
  }
  return count;
}

std::vector<std::uint64_t> operator_class_reference(std::uint32_t n, const BooleanOperator& op,
                                                    const std::vector<std::uint64_t>& ltf_tables) {
  if (n < 1 || n > kMaxMaterializedClassVariables) throw InputError("operator_class_reference: n in 1..4");
  if (op.arity() != 2) throw InputError("operator_class_reference: B must be binary");
  const std::uint32_t points = 1U << n;
  const std::uint64_t universe = std::uint64_t{1} << points;
  std::vector<std::uint64_t> out(std::max<std::uint64_t>(1, universe / 64), 0);
  for (Table f : ltf_tables) {
    for (Table gt : ltf_tables) {
      std::uint64_t h = 0;
      for (std::uint32_t x = 0; x < points; ++x) {
        const std::uint64_t row = (f >> x & 1U) | (gt >> x & 1U) << 1;  // z0 = f, z1 = g
        if (op.row(row)) h |= std::uint64_t{1} << x;
      }
      set_bit(out.data(), h);
    }
  }
  return out;
}

std::uint64_t gated_layer_reference(std::uint32_t n, std::uint32_t m, GateEncoding encoding,
                                    const std::vector<std::uint64_t>& ltf_tables_n,
                                    const std::vector<std::uint64_t>& ltf_tables_m) {
  check_layer_limits(n, m, "gated_layer_reference");
  const std::uint32_t points = 1U << n;
  const std::uint64_t universe = std::uint64_t{1} << points;
  // P by the definition of the product, point by point.
  std::vector<std::uint64_t> pbits(std::max<std::uint64_t>(1, universe / 64), 0);
  for (Table f : ltf_tables_n) {
    for (Table gt : ltf_tables_n) {
      std::uint64_t h = 0;
      for (std::uint32_t x = 0; x < points; ++x) {
        const bool a = f >> x & 1U, b = gt >> x & 1U;
        if (encoding == GateEncoding::zero_one ? (a && b) : (a == b)) h |= std::uint64_t{1} << x;
      }
      set_bit(pbits.data(), h);
    }
  }
  const std::vector<std::uint64_t> P = bitset_members(pbits, universe);
  // For every phi and every p_1..p_{m-1}: the functions x -> phi(p_1(x), ..., p_{m-1}(x), b)
  // for b = 0, 1, point by point. phi(p) is then p_m ? u1 : u0 at every point, for every p_m.
  std::vector<std::uint64_t> pairs;
  std::vector<std::size_t> index(m - 1, 0);
  for (Table phi : ltf_tables_m) {
    std::fill(index.begin(), index.end(), 0);
    for (;;) {
      std::uint64_t u0 = 0, u1 = 0;
      for (std::uint32_t x = 0; x < points; ++x) {
        std::uint64_t code = 0;
        for (std::uint32_t i = 0; i + 1 < m; ++i) code |= (P[index[i]] >> x & 1U) << i;
        u0 |= (phi >> code & 1U) << x;
        u1 |= (phi >> (code | std::uint64_t{1} << (m - 1)) & 1U) << x;
      }
      pairs.push_back(u0 << points | u1);
      std::uint32_t i = 0;
      while (i + 1 < m && ++index[i] == P.size()) index[i++] = 0;
      if (i + 1 >= m) break;
    }
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  const std::uint64_t mask = low_mask_of(points);
  std::vector<std::uint64_t> out(pbits.size(), 0);
  for (std::uint64_t key : pairs) {
    const std::uint64_t u0 = key >> points, u1 = key & mask;
    for (std::uint64_t p : P) set_bit(out.data(), (u0 & ~p) | (u1 & p));
  }
  return popcount(out);
}

}  // namespace quarks::count
