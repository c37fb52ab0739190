#pragma once
// A small SMT-LIB2 writer (in the spirit of Marabou's SmtLibWriter). quarks
// writes its QF_LIA text itself, so an exported proof is byte for byte what
// this file prints, whatever the Z3 version, and the encoder can be tested
// without a solver. Terms are plain strings in one fixed format: single
// spaces, no line breaks, integers in decimal with a negative one as (- 123).
// Every function here is deterministic and rewrites nothing, except for the
// zero- and one-argument cases of sum, and_ and or_ stated below.
#include <set>
#include <string>
#include <vector>

#include "core/bigint.h"

namespace quarks::smt::smtlib {

// "17", "0", "(- 17)": SMT-LIB has no negative literals. From the exact
// decimal string of the value, never through a machine integer.
std::string integer(const BigInt& value);

// "(* c t)". The coefficient is always written, even 1, so every product in a
// file has one shape.
std::string product(const BigInt& coefficient, const std::string& term);

// "0" for no terms, the term itself for one (cvc5 rejects a one-argument
// (+ x)), else "(+ t1 t2 ...)".
std::string sum(const std::vector<std::string>& terms);
// "(- a b)".
std::string difference(const std::string& a, const std::string& b);

std::string eq(const std::string& a, const std::string& b);  // (= a b)
std::string le(const std::string& a, const std::string& b);  // (<= a b)
std::string lt(const std::string& a, const std::string& b);  // (< a b)
std::string ge(const std::string& a, const std::string& b);  // (>= a b)
std::string gt(const std::string& a, const std::string& b);  // (> a b)

std::string boolean(bool value);  // "true", "false"
std::string not_(const std::string& a);
// "true" / "false" for no terms, the term itself for one (and/or are
// left-associative in SMT-LIB, so they need two arguments), else (and ...).
std::string and_(const std::vector<std::string>& terms);
std::string or_(const std::vector<std::string>& terms);
std::string ite(const std::string& condition, const std::string& then_term, const std::string& else_term);

// "; text" with any line break in text replaced by a space, plus "\n".
std::string comment(const std::string& text);

// Declarations and assertions of one query, printed in the order they were
// made, every declaration before every assertion. One command per line.
class SmtLibWriter {
 public:
  // (declare-fun name () Int) / (declare-fun name () Bool). A name must be a
  // simple symbol [A-Za-z_][A-Za-z0-9_]*, not a reserved word or a symbol of
  // Core or Ints, and not declared yet; otherwise std::logic_error (a bug in
  // the encoder, not bad input).
  void declare_int(const std::string& name);
  void declare_bool(const std::string& name);
  bool declared(const std::string& name) const { return names_.count(name) != 0; }

  // (assert term)
  void add_assertion(const std::string& term);

  std::string str() const { return declarations_ + assertions_; }

 private:
  void declare(const std::string& name, const char* sort);

  std::set<std::string> names_;
  std::string declarations_;
  std::string assertions_;
};

}  // namespace quarks::smt::smtlib
