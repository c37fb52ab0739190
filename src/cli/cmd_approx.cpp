// `quarks approx`: universal approximation by output gating (journal Thm 4.3), constructive and
// certified in 1-D (src/approx, docs/approximation.md).
//   quarks approx --function EXPR --domain A,B --eps E [--pieces N] [-o PREFIX [--plot]]
//   quarks approx --function EXPR --domain A,B --sweep [--sweep-to K]
//   quarks approx --table FILE --lipschitz L --eps E [-o PREFIX]
// Exit 0: certified; 1: eps could not be certified (one line on stderr, no file written);
// 2: bad input (one line, no file written).
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "approx/certify.h"
#include "approx/construct.h"
#include "approx/drawing.h"
#include "approx/table.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "io/approx_json.h"
#include "io/witness_json.h"

namespace quarks::cli {

namespace {

using approx::Rational;

// gnuplot script -> svg, without a shell. Returns false when gnuplot cannot be run or fails.
bool run_gnuplot(const std::string& script, const std::string& data, const std::string& svg) {
  const std::string settings = "datafile='" + data + "'; outfile='" + svg + "'";
  std::cout.flush();
  std::fflush(nullptr);  // the child must not flush a copy of our buffers
  pid_t pid = fork();
  if (pid < 0) return false;
  if (pid == 0) {
    const int null = open("/dev/null", O_WRONLY);
    if (null >= 0) dup2(null, STDOUT_FILENO);
    execlp("gnuplot", "gnuplot", "-e", settings.c_str(), script.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  int status = 0;
  if (waitpid(pid, &status, 0) < 0) return false;
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}


}  // namespace

void add_approx_command(CLI::App& app, CommandContext& context) {
  struct Options {
    std::string function, domain, eps, table, lipschitz, pieces, output, sweep_to = "6";
    bool plot = false, sweep = false;
  };
  auto options = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "approx", "Certified approximation of f on [a, b] by a shallow network of linear units output-gated by "
                "linear threshold gates (journal Thm 4.3; docs/approximation.md)");
  auto* function = cmd->add_option("--function", options->function,
                                   "f(x): + - * / ^INT, sin cos exp log sqrt abs, x, pi, decimals (docs/approximation.md)");
  auto* table = cmd->add_option("--table", options->table, "file of rows 'x y' (decimals, x increasing) instead of --function");
  function->excludes(table);
  cmd->add_option("--domain", options->domain, "a,b: decimals or constant expressions such as pi (with --function)");
  cmd->add_option("--eps", options->eps, "the error to certify: a positive decimal such as 0.001");
  cmd->add_option("--lipschitz", options->lipschitz, "with --table: a Lipschitz constant L of the tabulated function");
  cmd->add_option("--pieces", options->pieces, "n equal pieces instead of the adaptive construction (exit 1 if they do not certify eps)")
      ->check(decimal_integer());
  cmd->add_option("-o,--output", options->output, "write PREFIX.json (the network) and PREFIX.dot, atomically");
  cmd->add_flag("--plot", options->plot, "also PREFIX-plot.tsv, PREFIX-plot.gp and PREFIX.svg (gnuplot): f, N and f - N");
  cmd->add_flag("--sweep", options->sweep, "print units against eps = 10^-1 .. 10^-K (adaptive construction)");
  cmd->add_option("--sweep-to", options->sweep_to, "K for --sweep, 1..8 (default 6)")->check(decimal_integer());

  cmd->callback([options, &context]() {
    const Options& o = *options;
    const bool by_function = !o.function.empty() || (o.table.empty());
    if (o.function.empty() && o.table.empty()) throw InputError("approx needs --function EXPR or --table FILE");
    if (o.plot && o.output.empty()) throw InputError("--plot needs -o PREFIX");
    if (o.plot && (o.output.find('\'') != std::string::npos || o.output.find('"') != std::string::npos)) {
      throw InputError("--plot: the prefix must not contain quotes");
    }
    if (by_function) {
      if (o.domain.empty()) throw InputError("--function needs --domain a,b");
      if (!o.lipschitz.empty()) throw InputError("--lipschitz goes with --table");
    } else {
      if (o.lipschitz.empty()) throw InputError("--table needs --lipschitz L");
      if (!o.domain.empty()) throw InputError("--table takes its domain from the table; drop --domain");
      if (!o.pieces.empty() || o.sweep || o.plot) throw InputError("--pieces, --sweep and --plot go with --function");
    }
    if (o.sweep) {
      if (!o.eps.empty() || !o.pieces.empty() || !o.output.empty()) {
        throw InputError("--sweep chooses eps itself; drop --eps, --pieces and -o");
      }
      const std::size_t k_max = parse_size(o.sweep_to, "sweep-to", 8);
      const approx::Expr f = approx::Expr::parse(o.function);
      const approx::Domain d = approx::parse_domain(o.domain);
      std::cout << "# f(x) = " << f.text() << " on [" << approx::decimal(d.a, 17) << ", " << approx::decimal(d.b, 17)
                << "]" << (d.exact ? "" : " (encloses the requested domain)") << "\n";
      std::cout << "eps\tlinear_units\tthreshold_gates\tcertified_bound\tpieces_tried\tseconds\n";
      Rational eps = 1;
      for (std::size_t k = 1; k <= k_max; ++k) {
        eps /= 10;
        const auto start = std::chrono::steady_clock::now();
        approx::BuildStats stats;
        approx::Network n = approx::build_adaptive(f, d, eps, &stats);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        char time[32];
        std::snprintf(time, sizeof time, "%.2f", seconds);
        std::cout << "1e-" << k << '\t' << n.units.size() << '\t' << n.gates() << '\t' << approx::decimal(n.bound, 4)
                  << '\t' << stats.pieces_tried << '\t' << time << std::endl;
      }
      context.exit_status = 0;
      return;
    }
    if (o.eps.empty()) throw InputError("approx needs --eps (or --sweep)");
    const Rational eps = approx::parse_decimal(o.eps, "--eps", false);
    if (eps == 0) throw InputError("--eps must be positive");

    // Output files are opened (so checked) before any work; none appears unless all are complete.
    std::optional<AtomicOutputFile> json, dot, data, script, svg;
    if (!o.output.empty()) {
      json.emplace(o.output + ".json");
      dot.emplace(o.output + ".dot");
      if (o.plot) {
        data.emplace(o.output + "-plot.tsv");
        script.emplace(o.output + "-plot.gp");
        svg.emplace(o.output + ".svg");
      }
    }
    approx::Network n;
    std::optional<approx::Expr> f;
    std::string source, mode, domain_text;
    try {
      if (by_function) {
        f = approx::Expr::parse(o.function);
        const approx::Domain d = approx::parse_domain(o.domain);
        source = f->text();
        domain_text = o.domain;
        if (!o.pieces.empty()) {
          mode = "uniform";
          n = approx::build_uniform(*f, d, eps, parse_size(o.pieces, "pieces", 10000000));
        } else {
          mode = "adaptive";
          n = approx::build_adaptive(*f, d, eps);
        }
      } else {
        const Rational lipschitz = approx::parse_decimal(o.lipschitz, "--lipschitz", false);
        mode = "table";
        source = o.table;
        n = approx::build_from_table(approx::parse_table(read_text_file(o.table)), lipschitz, eps);
        domain_text = approx::rational_string(n.a) + "," + approx::rational_string(n.b);
      }
    } catch (const approx::CertifyError& e) {
      std::cerr << "quarks: cannot certify eps = " << o.eps << ": " << e.what() << "\n";
      context.exit_status = 1;
      return;
    }
    std::cout << (by_function ? "f(x) = " + source : "table " + source) << " on [" << approx::decimal(n.a, 17) << ", "
              << approx::decimal(n.b, 17) << "]\n"
              << "network: " << n.units.size() << " linear units, " << n.gates()
              << " output-gated by linear threshold gates H(x - t_i)\n"
              << "certified: sup |f - N| <= " << approx::decimal(n.bound, 6) << " <= eps = " << o.eps << "\n";
    if (json) {
      json->stream() << approx_network_to_json(n, source, domain_text, eps, mode);
      dot->stream() << approx::to_dot(n, (by_function ? "f(x) = " + source : "table " + source) + ", eps = " + o.eps);
      std::vector<AtomicOutputFile*> files{&*json, &*dot};
      if (o.plot) {
        data->stream() << approx::plot_data(n, f ? &*f : nullptr);
        script->stream() << approx::plot_script(o.output + "-plot.tsv", o.output + ".svg",
                                                "f(x) = " + source + ", " + std::to_string(n.units.size()) +
                                                    " gated units, certified bound " + approx::decimal(n.bound, 3));
        // gnuplot reads the temporaries and writes the SVG's; all five are renamed together.
        if (!run_gnuplot(script->release_to_other_process(), data->release_to_other_process(),
                         svg->release_to_other_process())) {
          throw std::runtime_error("gnuplot failed; nothing was written");
        }
        files.insert(files.end(), {&*data, &*script, &*svg});
      }
      commit_all(files);
      std::cout << "wrote " << o.output << ".json, " << o.output << ".dot";
      if (o.plot) std::cout << ", " << o.output << "-plot.tsv, " << o.output << "-plot.gp, " << o.output << ".svg";
      std::cout << "\n";
    }
    context.exit_status = 0;
  });
}

}  // namespace quarks::cli
