// quarks count composed | gated-layer: classes built from certified lists of
// threshold functions, counted as exact sets of truth tables.
#include <cmath>
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>
#include <thread>

#include "cli/commands.h"
#include "cli/count_report.h"
#include "cli/options.h"
#include "core/atomic_file.h"
#include "core/boolean_operator.h"
#include "core/error.h"
#include "count/census.h"
#include "count/composed.h"
#include "count/operator_classes.h"
#include "count/synaptic.h"
#include "io/witness_json.h"

namespace quarks::cli {

namespace {

unsigned threads_of(long long requested) {
  if (requested < 0 || requested > 1024) throw InputError("--threads " + std::to_string(requested) + " is outside 1..1024");
  return requested == 0 ? std::max(1u, std::thread::hardware_concurrency()) : static_cast<unsigned>(requested);
}

// T(n;d) as a list of truth tables: the regular LTF census for d = 1
// (n <= 5 here), the PTF census otherwise (n <= 4).
std::vector<std::uint64_t> class_tables(std::uint32_t n, std::uint32_t d, unsigned threads) {
  if (d == 1) return count::all_ltf_tables(n, threads);
  return count::all_ptf_tables(n, d, threads);
}

double log2_count(std::uint64_t v) { return v == 0 ? 0 : std::log2(static_cast<double>(v)); }

std::string fixed(double v, int precision) {
  std::ostringstream s;
  s << std::fixed << std::setprecision(precision) << v;
  return s.str();
}

struct ComposedArgs {
  long long n = 0;
  std::string op;
  std::string degrees = "1,1";
  long long threads = 0;
  bool json = false;
};

void run_composed(const ComposedArgs& a, CommandContext& context) {
  if (a.n < 2 || a.n > 5) throw InputError("--n " + std::to_string(a.n) + " is outside 2..5");
  const std::vector<int> d = parse_int_list(a.degrees, "--degrees");
  if (d.size() != 2) throw InputError("--degrees '" + a.degrees + "' must be two degrees D0,D1");
  for (int k : d) {
    if (k < 1 || k > a.n) throw InputError("--degrees '" + a.degrees + "': each degree must be in 1..n");
  }
  if (a.n == 5 && (d[0] != 1 || d[1] != 1)) throw InputError("at n = 5 only --degrees 1,1 is counted (T(5;d) lists stop at d = 1)");
  const bool all = a.op == "all";
  const BooleanOperator op = all ? BooleanOperator::binary(1) : BooleanOperator::parse(a.op);
  if (op.arity() != 2) throw InputError("--op must be a binary operator (or 'all')");
  if (all && (d[0] != 1 || d[1] != 1)) throw InputError("--op all counts T_B(n;1,1): use --degrees 1,1");
  const auto n = static_cast<std::uint32_t>(a.n);
  const unsigned threads = threads_of(a.threads);

  const auto t0 = class_tables(n, d[0], threads);
  const auto t1 = d[1] == d[0] ? t0 : class_tables(n, d[1], threads);
  // A degree above n - 1 allows every function of n - 1 inputs: T(n-1;d) = T(n-1;n-1).
  const auto smaller = [&](int k) { return static_cast<std::uint32_t>(std::min<long long>(k, a.n - 1)); };
  const auto s0 = class_tables(n - 1, smaller(d[0]), threads);
  const auto s1 = d[1] == d[0] ? s0 : class_tables(n - 1, smaller(d[1]), threads);
  // Eq. 5.2 with k = 1: prod |T(n-1;d_j)| <= |T_B| <= prod |T(n;d_j)| (irreducible B).
  const double lower = log2_count(s0.size()) + log2_count(s1.size());
  const double upper = std::min(log2_count(t0.size()) + log2_count(t1.size()), std::pow(2.0, a.n));
  const std::string degrees = std::to_string(d[0]) + "," + std::to_string(d[1]);

  if (all) {
    const auto counts = operator_class_counts(n, t0, threads);
    if (a.json) {
      std::cout << "{\"class\": \"composed\", \"n\": " << n << ", \"degrees\": [1, 1], \"operators\": [";
      for (std::size_t i = 0; i < counts.per_operator.size(); ++i) {
        const auto& oc = counts.per_operator[i];
        std::cout << (i ? ", " : "") << "{\"op\": " << json_string(oc.name) << ", \"irreducible\": "
                  << (oc.irreducible ? "true" : "false") << ", \"count\": \"" << oc.count << "\", \"log2\": "
                  << fixed(log2_count(oc.count), 6) << "}";
      }
      std::cout << "], \"intersection\": \"" << counts.intersection << "\", \"count\": \"" << counts.intersection
                << "\", \"log2\": " << fixed(log2_count(counts.intersection), 6)
                << ", \"bounds\": [{\"name\": \"|T(n-1;1)|^2\", \"reference\": \"Eq. 5.13 lower; Prop 5.5, Eq. 5.14\", "
                   "\"bits\": "
                << fixed(lower, 6) << "}, {\"name\": \"min(|T(n;1)|^2, 2^(2^n))\", \"reference\": \"Eq. 5.13 upper\", "
                << "\"bits\": " << fixed(upper, 6) << "}], \"certified\": true}\n";
    } else {
      std::cout << "T_B(" << n << ";1,1) for the 16 binary B; |T(" << n << ";1)| = " << t0.size() << ", |T(" << n - 1
                << ";1)| = " << s0.size() << "\n";
      std::cout << std::left << std::setw(10) << "B" << std::setw(13) << "irreducible" << std::setw(16) << "|T_B(n;1,1)|"
                << "log2 (bits)\n";
      for (const auto& oc : counts.per_operator) {
        std::cout << std::left << std::setw(10) << oc.name << std::setw(13) << (oc.irreducible ? "yes" : "no")
                  << std::setw(16) << oc.count << fixed(log2_count(oc.count), 4) << "\n";
      }
      std::cout << "irreducible B lie in [|T(n-1;1)|^2, min(|T(n;1)|^2, 2^(2^n))] = [2^" << fixed(lower, 4) << ", 2^"
                << fixed(upper, 4) << "] (Thm 4.2, Eq. 5.13)\n";
      std::cout << "intersection over the 10 irreducible B (Prop 5.5, Eq. 5.14): " << counts.intersection
                << " (log2 " << fixed(log2_count(counts.intersection), 4) << ")\n";
      std::cout << "certified: the lists T(n;1), T(n-1;1) come from the certified census; classes are exact sets\n";
    }
    context.exit_status = 0;
    return;
  }

  std::uint64_t value = 0;
  if (d[0] == d[1]) {
    // Same list for f and g: the fast class machinery (needs closure under negation, which T(n;d) has).
    const auto counts = operator_class_counts(n, t0, threads);
    for (const auto& oc : counts.per_operator) {
      if (oc.op == op) value = oc.count;
    }
  } else {
    value = count::composed_count(n, op, t0, t1, threads);
  }
  CountReport rep;
  rep.class_name = "composed";
  rep.title = "|T_" + op.describe() + "(" + std::to_string(n) + ";" + degrees + ")|";
  rep.params = {{"n", std::to_string(n)},
                {"op", json_string(op.describe())},
                {"degrees", "[" + degrees + "]"}};
  rep.count = std::to_string(value);
  rep.log2 = log2_count(value);
  rep.bounds.push_back({"prod |T(n-1;d_j)|", "Eq. 5.2 / 5.13 lower (irreducible B)", lower});
  rep.bounds.push_back({"min(prod |T(n;d_j)|, 2^(2^n))", "Eq. 5.2 / 5.13 upper", upper});
  const std::string name = op.describe();
  if (d[0] == 1 && d[1] == 1 && (name == "AND" || name == "XNOR")) {
    rep.bounds.push_back({"2n^2", std::string("Thm 4.1, asymptotic: T(n,1;x) in ") +
                                      (name == "AND" ? "0/1" : "+-1") + " encoding",
                          2.0 * a.n * a.n});
  }
  rep.facts = {{"certified", "true"}, {"threads", std::to_string(threads)}};
  rep.notes.push_back("certified: f, g range over the certified census lists of T(n;d0), T(n;d1); the class is an "
                      "exact set of truth tables");
  std::cout << (a.json ? report_json(rep) : report_text(rep));
  context.exit_status = 0;
}

struct LayerArgs {
  long long n = 0, m = 0;
  std::string encoding = "pm1";
  long long threads = 0;
  bool json = false;
};

void run_gated_layer(const LayerArgs& a, CommandContext& context) {
  if (a.n < 1 || a.n > 4) throw InputError("--n " + std::to_string(a.n) + " is outside 1..4");
  if (a.m < 1 || a.m > 3) throw InputError("--m " + std::to_string(a.m) + " is outside 1..3");
  GateEncoding enc;
  if (a.encoding == "pm1") {
    enc = GateEncoding::plus_minus_one;
  } else if (a.encoding == "01") {
    enc = GateEncoding::zero_one;
  } else {
    throw InputError("--encoding '" + a.encoding + "' must be pm1 (outputs +-1, product = XNOR) or 01 (product = AND)");
  }
  const unsigned threads = threads_of(a.threads);
  const auto n = static_cast<std::uint32_t>(a.n), m = static_cast<std::uint32_t>(a.m);
  const auto tn = count::all_ltf_tables(n, threads);
  const auto tm = count::all_ltf_tables(m, threads);
  const std::uint64_t value = gated_layer_count(n, m, enc, tn, tm, threads);
  CountReport rep;
  rep.class_name = "gated-layer";
  rep.title = "|T(" + std::to_string(n) + "," + std::to_string(m) + ",1;x)| (" + a.encoding + ")";
  rep.params = {{"n", std::to_string(n)}, {"m", std::to_string(m)}, {"encoding", json_string(a.encoding)}};
  rep.count = std::to_string(value);
  rep.log2 = log2_count(value);
  const double mn2 = static_cast<double>(m) * n * n;
  rep.bounds.push_back({"mn^2", "Thm 4.3, Eq. 4.8 lower (asymptotic)", mn2});
  rep.bounds.push_back({"2mn^2", "Thm 4.3, Eq. 4.8 upper (asymptotic)", 2 * mn2});
  rep.bounds.push_back({"2^n", "all Boolean functions", std::pow(2.0, a.n)});
  rep.facts = {{"certified", "true"}, {"threads", std::to_string(threads)}};
  rep.notes.push_back("certified: f_i, g_i range over the certified census list of T(n;1), phi over T(m;1); the class "
                      "is an exact set of truth tables");
  std::cout << (a.json ? report_json(rep) : report_text(rep));
  context.exit_status = 0;
}

struct SynapticArgs {
  long long n = 0;
  std::string encoding = "01";
  std::string certificates;
  long long threads = 0;
  bool json = false;
};

void run_synaptic(const SynapticArgs& a, CommandContext& context) {
  if (a.n < 2 || a.n > count::kMaxSynapticVariables) {
    throw InputError("--n " + std::to_string(a.n) + " is outside 2.." + std::to_string(count::kMaxSynapticVariables));
  }
  if (a.encoding != "01" && a.encoding != "pm1") {
    throw InputError("--encoding '" + a.encoding + "' must be 01 (gate outputs 0/1) or pm1 (+-1)");
  }
  if (!a.certificates.empty()) require_output_directory(a.certificates);
  const unsigned threads = threads_of(a.threads);
  const auto r = count::synaptic_count(static_cast<std::uint32_t>(a.n), a.encoding == "pm1", threads, a.certificates);
  CountReport rep;
  rep.class_name = "synaptic";
  rep.title = "|single-weight synaptic gating, n = " + std::to_string(a.n) + "| (" + a.encoding + ")";
  rep.params = {{"n", std::to_string(a.n)}, {"encoding", json_string(a.encoding)}};
  rep.count = std::to_string(r.count);
  rep.log2 = log2_count(r.count);
  const double n2 = static_cast<double>(a.n) * a.n;
  rep.bounds.push_back({"n^2", "one LTF (Eq. 4.1); the class contains T(n;1)", n2});
  rep.bounds.push_back({"2n^2", "two LTFs' parameters (journal Prop 6.9's gap lies between)", 2 * n2});
  rep.bounds.push_back({"2^n", "all Boolean functions", std::pow(2.0, a.n)});
  rep.facts = {{"certified", "true"},
               {"gates", std::to_string(r.gates)},
               {"decisions", std::to_string(r.decisions)},
               {"seconds", fixed(r.seconds, 3)},
               {"certificates", a.certificates.empty() ? "null" : json_string(a.certificates)}};
  rep.notes.push_back("certified: " + std::to_string(r.gates) + " censuses (one gate per orbit of T(n-1;1)), " +
                      std::to_string(r.decisions) + " LP decisions with checked certificates; the union is closed "
                      "under permutations and negations of x_1..x_{n-1}");
  if (!a.certificates.empty()) {
    rep.notes.push_back("certificates: " + a.certificates + "/gate-K (re-check each: quarks count verify DIR/gate-K)");
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
  sy->add_option("--certificates", syn->certificates, "Write each gate's census certificates into DIR/gate-K");
  sy->add_option("--threads", syn->threads, "Worker threads (default: all cores)")->check(decimal_integer());
  sy->add_flag("--json", syn->json, "Print one JSON object");
  sy->callback([syn, &context] { run_synaptic(*syn, context); });
}

}  // namespace quarks::cli
