#include "io/witness_json.h"

#include <cstdio>
#include <fstream>
#include <sstream>

#include "core/error.h"

namespace quarks {

using nlohmann::json;

namespace {

const json& field(const json& object, const char* name, const std::string& where) {
  if (!object.is_object()) throw InputError("witness " + where + " must be a JSON object");
  auto it = object.find(name);
  if (it == object.end()) throw InputError("witness field '" + where + "." + name + "' is missing");
  return *it;
}

std::string text_field(const json& object, const char* name, const std::string& where) {
  const json& value = field(object, name, where);
  if (!value.is_string()) throw InputError("witness field '" + where + "." + name + "' must be a string");
  return value.get<std::string>();
}

long long integer_field(const json& object, const char* name, const std::string& where, long long lo, long long hi) {
  const json& value = field(object, name, where);
  if (!value.is_number_integer()) throw InputError("witness field '" + where + "." + name + "' must be an integer");
  long long v = value.get<long long>();
  if (v < lo || v > hi) {
    throw InputError("witness field '" + where + "." + name + "' = " + std::to_string(v) + " is outside " +
                     std::to_string(lo) + ".." + std::to_string(hi));
  }
  return v;
}

const json& array_field(const json& object, const char* name, const std::string& where) {
  const json& value = field(object, name, where);
  if (!value.is_array()) throw InputError("witness field '" + where + "." + name + "' must be an array");
  return value;
}

std::vector<int> sign_list(const json& list, const std::string& where) {
  std::vector<int> signs;
  for (const auto& s : list) {
    if (!s.is_number_integer() || (s != 1 && s != -1 && s != 0)) {
      throw InputError("witness field '" + where + "' must hold +1, -1 or 0");
    }
    signs.push_back(s.get<int>());
  }
  return signs;
}

json operator_to_json(const BooleanOperator& op) {
  json j = {{"arity", op.arity()}, {"truth_table", op.truth_table()}};
  if (auto name = op.name()) j["name"] = *name;
  return j;
}

BooleanOperator operator_from_json(const json& j, const std::string& where) {
  std::string table = text_field(j, "truth_table", where);
  auto op = BooleanOperator::parse("tt:" + table);
  long long arity = integer_field(j, "arity", where, 1, BooleanOperator::kMaxArity);
  if (static_cast<unsigned>(arity) != op.arity()) {
    throw InputError("witness field '" + where + ".arity' does not match its truth table");
  }
  return op;
}

std::string target_text(const SelectorTarget& t) {
  if (t.kind == SelectorTarget::Kind::constant) return t.sign > 0 ? "+1" : "-1";
  return (t.sign > 0 ? "" : "-") + std::string("f_") + std::to_string(t.input);
}

SelectorTarget target_from_text(const std::string& text, const std::string& where) {
  SelectorTarget t;
  if (text == "+1" || text == "-1") {
    t.kind = SelectorTarget::Kind::constant;
    t.sign = text == "+1" ? 1 : -1;
    return t;
  }
  std::string rest = text;
  t.sign = 1;
  if (!rest.empty() && (rest[0] == '-' || rest[0] == '+')) {
    t.sign = rest[0] == '-' ? -1 : 1;
    rest = rest.substr(1);
  }
  if (rest.size() < 3 || rest.rfind("f_", 0) != 0 || rest.find_first_not_of("0123456789", 2) != std::string::npos ||
      rest.size() > 6) {
    throw InputError("witness field '" + where + "' = '" + text + "' is not one of f_i, -f_i, +1, -1");
  }
  t.kind = SelectorTarget::Kind::input;
  t.input = std::stoul(rest.substr(2));
  return t;
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
  for (std::size_t i = 0; i < c.cases.size(); ++i) cases.push_back({{"selector", i}, {"equals", target_text(c.cases[i])}});
  return {{"n", c.n}, {"k", c.k}, {"operator", operator_to_json(c.combine)}, {"inputs", inputs},
          {"gates", gates}, {"cases", cases}, {"strict_on", c.strict_on_cube ? "cube" : "selector-points"}};
}

SelectorClaim selector_claim_from_json(const json& j, const std::string& id) {
  SelectorClaim c;
  c.id = id;
  c.n = static_cast<std::uint32_t>(integer_field(j, "n", "witness", 1, kMaxVariables));
  c.k = static_cast<std::uint32_t>(integer_field(j, "k", "witness", 1, kMaxSelectorVariables));
  if (c.k >= c.n) throw InputError("witness has k = " + std::to_string(c.k) + " >= n = " + std::to_string(c.n));
  c.combine = operator_from_json(field(j, "operator", "witness"), "operator");
  const json& inputs = array_field(j, "inputs", "witness");
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    c.inputs.push_back(polynomial_from_json(inputs[i], "inputs[" + std::to_string(i) + "]"));
  }
  const json& gates = array_field(j, "gates", "witness");
  for (std::size_t g = 0; g < gates.size(); ++g) {
    std::string where = "gates[" + std::to_string(g) + "]";
    c.gates.push_back(polynomial_from_json(gates[g], where));
    c.degree_bounds.push_back(static_cast<int>(integer_field(gates[g], "degree_bound", where, -1000000, 1000000)));
  }
  const json& cases = array_field(j, "cases", "witness");
  for (std::size_t i = 0; i < cases.size(); ++i) {
    std::string where = "cases[" + std::to_string(i) + "]";
    if (integer_field(cases[i], "selector", where, 0, kMaxSelectorVariables) != static_cast<long long>(i)) {
      throw InputError("witness field '" + where + ".selector' must be " + std::to_string(i));
    }
    c.cases.push_back(target_from_text(text_field(cases[i], "equals", where), where + ".equals"));
  }
  std::string strict = text_field(j, "strict_on", "witness");
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

Polynomial polynomial_from_json(const json& j, const std::string& where) {
  auto n = static_cast<std::uint32_t>(integer_field(j, "variables", where, 0, kMaxVariables));
  const json& terms = array_field(j, "terms", where);
  std::vector<Term> out;
  out.reserve(terms.size());
  for (std::size_t i = 0; i < terms.size(); ++i) {
    const std::string at = where + ".terms[" + std::to_string(i) + "]";
    const json& term = terms[i];
    if (!term.is_array() || term.empty() || !term[0].is_string()) {
      throw InputError("witness field '" + at + "' must be [\"coefficient\", variable, ...]");
    }
    Term t;
    t.coefficient = parse_bigint(term[0].get<std::string>(), "witness field '" + at + "[0]'");
    for (std::size_t v = 1; v < term.size(); ++v) {
      if (!term[v].is_number_integer() || term[v].get<long long>() < 0) throw InputError("witness field '" + at + "' has a variable that is not a non-negative integer");
      auto index = term[v].get<std::uint64_t>();
      if (index >= n) {
        throw InputError("witness field '" + at + "' uses variable " + std::to_string(index) + " but '" + where +
                         "' has " + std::to_string(n) + " variables");
      }
      t.monomial.push_back(static_cast<std::uint32_t>(index));
    }
    out.push_back(std::move(t));
  }
  try {
    return Polynomial::from_terms(n, std::move(out));
  } catch (const InputError& e) {
    throw InputError("witness field '" + where + "': " + e.what());
  }
}

json witness_to_json(const Witness& w) {
  json j = {{"format", "quarks-witness"}, {"version", kWitnessFormatVersion}, {"claim", claim_id(w.claim)},
            {"paper", w.paper}, {"statement", statement(w.claim)}, {"encoding", encoding_description()},
            {"generator", w.generator.is_null() ? json::object() : w.generator},
            {"construction", w.construction.is_null() ? json::object() : w.construction}};
  j["generator"]["tool"] = std::string("quarks ") + "0.1.0";
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
  } else {
    j.update(claim_body(std::get<SelectorClaim>(w.claim)));
  }
  return j;
}

Witness witness_from_json(const json& j) {
  if (!j.is_object()) throw InputError("witness must be a JSON object");
  if (text_field(j, "format", "witness") != "quarks-witness") throw InputError("witness field 'format' must be \"quarks-witness\"");
  if (integer_field(j, "version", "witness", 0, 1000000) != kWitnessFormatVersion) {
    throw InputError("witness version " + field(j, "version", "witness").dump() + " is not supported (expected " +
                     std::to_string(kWitnessFormatVersion) + ")");
  }
  if (field(j, "encoding", "witness") != encoding_description()) {
    throw InputError("witness field 'encoding' does not describe the encoding quarks implements");
  }
  Witness w;
  const std::string id = text_field(j, "claim", "witness");
  if (id == "lemma-5.1") {
    SignVectorClaim c;
    const json& items = array_field(j, "items", "witness");
    for (std::size_t i = 0; i < items.size(); ++i) {
      const std::string where = "items[" + std::to_string(i) + "]";
      SignVectorItem it;
      it.op = operator_from_json(field(items[i], "operator", where), where + ".operator");
      it.index = static_cast<unsigned>(integer_field(items[i], "index", where, 0, BooleanOperator::kMaxArity));
      it.theta = static_cast<int>(integer_field(items[i], "theta", where, -1, 1));
      it.signs = sign_list(array_field(items[i], "signs", where), where + ".signs");
      c.items.push_back(std::move(it));
    }
    w.claim = c;
  } else if (id == "lemma-5.2") {
    AffineSelectorClaim c;
    const json& items = array_field(j, "items", "witness");
    for (std::size_t i = 0; i < items.size(); ++i) {
      const std::string where = "items[" + std::to_string(i) + "]";
      AffineSelectorItem it;
      it.k = static_cast<unsigned>(integer_field(items[i], "k", where, 1, kMaxSelectorVariables));
      it.j = static_cast<unsigned>(integer_field(items[i], "j", where, 0, kMaxSelectorVariables));
      it.signs = sign_list(array_field(items[i], "signs", where), where + ".signs");
      const json& q = array_field(items[i], "q", where);
      for (std::size_t l = 0; l < q.size(); ++l) {
        if (!q[l].is_string()) throw InputError("witness field '" + where + ".q' must hold decimal strings");
        it.coefficients.push_back(parse_bigint(q[l].get<std::string>(), "witness field '" + where + ".q'"));
      }
      c.items.push_back(std::move(it));
    }
    w.claim = c;
  } else if (id == "lemma-5.3" || id == "lemma-5.4") {
    w.claim = selector_claim_from_json(j, id);
  } else {
    throw InputError("witness claim '" + id + "' is unknown (expected lemma-5.1, lemma-5.2, lemma-5.3 or lemma-5.4)");
  }
  validate(w.claim);
  w.paper = text_field(j, "paper", "witness");
  w.generator = field(j, "generator", "witness");
  w.construction = field(j, "construction", "witness");
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
json parse_json_file(const std::string& path) {
  std::string text = read_text_file(path);
  try {
    return json::parse(text);
  } catch (const json::parse_error& e) {
    std::string what = e.what();
    throw InputError("'" + path + "' is not valid JSON: " + what.substr(what.find(']') + 2));
  }
}
}  // namespace

Witness read_witness_file(const std::string& path) {
  json j = parse_json_file(path);
  try {
    return witness_from_json(j);
  } catch (const json::exception& e) {
    throw InputError("'" + path + "': malformed witness (" + std::string(e.what()) + ")");
  }
}

void write_witness_file(const Witness& witness, const std::string& path) {
  write_file_atomically(path, witness_to_text(witness));
}

std::vector<Polynomial> read_polynomials_file(const std::string& path) {
  json j = parse_json_file(path);
  const json& inputs = array_field(j, "inputs", "inputs file");
  std::vector<Polynomial> out;
  for (std::size_t i = 0; i < inputs.size(); ++i) out.push_back(polynomial_from_json(inputs[i], "inputs[" + std::to_string(i) + "]"));
  return out;
}

void write_file_atomically(const std::string& path, const std::string& content) {
  const std::string temp = path + ".tmp-quarks";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) throw InputError("cannot write '" + path + "'");
    out << content;
    out.flush();
    if (!out) {
      out.close();
      std::remove(temp.c_str());
      throw InputError("cannot write '" + path + "'");
    }
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    std::remove(temp.c_str());
    throw InputError("cannot write '" + path + "'");
  }
}

}  // namespace quarks
