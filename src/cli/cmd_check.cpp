#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>

#include "claim/catalogue.h"
#include "claim/coverage.h"
#include "cli/build_info.h"
#include "cli/check_files.h"
#include "cli/checking.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "io/junit_xml.h"
#include "io/report_json.h"
#include "io/witness_json.h"
#include "smt/z3_checker.h"

namespace quarks::cli {

namespace fs = std::filesystem;

namespace {
struct CheckArgs {
  std::string file, method = "both", output_dir, report, junit;
  std::vector<std::string> paths;  // quarks check: files or directories
  unsigned jobs = 1;
  std::string threads = "0";
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

// Several files (or a directory): one verdict line per file, then the summary
// line; --report and --junit describe every file (docs/ci.md).
std::string verdict_line(const FileCheck& file) {
  std::string line = file.path + ": ";
  const FileOutcome o = outcome(file);
  if (o == FileOutcome::bad_input) return line + "bad input: " + file.error;
  line += to_string(file.verdict) + " (" + file.scope.text + ")";
  if (o == FileOutcome::disagreement) line += ": CHECKER DISAGREEMENT (a bug in quarks, not a verdict on the claim)";
  for (const auto& r : file.reports) {
    if (o == FileOutcome::verified || r.verdict != file.verdict) continue;
    line += " -- " + to_string(r.method) + ": " + (r.reason.empty() ? to_string(r.verdict) : r.reason);
    if (r.counterexample) line += "; counterexample (re-evaluated exactly): " + *r.counterexample;
    break;
  }
  if (file.scope.weakened) line += std::string(" ") + kWeakenedNote;
  return line;
}

std::string summary_line(const std::vector<FileCheck>& files) {
  std::size_t count[5] = {0, 0, 0, 0, 0};
  for (const auto& f : files) ++count[static_cast<int>(outcome(f))];
  std::string line = "summary: " + std::to_string(count[0]) + " verified, " + std::to_string(count[1]) +
                     " refuted, " + std::to_string(count[2]) + " bad input, " + std::to_string(count[3]) +
                     " undecided";
  if (count[4] > 0) line += ", " + std::to_string(count[4]) + " CHECKER DISAGREEMENT";
  return line + " (" + std::to_string(files.size()) + (files.size() == 1 ? " file)" : " files)");
}

std::string utc_timestamp() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &utc);
  return text;
}

std::string host_name() {
  char name[256] = {};
  if (gethostname(name, sizeof name - 1) != 0 || name[0] == '\0') return "localhost";
  return name;
}

// True if `path` would be written inside `directory` (both made absolute).
bool lies_inside(const fs::path& path, const fs::path& directory) {
  const fs::path p = fs::weakly_canonical(fs::absolute(path));
  return std::mismatch(directory.begin(), directory.end(), p.begin(), p.end()).first == directory.end();
}

// An output file (--report, --junit) is bad input if it cannot be written, is
// one of the files checked, or lies inside a directory being walked (the next
// run would read it as a witness).
void require_check_output(const std::string& option, const std::string& path, const WitnessFiles& inputs) {
  if (path.empty()) return;
  require_output_file(path);
  for (const auto& file : inputs.files) {
    std::error_code ec;
    if (fs::equivalent(path, file, ec)) throw InputError(option + " '" + path + "' is a witness file being checked");
  }
  for (const auto& directory : inputs.directories) {
    if (lies_inside(path, directory)) {
      throw InputError(option + " '" + path + "' lies inside '" + directory.string() +
                       "', a directory being checked; write it elsewhere");
    }
  }
}

std::string junit_xml(const std::vector<FileCheck>& files, const CheckArgs& args, double seconds,
                      const std::string& system_out, const std::string& system_err) {
  JunitRun run;
  run.timestamp = utc_timestamp();
  run.hostname = host_name();
  run.seconds = seconds;
  run.properties = {{"quarks.version", quarks_version()}, {"method", args.method},
                    {"timeout", (std::ostringstream() << args.timeout).str()}, {"seed", std::to_string(args.seed)},
                    {"allow_weakened", args.allow_weakened ? "true" : "false"}};
  run.system_out = system_out;
  run.system_err = system_err;
  return check_junit_xml(files, run);
}

void check_many(const CheckArgs& args, CommandContext& context, const CheckSettings& settings) {
  const auto start = std::chrono::steady_clock::now();
  const WitnessFiles inputs = collect_witness_files(args.paths);
  if (!settings.dump_dir.empty()) throw InputError("--dump-smt2 takes one witness file, not a directory or several");
  require_check_output("--report", args.report, inputs);
  require_check_output("--junit", args.junit, inputs);
  std::string system_out, system_err;
  const auto files = check_witness_files(inputs.files, settings, args.allow_weakened, args.jobs,
                                         [&](const FileCheck& file) {
                                           const std::string line = verdict_line(file) + "\n";
                                           std::cout << line << std::flush;
                                           system_out += line;
                                           if (outcome(file) == FileOutcome::disagreement) {
                                             const std::string alarm = "quarks: CHECKER DISAGREEMENT on '" +
                                                                       file.path + "': a bug in quarks; please "
                                                                       "report it with this witness file.\n";
                                             std::cerr << alarm;
                                             system_err += alarm;
                                           }
                                         });
  const std::string summary = summary_line(files) + "\n";
  std::cout << summary;
  system_out += summary;
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::vector<std::pair<std::string, std::string>> outputs;
  if (!args.report.empty()) outputs.emplace_back(args.report, check_files_report_json(files));
  if (!args.junit.empty()) outputs.emplace_back(args.junit, junit_xml(files, args, seconds, system_out, system_err));
  write_files_atomically(outputs);
  context.exit_status = exit_code(worst_outcome(files));
}
}  // namespace

void add_check_command(CLI::App& app, CommandContext& context) {
  auto args = std::make_shared<CheckArgs>();
  auto* cmd = app.add_subcommand(
      "check", "Check witness files exhaustively and/or with Z3: one FILE in detail, or a directory (every *.json "
               "below it) or several files, one verdict line each and a summary (exit 0 verified, 1 refuted, "
               "2 bad input, 3 unknown/timeout/error, 4 checkers disagree; several files: the worst)");
  cmd->add_option("paths", args->paths, "Witness files (JSON) or directories")->required();
  cmd->add_option("--method", args->method, "exhaustive, z3 or both (default both)");
  add_timeout_option(cmd, args->timeout, "Time budget of the whole Z3 check of each file, in seconds (default 60)");
  cmd->add_option("--seed", args->seed, "Z3 random seed (default 0)")->check(decimal_integer());
  cmd->add_option("--dump-smt2", args->dump_dir,
                  "Also write every Z3 query as SMT-LIB2 into this directory (one witness file only)");
  cmd->add_option("--report", args->report, "Also write a JSON report of the check to this file");
  cmd->add_option("--junit", args->junit, "Also write JUnit XML to this file: one testcase per witness file");
  cmd->add_option("--jobs", args->jobs, "Files checked at the same time (default 1)")
      ->check(decimal_integer())
      ->check(CLI::Range(1u, 256u));
  cmd->add_option("--threads", args->threads,
                  "Threads of each exhaustive walk and of each Z3 check (default 0: all cores, shared among --jobs); the verdict does not depend on it unless Z3 runs out of time")
      ->check(decimal_integer());
  cmd->add_flag("--allow-weakened", args->allow_weakened,
                "Accept strict_on: selector-points (not the lemma: every output line then says weakened)");
  cmd->callback([args, &context]() {
    CheckSettings settings;
    settings.method = parse_method(args->method);
    settings.timeout_seconds = args->timeout;
    settings.random_seed = args->seed;
    settings.dump_dir = args->dump_dir;
    settings.exhaustive.threads = thread_count(args->threads);
    settings.smt_threads = settings.exhaustive.threads;
    std::error_code ec;
    if (args->paths.size() != 1 || fs::is_directory(args->paths[0], ec)) {
      // By default the cores are shared among the --jobs files checked at
      // once, so --jobs 2 on 2 cores runs two one-thread checks, not four threads.
      if (bounded_integer(args->threads, "--threads", 0, 1024) == 0 && args->jobs > 1) {
        settings.exhaustive.threads = std::max(1u, settings.exhaustive.threads / args->jobs);
        settings.smt_threads = settings.exhaustive.threads;
      }
      apply_fault_injection(settings);
      check_many(*args, context, settings);
      return;
    }
    // One file: the detailed output, exit codes and --report of README.
    const auto start = std::chrono::steady_clock::now();
    const std::string& file = args->paths[0];
    Witness w = read_witness_file(file);
    for (const auto& [option, path] : {std::pair{"--report", args->report}, std::pair{"--junit", args->junit}}) {
      if (path.empty()) continue;
      require_output_file(path);
      if (std::filesystem::equivalent(path, file, ec)) {
        throw InputError(std::string(option) + " '" + path + "' is the witness file itself");
      }
    }
    if (!settings.dump_dir.empty()) require_output_directory(settings.dump_dir);
    const Coverage scope = coverage(w.claim);
    require_checkable(w, scope, file, settings, args->allow_weakened);
    apply_fault_injection(settings);
    if (!settings.dump_dir.empty()) std::filesystem::create_directories(settings.dump_dir);

    std::ostringstream out;
    describe(out, w, scope);
    std::string printed = mark_lines(out.str(), scope.weakened);
    std::cout << printed << std::flush;
    out.str("");
    auto reports = run_checks(w.claim, settings);
    for (const auto& r : reports) print_report(out, r);
    const Verdict verdict = overall_verdict(reports);
    std::string alarm;
    if (checkers_disagree(reports)) {
      alarm = "CHECKER DISAGREEMENT: one checker verified what the other refuted. This is a bug in quarks, "
              "not a verdict on the claim; please report it with this witness file.";
      out << alarm << "\n";
      std::cerr << "quarks: " << alarm << "\n";
      alarm = "quarks: " + alarm + "\n";
    }
    out << "verdict: " << to_string(verdict) << " (" << scope.text << ")\n";
    std::cout << mark_lines(out.str(), scope.weakened);
    printed += mark_lines(out.str(), scope.weakened);
    std::vector<std::pair<std::string, std::string>> outputs;
    if (!args->report.empty()) outputs.emplace_back(args->report, check_report_json(w.claim, scope, reports, verdict));
    if (!args->junit.empty()) {
      FileCheck checked;
      checked.path = file;
      checked.claim = claim_id(w.claim);
      checked.statement = statement(w.claim);
      checked.scope = scope;
      checked.reports = reports;
      checked.verdict = verdict;
      checked.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      outputs.emplace_back(args->junit, junit_xml({checked}, *args, checked.seconds, printed, alarm));
    }
    write_files_atomically(outputs);
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
