#include <iostream>
#include <memory>

#include "cli/checking.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "io/witness_json.h"
#include "smt/realizability.h"

namespace quarks::cli {

void add_not_ltf_command(CLI::App& app, CommandContext& context) {
  struct Args {
    std::string op, smt2;
    double timeout = 60;
  };
  auto args = std::make_shared<Args>();
  auto* cmd = app.add_subcommand("not-ltf", "Prove with Z3 that a Boolean function is no single linear threshold gate "
                                            "(journal: XOR); exit 0 proved, 1 realizable (realization printed)");
  cmd->add_option("--op", args->op, "Operator: a name (XOR, ...) or tt:<bits>")->required();
  cmd->add_option("--smt2", args->smt2, "Also write the query as SMT-LIB2 to this file");
  add_timeout_option(cmd, args->timeout, "Z3 time limit in seconds (default 60)");
  cmd->callback([args, &context]() {
    BooleanOperator op = BooleanOperator::parse(args->op);
    if (!args->smt2.empty()) write_file_atomically(args->smt2, smt::not_threshold_smt2(op, args->timeout));
    CheckReport r = smt::check_not_threshold(op, args->timeout);
    std::cout << "claim: " << op.describe() << " is not a linear threshold function of " << op.arity()
              << " inputs\n";
    print_report(std::cout, r);
    context.exit_status = exit_code(r.verdict);
  });
}

}  // namespace quarks::cli
