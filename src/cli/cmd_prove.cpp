#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <vector>

#include "cli/commands.h"
#include "cli/options.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "prove/parametric.h"

namespace quarks::cli {

void add_prove_command(CLI::App& app, CommandContext& context) {
  struct Args {
    std::string claim, up_to, out, seed = "0";
    double timeout = 60;
    bool list = false;
  };
  auto args = std::make_shared<Args>();
  auto* cmd = app.add_subcommand(
      "prove", "Prove a lemma for all parameters at each size 1..SIZE with Z3 (docs/parametric-proofs.md); exit 0 "
               "as expected, 1 refuted, 3 undecided, 4 disagreement");
  cmd->add_option("claim", args->claim, "Claim id (quarks prove --list)");
  cmd->add_flag("--list", args->list, "List the parametric claims");
  cmd->add_option("--up-to", args->up_to, "Largest size to prove (default: the golden sizes)")
      ->check(decimal_integer());
  add_timeout_option(cmd, args->timeout, "Z3 time limit in seconds for each size (default 60)");
  cmd->add_option("--seed", args->seed, "smt.random_seed (default 0)")->check(decimal_integer());
  cmd->add_option("-o,--out", args->out, "Write each size's obligations as SMT-LIB2 into this directory");
  cmd->callback([args, &context]() {
    if (args->list) {
      for (const auto& c : prove::parametric_claims()) {
        std::printf("%-28s %-40s SIZE = %s in 1..%u\n    %s\n", c.id.c_str(), c.paper.c_str(),
                    prove::to_string(c.size).c_str(), c.max_size, c.statement.c_str());
      }
      context.exit_status = 0;
      return;
    }
    if (args->claim.empty()) throw InputError("prove needs a claim id (quarks prove --list)");
    const prove::ParametricClaim& claim = prove::find_parametric_claim(args->claim);
    unsigned up_to = claim.golden_up_to;
    if (!args->up_to.empty()) up_to = static_cast<unsigned>(parse_size(args->up_to, "up-to", claim.max_size));
    prove::ProveOptions options;
    options.timeout_seconds = args->timeout;
    options.random_seed =
        args->seed == "0" ? 0U : static_cast<unsigned>(parse_size(args->seed, "seed", std::size_t{1} << 30));
    if (!args->out.empty()) {
      std::error_code ec;
      std::filesystem::create_directories(args->out, ec);
      if (!std::filesystem::is_directory(args->out)) throw InputError("cannot create output directory " + args->out);
    }
    std::vector<Verdict> verdicts;
    for (unsigned size = 1; size <= up_to; ++size) {
      const prove::SizeResult r = prove::prove_size(claim, size, options);
      std::string answers;
      for (const auto& ob : r.obligations) answers += (answers.empty() ? "" : ", ") + ob.name + (ob.sat ? " sat" : " unsat");
      const bool refuted_as_expected =
          claim.expected == prove::Expectation::refuted && r.outcome == prove::Outcome::refuted && r.verdict == Verdict::verified;
      std::printf("%s %s = %u: %s%s (%zu obligations%s%s) %.2f s%s%s\n", claim.id.c_str(),
                  prove::to_string(claim.size).c_str(), size, prove::to_string(r.outcome).c_str(),
                  refuted_as_expected ? " as expected" : "",
                  r.obligations.size(), answers.empty() ? "" : ": ", answers.c_str(), r.seconds,
                  r.detail.empty() ? "" : "; ", r.detail.c_str());
      std::fflush(stdout);
      if (!args->out.empty()) {
        for (const auto& ob : r.obligations) {
          AtomicOutputFile f((std::filesystem::path(args->out) / ob.file).string());
          f.stream() << ob.smt2;
          f.commit();
        }
      }
      verdicts.push_back(r.verdict);
      if (r.outcome == prove::Outcome::undecided || r.outcome == prove::Outcome::disagreement) break;
    }
    context.exit_status = verdicts.empty() ? 0 : exit_code(worst(verdicts));
  });
}

}  // namespace quarks::cli
