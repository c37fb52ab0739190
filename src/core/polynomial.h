#pragma once
// Multilinear polynomials with exact integer coefficients over {0,1}^n.
// On the cube x^2 = x, so multilinear monomials (sets of variables) are all a
// polynomial of degree <= d can express there (paper Sec. 4.2, T(n;d)).
#include <cstdint>
#include <vector>

#include "core/bigint.h"
#include "core/cube.h"

namespace quarks {

// A monomial is a strictly increasing list of variable indices; {} is the constant.
using Monomial = std::vector<std::uint32_t>;

struct Term {
  Monomial monomial;
  BigInt coefficient;
  bool operator==(const Term&) const = default;
};

class Polynomial {
 public:
  Polynomial() = default;
  explicit Polynomial(std::uint32_t num_variables) : num_variables_(num_variables) {}

  // Builds the canonical form: monomials sorted (by degree, then lexicographic),
  // equal monomials merged, zero coefficients dropped. Throws InputError on a
  // variable index >= num_variables or a repeated variable within a monomial.
  static Polynomial from_terms(std::uint32_t num_variables, std::vector<Term> terms);

  std::uint32_t num_variables() const { return num_variables_; }
  const std::vector<Term>& terms() const { return terms_; }
  int degree() const;  // -1 for the zero polynomial
  BigInt constant() const;

  // Exact value at a cube point (point.size() == num_variables()).
  BigInt evaluate(const CubePoint& point) const;

  // Exact bound on max |p(x)| over the cube: max(|c0 + sum of positive
  // coefficients|, |c0 + sum of negative coefficients|). Each non-constant
  // monomial is 0 or 1 on the cube, so this is an upper bound for every degree
  // and equals max |p| exactly when the monomials can be set independently
  // (in particular for degree <= 1).
  BigInt box_bound() const;
  // Sum of |coefficients|: the bound used to prove a machine-integer walk cannot overflow.
  BigInt l1_norm() const;

  // Substitutes fixed 0/1 values for the variables [0, fixed.size()) and returns
  // the polynomial in the remaining variables, renumbered from 0.
  Polynomial restrict_prefix(const CubePoint& fixed) const;

  // Adds `other` with its variable v mapped to v + offset.
  void add_shifted(const Polynomial& other, std::uint32_t offset, const BigInt& factor);

  bool operator==(const Polynomial&) const = default;

 private:
  void canonicalize();
  std::uint32_t num_variables_ = 0;
  std::vector<Term> terms_;
};

}  // namespace quarks
