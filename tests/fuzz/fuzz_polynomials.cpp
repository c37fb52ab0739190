// Fuzz target: the integer grammar (parse_bigint, src/core/bigint.h) and the
// `--inputs` polynomial reader (read_polynomials_text, src/io/witness_json.h).
// Both must refuse bad input with InputError only. parse_bigint must accept
// exactly the strings of 0|-?[1-9][0-9]* (so not "-0"), checked against the
// independent matcher below, and read them in base 10:
// to_string(parse_bigint(s)) == s.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "core/bigint.h"
#include "core/error.h"
#include "fuzz_target.h"
#include "io/witness_json.h"
#include "json_grammar.h"

namespace quarks::fuzz {

namespace {

// docs/witness-format.md, "Integers", written out independently of bigint.cpp.
bool in_grammar(std::string_view s) {
  const bool negative = !s.empty() && s.front() == '-';
  if (negative) s.remove_prefix(1);
  if (s.empty()) return false;
  if (s == "0") return !negative;  // "-0" is refused
  if (s.front() < '1' || s.front() > '9') return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

bool check_integer(std::string_view input) {
  const bool expected = in_grammar(input);
  if (is_decimal_integer(input) != expected) fail("is_decimal_integer disagrees with the grammar on", input);
  try {
    const BigInt value = parse_bigint(input, "fuzz input");
    if (!expected) fail("parse_bigint accepts a string outside the grammar:", input);
    if (to_string(value) != input) fail("parse_bigint does not read base 10 (round trip differs):", input);
    return true;
  } catch (const InputError&) {
    if (expected) fail("parse_bigint refuses a string of the grammar:", input);
    return false;
  }
}

// An accepted polynomial file is exactly one JSON value (json_grammar.h) and
// canonical as written (docs/witness-format.md, "Polynomials"): nothing was
// merged or dropped, and the degree is the longest term as written.
void check_canonical(std::string_view input, const std::vector<Polynomial>& polys) {
  if (!JsonGrammar::whole_value(input)) fail("the reader accepted input that is not exactly one JSON value");
  const nlohmann::json j = nlohmann::json::parse(input);
  const auto& inputs = j.at("inputs");
  if (inputs.size() != polys.size()) fail("the reader returned a different number of polynomials");
  for (std::size_t i = 0; i < polys.size(); ++i) {
    const auto& terms = inputs[i].at("terms");
    if (terms.size() != polys[i].terms().size()) fail("a polynomial's terms were merged or dropped");
    int degree = -1;
    for (const auto& term : terms) degree = std::max(degree, static_cast<int>(term.size()) - 1);
    if (degree != polys[i].degree()) fail("the degree differs from the longest written term");
  }
}

}  // namespace

Outcome fuzz_one(std::string_view input) {
  const bool integer = check_integer(input);
  std::vector<Polynomial> polys;
  try {
    polys = read_polynomials_text(input, "fuzz input");
  } catch (const InputError&) {
    return integer ? Outcome::accepted : Outcome::rejected;
  }
  check_canonical(input, polys);
  // Writing and reading back gives the same polynomials.
  nlohmann::json out = {{"inputs", nlohmann::json::array()}};
  for (const auto& p : polys) out["inputs"].push_back(polynomial_to_json(p));
  try {
    if (read_polynomials_text(out.dump(), "rewritten") != polys) fail("polynomials change when written and re-read");
  } catch (const InputError& e) {
    fail("the reader refuses written polynomials:", e.what());
  }
  return Outcome::accepted;
}

}  // namespace quarks::fuzz
