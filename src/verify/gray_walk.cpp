// Gray-code walks over {0,1}^m with exact incremental evaluation.
// Flipping x_b changes a multilinear p by +-(sum of the coefficients of the
// monomials that contain b and whose other variables are all 1); for a linear
// p that is +-w_b.
//
// Threads: the steps 0..2^m-1 of the reflected Gray code are cut into
// contiguous chunks, taken in increasing order. A chunk starting at step t0
// starts from gray(t0), where every value is evaluated directly (exactly, in
// the walk's tier), so a chunk needs nothing from the one before it. Every
// chunk reports its first failing step; the walk's answer is the smallest, and
// a thread stops taking chunks only past a failure already found, so the chunk
// holding the first failure of the whole walk is always scanned from its start.
// The failing point and `points` are therefore those of the one-thread walk.
#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <exception>
#include <limits>
#include <mutex>
#include <stdexcept>
#include <system_error>
#include <thread>
#include <type_traits>

#include "core/error.h"
#include "verify/exhaustive.h"

namespace quarks {

std::string to_string(ArithmeticTier tier) {
  switch (tier) {
    case ArithmeticTier::int64: return "int64";
    case ArithmeticTier::int128: return "int128";
    case ArithmeticTier::bigint: return "bigint";
  }
  return "?";
}

ArithmeticTier select_tier(const BigInt& l1_norm) {
  // Values are bounded by l1 and steps by 2*l1, so int64 needs 2*l1 < 2^62
  // and int128 needs 2*l1 < 2^125: both leave a wide margin below overflow.
  static const BigInt kInt64Limit = BigInt(1) << 61;
  static const BigInt kInt128Limit = BigInt(1) << 124;
  if (l1_norm < kInt64Limit) return ArithmeticTier::int64;
  if (l1_norm < kInt128Limit) return ArithmeticTier::int128;
  return ArithmeticTier::bigint;
}

unsigned walk_threads(unsigned requested) {
  if (requested != 0) return requested;
  const unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : cores;
}

namespace {

template <class T>
T narrow(const BigInt& value) {
  if constexpr (std::is_same_v<T, std::int64_t>) {
    auto v = to_int64(value);
    if (!v) throw std::logic_error("coefficient does not fit the int64 tier");
    return *v;
  } else if constexpr (std::is_same_v<T, __int128>) {
    auto v = to_int128(value);
    if (!v) throw std::logic_error("coefficient does not fit the int128 tier");
    return *v;
  } else {
    return value;
  }
}

template <class T>
int sign_of(const T& v) {
  if constexpr (std::is_same_v<T, BigInt>) return v.sign();
  else return (v > 0) - (v < 0);
}

// Acceptance of the sign vector (bit j = [p_j > 0]): a table for at most 16
// polynomials, otherwise the caller's predicate over 64-bit words.
struct Acceptance {
  const std::vector<bool>* table = nullptr;
  const SignPredicate* predicate = nullptr;
};

// An Acceptance over sign words that runs the predicate only when the words
// differ from the last ones it saw: signs change at few steps of a walk.
class CachedAcceptance {
 public:
  CachedAcceptance(const Acceptance& accept, std::size_t words) : accept_(accept), last_(words) {}
  bool operator()(const std::vector<std::uint64_t>& words) {
    if (accept_.table) return static_cast<bool>((*accept_.table)[words[0]]);
    if (!have_last_ || words != last_) {
      last_ = words;
      have_last_ = true;
      last_good_ = (*accept_.predicate)(words.data());
    }
    return last_good_;
  }

 private:
  const Acceptance& accept_;
  std::vector<std::uint64_t> last_;
  bool have_last_ = false, last_good_ = false;
};

constexpr std::uint64_t kNoFailure = std::numeric_limits<std::uint64_t>::max();

// scan(first, last) returns the first failing step among the units
// [first, last) (a unit is `unit_steps` consecutive steps) or nullopt. See
// the head of this file for why the smallest answer is the walk's first failure.
template <class Scan>
std::optional<std::uint64_t> run_chunks(std::uint64_t units, std::uint64_t unit_steps, std::uint64_t per_chunk,
                                        unsigned threads, const Scan& scan) {
  if (threads <= 1 || units <= per_chunk) return scan(0, units);
  const std::uint64_t chunks = (units + per_chunk - 1) / per_chunk;
  threads = static_cast<unsigned>(std::min<std::uint64_t>(threads, chunks));
  std::atomic<std::uint64_t> next{0}, best{kNoFailure};
  std::exception_ptr error;
  std::mutex error_mutex;
  auto worker = [&]() {
    try {
      for (;;) {
        const std::uint64_t c = next.fetch_add(1, std::memory_order_relaxed);
        if (c >= chunks) return;
        const std::uint64_t first = c * per_chunk;
        if (first * unit_steps > best.load()) return;  // every later step too
        const auto found = scan(first, std::min(units, first + per_chunk));
        if (!found) continue;
        std::uint64_t current = best.load();
        while (*found < current && !best.compare_exchange_weak(current, *found)) {
        }
      }
    } catch (...) {
      std::lock_guard<std::mutex> lock(error_mutex);
      if (!error) error = std::current_exception();
      best.store(0);  // the others stop at their next chunk
    }
  };
  std::vector<std::thread> pool;
  pool.reserve(threads - 1);
  for (unsigned i = 1; i < threads; ++i) {
    try {
      pool.emplace_back(worker);
    } catch (const std::system_error&) {
      break;  // no more threads: the chunks are shared by those running
    }
  }
  worker();
  for (auto& t : pool) t.join();
  if (error) std::rethrow_exception(error);
  if (best.load() == kNoFailure) return std::nullopt;
  return best.load();
}

// Any degree, any tier. Per variable b, the monomials containing b, each with
// the mask of its other variables: it contributes to the step iff all of them are 1.
template <class T>
class GenericWalk {
 public:
  GenericWalk(unsigned m, const std::vector<Polynomial>& polys, Acceptance accept)
      : np_(polys.size()), words_((polys.size() + 63) / 64), accept_(accept), constant_(np_, T(0)) {
    offset_.assign(m + 2, 0);
    for (const auto& p : polys) {
      for (const auto& t : p.terms()) {
        for (auto v : t.monomial) ++offset_[v + 2];
      }
    }
    for (unsigned b = 0; b < m; ++b) offset_[b + 2] += offset_[b + 1];
    entries_.resize(offset_[m + 1]);
    coeff_.assign(offset_[m + 1], T(0));
    for (std::size_t j = 0; j < np_; ++j) {
      for (const auto& t : polys[j].terms()) {
        const T c = narrow<T>(t.coefficient);
        if (t.monomial.empty()) {
          constant_[j] += c;
          continue;
        }
        std::uint64_t mask = 0;
        for (auto v : t.monomial) mask |= std::uint64_t{1} << v;
        terms_.push_back({mask, static_cast<std::uint32_t>(j)});
        term_coeff_.push_back(c);
        for (auto v : t.monomial) {
          const std::size_t e = offset_[v + 1]++;
          entries_[e] = {mask & ~(std::uint64_t{1} << v), static_cast<std::uint32_t>(j)};
          coeff_[e] = c;
        }
      }
    }
    // offset_[b + 1] is now the end of b's entries and offset_[b] its start.
  }

  // First failing step in [t0, t1).
  std::optional<std::uint64_t> scan(std::uint64_t t0, std::uint64_t t1) const {
    std::vector<T> value = constant_, delta(np_, T(0));
    std::uint64_t x = gray_code(t0);
    for (std::size_t e = 0; e < terms_.size(); ++e) {
      if ((terms_[e].other & ~x) == 0) value[terms_[e].poly] += term_coeff_[e];
    }
    std::vector<std::uint64_t> words(words_);
    CachedAcceptance accepts(accept_, words_);
    auto good = [&]() {
      std::fill(words.begin(), words.end(), 0);
      for (std::size_t j = 0; j < np_; ++j) {
        const int sg = sign_of(value[j]);
        if (sg == 0) return false;
        words[j >> 6] |= static_cast<std::uint64_t>(sg > 0) << (j & 63);
      }
      return accepts(words);
    };
    if (!good()) return t0;
    for (std::uint64_t t = t0 + 1; t < t1; ++t) {
      const unsigned b = static_cast<unsigned>(std::countr_zero(t));
      x ^= std::uint64_t{1} << b;
      const bool up = (x >> b) & 1U;
      for (std::size_t e = offset_[b]; e < offset_[b + 1]; ++e) {
        if ((entries_[e].other & ~x) == 0) delta[entries_[e].poly] += coeff_[e];
      }
      for (std::size_t j = 0; j < np_; ++j) {
        if (up) value[j] += delta[j];
        else value[j] -= delta[j];
        delta[j] = 0;
      }
      if (!good()) return t;
    }
    return std::nullopt;
  }

 private:
  struct Entry {
    std::uint64_t other;
    std::uint32_t poly;
  };
  std::size_t np_, words_;
  Acceptance accept_;
  std::vector<T> constant_;
  std::vector<std::size_t> offset_;
  std::vector<Entry> entries_;
  std::vector<T> coeff_;
  std::vector<Entry> terms_;  // other = the whole monomial, for direct evaluation
  std::vector<T> term_coeff_;
};

// target_clones picks the AVX-512 or AVX2 version at load time when the CPU has it.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define QUARKS_VECTOR_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define QUARKS_VECTOR_CLONES
#endif

// One step of the many-polynomial walker: value += row (up) or -= row. The
// result has bit 63 set iff some value changed its sign bit; *zero is set iff
// some value is now 0. With no zero and no sign-bit change the sign vector,
// and so the acceptance, is the previous one.
QUARKS_VECTOR_CLONES std::uint64_t many_step(std::int64_t* __restrict value, const std::int64_t* __restrict row,
                                             std::size_t np, bool up, bool* zero) {
  std::uint64_t flips = 0, zeros = 0;
  if (up) {
    for (std::size_t j = 0; j < np; ++j) {
      const std::int64_t v = value[j] + row[j];
      flips |= static_cast<std::uint64_t>(v ^ value[j]);
      zeros |= static_cast<std::uint64_t>(v == 0);
      value[j] = v;
    }
  } else {
    for (std::size_t j = 0; j < np; ++j) {
      const std::int64_t v = value[j] - row[j];
      flips |= static_cast<std::uint64_t>(v ^ value[j]);
      zeros |= static_cast<std::uint64_t>(v == 0);
      value[j] = v;
    }
  }
  *zero = zeros != 0;
  return flips;
}

// Linear polynomials, int64 tier, any number of them (more than the block
// kernel takes, e.g. Theorem 4.3's 2m + 2): a step adds or subtracts row b of
// the weights, a loop the compiler vectorises, instead of the generic
// walker's per-monomial scatter.
class LinearManyWalk {
 public:
  LinearManyWalk(unsigned m, const std::vector<Polynomial>& polys, Acceptance accept)
      : np_(polys.size()), words_((polys.size() + 63) / 64), accept_(accept), constant_(np_, 0),
        w_(static_cast<std::size_t>(m) * np_, 0) {
    for (std::size_t j = 0; j < np_; ++j) {
      for (const auto& t : polys[j].terms()) {
        const std::int64_t c = narrow<std::int64_t>(t.coefficient);
        if (t.monomial.empty()) constant_[j] += c;
        else w_[t.monomial[0] * np_ + j] = c;
      }
    }
  }

  std::optional<std::uint64_t> scan(std::uint64_t t0, std::uint64_t t1) const {
    std::vector<std::int64_t> value = constant_;
    std::uint64_t x = gray_code(t0);
    for (std::uint64_t bits = x; bits != 0; bits &= bits - 1) {
      const std::int64_t* row = w_.data() + static_cast<std::size_t>(std::countr_zero(bits)) * np_;
      for (std::size_t j = 0; j < np_; ++j) value[j] += row[j];
    }
    std::vector<std::uint64_t> words(words_);
    CachedAcceptance accepts(accept_, words_);
    auto good = [&]() {
      bool zero = false;
      for (std::size_t wd = 0; wd < words_; ++wd) {
        std::uint64_t word = 0;
        const std::size_t end = std::min(np_, 64 * wd + 64);
        for (std::size_t j = 64 * wd; j < end; ++j) {
          zero |= value[j] == 0;
          word |= static_cast<std::uint64_t>(value[j] > 0) << (j & 63);
        }
        words[wd] = word;
      }
      if (zero) return false;
      return accepts(words);
    };
    if (!good()) return t0;
    bool accepted = true;  // good() at the previous step, with no value 0
    for (std::uint64_t t = t0 + 1; t < t1; ++t) {
      const unsigned b = static_cast<unsigned>(std::countr_zero(t));
      x ^= std::uint64_t{1} << b;
      const std::int64_t* row = w_.data() + static_cast<std::size_t>(b) * np_;
      bool zero = false;
      const std::uint64_t flips = many_step(value.data(), row, np_, (x >> b) & 1U, &zero);
      if (zero) return t;
      // The sign bits decide the signs once no value is 0.
      if (flips >> 63) accepted = good();
      if (!accepted) return t;
    }
    return std::nullopt;
  }

 private:
  std::size_t np_, words_;
  Acceptance accept_;
  std::vector<std::int64_t> constant_;
  std::vector<std::int64_t> w_;  // w_[b * np + j]
};

// Linear polynomials, int64 tier, NP <= 4 polys. The low L bits of x form a
// block whose offsets sum_{b<L} w_b x_b are tabulated once; the high bits are
// walked in Gray code, each step adding +-w_b to the block's base value.
//
// A block is checked in two parts. Zeros: some point of the block has p_j = 0
// iff -base_j is one of p_j's block offsets, a hash lookup per polynomial and
// block. Signs: with no zero, p_j > 0 iff its sign bit is clear, so a
// branch-free loop (base + offset, sign bits, table bit) that the compiler
// vectorises decides the rest. Only a failing block is rescanned for its point.
// Lanes are int32 when every value fits (l1 < 2^30: values, offsets and bases
// are all at most l1 in magnitude), twice as many per vector as int64.
//
// Measured (bench_exhaustive, Lemma 5.4 AND, n = 30, one core, 2026-12-03, ns
// a point): the former kernel (int64 lanes, a zero compare per point, AVX2)
// 0.73; zeros per block, int64 lanes: 0.48 with AVX2, 0.28 with AVX-512;
// int32 lanes: 0.15 with AVX2, 0.14 with AVX-512 (docs/performance.md).
constexpr unsigned kBlockBits32 = 11;  // NP = 4: 4 * 2^11 * 4 bytes = 32 KB of offsets, inside L1
constexpr unsigned kBlockBits64 = 10;


// reject bit s' is 1 iff the sign vector with negative bits s' (bit j = [p_j < 0]) is rejected.
template <class Lane, int NP>
QUARKS_VECTOR_CLONES bool block_signs_ok(const Lane* __restrict base, const Lane* __restrict offsets, std::size_t size,
                                         std::uint32_t reject) {
  using U = std::make_unsigned_t<Lane>;
  constexpr int kSign = 8 * sizeof(Lane) - 1;
  Lane b[NP];
  for (int j = 0; j < NP; ++j) b[j] = base[j];
  U bad = 0;
  for (std::size_t i = 0; i < size; ++i) {
    U s = 0;
    for (int j = 0; j < NP; ++j) {
      const Lane v = static_cast<Lane>(b[j] + offsets[j * size + i]);
      s |= (static_cast<U>(v) >> kSign) << j;
    }
    bad |= static_cast<U>(reject) >> s;
  }
  return (bad & 1U) == 0;
}

// Exact membership in a set of int64 values (open addressing, load <= 1/2).
class ValueSet {
 public:
  template <class Get>
  ValueSet(std::size_t count, const Get& get) {
    const std::size_t capacity = std::bit_ceil(std::max<std::size_t>(2 * count, 2));
    shift_ = 64 - static_cast<unsigned>(std::countr_zero(capacity));
    mask_ = capacity - 1;
    slots_.assign(capacity, kEmpty);
    for (std::size_t i = 0; i < count; ++i) {
      const std::int64_t v = get(i);
      for (std::size_t s = slot(v);; s = (s + 1) & mask_) {
        if (slots_[s] == v) break;
        if (slots_[s] == kEmpty) {
          slots_[s] = v;
          break;
        }
      }
    }
  }
  bool contains(std::int64_t v) const {
    for (std::size_t s = slot(v);; s = (s + 1) & mask_) {
      if (slots_[s] == v) return true;
      if (slots_[s] == kEmpty) return false;
    }
  }

 private:
  // No value is INT64_MIN: every value is at most l1 < 2^61 in magnitude.
  static constexpr std::int64_t kEmpty = std::numeric_limits<std::int64_t>::min();
  std::size_t slot(std::int64_t v) const {
    return static_cast<std::size_t>((static_cast<std::uint64_t>(v) * 0x9E3779B97F4A7C15ULL) >> shift_);
  }
  std::vector<std::int64_t> slots_;
  unsigned shift_ = 0;
  std::size_t mask_ = 0;
};

template <class Lane, int NP>
class LinearWalk {
 public:
  LinearWalk(unsigned m, const std::vector<Polynomial>& polys, const std::vector<bool>& accept)
      : low_(std::min(m, std::is_same_v<Lane, std::int32_t> ? kBlockBits32 : kBlockBits64)),
        size_(std::size_t{1} << low_),
        w_(static_cast<std::size_t>(m) * NP, 0) {
    for (int j = 0; j < NP; ++j) {
      for (const auto& t : polys[j].terms()) {
        const std::int64_t c = narrow<std::int64_t>(t.coefficient);
        if (t.monomial.empty()) constant_[j] += c;
        else w_[t.monomial[0] * NP + j] = c;
      }
    }
    const std::uint32_t full = (1U << NP) - 1;
    for (std::uint32_t s = 0; s <= full; ++s) {
      accept_ |= static_cast<std::uint32_t>(static_cast<bool>(accept[s])) << s;
      reject_ |= static_cast<std::uint32_t>(!accept[~s & full]) << s;  // s = negative bits
    }
    // natural[i] = sum over the set bits b of i of w_b (a sub-sum of l1, no overflow);
    // offsets_[j * size + l] = natural[gray(l)], the block in Gray order.
    std::vector<std::int64_t> natural(static_cast<std::size_t>(NP) * size_, 0);
    for (std::size_t i = 1; i < size_; ++i) {
      const unsigned b = static_cast<unsigned>(std::countr_zero(i));
      for (int j = 0; j < NP; ++j) natural[j * size_ + i] = natural[j * size_ + (i & (i - 1))] + w_[b * NP + j];
    }
    offsets_.resize(natural.size());
    for (std::size_t l = 0; l < size_; ++l) {
      for (int j = 0; j < NP; ++j) offsets_[j * size_ + l] = static_cast<Lane>(natural[j * size_ + gray_code(l)]);
    }
    for (int j = 0; j < NP; ++j) {
      const std::int64_t* row = natural.data() + j * size_;
      lowest_[j] = *std::min_element(row, row + size_);
      highest_[j] = *std::max_element(row, row + size_);
      zeros_.emplace_back(size_, [row](std::size_t i) { return row[i]; });
    }
  }

  std::uint64_t blocks(unsigned m) const { return std::uint64_t{1} << (m - low_); }
  std::uint64_t block_size() const { return size_; }

  // First failing step in the blocks [h0, h1). Step t = h * 2^low + l of the
  // reflected Gray code over m bits is gray(h) on the high bits and gray(l)
  // on the low bits, with the block reversed when h is odd; so a block is
  // rescanned in that order and the step found is the generic walker's.
  std::optional<std::uint64_t> scan(std::uint64_t h0, std::uint64_t h1) const {
    std::uint64_t hi = gray_code(h0);
    std::array<std::int64_t, NP> base = constant_;
    for (std::uint64_t bits = hi; bits != 0; bits &= bits - 1) {
      const unsigned b = static_cast<unsigned>(std::countr_zero(bits));
      for (int j = 0; j < NP; ++j) base[j] += w_[(low_ + b) * NP + j];
    }
    std::array<Lane, NP> lane{};
    for (std::uint64_t h = h0; h < h1; ++h) {
      if (h > h0) {
        const unsigned b = static_cast<unsigned>(std::countr_zero(h));
        hi ^= std::uint64_t{1} << b;
        const bool up = (hi >> b) & 1U;
        for (int j = 0; j < NP; ++j) base[j] += up ? w_[(low_ + b) * NP + j] : -w_[(low_ + b) * NP + j];
      }
      bool zero = false;
      for (int j = 0; j < NP; ++j) {
        const std::int64_t target = -base[j];
        zero |= target >= lowest_[j] && target <= highest_[j] && zeros_[j].contains(target);
        lane[j] = static_cast<Lane>(base[j]);
      }
      if (zero || !block_signs_ok<Lane, NP>(lane.data(), offsets_.data(), size_, reject_)) [[unlikely]] {
        return h * size_ + rescan(h, base);
      }
    }
    return std::nullopt;
  }

 private:
  std::uint64_t rescan(std::uint64_t h, const std::array<std::int64_t, NP>& base) const {
    for (std::size_t r = 0; r < size_; ++r) {
      const std::size_t l = (h & 1U) ? size_ - 1 - r : r;
      std::uint32_t s = 0;
      bool zero = false;
      for (int j = 0; j < NP; ++j) {
        const std::int64_t v = base[j] + offsets_[j * size_ + l];
        s |= static_cast<std::uint32_t>(v > 0) << j;
        zero |= v == 0;
      }
      if (zero || !((accept_ >> s) & 1U)) return r;
    }
    throw std::logic_error("linear walk: failing block without a failing point");
  }

  unsigned low_;
  std::size_t size_;
  std::vector<std::int64_t> w_;  // w_[b * NP + j]
  std::array<std::int64_t, NP> constant_{};
  std::uint32_t accept_ = 0, reject_ = 0;
  std::vector<Lane> offsets_;
  std::array<std::int64_t, NP> lowest_{}, highest_{};
  std::vector<ValueSet> zeros_;
};

// A walk of at most one chunk runs on the calling thread. Chunk sizes from
// BM_SplitCutoff (2026-12-03, medians of 3; two chunks on two threads against
// the same walks unsplit): starting and joining a thread costs about 0.1 ms
// here. Linear kernel (0.14 ns a point): chunks of 2^20 points 495 us against
// 549 us unsplit, of 2^19 points 338 against 224 us. Degree 2, three
// polynomials (about 100 ns a point): chunks of 2^12 points 1067 against
// 1699 us, of 2^10 points 364 against 390 us, of 2^9 points 163 against 88 us.
// The linear walker for many polynomials costs about 0.7 ns per point and
// polynomial (Theorem 4.3, BM_ExhaustiveLayer m = 64: 2^18 / 130 points a
// chunk gave 199 ms on two threads, 2^16 / 130 gave 212 ms), the generic one about 30.
constexpr std::uint64_t kLinearChunkPoints = std::uint64_t{1} << 20;
constexpr std::uint64_t kGenericChunkWork = std::uint64_t{1} << 13;     // points x polynomials
constexpr std::uint64_t kLinearManyChunkWork = std::uint64_t{1} << 18;  // points x polynomials

// walk.scan over `units` units of `unit_steps` steps, per_chunk units a
// chunk; result.threads records how many threads that used (one unless there
// is more than one chunk).
template <class Walk>
std::optional<std::uint64_t> scan_in_chunks(const Walk& walk, std::uint64_t units, std::uint64_t unit_steps,
                                            std::uint64_t per_chunk, unsigned threads, WalkResult& result) {
  const std::uint64_t chunks = (units + per_chunk - 1) / per_chunk;
  result.threads = units > per_chunk ? static_cast<unsigned>(std::min<std::uint64_t>(threads, chunks)) : 1;
  return run_chunks(units, unit_steps, per_chunk, result.threads,
                    [&](std::uint64_t u0, std::uint64_t u1) { return walk.scan(u0, u1); });
}

template <class Lane, int NP>
std::optional<std::uint64_t> walk_linear(unsigned m, const std::vector<Polynomial>& polys,
                                         const std::vector<bool>& accept, unsigned threads, std::uint64_t chunk_points,
                                         WalkResult& result) {
  const LinearWalk<Lane, NP> walk(m, polys, accept);
  const std::uint64_t size = walk.block_size();
  const std::uint64_t per_chunk = std::max<std::uint64_t>(1, (chunk_points ? chunk_points : kLinearChunkPoints) / size);
  return scan_in_chunks(walk, walk.blocks(m), size, per_chunk, threads, result);
}

// A walk over 2^m steps of one point each, in chunks of `work` points x
// polynomials (chunk_points overrides it).
template <class Walk>
std::optional<std::uint64_t> walk_steps(const Walk& walk, unsigned m, std::size_t polys, std::uint64_t work,
                                        unsigned threads, std::uint64_t chunk_points, WalkResult& result) {
  const std::uint64_t per_chunk = std::max<std::uint64_t>(1, chunk_points ? chunk_points : work / polys);
  return scan_in_chunks(walk, std::uint64_t{1} << m, 1, per_chunk, threads, result);
}

std::optional<std::uint64_t> walk_linear_many(unsigned m, const std::vector<Polynomial>& polys, Acceptance accept,
                                              unsigned threads, std::uint64_t chunk_points, WalkResult& result) {
  return walk_steps(LinearManyWalk(m, polys, accept), m, polys.size(), kLinearManyChunkWork, threads, chunk_points,
                    result);
}

template <class T>
std::optional<std::uint64_t> walk_generic(unsigned m, const std::vector<Polynomial>& polys, Acceptance accept,
                                          unsigned threads, std::uint64_t chunk_points, WalkResult& result) {
  return walk_steps(GenericWalk<T>(m, polys, accept), m, polys.size(), kGenericChunkWork, threads, chunk_points,
                    result);
}

struct WalkShape {
  unsigned m = 0;
  int degree = -1;
  BigInt bound = 0;
};

WalkShape shape_of(const std::vector<Polynomial>& polys) {
  if (polys.empty()) throw InputError("a walk needs at least one polynomial");
  WalkShape shape;
  shape.m = polys.front().num_variables();
  if (shape.m > 63) throw InputError("a walk is limited to 63 variables");
  for (const auto& p : polys) {
    if (p.num_variables() != shape.m) throw InputError("polynomials of one walk must share their variables");
    BigInt l1 = p.l1_norm();
    if (l1 > shape.bound) shape.bound = l1;
    shape.degree = std::max(shape.degree, p.degree());
  }
  return shape;
}

template <class Lane>
std::optional<std::uint64_t> walk_linear_np(unsigned m, const std::vector<Polynomial>& polys,
                                            const std::vector<bool>& accept, unsigned threads, std::uint64_t chunk,
                                            WalkResult& result) {
  switch (polys.size()) {
    case 1: return walk_linear<Lane, 1>(m, polys, accept, threads, chunk, result);
    case 2: return walk_linear<Lane, 2>(m, polys, accept, threads, chunk, result);
    case 3: return walk_linear<Lane, 3>(m, polys, accept, threads, chunk, result);
    default: return walk_linear<Lane, 4>(m, polys, accept, threads, chunk, result);
  }
}

WalkResult walk(const std::vector<Polynomial>& polys, Acceptance accept, const WalkShape& shape,
                const WalkSettings& settings) {
  static const BigInt kInt32Lanes = BigInt(1) << 30;
  WalkResult result;
  result.tier = std::max(select_tier(shape.bound), settings.minimum_tier);
  const unsigned threads = walk_threads(settings.threads);
  const std::uint64_t chunk = settings.chunk_points;
  const unsigned m = shape.m;
  std::optional<std::uint64_t> step;
  if (result.tier == ArithmeticTier::int64) {
    if (shape.degree <= 1 && polys.size() <= 4 && accept.table) {
      result.linear_fast = true;
      if (shape.bound < kInt32Lanes) {
        result.lane_bits = 32;
        step = walk_linear_np<std::int32_t>(m, polys, *accept.table, threads, chunk, result);
      } else {
        result.lane_bits = 64;
        step = walk_linear_np<std::int64_t>(m, polys, *accept.table, threads, chunk, result);
      }
    } else if (shape.degree <= 1) {
      step = walk_linear_many(m, polys, accept, threads, chunk, result);
    } else {
      step = walk_generic<std::int64_t>(m, polys, accept, threads, chunk, result);
    }
  } else if (result.tier == ArithmeticTier::int128) {
    step = walk_generic<__int128>(m, polys, accept, threads, chunk, result);
  } else {
    step = walk_generic<BigInt>(m, polys, accept, threads, chunk, result);
  }
  if (step) {
    result.failure = gray_code(*step);
    result.points = *step + 1;
  } else {
    result.points = std::uint64_t{1} << m;
  }
  return result;
}

}  // namespace

WalkResult gray_walk(const std::vector<Polynomial>& polys, const std::vector<bool>& accept,
                     const WalkSettings& settings) {
  if (polys.empty() || polys.size() > kMaxTableWalkPolynomials) {
    throw InputError("a walk with an acceptance table needs 1.." + std::to_string(kMaxTableWalkPolynomials) +
                     " polynomials");
  }
  if (accept.size() != (std::size_t{1} << polys.size())) {
    throw InputError("acceptance table needs 2^" + std::to_string(polys.size()) + " entries");
  }
  const WalkShape shape = shape_of(polys);
  Acceptance a;
  a.table = &accept;
  return walk(polys, a, shape, settings);
}

WalkResult gray_walk(const std::vector<Polynomial>& polys, const SignPredicate& accept,
                     const WalkSettings& settings) {
  if (polys.empty() || polys.size() > kMaxWalkPolynomials) {
    throw InputError("a walk needs 1.." + std::to_string(kMaxWalkPolynomials) + " polynomials");
  }
  if (!accept) throw InputError("a walk needs an acceptance predicate");
  const WalkShape shape = shape_of(polys);
  if (polys.size() <= 4 || (polys.size() <= kMaxTableWalkPolynomials && polys.size() <= shape.m)) {
    // Few signs (a table no larger than the walk): tabulate the predicate once
    // and take the table's kernels.
    std::vector<bool> table(std::size_t{1} << polys.size());
    for (std::uint64_t s = 0; s < table.size(); ++s) table[s] = accept(&s);
    Acceptance a;
    a.table = &table;
    return walk(polys, a, shape, settings);
  }
  Acceptance a;
  a.predicate = &accept;
  return walk(polys, a, shape, settings);
}

}  // namespace quarks
