// `quarks eval FILE (--at BITS ... | --all) [--json]` and
// `quarks eval --circuit NAME [--m M] [--n N] --at REALS ... [--json]`: the value of every unit
// of a witness's circuit (src/render/witness_circuit.h), exactly, or of a named circuit
// (src/render/named_circuits.h) in doubles, at given inputs. Grammar and output: README,
// "quarks eval". Exit 0; 1 when a threshold unit's activation is exactly 0 at a requested point
// (it has no value there; nothing is printed); 2 on bad input.
#include <charconv>
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "approx/expr.h"
#include "circuit/evaluate.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "core/error.h"
#include "io/eval_json.h"
#include "io/witness_json.h"
#include "render/named_circuits.h"
#include "render/witness_circuit.h"

namespace quarks::cli {

namespace {

using circuit::Activation;
using circuit::Circuit;
using circuit::NodeId;

// --all prints 2^n rows: up to 65536.
constexpr std::uint32_t kMaxTruthTableInputs = 16;

std::string input_names(const Circuit& c) {
  std::string names;
  for (NodeId id : c.inputs()) names += (names.empty() ? "" : " ") + c.node(id).name;
  return names;
}

// BITS: exactly one character '0' or '1' per input, input 0 first.
std::vector<BigInt> parse_bits(const std::string& text, const Circuit& c) {
  const std::size_t n = c.inputs().size();
  if (text.size() != n || text.find_first_not_of("01") != std::string::npos) {
    throw InputError("--at '" + text + "' must be " + std::to_string(n) + " characters 0 or 1, one per input (" +
                     input_names(c) + ")");
  }
  std::vector<BigInt> bits;
  for (char ch : text) bits.emplace_back(ch - '0');
  return bits;
}

// REALS: one decimal per input, comma-separated, in the grammar of docs/approximation.md with a
// sign; the value used is the double nearest the decimal.
std::vector<double> parse_reals(const std::string& text, const Circuit& c, std::vector<std::string>& parts) {
  parts.clear();
  std::size_t start = 0;
  while (true) {
    const std::size_t comma = text.find(',', start);
    parts.push_back(text.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  if (parts.size() != c.inputs().size()) {
    throw InputError("--at '" + text + "' has " + std::to_string(parts.size()) + " values; the circuit has " +
                     std::to_string(c.inputs().size()) + " inputs (" + input_names(c) + ")");
  }
  std::vector<double> values;
  for (const std::string& part : parts) {
    approx::parse_decimal(part, "--at value", true);  // the grammar; InputError names the value
    double v = 0;
    const auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), v);
    if (ec != std::errc() || end != part.data() + part.size()) {
      throw InputError("--at value '" + part + "' is outside the range of a double");
    }
    values.push_back(v);
  }
  return values;
}

std::string signed_text(const BigInt& v) { return (v > 0 ? "+" : "") + to_string(v); }

// A table with left-aligned columns, two spaces apart.
void print_columns(const std::vector<std::vector<std::string>>& rows, const std::string& indent) {
  std::vector<std::size_t> widths;
  for (const auto& r : rows) {
    widths.resize(std::max(widths.size(), r.size()));
    for (std::size_t i = 0; i < r.size(); ++i) widths[i] = std::max(widths[i], r[i].size());
  }
  for (const auto& r : rows) {
    std::string line = indent;
    for (std::size_t i = 0; i < r.size(); ++i) {
      line += r[i];
      if (i + 1 < r.size()) line += std::string(widths[i] + 2 - r[i].size(), ' ');
    }
    std::cout << line << "\n";
  }
}

bool is_output(const Circuit& c, NodeId id) {
  for (NodeId o : c.outputs()) {
    if (o == id) return true;
  }
  return false;
}

void print_exact(const Circuit& c, const std::vector<std::string>& points, const std::vector<circuit::ExactTrace>& traces,
                 bool truth_table) {
  std::cout << "inputs: " << input_names(c) << "\n";
  if (truth_table) {  // one row per point: every unit's f(S), then the outputs' values
    std::vector<std::vector<std::string>> rows(1, {"point"});
    for (const circuit::Node& node : c.nodes()) {
      if (node.activation != Activation::Input) rows[0].push_back(node.name);
    }
    rows[0].push_back("output");
    for (std::size_t p = 0; p < traces.size(); ++p) {
      std::vector<std::string> row{points[p]};
      for (NodeId id = 0; id < c.size(); ++id) {
        if (c.node(id).activation != Activation::Input) row.push_back(signed_text(traces[p].raw[id]));
      }
      std::string out;
      for (NodeId o : c.outputs()) out += (out.empty() ? "" : " ") + signed_text(traces[p].output[o]);
      row.push_back(out);
      rows.push_back(row);
    }
    print_columns(rows, "");
    return;
  }
  for (std::size_t p = 0; p < traces.size(); ++p) {
    std::cout << "at " << points[p] << "\n";
    std::vector<std::vector<std::string>> rows{{"unit", "activation", "S", "f(S)", "O"}};
    for (NodeId id = 0; id < c.size(); ++id) {
      const circuit::Node& node = c.node(id);
      if (node.activation == Activation::Input) continue;
      rows.push_back({node.name, std::string(circuit::activation_name(node.activation)),
                      node.activation == Activation::Boolean ? "-" : to_string(traces[p].activation[id]),
                      signed_text(traces[p].raw[id]),
                      signed_text(traces[p].output[id]) + (is_output(c, id) ? "  (output)" : "")});
    }
    print_columns(rows, "  ");
  }
}

void print_real(const Circuit& c, const std::vector<std::vector<std::string>>& points,
                const std::vector<std::vector<double>>& values) {
  std::cout << "inputs: " << input_names(c) << "\n";
  for (std::size_t p = 0; p < values.size(); ++p) {
    std::string at;
    for (const auto& t : points[p]) at += (at.empty() ? "" : ",") + t;
    std::cout << "at " << at << "\n";
    std::vector<std::vector<std::string>> rows{{"unit", "activation", "O"}};
    for (NodeId id = 0; id < c.size(); ++id) {
      const circuit::Node& node = c.node(id);
      if (node.activation == Activation::Input) continue;
      std::ostringstream v;
      v << std::setprecision(17) << values[p][id];
      rows.push_back({node.name, std::string(circuit::activation_name(node.activation)),
                      v.str() + (is_output(c, id) ? "  (output)" : "")});
    }
    print_columns(rows, "  ");
  }
}

struct EvalOptions {
  std::string file, circuit, m, n;
  std::vector<std::string> at;
  bool all = false, json = false;
};

// Returns the exit status.
int eval_witness(const EvalOptions& o) {
  EvalSubject subject;
  if (!o.m.empty() || !o.n.empty()) throw InputError("--m and --n go with --circuit");
  const Witness w = read_witness_file(o.file);
  const Circuit c = render::circuit_from_claim(w.claim);  // InputError for lemma-5.1 / 5.2
  subject.witness = o.file;
  subject.claim = claim_id(w.claim);
  subject.paper = w.paper;
  std::vector<std::string> points;
  std::vector<std::vector<BigInt>> inputs;
  if (o.all) {
    const std::size_t n = c.inputs().size();
    if (n > kMaxTruthTableInputs) {
      throw InputError("--all: " + std::to_string(n) + " inputs is above " +
                       std::to_string(kMaxTruthTableInputs) + " (2^n rows); use --at");
    }
    for (std::uint64_t mask = 0; mask < (std::uint64_t{1} << n); ++mask) {
      std::string bits;
      std::vector<BigInt> values;
      for (std::size_t v = 0; v < n; ++v) {
        bits += (mask >> v & 1U) ? '1' : '0';
        values.emplace_back(static_cast<int>(mask >> v & 1U));
      }
      points.push_back(bits);
      inputs.push_back(values);
    }
  } else {
    for (const auto& text : o.at) {
      inputs.push_back(parse_bits(text, c));
      points.push_back(text);
    }
  }
  const circuit::ExactEvaluator evaluator(c);
  std::vector<circuit::ExactTrace> traces;
  for (std::size_t p = 0; p < inputs.size(); ++p) {
    try {
      traces.push_back(evaluator.trace(inputs[p]));
    } catch (const NonStrictError& e) {
      std::cerr << "quarks: at " << points[p] << ": " << e.what() << "; the unit has no value there\n";
      return 1;
    }
  }
  if (o.json) {
    std::cout << exact_eval_json(subject, c, points, traces);
  } else {
    std::cout << subject.claim << (subject.paper.empty() ? "" : " (" + subject.paper + ")") << ": " << o.file
              << "\n";
    print_exact(c, points, traces, o.all);
  }
  return 0;
}

int eval_circuit(const EvalOptions& o) {
  EvalSubject subject;
  if (o.all) throw InputError("--all goes with a witness file; --circuit takes --at REALS");
  const std::size_t m = parse_size(o.m.empty() ? "2" : o.m, "m", render::kMaxDotSize);
  const std::size_t n = parse_size(o.n.empty() ? "3" : o.n, "n", render::kMaxDotSize);
  const Circuit c = render::build_named_circuit(o.circuit, m, n);
  subject.circuit = o.circuit;
  subject.m = m;
  subject.n = n;
  std::vector<std::vector<std::string>> points;
  std::vector<std::vector<double>> inputs;
  for (const auto& text : o.at) {
    std::vector<std::string> parts;
    inputs.push_back(parse_reals(text, c, parts));
    points.push_back(parts);
  }
  const circuit::CompiledCircuit compiled(c);
  std::vector<std::vector<double>> values;
  for (std::size_t p = 0; p < inputs.size(); ++p) {
    values.emplace_back(c.size());
    try {
      compiled.evaluate_all(inputs[p], values.back());
    } catch (const NonStrictError& e) {
      std::cerr << "quarks: at point " << p + 1 << ": " << e.what() << "; the unit has no value there\n";
      return 1;
    }
  }
  if (o.json) {
    std::cout << real_eval_json(subject, c, points, values);
  } else {
    std::cout << o.circuit << " (m = " << m << ", n = " << n << ")\n";
    print_real(c, points, values);
  }
  return 0;
}

}  // namespace

void add_eval_command(CLI::App& app, CommandContext& context) {
  auto options = std::make_shared<EvalOptions>();
  CLI::App* cmd = app.add_subcommand(
      "eval", "Value of every unit of a witness's circuit (exact) or of a named circuit (doubles) at given inputs");
  cmd->add_option("file", options->file, "witness file (JSON): lemma-5.3, lemma-5.4 or theorem-4.3");
  cmd->add_option("--at", options->at,
                  "a point: BITS (one 0/1 per input, input 0 first) for a witness, REALS (decimals separated by "
                  "commas) for --circuit; may be repeated")
      ->allow_extra_args(false);
  cmd->add_flag("--all", options->all,
                "every point of {0,1}^n (n <= " + std::to_string(kMaxTruthTableInputs) + "): the truth table");
  cmd->add_option("--circuit", options->circuit, "a named circuit of quarks dot circuit (see quarks dot circuit --help)");
  cmd->add_option("--m", options->m, "with --circuit: m (1.." + std::to_string(render::kMaxDotSize) + ", default 2)")
      ->check(decimal_integer());
  cmd->add_option("--n", options->n, "with --circuit: n (1.." + std::to_string(render::kMaxDotSize) + ", default 3)")
      ->check(decimal_integer());
  cmd->add_flag("--json", options->json, "one JSON object (README, \"quarks eval\")");
  cmd->callback([options, &context]() {
    const EvalOptions& o = *options;
    if (o.file.empty() == o.circuit.empty()) throw InputError("eval needs a witness file or --circuit NAME (not both)");
    if (o.all == !o.at.empty()) throw InputError("eval needs --at POINT (one or more) or --all (not both)");
    context.exit_status = o.file.empty() ? eval_circuit(o) : eval_witness(o);
  });
}

}  // namespace quarks::cli
