#pragma once
// A tiny evaluator for the SMT-LIB2 subset quarks writes (declare-fun,
// assert; Int and Bool; + - * = <= < >= > not and or ite), so that tests can
// check what an encoding MEANS at a given point without calling any solver.
#include <cctype>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/bigint.h"

namespace quarks::test {

struct SExpr {
  std::string atom;  // non-empty for an atom
  std::vector<SExpr> list;
};

inline SExpr parse_sexpr(const std::string& text, std::size_t& at) {
  while (at < text.size() && std::isspace(static_cast<unsigned char>(text[at]))) ++at;
  if (at >= text.size()) throw std::runtime_error("unexpected end of s-expression");
  SExpr e;
  if (text[at] == '(') {
    ++at;
    for (;;) {
      while (at < text.size() && std::isspace(static_cast<unsigned char>(text[at]))) ++at;
      if (at >= text.size()) throw std::runtime_error("unclosed (");
      if (text[at] == ')') {
        ++at;
        return e;
      }
      e.list.push_back(parse_sexpr(text, at));
    }
  }
  if (text[at] == ')') throw std::runtime_error("unexpected )");
  auto atom_char = [&](char c) { return !std::isspace(static_cast<unsigned char>(c)) && c != '(' && c != ')'; };
  while (at < text.size() && atom_char(text[at])) e.atom += text[at++];
  return e;
}

struct SmtValue {
  bool is_bool = false;
  bool b = false;
  BigInt i = 0;
};
inline SmtValue int_value(const BigInt& v) { return {false, false, v}; }
inline SmtValue bool_value(bool v) { return {true, v, 0}; }

using SmtEnv = std::map<std::string, SmtValue>;

inline SmtValue eval_sexpr(const SExpr& e, const SmtEnv& env) {
  if (!e.atom.empty()) {
    if (e.atom == "true" || e.atom == "false") return bool_value(e.atom == "true");
    if (std::isdigit(static_cast<unsigned char>(e.atom[0]))) return int_value(parse_bigint(e.atom));
    auto it = env.find(e.atom);
    if (it == env.end()) throw std::runtime_error("unassigned symbol " + e.atom);
    return it->second;
  }
  if (e.list.empty() || e.list[0].atom.empty()) throw std::runtime_error("bad application");
  const std::string& op = e.list[0].atom;
  std::vector<SmtValue> a;
  for (std::size_t k = 1; k < e.list.size(); ++k) a.push_back(eval_sexpr(e.list[k], env));
  auto need = [&](std::size_t n, bool exact) {
    if (exact ? a.size() != n : a.size() < n) throw std::runtime_error("wrong arity for " + op);
  };
  if (op == "+" || op == "*") {
    need(2, false);  // cvc5 rejects a one-argument (+ x)
    BigInt r = op == "+" ? 0 : 1;
    for (const auto& v : a) r = op == "+" ? BigInt(r + v.i) : BigInt(r * v.i);
    return int_value(r);
  }
  if (op == "-") {
    if (a.size() == 1) return int_value(-a[0].i);
    need(2, true);
    return int_value(a[0].i - a[1].i);
  }
  if (op == "=") {
    need(2, true);
    return bool_value(a[0].is_bool ? a[0].b == a[1].b : a[0].i == a[1].i);
  }
  if (op == "<=") return need(2, true), bool_value(a[0].i <= a[1].i);
  if (op == "<") return need(2, true), bool_value(a[0].i < a[1].i);
  if (op == ">=") return need(2, true), bool_value(a[0].i >= a[1].i);
  if (op == ">") return need(2, true), bool_value(a[0].i > a[1].i);
  if (op == "not") return need(1, true), bool_value(!a[0].b);
  if (op == "and" || op == "or") {
    need(2, false);  // left-associative: at least two arguments
    bool r = op == "and";
    for (const auto& v : a) r = op == "and" ? (r && v.b) : (r || v.b);
    return bool_value(r);
  }
  if (op == "ite") return need(3, true), (a[0].b ? a[1] : a[2]);
  throw std::runtime_error("operator outside the subset: " + op);
}

inline SmtValue eval_text(const std::string& term, const SmtEnv& env) {
  std::size_t at = 0;
  return eval_sexpr(parse_sexpr(term, at), env);
}

// The commands of a script body: declarations (name -> sort) and assertions, in order.
struct SmtBody {
  std::vector<std::pair<std::string, std::string>> declarations;
  std::vector<SExpr> assertions;
};

inline SmtBody parse_body(const std::string& text) {
  SmtBody body;
  std::size_t at = 0;
  for (;;) {
    while (at < text.size() && std::isspace(static_cast<unsigned char>(text[at]))) ++at;
    if (at >= text.size()) return body;
    if (text[at] == ';') {
      at = text.find('\n', at);
      if (at == std::string::npos) return body;
      continue;
    }
    SExpr c = parse_sexpr(text, at);
    const std::string& head = c.list.at(0).atom;
    if (head == "declare-fun") {
      if (c.list.size() != 4 || !c.list[2].list.empty()) throw std::runtime_error("bad declare-fun");
      body.declarations.emplace_back(c.list[1].atom, c.list[3].atom);
    } else if (head == "assert") {
      body.assertions.push_back(c.list.at(1));
    } else if (head != "set-option" && head != "set-logic" && head != "set-info" && head != "check-sat") {
      throw std::runtime_error("command outside the subset: " + head);
    }
  }
}

}  // namespace quarks::test
