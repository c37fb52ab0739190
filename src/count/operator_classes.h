#pragma once
// Exact sizes of Boolean function classes built from linear threshold functions (LTFs):
//   T_B(n;1,1)   = { B(f, g) : f, g in T(n;1) }           for the 16 binary B  (Sec. 4.2, Thm 4.2)
//   T(n,1;x)     = { f . g }                              output gating           (Sec. 4, Thm 4.1)
//   T(n,m,1;x)   = { phi(f_1.g_1, ..., f_m.g_m) : phi in T(m;1) }  layer gating    (Thm 4.3)
// Truth tables as in witness/threshold_functions.h: bit x (x = point mask, variable v = bit v
// of x) of a std::uint64_t is 1 iff f(x) is true (+1); n <= 6, here n <= 5.
//
// Certification. The input is the complete list of truth tables of T(n;1), each certified by
// the LTF enumerator (an exact integer realization per table, and completeness). Every
// member counted here is a bitwise B(f, g), resp. phi(...) of products, of listed tables, and
// every count is the exact size of a set of truth tables: no LP, no floating point and no
// sampling is involved, so the counts are exactly as trustworthy as the input list. The
// reductions used to go fast (closure of T(n;1) under negation; closure of T(m;1) under
// negation and input flips, and its members being unate) are proved where they are used
// (operator_classes.cpp) and are checked at input: a list without them is refused. Tests compare every count with the plain
// definition: operator classes on all of T(n;1) for n <= 4 and on random negation-closed
// families at n = 5; layers on all of T(3;1) (m <= 3) and T(4;1) (m <= 2) and on
// sub-families; and the ten irreducible classes with capacity/counts.cpp (n = 2..4).
//
// What each count sits beside (log2 of a class size is its capacity C):
//   |T_B(n;1,1)|, B irreducible:  |T(n-1;1)|^2 <= |T_B(n;1,1)| <= |T(n;1)|^2   (Thm 4.2, Eq. 5.13)
//   |intersection of the 10|:     >= |T(n-1;1)|^2                                (Prop 5.5, Eq. 5.14)
//   |T(n,1;x)|:                   C = 2n^2 (1 + o(1))                            (Thm 4.1)
//   |T(n,m,1;x)|:                 m n^2 (1 + o(1)) <= C <= 2 m n^2 (1 + o(1))   (Thm 4.3,
//                                 under its conditions on m). Both are asymptotic: at the small
//                                 n counted here the layer classes with m >= 2 are already all
//                                 2^(2^n) functions.
#include <cstdint>
#include <string>
#include <vector>

#include "core/boolean_operator.h"
#include "core/gate_encoding.h"

namespace quarks::count {

// n <= 5: the sets live in 2^32-bit space, enumerated block by block (never all in memory).
inline constexpr std::uint32_t kMaxOperatorClassVariables = 5;
// n <= 4: classes returned whole, as bitsets of 2^(2^n) bits.
inline constexpr std::uint32_t kMaxMaterializedClassVariables = 4;

// GateEncoding (core/gate_encoding.h) fixes how the product f . g of two gate outputs reads:
// AND(f, g) for 0/1 outputs, XNOR(f, g) for +-1 outputs (Sec. 4.2).

// The four kinds of binary B, by which class T_B(n;1,1) they reach (see operator_classes.cpp).
enum class OperatorClassKind {
  constant,    // FALSE, TRUE: class size 1
  projection,  // Z0, Z1, NOT_Z0, NOT_Z1: class T(n;1)
  and_type,    // one or three true rows: class A = {f AND g} or its complement image
  xor_type,    // XOR, XNOR: class X = {f XOR g}
};

struct OperatorClassCount {
  BooleanOperator op;
  std::string name;  // op.describe()
  OperatorClassKind kind = OperatorClassKind::constant;
  bool irreducible = false;
  std::uint64_t count = 0;  // |T_B(n;1,1)|
};

struct OperatorClassCounts {
  std::uint32_t n = 0;
  std::uint64_t ltf_count = 0;      // |T(n;1)|
  std::uint64_t all_functions = 0;  // 2^(2^n)
  std::uint64_t and_class = 0;      // |A|, A = {f AND g}: T(n,1;x) in 0/1 encoding
  std::uint64_t xor_class = 0;      // |X|, X = {f XOR g} = {f XNOR g}: T(n,1;x) in +-1 encoding
  std::uint64_t intersection = 0;   // |intersection over the 10 irreducible B| = |A ∩ ¬A ∩ X|
  std::vector<OperatorClassCount> per_operator;  // all 16 binary B, in code order 0..15

  // |T(n,1;x)| (Thm 4.1) in the given encoding: and_class or xor_class.
  std::uint64_t gated_pair(GateEncoding encoding) const;
};

// |T_B(n;1,1)| for the 16 binary B, plus the intersection of Prop 5.5, for n in 1..5.
// ltf_tables: all of T(n;1), distinct, each < 2^(2^n), closed under negation (else InputError).
// threads >= 1 worker threads; the result does not depend on it.
OperatorClassCounts operator_class_counts(std::uint32_t n, const std::vector<std::uint64_t>& ltf_tables,
                                          unsigned threads);

// The gated class T(n,1;x) = {f . g} as a bitset: bit h of word h/64 is set iff h is in the
// class. n in 1..4 (2^(2^n) bits, at most 8 KiB). Same input rules as operator_class_counts.
std::vector<std::uint64_t> gated_pair_class(std::uint32_t n, GateEncoding encoding,
                                            const std::vector<std::uint64_t>& ltf_tables, unsigned threads);

// |T(n,m,1;x)| = |{ phi(f_1.g_1, ..., f_m.g_m) : phi in T(m;1), f_i, g_i in T(n;1) }| (Thm 4.3).
// Supported: n <= 3 with m <= 3, and n = 4 with m <= 2 (else InputError naming the limit).
// ltf_tables_n = T(n;1), ltf_tables_m = T(m;1); the second must also be closed under flipping
// any input, and unate (else InputError). Any sub-families with these closures give the exact
// class built from them (the tests use such sub-families: the full classes saturate early).
std::uint64_t gated_layer_count(std::uint32_t n, std::uint32_t m, GateEncoding encoding,
                                const std::vector<std::uint64_t>& ltf_tables_n,
                                const std::vector<std::uint64_t>& ltf_tables_m, unsigned threads);

// Plain-definition references, for tests: no closure property is used, and nothing is shared
// with the fast code above except the truth-table convention. Slow.
// T_B(n;1,1) as a bitset (as gated_pair_class), for every pair (f, g); n in 1..4.
std::vector<std::uint64_t> operator_class_reference(std::uint32_t n, const BooleanOperator& op,
                                                    const std::vector<std::uint64_t>& ltf_tables);
// |T(n,m,1;x)| with every phi in ltf_tables_m and every tuple of products: the products and
// the cofactors phi(p_1, ..., p_{m-1}, b) point by point, then phi(p) = p_m ? u1 : u0 for every
// p_m; n <= 3 with m <= 3, or n = 4 with m <= 2 (n = 4, m = 2 on all of T(4;1) takes ~10 s).
std::uint64_t gated_layer_reference(std::uint32_t n, std::uint32_t m, GateEncoding encoding,
                                    const std::vector<std::uint64_t>& ltf_tables_n,
                                    const std::vector<std::uint64_t>& ltf_tables_m);

}  // namespace quarks::count
