#include "core/polynomial.h"

#include <algorithm>
#include <string>

#include "core/error.h"

namespace quarks {

namespace {
bool monomial_less(const Monomial& a, const Monomial& b) {
  if (a.size() != b.size()) return a.size() < b.size();
  return a < b;
}
}  // namespace

Polynomial Polynomial::from_terms(std::uint32_t num_variables, std::vector<Term> terms) {
  for (auto& term : terms) {
    std::sort(term.monomial.begin(), term.monomial.end());
    for (std::size_t i = 0; i < term.monomial.size(); ++i) {
      if (term.monomial[i] >= num_variables) {
        throw InputError("monomial variable " + std::to_string(term.monomial[i]) +
                         " is out of range for a polynomial in " + std::to_string(num_variables) +
                         " variables");
      }
      if (i > 0 && term.monomial[i] == term.monomial[i - 1]) {
        throw InputError("monomial repeats variable " + std::to_string(term.monomial[i]) +
                         " (polynomials are multilinear)");
      }
    }
  }
  Polynomial p(num_variables);
  p.terms_ = std::move(terms);
  p.canonicalize();
  return p;
}

void Polynomial::canonicalize() {
  std::stable_sort(terms_.begin(), terms_.end(),
                   [](const Term& a, const Term& b) { return monomial_less(a.monomial, b.monomial); });
  std::vector<Term> merged;
  merged.reserve(terms_.size());
  for (auto& term : terms_) {
    if (!merged.empty() && merged.back().monomial == term.monomial) {
      merged.back().coefficient += term.coefficient;
    } else {
      merged.push_back(std::move(term));
    }
  }
  std::erase_if(merged, [](const Term& t) { return t.coefficient == 0; });
  terms_ = std::move(merged);
}

int Polynomial::degree() const {
  int d = -1;
  for (const auto& t : terms_) d = std::max(d, static_cast<int>(t.monomial.size()));
  return d;
}

BigInt Polynomial::constant() const {
  if (!terms_.empty() && terms_.front().monomial.empty()) return terms_.front().coefficient;
  return 0;
}

BigInt Polynomial::evaluate(const CubePoint& point) const {
  BigInt sum = 0;
  for (const auto& t : terms_) {
    bool on = std::all_of(t.monomial.begin(), t.monomial.end(),
                          [&](std::uint32_t v) { return point.at(v) != 0; });
    if (on) sum += t.coefficient;
  }
  return sum;
}

BigInt Polynomial::box_bound() const {
  BigInt c0 = constant();
  BigInt high = c0, low = c0;
  for (const auto& t : terms_) {
    if (t.monomial.empty()) continue;
    if (t.coefficient > 0) high += t.coefficient; else low += t.coefficient;
  }
  BigInt abs_high = boost::multiprecision::abs(high);
  BigInt abs_low = boost::multiprecision::abs(low);
  return abs_high > abs_low ? abs_high : abs_low;
}

BigInt Polynomial::l1_norm() const {
  BigInt sum = 0;
  for (const auto& t : terms_) sum += boost::multiprecision::abs(t.coefficient);
  return sum;
}

Polynomial Polynomial::restrict_prefix(const CubePoint& fixed) const {
  const auto prefix = static_cast<std::uint32_t>(fixed.size());
  std::vector<Term> out;
  out.reserve(terms_.size());
  for (const auto& t : terms_) {
    Monomial rest;
    bool zero = false;
    for (auto v : t.monomial) {
      if (v < prefix) {
        if (!fixed[v]) { zero = true; break; }
      } else {
        rest.push_back(v - prefix);
      }
    }
    if (!zero) out.push_back({std::move(rest), t.coefficient});
  }
  return from_terms(num_variables_ - prefix, std::move(out));
}

void Polynomial::add_shifted(const Polynomial& other, std::uint32_t offset, const BigInt& factor) {
  if (other.num_variables_ + offset > num_variables_) {
    throw InputError("shifted polynomial does not fit in " + std::to_string(num_variables_) + " variables");
  }
  for (const auto& t : other.terms_) {
    Monomial shifted = t.monomial;
    for (auto& v : shifted) v += offset;
    terms_.push_back({std::move(shifted), t.coefficient * factor});
  }
  canonicalize();
}

}  // namespace quarks
