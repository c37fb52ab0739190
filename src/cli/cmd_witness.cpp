#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/options.h"
#include "core/error.h"
#include "io/witness_json.h"
#include "witness/affine_selector.h"
#include "witness/composition.h"
#include "witness/extension.h"
#include "witness/layer_gating.h"
#include "witness/sign_vectors.h"

namespace quarks::cli {

namespace {

struct WitnessArgs {
  std::string output;
  std::string op = "AND";
  long long n = 0, k = 1, j = 0, arity = 2, max_k = 8, m = 0;
  std::string degree = "1", theta = "+", signs, formula = "corrected", inputs;
  unsigned long long seed = 1;
  long long bits = 16;
  std::string selector = "sparse";
};

// Seeds are recorded in the witness as JSON integers, which the format keeps
// within signed 64 bits (docs/witness-format.md, "JSON").
const CLI::Validator& seed_range() {
  static const CLI::Range range(std::uint64_t{0}, std::uint64_t{INT64_MAX});
  return range;
}

void check_n(long long n) {
  if (n < 2 || n > kMaxVariables) {
    throw InputError("--n " + std::to_string(n) + " is outside 2.." + std::to_string(kMaxVariables));
  }
}
// f has n - k variables, so a multilinear f has degree at most n - k; a larger
// bound would be written into the witness as a degree_bound the format refuses.
void check_degree(int degree, std::uint32_t variables) {
  if (degree > static_cast<int>(variables)) {
    throw InputError("--degree " + std::to_string(degree) + " exceeds n - k = " + std::to_string(variables) +
                     ", the number of variables of f");
  }
}
void check_bits(long long bits) {
  if (bits < 2 || bits > 4096) throw InputError("--bits " + std::to_string(bits) + " is outside 2..4096");
}

void save(Witness w, const std::string& path, const std::string& command, CommandContext& context) {
  w.generator.set("command", command);
  write_witness_file(w, path);
  std::cout << "wrote " << path << " (" << claim_id(w.claim) << ")\n";
  context.exit_status = 0;
}

}  // namespace

void add_witness_command(CLI::App& app, CommandContext& context) {
  auto args = std::make_shared<WitnessArgs>();
  auto* witness = app.add_subcommand("witness", "Generate a witness file for a lemma or theorem");
  witness->require_subcommand(1);

  auto* l51 = witness->add_subcommand("lemma-5.1", "Sign vectors of Lemma 5.1 for every irreducible B of one arity");
  l51->add_option("--arity", args->arity, "Operator arity (1..4)")->required()->check(decimal_integer());
  l51->add_option("-o,--output", args->output, "Output witness file")->required();
  l51->callback([args, &context]() {
    std::string command = "quarks witness lemma-5.1 --arity " + std::to_string(args->arity);
    if (args->arity < 1 || args->arity > 4) throw InputError("--arity must be in 1..4");
    save(sign_vector_witness(static_cast<unsigned>(args->arity)), args->output, command, context);
  });

  auto* l52 = witness->add_subcommand("lemma-5.2", "Affine selectors of Lemma 5.2 for every k <= max-k, j, sign vector");
  l52->add_option("--max-k", args->max_k, "Largest k (1..8)")->check(decimal_integer());
  l52->add_option("--formula", args->formula, "corrected (default) or paper (Eq. 5.5 as printed; fails for j = 0)");
  l52->add_option("-o,--output", args->output, "Output witness file")->required();
  l52->callback([args, &context]() {
    if (args->max_k < 1 || args->max_k > kMaxSelectorVariables) throw InputError("--max-k must be in 1..8");
    if (args->formula != "paper" && args->formula != "corrected") throw InputError("--formula must be paper or corrected");
    std::string command = "quarks witness lemma-5.2 --max-k " + std::to_string(args->max_k) + " --formula " + args->formula;
    auto formula = args->formula == "paper" ? SelectorFormula::paper : SelectorFormula::corrected;
    save(affine_selector_witness(static_cast<unsigned>(args->max_k), formula), args->output, command, context);
  });

  auto* l53 = witness->add_subcommand("lemma-5.3", "Multiplexing extension F = sign(M q(z) + theta p(x)) of Lemma 5.3");
  l53->add_option("--n", args->n, "Number of variables n")->required()->check(decimal_integer());
  l53->add_option("--k", args->k, "Number of selector variables k (1..8, k < n)")->check(decimal_integer());
  l53->add_option("--j", args->j, "Selected index j in 0..k")->check(decimal_integer());
  l53->add_option("--theta", args->theta, "Sign theta (+ or -)");
  l53->add_option("--signs", args->signs, "theta_i for i != j as k+1 characters, '.' at j (default all +)");
  l53->add_option("--degree", args->degree, "Degree d >= 1 of f");
  l53->add_option("--seed", args->seed, "Seed for the random f in T(n-k; d)")->check(decimal_integer())->check(seed_range());
  l53->add_option("--bits", args->bits, "Coefficient size in bits of the random f (2..4096)")->check(decimal_integer());
  l53->add_option("--inputs", args->inputs, "JSON file {\"inputs\": [polynomial]} giving f instead of a random one");
  l53->add_option("-o,--output", args->output, "Output witness file")->required();
  l53->callback([args, &context]() {
    check_n(args->n);
    if (args->k < 1 || args->k > kMaxSelectorVariables || args->k >= args->n) {
      throw InputError("--k must be in 1..8 and below n");
    }
    if (args->j < 0 || args->j > args->k) throw InputError("--j must be in 0..k");
    check_bits(args->bits);
    auto degrees = parse_int_list(args->degree, "--degree");
    if (degrees.size() != 1) throw InputError("--degree takes one value for lemma-5.3");
    if (degrees[0] < 1) throw InputError("--degree " + std::to_string(degrees[0]) + " is below 1");
    const auto n = static_cast<std::uint32_t>(args->n), k = static_cast<std::uint32_t>(args->k);
    check_degree(degrees[0], n - k);
    const auto j = static_cast<unsigned>(args->j);
    std::string pattern = args->signs;
    if (pattern.empty()) {
      pattern.assign(k + 1, '+');
      pattern[j] = '.';
    }
    std::vector<int> signs = parse_sign_pattern(pattern, k + 1, j);
    int theta = parse_sign(args->theta, "--theta");
    std::string command = "quarks witness lemma-5.3 --n " + std::to_string(n) + " --k " + std::to_string(k) + " --j " +
                          std::to_string(j) + " --theta " + (theta > 0 ? "+" : "-") + " --signs " + pattern +
                          " --degree " + std::to_string(degrees[0]);
    Polynomial p;
    Info generator;
    if (!args->inputs.empty()) {
      auto polys = read_polynomials_file(args->inputs);
      if (polys.size() != 1) throw InputError("--inputs for lemma-5.3 must hold exactly one polynomial");
      p = polys[0];
      generator.set("inputs", "given");
      command += " --inputs FILE";
    } else {
      SeededRandom random(args->seed);
      p = random_strict_polynomial(n - k, degrees[0], static_cast<unsigned>(args->bits), random);
      generator = Info::map({{"seed", args->seed}, {"coefficient_bits", args->bits}});
      command += " --seed " + std::to_string(args->seed) + " --bits " + std::to_string(args->bits);
    }
    Witness w = extension_witness(p, n, k, j, theta, signs, degrees[0]);
    w.generator = generator;
    save(w, args->output, command, context);
  });

  auto* comp = witness->add_subcommand("composition", "Lemma 5.4 / Theorem 4.2: F_0..F_k with B(F)(e_i + x) = f_i(x)");
  comp->alias("lemma-5.4");
  comp->add_option("--op", args->op, "Irreducible operator: AND, OR, XOR, NAND, NOR, XNOR, IMPLY, NIMPLY, CIMPLY, "
                                     "CNIMPLY, or tt:<bits> (k-ary; row t has z_j = +1 iff bit j of t)")->required();
  comp->add_option("--n", args->n, "Number of variables n (k < n <= 4096)")->required()->check(decimal_integer());
  comp->add_option("--degree", args->degree, "Degrees d_j >= 1: one value for all, or a comma list of k+1");
  comp->add_option("--seed", args->seed, "Seed for the random f_j in T(n-k; d_j)")->check(decimal_integer())->check(seed_range());
  comp->add_option("--bits", args->bits, "Coefficient size in bits of the random f_j (2..4096)")->check(decimal_integer());
  comp->add_option("--inputs", args->inputs, "JSON file {\"inputs\": [polynomial, ...]} giving f_0..f_k");
  comp->add_option("--selector", args->selector,
                   "sparse (default: the paper's k selector variables, case i at e_i) or dense (r = ceil(log2(k+1)) "
                   "variables, case i at code i; gate degree max(d_j, r); docs/dense-selectors.md)");
  comp->add_option("-o,--output", args->output, "Output witness file")->required();
  comp->callback([args, &context]() {
    if (args->selector != "sparse" && args->selector != "dense") throw InputError("--selector must be sparse or dense");
    const auto selector = args->selector == "dense" ? SelectorEncoding::dense : SelectorEncoding::sparse;
    BooleanOperator op = BooleanOperator::parse(args->op);
    if (!op.irreducible()) throw InputError("operator " + op.describe() + " is reducible; the Composition Theorem needs an irreducible B");
    if (op.arity() < 2 || op.arity() > kMaxSelectorVariables + 1) throw InputError("operator arity must be in 2..9");
    check_n(args->n);
    check_bits(args->bits);
    const auto n = static_cast<std::uint32_t>(args->n);
    // k selector variables (sparse), r = ceil(log2(k + 1)) (dense); f_j has the other n - k (n - r).
    const std::uint32_t width = composition_selector_variables(op, selector);
    if (width >= n) {
      throw InputError(std::string(selector == SelectorEncoding::dense ? "r = " : "k = ") + std::to_string(width) +
                       " must be below n = " + std::to_string(n));
    }
    auto degrees = parse_int_list(args->degree, "--degree");
    if (degrees.size() == 1) degrees.assign(op.arity(), degrees[0]);
    if (degrees.size() != op.arity()) {
      throw InputError("--degree needs 1 or k + 1 = " + std::to_string(op.arity()) + " values");
    }
    for (int d : degrees) {
      if (d < 1) throw InputError("--degree " + std::to_string(d) + " is below 1");
      check_degree(d, n - width);
    }
    std::string degree_text;
    for (std::size_t i = 0; i < degrees.size(); ++i) degree_text += (i ? "," : "") + std::to_string(degrees[i]);
    std::string command = "quarks witness composition --op " + op.describe() + " --n " + std::to_string(n) +
                          " --degree " + degree_text;
    if (selector == SelectorEncoding::dense) command += " --selector dense";  // sparse commands stay as they were
    Witness w;
    if (!args->inputs.empty()) {
      w = composition_witness(op, read_polynomials_file(args->inputs), n, degrees, selector);
      w.generator = Info::map({{"inputs", "given"}});
      command += " --inputs FILE";
    } else {
      w = random_composition_witness(op, n, degrees, args->seed, static_cast<unsigned>(args->bits), selector);
      command += " --seed " + std::to_string(args->seed) + " --bits " + std::to_string(args->bits);
    }
    save(w, args->output, command, context);
  });

  auto* t43 = witness->add_subcommand("theorem-4.3", "Theorem 4.3: m gated pairs of LTFs selected by x- = i, "
                                                     "output phi = OR (Eqs. 4.13-4.15)");
  t43->add_option("--n", args->n, "Number of variables n (n^+ = n - ceil(log2 m) >= 1)")->required()->check(decimal_integer());
  t43->add_option("--m", args->m, "Number of gated pairs m (1.." + std::to_string(kMaxLayerUnits) + ", m <= 2^(n-1))")->required()->check(decimal_integer());
  t43->add_option("--formula", args->formula,
                  "corrected (default: off selection h = -1, g = +1) or paper (Eq. 4.14 for both units; refuted)");
  t43->add_option("--seed", args->seed, "Seed for the random h+_i, g+_i in T(n^+; 1)")->check(decimal_integer())->check(seed_range());
  t43->add_option("--bits", args->bits, "Coefficient size in bits of the random inputs (2..4096)")->check(decimal_integer());
  t43->add_option("--inputs", args->inputs, "JSON file {\"inputs\": [h+_0, g+_0, h+_1, g+_1, ...]} (2m polynomials)");
  t43->add_option("-o,--output", args->output, "Output witness file")->required();
  t43->callback([args, &context]() {
    check_n(args->n);
    if (args->m < 1 || args->m > kMaxLayerUnits) {
      throw InputError("--m " + std::to_string(args->m) + " is outside 1.." + std::to_string(kMaxLayerUnits));
    }
    if (args->formula != "paper" && args->formula != "corrected") throw InputError("--formula must be paper or corrected");
    check_bits(args->bits);
    const auto n = static_cast<std::uint32_t>(args->n), m = static_cast<std::uint32_t>(args->m);
    layer_selector_bits(n, m);  // m <= 2^(n-1), before any input is read
    const auto formula = args->formula == "paper" ? LayerFormula::paper : LayerFormula::corrected;
    std::string command = "quarks witness theorem-4.3 --n " + std::to_string(n) + " --m " + std::to_string(m) +
                          " --formula " + args->formula;
    Witness w;
    if (!args->inputs.empty()) {
      const auto polys = read_polynomials_file(args->inputs);
      if (polys.size() != 2 * std::size_t{m}) {
        throw InputError("--inputs for theorem-4.3 must hold 2m = " + std::to_string(2 * m) +
                         " polynomials h+_0, g+_0, h+_1, g+_1, ..., not " + std::to_string(polys.size()));
      }
      std::vector<Polynomial> h_plus, g_plus;
      for (std::uint32_t i = 0; i < m; ++i) {
        h_plus.push_back(polys[2 * i]);
        g_plus.push_back(polys[2 * i + 1]);
      }
      w = layer_gating_witness(h_plus, g_plus, n, formula);
      w.generator = Info::map({{"inputs", "given"}});
      command += " --inputs FILE";
    } else {
      w = random_layer_gating_witness(n, m, args->seed, static_cast<unsigned>(args->bits), formula);
      command += " --seed " + std::to_string(args->seed) + " --bits " + std::to_string(args->bits);
    }
    save(w, args->output, command, context);
  });
}

}  // namespace quarks::cli
