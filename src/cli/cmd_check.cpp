#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>

#include "claim/catalogue.h"
#include "claim/coverage.h"
#include "cli/checking.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "io/report_json.h"
#include "io/witness_json.h"
#include "smt/z3_checker.h"

namespace quarks::cli {

namespace {
struct CheckArgs {
  std::string file, method = "both", output_dir, report;
  double timeout = 60;
  unsigned seed = 0;
  std::string dump_dir;
  bool allow_weakened = false;
};

// The paper reference of a claim id, from the catalogue (never from the file).
// The catalogue names Theorem 4.3 "thm-4.3", like its other theorem rows.
std::string paper_reference(const std::string& id) {
  const std::string key = id == "theorem-4.3" ? "thm-4.3" : id;
  for (const auto& e : claims_catalogue()) {
    if (e.id == key) return e.reference;
  }
  return "?";
}

void describe(std::ostream& out, const Witness& w, const Coverage& scope) {
  const auto* selector = std::get_if<SelectorClaim>(&w.claim);
  const bool dense = selector && selector->selector == SelectorEncoding::dense;
  out << "claim: " << claim_id(w.claim) << " ("
      << (dense ? paper_reference("dense-selectors") + "; " + paper_reference(claim_id(w.claim))
                : paper_reference(claim_id(w.claim)))
      << ")\n";
  if (const auto* c = selector) {
    out << "parameters: n = " << c->n << ", k = " << c->k;
    if (dense) {
      out << " (dense selector variables), codes";
      for (auto code : c->codes) out << " " << code;
    }
    out << ", operator " << c->combine.describe() << ", degrees";
    for (int d : c->degree_bounds) out << " " << d;
    out << "\n";
  }
  if (const auto* c = std::get_if<LayerClaim>(&w.claim)) {
    out << "parameters: n = " << c->n << ", m = " << c->m << ", selector bits s = " << c->selector_bits() << "\n";
  }
  out << "statement: " << statement(w.claim) << "\n";
  out << "scope: " << scope.text << "\n";
}

// Weakened claims carry the note on every line, so no excerpt of the output
// can be mistaken for the lemma (docs/witness-format.md, "Weakened claims").
std::string mark_lines(const std::string& text, bool weakened) {
  if (!weakened) return text;
  std::istringstream in(text);
  std::string line, out;
  while (std::getline(in, line)) out += line + " " + kWeakenedNote + "\n";
  return out;
}

// Test-only fault injection (QUARKS_TEST_INJECT_FAULT=walk): every exhaustive
// walk reports a violation at its first point. It can only turn a result into
// a disagreement or an unconfirmed refutation, never into "verified".
void apply_fault_injection(CheckSettings& settings) {
  const char* fault = std::getenv("QUARKS_TEST_INJECT_FAULT");
  if (fault == nullptr) return;
  if (std::string(fault) != "walk") throw InputError("QUARKS_TEST_INJECT_FAULT must be 'walk'");
  std::cerr << "quarks: TEST FAULT INJECTION ACTIVE (QUARKS_TEST_INJECT_FAULT=walk)\n";
  settings.exhaustive.corrupt_walk = [](WalkResult& walk) {
    if (!walk.failure) walk.failure = 0;
  };
}
}  // namespace

void add_check_command(CLI::App& app, CommandContext& context) {
  auto args = std::make_shared<CheckArgs>();
  auto* cmd = app.add_subcommand("check", "Check a witness file exhaustively and/or with Z3 (exit 0 verified, "
                                          "1 refuted, 2 bad input, 3 unknown/timeout/error, 4 checkers disagree)");
  cmd->add_option("file", args->file, "Witness file (JSON)")->required();
  cmd->add_option("--method", args->method, "exhaustive, z3 or both (default both)");
  add_timeout_option(cmd, args->timeout, "Time budget of the whole Z3 check, in seconds (default 60)");
  cmd->add_option("--seed", args->seed, "Z3 random seed (default 0)")->check(decimal_integer());
  cmd->add_option("--dump-smt2", args->dump_dir, "Also write every Z3 query as SMT-LIB2 into this directory");
  cmd->add_option("--report", args->report, "Also write a JSON report of the check to this file");
  cmd->add_flag("--allow-weakened", args->allow_weakened,
                "Accept strict_on: selector-points (not the lemma: every output line then says weakened)");
  cmd->callback([args, &context]() {
    CheckSettings settings;
    settings.method = parse_method(args->method);
    settings.timeout_seconds = args->timeout;
    settings.random_seed = args->seed;
    settings.dump_dir = args->dump_dir;
    Witness w = read_witness_file(args->file);
    if (!args->report.empty()) {
      require_output_file(args->report);
      std::error_code ec;
      if (std::filesystem::equivalent(args->report, args->file, ec)) {
        throw InputError("--report '" + args->report + "' is the witness file itself");
      }
    }
    if (!settings.dump_dir.empty()) require_output_directory(settings.dump_dir);
    const Coverage scope = coverage(w.claim);
    if (scope.weakened && !args->allow_weakened) {
      throw InputError("'" + args->file + "' says strict_on: selector-points, a weaker claim than the lemma "
                       "(gates may be 0 off the selector points); pass --allow-weakened to check it anyway");
    }
    std::uint32_t variables = 0;
    if (const auto* c = std::get_if<SelectorClaim>(&w.claim)) variables = c->n;
    if (const auto* c = std::get_if<LayerClaim>(&w.claim)) variables = c->n;
    if (settings.method != Method::z3 && variables > kMaxExhaustiveVariables) {
      throw InputError("n = " + std::to_string(variables) + " exceeds the exhaustive limit of " +
                       std::to_string(kMaxExhaustiveVariables) + " variables (use --method z3)");
    }
    apply_fault_injection(settings);
    if (!settings.dump_dir.empty()) std::filesystem::create_directories(settings.dump_dir);

    std::ostringstream out;
    describe(out, w, scope);
    std::cout << mark_lines(out.str(), scope.weakened) << std::flush;
    out.str("");
    auto reports = run_checks(w.claim, settings);
    for (const auto& r : reports) print_report(out, r);
    const Verdict verdict = overall(reports);
    if (disagree(reports)) {
      const std::string alarm =
          "CHECKER DISAGREEMENT: one checker verified what the other refuted. This is a bug in quarks, "
          "not a verdict on the claim; please report it with this witness file.";
      out << alarm << "\n";
      std::cerr << "quarks: " << alarm << "\n";
    }
    out << "verdict: " << to_string(verdict) << " (" << scope.text << ")\n";
    std::cout << mark_lines(out.str(), scope.weakened);
    if (!args->report.empty()) {
      write_file_atomically(args->report, check_report_json(w.claim, scope, reports, verdict));
    }
    context.exit_status = exit_code(verdict);
  });
}

void add_smt2_command(CLI::App& app, CommandContext& context) {
  auto args = std::make_shared<CheckArgs>();
  auto* cmd = app.add_subcommand("smt2", "Write the Z3 obligations of a witness and their bound companions as "
                                         "SMT-LIB2 files (QF_LIA), each headed with the answer found by solving it "
                                         "(exit 3 undecided, 4 disagreement: then no file is written)");
  cmd->add_option("file", args->file, "Witness file (JSON)")->required();
  cmd->add_option("-o,--output", args->output_dir, "Output directory")->required();
  cmd->add_flag("--allow-weakened", args->allow_weakened, "Accept strict_on: selector-points");
  add_timeout_option(cmd, args->timeout, "Time budget for solving all obligations, in seconds (default 60)");
  cmd->callback([args, &context]() {
    Witness w = read_witness_file(args->file);
    require_output_directory(args->output_dir);
    if (coverage(w.claim).weakened && !args->allow_weakened) {
      throw InputError("'" + args->file + "' says strict_on: selector-points; pass --allow-weakened to export it");
    }
    // Every obligation is solved before any file is written, so an undecided
    // one leaves no partial set behind.
    smt::SmtOptions options;
    options.timeout_seconds = args->timeout;
    auto obligations = smt::smt2_obligations(w.claim, options);
    std::filesystem::create_directories(args->output_dir);
    std::string stem = std::filesystem::path(args->file).stem().string();
    // All or none: a parent without its companion files would rest on
    // bounds nothing proves.
    std::vector<std::pair<std::string, std::string>> files;
    for (const auto& o : obligations) {
      files.emplace_back((std::filesystem::path(args->output_dir) / (stem + "." + o.name + ".smt2")).string(), o.smt2);
    }
    write_files_atomically(files);
    for (const auto& [path, text] : files) std::cout << "wrote " << path << "\n";
    context.exit_status = 0;
  });
}

}  // namespace quarks::cli
