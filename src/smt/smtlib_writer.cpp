#include "smt/smtlib_writer.h"

#include <stdexcept>

#include "core/error.h"

namespace quarks::smt::smtlib {

namespace {

std::string apply(const char* op, const std::vector<std::string>& args) {
  std::string s = "(";
  s += op;
  for (const auto& a : args) s += " " + a;
  return s + ")";
}

// Reserved words of SMT-LIB 2.6 and the symbols of Core and Ints: declaring
// one would shadow it or be rejected by the solver.
bool reserved(const std::string& name) {
  static const std::set<std::string> words = {
      "_",     "as",     "let",      "exists", "forall", "match", "par",  "NUMERAL", "DECIMAL", "STRING",
      "true",  "false",  "not",      "and",    "or",     "xor",   "ite",  "distinct", "div",    "mod",
      "abs",   "Int",    "Bool",     "assert", "check-sat"};
  return words.count(name) != 0;
}

bool simple_symbol(const std::string& name) {
  if (name.empty() || reserved(name)) return false;
  auto letter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; };
  if (!letter(name[0])) return false;
  for (char c : name) {
    if (!letter(c) && !(c >= '0' && c <= '9')) return false;
  }
  return true;
}

}  // namespace

std::string integer(const BigInt& value) {
  if (value < 0) return "(- " + to_string(BigInt(-value)) + ")";
  return to_string(value);
}

std::string product(const BigInt& coefficient, const std::string& term) {
  return "(* " + integer(coefficient) + " " + term + ")";
}

std::string sum(const std::vector<std::string>& terms) {
  if (terms.empty()) return "0";
  if (terms.size() == 1) return terms[0];
  return apply("+", terms);
}

std::string difference(const std::string& a, const std::string& b) { return apply("-", {a, b}); }

std::string eq(const std::string& a, const std::string& b) { return apply("=", {a, b}); }
std::string le(const std::string& a, const std::string& b) { return apply("<=", {a, b}); }
std::string lt(const std::string& a, const std::string& b) { return apply("<", {a, b}); }
std::string ge(const std::string& a, const std::string& b) { return apply(">=", {a, b}); }
std::string gt(const std::string& a, const std::string& b) { return apply(">", {a, b}); }

std::string boolean(bool value) { return value ? "true" : "false"; }
std::string not_(const std::string& a) { return apply("not", {a}); }

std::string and_(const std::vector<std::string>& terms) {
  if (terms.empty()) return "true";
  if (terms.size() == 1) return terms[0];
  return apply("and", terms);
}

std::string or_(const std::vector<std::string>& terms) {
  if (terms.empty()) return "false";
  if (terms.size() == 1) return terms[0];
  return apply("or", terms);
}

std::string ite(const std::string& condition, const std::string& then_term, const std::string& else_term) {
  return apply("ite", {condition, then_term, else_term});
}

std::string comment(const std::string& text) { return "; " + one_line(text) + "\n"; }

void SmtLibWriter::declare(const std::string& name, const char* sort) {
  if (!simple_symbol(name)) throw std::logic_error("not a simple SMT-LIB symbol: '" + name + "'");
  if (!names_.insert(name).second) throw std::logic_error("SMT-LIB symbol declared twice: " + name);
  declarations_ += "(declare-fun " + name + " () " + sort + ")\n";
}

void SmtLibWriter::declare_int(const std::string& name) { declare(name, "Int"); }
void SmtLibWriter::declare_bool(const std::string& name) { declare(name, "Bool"); }

void SmtLibWriter::add_assertion(const std::string& term) { assertions_ += "(assert " + term + ")\n"; }

}  // namespace quarks::smt::smtlib
