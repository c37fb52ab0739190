#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/checking.h"
#include "cli/commands.h"
#include "core/error.h"
#include "io/witness_json.h"
#include "smt/z3_checker.h"

namespace quarks::cli {

namespace {
struct CheckArgs {
  std::string file, method = "both", output_dir;
  double timeout = 60;
  unsigned seed = 0;
  std::string dump_dir;
};

void describe(std::ostream& out, const Witness& w) {
  out << "claim: " << claim_id(w.claim) << " (" << w.paper << ")\n";
  if (const auto* c = std::get_if<SelectorClaim>(&w.claim)) {
    out << "parameters: n = " << c->n << ", k = " << c->k << ", operator " << c->combine.describe() << ", degrees";
    for (int d : c->degree_bounds) out << " " << d;
    out << "\n";
  }
  out << "statement: " << statement(w.claim) << "\n";
}
}  // namespace

void add_check_command(CLI::App& app, CommandContext& context) {
  auto args = std::make_shared<CheckArgs>();
  auto* cmd = app.add_subcommand("check", "Check a witness file exhaustively and/or with Z3 "
                                          "(exit 0 verified, 1 refuted, 2 bad input, 3 unknown/timeout)");
  cmd->add_option("file", args->file, "Witness file (JSON)")->required();
  cmd->add_option("--method", args->method, "exhaustive, z3 or both (default both)");
  cmd->add_option("--timeout", args->timeout, "Time budget of the whole Z3 check, in seconds (default 60)");
  cmd->add_option("--seed", args->seed, "Z3 random seed (default 0)");
  cmd->add_option("--dump-smt2", args->dump_dir, "Also write every Z3 query as SMT-LIB2 into this directory");
  cmd->callback([args, &context]() {
    CheckSettings settings;
    settings.method = parse_method(args->method);
    if (!(args->timeout > 0) || args->timeout > 86400) throw InputError("--timeout must be in (0, 86400] seconds");
    settings.timeout_seconds = args->timeout;
    settings.random_seed = args->seed;
    settings.dump_dir = args->dump_dir;
    if (!settings.dump_dir.empty()) std::filesystem::create_directories(settings.dump_dir);
    Witness w = read_witness_file(args->file);
    if (const auto* c = std::get_if<SelectorClaim>(&w.claim)) {
      if (settings.method != Method::z3 && c->n > kMaxExhaustiveVariables) {
        throw InputError("n = " + std::to_string(c->n) + " exceeds the exhaustive limit of " +
                         std::to_string(kMaxExhaustiveVariables) + " variables (use --method z3)");
      }
    }
    describe(std::cout, w);
    auto reports = run_checks(w.claim, settings);
    for (const auto& r : reports) print_report(std::cout, r);
    Verdict verdict = overall(reports);
    if (disagree(reports)) std::cout << "WARNING: the checkers disagree; the refutation above was re-evaluated exactly\n";
    std::cout << "verdict: " << to_string(verdict) << "\n";
    context.exit_status = exit_code(verdict);
  });
}

void add_smt2_command(CLI::App& app, CommandContext& context) {
  auto args = std::make_shared<CheckArgs>();
  auto* cmd = app.add_subcommand("smt2", "Write the Z3 obligations of a witness as SMT-LIB2 files (QF_LIA; each "
                                         "is unsat iff its part of the claim holds)");
  cmd->add_option("file", args->file, "Witness file (JSON)")->required();
  cmd->add_option("-o,--output", args->output_dir, "Output directory")->required();
  cmd->callback([args, &context]() {
    Witness w = read_witness_file(args->file);
    auto obligations = smt2_obligations(w.claim, SmtOptions{});
    std::filesystem::create_directories(args->output_dir);
    std::string stem = std::filesystem::path(args->file).stem().string();
    for (const auto& o : obligations) {
      auto path = std::filesystem::path(args->output_dir) / (stem + "." + o.name + ".smt2");
      write_file_atomically(path.string(), o.smt2);
      std::cout << "wrote " << path.string() << "\n";
    }
    context.exit_status = 0;
  });
}

}  // namespace quarks::cli
