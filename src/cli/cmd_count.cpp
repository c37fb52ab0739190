// quarks count: certified exact counts of threshold classes (docs/capacity.md).
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <cmath>
#include <csignal>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>
#include <thread>

#include "cli/commands.h"
#include "cli/count_report.h"
#include "cli/options.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "count/census.h"
#include "count/distributed.h"
#include "count/replay.h"
#include "count/summary.h"
#include "io/witness_json.h"

namespace quarks::cli {

namespace {

std::atomic<bool> interrupted{false};
extern "C" void on_interrupt(int) { interrupted.store(true); }

// Installs the Ctrl-C handler for the duration of a census: running tasks
// finish, the checkpoint is written, then the command exits 130.
struct InterruptScope {
  void (*previous)(int);
  InterruptScope() : previous(std::signal(SIGINT, on_interrupt)) { interrupted.store(false); }
  ~InterruptScope() { std::signal(SIGINT, previous); }
};

struct CensusArgs {
  std::string n, degree = "1", threads = "0";
  std::string engine = "float";
  std::string certificates;
  std::string checkpoint;
  std::string sample_tasks = "0", sample_offset;
  bool json = false, uncompressed = false;
};

void add_census_options(CLI::App* cmd, CensusArgs& a) {
  cmd->add_option("--threads", a.threads, "Worker threads (default: all cores); the result does not depend on it")
      ->check(decimal_integer());
  cmd->add_option("--engine", a.engine,
                  "LP engine: float (a dense float simplex, certified exactly; default), glpk (GLPK float), cdd (GMP "
                  "rationals), glpk-exact");
  cmd->add_option("--certificates", a.certificates,
                  "Write one certificate per LP decision into DIR (re-check with `quarks count verify DIR`)");
  cmd->add_flag("--uncompressed", a.uncompressed, "Write the .cert files as plain text instead of gzip");
  cmd->add_option("--checkpoint", a.checkpoint,
                  "Save progress to FILE at intervals and on Ctrl-C; a rerun with the same FILE resumes");
  cmd->add_flag("--json", a.json, "Print one JSON object instead of text");
  cmd->add_option("--sample-tasks", a.sample_tasks,
                  "Walk only every K-th task and project the whole run's decisions, CPU time and certificate "
                  "bytes from it (not a count; docs/capacity.md)")
      ->check(decimal_integer());
  cmd->add_option("--sample-offset", a.sample_offset,
                  "With --sample-tasks K: walk the tasks R, R+K, R+2K, ... instead of 0, K, 2K, ... (0 <= R < K)")
      ->check(decimal_integer());
}

// --sample-tasks K: the top walk whole, then tasks R, R+K, R+2K, ...; every sum
// below the split scales by K (a systematic sample of the tasks in walk order).
void print_sample(const count::CensusResult& r, std::uint64_t k, std::uint64_t offset, bool json) {
  const double below_decisions = static_cast<double>(r.decisions - r.top.decisions);
  const double below_leaves = static_cast<double>(r.leaves - r.top.leaves);
  const double below_cpu = r.cpu_seconds - r.top.cpu_seconds;
  const double below_bytes = static_cast<double>(r.certificate_bytes - r.top.bytes);
  const double decisions = r.top.decisions + k * below_decisions, leaves = r.top.leaves + k * below_leaves;
  const double cpu = r.top.cpu_seconds + k * below_cpu, bytes = r.top.bytes + k * below_bytes;
  if (json) {
    std::cout << "{\"class\": " << json_string(r.cls.name()) << ", \"title\": " << json_string(r.cls.title())
              << ", \"sample\": true, \"certified\": false, \"every\": " << k << ", \"offset\": " << offset
              << ", \"tasks\": " << r.tasks
              << ", \"sampled_tasks\": " << r.sampled_tasks << ", \"split_rule\": " << json_string(r.split.text())
              << ", \"sample_decisions\": " << r.decisions << ", \"sample_leaves\": " << r.leaves
              << ", \"sample_cpu_seconds\": " << fixed_text(r.cpu_seconds, 3)
              << ", \"sample_certificate_bytes\": " << r.certificate_bytes
              << ", \"top_decisions\": " << r.top.decisions << ", \"top_cpu_seconds\": " << fixed_text(r.top.cpu_seconds, 3)
              << ", \"projected_decisions\": " << fixed_text(decisions, 0) << ", \"projected_leaves\": "
              << fixed_text(leaves, 0) << ", \"projected_cpu_hours\": " << fixed_text(cpu / 3600, 3)
              << ", \"projected_certificate_gb\": " << fixed_text(bytes / 1e9, 3)
              << ", \"wall_seconds\": " << fixed_text(r.seconds, 3) << "}\n";
    return;
  }
  std::cout << "SAMPLE of " << r.cls.title() << ", not a count: the top walk whole and every " << k << "-th of "
            << r.tasks << " tasks from task " << offset << " (" << r.sampled_tasks << " walked; split-rule " << r.split.text() << ")\n"
            << "  sample: " << r.decisions << " LP decisions (" << r.top.decisions << " in the top walk), " << r.leaves
            << " leaves, " << fixed_text(r.cpu_seconds, 1) << " s of CPU, " << r.certificate_bytes
            << " bytes of gzip records\n"
            << "  projected for the whole walk (x " << k << " below the split): " << fixed_text(decisions, 0)
            << " decisions, " << fixed_text(leaves, 0) << " leaves, " << fixed_text(cpu / 3600, 2)
            << " core-hours, " << fixed_text(bytes / 1e9, 2) << " GB of certificates\n";
}

std::string eta_text(double seconds) {
  std::ostringstream s;
  s << std::fixed << std::setprecision(0);
  if (seconds < 120) {
    s << seconds << " s";
  } else if (seconds < 7200) {
    s << seconds / 60 << " min";
  } else {
    s << seconds / 3600 << " h";
  }
  return s.str();
}

void run_census_command(const count::CensusClass& cls, const CensusArgs& a, CommandContext& context) {
  count::CensusOptions options;
  options.engine = count::parse_engine(a.engine);
  options.threads = thread_count(a.threads);
  options.certificate_dir = a.certificates;
  options.checkpoint = a.checkpoint;
  options.compress = !a.uncompressed;
  const auto sample = static_cast<std::uint64_t>(bounded_integer(a.sample_tasks, "--sample-tasks", 0, 1000000000));
  if (sample > 1) {
    if (!a.certificates.empty() || !a.checkpoint.empty()) {
      throw InputError("--sample-tasks measures a projection: it takes no --certificates or --checkpoint");
    }
    options.sample_every = sample;
  }
  if (!a.sample_offset.empty()) {
    if (sample < 2) throw InputError("--sample-offset needs --sample-tasks K with K >= 2");
    options.sample_offset = static_cast<std::uint64_t>(bounded_integer(a.sample_offset, "--sample-offset", 0, sample - 1));
  }
  // Paths are checked before any work (docs: nothing is overwritten on bad input).
  if (!a.certificates.empty()) {
    require_output_directory(a.certificates);
    std::error_code ec;
    std::filesystem::create_directories(a.certificates, ec);
    if (ec) throw InputError("cannot create directory '" + a.certificates + "'");
  }
  if (!a.checkpoint.empty()) {
    if (std::filesystem::is_directory(a.checkpoint)) throw InputError("checkpoint '" + a.checkpoint + "' is a directory");
  }
  count::RankSession session;
  options.rank = session.rank();
  options.ranks = session.ranks();
  const bool show_progress = session.rank() == 0 && isatty(STDERR_FILENO);
  if (show_progress) {
    options.progress = [](const count::CensusProgress& p) {
      const double rate = p.seconds > 0 ? p.decisions / p.seconds : 0;
      const double left = p.units_done > 0 ? p.seconds * (p.units_total - p.units_done) / p.units_done : 0;
      std::cerr << "\r[count] " << p.units_done << "/" << p.units_total << " units, " << p.decisions << " LPs, "
                << std::fixed << std::setprecision(0) << rate << " LP/s, ETA " << eta_text(left) << "   "
                << std::flush;
    };
  }
  InterruptScope scope;
  options.stop = &interrupted;
  // Test hook (tests/count_cli): QUARKS_TEST_STOP_AFTER_UNITS=K acts like
  // Ctrl-C once K units of this run are done, so the resume tests race no timer.
  if (const char* k = std::getenv("QUARKS_TEST_STOP_AFTER_UNITS")) options.stop_after_units = std::strtoull(k, nullptr, 10);
  count::CensusResult local;
  try {
    local = count::run_census(cls, options);
  } catch (const InputError& e) {
    // Under MPI one rank's refusal (a checkpoint that does not fit) must stop
    // every rank, or the others wait forever in the next collective.
    if (session.ranks() > 1) session.abort_all(e.what());
    throw;
  }
  if (show_progress) std::cerr << "\n";
  const bool complete = session.all_complete(local.complete);
  const count::CensusResult result = session.combine(local);
  if (session.rank() != 0) {
    context.exit_status = complete ? 0 : 130;
    return;
  }
  if (!complete) {
    std::cerr << "quarks: interrupted: " << result.units_done << " of " << result.units << " units done"
              << (a.checkpoint.empty() ? "" : "; rerun with the same --checkpoint to resume") << "\n";
    context.exit_status = 130;
    return;
  }
  if (sample > 1) {
    print_sample(result, sample, options.sample_offset, a.json);
    context.exit_status = 0;
    return;
  }
  if (!a.certificates.empty()) count::write_certificate_summary(a.certificates, result);
  CountReport report = census_report(result, options.engine, a.certificates, session.ranks(), options.threads);
  std::cout << (a.json ? report_json(report) : report_text(report));
  context.exit_status = 0;
}

}  // namespace

void add_count_command(CLI::App& app, CommandContext& context) {
  auto* count = app.add_subcommand("count", "Certified exact counts of threshold classes beside the paper's bounds "
                                            "(docs/capacity.md)");
  // Unknown words are kept so that the error can name them (CLI11 would only
  // say that a subcommand is required).
  count->require_subcommand(0, 1);
  count->allow_extras();
  count->callback([count] {
    if (!count->get_subcommands().empty()) return;
    const auto extras = count->remaining();
    const std::string known = "ltf, ptf, verify, composed, gated-layer, synaptic";
    if (extras.empty()) throw InputError("quarks count needs a subcommand (" + known + ")");
    throw InputError("unknown count subcommand '" + extras.front() + "' (" + known + ")");
  });

  auto ltf = std::make_shared<CensusArgs>();
  auto* cmd_ltf = count->add_subcommand("ltf", "|T(n;1)|, linear threshold functions of n <= 8 inputs");
  cmd_ltf->add_option("--n", ltf->n, "Number of inputs (1..9)")->required()->check(decimal_integer());
  add_census_options(cmd_ltf, *ltf);
  cmd_ltf->callback([ltf, &context] {
    const auto n = bounded_integer(ltf->n, "--n", 1, count::max_census_variables(count::CensusKind::regular_ltf));
    run_census_command({count::CensusKind::regular_ltf, static_cast<std::uint32_t>(n), 1}, *ltf, context);
  });

  auto ptf = std::make_shared<CensusArgs>();
  auto* cmd_ptf = count->add_subcommand("ptf", "|T(n;d)|, polynomial threshold functions of degree <= d (n <= 4)");
  cmd_ptf->add_option("--n", ptf->n, "Number of inputs (1..5)")->required()->check(decimal_integer());
  cmd_ptf->add_option("--degree", ptf->degree, "Degree d (1..n)")->required()->check(decimal_integer());
  add_census_options(cmd_ptf, *ptf);
  cmd_ptf->callback([ptf, &context] {
    const auto n = bounded_integer(ptf->n, "--n", 1, count::max_census_variables(count::CensusKind::ptf));
    const auto d = bounded_integer(ptf->degree, "--degree", 1, n);
    run_census_command({count::CensusKind::ptf, static_cast<std::uint32_t>(n), static_cast<std::uint32_t>(d)}, *ptf,
                       context);
  });

  struct VerifyArgs { std::string dir, threads = "0"; };
  auto verify = std::make_shared<VerifyArgs>();
  auto* cmd_verify = count->add_subcommand("verify", "Re-check a certificate directory without any LP solver");
  cmd_verify->add_option("DIR", verify->dir, "Directory written by --certificates")->required();
  cmd_verify->add_option("--threads", verify->threads,
                         "Units re-checked at once (default 0: all cores); the verdict does not depend on it")
      ->check(decimal_integer());
  cmd_verify->callback([verify, &context] {
    const count::CertificateCheck c = count::verify_certificates(verify->dir, thread_count(verify->threads));
    if (c.ok) {
      std::cout << "verified: " << c.title << " = " << count::to_decimal(c.count) << " (" << c.decisions
                << " decision certificates, " << c.leaves << " leaf witnesses, " << c.tasks << " tasks"
                << (c.directories > 1 ? " in " + std::to_string(c.directories) + " census directories" : "")
                << " re-checked in exact integer arithmetic, no LP solver)\n";
      context.exit_status = 0;
    } else {
      std::cout << "refuted: " << c.title << " = " << c.claimed_count << " is not certified: " << c.reason << "\n";
      context.exit_status = 1;
    }
  });

  add_count_set_commands(count, context);
}

}  // namespace quarks::cli
