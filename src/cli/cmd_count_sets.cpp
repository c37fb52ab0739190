// quarks count composed | gated-layer | synaptic: classes built from the
// census's lists of threshold functions. composed and gated-layer are exact
// sets of truth tables (not certificates); synaptic is certified end to end
// (docs/capacity.md).
#include <cmath>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/count_report.h"
#include "cli/options.h"
#include "core/atomic_file.h"
#include "core/boolean_operator.h"
#include "core/error.h"
#include "core/gate_encoding.h"
#include "count/composed.h"
#include "count/operator_classes.h"
#include "count/synaptic.h"
#include "io/witness_json.h"
#include "count/tables.h"

namespace quarks::cli {

namespace {

// T(n;d) as a list of truth tables: the regular LTF census for d = 1
// (n <= 5 here), the PTF census otherwise (n <= 4).
std::vector<std::uint64_t> class_tables(std::uint32_t n, std::uint32_t d, unsigned threads) {
  if (d == 1) return count::all_ltf_tables(n, threads);
  return count::all_ptf_tables(n, d, threads);
}

struct ComposedArgs {
  std::string n, op, degrees = "1,1", threads = "0";
  bool json = false;
};

void run_composed(const ComposedArgs& a, CommandContext& context) {
  const auto n = static_cast<std::uint32_t>(bounded_integer(a.n, "--n", 2, count::kMaxOperatorClassVariables));
  const std::vector<int> d = parse_int_list(a.degrees, "--degrees");
  if (d.size() != 2) throw InputError("--degrees '" + a.degrees + "' must be two degrees D0,D1");
  for (int k : d) {
    if (k < 1 || k > static_cast<int>(n)) throw InputError("--degrees '" + a.degrees + "': each degree must be in 1..n");
  }
  if (n == 5 && (d[0] != 1 || d[1] != 1)) {
    throw InputError("at n = 5 only --degrees 1,1 is counted (T(5;d) lists stop at d = 1)");
  }
  const unsigned threads = thread_count(a.threads);
  if (a.op == "all") {
    if (d[0] != 1 || d[1] != 1) throw InputError("--op all counts T_B(n;1,1): use --degrees 1,1");
    const CountReport rep = operator_table_report(compute_operator_table(n, threads));
    std::cout << (a.json ? report_json(rep) : report_text(rep));
    context.exit_status = 0;
    return;
  }
  const BooleanOperator op = BooleanOperator::parse(a.op);
  if (op.arity() != 2) throw InputError("--op must be a binary operator (or 'all')");

  const auto t0 = class_tables(n, d[0], threads);
  const auto t1 = d[1] == d[0] ? t0 : class_tables(n, d[1], threads);
  // A degree above n - 1 allows every function of n - 1 inputs: T(n-1;d) = T(n-1;n-1).
  const auto smaller = [&](int k) { return std::min<std::uint32_t>(static_cast<std::uint32_t>(k), n - 1); };
  const auto s0 = class_tables(n - 1, smaller(d[0]), threads);
  const auto s1 = d[1] == d[0] ? s0 : class_tables(n - 1, smaller(d[1]), threads);
  // Eq. 5.2 with k = 1: prod |T(n-1;d_j)| <= |T_B| <= prod |T(n;d_j)| (irreducible B).
  const double lower = log2_count(s0.size()) + log2_count(s1.size());
  const double upper = std::min(log2_count(t0.size()) + log2_count(t1.size()), std::pow(2.0, n));
  const std::string degrees = std::to_string(d[0]) + "," + std::to_string(d[1]);

  std::uint64_t value = 0;
  if (d[0] == d[1]) {
    // Same list for f and g: the fast class machinery (needs closure under negation, which T(n;d) has).
    for (const auto& oc : count::operator_class_counts(n, t0, threads).per_operator) {
      if (oc.op == op) value = oc.count;
    }
  } else {
    value = count::composed_count(n, op, t0, t1, threads);
  }
  CountReport rep;
  rep.class_name = "composed";
  rep.title = "|T_" + op.describe() + "(" + std::to_string(n) + ";" + degrees + ")|";
  rep.params = {{"n", std::to_string(n)}, {"op", json_string(op.describe())}, {"degrees", "[" + degrees + "]"}};
  rep.count = std::to_string(value);
  rep.log2 = log2_count(value);
  rep.bounds.push_back({"prod |T(n-1;d_j)|", "Eq. 5.2 / 5.13 lower (irreducible B)", lower});
  rep.bounds.push_back({"min(prod |T(n;d_j)|, 2^(2^n))", "Eq. 5.2 / 5.13 upper", upper});
  const std::string name = op.describe();
  if (d[0] == 1 && d[1] == 1 && (name == "AND" || name == "XNOR")) {
    rep.bounds.push_back({"2n^2", std::string("Thm 4.1, asymptotic: T(n,1;x) in ") +
                                      (name == "AND" ? "0/1" : "+-1") + " encoding",
                          2.0 * n * n});
  }
  rep.facts = {{"certified", "false"}, {"exact", "true"}, {"threads", std::to_string(threads)}};
  rep.notes.push_back(kSetClassNote);
  std::cout << (a.json ? report_json(rep) : report_text(rep));
  context.exit_status = 0;
}

struct LayerArgs {
  std::string n, m, encoding = "pm1", threads = "0";
  bool json = false;
};

void run_gated_layer(const LayerArgs& a, CommandContext& context) {
  const auto n = static_cast<std::uint32_t>(bounded_integer(a.n, "--n", 1, 4));
  const auto m = static_cast<std::uint32_t>(bounded_integer(a.m, "--m", 1, n == 4 ? 2 : 3));
  const GateEncoding enc = parse_encoding_word(a.encoding, "--encoding");
  const unsigned threads = thread_count(a.threads);
  const auto tn = count::all_ltf_tables(n, threads);
  const auto tm = count::all_ltf_tables(m, threads);
  const std::uint64_t value = count::gated_layer_count(n, m, enc, tn, tm, threads);
  CountReport rep;
  rep.class_name = "gated-layer";
  rep.title = "|T(" + std::to_string(n) + "," + std::to_string(m) + ",1;x)| (" + encoding_word(enc) + ")";
  rep.params = {{"n", std::to_string(n)}, {"m", std::to_string(m)}, {"encoding", json_string(encoding_word(enc))}};
  rep.count = std::to_string(value);
  rep.log2 = log2_count(value);
  const double mn2 = static_cast<double>(m) * n * n;
  rep.bounds.push_back({"mn^2", "Thm 4.3, Eq. 4.8 lower (asymptotic)", mn2});
  rep.bounds.push_back({"2mn^2", "Thm 4.3, Eq. 4.8 upper (asymptotic)", 2 * mn2});
  rep.bounds.push_back({"2^n", "all Boolean functions", std::pow(2.0, n)});
  rep.facts = {{"certified", "false"}, {"exact", "true"}, {"threads", std::to_string(threads)}};
  rep.notes.push_back(kSetClassNote);
  std::cout << (a.json ? report_json(rep) : report_text(rep));
  context.exit_status = 0;
}

struct SynapticArgs {
  std::string n, encoding = "01", certificates, threads = "0";
  bool json = false, uncompressed = false;
};

void run_synaptic(const SynapticArgs& a, CommandContext& context) {
  const auto n = static_cast<std::uint32_t>(bounded_integer(a.n, "--n", 2, count::kMaxSynapticVariables));
  const GateEncoding enc = parse_encoding_word(a.encoding, "--encoding");
  if (!a.certificates.empty()) require_output_directory(a.certificates);
  const unsigned threads = thread_count(a.threads);
  const auto r = count::synaptic_count(n, enc, threads, a.certificates, !a.uncompressed);
  CountReport rep;
  rep.class_name = "synaptic";
  rep.title = "|single-weight synaptic gating, n = " + std::to_string(n) + "| (" + encoding_word(enc) + ")";
  rep.params = {{"n", std::to_string(n)}, {"encoding", json_string(encoding_word(enc))}};
  rep.count = std::to_string(r.count);
  rep.log2 = log2_count(r.count);
  const double n2 = static_cast<double>(n) * n;
  rep.bounds.push_back({"n^2", "one LTF (Eq. 4.1); the class contains T(n;1)", n2});
  rep.bounds.push_back({"2n^2", "two LTFs' parameters (journal Prop 6.9's gap lies between)", 2 * n2});
  rep.bounds.push_back({"2^n", "all Boolean functions", std::pow(2.0, n)});
  rep.facts = {{"certified", "true"},
               {"gates", std::to_string(r.gates)},
               {"decisions", std::to_string(r.decisions)},
               {"seconds", fixed_text(r.seconds, 3)},
               {"certificates", a.certificates.empty() ? "null" : json_string(a.certificates)}};
  rep.notes.push_back("certified: the census of T(n-1;1) gives " + std::to_string(r.gates) +
                      " gates (one per orbit), each shown to be an LTF by an integer witness; one census per gate; " +
                      std::to_string(r.decisions) + " LP decisions with checked certificates; the union is closed "
                      "under permutations and negations of x_1..x_{n-1}");
  if (!a.certificates.empty()) {
    rep.notes.push_back("certificates: " + a.certificates + " (re-check: quarks count verify " + a.certificates + ")");
  }
  std::cout << (a.json ? report_json(rep) : report_text(rep));
  context.exit_status = 0;
}

}  // namespace

void add_count_set_commands(CLI::App* count, CommandContext& context) {
  auto composed = std::make_shared<ComposedArgs>();
  auto* c = count->add_subcommand("composed", "|T_B(n;d0,d1)| = |{B(f,g)}| beside Eq. 5.13 (n <= 5; --op all: "
                                              "every B and the intersection of Prop 5.5)");
  c->add_option("--op", composed->op, "Binary operator (AND, XOR, ..., tt:<bits>) or 'all'")->required();
  c->add_option("--n", composed->n, "Number of inputs (2..5)")->required()->check(decimal_integer());
  c->add_option("--degrees", composed->degrees, "Degrees D0,D1 of f and g (default 1,1; n <= 4 for others)");
  c->add_option("--threads", composed->threads, "Worker threads (default: all cores)")->check(decimal_integer());
  c->add_flag("--json", composed->json, "Print one JSON object");
  c->callback([composed, &context] { run_composed(*composed, context); });

  auto layer = std::make_shared<LayerArgs>();
  auto* l = count->add_subcommand("gated-layer", "|T(n,m,1;x)| of Theorem 4.3 beside mn^2 and 2mn^2 "
                                                 "(n <= 3 with m <= 3, n = 4 with m <= 2)");
  l->add_option("--n", layer->n, "Number of inputs")->required()->check(decimal_integer());
  l->add_option("--m", layer->m, "Number of gated pairs")->required()->check(decimal_integer());
  l->add_option("--encoding", layer->encoding, "pm1 (default: +-1 outputs, product = XNOR) or 01 (product = AND)");
  l->add_option("--threads", layer->threads, "Worker threads (default: all cores)")->check(decimal_integer());
  l->add_flag("--json", layer->json, "Print one JSON object");
  l->callback([layer, &context] { run_gated_layer(*layer, context); });

  auto syn = std::make_shared<SynapticArgs>();
  auto* sy = count->add_subcommand("synaptic", "Single-weight synaptic gating (journal Prop 6.9): one LTF whose weight "
                                               "on x_0 is gated by another LTF, beside n^2 and 2n^2 (n <= 5)");
  sy->add_option("--n", syn->n, "Number of inputs (2..5)")->required()->check(decimal_integer());
  sy->add_option("--encoding", syn->encoding, "01 (default: the gate outputs 0/1) or pm1 (+-1)");
  sy->add_option("--certificates", syn->certificates,
                 "Write the whole class's certificates into DIR (re-check with `quarks count verify DIR`)");
  sy->add_flag("--uncompressed", syn->uncompressed, "Write the .cert files as plain text instead of gzip");
  sy->add_option("--threads", syn->threads, "Worker threads (default: all cores)")->check(decimal_integer());
  sy->add_flag("--json", syn->json, "Print one JSON object");
  sy->callback([syn, &context] { run_synaptic(*syn, context); });
}

}  // namespace quarks::cli
