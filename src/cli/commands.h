#pragma once
// Each `quarks` subcommand registers itself on the CLI11 app. Callbacks report
// their exit status through the context; bad input is thrown as InputError and
// turned into one line on stderr and exit code 2 by main().
#include <CLI/CLI.hpp>

namespace quarks::cli {

struct CommandContext {
  int exit_status = 0;
};

void add_list_command(CLI::App& app, CommandContext& context);
void add_witness_command(CLI::App& app, CommandContext& context);
void add_check_command(CLI::App& app, CommandContext& context);
void add_smt2_command(CLI::App& app, CommandContext& context);
void add_run_command(CLI::App& app, CommandContext& context);
void add_capacity_command(CLI::App& app, CommandContext& context);
void add_count_command(CLI::App& app, CommandContext& context);   // cmd_count.cpp: certified counts (docs/capacity.md)
void add_count_set_commands(CLI::App* count, CommandContext& context);  // cmd_count_sets.cpp: composed, gated-layer
void add_not_ltf_command(CLI::App& app, CommandContext& context);  // Z3: B is no single LTF (journal, XOR)
void add_depth_command(CLI::App& app, CommandContext& context);  // cmd_depth.cpp: depth reduction (docs/depth.md)
void add_dot_command(CLI::App& app, CommandContext& context);    // cmd_dot.cpp: Graphviz DOT of circuits
void add_eval_command(CLI::App& app, CommandContext& context);   // cmd_eval.cpp: unit values at given inputs
void add_prove_command(CLI::App& app, CommandContext& context);   // cmd_prove.cpp: parametric proofs (docs/parametric-proofs.md)
void add_approx_command(CLI::App& app, CommandContext& context);  // cmd_approx.cpp: universal approximation (docs/approximation.md)
void add_export_command(CLI::App& app, CommandContext& context);  // cmd_export.cpp: witnesses as Coq files (docs/formal-proofs.md)

}  // namespace quarks::cli
