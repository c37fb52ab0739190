#include "io/witness_json.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "core/atomic_file.h"
#include "core/error.h"
#include "io/strict_json.h"

namespace quarks {

using nlohmann::json;

namespace {

// One JSON object of the format: it must be an object, may hold only the
// keys listed for it (an unknown or misspelled key is refused, never
// ignored), and names itself in every error ("witness field 'gates[1].terms'").
class Fields {
 public:
  Fields(const json& object, std::string where, std::initializer_list<const char*> allowed)
      : object_(object), where_(std::move(where)) {
    if (!object.is_object()) throw InputError(describe() + " must be a JSON object");
    for (const auto& [key, value] : object.items()) {
      bool known = false;
      for (const char* name : allowed) known |= key == name;
      if (!known) throw InputError(describe() + " has an unknown field '" + key + "'");
    }
  }

  std::string at(const char* name) const { return where_.empty() ? name : where_ + "." + name; }
  bool has(const char* name) const { return object_.contains(name); }

  const json& required(const char* name) const {
    auto it = object_.find(name);
    if (it == object_.end()) throw InputError("witness field '" + at(name) + "' is missing");
    return *it;
  }
  std::string text(const char* name) const {
    const json& value = required(name);
    if (!value.is_string()) throw InputError("witness field '" + at(name) + "' must be a string");
    return value.get<std::string>();
  }
  long long integer(const char* name, long long lo, long long hi) const { return ranged(required(name), at(name), lo, hi); }
  const json& array(const char* name) const {
    const json& value = required(name);
    if (!value.is_array()) throw InputError("witness field '" + at(name) + "' must be an array");
    return value;
  }
  const json& object(const char* name) const {
    const json& value = required(name);
    if (!value.is_object()) throw InputError("witness field '" + at(name) + "' must be an object");
    return value;
  }

  // A JSON integer (the strict parser admits no other numbers) in lo..hi.
  static long long ranged(const json& value, const std::string& where, long long lo, long long hi) {
    if (!value.is_number_integer()) throw InputError("witness field '" + where + "' must be an integer");
    const long long v = value.get<long long>();
    if (v < lo || v > hi) {
      throw InputError("witness field '" + where + "' = " + std::to_string(v) + " is outside " + std::to_string(lo) +
                       ".." + std::to_string(hi));
    }
    return v;
  }

 private:
  std::string describe() const { return where_.empty() ? "witness" : "witness field '" + where_ + "'"; }
  const json& object_;
  std::string where_;
};

json info_to_json(const Info& info) {
  switch (info.kind()) {
    case Info::Kind::null: return nullptr;
    case Info::Kind::boolean: return info.boolean_value();
    case Info::Kind::integer: return info.integer();
    case Info::Kind::text: return info.text();
    case Info::Kind::list: {
      json list = json::array();
      for (const auto& item : info.items()) list.push_back(info_to_json(item));
      return list;
    }
    case Info::Kind::map: break;
  }
  json map = json::object();
  for (const auto& [key, value] : info.entries()) map[key] = info_to_json(value);
  return map;
}

// Free-form informational JSON (the strict parser has already refused
// duplicate keys and non-integer numbers).
Info info_from_json(const json& j) {
  if (j.is_null()) return Info::null();
  if (j.is_boolean()) return Info::boolean(j.get<bool>());
  if (j.is_number_integer()) return Info(j.get<std::int64_t>());
  if (j.is_string()) return Info(j.get<std::string>());
  if (j.is_array()) {
    std::vector<Info> items;
    for (const auto& item : j) items.push_back(info_from_json(item));
    return Info::list(std::move(items));
  }
  if (!j.is_object()) throw InputError("informational field holds an unsupported JSON value");
  Info map;
  for (const auto& [key, value] : j.items()) map.set(key, info_from_json(value));
  return map;
}

std::string item_at(const std::string& list, std::size_t i) { return list + "[" + std::to_string(i) + "]"; }

// A decimal-string integer (docs/witness-format.md, "Integers").
BigInt integer_string(const json& value, const std::string& where) {
  if (!value.is_string()) throw InputError("witness field '" + where + "' must be a decimal string");
  return parse_bigint(value.get<std::string>(), "witness field '" + where + "'");
}

std::vector<int> sign_list(const json& list, const std::string& where) {
  std::vector<int> signs;
  for (std::size_t i = 0; i < list.size(); ++i) signs.push_back(static_cast<int>(Fields::ranged(list[i], item_at(where, i), -1, 1)));
  return signs;
}

json operator_to_json(const BooleanOperator& op) {
  json j = {{"arity", op.arity()}, {"truth_table", op.truth_table()}};
  if (auto name = op.name()) j["name"] = *name;
  return j;
}

BooleanOperator operator_from_json(const json& j, const std::string& where) {
  Fields f(j, where, {"arity", "truth_table", "name"});
  const auto arity = static_cast<unsigned>(f.integer("arity", 1, BooleanOperator::kMaxArity));
  const std::string table = f.text("truth_table");
  if (table.size() != (std::size_t{1} << arity) || table.find_first_not_of("01") != std::string::npos) {
    throw InputError("witness field '" + f.at("truth_table") + "' must be " + std::to_string(std::size_t{1} << arity) +
                     " characters 0 or 1 (2^arity)");
  }
  std::vector<bool> rows(table.size());
  for (std::size_t t = 0; t < table.size(); ++t) rows[t] = table[t] == '1';
  BooleanOperator op(arity, rows);
  if (f.has("name")) {
    // Informational, but never misleading: it must be the table's own name.
    const std::string name = f.text("name");
    if (op.name() != name) {
      throw InputError("witness field '" + f.at("name") + "' = '" + name + "' does not name truth table " + table);
    }
  }
  return op;
}

std::string target_text(const SelectorTarget& t) {
  if (t.kind == SelectorTarget::Kind::constant) return t.sign > 0 ? "+1" : "-1";
  return (t.sign > 0 ? "" : "-") + std::string("f_") + std::to_string(t.input);
}

// "+1", "-1", "f_<i>" or "-f_<i>", i in the integer grammar and at most 8.
SelectorTarget target_from_text(const std::string& text, const std::string& where) {
  SelectorTarget t;
  if (text == "+1" || text == "-1") {
    t.kind = SelectorTarget::Kind::constant;
    t.sign = text == "+1" ? 1 : -1;
    return t;
  }
  const bool negated = !text.empty() && text[0] == '-';
  const std::string rest = text.substr(negated ? 1 : 0);
  const std::string index = rest.size() > 2 ? rest.substr(2) : "";
  if (rest.rfind("f_", 0) != 0 || !is_decimal_integer(index) || index[0] == '-' || index.size() > 1) {
    throw InputError("witness field '" + where + "' = '" + text + "' is not one of f_i, -f_i, +1, -1 (i in 0..8)");
  }
  t.kind = SelectorTarget::Kind::input;
  t.sign = negated ? -1 : 1;
  t.input = static_cast<std::size_t>(index[0] - '0');
  return t;
}

Polynomial polynomial_terms(const json& j, const std::string& where);

std::string positional_name(const char* prefix, std::size_t i) { return prefix + std::to_string(i); }

// A polynomial object with its extra fields (`name`, and `degree_bound` for gates).
Polynomial polynomial_member(const json& j, const std::string& where, const std::string& name,
                             std::initializer_list<const char*> allowed) {
  Fields f(j, where, allowed);
  if (f.has("name") && f.text("name") != name) {
    throw InputError("witness field '" + f.at("name") + "' must be \"" + name + "\" (its position)");
  }
  return polynomial_terms(j, where);
}

json claim_body(const SelectorClaim& c) {
  json inputs = json::array(), gates = json::array(), cases = json::array();
  for (std::size_t i = 0; i < c.inputs.size(); ++i) {
    json p = polynomial_to_json(c.inputs[i]);
    p["name"] = "f_" + std::to_string(i);
    inputs.push_back(p);
  }
  for (std::size_t j = 0; j < c.gates.size(); ++j) {
    json p = polynomial_to_json(c.gates[j]);
    p["name"] = "F_" + std::to_string(j);
    p["degree_bound"] = c.degree_bounds[j];
    gates.push_back(p);
  }
  const bool dense = c.selector == SelectorEncoding::dense;
  for (std::size_t i = 0; i < c.cases.size(); ++i) {
    json one = {{"selector", i}, {"equals", target_text(c.cases[i])}};
    if (dense) one["code"] = c.codes[i];
    cases.push_back(one);
  }
  json body = {{"n", c.n}, {"k", c.k}, {"operator", operator_to_json(c.combine)}, {"inputs", inputs},
               {"gates", gates}, {"cases", cases}, {"strict_on", c.strict_on_cube ? "cube" : "selector-points"}};
  // A sparse file has no "selector" field, so files written before dense selectors existed stay byte-identical.
  if (dense) body["selector"] = "dense";
  return body;
}

SelectorClaim selector_claim_from_json(const Fields& top, SelectorLemma lemma, SelectorEncoding selector) {
  SelectorClaim c;
  c.lemma = lemma;
  c.selector = selector;
  c.n = static_cast<std::uint32_t>(top.integer("n", 2, kMaxVariables));
  c.k = static_cast<std::uint32_t>(top.integer("k", 1, kMaxSelectorVariables));
  if (c.k >= c.n) throw InputError("witness has k = " + std::to_string(c.k) + " >= n = " + std::to_string(c.n));
  c.combine = operator_from_json(top.required("operator"), "operator");
  const json& inputs = top.array("inputs");
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    c.inputs.push_back(polynomial_member(inputs[i], item_at("inputs", i), positional_name("f_", i), {"variables", "terms", "name"}));
  }
  const json& gates = top.array("gates");
  for (std::size_t g = 0; g < gates.size(); ++g) {
    const std::string where = item_at("gates", g);
    c.gates.push_back(
        polynomial_member(gates[g], where, positional_name("F_", g), {"variables", "terms", "name", "degree_bound"}));
    c.degree_bounds.push_back(static_cast<int>(Fields(gates[g], where, {"variables", "terms", "name", "degree_bound"})
                                                   .integer("degree_bound", 1, c.n)));
  }
  const json& cases = top.array("cases");
  const bool dense = c.selector == SelectorEncoding::dense;
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const Fields f = dense ? Fields(cases[i], item_at("cases", i), {"selector", "code", "equals"})
                           : Fields(cases[i], item_at("cases", i), {"selector", "equals"});
    if (f.integer("selector", 0, kMaxSelectorVariables) != static_cast<long long>(i)) {
      throw InputError("witness field '" + f.at("selector") + "' must be " + std::to_string(i) + " (cases are in order)");
    }
    // Range 0..2^k - 1; validate() refuses a repeated code.
    if (dense) c.codes.push_back(static_cast<std::uint32_t>(f.integer("code", 0, (1LL << c.k) - 1)));
    c.cases.push_back(target_from_text(f.text("equals"), f.at("equals")));
  }
  const std::string strict = top.text("strict_on");
  if (strict != "cube" && strict != "selector-points") {
    throw InputError("witness field 'strict_on' must be \"cube\" or \"selector-points\"");
  }
  c.strict_on_cube = strict == "cube";
  return c;
}

json encoding_description() {
  return {{"inputs", "x in {0,1}^n"},
          {"gate_outputs", "sign(p) in {-1,+1}, +1 = true; p(x) = 0 is never allowed (strict)"},
          {"operator_rows", "row t has z_j = +1 iff bit j of t is 1; truth_table character t is 1 iff B = +1 there"},
          {"selector", "variables 0..k-1 are z_1..z_k, variables k..n-1 are x; e_0 = 0, e_i sets variable i-1"},
          {"integers", "decimal strings of any size"}};
}

// Dense selector claims (docs/dense-selectors.md): the selector variables hold a code.
json dense_encoding_description() {
  json e = encoding_description();
  e["selector"] = "variables 0..k-1 are z_1..z_k, variables k..n-1 are x; k = ceil(log2 cases); "
                  "case i sets z to its code c_i: variable b is bit b of c_i";
  return e;
}

// The top-level "selector" field of a lemma-5.3/5.4 file: absent or "sparse" (the paper's e_i), or "dense".
SelectorEncoding selector_encoding_from_json(const json& j) {
  auto it = j.find("selector");
  if (it == j.end()) return SelectorEncoding::sparse;
  if (!it->is_string() || (*it != "sparse" && *it != "dense")) {
    throw InputError("witness field 'selector' must be \"sparse\" or \"dense\"");
  }
  return *it == "dense" ? SelectorEncoding::dense : SelectorEncoding::sparse;
}

// Theorem 4.3 files use a dense selector, so their encoding block says so.
json layer_encoding_description() {
  return {{"inputs", "x in {0,1}^n"},
          {"gate_outputs", "sign(p) in {-1,+1}, +1 = true; p(x) = 0 is never allowed (strict)"},
          {"hidden", "y_i = sign(h_i) * sign(g_i) in {-1,+1}; output phi = sign(bias + sum_i w_i y_i)"},
          {"selector", "variables 0..s-1 are x^-, s = ceil(log2 m); x^- = c iff variable b is bit b of c; "
                       "variables s..n-1 are x^+"},
          {"integers", "decimal strings of any size"}};
}

json layer_polys(const std::vector<Polynomial>& polys, const char* prefix) {
  json list = json::array();
  for (std::size_t i = 0; i < polys.size(); ++i) {
    json p = polynomial_to_json(polys[i]);
    p["name"] = positional_name(prefix, i);
    list.push_back(p);
  }
  return list;
}

json claim_body(const LayerClaim& c) {
  json weights = json::array();
  for (const auto& w : c.output_weights) weights.push_back(to_string(w));
  return {{"n", c.n}, {"m", c.m}, {"h_plus", layer_polys(c.gated_inputs, "h+_")},
          {"g_plus", layer_polys(c.gating_inputs, "g+_")}, {"h", layer_polys(c.gated, "h_")},
          {"g", layer_polys(c.gating, "g_")},
          {"output", {{"bias", to_string(c.output_bias)}, {"weights", weights}}}};
}

LayerClaim layer_claim_from_json(const Fields& top) {
  LayerClaim c;
  c.n = static_cast<std::uint32_t>(top.integer("n", 2, kMaxVariables));
  c.m = static_cast<std::uint32_t>(top.integer("m", 1, kMaxLayerUnits));
  auto read = [&](const char* field, const char* prefix, std::vector<Polynomial>& into) {
    const json& list = top.array(field);
    for (std::size_t i = 0; i < list.size(); ++i) {
      into.push_back(polynomial_member(list[i], item_at(field, i), positional_name(prefix, i),
                                       {"variables", "terms", "name"}));
    }
  };
  read("h_plus", "h+_", c.gated_inputs);
  read("g_plus", "g+_", c.gating_inputs);
  read("h", "h_", c.gated);
  read("g", "g_", c.gating);
  const Fields output(top.object("output"), "output", {"bias", "weights"});
  c.output_bias = integer_string(output.required("bias"), output.at("bias"));
  const json& weights = output.array("weights");
  for (std::size_t i = 0; i < weights.size(); ++i) {
    c.output_weights.push_back(integer_string(weights[i], item_at(output.at("weights"), i)));
  }
  return c;
}

}  // namespace

json polynomial_to_json(const Polynomial& p) {
  json terms = json::array();
  for (const auto& t : p.terms()) {
    json term = json::array({to_string(t.coefficient)});
    for (auto v : t.monomial) term.push_back(v);
    terms.push_back(term);
  }
  return {{"variables", p.num_variables()}, {"terms", terms}};
}

namespace {
// The terms of a polynomial object whose keys were already checked. The
// written form must be canonical up to term order: nonzero coefficients,
// strictly increasing variables, no monomial twice. So the degree as written
// is the degree after merging, and no term is silently dropped or summed.
Polynomial polynomial_terms(const json& j, const std::string& where) {
  Fields f(j, where, {"variables", "terms", "name", "degree_bound"});
  const auto n = static_cast<std::uint32_t>(f.integer("variables", 0, kMaxVariables));
  const json& terms = f.array("terms");
  std::vector<Term> out;
  out.reserve(terms.size());
  std::set<Monomial> seen;
  for (std::size_t i = 0; i < terms.size(); ++i) {
    const std::string at = item_at(f.at("terms"), i);
    const json& term = terms[i];
    if (!term.is_array() || term.empty()) {
      throw InputError("witness field '" + at + "' must be [\"coefficient\", variable, ...]");
    }
    Term t;
    t.coefficient = integer_string(term[0], at + "[0]");
    if (t.coefficient == 0) throw InputError("witness field '" + at + "[0]' is 0 (zero terms are not written)");
    for (std::size_t v = 1; v < term.size(); ++v) {
      const long long index = Fields::ranged(term[v], item_at(at, v), 0, static_cast<long long>(n) - 1);
      if (!t.monomial.empty() && index <= static_cast<long long>(t.monomial.back())) {
        throw InputError("witness field '" + at + "' must list its variables in strictly increasing order");
      }
      t.monomial.push_back(static_cast<std::uint32_t>(index));
    }
    if (!seen.insert(t.monomial).second) {
      throw InputError("witness field '" + at + "' repeats a monomial of an earlier term");
    }
    out.push_back(std::move(t));
  }
  return Polynomial::from_terms(n, std::move(out));
}
}  // namespace

Polynomial polynomial_from_json(const json& j, const std::string& where) {
  Fields(j, where, {"variables", "terms"});
  return polynomial_terms(j, where);
}

json witness_to_json(const Witness& w) {
  json j = {{"format", "quarks-witness"}, {"version", kWitnessFormatVersion}, {"claim", claim_id(w.claim)},
            {"paper", w.paper}, {"statement", statement(w.claim)}, {"encoding", encoding_description()},
            {"generator", info_to_json(w.generator)},
            {"construction", info_to_json(w.construction)}};
  j["generator"]["tool"] = std::string("quarks ") + QUARKS_VERSION;
  if (const auto* c = std::get_if<SignVectorClaim>(&w.claim)) {
    json items = json::array();
    for (const auto& it : c->items) {
      items.push_back({{"operator", operator_to_json(it.op)}, {"index", it.index}, {"theta", it.theta}, {"signs", it.signs}});
    }
    j["items"] = items;
  } else if (const auto* c = std::get_if<AffineSelectorClaim>(&w.claim)) {
    json items = json::array();
    for (const auto& it : c->items) {
      json q = json::array();
      for (const auto& v : it.coefficients) q.push_back(to_string(v));
      items.push_back({{"k", it.k}, {"j", it.j}, {"signs", it.signs}, {"q", q}});
    }
    j["items"] = items;
  } else if (const auto* c = std::get_if<LayerClaim>(&w.claim)) {
    j["encoding"] = layer_encoding_description();
    j.update(claim_body(*c));
  } else {
    const auto& selector = std::get<SelectorClaim>(w.claim);
    if (selector.selector == SelectorEncoding::dense) j["encoding"] = dense_encoding_description();
    j.update(claim_body(selector));
  }
  return j;
}

Witness witness_from_json(const json& j) {
  if (!j.is_object()) throw InputError("witness must be a JSON object");
  auto claim_field = j.find("claim");
  if (claim_field == j.end() || !claim_field->is_string()) throw InputError("witness field 'claim' is missing or not a string");
  const std::string id = claim_field->get<std::string>();
  const bool items_claim = id == "lemma-5.1" || id == "lemma-5.2";
  const bool selector_claim = id == "lemma-5.3" || id == "lemma-5.4";
  const bool layer_claim = id == "theorem-4.3";
  if (!items_claim && !selector_claim && !layer_claim) {
    throw InputError("witness claim '" + id +
                     "' is unknown (expected lemma-5.1, lemma-5.2, lemma-5.3, lemma-5.4 or theorem-4.3)");
  }
  const Fields top = items_claim
      ? Fields(j, "", {"format", "version", "claim", "encoding", "paper", "statement", "generator", "construction", "items"})
      : layer_claim
      ? Fields(j, "", {"format", "version", "claim", "encoding", "paper", "statement", "generator", "construction", "n",
                       "m", "h_plus", "g_plus", "h", "g", "output"})
      : Fields(j, "", {"format", "version", "claim", "encoding", "paper", "statement", "generator", "construction", "n",
                       "k", "selector", "operator", "inputs", "gates", "cases", "strict_on"});
  if (top.text("format") != "quarks-witness") throw InputError("witness field 'format' must be \"quarks-witness\"");
  if (top.integer("version", 0, 1000000) != kWitnessFormatVersion) {
    throw InputError("witness version " + top.required("version").dump() + " is not supported (expected " +
                     std::to_string(kWitnessFormatVersion) + ")");
  }
  const SelectorEncoding selector = selector_claim ? selector_encoding_from_json(j) : SelectorEncoding::sparse;
  if (selector == SelectorEncoding::dense && id != "lemma-5.4") {
    throw InputError("witness field 'selector' = \"dense\" is defined for lemma-5.4 only");
  }
  const json expected_encoding = layer_claim ? layer_encoding_description()
                                 : selector == SelectorEncoding::dense ? dense_encoding_description()
                                                                       : encoding_description();
  if (top.object("encoding") != expected_encoding) {
    throw InputError("witness field 'encoding' does not describe the encoding quarks implements");
  }
  // Informational fields: optional, typed, never read by a checker.
  Witness w;
  if (top.has("paper")) w.paper = top.text("paper");
  if (top.has("statement")) top.text("statement");
  if (top.has("generator")) w.generator = info_from_json(top.object("generator"));
  if (top.has("construction")) w.construction = info_from_json(top.object("construction"));

  if (id == "lemma-5.1") {
    SignVectorClaim c;
    const json& items = top.array("items");
    for (std::size_t i = 0; i < items.size(); ++i) {
      Fields f(items[i], item_at("items", i), {"operator", "index", "theta", "signs"});
      SignVectorItem it;
      it.op = operator_from_json(f.required("operator"), f.at("operator"));
      it.index = static_cast<unsigned>(f.integer("index", 0, it.op.arity() - 1));
      it.theta = static_cast<int>(f.integer("theta", -1, 1));
      it.signs = sign_list(f.array("signs"), f.at("signs"));
      c.items.push_back(std::move(it));
    }
    w.claim = c;
  } else if (id == "lemma-5.2") {
    AffineSelectorClaim c;
    const json& items = top.array("items");
    for (std::size_t i = 0; i < items.size(); ++i) {
      Fields f(items[i], item_at("items", i), {"k", "j", "signs", "q"});
      AffineSelectorItem it;
      it.k = static_cast<unsigned>(f.integer("k", 1, kMaxSelectorVariables));
      it.j = static_cast<unsigned>(f.integer("j", 0, it.k));
      it.signs = sign_list(f.array("signs"), f.at("signs"));
      const json& q = f.array("q");
      for (std::size_t l = 0; l < q.size(); ++l) it.coefficients.push_back(integer_string(q[l], item_at(f.at("q"), l)));
      c.items.push_back(std::move(it));
    }
    w.claim = c;
  } else if (layer_claim) {
    w.claim = layer_claim_from_json(top);
  } else {
    w.claim = selector_claim_from_json(top, id == "lemma-5.3" ? SelectorLemma::lemma_5_3 : SelectorLemma::lemma_5_4,
                                       selector);
  }
  validate(w.claim);
  return w;
}

std::string witness_to_text(const Witness& witness) { return witness_to_json(witness).dump(1) + "\n"; }

std::string read_text_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError("cannot read '" + path + "'");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) throw InputError("cannot read '" + path + "'");
  return buffer.str();
}

namespace {
json parse_json_text(std::string_view text, const std::string& origin) { return parse_strict_json(text, origin); }
}  // namespace

Witness read_witness_text(std::string_view text, const std::string& origin) {
  json j = parse_json_text(text, origin);
  try {
    return witness_from_json(j);
  } catch (const json::exception& e) {
    throw InputError("'" + origin + "': malformed witness (" + std::string(e.what()) + ")");
  }
}

Witness read_witness_file(const std::string& path) { return read_witness_text(read_text_file(path), path); }

void write_witness_file(const Witness& witness, const std::string& path) {
  write_file_atomically(path, witness_to_text(witness));
}

std::vector<Polynomial> read_polynomials_text(std::string_view text, const std::string& origin) {
  const json j = parse_json_text(text, origin);
  const Fields top(j, "", {"inputs"});
  const json& inputs = top.array("inputs");
  std::vector<Polynomial> out;
  for (std::size_t i = 0; i < inputs.size(); ++i) out.push_back(polynomial_from_json(inputs[i], item_at("inputs", i)));
  return out;
}

std::vector<Polynomial> read_polynomials_file(const std::string& path) {
  return read_polynomials_text(read_text_file(path), path);
}

}  // namespace quarks
