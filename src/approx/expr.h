#pragma once
// The expression language of `quarks approx --function` (grammar: docs/approximation.md, "Expressions"),
// parsed strictly, and evaluated on intervals together with an enclosure of the derivative.
#include <string>
#include <string_view>
#include <vector>

#include <boost/multiprecision/gmp.hpp>

#include "approx/interval.h"

namespace quarks::approx {

using Rational = boost::multiprecision::number<boost::multiprecision::gmp_rational, boost::multiprecision::et_off>;

// Outward double enclosure of an exact rational.
Interval enclose(const Rational& q);
std::string rational_string(const Rational& q);  // "p" or "p/q", p and q in the integer grammar
// Numbers for labels and messages: q rounded to `digits` significant digits,
// and a double with the 17 digits that read back as the same double.
std::string decimal(const Rational& q, int digits = 6);
std::string double_text(double x);

// The decimal-number grammar shared by expressions, --domain, --eps, --lipschitz and tables:
// (0|[1-9][0-9]*)(.[0-9]+)?, with a leading '-' where `allow_sign`. Throws InputError naming `what`.
Rational parse_decimal(std::string_view text, std::string_view what, bool allow_sign);

// Where the evaluation stands: `undefined_somewhere` means that for some x in X an operation's
// argument may be outside its domain (the enclosure is too wide to tell, or it is truly so);
// `undefined_everywhere` means that for every x in X it is (e.g. log of an interval <= 0).
enum class EvalStatus { ok, undefined_somewhere, undefined_everywhere, overflow };

struct Enclosure {
  Interval value;        // contains f(x) for every x in X (when status is ok)
  Interval derivative;   // contains f'(x) for almost every x in X, f Lipschitz on X (when derivative_ok)
  bool derivative_ok = true;
  EvalStatus status = EvalStatus::ok;
  std::string problem;   // which operation, when status is not ok
};

class Expr {
 public:
  static Expr parse(std::string_view text);  // throws InputError (one line) on anything outside the grammar
  Enclosure evaluate(Interval x) const;
  bool uses_x() const;
  const std::string& text() const { return text_; }

  enum class Op { constant, var, neg, add, sub, mul, div, pow, sin, cos, exp, log, sqrt, abs };
  struct Node {
    Op op;
    Interval constant{};
    long exponent = 0;
    int a = -1, b = -1;
  };

 private:
  std::vector<Node> nodes_;  // children before parents; the last node is the root
  std::string text_;
  friend class Parser;
};

}  // namespace quarks::approx
