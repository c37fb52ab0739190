// `quarks run`: the main job. Generates the default witnesses, writes them,
// reads each back from its file (the checkers see only what the file says),
// checks it both ways and prints one table.
#include <chrono>
#include <filesystem>
#include <functional>
#include <iomanip>
#include <iostream>
#include <memory>

#include "cli/checking.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "io/witness_json.h"
#include "prove/parametric.h"
#include "witness/affine_selector.h"
#include "witness/composition.h"
#include "witness/extension.h"
#include "witness/layer_gating.h"
#include "witness/sign_vectors.h"

namespace quarks::cli {

namespace {

struct DefaultWitness {
  std::string claim, parameters, file;
  Verdict expected;
  std::function<Witness()> make;
};

std::vector<DefaultWitness> default_witnesses() {
  std::vector<DefaultWitness> list;
  for (unsigned arity : {2U, 3U, 4U}) {
    list.push_back({"lemma-5.1", "all irreducible B of arity " + std::to_string(arity),
                    "lemma-5.1-arity" + std::to_string(arity) + ".json", Verdict::verified,
                    [arity] { return sign_vector_witness(arity); }});
  }
  list.push_back({"lemma-5.2", "k <= 8, every j, every sign vector", "lemma-5.2-k8.json", Verdict::verified,
                  [] { return affine_selector_witness(8, SelectorFormula::corrected); }});
  list.push_back({"lemma-5.2", "Eq. 5.5 as printed, k <= 8 (erratum: fails at j = 0)", "lemma-5.2-paper-k8.json",
                  Verdict::refuted, [] { return affine_selector_witness(8, SelectorFormula::paper); }});
  struct Ext { std::uint32_t n, k; unsigned j; int theta; std::vector<int> signs; int d; std::uint64_t seed; };
  for (const Ext& e : {Ext{12, 2, 0, 1, {0, 1, -1}, 1, 1}, Ext{12, 3, 2, -1, {-1, 1, 0, -1}, 2, 2}}) {
    std::string params = "n=" + std::to_string(e.n) + " k=" + std::to_string(e.k) + " j=" + std::to_string(e.j) +
                         " d=" + std::to_string(e.d);
    list.push_back({"lemma-5.3", params, "lemma-5.3-n" + std::to_string(e.n) + "-j" + std::to_string(e.j) + ".json",
                    Verdict::verified, [e] {
                      SeededRandom random(e.seed);
                      auto p = random_strict_polynomial(e.n - e.k, e.d, 16, random);
                      return extension_witness(p, e.n, e.k, e.j, e.theta, e.signs, e.d);
                    }});
  }
  struct Comp { std::string op; std::uint32_t n; std::vector<int> d; unsigned bits; std::uint64_t seed; };
  std::vector<Comp> comps;
  // One seed for all 10 irreducible binary B: the same (f_0, f_1), so the ten
  // verified witnesses exhibit one function B(F_0, F_1) in every class T_B (Prop 5.5).
  for (const char* op : {"AND", "OR", "XOR", "NAND", "NOR", "XNOR", "IMPLY", "NIMPLY", "CIMPLY", "CNIMPLY"}) {
    comps.push_back({op, 16, {1, 1}, 16, 7});
  }
  // Degree 2 stays at n = 12 to keep the main job short: with the exact
  // minimal M, Z3 needs cube splitting for the quadratic bound (XOR, d = 2,
  // one thread: n = 14 47.1 s unsplit, 1.9 s split; n = 20 57.5 s split;
  // docs/performance.md). The exhaustive checker covers n = 20 in 0.2 s.
  comps.push_back({"XOR", 12, {2, 2}, 16, 1});
  comps.push_back({"AND", 12, {1, 2}, 16, 2});
  comps.push_back({"tt:00010111", 14, {1, 1, 1}, 16, 3});  // majority of 3
  comps.push_back({"tt:01101001", 14, {2, 1, 2}, 16, 4});  // parity of 3
  comps.push_back({"AND", 24, {1, 1}, 60, 5});
  for (const auto& c : comps) {
    const std::uint64_t seed = c.seed;
    std::string degrees;
    for (std::size_t i = 0; i < c.d.size(); ++i) degrees += (i ? "," : "") + std::to_string(c.d[i]);
    std::string params = "B=" + c.op + " n=" + std::to_string(c.n) + " d=" + degrees + " bits=" + std::to_string(c.bits) +
                         " seed=" + std::to_string(seed);
    std::string name = c.op.rfind("tt:", 0) == 0 ? "tt" + c.op.substr(3) : c.op;
    std::string file = "lemma-5.4-" + name + "-n" + std::to_string(c.n) + "-d" + std::to_string(c.d[0]) + "-s" +
                       std::to_string(seed) + ".json";
    list.push_back({"lemma-5.4", params, file, Verdict::verified, [c, seed] {
                      return random_composition_witness(BooleanOperator::parse(c.op), c.n, c.d, seed, c.bits);
                    }});
  }
  // Dense selectors (beyond the paper, docs/dense-selectors.md): r = ceil(log2(k+1))
  // selector variables instead of k. Parity of 4 fills the 2-bit code space
  // (d = 2 >= r, so the degree is unchanged); AND of 5 leaves codes 5..7 unused
  // and with d = 1 < r = 3 its gates have degree max(d, r) = 3.
  struct Dense { std::string op, label; std::uint32_t n; std::vector<int> d; std::uint64_t seed; };
  for (const Dense& c : {Dense{"tt:0110100110010110", "parity4", 12, {2, 2, 2, 2}, 6},
                         Dense{"tt:" + std::string(31, '0') + "1", "AND5", 12, {1, 1, 1, 1, 1}, 7}}) {
    std::string degrees;
    for (std::size_t i = 0; i < c.d.size(); ++i) degrees += (i ? "," : "") + std::to_string(c.d[i]);
    const auto r = dense_selector_bits(c.d.size());
    std::string params = "dense r=" + std::to_string(r) + " B=" + c.label + " n=" + std::to_string(c.n) +
                         " d=" + degrees + " seed=" + std::to_string(c.seed);
    std::string file = "lemma-5.4-dense-" + c.label + "-n" + std::to_string(c.n) + "-s" + std::to_string(c.seed) + ".json";
    list.push_back({"lemma-5.4", params, file, Verdict::verified, [c] {
                      return random_composition_witness(BooleanOperator::parse(c.op), c.n, c.d, c.seed, 16,
                                                        SelectorEncoding::dense);
                    }});
  }
  // Theorem 4.3 (Eqs. 4.13-4.15): m = 4 fills the 2-bit selector, m = 7
  // leaves code 7 unused (phi must be -1 there). Eq. 4.14 read literally for
  // both layers makes every unselected product +1, so phi = OR is constant.
  struct Layer { std::uint32_t n, m; LayerFormula formula; std::uint64_t seed; Verdict expected; };
  for (const Layer& l : {Layer{20, 4, LayerFormula::corrected, 1, Verdict::verified},
                         Layer{16, 7, LayerFormula::corrected, 2, Verdict::verified},
                         Layer{8, 2, LayerFormula::paper, 3, Verdict::refuted}}) {
    const bool paper = l.formula == LayerFormula::paper;
    std::string params = "n=" + std::to_string(l.n) + " m=" + std::to_string(l.m) + " seed=" + std::to_string(l.seed) +
                         (paper ? " Eq. 4.14 for both layers (erratum)" : " phi = OR");
    std::string file = "theorem-4.3-" + std::string(paper ? "paper-" : "") + "n" + std::to_string(l.n) + "-m" +
                       std::to_string(l.m) + ".json";
    list.push_back({"theorem-4.3", params, file, l.expected,
                    [l] { return random_layer_gating_witness(l.n, l.m, l.seed, 16, l.formula); }});
  }
  return list;
}

struct RunArgs {
  std::string out_dir = "quarks-out";
  double timeout = 120;
  std::string threads = "0";
};

}  // namespace

void add_run_command(CLI::App& app, CommandContext& context) {
  auto args = std::make_shared<RunArgs>();
  auto* cmd = app.add_subcommand("run", "Main job: generate the default witnesses, check each exhaustively and with "
                                        "Z3, print one table (exit 0 iff every verdict is the expected one)");
  cmd->add_option("--out", args->out_dir, "Directory for the witness files (default quarks-out)");
  add_timeout_option(cmd, args->timeout, "Time budget of each witness's Z3 check, in seconds (default 120)");
  cmd->add_option("--threads", args->threads,
                  "Threads of each exhaustive walk and of each Z3 check (default 0: all cores); the verdicts do not depend on it unless Z3 runs out of time")
      ->check(decimal_integer());
  cmd->callback([args, &context]() {
    require_output_directory(args->out_dir);
    std::filesystem::create_directories(args->out_dir);
    CheckSettings settings;
    settings.timeout_seconds = args->timeout;
    settings.exhaustive.threads = thread_count(args->threads);
    settings.smt_threads = settings.exhaustive.threads;
    std::cout << std::left << std::setw(12) << "claim" << std::setw(58) << "parameters" << std::setw(12)
              << "exhaustive" << std::setw(12) << "z3" << std::setw(10) << "expected" << "time (s)\n";
    bool all_as_expected = true;
    for (const auto& d : default_witnesses()) {
      auto start = std::chrono::steady_clock::now();
      const std::string path = (std::filesystem::path(args->out_dir) / d.file).string();
      write_witness_file(d.make(), path);
      Witness w = read_witness_file(path);
      auto reports = run_checks(w.claim, settings);
      double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      bool as_expected = true;
      for (const auto& r : reports) as_expected &= r.verdict == d.expected;
      all_as_expected &= as_expected;
      std::cout << std::left << std::setw(12) << d.claim << std::setw(58) << d.parameters << std::setw(12)
                << to_string(reports[0].verdict) << std::setw(12) << to_string(reports[1].verdict) << std::setw(10)
                << (to_string(d.expected) + (as_expected ? "" : "!")) << std::fixed << std::setprecision(2)
                << seconds << "\n";
      for (const auto& r : reports) {
        if (r.verdict != Verdict::verified && r.counterexample) {
          std::cout << "    " << to_string(r.method) << " counterexample: " << *r.counterexample << "\n";
        } else if (r.verdict != d.expected) {
          std::cout << "    " << to_string(r.method) << ": " << r.reason << "\n";
        }
      }
    }
    // The parametric proofs at their golden sizes (quarks prove; docs/parametric-proofs.md):
    // the lemmas for every parameter at one size, by Z3 alone.
    prove::ProveOptions prove_options;
    prove_options.timeout_seconds = args->timeout;
    for (const auto& claim : prove::parametric_claims()) {
      for (unsigned size = 1; size <= claim.golden_up_to; ++size) {
        const auto start = std::chrono::steady_clock::now();
        const prove::SizeResult r = prove::prove_size(claim, size, prove_options);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        const prove::Outcome expected =
            claim.expected == prove::Expectation::refuted ? prove::Outcome::refuted : prove::Outcome::proved;
        const bool as_expected = r.verdict == Verdict::verified;
        all_as_expected &= as_expected;
        std::cout << std::left << std::setw(12) << "prove" << std::setw(58)
                  << (claim.id + ", " + prove::to_string(claim.size) + " = " + std::to_string(size) + ", all parameters")
                  << std::setw(12) << "-" << std::setw(12) << prove::to_string(r.outcome) << std::setw(10)
                  << (prove::to_string(expected) + (as_expected ? "" : "!")) << std::fixed << std::setprecision(2)
                  << seconds << "\n";
        if (!as_expected && !r.detail.empty()) std::cout << "    z3: " << r.detail << "\n";
      }
    }
    std::cout << (all_as_expected ? "all verdicts as expected\n" : "SOME VERDICTS ARE NOT AS EXPECTED\n");
    context.exit_status = all_as_expected ? 0 : 1;
  });
}

}  // namespace quarks::cli
