// `quarks dot witness FILE [-o OUT]` and `quarks dot circuit NAME --m M --n N [-o OUT]`:
// Graphviz DOT text of a witness's circuit (src/render/witness_circuit.h) or of a built circuit
// (src/render/named_circuits.h). Render with e.g. `dot -Tsvg OUT.dot -o OUT.svg`.
#include <charconv>
#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/options.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "io/witness_json.h"
#include "render/dot.h"
#include "render/named_circuits.h"
#include "render/witness_circuit.h"

namespace quarks::cli {

namespace {

void emit(const std::string& dot, const std::string& output) {
  if (output.empty()) {
    std::cout << dot;
  } else {
    write_file_atomically(output, dot);
    std::cout << "wrote " << output << "\n";
  }
}

std::string circuit_names_help() {
  std::string help = "circuit name, one of:";
  for (const auto& c : render::named_circuits()) help += "\n    " + c.name + ": " + c.description;
  return help;
}

}  // namespace

void add_dot_command(CLI::App& app, CommandContext& context) {
  struct Options {
    std::string file, name, m = "2", n = "3", output;
    bool legend = false, flat = false;
  };
  auto options = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("dot", "Graphviz DOT of a witness's circuit or of a named circuit (SM or gated)");
  cmd->require_subcommand(1);

  auto common = [options](CLI::App* sub) {
    sub->add_option("-o,--output", options->output, "write the DOT text to this file (atomically) instead of stdout");
    sub->add_flag("--legend", options->legend, "add a legend of the edge styles that occur");
    sub->add_flag("--no-clusters", options->flat, "do not draw groups (vectors, layers) as clusters");
  };
  auto settings = [options](std::string title) {
    render::DotOptions o;
    o.title = std::move(title);
    o.legend = options->legend;
    o.clusters = !options->flat;
    return o;
  };

  CLI::App* witness = cmd->add_subcommand(
      "witness", "the circuit of a witness: lemma-5.3/5.4: sign gates F_j, selector z by multiplexing (Eq. 5.8), "
                 "output B(F_0..F_k) (Eq. 5.9); theorem-4.3: m pairs h_i output-gated by g_i, output phi "
                 "(Eqs. 4.13-4.15)");
  witness->add_option("file", options->file, "witness file (JSON)")->required();
  common(witness);
  witness->callback([options, settings, &context]() {
    Witness w = read_witness_file(options->file);
    circuit::Circuit c = render::circuit_from_claim(w.claim);  // InputError for lemma-5.1 / 5.2
    std::string title = claim_id(w.claim);
    if (!w.paper.empty()) title += " (" + w.paper + ")";
    emit(render::to_dot(c, settings(title)), options->output);
    context.exit_status = 0;
  });

  CLI::App* built = cmd->add_subcommand("circuit", "a circuit of src/circuit built at sizes m, n");
  built->add_option("name", options->name, circuit_names_help())->required();
  built->add_option("--m", options->m, "vector / head dimension m (1.." + std::to_string(render::kMaxDotSize) + ", default 2)")->check(decimal_integer());
  built->add_option("--n", options->n, "softmax length / token count n (1.." + std::to_string(render::kMaxDotSize) + ", default 3)")->check(decimal_integer());
  common(built);
  built->callback([options, settings, &context]() {
    std::size_t m = parse_size(options->m, "m", render::kMaxDotSize);
    std::size_t n = parse_size(options->n, "n", render::kMaxDotSize);
    circuit::Circuit c = render::build_named_circuit(options->name, m, n);
    std::string title = options->name + " (m = " + std::to_string(m) + ", n = " + std::to_string(n) + ")";
    emit(render::to_dot(c, settings(title)), options->output);
    context.exit_status = 0;
  });
}

}  // namespace quarks::cli
